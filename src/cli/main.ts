/**
 * The `strategy-lint` command: lints Markdown files with the project's remark
 * configuration, or with this package's built-in setup when there is none,
 * and reports in one of several formats (src/formats/), to the terminal or to
 * `--output-file`. Exit codes: 0 clean or warnings only, 1 errors (or too many
 * warnings), 2 usage or configuration error. It never writes to the files it
 * lints (except with --fix). With `--concurrency` above 1 (the default on a machine with more
 * than one core) or a time budget, the files are parsed and linted in worker processes
 * (src/engine/pool.ts), for the same report. `strategy-lint init` prints or
 * writes a skeleton document (src/types/scaffold.ts).
 *
 * `runCli(argv, io)` is the whole command without the process: bin/ and the
 * tests call it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Context} from 'unified-engine'
import type {VFile} from 'vfile'
import {LintCache} from '../engine/cache.js'
import {MARKDOWN_EXTENSIONS} from '../engine/run.js'
import {holdingSignals, writeFileWhole} from '../engine/write.js'
import {workersAvailable} from '../engine/pool.js'
import {isError, oneLine} from '../util.js'
import {version} from '../version.js'
import {walk, type WalkResult} from '../engine/walk.js'
import {defaultConcurrency, parseCliArguments, usage} from './arguments.js'
import {fixFiles} from './fix.js'
import {HELP} from './help.js'
import {runInit} from './init.js'
import type {CliIo} from './io.js'
export {colorWanted} from './io.js'
import {gitIgnored, ignoreFileLeavesOut, lintInParallel, lintSerially} from './lint.js'
import {classify, explain} from './outcome.js'
import {setupProblem} from '../engine/setup-problem.js'
import {folderFix, isReadProblem, markUnreadable, namedOnCommandLine, nonObjectConfiguration, nonObjectGivenConfiguration, refuseOutputPath, skippedFile, specialFileAmongSetup, tooLargeFile, unreadableFolder, unreadableIgnoreFile} from './problems.js'
import {render} from './report.js'
import {readStdinFile, stdinPath} from './stdin.js'
import {suppress, suppressionsReadable} from './suppress.js'
import {costlyIgnorePattern, makeFolders} from '../engine/special-files.js'

export type {CliIo} from './io.js'
export {UsageError, parseCliArguments, parseInitArguments, DEFAULT_TIME_BUDGET} from './arguments.js'

/**
 * `strategy-lint --no-config init strategy -o s.md`: `init` after an option reads as a path to lint, and `-o` as
 * `--output-file`, which then refused `s.md` as a Markdown report. When no file or folder named `init` is there, the
 * words after `init`, to say how to write the command; otherwise undefined.
 */
function initAfterOptions(argv: readonly string[], cwd: string): string | undefined {
  const at = argv.indexOf('init')
  if (at <= 0 || !argv[0].startsWith('-') || argv.slice(0, at).includes('--') || fs.existsSync(path.resolve(cwd, 'init'))) return undefined
  return argv.slice(at + 1).join(' ')
}

