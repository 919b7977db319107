/**
 * remark-lint-strategy: checks that engineering strategy and technical vision
 * documents have the sections their type requires, in order, filled, and of
 * sensible length.
 */
import type {Root} from 'mdast'
import {remark} from 'remark'
import type {Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {deferredCommentControl} from './model/comment-control.js'
import {FixPasses} from './fix.js'
import {configByFolder, resolveOptions, settingsType, type StrategyOptions} from './config.js'
import {getDocument, MODEL_SETTINGS_KEY, type ModelSettings} from './model/document.js'
import {PRESCAN_KEY, usePrescan} from './engine/prescan.js'
import {TYPES_KEY} from './rule.js'
import {useSyntax} from './syntax.js'
import {rules} from './rules.js'
import {byPlace} from './util.js'

export type {StrategyOptions} from './config.js'
export {adrType, builtinTypes, madrType, strategyType, visionType} from './types/doc-types.js'
export type {ContentRequirement, DocType, SectionSpec, LengthBudget} from './types/doc-types.js'
export {resolveTypes, type TypeConfig} from './types/custom-types.js'
export {getDocument} from './model/document.js'
export type {StrategyDocument, SectionMatch} from './model/document.js'
export {StrategyConfigError} from './options.js'
export {rules, ruleIds} from './rules.js'

/**
 * The plugin: adds the syntax it needs, remark-lint's comment control
 * (`<!-- lint disable rule-id -->`, reporting an id no rule has) and every
 * rule with its setting (an opt-in rule is off unless its setting turns it on).
 */
export default function remarkLintStrategy(this: Processor, options?: StrategyOptions) {
  const resolved = resolveOptions(options)
  const processor = this
  useSyntax(processor)
  // Rules validate section ids in their options against the types in use.
  processor.data(TYPES_KEY as never, resolved.types as never)
  for (const rule of rules) {
    // A rule the configuration also lists as its own plugin (`remark-lint-strategy/rules/<id>`) keeps that setting, the
    // more specific one, before or after this plugin: used again here, unified replaced it with this plugin's, in silence.
    if (processor.attachers.some(([plugin]) => plugin === rule)) continue
    const setting = resolved.rules[rule.ruleId]
    // An opt-in rule left unset is attached turned off, so that `lint` comments naming it are still known ids.
    processor.use(rule, setting === undefined && rule.meta.optIn ? false : setting)
  }
  // remark-lint's comment control, which also reports `<!-- lint disable misspelt-id -->`; it runs after every
  // rule, this plugin's and others' (see src/model/comment-control.ts).
  processor.use(deferredCommentControl)
  // Callers that read nothing of the tree but the messages (the CLI's engine runs, src/engine/run.ts) let files that can have no type skip the parse (src/engine/prescan.ts).
  if (processor.data(PRESCAN_KEY as never)) usePrescan(processor, remarkLintStrategy as never, resolved)
  // The settings the model is built with, one object per forced type, so that this transformer, the
  // rules and the comment control (src/model/document.ts modelSettingsOf) share one model per file.
  const settingsByType = new Map<string, ModelSettings>()
  const modelSettings = (): ModelSettings => {
    // `--type` on the command line (a processor setting) wins over a configured `type`.
    const forced = settingsType(processor.data('settings'), resolved.types) ?? resolved.type
    const byConfigFolder = configByFolder(processor.data('settings'))
    const key = `${forced ?? ''}\0${byConfigFolder}`
    let settings = settingsByType.get(key)
    if (!settings) settingsByType.set(key, (settings = {type: forced, globs: resolved.globs, types: resolved.types, byConfigFolder}))
    return settings
  }
  processor.data(MODEL_SETTINGS_KEY as never, modelSettings as never)
  return function buildModel(tree: Root, file: VFile) {
    const document = getDocument(tree, file, modelSettings())
    // For the reports that show it (--format markdown); read here, once, only for typed documents.
    file.data.strategyStatus = document.type ? (document.status()?.kind ?? null) : null
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The status the document states (`draft`, `accepted`, ...), null when none (or no type); set by the plugin. */
    strategyStatus: string | null
  }
}

export interface LintMessage {
  ruleId: string | undefined
  source: string | undefined
  line: number | undefined
  column: number | undefined
  endLine: number | undefined
  endColumn: number | undefined
  reason: string
  fatal: boolean
  url: string | undefined
  expected: string[] | undefined
}

/** Lint Markdown text (or a vfile) and return the messages, sorted by place. */
export async function lint(input: Compatible, options?: StrategyOptions): Promise<LintMessage[]> {
  return linter(options)(input)
}

/**
 * A lint function with its options read once: the processor is set up on the
 * first call and reused, for callers that lint many texts with one setup.
 */
export function linter(options?: StrategyOptions): (input: Compatible) => Promise<LintMessage[]> {
  const processor = remark().use(remarkLintStrategy, options).freeze()
  return async (input) => {
    const file = input instanceof VFile ? input : new VFile(input)
    // Parse and run only: serialising the tree back to Markdown is work nobody reads (and deep nesting overflows it).
    await processor.run(processor.parse(file), file)
    return file.messages.sort(byPlace).map(toLintMessage)
  }
}

export interface FixResult {
  /** The text with every mechanical fix applied (the same text when none applies). */
  text: string
  /** How many fixes were applied. */
  applied: number
  /** The messages of the fixed text: what remains for the author. */
  messages: LintMessage[]
}

/**
 * Apply the mechanical fixes (`strategy-lint --fix`): lint, apply each
 * message's single `expected` text, lint again, until none applies.
 */
export async function fix(input: string, options?: StrategyOptions & {path?: string}): Promise<FixResult> {
  const processor = remark().use(remarkLintStrategy, options).freeze()
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : ''
  const passes = new FixPasses(input.slice(bom.length))
  for (let linted = passes.text; ; linted = passes.text) {
    const file = new VFile({value: bom + linted, path: options?.path})
    await processor.run(processor.parse(file), file)
    // Done when no fix applies to the text just linted (after an undone pass, the kept text is linted once more).
    if (passes.next(file.messages) === undefined && passes.text === linted) {
      return {text: bom + linted, applied: passes.applied, messages: file.messages.sort(byPlace).map(toLintMessage)}
    }
  }
}

function toLintMessage(message: VFileMessage): LintMessage {
  return {
    ruleId: message.ruleId,
    source: message.source,
    line: message.line,
    column: message.column,
    endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined,
    reason: message.reason,
    fatal: message.fatal === true,
    url: message.url,
    expected: message.expected
  }
}
