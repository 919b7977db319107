/**
 * The unified-engine run behind `strategy-lint`, shared by the CLI's main
 * thread and its worker processes (src/engine/worker.ts), and the plain-data form
 * in which lint results travel between them.
 *
 * With `--concurrency` above 1 the main thread runs the engine once to find,
 * ignore, read and configure the files (src/cli/lint.ts), and the parsing and
 * linting, which is almost all of the time, happens in `lintFiles`: another
 * engine run over files whose text is already read, in a worker process. The
 * worker's messages are then restored onto the main thread's files.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import type {Plugin, Settings} from 'unified'
import {engine, type Context, type Preset} from 'unified-engine'
import markdownExtensions from 'markdown-extensions'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import remarkLintStrategy from '../index.js'
import {resolveOptions} from '../config.js'
import {rules} from '../rules.js'
import {builtinTypes} from '../types/doc-types.js'
import {forgetProjectRoots} from '../model/project-root.js'
import {StrategyConfigError} from '../options.js'
import {engineProcessor, type FileHooks} from './processor.js'
import {kindOf, markNotRegular} from './special-files.js'

/** The extensions a directory walk lints: markdown-extensions' list (the same eight, in the same order, as the list written here before). */
export const MARKDOWN_EXTENSIONS: string[] = [...markdownExtensions]

/** Everything an engine run needs besides its files and processor; plain data, so it can be sent to a worker. */
export interface EngineSettings {
  cwd: string
  /** `--type`: passed to the rules as the processor setting `strategyType`. */
  type: string | undefined
  /** `--date YYYY-MM-DD`: the day of the check, passed as the processor setting `strategyDate` (strategy-stale-deadline). */
  date?: string | undefined
  /** `--ignore-path`. */
  ignorePath: string | undefined
  /** Extra ignore patterns (the working folder's `.gitignore`). */
  ignorePatterns: string[]
  /** `--config`: the configuration file every file uses (absolute), instead of those found from its folder. */
  configPath?: string | undefined
  /** False with `--no-config`: no configuration is looked for; the built-in setup applies. */
  detectConfig?: boolean
}

/** The rule id of the one error a file gets when parsing or checking it fails (not a configuration problem). */
export const LINT_FAILED = 'lint-failed'
/**
 * The rule ids of the one message a file gets when it could not be linted: it failed, ran past the time budget, is too
 * large to read, or is no regular file. None is a finding to live with (suppressions never record one).
 */
export const NOT_LINTED: ReadonlySet<string> = new Set([LINT_FAILED, 'time-budget', 'file-too-large', 'not-regular-file'])

/** The rule id of the error on a file whose `--fix` could not be written (src/cli/fix.ts). */
export const FIX_FAILED = 'fix-failed'

export function isConfigurationError(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'StrategyConfigError') return true
  }
  return false
}

/** Container marks a line can open with, nesting a block quote or a list each: `>`, `-`, `*`, `+`, and spaces. */
const CONTAINER_MARKS = new Set(['>', '-', '*', '+', ' ', '\t'])

/** How long a run of container marks at a line's start shows a nesting no document has (real ones stay under 20). */
const DEEP_NESTING = 1_000

/** Whether a line opens with `DEEP_NESTING` container marks or more: a stack overflow there is the nesting's. */
function nestsDeep(text: string): boolean {
  let run = 0
  let atLineStart = true
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n' || char === '\r') {
      run = 0
      atLineStart = true
    } else if (atLineStart && CONTAINER_MARKS.has(char)) {
      if (++run >= DEEP_NESTING) return true
    } else atLineStart = false
  }
  return false
}

