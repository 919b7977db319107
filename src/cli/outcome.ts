/** What a run did with each file (checked as a type, or skipped for having none), and `--verbose`'s account of it. */
import path from 'node:path'
import type {VFile} from 'vfile'
import {frontMatterField, howToDeclareType, NO_TYPE, titleNamesNote} from '../types/doc-types.js'
import {escapeControls} from '../formats/common.js'
import {DOCS_URL} from '../rule.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'
import {namedOnCommandLine, NOT_REGULAR} from './problems.js'
import {NOT_LINTED, NOT_TEXT} from '../engine/run.js'
import {isTemplateFile, type TypeSource} from '../model/detect.js'

/** An address to quote in a message: at most 120 characters. */
function shortAddress(address: string): string {
  return address.length > 120 ? `${address.slice(0, 119)}…` : address
}

/** What the run did with each file: checked as a type, or skipped because no type applies. */
export interface Outcome {
  checked: number
  /** The files checked, for `--verbose` to say as what and why. */
  checkedFiles: VFile[]
  /** Findings hidden by the suppressions file. */
  suppressed: number
  /** Warnings `--quiet` keeps out of the report (they still count for `--max-warnings`). */
  quietened: number
  /** Files no document type applies to: no strategy rule checked them. */
  skipped: VFile[]
  /** Folders whose remark configuration did not list remark-lint-strategy (it was added). */
  pluginAdded: string[]
  /** Files named on the command line (or the `--stdin` text's name) that an ignore file matches: not linted. */
  ignored: string[]
  /** Files that could not be linted (they failed, ran past the time budget, or are too large to read): each has one error. */
  notLinted: number
  /** Why the run fails when no finding is an error: more warnings than `--max-warnings` allows. */
  runFailure?: string
}

/** Where a named file's ignoring comes from, and how to lint it anyway. */
export const IGNORED = 'matched by an ignore file (.remarkignore, --ignore-path, or .gitignore)'
const HOW_TO_UNIGNORE = 'to lint such a file, remove its pattern from that file (or pass --no-gitignore for .gitignore)'

/** Where the user reads how a document's type is found. */
const DOCUMENT_TYPES_URL = `${DOCS_URL}strategy-document-type.md`

/** Why a file no strategy rule ran on was not checked. */
export const NO_RULE_RAN = 'no strategy rule ran: the remark configuration turns them all off'

/**
 * Count checked and skipped files. A file no type applies to gets no message
 * from the type rules, so it would be reported as if it passed: it is counted
 * as skipped instead, and when it was named on the command line (not found in
 * a folder or by a glob) it gets one warning saying how to give it a type.
 */