/** Run the CLI; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'init') return await runInit(argv.slice(1), io)
  const misplacedInit = initAfterOptions(argv, io.cwd)
  if (misplacedInit) {
    io.stderr(`strategy-lint: \`init\` comes first, before any option: \`strategy-lint init ${misplacedInit}\` (\`strategy-lint init --help\` lists its options; there is no file or folder named init here to lint)\n`)
    return 2
  }
  const options = usage(() => parseCliArguments(argv, io.env ?? process.env), io)
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
  let stdinFile: VFile | undefined
  if (options.stdin) {
    const read = await readStdinFile(options, io)
    if (typeof read === 'string') {
      io.stderr(`strategy-lint: ${read}\n`)
      return 2
    }
    stdinFile = read
    // The piped text counts as a file named on the command line (a warning when it has no type).
    options.paths = [stdinPath(options)]
    walked = {files: options.paths, realFiles: new Set(), skipped: [], unmatched: [], expanded: [], unreadable: [], tooLarge: [], missing: [], mdx: []}
  } else {
    try {
      walked = await walk(options.paths, io.cwd, MARKDOWN_EXTENSIONS)
    } catch (error) {
      io.stderr(`strategy-lint: cannot list the files to lint: ${oneLine(error)}\n`)
      return 2
    }
  }
  const namedSpecial = walked.skipped.find((special) => special.given !== undefined)
  if (namedSpecial) {
    // As a named file that does not exist: what was asked for cannot be linted. (In a folder, such a file gets a warning.)
    const stdinHint = namedSpecial.kind.startsWith('a FIFO') || /^\/dev\/(?:stdin|fd\/0)$/.test(namedSpecial.given ?? '') ? '; to lint standard input, pass --stdin' : ''
    io.stderr(`strategy-lint: cannot lint ${namedSpecial.given}: it is ${namedSpecial.kind}, not a regular file${stdinHint}\n`)
    return 2
  }
  const namedUnreadable = walked.unreadable.find((folder) => folder.named)
  if (namedUnreadable) {
    io.stderr(`strategy-lint: cannot read the folder ${namedUnreadable.path} (${namedUnreadable.cause}); ${folderFix(namedUnreadable.cause)}, or leave it out\n`)
    return 2
  }
  // Before anything reads them: a FIFO or a link to /dev/zero among them would hold the run for ever.
  const special = specialFileAmongSetup(options, io.cwd, walked.files)
  if (special) {
    io.stderr(`strategy-lint: ${special}\n`)
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
  if (!options.errorOnUnmatchedPattern && walked.missing.length > 0) {
    // (As ESLint's flag: a path that names nothing is a pattern that matches nothing.)
    const missing = new Set(walked.missing)
    walked.files = walked.files.filter((file) => !missing.has(file))
  }
  if (options.errorOnUnmatchedPattern && walked.unmatched.length > 0) {
    const [first] = walked.unmatched
    io.stderr(
      `strategy-lint: No Markdown files matching the pattern \`${first}\` were found${walked.unmatched.length > 1 ? ` (nor for ${walked.unmatched.length - 1} more)` : ''}; ` +
        `${walked.mdx.length > 0 ? `${mdxNote(walked.mdx)}; ` : ''}check the path or glob (quote globs so the shell does not expand them), or pass --no-error-on-unmatched-pattern\n`
    )
    return 2
  }
  if (options.configPath !== undefined) {
    // Checked here: the engine would make a missing one an error on every file.
    try {
      fs.accessSync(path.resolve(io.cwd, options.configPath), fs.constants.R_OK)
    } catch (error) {
      io.stderr(`strategy-lint: cannot read --config ${options.configPath}: ${oneLine(error)}\n`)
      return 2
    }
    if (fs.statSync(path.resolve(io.cwd, options.configPath)).isDirectory()) {
      // (The engine made it a `Cannot read this file` error on every document, blaming the Markdown.)
      io.stderr(`strategy-lint: --config ${options.configPath} is a folder; name the configuration file in it (such as ${path.join(options.configPath, '.remarkrc.json')})\n`)
      return 2
    }
  }
  // (The configurations found from the files' folders; with --config or --no-config none of them is read.)
  const badRc =
    options.configPath !== undefined
      ? nonObjectGivenConfiguration(options.configPath, io.cwd)
      : options.detectConfig
        ? nonObjectConfiguration(walked.files, io.cwd)
        : undefined
  if (badRc) {
    io.stderr(`strategy-lint: ${badRc}\n`)
    return 2
  }
  const badIgnore = (options.ignorePath === undefined ? unreadableIgnoreFile(walked.files, io.cwd, options.gitignore) : undefined) ?? costlyIgnorePattern(walked.files, io.cwd, options.ignorePath, options.gitignore)
  if (badIgnore) {
    io.stderr(`strategy-lint: ${badIgnore}\n`)
    return 2
  }
  const refused = refuseOutputPath(options, io.cwd, walked)
  if (refused) {
    io.stderr(`strategy-lint: ${refused}\n`)
    return 2
  }
  // What git ignores is left out here, the piped text's name too (above the working folder as well, which no pattern
  // of the engine reaches). (Unreadable folders are asked too: one that is ignored is no error.)
  const git = options.gitignore
    ? gitIgnored(io.cwd, [...walked.files, ...walked.unreadable.map((folder) => folder.path), ...walked.tooLarge.map((large) => large.path), ...walked.mdx])
    : {files: new Set<string>(), patterns: []}
  if (git.warning) io.stderr(`strategy-lint: ${git.warning}\n`)
  // (Not the MDX files an ignore file leaves out: a generated `build/` named on every run.)
  const mdx = walked.mdx.filter((file) => !git.files.has(file) && !ignoreFileLeavesOut(path.resolve(io.cwd, file), io.cwd, options.ignorePath, git.patterns, true))
  if (mdx.length > 0) io.stderr(`strategy-lint: note: ${mdxNote(mdx)}\n`)
  const toLint = git.files.size === 0 ? walked.files : walked.files.filter((file) => !git.files.has(file))
  const ignorePatterns = git.patterns
  const engineOptions = {...options, paths: toLint, ignorePatterns}
  const inputs = stdinFile ? (toLint.length > 0 ? [stdinFile] : []) : toLint

  const cache = options.cache ? new LintCache(options, io.cwd) : undefined
  let context: Context
  try {
    if (inputs.length === 0) context = {files: []} as unknown as Context
    else if (options.concurrency > 1 || (options.timeBudget > 0 && workersAvailable())) context = await lintInParallel(inputs, engineOptions, io, cache)
    else context = await lintSerially(inputs, engineOptions, io, cache)
  } catch (error) {
    io.stderr(`strategy-lint: ${oneLine(error)}\n`)
    return 2
  }
  if (cache) {
    const problem = cache.save()
    if (problem) io.stderr(`strategy-lint: warning: cannot write the cache ${cache.file}: ${problem}\n`)
  }

  const files = (context.files ?? []).filter((file) => !file.data.unifiedEngineIgnored)
  // A file named on the command line (or --stdin's) that an ignore file matches is not linted: the summary says so, so
  // that `0 files checked, no problems` is not read as a pass. Quietly, without a warning: pre-commit names every
  // staged file, ignored ones too.
  // (unified-engine drops such a file from its context, so it is the named file the context lacks.)
  const ignoredNamed = ignoredNamedFiles(options.paths, walked.files, context, io.cwd)
  const allIgnored = options.errorOnUnmatchedPattern ? whollyIgnored(walked.expanded, context, io.cwd) : undefined
  if (allIgnored !== undefined) {
    // As ESLint: a folder or glob all of whose files are ignored is a mistake in the command or the ignore file.
    io.stderr(
      `strategy-lint: All Markdown files matching \`${allIgnored}\` are ignored, by .remarkignore, --ignore-path or .gitignore; ` +
        'remove their pattern from that file (or pass --no-gitignore), or pass --no-error-on-unmatched-pattern\n'
    )
    return 2
  }
  for (const special of walked.skipped) files.push(skippedFile(special, io.cwd))
  for (const large of walked.tooLarge) {
    const ignored = git.files.has(large.path) || ignoreFileLeavesOut(path.resolve(io.cwd, large.path), io.cwd, options.ignorePath, ignorePatterns, true)
    if (!ignored) files.push(tooLargeFile(large, io.cwd))
  }
  for (const file of files) {
    for (const message of file.messages) {
      // A file found in a folder that cannot be read is that file's problem: report it, lint the others.
      if (isReadProblem(message) && !namedOnCommandLine(file, options, io.cwd)) {
        markUnreadable(message, io.cwd)
        continue
      }
      const problem = setupProblem(message)
      if (problem) {
        io.stderr(`strategy-lint: ${problem}\n`)
        return 2
      }
    }
  }
  // (After the setup check: the folder's error is fatal, as an unreadable file's, but no problem of the setup.)
  for (const folder of walked.unreadable) {
    const ignored = git.files.has(folder.path) || ignoreFileLeavesOut(path.resolve(io.cwd, folder.path), io.cwd, options.ignorePath, ignorePatterns)
    if (!ignored) files.push(unreadableFolder(folder, io.cwd))
  }

  if (options.fix) {
    if (!suppressionsReadable(options, io)) return 2
    const problem = await fixFiles(files, engineOptions, io)
    if (problem) {
      io.stderr(`strategy-lint: ${problem}\n`)
      return 2
    }
  }
  const outcome = classify(files, options, io.cwd)
  outcome.ignored = ignoredNamed
  if (options.verbose) explain(outcome, io)
  const suppressed = suppress(files, options, io)
  if (suppressed === undefined) return 2
  outcome.suppressed = suppressed.suppressed

  // Counted before --quiet hides them: `-q --max-warnings 0` must still fail on warnings (as ESLint does), not pass in silence.
  const errors = files.reduce((sum, file) => sum + file.messages.filter(isError).length, 0)
  // (Info messages, which other plugins may give, are no warnings: the report counts them apart.)
  const warnings = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0)
  if (options.quiet) {
    for (const file of files) file.messages = file.messages.filter(isError)
    outcome.quietened = warnings
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings
  if (tooManyWarnings) outcome.runFailure = `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${options.maxWarnings}`
  const reported = files

  if (options.outputFile === undefined) {
    io.stdout(render(options.format, reported, io.cwd, {color: io.color, columns: io.columns}, outcome, options.verbose))
  } else {
    const target = path.resolve(io.cwd, options.outputFile)
    try {
      makeFolders(path.dirname(target))
      const report = render(options.format, reported, io.cwd, {color: false, columns: undefined}, outcome, options.verbose)
      holdingSignals(() => writeFileWhole(target, report))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? `a folder on its path is a file (${oneLine(error)})` : oneLine(error)
      io.stderr(`strategy-lint: cannot write --output-file ${options.outputFile}: ${why}\n`)
      return 2
    }
    io.stdout(render('stylish', reported, io.cwd, {color: io.color, columns: io.columns}, outcome, options.verbose))
  }

  if (errors > 0) return 1
  if (tooManyWarnings) {
    const hidden = options.quiet ? ' (not shown: --quiet hides warnings; run without it to see them)' : ''
    io.stderr(`strategy-lint: ${outcome.runFailure}${hidden}\n`)
    return 1
  }
  return 0
}

/** The paths named on the command line that were to be linted (files, not folders or globs) and that the engine ignored. */
function ignoredNamedFiles(named: readonly string[], found: readonly string[], context: Context, cwd: string): string[] {
  const toLint = new Set(found.map((file) => path.resolve(cwd, file)))
  const linted = new Set((context.files ?? []).map((file) => path.resolve(cwd, file.path)))
  return named.filter((given) => toLint.has(path.resolve(cwd, given)) && !linted.has(path.resolve(cwd, given)))
}