/** One error on `file` for a failure while parsing or checking it; the run goes on with the other files. */
export function failedMessage(file: VFile, error: unknown, phase: string): void {
  // A plugin that fails the file on purpose (`file.fail`: remark-lint's comment control on `<!-- lint disable-next-line
  // x -->`) has put its own fatal message on it, with no rule id, which the CLI would read as a broken setup and stop the
  // whole run on: that message is the file's one error, marked as this kind.
  if (file.messages.includes(error as VFileMessage) && (error as VFileMessage).fatal === true) {
    const message = error as VFileMessage
    message.ruleId ??= LINT_FAILED
    message.source ??= 'strategy-lint'
    message.reason = `Not linted: a plugin stopped ${phase} this file (${message.reason.replace(/\.$/, '')}); the other files were linted`
    message.message = message.reason
    return
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  // The MDX parser (remark-mdx in the configuration) rejects the file's syntax: the author's to fix, where it says, and
  // no bug of ours (`<br>` in an MDX paragraph was told to report a bug).
  const syntax = mdxSyntaxError(error)
  if (syntax) {
    const message = file.message(
      `Not valid MDX: ${syntax.reason.replace(/\.$/, '')}, so this file was not linted; fix it there (an MDX file needs JSX syntax: \`<br />\`, \`{'{'}\`), or, for a Markdown file, leave remark-mdx out of its configuration`,
      {ruleId: LINT_FAILED, source: 'strategy-lint', place: syntax.place}
    )
    message.fatal = true
    return
  }
  // (Block quotes or lists thousands of levels deep: remark-gfm's walks recurse once per level. No bug to report, a
  // document to flatten; a stack overflow on a document that does not nest so is still one.)
  const tooDeep = error instanceof RangeError && /call stack/i.test(reason) && nestsDeep(String(file.value))
  const message = file.message(
    tooDeep
      ? `Not linted: ${phase} this file ran out of stack (${reason}): its Markdown nests too deep (block quotes or lists thousands of levels deep); the other files were linted. Flatten the nesting, or ignore the file in .remarkignore`
      : `Not linted: ${phase} this file failed (${reason}); the other files were linted. ` +
          'This is a bug in strategy-lint or a remark plugin: please report it with this file',
    {ruleId: LINT_FAILED, source: 'strategy-lint'}
  )
  message.fatal = true
}

/** The syntax error of remark-mdx's parser (its micromark extensions or mdast utilities report one as a VFileMessage), if it is one. */
function mdxSyntaxError(error: unknown): {reason: string; place: VFileMessage['place']} | undefined {
  const message = error as Partial<VFileMessage> | undefined
  if (!message || typeof message.reason !== 'string' || !/^(?:micromark-extension-mdx|mdast-util-mdx)/.test(String(message.source ?? ''))) return undefined
  return {reason: message.reason, place: message.place ?? undefined}
}

/**
 * A file read with a UTF-16 byte order mark (as Windows tools write it) is
 * decoded as UTF-16; read as UTF-8 it would be NUL-riddled text in which no
 * heading is found, and pass unchecked.
 */
export function decodeUtf16(file: VFile): void {
  let value = file.value
  // unified-engine reads files as UTF-8, which turns a UTF-16 byte order mark into two U+FFFD: read the bytes again.
  if (typeof value === 'string' && value.startsWith('\uFFFD\uFFFD') && file.path) {
    try {
      value = fs.readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      return
    }
  }
  if (!(value instanceof Uint8Array) || value.length < 2) return
  const encoding = value[0] === 0xff && value[1] === 0xfe ? 'utf-16le' : value[0] === 0xfe && value[1] === 0xff ? 'utf-16be' : undefined
  if (encoding) {
    file.value = new TextDecoder(encoding).decode(value)
    file.data.strategyUtf16 = true
  }
}

/** Why a file that holds NUL bytes was not checked (src/engine/processor.ts). */
export const NOT_TEXT = 'not UTF-8 text: it holds NUL bytes'

/** How much of a file is looked at for NUL bytes: text editors and git look at the first 8,000 bytes alike. */
const TEXT_PROBE = 8_000

/**
 * Whether the file, once decoded, holds a NUL in its first characters: binary data named `.md`, text in UTF-32 (its
 * byte order mark reads as UTF-16's, and its characters then hold NULs), or UTF-16 without a byte order mark, which no text has and in which no heading is found. Such a file is said to be no
 * text, with a warning, not checked: it passed with `No document type detected`, and forced to a type it was reported
 * for `Template leftover <...>` in its bytes.
 */
export function holdsNulBytes(file: VFile): boolean {
  const {value} = file
  if (typeof value === 'string') return value.slice(0, TEXT_PROBE).includes('\0')
  return value instanceof Uint8Array && value.subarray(0, TEXT_PROBE).includes(0)
}

/** The warning on a file that is no text (`holdsNulBytes`), and its mark as skipped for the reports. */
export function markNotText(file: VFile): void {
  const message = file.message(
    'Not linted: this file holds NUL bytes, so it is not UTF-8 text (binary data, text in UTF-32, or UTF-16 without a byte order mark); save it as UTF-8, or ignore it in .remarkignore',
    {source: 'strategy-lint'}
  )
  message.fatal = false
  file.data.strategySkipped = NOT_TEXT
}

declare module 'vfile' {
  interface DataMap {
    /** Set when the file's remark configuration did not list remark-lint-strategy and strategy-lint added it. */
    strategyPluginAdded: boolean
    /** Set when the file was read as UTF-16 (it had a UTF-16 byte order mark): --fix leaves it alone rather than rewrite it as UTF-8. */
    strategyUtf16: boolean
  }
}

/**
 * How many files one engine run takes. unified-engine's file queue checks the
 * whole set each time a file finishes (time grows with the square of the
 * file count), it opens every file of a run at once (EMFILE on large
 * folders), and it keeps each file's tree, and so this plugin's model of it,
 * until the last file of the run is done; so a long list of files is linted
 * in runs of this many, one after the other; the files keep their order.
 * Measured in one thread on the 5,163 corpus files (`--concurrency 1
 * --time-budget 0`): with 256 a run needs more than a 300 MB heap (it stops
 * with `--max-old-space-size=300`), with 64 it completes under that cap (390
 * MB resident) and is no slower.
 */
export const ENGINE_BATCH = 64

/**
 * `runEngine` over `files` in batches of ENGINE_BATCH; resolves with one context holding every file, in the
 * engine's order. unified-engine sorts the files of a run by their absolute paths (code unit order), which is not
 * the walk's order (`a/x.md` before `a-b.md` there, after it here), so the files are sorted that way first: each
 * batch is then a slice of one sorted list, and the report's order does not depend on where the batches split it.
 */
export async function runEngineBatched(settings: EngineSettings, files: ReadonlyArray<string | VFile>, hooks: FileHooks = {}): Promise<Context> {
  if (files.length <= ENGINE_BATCH) return runEngine(settings, [...files], hooks)
  const sorted = files
    .map((file) => ({file, key: path.resolve(settings.cwd, typeof file === 'string' ? file : file.path)}))
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
    .map(({file}) => file)
  const all: VFile[] = []
  let last: Context | undefined
  for (let start = 0; start < sorted.length; start += ENGINE_BATCH) {
    last = await runEngine(settings, sorted.slice(start, start + ENGINE_BATCH), hooks)
    for (const file of last.files ?? []) all.push(file)
  }
  return {...last!, files: all}
}

/**
 * The processor settings the command line sets: `--type`, `--date`, and whether configurations are found by folder
 * (not with `--config` or `--no-config`, src/model/project-root.ts `typedPaths`); none when it sets none.
 */
function processorSettings(settings: EngineSettings): Settings | undefined {
  const byFolder = settings.configPath === undefined && settings.detectConfig !== false
  if (!settings.type && !settings.date && byFolder) return undefined
  return {
    ...(settings.type ? {strategyType: settings.type} : {}),
    ...(settings.date ? {strategyDate: settings.date} : {}),
    ...(byFolder ? {} : {strategyConfigByFolder: false})
  } as Settings
}

/** How a remark configuration may name this plugin (unified-engine's `remark-` prefix may be left out). */
const PLUGIN_NAMES = new Set(['remark-lint-strategy', 'lint-strategy'])

/**
 * The plugin's options checked where they are written, so that an error names the configuration file it is in: raised
 * when the plugin attaches, it named only the option, and with nested configurations (`docs/archive/.remarkrc.json`)
 * the author had to guess which file. Other entries are left to the engine.
 */
export function checkedStrategyOptions(config: unknown, filePath: string | undefined, cwd: string): unknown {
  const plugins = (config as {plugins?: unknown} | null)?.plugins
  const entries: Array<[unknown, unknown]> = Array.isArray(plugins)
    ? plugins.map((entry): [unknown, unknown] => (Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined]))
    : typeof plugins === 'object' && plugins !== null
      ? Object.entries(plugins)
      : []
  const where = filePath === undefined ? '' : ` (in ${path.relative(cwd, filePath) || filePath})`
  // The types the rules listed as their own plugins check their options against: the main plugin's, where it is here.
  const mainOptions = entries.find(([plugin]) => isStrategyPlugin(plugin))?.[1]
  for (const [plugin, options] of entries) {
    const ruleId = rulePluginId(plugin)
    if (ruleId !== undefined && options !== undefined && options !== null && typeof options !== 'boolean') {
      // (`["remark-lint-strategy/rules/strategy-section-length", {...}]`: its errors named no file, as the plugin's `rules` did.)
      try {
        const types = typeof mainOptions === 'object' && mainOptions !== null ? resolveOptions(mainOptions).types : undefined
        rules.find((rule) => rule.ruleId === ruleId)?.checkSetting(options, types ?? builtinTypes)
      } catch (error) {
        if (!(error instanceof StrategyConfigError)) throw error
        throw new StrategyConfigError(`${error.message}${where}`)
      }
      continue
    }
    if (isStrategyModuleObject(plugin)) {
      throw new StrategyConfigError(
        `remark-lint-strategy: the configuration lists the package's module object (\`require('remark-lint-strategy')\` or \`import * as\`), which remark reads as a preset of no plugins, so its options would do nothing; write \`require('remark-lint-strategy').default\`, or \`import remarkLintStrategy from 'remark-lint-strategy'\`${where}`
      )
    }
    // No options, or unified's `true` / `false` (on with its defaults, or off): nothing to check here.
    if (!isStrategyPlugin(plugin) || options === undefined || options === null || typeof options === 'boolean') continue
    try {
      const resolved = resolveOptions(options)
      // The rules' own settings too, so that their errors name this file as the types' do.
      for (const [id, setting] of Object.entries(resolved.rules)) rules.find((rule) => rule.ruleId === id)?.checkSetting(setting, resolved.types)
      refuseFolderGlobs(Object.keys(resolved.globs), [cwd, ...(filePath === undefined ? [] : [path.dirname(filePath)])])
    } catch (error) {
      if (!(error instanceof StrategyConfigError)) throw error
      // `["remark-lint-strategy", "strategy"]`, `["remark-lint-strategy", "off"]`: say what the object looks like.
      const shape = typeof options === 'object' ? '' : '; write them as an object: {"type": "strategy"} checks every file as that type, {"rules": {"strategy-placeholder": "off"}} turns a rule off'
      throw new StrategyConfigError(`${error.message}${shape}${where}`)
    }
  }
  return config
}

