/**
 * The `strategy-lint` command: lints Markdown files with the project's remark
 * configuration, or with this package's built-in setup when there is none,
 * and reports in one of several formats (src/formats/), to the terminal or to
 * `--output-file`. Exit codes: 0 clean or warnings only, 1 errors (or too many
 * warnings), 2 usage or configuration error. It never writes to the files it
 * lints. With `--concurrency` above 1 (the default on a machine with more
 * than one core) the files are parsed and linted in worker threads
 * (src/parallel.ts), for the same report. `strategy-lint init` prints or
 * writes a skeleton document (src/scaffold.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {remark} from 'remark'
import type {Root} from 'mdast'
import type {Context} from 'unified-engine'
import {VFile as VFileClass, type VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {builtinTypes} from './doc-types.js'
import {findType} from './detect.js'

/** What a configured type's id looks like (`kep`, `design-doc`). */
const TYPE_ID = /^[a-z][a-z0-9_-]*$/i
import {escapeControls, formatStylish} from './formats/stylish.js'
import {formatReport, REPORT_FORMATS, repositoryRoot, toReportInput, type ReportFormat} from './formats/index.js'
import {LINT_FAILED, lintFiles, MARKDOWN_EXTENSIONS, restoreMessage, runEngineBatched, type EngineSettings} from './lint-engine.js'
import {StrategyConfigError} from './options.js'
import {DOCS_URL} from './rule.js'
import {ruleIds} from './rules.js'
import {applySuppressions, DEFAULT_SUPPRESSIONS_FILE, pruneSuppressions, readSuppressions, recordSuppressions, SuppressionsError, writeSuppressions, type Applied} from './suppressions.js'
import {LintPool, MIN_FILES_FOR_WORKERS, workerCount, workersAvailable} from './parallel.js'
import {skeleton} from './scaffold.js'
import {parse as parseYaml} from 'yaml'
import {createTwoFilesPatch} from 'diff'
import {applyFixes, MAX_PASSES} from './fix.js'
import {version} from './version.js'
import {DEFAULT_CACHE_FILE, LintCache} from './cache.js'
import {walk, type WalkResult} from './walk.js'

export {MARKDOWN_EXTENSIONS} from './lint-engine.js'

export {DEFAULT_CACHE_FILE} from './cache.js'

const FORMATS = ['stylish', 'json', ...REPORT_FORMATS] as const
type Format = (typeof FORMATS)[number]

export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
  /** The terminal's width when stdout is a terminal: the stylish report wraps long messages to it. */
  columns?: number
}

interface CliOptions {
  paths: string[]
  format: Format
  quiet: boolean
  maxWarnings: number | undefined
  type: string | undefined
  ignorePath: string | undefined
  gitignore: boolean
  outputFile: string | undefined
  /** `--cache`: reuse the results of files unchanged since the last run. */
  cache: boolean
  /** `--cache-location`: where the cache lives (default `.strategylintcache` in the working folder). */
  cacheLocation: string | undefined
  /** `--concurrency`: how many worker threads may lint at once. */
  concurrency: number
  /** `--time-budget`: seconds each file may take to parse and check; 0 for no limit (and, with --concurrency 1, no worker thread). */
  timeBudget: number
  /** `--verbose`: list skipped files and say when the strategy plugin was added to a configuration. */
  verbose: boolean
  /** False with `--no-error-on-unmatched-pattern`: a path or glob that names no file is then not an error. */
  errorOnUnmatchedPattern: boolean
  /** False with `--no-warn-untyped`: a file named on the command line with no type is counted as skipped, without a warning. */
  warnUntyped: boolean
  /** `--suppress-all`: record every current finding in the suppressions file. */
  suppressAll: boolean
  /** `--suppress-rule <id>` (repeatable): record the current findings of these rules. */
  suppressRules: string[]
  /** `--prune-suppressions`: lower recorded counts to what occurs now. */
  pruneSuppressions: boolean
  /** `--suppressions-location <file>` (default strategy-lint-suppressions.json in the working folder). */
  suppressionsLocation: string | undefined
  /** `--fix` writes the mechanical fixes; `--fix-dry-run` prints them as a diff. */
  fix: 'write' | 'dry-run' | undefined
  /** `--date YYYY-MM-DD`: check as on this day (stale deadlines), for reproducible runs. */
  date: string | undefined
}

/** The default `--time-budget`, in seconds. */
export const DEFAULT_TIME_BUDGET = 10

