/**
 * The command line of `strategy-lint` and `strategy-lint init`, parsed
 * strictly with node:util's parseArgs; every problem is a `UsageError` of one
 * line (exit 2).
 */
import os from 'node:os'
import {parseArgs} from 'node:util'
import {closestId} from '../model/comment-control.js'
import {findType} from '../model/detect.js'
import {builtinTypes} from '../types/doc-types.js'
import {REPORT_FORMATS} from '../formats/index.js'
import {configuredWorkerSize} from '../engine/pool.js'
import {ruleIds} from '../rules.js'
import type {CliIo} from './io.js'

/**
 * What may name a configured type on the command line: a `types` key of
 * schema/options.schema.json (`^[a-z][a-z0-9-]*$`) as written before the
 * normalisation the plugin applies (src/model/detect.ts `normaliseId`: any case,
 * `_` for `-`), so `Design_Doc` names `design-doc`. Spaces are refused here:
 * a command-line value with a space is a typo more often than a name.
 */
const TYPE_ID = /^[a-z][a-z0-9_-]*$/i

export const FORMATS = ['stylish', 'json', 'unix', ...REPORT_FORMATS] as const
export type Format = (typeof FORMATS)[number]

export interface CliOptions {
  paths: string[]
  format: Format
  quiet: boolean
  maxWarnings: number | undefined
  type: string | undefined
  ignorePath: string | undefined
  gitignore: boolean
  /**
   * Patterns the engine ignores besides `.remarkignore`: set by the run once it has asked git (src/cli/lint.ts,
   * `gitIgnored`), never by an argument.
   */
  ignorePatterns?: string[]
  outputFile: string | undefined
  /** `--cache`: reuse the results of files unchanged since the last run. */
  cache: boolean
  /** `--cache-location`: where the cache lives (default `.strategylintcache` in the working folder). */
  cacheLocation: string | undefined
  /** `--concurrency`: how many worker processes may lint at once. */
  concurrency: number
  /** `--time-budget`: seconds each file may take to parse and check; 0 for no limit (and, with --concurrency 1, no worker process). */
  timeBudget: number
  /** Characters of Markdown that pay for starting a worker process (`STRATEGY_LINT_WORKER_SIZE`, for tests and tuning). */
  workerSize: number
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
  /** `--config <file>`: the one remark configuration for every file, instead of the ones found from each file's folder. */
  configPath: string | undefined
  /** False with `--no-config`: no remark configuration is looked for; every file gets the built-in setup. */
  detectConfig: boolean
  /** `--stdin`: lint the text on standard input instead of files (src/cli/stdin.ts). */
  stdin: boolean
  /** `--stdin-filename <file>`: the path the `--stdin` text is checked and reported as (configuration, `globs`, folder type). */
  stdinFilename: string | undefined
}

/** The default `--time-budget`, in seconds. */
export const DEFAULT_TIME_BUDGET = 10

export interface InitOptions {
  type: string
  title: string | undefined
  output: string | undefined
  /** `--config`: the remark configuration whose `types` name the type, as a lint run with `--config` reads it. */
  configPath: string | undefined
}

export class UsageError extends Error {
  override name = 'UsageError'
}