/**
 * A glob without wildcards that names a folder there is (`docs/strategy`, from the working folder or the configuration's):
 * it matches no file, and the documents in it were skipped as untyped. (The option's own check refuses a glob ending
 * in `/`; without it, `docs/strategy` may name a file without an extension, so only the disk can tell.)
 */
function refuseFolderGlobs(globs: readonly string[], bases: readonly string[]): void {
  for (const glob of globs) {
    if (/[*?[\]{}()!]/.test(glob)) continue
    const folder = bases.some((base) => {
      try {
        return fs.statSync(path.resolve(base, glob)).isDirectory()
      } catch {
        return false
      }
    })
    if (folder) {
      throw new StrategyConfigError(`remark-lint-strategy: option \`globs\`: glob \`${glob}\` names a folder, and globs match files (it would type none); write \`${glob.replace(/(?:\/\.?)+$/, '')}/**/*.md\``)
    }
  }
}

/** This package's plugin as a configuration lists it: by name, or as the function a JS configuration imports. */
/** The rule a configuration lists as its own plugin (`remark-lint-strategy/rules/strategy-placeholder`, or the function a JS configuration imports). */
function rulePluginId(plugin: unknown): string | undefined {
  if (typeof plugin === 'function') return rules.find((rule) => (rule as unknown) === plugin)?.ruleId
  if (typeof plugin !== 'string') return undefined
  const id = /^(?:remark-)?lint-strategy\/rules\/(strategy-[a-z-]+)(?:\.js)?$/.exec(plugin)?.[1]
  return id !== undefined && rules.some((rule) => rule.ruleId === id) ? id : undefined
}