interface InitOptions {
  type: string
  title: string | undefined
  output: string | undefined
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const TYPE_IDS = builtinTypes.map((type) => type.id)

const HELP = `Usage: strategy-lint [options] [paths or globs...]
       strategy-lint init ${TYPE_IDS.join('|')} [--title <text>] [--output <file>]

Lint engineering strategy, technical vision and decision record documents (Markdown).
Paths default to the current folder. Uses the project's remark configuration
(.remarkrc*, package.json#remarkConfig) when there is one, else the built-in setup;
the strategy rules always run, with their defaults when that configuration does not list them.
A file no document type applies to is skipped and counted as such.

Options:
  -f, --format <name>   report format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <file>
                        write the report to <file>; the terminal still gets the stylish report
  -q, --quiet           report errors only, no warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  -t, --type <id>       check every file as this type (${TYPE_IDS.join(', ')}, or a configured type)
  --verbose             list the files skipped for having no document type, and configurations
                        the strategy rules were added to (on stderr)
  --no-warn-untyped     no warning for a file named on the command line that has no document type
                        (for hooks that pass every staged Markdown file); it is still counted as skipped
  --no-error-on-unmatched-pattern
                        a path or glob that names no Markdown file is not an error (default: exit 2)
  --fix                 apply the mechanical fixes (rename a near-miss heading, fix a heading's level, insert
                        a missing section where the type puts it), write the files they change, and report
                        what remains
  --fix-dry-run         show those fixes as a unified diff; write nothing
  --date <YYYY-MM-DD>   check as on this day: the day strategy-stale-deadline compares deadlines with
                        (default: today, or STRATEGY_LINT_DATE), so a CI run can be repeated
  --suppress-all        record every current finding in the suppressions file; later runs hide a file's
                        findings of a rule while there are no more than recorded (to adopt the linter gradually)
  --suppress-rule <id>  record the current findings of one rule (repeatable)
  --prune-suppressions  lower the recorded counts to what occurs now (after fixing recorded findings)
  --suppressions-location <file>
                        the suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the working folder)
  --ignore-path <file>  ignore file to use instead of .remarkignore
  --no-gitignore        do not skip files listed in .gitignore
  --cache               only re-lint files whose content, configuration or tool version changed
                        since the last --cache run; reuse the stored results for the rest
  --cache-location <file>
                        where --cache keeps its results (default: ${DEFAULT_CACHE_FILE});
                        an existing folder gets ${DEFAULT_CACHE_FILE} inside it
  --concurrency <n>     lint in up to n worker threads (default: ${defaultConcurrency()}, the number of CPU cores);
                        they are used for more than ${MIN_FILES_FOR_WORKERS} files and enough text to pay for starting
                        them. At most the number of cores. The report and exit code are the same for any n
  --time-budget <s>     seconds each file may take to parse and check (default: 10, or STRATEGY_LINT_TIME_BUDGET);
                        a file that takes longer gets one error saying it was not linted, and the run goes on.
                        0: no limit (with --concurrency 1, everything is then linted in one thread)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 clean or warnings only, 1 errors or too many warnings,
2 usage or configuration error, or a path or glob that names no Markdown file.

\`strategy-lint init --help\` tells how to start a new document from a skeleton.
`

const INIT_HELP = `Usage: strategy-lint init ${TYPE_IDS.join('|')} [--title <text>] [--output <file>]

Print a skeleton document of the type: front matter declaring the type, the
title, every section in order, and a TODO prompt in each saying what it needs.
The linter reports the TODO prompts until they are replaced with real content.

Options:
  --title <text>        the document's title (default: the type's name, such as Technical Strategy)
  -o, --output <file>   write the skeleton to <file> instead of printing it; an existing file is never overwritten
  -h, --help            show this help
`

/** Parse flags strictly; node's error becomes one line in our words, pointing at `help`. */
function strictArguments<T>(help: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as Error & {code?: string})} (see ${help})`)
  }
}

/** node:util parseArgs's errors, which quote unevenly and suggest `--` tricks, as one plain line. */
function argumentProblem(error: Error & {code?: string}): string {
  const message = error.message.split('\n')[0]
  const option = /'(-[^']*?)'/.exec(message)?.[1]
  // `-f, --format <value>`: the long form names the flag.
  const flag = option?.split(', ').at(-1)?.replace(/ <value>$/, '')
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) return `unknown option \`${flag}\``
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    if (/argument missing/.test(message)) return `${flag} needs a value`
    if (/does not take an argument/.test(message)) return `${flag} takes no value`
    if (/ambiguous/.test(message)) return `${flag} needs a value; to give one that starts with \`-\`, write ${flag}=<value>`
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return message.replace(/\.$/, '')
  return message.replace(/\.$/, '')
}

/**
 * `--max-warnings -1`: node's parser refuses a value that starts with `-`
 * ("argument is ambiguous"); a negative number is plainly a value, so it is
 * joined to its flag and the flag's own check explains what it accepts.
 */