function strictArguments<T>(help: string, flags: readonly string[], elsewhere: Readonly<Record<string, string>>, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as Error & {code?: string}, flags, elsewhere)} (see ${help})`)
  }
}

/** Flags of the tools users come from (remark, ESLint, markdownlint) and what does their work here. */
const LINT_FLAGS_ELSEWHERE: Readonly<Record<string, string>> = {
  '--frail': '`--max-warnings 0` (remark\'s --frail: fail on warnings)',
  '--rc-path': '`--config <file>`',
  '--output': '`--output-file <file>` (a report; --fix rewrites the documents)',
  '--silent': '`--quiet`',
  '--no-color': 'the environment variable NO_COLOR=1',
  '--ignore-pattern': 'a pattern in .remarkignore (or `--ignore-path <file>`)'
}

/** `init`'s flags that users write as the linting command's. */
const INIT_FLAGS_ELSEWHERE: Readonly<Record<string, string>> = {'--output-file': '`--output <file>`', '--type': 'the type as the first argument (`init strategy`)'}

/** node:util parseArgs's errors, which quote unevenly and suggest `--` tricks, as one plain line. */
function argumentProblem(error: Error & {code?: string}, flags: readonly string[], flagsElsewhere: Readonly<Record<string, string>>): string {
  const message = error.message.split('\n')[0]
  const option = /'(-[^']*?)'/.exec(message)?.[1]
  // `-f, --format <value>`: the long form names the flag.
  const flag = option?.split(', ').at(-1)?.replace(/ <value>$/, '')
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    const name = flag.split('=')[0]
    const elsewhere = flagsElsewhere[name]
    const meant = elsewhere ? undefined : name.startsWith('--') ? closestId(name.slice(2), flags) : undefined
    return `unknown option \`${flag}\`${elsewhere ? `; here that is ${elsewhere}` : meant ? `; did you mean \`--${meant}\`?` : ''}`
  }
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

/** The longest time budget a timer can hold, in seconds; a longer one means no limit. */
const MAX_TIME_BUDGET = Math.floor((2 ** 31 - 1) / 1000)

/** The command line's options, as node:util parseArgs takes them. */
const CLI_OPTIONS = {
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
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

export function parseCliArguments(argv: string[], env: Readonly<Record<string, string | undefined>> = process.env): CliOptions | 'help' | 'version' {
  const parsed = strictArguments('--help', Object.keys(CLI_OPTIONS), LINT_FLAGS_ELSEWHERE, () =>
    parseArgs({
      args: joinNegativeNumbers(argv, new Set(['--max-warnings', '--concurrency', '--time-budget'])),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: CLI_OPTIONS
    })
  )
  checkValueTokens(parsed.tokens, CLI_OPTIONS)
  const {values, positionals} = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`; use one of ${FORMATS.join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    // (Spaces around a number are taken, as for --time-budget and --date: `--max-warnings " 1"` from a template.)
    const given = values['max-warnings'].trim()
    // `-1` is no limit, as in ESLint (a copied CI line failed); a number too large to hold is no limit either.
    if (!/^(?:\d+|-1)$/.test(given)) throw new UsageError(`--max-warnings needs a whole number >= 0 (or -1 for no limit), got \`${values['max-warnings']}\``)
    const limit = Number(given)
    maxWarnings = limit === -1 ? undefined : Math.min(limit, Number.MAX_SAFE_INTEGER)
  }
  let concurrency = defaultConcurrency()
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency)
    if (!/^\d+$/.test(values.concurrency.trim()) || concurrency < 1) {
      throw new UsageError(`--concurrency needs a whole number >= 1, got \`${values.concurrency}\``)
    }
    // (A whole number, too large to hold exactly: "needs a whole number" would not say what is wrong with it.)
    if (!Number.isSafeInteger(concurrency)) throw new UsageError(`--concurrency \`${values.concurrency}\` is too large; give at most the number of CPU cores (${os.availableParallelism()})`)
  }
  let timeBudget = DEFAULT_TIME_BUDGET
  // (`--time-budget "$BUDGET"` with the variable unset is a mistake to say, as an empty --date is; the environment
  // variable set empty is unset.)
  if (values['time-budget'] !== undefined && values['time-budget'].trim() === '') throw new UsageError('--time-budget needs a number of seconds >= 0 (0 for no limit), got an empty value')
  const budgetText = values['time-budget'] ?? env.STRATEGY_LINT_TIME_BUDGET
  if (budgetText !== undefined && budgetText.trim() !== '') {
    timeBudget = Number(budgetText)
    if (!/^\d+(?:\.\d+)?$/.test(budgetText.trim()) || !Number.isFinite(timeBudget)) {
      const from = values['time-budget'] === undefined ? 'STRATEGY_LINT_TIME_BUDGET' : '--time-budget'
      throw new UsageError(`${from} needs a number of seconds >= 0 (0 for no limit), got \`${budgetText}\``)
    }
    // Node's timers hold at most 2^31 - 1 ms (24.8 days) and fire at once beyond it: a huge budget, written to mean
    // "no limit", stopped every file. It is no limit.
    if (timeBudget > MAX_TIME_BUDGET) timeBudget = 0
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
    const hint = unknownRuleHint(id)
    if (hint) throw new UsageError(`Unknown rule \`${id}\` for --suppress-rule; ${hint}`)
  }
  if (values['fix-dry-run'] && (values['suppress-all'] || suppressRules.length > 0 || values['prune-suppressions'])) {
    // Its findings are those of the fixed text, which is not written: recorded, they would not match the files on disk.
    throw new UsageError('--fix-dry-run reports the text the fixes would write, not the files on disk: record or prune suppressions in a run without it')
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one of them')
  if (values['suppress-all'] && suppressRules.length > 0) throw new UsageError('--suppress-all already records every rule; drop --suppress-rule, or --suppress-all')
  if (values['prune-suppressions'] && (values['suppress-all'] || suppressRules.length > 0)) {
    throw new UsageError('--prune-suppressions cannot be combined with --suppress-all or --suppress-rule: run them one after the other')
  }
  if (values['cache-location'] !== undefined && !values.cache) {
    // Peers ignore it in silence; then a run that was meant to use a cache quietly checks every file again.
    throw new UsageError('--cache-location names the file --cache keeps its results in, and --cache is not given: add --cache, or drop --cache-location')
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config names the configuration to use and --no-config uses none: give one of them')
  const stdin = values.stdin ?? false
  if (stdin || values['stdin-filename'] !== undefined) checkStdin(stdin, positionals, values)
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    quiet: values.quiet ?? false,
    maxWarnings,
    type,
    ignorePath: nonEmpty(values['ignore-path'], '--ignore-path'),
    gitignore: !values['no-gitignore'],
    outputFile: nonEmpty(values['output-file'], '--output-file'),
    cache: values.cache ?? false,
    cacheLocation: nonEmpty(values['cache-location'], '--cache-location'),
    concurrency,
    timeBudget,
    workerSize: configuredWorkerSize(env),
    verbose: values.verbose ?? false,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    warnUntyped: !values['no-warn-untyped'],
    suppressAll: values['suppress-all'] ?? false,
    suppressRules,
    pruneSuppressions: values['prune-suppressions'] ?? false,
    suppressionsLocation: nonEmpty(values['suppressions-location'], '--suppressions-location'),
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    date: values.date === undefined ? undefined : checkedDate(values.date),
    configPath: nonEmpty(values.config, '--config'),
    detectConfig: !values['no-config'],
    stdin,
    stdinFilename: nonEmpty(values['stdin-filename'], '--stdin-filename')
  }
}

