/**
 * The rule kit: how a rule is made, and everything a rule reads, from one
 * module. A rule is a unified-lint-rule plugin with origin `remark-lint:<id>`
 * and a docs `url`; it declares its facts (`RuleMeta`), its options are
 * validated from the JSON Schema it declares when the plugin is attached,
 * and it asks the shared document model, through a context bound to the
 * rule, instead of walking the tree itself.
 */
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {builtinTypes, type DocType} from './types/doc-types.js'
import {sectionContent, type SectionContent} from './model/content.js'
import {getDocument, modelSettingsOf, type ModelSettings, type SectionMatch, type StrategyDocument} from './model/document.js'
import {optionsValidator, readSetting, StrategyConfigError, type OptionsSchema, type Severity} from './options.js'
import {RULE_PHRASE_CATEGORIES, unlistedRemovals, type PhraseOptions} from './language/phrases.js'
import {offKey} from './language/configuration.js'
import {closestId} from './model/comment-control.js'
import {deferredCoverResolution} from './model/covered.js'
import {useSyntax} from './syntax.js'
import type {Section} from './model/sections.js'
import {rulePolicy} from './model/status.js'
import {DOCS_URL} from './util.js'

export {DOCS_URL}

export interface Report {
  /** Where the problem is. */
  place: Position | Point | undefined
  /** Replacement text(s) for `place` when the fix is mechanical. */
  expected?: string[]
  /** What was found, when `expected` is set. */
  actual?: string
  /**
   * At most a warning, whatever the rule's severity: the linter could not read something the author wrote and checked
   * on as if it were not there (`status: On hold`); a run must not fail for what used to be read silently.
   */
  warning?: true
}

export interface RuleContext<Options> {
  /** The rule's own id. */
  id: string
  document: StrategyDocument
  file: VFile
  options: Options
  /** The validated options of every rule attached to the same processor (this one included), by rule id: rules that share one analysis (the language rules) agree on who reports what. */
  peers: ReadonlyMap<string, unknown>
  report(reason: string, report: Report): VFileMessage
  /**
   * The sections this rule reads: for a section-scoped rule, the first match
   * of each section of the type that names it, only when the section has real
   * content (an empty or placeholder-only section is strategy-empty-section's
   * to report); none for a document-scoped rule.
   */
  sections(): SectionMatch[]
  /** Whether this rule reads the prose of `section` (by the type section that holds it, or the type's rules for prose outside its sections). */
  reads(section: Section): boolean
}

/** Where a rule reads: the whole document, or the sections of a type that name it (a section's `rules`, src/types/doc-types.ts). */
export type RuleScope = 'document' | 'section'

/** A built-in type's section as a rule names it: `strategy/success-criteria`, `vision/*`, `strategy/introduction`, `strategy/goal-headings`. */
export type BuiltinSectionRef = `${'strategy' | 'vision' | 'adr' | 'madr'}/${string}`

/** Everything a rule says about itself; the registry, the schema and the docs' rule tables are generated from it (`npm run generate`). */
export interface RuleMeta {
  id: string
  /** Severity when the rule is turned on without one. */
  severity: Exclude<Severity, 'off'>
  /**
   * Off unless the configuration turns it on (`true`, a severity, or
   * options): a rule whose findings a reviewer judged right too rarely on
   * real documents to be on by default (its doc page gives the figures). A
   * configured type naming it in a section's `rules` says where it reads once
   * it is on.
   */
  optIn?: true
  /** One line for the docs and reports. */
  description: string
  /** `section`: it reads the sections it declares in `sections` and those a configured type names it in (`rules`); `document`: it reads the whole document. */
  scope: RuleScope
  /**
   * For a section-scoped rule: the built-in types' sections it reads, each
   * `<type>/<section id>` (`strategy/success-criteria`), `<type>/*` for every
   * section of the type, `<type>/introduction` for the prose under the
   * title, or `<type>/goal-headings` for headings outside the type's
   * sections that name goals or plans (`## Goals`, `### FY23 Q3`;
   * src/model/goal-headings.ts), read when the rule's `goalHeadings` option
   * is on (a goal rule's, `goalRuleOptions`). src/types/section-rules.ts
   * is generated from these (`npm run generate`), which checks that each
   * names a built-in section and that a rule naming goal headings has the
   * option.
   */
  sections?: readonly BuiltinSectionRef[]
  /**
   * In a draft (when the type's `status.draft` is `warn`): `lenient` turns
   * the rule's errors into warnings (its findings are about an unfinished
   * document: missing content, leftovers, language); `strict` keeps them.
   * `skip`: the rule does not run on a draft, whatever the type says (a
   * draft's deadlines are still being set).
   */
  draft: 'lenient' | 'strict' | 'skip'
  /**
   * On a superseded, deprecated, retired or rejected document (when the
   * type's `status.ended` is `successor`): `skip` the rule, or `run` it (the
   * successor check does).
   */
  ended: 'skip' | 'run'
  /** The options the rule takes, each as a JSON Schema with its `default`; none when absent. */
  options?: OptionsSchema
}