function isStrategyPlugin(plugin: unknown): boolean {
  return typeof plugin === 'string' ? PLUGIN_NAMES.has(plugin) : typeof plugin === 'function' && plugin.name === remarkLintStrategy.name
}

/**
 * `require('remark-lint-strategy')` in a `.remarkrc.cjs`, or `import * as strategy` in a `.remarkrc.mjs`: the module
 * object, whose `default` is the plugin. unified-engine reads an object as a preset, and one without `plugins` adds
 * nothing: the options given with it were dropped in silence (strategy-lint then added the plugin with its defaults).
 */
function isStrategyModuleObject(plugin: unknown): boolean {
  if (typeof plugin !== 'object' || plugin === null || Array.isArray(plugin) || 'plugins' in plugin) return false
  const main = (plugin as {default?: unknown}).default
  return typeof main === 'function' && isStrategyPlugin(main)
}

/**
 * Run the engine over `files` (paths of files and folders, never globs: the
 * CLI's walk expands those, src/engine/walk.ts; or files with their text)
 * with the engine's processor and `hooks`; resolves with its context.
 */
export function runEngine(settings: EngineSettings, files: Array<string | VFile>, hooks: FileHooks = {}): Promise<Context> {
  forgetProjectRoots()
  const sink = new Writable({write: (_chunk, _encoding, done) => done()})
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: engineProcessor(hooks),
        files: files.map((file) => (typeof file === 'string' ? literalPath(settings.cwd, file) : file)),
        cwd: settings.cwd,
        extensions: MARKDOWN_EXTENSIONS,
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        ignorePath: settings.ignorePath,
        ignorePatterns: settings.ignorePatterns,
        pluginPrefix: 'remark',
        rcPath: settings.configPath,
        detectConfig: settings.detectConfig ?? true,
        detectIgnore: true,
        defaultConfig: {plugins: [[remarkLintStrategy as unknown as Plugin<unknown[]>]]},
        configTransform: (config: unknown, filePath: string) => checkedStrategyOptions(config, filePath, settings.cwd) as Preset,
        settings: processorSettings(settings),
        silentlyIgnore: true,
        output: false,
        out: false,
        quiet: true,
        reporter: () => '',
        streamError: sink,
        streamOut: sink
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve(context!)
      }
    )
  })
}