/** The formats a CI service reads as annotations on the repository's files, by path. */
const ANNOTATING_FORMATS = new Set(['sarif', 'github', 'gitlab'])

/** `--stdin` lints one text that is on no disk: the options that name files, write them or keep state for them do not apply. */
function checkStdin(stdin: boolean, positionals: readonly string[], values: Record<string, unknown>): void {
  if (!stdin) throw new UsageError('--stdin-filename names the text read with --stdin: add --stdin, or give the file as a path')
  if (positionals.length > 0) {
    throw new UsageError(`--stdin lints the text on standard input, so it takes no paths (got ${positionals.join(' ')}); name that text with --stdin-filename <file>`)
  }
  if (values.fix) throw new UsageError('--fix writes files, and --stdin has none to write: use --fix-dry-run to see the fixes as a diff')
  if (values.cache) throw new UsageError('--cache keeps the results of files on disk; it does not apply to --stdin: drop one of them')
  const format = values.format as string | undefined
  if (format !== undefined && ANNOTATING_FORMATS.has(format) && values['stdin-filename'] === undefined) {
    // Their findings are annotations on a repository's files: one on `<stdin>` matches none and is dropped in silence.
    throw new UsageError(`--format ${format} annotates files of the repository, and text on standard input has no name: add --stdin-filename <path of the file it is>`)
  }
  for (const flag of ['suppress-all', 'suppress-rule', 'prune-suppressions']) {
    if (values[flag] !== undefined && values[flag] !== false) {
      throw new UsageError(`--${flag} records the findings of the files on disk; run it without --stdin (--stdin still applies the recorded suppressions)`)
    }
  }
}

type ParsedToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]

/**
 * What node's parser takes without a word: an option of one value given twice, of which it keeps the last (a CI
 * template's `-o` and a job's own: one report went missing), and a short option written `-o=x.json`, whose value it
 * takes as `=x.json` (a report file named so, `Unknown format \`=json\``).
 */