/** The first folder or glob given that found Markdown files, every one of which the engine ignored. */
function whollyIgnored(expanded: WalkResult['expanded'], context: Context, cwd: string): string | undefined {
  const linted = new Set((context.files ?? []).map((file) => path.resolve(cwd, file.path)))
  return expanded.find(({files}) => files.length > 0 && files.every((file) => !linted.has(path.resolve(cwd, file))))?.input
}

/**
 * `runCli`, with an error it did not expect (a bug) said as one line and exit
 * 2 instead of a stack trace: what bin/strategy-lint.js runs.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCli(argv, io)
  } catch (error) {
    io.stderr(`strategy-lint: internal error: ${oneLine(error)}\n`)
    return 2
  }
}

/** What the run says of the MDX files it found and left out, and how to lint them. */
function mdxNote(files: readonly string[]): string {
  const which = files.length === 1 ? `${files[0]} is MDX` : `${files.length} files are MDX (${files[0]}, ...)`
  return `${which}, not Markdown, and ${files.length === 1 ? 'was' : 'were'} not linted; to lint ${files.length === 1 ? 'it' : 'them'} as Markdown, name each file on the command line (\`strategy-lint docs/*.mdx\`, unquoted, for the shell to expand), with remark-mdx in the remark configuration to read JSX`
}