/**
 * A path as a file without text, which unified-engine reads from disk as it
 * would the path: given as a string, it would take any path with `*`, `?`,
 * `[`, `{` or `(` for a glob, so `docs/[draft].md` matched no file and was
 * silently not linted (and testing each of a walk's thousands of paths for
 * glob syntax cost 0.4 s on ../shared/corpus).
 */
function literalPath(cwd: string, file: string): VFile | string {
  const absolute = path.resolve(cwd, file)
  // The working folder itself: a file's path cannot be empty, and `.` is no glob.
  if (absolute === path.resolve(cwd)) return '.'
  const literal = new VFile({path: absolute})
  // Looked at again as its batch is read: a file replaced by a FIFO since the walk held the whole run in the engine's
  // read, waiting for a writer, before any time budget (a QA pass). Given a value, the engine does not read it.
  let stats: fs.Stats | undefined
  try {
    stats = fs.statSync(absolute)
  } catch {
    // Gone, or not reachable: the engine's read reports it.
  }
  if (stats && !stats.isFile() && !stats.isDirectory()) {
    markNotRegular(literal, kindOf(stats))
    literal.value = ''
  }
  return literal
}

/** A file to lint: its absolute path and the text the main thread read. */
export interface FileInput {
  path: string
  value: string
}

/** A lint message as plain data: every field the reports and the setup-problem check read. */
export interface TransportMessage {
  reason: string
  ruleId: string | null
  source: string | null
  place: unknown
  fatal: boolean | null
  url: string | null
  note: string | null
  expected: string[] | null
  actual: string | null
  /** Set only when the message took its stack from an error (`file.message(error)`). */
  stack: string | null
  cause: TransportCause
}

/** An error as plain data (with its own causes), a primitive, or nothing. */
export type TransportCause =
  | {error: true; name: string; message: string; stack: string | undefined; cause: TransportCause}
  | string
  | number
  | boolean
  | null
  | undefined

/**
 * What the plugin learns about a file besides its messages, which the reports and the summary read: the same fields
 * travel from a worker process (`FileResult`) and are kept by the cache. Each is absent when the plugin did not run.
 */
export interface FileFacts {
  /** The document type the file was checked as, null when none applies. */
  type?: string | null
  /** How that type was found (src/model/detect.ts `TypeSource`), null when none applies. */
  typeSource?: string | null
  /** The status the document states, null when none. */
  status?: string | null
  /** Where the text of a file that only points to it is kept, null when it is no pointer. */
  pointer?: string | null
  /** A front matter `type:` that names no type of this linter, on a file no type applies to; else null. */
  foreignType?: string | null
  /** A built-in type the title names by its word alone, on a file no type applies to; else null. */
  titleNames?: string | null
  /** Whether the front matter is TOML (set only when it is). */
  toml?: boolean
  /** Other files whose existence the result depends on, each with whether it existed. */
  probed?: Record<string, boolean>
  /** Whether a rule of this package ran on the file. */
  ruleRan?: boolean
}

/** The facts the plugin put on `file`. */
export function factsOf(file: VFile): FileFacts {
  const {strategyType: type, strategyTypeSource: typeSource, strategyStatus: status, strategyPointer: pointer, strategyForeignType: foreignType, strategyTitleNames: titleNames, strategyTomlFrontMatter: toml, strategyProbed: probed, strategyRuleRan: ruleRan} = file.data
  return {type, typeSource, status, pointer, foreignType, titleNames, ...(toml ? {toml} : {}), ...(probed ? {probed} : {}), ...(ruleRan ? {ruleRan} : {})}
}