function checkValueTokens(tokens: readonly ParsedToken[] | undefined, options: Readonly<Record<string, {type: string; short?: string; multiple?: boolean}>>): void {
  const given = new Map<string, string[]>()
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.type !== 'string') continue
    const value = token.value ?? ''
    if (token.inlineValue && /^-[^-]$/.test(token.rawName) && value.startsWith('=')) {
      throw new UsageError(`\`${token.rawName}${value}\`: a short option takes its value after a space (\`${token.rawName} ${value.slice(1)}\`) or as \`--${token.name}=${value.slice(1)}\``)
    }
    if (options[token.name].multiple) continue
    const values = given.get(token.name) ?? []
    values.push(value)
    given.set(token.name, values)
    if (values.length === 2) {
      throw new UsageError(`--${token.name} is given twice (\`${values[0]}\`, then \`${values[1]}\`) and takes one value; give it once`)
    }
  }
}

/** `--date`: a real calendar day written `YYYY-MM-DD`. */
function checkedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  // (`setUTCFullYear`, not `Date.UTC`, which reads the years 0-99 as 1900-1999: `0099-01-01` was refused.)
  const day = match ? new Date(0) : undefined
  day?.setUTCFullYear(Number(match![1]), Number(match![2]) - 1, Number(match![3]))
  if (!match || !day || isoDay(day) !== match[0]) throw new UsageError(`--date needs a day written YYYY-MM-DD (such as 2027-03-31), got \`${value}\``)
  return match[0]
}

/** A date's day as `YYYY-MM-DD`, the year in four digits (`toISOString` writes years before 1 or after 9999 with a sign). */
function isoDay(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`
}

/** The default `--concurrency`: one worker per core. */
export function defaultConcurrency(): number {
  return Math.max(1, os.availableParallelism())
}

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${option} needs a file name`)
  return value
}

export function parseInitArguments(argv: string[]): InitOptions | 'help' {
  const options = {title: {type: 'string'}, output: {type: 'string', short: 'o'}, config: {type: 'string', short: 'c'}, help: {type: 'boolean', short: 'h'}} as const
  const parsed = strictArguments('strategy-lint init --help', Object.keys(options), INIT_FLAGS_ELSEWHERE, () => parseArgs({args: argv, allowPositionals: true, strict: true, tokens: true, options}))
  checkValueTokens(parsed.tokens, options)
  const {values, positionals} = parsed
  if (values.help) return 'help'
  const ids = builtinTypes.map((entry) => entry.id).join(' or ')
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? `init needs a document type: ${ids}` : `init takes one document type, got ${positionals.length}: ${positionals.join(' ')}`
    )
  }
  // A built-in type by any of its names; another id may name a type configured under `types`, which init looks up in the configuration.
  const found = findType(builtinTypes, positionals[0])
  if (!found && !TYPE_ID.test(positionals[0].trim())) throw new UsageError(`Unknown document type \`${positionals[0]}\` for init; use ${ids}, or a type configured under \`types\``)
  if (values.title !== undefined && values.title.trim() === '') throw new UsageError('--title needs some text')
  return {type: found ? found.id : positionals[0].trim(), title: values.title, output: nonEmpty(values.output, '--output'), configPath: nonEmpty(values.config, '--config')}
}

/** Parse arguments; a usage error is printed as one line and gives `undefined` (exit 2). */
export function usage<T>(parse: () => T, io: CliIo): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`strategy-lint: ${error.message}\n`)
    return undefined
  }
}

/**
 * For a rule id that names none of ours, what to write instead: `did you mean ...?`, or where the ids are listed;
 * `undefined` for one of ours, and for an id of another remark-lint plugin (only `strategy-` ids are checked: a
 * misspelt id of ours records or suppresses nothing).
 */
export function unknownRuleHint(id: string): string | undefined {
  if (/^[a-z][a-z0-9-]*$/.test(id) && !(id.startsWith('strategy-') && !ruleIds.includes(id))) return undefined
  const closest = closestId(id, ruleIds)
  return closest ? `did you mean \`${closest}\`?` : 'use a rule id such as `strategy-vague-goal` (docs/rules/README.md lists them)'
}
