/**
 * The `strategy-lint` command: lints Markdown files with the project's remark
 * configuration, or with this package's built-in setup when there is none.
 * Exit codes: 0 clean or warnings only, 1 errors (or too many warnings),
 * 2 usage or configuration error. It never writes to the files it lints.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import {remark} from 'remark'
import type {Plugin, Settings} from 'unified'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as stylish} from 'vfile-reporter'
import {builtinTypes} from './doc-types.js'
import {findType} from './detect.js'
import remarkLintStrategy from './index.js'
import {StrategyConfigError} from './options.js'
import {version} from './version.js'

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn', 'mkdown', 'ron']

const FORMATS = ['stylish', 'json'] as const
type Format = (typeof FORMATS)[number]

export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
}

interface CliOptions {
  paths: string[]
  format: Format
  quiet: boolean
  maxWarnings: number | undefined
  type: string | undefined
  ignorePath: string | undefined
  gitignore: boolean
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const HELP = `Usage: strategy-lint [options] [paths or globs...]

Lint engineering strategy and technical vision documents (Markdown).
Paths default to the current folder. Uses the project's remark configuration
(.remarkrc*, package.json#remarkConfig) when there is one, else the built-in setup.

Options:
  --format <name>       report format: ${FORMATS.join(', ')} (default: stylish)
  --quiet               report errors only, no warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  --type <id>           check every file as this type (${builtinTypes.map((type) => type.id).join(', ')})
  --ignore-path <file>  ignore file to use instead of .remarkignore
  --no-gitignore        do not skip files listed in .gitignore
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 clean or warnings only, 1 errors or too many warnings, 2 usage or configuration error.
`

export function parseCliArguments(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        quiet: {type: 'boolean', short: 'q'},
        'max-warnings': {type: 'string'},
        type: {type: 'string', short: 't'},
        'ignore-path': {type: 'string'},
        'no-gitignore': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`)
  }
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
  let type: string | undefined
  if (values.type !== undefined) {
    const found = findType(builtinTypes, values.type)
    if (!found) {
      throw new UsageError(
        `Unknown document type \`${values.type}\` for --type; use one of ${builtinTypes.map((entry) => entry.id).join(', ')}`
      )
    }
    type = found.id
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    quiet: values.quiet ?? false,
    maxWarnings,
    type,
    ignorePath: values['ignore-path'],
    gitignore: !values['no-gitignore']
  }
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

function runEngine(options: CliOptions, io: CliIo): Promise<Context> {
  const sink = new Writable({write: (_chunk, _encoding, done) => done()})
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark(),
        files: options.paths,
        cwd: io.cwd,
        extensions: MARKDOWN_EXTENSIONS,
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        ignorePath: options.ignorePath,
        ignorePatterns: options.gitignore ? gitignorePatterns(io.cwd) : [],
        pluginPrefix: 'remark',
        detectConfig: true,
        detectIgnore: true,
        defaultConfig: {plugins: [[remarkLintStrategy as unknown as Plugin<unknown[]>]]},
        settings: options.type ? ({strategyType: options.type} as Settings) : undefined,
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

/** Run the CLI; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options
  try {
    options = parseCliArguments(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`strategy-lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
  if (options === 'help') {
    io.stdout(HELP)
    return 0
  }
  if (options === 'version') {
    io.stdout(`${version}\n`)
    return 0
  }

  let context: Context
  try {
    context = await runEngine(options, io)
  } catch (error) {
    io.stderr(`strategy-lint: ${oneLine(error)}\n`)
    return 2
  }

  const files = (context.files ?? []).filter((file) => !file.data.unifiedEngineIgnored)
  for (const file of files) {
    for (const message of file.messages) {
      const problem = setupProblem(message)
      if (problem) {
        io.stderr(`strategy-lint: ${problem}\n`)
        return 2
      }
    }
  }

  if (options.quiet) {
    for (const file of files) file.messages = file.messages.filter(isError)
  }
  const reported = files
  const errors = reported.reduce((sum, file) => sum + file.messages.filter(isError).length, 0)
  const warnings = reported.reduce((sum, file) => sum + file.messages.filter((message) => !isError(message)).length, 0)

  if (options.format === 'json') {
    io.stdout(`${toJson(reported)}\n`)
  } else {
    const report = stylish(reported, {color: io.color, quiet: true})
    if (report) io.stdout(`${report}\n`)
    else io.stdout(`${reported.length} ${reported.length === 1 ? 'file' : 'files'} checked, no problems\n`)
  }

  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`strategy-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}