function joinNegativeNumbers(argv: readonly string[], valued: ReadonlySet<string>): string[] {
  const joined: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]
    const next = argv[index + 1]
    if (valued.has(token) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${token}=${next}`)
      index++
    } else {
      joined.push(token)
    }
  }
  return joined
}

export function parseCliArguments(argv: string[]): CliOptions | 'help' | 'version' {
  const parsed = strictArguments('--help', () =>
    parseArgs({
      args: joinNegativeNumbers(argv, new Set(['--max-warnings', '--concurrency', '--time-budget'])),
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        quiet: {type: 'boolean', short: 'q'},
        'max-warnings': {type: 'string'},
        type: {type: 'string', short: 't'},
        'ignore-path': {type: 'string'},
        'no-gitignore': {type: 'boolean'},
        'output-file': {type: 'string', short: 'o'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        concurrency: {type: 'string'},
        'time-budget': {type: 'string'},
        verbose: {type: 'boolean'},
        'no-error-on-unmatched-pattern': {type: 'boolean'},
        'no-warn-untyped': {type: 'boolean'},
        'suppress-all': {type: 'boolean'},
        'suppress-rule': {type: 'string', multiple: true},
        'prune-suppressions': {type: 'boolean'},
        'suppressions-location': {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        date: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  )
  const {values, positionals} = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`; use one of ${FORMATS.join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(`--max-warnings needs a whole number >= 0, got \`${values['max-warnings']}\``)
    }
  }
  let concurrency = defaultConcurrency()
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency)
    if (!/^\d+$/.test(values.concurrency) || !Number.isSafeInteger(concurrency) || concurrency < 1) {
      throw new UsageError(`--concurrency needs a whole number >= 1, got \`${values.concurrency}\``)
    }
  }
  let timeBudget = DEFAULT_TIME_BUDGET
  const budgetText = values['time-budget'] ?? process.env.STRATEGY_LINT_TIME_BUDGET
  if (budgetText !== undefined && budgetText !== '') {
    timeBudget = Number(budgetText)
    if (!/^\d+(?:\.\d+)?$/.test(budgetText.trim()) || !Number.isFinite(timeBudget)) {
      const from = values['time-budget'] === undefined ? 'STRATEGY_LINT_TIME_BUDGET' : '--time-budget'
      throw new UsageError(`${from} needs a number of seconds >= 0 (0 for no limit), got \`${budgetText}\``)
    }
  }
  let type: string | undefined
  if (values.type !== undefined) {
    // A built-in type by any of its names; another id may name a type configured under `types`, which the plugin checks once it has read the configuration.
    const found = findType(builtinTypes, values.type)
    if (!found && !TYPE_ID.test(values.type.trim())) {
      throw new UsageError(
        `Unknown document type \`${values.type}\` for --type; use one of ${builtinTypes.map((entry) => entry.id).join(', ')}, or a type configured under \`types\``
      )
    }
    type = found ? found.id : values.type.trim()
  }
  const suppressRules = values['suppress-rule'] ?? []
  for (const id of suppressRules) {
    // Ids of other remark-lint plugins are fine; a misspelt id of ours would record nothing.
    if (!/^[a-z][a-z0-9-]*$/.test(id) || (id.startsWith('strategy-') && !ruleIds.includes(id))) {
      throw new UsageError(`Unknown rule \`${id}\` for --suppress-rule; use a rule id such as \`strategy-vague-goal\` (docs/rules/README.md lists them)`)
    }
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one of them')
  if (values['suppress-all'] && suppressRules.length > 0) throw new UsageError('--suppress-all already records every rule; drop --suppress-rule, or --suppress-all')
  if (values['prune-suppressions'] && (values['suppress-all'] || suppressRules.length > 0)) {
    throw new UsageError('--prune-suppressions cannot be combined with --suppress-all or --suppress-rule: run them one after the other')
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    quiet: values.quiet ?? false,
    maxWarnings,
    type,
    ignorePath: values['ignore-path'],
    gitignore: !values['no-gitignore'],
    outputFile: nonEmpty(values['output-file'], '--output-file'),
    cache: values.cache ?? false,
    cacheLocation: nonEmpty(values['cache-location'], '--cache-location'),
    concurrency,
    timeBudget,
    verbose: values.verbose ?? false,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    warnUntyped: !values['no-warn-untyped'],
    suppressAll: values['suppress-all'] ?? false,
    suppressRules,
    pruneSuppressions: values['prune-suppressions'] ?? false,
    suppressionsLocation: nonEmpty(values['suppressions-location'], '--suppressions-location'),
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    date: values.date === undefined ? undefined : checkedDate(values.date)
  }
}

/** `--date`: a real calendar day written `YYYY-MM-DD`. */
function checkedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined
  if (!match || !day || day.toISOString().slice(0, 10) !== match[0]) throw new UsageError(`--date needs a day written YYYY-MM-DD (such as 2027-03-31), got \`${value}\``)
  return match[0]
}

/** The default `--concurrency`: one worker per core. */
function defaultConcurrency(): number {
  return Math.max(1, os.availableParallelism())
}

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${option} needs a file name`)
  return value
}

export function parseInitArguments(argv: string[]): InitOptions | 'help' {
  const parsed = strictArguments('strategy-lint init --help', () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {title: {type: 'string'}, output: {type: 'string', short: 'o'}, help: {type: 'boolean', short: 'h'}}
    })
  )
  const {values, positionals} = parsed
  if (values.help) return 'help'
  const ids = builtinTypes.map((entry) => entry.id).join(' or ')
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? `init needs a document type: ${ids}` : `init takes one document type, got ${positionals.length}: ${positionals.join(' ')}`
    )
  }
  const found = findType(builtinTypes, positionals[0])
  if (!found) throw new UsageError(`Unknown document type \`${positionals[0]}\` for init; use ${ids}`)
  if (values.title !== undefined && values.title.trim() === '') throw new UsageError('--title needs some text')
  return {type: found.id, title: values.title, output: nonEmpty(values.output, '--output')}
}

/** Parse arguments; a usage error is printed as one line and gives `undefined` (exit 2). */
function usage<T>(parse: () => T, io: CliIo): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`strategy-lint: ${error.message}\n`)
    return undefined
  }
}