/** A phrase rule's `remove` that names a phrase in none of its lists removes nothing: a configuration error, with the listed phrase meant. */
function refuseUnlistedRemovals(ruleId: string, options: unknown, where: string): void {
  if (!(ruleId in RULE_PHRASE_CATEGORIES)) return
  const remove = (options as Partial<PhraseOptions> | undefined)?.remove ?? []
  const [first] = unlistedRemovals(ruleId as keyof typeof RULE_PHRASE_CATEGORIES, remove)
  if (!first) return
  const closest = closestId(first.phrase, first.listed.map((phrase) => phrase.toLowerCase()))
  throw new StrategyConfigError(
    `${where}: option \`remove\`[${remove.indexOf(first.phrase)}]: \`${first.phrase}\` is in none of the rule's lists, so it removes nothing; ${closest ? `did you mean \`${closest}\`?` : 'docs/phrases.md lists them (a trailing `*` is written as in the list)'}`
  )
}

/**
 * An added phrase written as a regular expression (`\btime permitting\b`, `(?i)maybe`, `^ideally`, `should|could`,
 * `modern.*`): the phrase it likely means in words (`time permitting`; empty when there is none to give), or undefined
 * when it reads as words. Apostrophes, hyphens, dots inside words and a trailing `*` are words' own.
 */
function regularExpressionAsWords(phrase: string): string | undefined {
  // (`C++` and `best effort(s)` are words as written: a `+` or brackets alone make no expression.)
  if (!/\\[bBwWsSdD]|\(\?|[\^$|\\[\]{}]|\.[*+]|\)[*+?]|(?<!\p{L})\*|\*(?=\S)/u.test(phrase)) return undefined
  if (phrase.includes('|')) {
    const alternatives = phrase.split('|').map((part) => regularExpressionAsWords(part) ?? part.trim())
    return alternatives.every(Boolean) ? alternatives.map((part) => `\`${part}\``).join(', ') : ''
  }
  const words = phrase
    .replace(/\(\?[a-z]+\)/gi, ' ')
    .replace(/\\[bBsS]/g, ' ')
    .replace(/\.\*$|\.\+$/, '*')
    .replace(/[\^$()[\]{}+?\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return /[\p{L}\p{N}]/u.test(words) && !/\*(?=\S)/.test(words) ? words : ''
}

/** The shortest stem before a trailing `*` in an added phrase: `*` alone, or `a*`, would match nearly every word. */
const MIN_STEM = 3

/** Whether a phrase would match nearly every word: no letter or digit in it, or a word with too short a stem before `*`. */
function matchesNearlyEverything(phrase: string): boolean {
  const stemTooShort = (word: string) => word.endsWith('*') && word.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_STEM
  return !/[\p{L}\p{N}]/u.test(phrase) || phrase.trim().split(/\s+/).some(stemTooShort)
}

/**
 * An added phrase that would match nearly every word (`*`, `a*`, `-`) turned every instruction into a finding; a
 * milestone written with its deadline word (`by KubeCon`) never matched, since the rule reads the name after that
 * word. Each is a configuration error naming the entry and what to write.
 */
function refuseUnusableEntries(options: unknown, where: string): void {
  const {add = [], milestones = []} = (options ?? {}) as {add?: readonly string[]; milestones?: readonly string[]}
  add.forEach((phrase, index) => {
    if (matchesNearlyEverything(phrase)) {
      throw new StrategyConfigError(
        `${where}: option \`add\`[${index}]: \`${phrase}\` would match nearly every word; add a word or phrase (\`shift left\`), with at least ${MIN_STEM} letters before a trailing \`*\` (\`modernis*\`)`
      )
    }
    const asWords = regularExpressionAsWords(phrase)
    if (asWords !== undefined) {
      // (Pasted from a Vale style, `\btime permitting\b` matched nothing, and was taken without a word.)
      throw new StrategyConfigError(
        `${where}: option \`add\`[${index}]: \`${phrase}\` is written as a regular expression, but phrases are matched as words (any case, a trailing \`*\` for any ending)${asWords.startsWith('`') ? `; list each as its own entry: ${asWords}` : asWords ? `; write \`${asWords}\`` : ''}`
      )
    }
  })
  milestones.forEach((name, index) => {
    if (matchesNearlyEverything(name)) {
      throw new StrategyConfigError(`${where}: option \`milestones\`[${index}]: \`${name}\` would match nearly every word; list a milestone's name (\`M3\`, \`Beta 2\`, \`code complete\`)`)
    }
    const deadlineWord = /^(by|before|after|until|till|ahead of|in|at|for)\s+(\S.*)$/i.exec(name.trim())
    if (deadlineWord) {
      throw new StrategyConfigError(
        `${where}: option \`milestones\`[${index}]: \`${name}\` starts with \`${deadlineWord[1]}\`, which the rule reads before a milestone's name; list the name alone: \`${deadlineWord[2]}\``
      )
    }
  })
}

/** What `refine` knows besides the options. */
export interface OptionsContext {
  /** `remark-lint-strategy: rule `<id>``, to start an error message with. */
  where: string
  /** The document types in use (built-in and configured). */
  types: readonly DocType[]
  /** The processor's settings (`strategyDate`, which `strategy-lint --date` sets). */
  settings: Readonly<Record<string, unknown>>
  /**
   * Checked where the configuration is written, before any processor (`checkSetting`): the settings and the
   * environment are not this file's, so only the options are checked.
   */
  fromConfiguration?: true
}

export interface RuleDefinition<Options> extends RuleMeta {
  /**
   * What a schema cannot check, after it has: one option against another, a
   * section id against the types in use, a setting that wins over an option.
   * Throws a `StrategyConfigError` (`fail`) or returns the options to use.
   */
  refine?(options: Options, context: OptionsContext): Options
  /** Run on documents that have no type as well (only for type-detection problems). */
  untyped?: boolean
  check(context: RuleContext<Options>): void
}

export type StrategyRule = Plugin<[unknown?], Root> & {
  ruleId: string
  description: string
  defaultSeverity: Exclude<Severity, 'off'>
  url: string
  /** The rule's facts as it declares them. */
  meta: Readonly<RuleMeta>
  /**
   * Throws the one-line error the rule gives when attached with this setting (severity and options), without
   * attaching it: the CLI checks a configuration's settings where they are written, so the error names the file.
   * With `types`, the checks of one option against another or against the types in use too (`refine`).
   */
  checkSetting(setting: unknown, types?: readonly DocType[]): void
}

export function createRule<Options = Record<string, never>>(definition: RuleDefinition<Options>): StrategyRule {
  const url = `${DOCS_URL}${definition.id}.md`
  const meta: RuleMeta = {
    id: definition.id,
    severity: definition.severity,
    ...(definition.optIn ? {optIn: definition.optIn} : {}),
    description: definition.description,
    scope: definition.scope,
    ...(definition.sections ? {sections: definition.sections} : {}),
    draft: definition.draft,
    ended: definition.ended,
    options: definition.options ?? {}
  }
  const validate = optionsValidator<Options>(meta.options!)
  const lint = lintRule<Root, Attached<Options>>({origin: `remark-lint:${definition.id}`, url}, (tree, file, {options, peers, settings}) => {
    file.data.strategyRuleRan = true
    const document = getDocument(tree, file, settings())
    if (!document.type && !definition.untyped) return
    // A superseded or retired document is checked only for its successor (src/model/status.ts).
    if (rulePolicy(document, meta) === 'skip') return
    try {
      const {id} = definition
      definition.check({
        id,
        document,
        file,
        options,
        peers,
        report: (reason, report) => emit(file, reason, report),
        sections: () => document.filledMatchesFor(id),
        reads: (section) => document.ruleReads(id, section)
      })
    } catch (error) {
      // One broken rule must not take the other rules' messages down with it.
      const cause = error instanceof Error ? error : new Error(String(error))
      file.message(`Rule \`${definition.id}\` crashed on this file (${cause.message}); the other rules still ran. Please report this with the file.`, {
        place: tree.position,
        cause
      })
    }
  })

  function plugin(this: unknown, setting?: unknown) {
    const where = `remark-lint-strategy: rule \`${definition.id}\``
    const checked = checkSetting(setting)
    if (!checked) {
      // A rule turned off with options (`["off", {"milestones": ["M3"]}]`): its options are still checked, and kept
      // apart for the rules that share them (the milestones date plans for the goal rules too), while it reports nothing.
      const off = checkOffSetting(setting)
      if (off !== undefined) peersOf(this).set(offKey(definition.id), definition.refine ? definition.refine(off, {where, types: typesOf(this), settings: settingsOf(this)}) : off)
      return
    }
    const {severity, valid} = checked
    // (Once per processor: the plugin has added it already when it attaches its rules.)
    useSyntax(this as Processor)
    ;(this as Processor).use(deferredCoverResolution)
    const options = definition.refine ? definition.refine(valid, {where, types: typesOf(this), settings: settingsOf(this)}) : valid
    const peers = peersOf(this)
    peers.set(definition.id, options)
    const processor = this
    const settings = () => modelSettingsOf(processor)
    const attached: Attached<Options> = {options, peers, settings}
    const transform = (lint as unknown as (this: unknown, config: unknown) => Transform).call(this, [severity, attached])
    if (severity !== 'error') return transform
    // The one place where severities change: in a draft, this rule's errors become warnings, and so does a report
    // that asked to be at most a warning.
    return function (tree: Root, file: VFile, next: (error?: unknown) => void) {
      const from = file.messages.length
      transform(tree, file, (error) => {
        const lenient = rulePolicy(getDocument(tree, file, settings()), meta) === 'lenient'
        for (const message of file.messages.slice(from)) {
          if (message.ruleId === definition.id && message.fatal && (lenient || WARNINGS.has(message))) message.fatal = false
        }
        next(error)
      })
    }
  }

  /** What attaching with `setting` checks before it needs a processor (a rule's `refine` reads the processor too); undefined when off. */
  /** The checked options of the rule turned off, when it is given some; undefined when it is on or given none. */
  function checkOffSetting(setting: unknown): Options | undefined {
    const where = `remark-lint-strategy: rule \`${definition.id}\``
    const [severity, raw] = readSetting(where, setting, definition.severity)
    if (severity !== 'off' || raw === undefined) return undefined
    const valid = validate(raw, where)
    refuseUnlistedRemovals(definition.id, valid, where)
    refuseUnusableEntries(valid, where)
    return valid
  }

  function checkSetting(setting: unknown): {severity: Exclude<Severity, 'off'>; valid: Options} | undefined {
    const where = `remark-lint-strategy: rule \`${definition.id}\``
    const [severity, raw] = readSetting(where, setting, definition.severity)
    if (severity === 'off') return undefined
    const valid = validate(raw, where)
    refuseUnlistedRemovals(definition.id, valid, where)
    refuseUnusableEntries(valid, where)
    return {severity, valid}
  }

  Object.defineProperty(plugin, 'name', {value: `remark-lint:${definition.id}`})
  return Object.assign(plugin as unknown as Plugin<[unknown?], Root>, {
    ruleId: definition.id,
    description: definition.description,
    defaultSeverity: definition.severity,
    url,
    meta,
    checkSetting(setting: unknown, types?: readonly DocType[]) {
      checkOffSetting(setting)
      const checked = checkSetting(setting)
      // (`minimum` above `maximum`, a budget's unknown section id: raised only when the rule attached, they named no file.)
      if (checked && types && definition.refine) definition.refine(checked.valid, {where: `remark-lint-strategy: rule \`${definition.id}\``, types, settings: {}, fromConfiguration: true})
    }
  })
}

/** One section a content rule checks: its match and its structural content (src/model/content.ts). */
export interface SectionToCheck {
  match: SectionMatch
  content: SectionContent
}

export interface SectionRuleDefinition<Options> extends Omit<RuleDefinition<Options>, 'scope' | 'check'> {
  /** Check one section that names the rule, has real content, and keeps it here (not only a link to another document). */
  checkSection(context: RuleContext<Options>, section: SectionToCheck): void
}

/**
 * A section-scoped rule that checks each section it reads on its own (the
 * content rules: non-goals, risks, principles, decisions, metrics). A
 * section that only points to another document (`See [risks](risks.md).`)
 * has its content there, so it is not checked.
 */
export function createSectionRule<Options = Record<string, never>>(definition: SectionRuleDefinition<Options>): StrategyRule {
  const {checkSection, ...rest} = definition
  return createRule<Options>({
    ...rest,
    scope: 'section',
    check(context) {
      for (const match of context.sections()) {
        const content = sectionContent(context.document, match)
        if (!content.delegatedTo) checkSection(context, {match, content})
      }
    }
  })
}

/** unified-lint-rule's transformer: it sets each message's `fatal` from the rule's severity, then calls `next`. */
type Transform = (tree: Root, file: VFile, next: (error?: unknown) => void) => void

interface Attached<Options> {
  options: Options
  peers: ReadonlyMap<string, unknown>
  /** The settings the document model is built with: the plugin's (src/index.ts), or the defaults for a rule used alone. */
  settings: () => ModelSettings
}

/**
 * The rules attached to each processor, with their options. Filled as the
 * rules are attached (all of them before the first file runs), read when a
 * file is checked; keyed by the processor so two configurations never mix.
 */
const attachedRules = new WeakMap<object, Map<string, unknown>>()

function peersOf(processor: unknown): Map<string, unknown> {
  // A unified processor is a callable object (`typeof` says function); a rule called outside one has only itself as a peer.
  if ((typeof processor !== 'object' && typeof processor !== 'function') || processor === null) return new Map()
  let peers = attachedRules.get(processor)
  if (!peers) attachedRules.set(processor, (peers = new Map()))
  return peers
}

/** Where the plugin leaves the document types it resolved, for rules that validate section ids. */
export const TYPES_KEY = 'remarkLintStrategyTypes'

/** The processor's settings (`processor.data('settings')`): what unified-engine passes, such as `strategyType` and `strategyDate`. */
function settingsOf(processor: unknown): Readonly<Record<string, unknown>> {
  const data = (processor as Partial<Processor> | undefined)?.data as ((key: string) => unknown) | undefined
  const settings = typeof data === 'function' ? data.call(processor, 'settings') : undefined
  return typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {}
}

function typesOf(processor: unknown): readonly DocType[] {
  const data = (processor as Partial<Processor> | undefined)?.data as ((key: string) => unknown) | undefined
  const types = typeof data === 'function' ? data.call(processor, TYPES_KEY) : undefined
  return Array.isArray(types) ? (types as DocType[]) : builtinTypes
}

/** Messages reported with `warning: true`, made warnings once unified-lint-rule has given them the rule's severity. */
const WARNINGS = new WeakSet<VFileMessage>()

function emit(file: VFile, reason: string, report: Report): VFileMessage {
  const message = file.message(reason, {place: report.place})
  if (report.warning) WARNINGS.add(message)
  if (report.expected) message.expected = report.expected
  if (report.actual !== undefined) message.actual = report.actual
  return message
}

// What rules read, from this one module: the document model and the helpers built on it.
export type {ContentRequirement, DocType, LengthBudget, SectionSpec} from './types/doc-types.js'
export {allSections} from './types/doc-types.js'
export {indexType} from './types/type-index.js'
export {followsItsParent, longestOrderedRun, nestedDeeper, outOfOrderWhenRelevelled, placeForMissing, takenInByRelevel, type SectionMatch, type StrategyDocument} from './model/document.js'
export {findType, nearestTypes, titleText} from './model/detect.js'
export {codeAlternatives, didYouMean} from './util.js'
export {promptOnlyOptionalSections, unfilledSections, type UnfilledSection} from './model/unfilled.js'
export {partsWithoutHeading, partsWrittenAfter} from './model/parts.js'
export {weighsOptions} from './model/weighing.js'
export {closeBlockFirst} from './model/open-block.js'
export {coverWith, type Cover} from './model/covered.js'
export {unheadedLineFor, type UnheadedLine} from './model/unheaded.js'
export {columnIndex, numbersTheRow, saysNothing, sectionContent, tableOf, type ContentItem, type SectionContent, type SectionTable} from './model/content.js'
export {contentTexts, countWords, type Section} from './model/sections.js'
export {headingKey, isMisspelling, renameHeading, sectionInsertion} from './model/heading.js'
export {foldedHeadingText, matchHeadingPattern, type PatternEntry, type PatternProblem} from './types/heading-pattern.js'
export type {PlaceholderKind, PlaceholderMatch} from './model/placeholders.js'
export {ENDED, lineOfKey, NEEDS_SUCCESSOR, successorResolves} from './model/status.js'
export {fieldText, keyText, type FrontMatter} from './model/front-matter.js'
export {readReviewDate, type ReviewDate} from './model/review-date.js'
export {expectedOf, fail, goalRuleOptions, optionAt, PHRASE_OPTIONS, StrategyConfigError, type OptionSchema} from './options.js'
// The goal analysis the language rules and strategy-stale-deadline share (src/language/).
export {columnHeader, features, inHeaderRow, sourceRange, textUnits, type Sentence, type TextUnit} from './language/analysis.js'
export {languageFindings, reportFindings} from './language/findings.js'
export type {CriteriaOptions} from './language/configuration.js'
export {quote} from './language/goals.js'
export type {GoalRuleOptions, PhraseOptions} from './language/phrases.js'
export {deadlineDate, findDeadlines, impossibleDeadline, type DeadlineDate, type ImpossibleDate, type Span} from './language/recognisers.js'
export {frameOf, isActionVerb} from './language/voice.js'
export {headedAsDone, reportsDone, saysClosed} from './language/goal-status.js'
export {readsAsEnglish} from './language/english.js'