export function classify(files: VFile[], options: CliOptions, cwd: string): Outcome {
  const outcome: Outcome = {checked: 0, checkedFiles: [], suppressed: 0, quietened: 0, skipped: [], pluginAdded: [], ignored: [], notLinted: 0}
  const added = new Set<string>()
  for (const file of files) {
    if (file.data.strategyPluginAdded) added.add(path.dirname(path.relative(cwd, path.resolve(cwd, file.path))) || '.')
    // (Counted apart: with every file over the time budget, `0 files checked` was all the summary said.)
    // (A FIFO's notice is a warning: it is counted as skipped, below. A fatal message with no rule id is a file that
    // could not be read: a link to nowhere, no permission.)
    if (file.messages.some((message) => message.fatal === true && (message.ruleId ? NOT_LINTED.has(message.ruleId) : true))) {
      outcome.notLinted++
      continue
    }
    if (typeof file.data.strategyType === 'string' && file.data.strategyRuleRan !== true && !file.messages.some((message) => message.fatal === true)) {
      // Typed, but no rule checked it: the plugin's own options turn every rule off (`{"rules": {"<id>": "off", ...}}`).
      outcome.skipped.push(file)
      file.data.strategySkipped = NO_RULE_RAN
      continue
    }
    if (typeof file.data.strategyType === 'string') {
      outcome.checked++
      outcome.checkedFiles.push(file)
      continue
    }
    if (file.data.strategySkipped === NOT_REGULAR || file.data.strategySkipped === NOT_TEXT) {
      // A FIFO or device the walk found: never read, with its one warning (src/cli/problems.ts `skippedFile`).
      outcome.skipped.push(file)
      continue
    }
    if (file.data.strategyType === undefined) {
      // No strategy rule ran on it, and nothing stopped it: the remark configuration turns every one off (a per-rule
      // plugin set to "off" as its only entry). Counted as skipped, with why, rather than passed over in silence.
      if (!file.messages.some((message) => message.fatal === true)) {
        outcome.skipped.push(file)
        file.data.strategySkipped = NO_RULE_RAN
      }
      continue
    }
    if (file.data.strategyType !== null) continue
    outcome.skipped.push(file)
    const pointer = typeof file.data.strategyPointer === 'string' ? shortAddress(file.data.strategyPointer) : undefined
    const foreign = typeof file.data.strategyForeignType === 'string' ? shortAddress(file.data.strategyForeignType) : undefined
    // (A site generator's `type: docs` is passed over, src/model/detect.ts; saying so explains the skip.)
    const toml = file.data.strategyTomlFrontMatter === true
    const foreignNote = foreign ? `its front matter's \`${frontMatterField('type', foreign, toml)}\` is no document type of this linter (a site generator's, it seems)` : undefined
    // (`# Cody strategy`: the title patterns leave `<subject> strategy` alone, as it also names a technique.)
    const titled = !foreign && typeof file.data.strategyTitleNames === 'string' ? file.data.strategyTitleNames : undefined
    const titleNote = titled ? titleNamesNote(titled, toml) : undefined
    const template = isTemplateFile(file.path)
    file.data.strategySkipped = template
      ? `${NO_TYPE}: the name marks it as a template, which no built-in type reads`
      : pointer
        ? `${NO_TYPE}: it only points to where its text is kept (${pointer})`
        : foreignNote
          ? `${NO_TYPE}: ${foreignNote}`
          : titleNote
            ? `${NO_TYPE}: ${titleNote}`
            : NO_TYPE
    // A front matter's unknown `type:` already has its error, which says how to fix it: one problem, one message.
    const typeError = file.messages.some((message) => message.fatal === true && message.ruleId === 'strategy-document-type')
    if (options.warnUntyped && !typeError && namedOnCommandLine(file, options, cwd)) {
      // (A template's name keeps the built-in types from reading it, and so does a file that only links to its text:
      // src/model/detect.ts.)
      const reason = template
        ? `No document type detected: the name marks this file as a template, which no built-in type reads; to check it anyway, ${howToDeclareType(toml)}`
        : pointer
          ? `No document type detected: this file only points to where its text is kept (${pointer}), so no type reads it; to check it anyway, declare its type in front matter (\`${frontMatterField('type', '<id>', toml)}\`) or pass \`--type <id>\``
          : foreignNote
            ? `No document type detected, so no strategy rule checked this file: ${foreignNote}; declare one as \`${frontMatterField('doc-type', 'strategy', toml)}\` (or another type), pass \`--type <id>\`, or match the file with \`globs\` in the configuration`
            : titleNote
              ? `No document type detected, so no strategy rule checked this file: ${titleNote} (or pass \`--type ${titled}\`)`
              : `No document type detected, so no strategy rule checked this file; ${howToDeclareType(toml)}`
      const message = file.message(reason, {
        ruleId: 'no-document-type',
        source: 'strategy-lint'
      })
      message.fatal = false
      message.url = DOCUMENT_TYPES_URL
    }
  }
  outcome.pluginAdded = [...added].sort()
  return outcome
}

/**
 * How to give the skipped files no type applies to one, for a summary of them: in TOML when every such file's front
 * matter is TOML (a Hugo site's), else in YAML.
 */
export function howToTypeSkipped(outcome: Outcome): string {
  const untyped = outcome.skipped.filter((file) => file.data.strategySkipped?.startsWith(NO_TYPE))
  return howToDeclareType(untyped.length > 0 && untyped.every((file) => file.data.strategyTomlFrontMatter === true))
}

/** How a file's type was found (src/model/detect.ts `TypeSource`), as `--verbose` says it. */
const HOW_TYPED: Record<TypeSource, string> = {
  option: 'as --type or the configuration\'s `type` says',
  'front-matter': 'as its front matter declares',
  glob: 'by its path (the folders the type reads, or `globs` in the configuration)',
  title: 'by its title',
  headings: 'by its section headings'
}

/** `--verbose`: what the report does not show, on stderr so machine formats on stdout stay valid. */
export function explain(outcome: Outcome, io: CliIo): void {
  for (const file of outcome.checkedFiles) {
    const how = HOW_TYPED[file.data.strategyTypeSource as TypeSource]
    io.stderr(`strategy-lint: checked ${escapeControls(file.path)} as ${file.data.strategyType}${how ? `, ${how}` : ''}\n`)
  }
  for (const folder of outcome.pluginAdded) {
    io.stderr(
      `strategy-lint: the remark configuration for ${folder} does not list remark-lint-strategy (or turns it off); added it with its defaults (the rest of that configuration still applies; to leave files out, list them in .remarkignore)\n`
    )
  }
  for (const file of outcome.ignored) io.stderr(`strategy-lint: not linted ${escapeControls(file)}: ${IGNORED}\n`)
  if (outcome.ignored.length > 0) io.stderr(`strategy-lint: ${HOW_TO_UNIGNORE}\n`)
  for (const file of outcome.skipped) io.stderr(`strategy-lint: skipped ${escapeControls(file.path)}: ${escapeControls(file.data.strategySkipped ?? NO_TYPE)}\n`)
  if (outcome.skipped.some((file) => file.data.strategySkipped?.startsWith(NO_TYPE))) io.stderr(`strategy-lint: to check a skipped file, ${howToTypeSkipped(outcome)}\n`)
  if (outcome.skipped.some((file) => file.data.strategySkipped === NO_RULE_RAN)) {
    io.stderr('strategy-lint: to check the files no strategy rule ran on, turn a rule on in their remark configuration, or list remark-lint-strategy itself\n')
  }
}