/** `strategy-lint init`: print the skeleton, or write it to a new file. */
function runInit(argv: string[], io: CliIo): number {
  const options = usage(() => parseInitArguments(argv), io)
  if (options === undefined) return 2
  if (options === 'help') {
    io.stdout(INIT_HELP)
    return 0
  }
  const type = builtinTypes.find((entry) => entry.id === options.type)!
  const text = skeleton(type, options.title)
  if (options.output === undefined) {
    io.stdout(text)
    return 0
  }
  const target = path.resolve(io.cwd, options.output)
  try {
    fs.mkdirSync(path.dirname(target), {recursive: true})
    // `wx`: fail when the file exists, even if it appeared after a check.
    fs.writeFileSync(target, text, {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.stderr(
      code === 'EEXIST'
        ? `strategy-lint: ${options.output} already exists; not overwriting it (choose another --output or remove the file)\n`
        : `strategy-lint: cannot write ${options.output}: ${oneLine(error)}\n`
    )
    return 2
  }
  const article = /^[aeiou]/i.test(type.name) ? 'an' : 'a'
  io.stdout(`Wrote ${options.output}: ${article} ${type.name} skeleton; replace each TODO prompt with real content.\n`)
  return 0
}

/** Patterns of a `.gitignore` in the working folder, so generated and vendored files are skipped. */
function gitignorePatterns(cwd: string): string[] {
  try {
    return fs
      .readFileSync(path.join(cwd, '.gitignore'), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
  } catch {
    return []
  }
}

function engineSettings(options: CliOptions, cwd: string): EngineSettings {
  return {
    cwd,
    type: options.type,
    date: options.date,
    ignorePath: options.ignorePath,
    ignorePatterns: options.gitignore ? gitignorePatterns(cwd) : []
  }
}

/** `--concurrency 1`: one engine run in this thread finds, reads, configures and lints every file. */
function lintSerially(options: CliOptions, io: CliIo, cache?: LintCache): Promise<Context> {
  return runEngineBatched(engineSettings(options, io.cwd), options.paths, cache ? cache.processor() : remark())
}

/**
 * `--concurrency N`: this thread runs the engine as in a serial run, so files
 * are found, ignored, read and configured (and configuration errors arise)
 * exactly as there, but it parses and lints none of them: `cache.processor`'s
 * hits are replayed and every other file is set aside. Those are then linted
 * in worker threads when they are enough work for them (`workerCount`), else
 * here, the same way, and their messages restored onto this run's files,
 * which keep the engine's order. The cache is read and written here only.
 */
async function lintInParallel(options: CliOptions, io: CliIo, cache?: LintCache): Promise<Context> {
  const settings = engineSettings(options, io.cwd)
  const deferred = new Set<VFile>()
  let deferredSize = 0
  const pool = workersAvailable() ? new LintPool(settings, {timeBudget: options.timeBudget}) : undefined
  // With a time budget every file is linted in a worker thread, which can be stopped; this thread cannot.
  const minimum = options.timeBudget > 0 ? 1 : 0
  try {
    const context = await runEngineBatched(settings, options.paths, cache ? cache.processor(defer) : deferringProcessor(defer))
    const files = (context.files ?? []).filter((file) => deferred.has(file))
    const inputs = files.map((file) => ({path: path.resolve(file.cwd, file.path), value: String(file.value ?? '')}))
    const results = pool && pool.size > 0 ? await pool.lint(inputs) : await lintFiles(settings, inputs)
    files.forEach((file, index) => {
      file.messages = []
      for (const message of results[index].messages) restoreMessage(file, message)
      if (results[index].type !== undefined) file.data.strategyType = results[index].type
      if (results[index].status !== undefined) file.data.strategyStatus = results[index].status
      if (results[index].ran) cache?.remember(file)
    })
    return context
  } finally {
    await pool?.close()
  }

  function defer(file: VFile): void {
    deferred.add(file)
    deferredSize += String(file.value ?? '').length
    // Start workers as soon as there is work enough for them, while this thread still reads files.
    if (pool) pool.grow(Math.max(minimum, workerCount(deferred.size, deferredSize, options.concurrency)))
  }
}

/** remark, with parsing and linting left out: each file is handed to `defer` instead. */
function deferringProcessor(defer: (file: VFile) => void): () => ReturnType<typeof remark> {
  const base = remark()
  return () => {
    const processor = base()
    processor.parse = ((file: VFile) => {
      // Apply the plugins, so their option errors surface as in a serial run.
      processor.freeze()
      defer(file)
      return {type: 'root', children: []} satisfies Root
    }) as typeof processor.parse
    processor.run = ((tree: Root, _file: VFile, done: (error?: Error, tree?: Root) => void) => {
      done(undefined, tree)
    }) as unknown as typeof processor.run
    return processor
  }
}

/**
 * A fatal message that is not about the document's content: bad options, a
 * broken rc file, a missing plugin, a path that does not exist. The engine
 * wraps such errors ("Cannot process file"), so the explanation is the chain
 * of causes, joined into one line.
 */
function setupProblem(message: VFileMessage): string | undefined {
  if (!message.fatal || message.ruleId) return undefined
  const reasons: string[] = []
  let cause: unknown = message.cause
  while (cause instanceof Error) {
    if (cause instanceof StrategyConfigError || cause.name === 'StrategyConfigError') return firstLine(cause.message)
    reasons.push(firstLine(cause.message))
    cause = cause.cause
  }
  if (message.reason === 'No such file or folder') return `No such file or folder: ${message.file || 'input'}`
  return [message.reason === 'Cannot process file' ? '' : message.reason, ...reasons].filter(Boolean).join(': ') || message.reason
}

/** File-system errors reading one file (a broken link, no permission), as opposed to a problem with the setup. */
const READ_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'EIO', 'ENAMETOOLONG', 'ENOTDIR'])

function isReadProblem(message: VFileMessage): boolean {
  const code = (message.cause as {code?: unknown} | undefined)?.code
  return message.fatal === true && !message.ruleId && typeof code === 'string' && READ_ERRORS.has(code)
}

/** A path given on the command line that cannot be read is a usage error (exit 2), not a finding. */
function namedOnCommandLine(file: VFile, options: CliOptions, cwd: string): boolean {
  const target = path.resolve(cwd, file.path)
  return options.paths.some((given) => path.resolve(cwd, given) === target)
}

function markUnreadable(message: VFileMessage): void {
  const cause = firstLine((message.cause as Error).message)
  message.reason = `Cannot read this file (${cause}); it was not linted: fix the file or its permissions, or ignore it in .remarkignore`
  message.message = message.reason
  // The cause is in the reason; a reporter would print its stack after it.
  message.cause = undefined
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim()
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function isError(message: VFileMessage): boolean {
  return message.fatal === true
}

function toJson(files: VFile[]): string {
  return JSON.stringify(
    files.map((file) => ({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      ...(file.data.strategySkipped ? {skipped: file.data.strategySkipped} : {}),
      messages: [...file.messages].sort(byPlace).map((message) => ({
        reason: message.reason,
        line: message.line ?? null,
        column: message.column ?? null,
        position: message.place && 'start' in message.place ? message.place : null,
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        fatal: message.fatal ?? null,
        stack: null,
        url: message.url ?? null,
        note: message.note ?? null,
        ...(message.expected ? {expected: message.expected} : {}),
        ...(message.actual !== undefined ? {actual: message.actual} : {})
      }))
    }))
  )
}

/** A file the walk did not open (a FIFO, a device): a report entry with one warning saying so. */
function skippedFile(special: {path: string; kind: string}, cwd: string): VFile {
  const file = new VFileClass({path: special.path, cwd})
  file.message(`Not linted: this is ${special.kind}, not a regular file, so it was not read; only regular files are linted (remove it, or ignore it in .remarkignore)`, {
    source: 'strategy-lint'
  }).fatal = false
  return file
}

/** Configuration files unified-engine reads as data (the .js ones are code); `package.json` counts by its `remarkConfig`. */
const DATA_RC_FILES = ['.remarkrc', '.remarkrc.json', '.remarkrc.yaml', '.remarkrc.yml']

/**
 * A remark configuration that is not an object (`[1,2,3]`, `"text"`, `42`):
 * unified-engine would take it as "no plugins" and every file would pass
 * unchecked. Looks at the nearest configuration of each linted file's folder,
 * as the engine does; returns the problem, if any. Unreadable or unparsable
 * files are left to the engine, which reports them.
 */
function nonObjectConfiguration(files: readonly string[], cwd: string): string | undefined {
  const seen = new Set<string>()
  const folders = new Set(files.map((file) => path.dirname(path.resolve(cwd, file))))
  for (let folder of folders) {
    for (;;) {
      if (seen.has(folder)) break
      seen.add(folder)
      let found = false
      for (const name of [...DATA_RC_FILES, 'package.json']) {
        const file = path.join(folder, name)
        let text: string
        try {
          text = fs.readFileSync(file, 'utf8')
        } catch {
          continue
        }
        let value: unknown
        try {
          value = name.endsWith('.yaml') || name.endsWith('.yml') ? parseYaml(text) : JSON.parse(text)
        } catch {
          found = name !== 'package.json'
          if (found) break
          continue
        }
        if (name === 'package.json') {
          if (!isObject(value) || value.remarkConfig === undefined) continue
          value = value.remarkConfig
        }
        found = true
        if (!isObject(value)) {
          const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
          const where = path.relative(cwd, file) || file
          return `${where}${name === 'package.json' ? '#remarkConfig' : ''} is ${what}, not a configuration: it must be an object such as {"plugins": ["remark-lint-strategy"]} (with it, the files below ${path.relative(cwd, folder) || '.'} would be checked by nothing)`
        }
        break
      }
      const parent = path.dirname(folder)
      if (found || parent === folder) break
      folder = parent
    }
  }
  return undefined
}

function what(flag: string): string {
  return flag === '--output-file' ? 'report' : flag === '--cache-location' ? 'cache' : 'suppressions'
}

/**
 * Why `--output-file`, `--cache-location` or `--suppressions-location` must not be written, if so: it is,
 * or resolves to (through links), a file being linted, or it is a Markdown file.
 */
function refuseOutputPath(options: CliOptions, cwd: string, walked: WalkResult): string | undefined {
  const candidates: Array<[string, string | undefined]> = [
    ['--output-file', options.outputFile],
    ['--cache-location', options.cache ? (options.cacheLocation ?? DEFAULT_CACHE_FILE) : options.cacheLocation],
    ['--suppressions-location', options.suppressionsLocation]
  ]
  for (const [flag, given] of candidates) {
    if (given === undefined) continue
    let target = path.resolve(cwd, given)
    if (flag === '--cache-location') {
      try {
        if (/[\\/]$/.test(given) || fs.statSync(target).isDirectory()) target = path.join(target, DEFAULT_CACHE_FILE)
      } catch {
        // Not there yet: a file.
      }
    }
    let real = target
    try {
      real = fs.realpathSync(target)
    } catch {
      // Not there yet, or a link to nowhere: check the path itself.
    }
    const names = [target, real]
    if (names.some((name) => walked.realFiles.has(name))) {
      return `${flag} ${given} is a file being linted${real === target ? '' : ` (it resolves to ${path.relative(cwd, real) || real})`}; refusing to overwrite it: write the ${what(flag)} to another file`
    }
    const markdown = names.find((name) => MARKDOWN_EXTENSIONS.includes(path.extname(name).slice(1).toLowerCase()))
    if (markdown) {
      return `${flag} ${given} ${markdown === target ? 'is' : `resolves to ${path.relative(cwd, markdown) || markdown}, which is`} a Markdown file; refusing to overwrite it: write the ${what(flag)} to a file that is not Markdown (such as report.json)`
    }
  }
  return undefined
}

/** Run the CLI; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'init') return runInit(argv.slice(1), io)
  const options = usage(() => parseCliArguments(argv), io)
  if (options === undefined) return 2
  if (options === 'help') {
    io.stdout(HELP)
    return 0
  }
  if (options === 'version') {
    io.stdout(`${version}\n`)
    return 0
  }

  const cores = defaultConcurrency()
  if (options.concurrency > cores) {
    io.stderr(`strategy-lint: --concurrency ${options.concurrency} is more than the ${cores} CPU cores; using ${cores}\n`)
    options.concurrency = cores
  }

  let walked: WalkResult
  try {
    walked = await walk(options.paths, io.cwd, MARKDOWN_EXTENSIONS)
  } catch (error) {
    io.stderr(`strategy-lint: cannot list the files to lint: ${oneLine(error)}\n`)
    return 2
  }
  if (options.ignorePath !== undefined) {
    // Checked here too: with no files to lint the engine, which would report it, does not run.
    try {
      fs.accessSync(path.resolve(io.cwd, options.ignorePath), fs.constants.R_OK)
    } catch (error) {
      io.stderr(`strategy-lint: cannot read --ignore-path ${options.ignorePath}: ${oneLine(error)}\n`)
      return 2
    }
  }
  if (options.errorOnUnmatchedPattern && walked.unmatched.length > 0) {
    const [first] = walked.unmatched
    io.stderr(
      `strategy-lint: No Markdown files matching the pattern \`${first}\` were found${walked.unmatched.length > 1 ? ` (nor for ${walked.unmatched.length - 1} more)` : ''}; ` +
        'check the path or glob (quote globs so the shell does not expand them), or pass --no-error-on-unmatched-pattern\n'
    )
    return 2
  }
  const badRc = nonObjectConfiguration(walked.files, io.cwd)
  if (badRc) {
    io.stderr(`strategy-lint: ${badRc}\n`)
    return 2
  }
  const refused = refuseOutputPath(options, io.cwd, walked)
  if (refused) {
    io.stderr(`strategy-lint: ${refused}\n`)
    return 2
  }
  const engineOptions = {...options, paths: walked.files}

  const cache = options.cache ? new LintCache(options, io.cwd) : undefined
  let context: Context
  try {
    if (walked.files.length === 0) context = {files: []} as unknown as Context
    else if (options.concurrency > 1 || (options.timeBudget > 0 && workersAvailable())) context = await lintInParallel(engineOptions, io, cache)
    else context = await lintSerially(engineOptions, io, cache)
  } catch (error) {
    io.stderr(`strategy-lint: ${oneLine(error)}\n`)
    return 2
  }
  if (cache) {
    const problem = cache.save()
    if (problem) io.stderr(`strategy-lint: warning: cannot write the cache ${cache.file}: ${problem}\n`)
  }

  const files = (context.files ?? []).filter((file) => !file.data.unifiedEngineIgnored)
  for (const special of walked.skipped) files.push(skippedFile(special, io.cwd))
  for (const file of files) {
    for (const message of file.messages) {
      // A file found in a folder that cannot be read is that file's problem: report it, lint the others.
      if (isReadProblem(message) && !namedOnCommandLine(file, options, io.cwd)) {
        markUnreadable(message)
        continue
      }
      const problem = setupProblem(message)
      if (problem) {
        io.stderr(`strategy-lint: ${problem}\n`)
        return 2
      }
    }
  }

  if (options.fix) {
    const problem = await fixFiles(files, options, io)
    if (problem) {
      io.stderr(`strategy-lint: ${problem}\n`)
      return 2
    }
  }
  const outcome = classify(files, options, io.cwd)
  if (options.verbose) explain(outcome, io)
  const suppressed = suppress(files, options, io)
  if (suppressed === undefined) return 2
  outcome.suppressed = suppressed.suppressed

  if (options.quiet) {
    for (const file of files) file.messages = file.messages.filter(isError)
  }
  const reported = files
  const errors = reported.reduce((sum, file) => sum + file.messages.filter(isError).length, 0)
  const warnings = reported.reduce((sum, file) => sum + file.messages.filter((message) => !isError(message)).length, 0)

  if (options.outputFile === undefined) {
    io.stdout(render(options.format, reported, io.cwd, {color: io.color, columns: io.columns}, outcome, options.verbose))
  } else {
    const target = path.resolve(io.cwd, options.outputFile)
    try {
      fs.mkdirSync(path.dirname(target), {recursive: true})
      fs.writeFileSync(target, render(options.format, reported, io.cwd, {color: false, columns: undefined}, outcome, options.verbose))
    } catch (error) {
      io.stderr(`strategy-lint: cannot write --output-file ${options.outputFile}: ${oneLine(error)}\n`)
      return 2
    }
    io.stdout(render('stylish', reported, io.cwd, {color: io.color, columns: io.columns}, outcome, options.verbose))
  }

  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`strategy-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

/** What the run did with each file: checked as a type, or skipped because no type applies. */
interface Outcome {
  checked: number
  /** Findings hidden by the suppressions file. */
  suppressed: number
  /** Files no document type applies to: no strategy rule checked them. */
  skipped: VFile[]
  /** Folders whose remark configuration did not list remark-lint-strategy (it was added). */
  pluginAdded: string[]
}

/** Where the user reads how a document's type is found. */
const DOCUMENT_TYPES_URL = `${DOCS_URL}strategy-document-type.md`

/** Why a file without a type was not checked, and how to give it one. */
const NO_TYPE = 'no document type'
const HOW_TO_TYPE =
  `declare one in front matter (\`type: strategy\`), pass \`--type <id>\` (${builtinTypes.map((type) => type.id).join(', ')}, or a configured type), ` +
  'or match the file with `globs` in the configuration'

/**
 * Count checked and skipped files. A file no type applies to gets no message
 * from the type rules, so it would be reported as if it passed: it is counted
 * as skipped instead, and when it was named on the command line (not found in
 * a folder or by a glob) it gets one warning saying how to give it a type.
 */
function classify(files: VFile[], options: CliOptions, cwd: string): Outcome {
  const outcome: Outcome = {checked: 0, suppressed: 0, skipped: [], pluginAdded: []}
  const added = new Set<string>()
  for (const file of files) {
    if (file.data.strategyPluginAdded) added.add(path.dirname(path.relative(cwd, path.resolve(cwd, file.path))) || '.')
    if (typeof file.data.strategyType === 'string') {
      outcome.checked++
      continue
    }
    if (file.data.strategyType !== null) continue
    outcome.skipped.push(file)
    file.data.strategySkipped = NO_TYPE
    if (options.warnUntyped && namedOnCommandLine(file, options, cwd)) {
      const message = file.message(`No document type detected, so no strategy rule checked this file; ${HOW_TO_TYPE}`, {
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
 * `--fix` / `--fix-dry-run` (src/fix.ts): apply each file's mechanical fixes
 * and lint the fixed text again, pass after pass, until none applies; the
 * files' messages become those of the fixed text, so the report says what
 * remains. `--fix` writes a file only when its text changed; `--fix-dry-run`
 * writes nothing and prints a unified diff (on stdout before a stylish report,
 * on stderr beside a machine format). Returns a problem that stops the run.
 */
async function fixFiles(files: VFile[], options: CliOptions, io: CliIo): Promise<string | undefined> {
  const settings = engineSettings(options, io.cwd)
  const originals = new Map<VFile, string>()
  const texts = new Map<VFile, string>()
  // Positions count from after a byte order mark: fixes apply to the text without it, and it is put back on writing.
  const boms = new Set<VFile>()
  let pending = files.filter((file) => !file.messages.some((message) => message.ruleId === LINT_FAILED) && !file.data.strategyUtf16)
  let applied = 0
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    const changed: VFile[] = []
    for (const file of pending) {
      let text = texts.get(file)
      if (text === undefined) {
        text = String(file.value ?? '')
        if (text.startsWith('\uFEFF')) {
          boms.add(file)
          text = text.slice(1)
        }
      }
      const result = applyFixes(text, file.messages)
      if (result.applied === 0 || result.text === text) continue
      if (!originals.has(file)) originals.set(file, text)
      texts.set(file, result.text)
      applied += result.applied
      changed.push(file)
    }
    if (changed.length === 0) break
    const results = await lintFiles(
      settings,
      changed.map((file) => ({path: path.resolve(file.cwd, file.path), value: texts.get(file)!}))
    )
    changed.forEach((file, index) => {
      file.messages = []
      for (const message of results[index].messages) restoreMessage(file, message)
      if (results[index].type !== undefined) file.data.strategyType = results[index].type
      if (results[index].status !== undefined) file.data.strategyStatus = results[index].status
    })
    pending = changed
  }
  const diffs: string[] = []
  for (const [file, withoutBom] of originals) {
    const bom = boms.has(file) ? '\uFEFF' : ''
    const before = bom + withoutBom
    const after = bom + texts.get(file)!
    const shown = path.relative(io.cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
    if (options.fix === 'dry-run') {
      diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after, '', '', {context: 3}).replace(/^=+\n/, ''))
      continue
    }
    try {
      fs.writeFileSync(path.resolve(file.cwd, file.path), after)
    } catch (error) {
      return `cannot write the fixes to ${shown}: ${oneLine(error)}`
    }
    file.value = after
  }
  const counted = `${applied} ${applied === 1 ? 'problem' : 'problems'} in ${originals.size} ${originals.size === 1 ? 'file' : 'files'}`
  if (options.fix === 'dry-run') {
    const diff = diffs.join('')
    if (options.format === 'stylish' && options.outputFile === undefined) io.stdout(diff ? `${diff}\n` : '')
    else io.stderr(diff)
    io.stderr(`strategy-lint: would fix ${counted} (--fix-dry-run wrote nothing); the report shows what would remain\n`)
  } else if (applied > 0) {
    io.stderr(`strategy-lint: fixed ${counted}; the report shows what remains\n`)
  }
  return undefined
}

/**
 * Record, prune and apply the suppressions file (src/suppressions.ts); says
 * on stderr what it wrote and what it hid when the report format cannot say
 * it. Undefined when the file cannot be read or written (exit 2).
 */
function suppress(files: VFile[], options: CliOptions, io: CliIo): Applied | undefined {
  const given = options.suppressionsLocation
  const file = path.resolve(io.cwd, given ?? DEFAULT_SUPPRESSIONS_FILE)
  const shown = path.relative(io.cwd, file) || file
  const recording = options.suppressAll || options.suppressRules.length > 0
  try {
    const suppressions = readSuppressions(file, (given !== undefined && !recording) || options.pruneSuppressions)
    if (recording) {
      recordSuppressions(suppressions, files, io.cwd, options.suppressAll ? undefined : new Set(options.suppressRules))
      writeSuppressions(file, suppressions)
    } else if (options.pruneSuppressions) {
      const changed = pruneSuppressions(suppressions, files, io.cwd)
      writeSuppressions(file, suppressions)
      io.stderr(`strategy-lint: pruned ${changed} ${changed === 1 ? 'entry' : 'entries'} of ${shown} that no longer occur\n`)
    }
    const applied = applySuppressions(suppressions, files, io.cwd)
    if (recording) io.stderr(`strategy-lint: recorded ${applied.suppressed} ${applied.suppressed === 1 ? 'finding' : 'findings'} in ${shown}; later runs report only what is new\n`)
    else if (applied.suppressed > 0 && options.format !== 'stylish') io.stderr(`strategy-lint: ${applied.suppressed} suppressed (recorded in ${shown})\n`)
    if (applied.stale > 0) {
      io.stderr(`strategy-lint: ${applied.stale} suppressed ${applied.stale === 1 ? 'finding no longer occurs' : 'findings no longer occur'} as often as recorded in ${shown}; run with --prune-suppressions to lower the counts\n`)
    }
    return applied
  } catch (error) {
    io.stderr(`strategy-lint: ${error instanceof SuppressionsError ? error.message : `cannot write the suppressions file ${shown}: ${oneLine(error)}`}\n`)
    return undefined
  }
}

/** `--verbose`: what the report does not show, on stderr so machine formats on stdout stay valid. */
function explain(outcome: Outcome, io: CliIo): void {
  for (const folder of outcome.pluginAdded) {
    io.stderr(
      `strategy-lint: the remark configuration for ${folder} does not list remark-lint-strategy; added it with its defaults (the rest of that configuration still applies)\n`
    )
  }
  for (const file of outcome.skipped) io.stderr(`strategy-lint: skipped ${escapeControls(file.path)}: ${NO_TYPE}\n`)
  if (outcome.skipped.length > 0) io.stderr(`strategy-lint: to check a skipped file, ${HOW_TO_TYPE}\n`)
}

/** The stylish report's last line: how many files were checked and skipped. */
function summaryLine(outcome: Outcome, clean: boolean, verbose: boolean): string {
  const checked = `${outcome.checked} ${outcome.checked === 1 ? 'file' : 'files'} checked`
  const skipped = outcome.skipped.length > 0 ? `${outcome.skipped.length} skipped: ${NO_TYPE}${verbose ? '' : ' (--verbose lists them)'}` : ''
  const suppressed = outcome.suppressed > 0 ? `; ${outcome.suppressed} suppressed (${outcome.suppressed === 1 ? 'a finding' : 'findings'} recorded in the suppressions file)` : ''
  return `${checked}${clean ? ', no problems' : ''}${skipped ? `; ${skipped}` : ''}${suppressed}\n`
}

/** The report in `format`, ending with a newline. */
function render(format: Format, files: VFile[], cwd: string, terminal: {color: boolean; columns: number | undefined}, outcome: Outcome, verbose: boolean): string {
  if (format === 'json') return `${toJson(files)}\n`
  if (format === 'stylish') {
    const report = formatStylish(files, terminal)
    return report ? `${report}${summaryLine(outcome, false, verbose)}` : summaryLine(outcome, true, verbose)
  }
  return formatReport(format as ReportFormat, toReportInput(files, repositoryRoot(cwd), version))
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