/** Put facts from a worker or the cache back on `file` (those the plugin set there). */
export function restoreFacts(file: VFile, facts: FileFacts): void {
  if (facts.type !== undefined) file.data.strategyType = facts.type
  if (facts.typeSource !== undefined) file.data.strategyTypeSource = facts.typeSource
  if (facts.status !== undefined) file.data.strategyStatus = facts.status
  if (facts.pointer !== undefined) file.data.strategyPointer = facts.pointer
  if (facts.foreignType !== undefined) file.data.strategyForeignType = facts.foreignType
  if (facts.titleNames !== undefined) file.data.strategyTitleNames = facts.titleNames
  if (facts.toml !== undefined) file.data.strategyTomlFrontMatter = facts.toml
  if (facts.probed !== undefined) file.data.strategyProbed = facts.probed
  if (facts.ruleRan !== undefined) file.data.strategyRuleRan = facts.ruleRan
}

export interface FileResult extends FileFacts {
  messages: TransportMessage[]
  /** Whether the file was parsed and its rules ran without an error: only then may --cache store it. */
  ran: boolean
}

/**
 * Lint files whose text is already read, with the same engine settings as
 * the main thread's run (configuration is looked up per file as usual).
 * Resolves with each file's messages, in the order of `inputs`.
 */
export async function lintFiles(
  settings: EngineSettings,
  inputs: readonly FileInput[],
  onProgress?: (index: number) => void
): Promise<FileResult[]> {
  // No files would make the engine read stdin.
  if (inputs.length === 0) return []
  const files = inputs.map((input) => new VFile({path: input.path, value: input.value}))
  const indexOf = new Map(files.map((file, index) => [file, index]))
  const ran = new WeakSet<VFile>()
  await runEngine(settings, files, {
    // Which file the thread is busy with now: the time budget is charged to it.
    onFile: (file) => onProgress?.(indexOf.get(file) ?? -1),
    onRan: (file) => ran.add(file)
  })
  return files.map((file) => ({messages: file.messages.map(toTransport), ran: ran.has(file), ...factsOf(file)}))
}

export function toTransport(message: VFileMessage): TransportMessage {
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    place: message.place ?? null,
    fatal: message.fatal ?? null,
    url: message.url ?? null,
    note: message.note ?? null,
    expected: message.expected ?? null,
    actual: message.actual ?? null,
    stack: message.stack || null,
    cause: toTransportCause(message.cause, 0)
  }
}

function toTransportCause(cause: unknown, depth: number): TransportCause {
  if (cause === undefined || cause === null || typeof cause === 'string' || typeof cause === 'number' || typeof cause === 'boolean') {
    return cause
  }
  if (typeof cause === 'object' && ('message' in cause || 'stack' in cause)) {
    const error = cause as {name?: unknown; message?: unknown; stack?: unknown; cause?: unknown}
    return {
      error: true,
      name: typeof error.name === 'string' ? error.name : 'Error',
      message: error.message === undefined ? '' : String(error.message),
      stack: typeof error.stack === 'string' ? error.stack : undefined,
      cause: depth < 16 ? toTransportCause(error.cause, depth + 1) : undefined
    }
  }
  return String(cause)
}

function fromTransportCause(cause: TransportCause): unknown {
  if (cause === null || typeof cause !== 'object') return cause
  const error = new Error(cause.message)
  error.name = cause.name
  if (cause.stack === undefined) delete (error as {stack?: string}).stack
  else error.stack = cause.stack
  if (cause.cause !== undefined) error.cause = fromTransportCause(cause.cause)
  return error
}

/** Add a message received from `lintFiles` to the main thread's `file`, as the engine had made it there. */
export function restoreMessage(file: VFile, stored: TransportMessage): void {
  const message = file.message(stored.reason, {
    place: (stored.place ?? undefined) as VFileMessage['place'],
    ruleId: stored.ruleId ?? undefined,
    source: stored.source ?? undefined
  })
  message.fatal = stored.fatal ?? undefined
  if (stored.url !== null) message.url = stored.url
  if (stored.note !== null) message.note = stored.note
  if (stored.expected !== null) message.expected = stored.expected
  if (stored.actual !== null) message.actual = stored.actual
  if (stored.stack !== null) message.stack = stored.stack
  if (stored.cause !== undefined) message.cause = fromTransportCause(stored.cause)
}
