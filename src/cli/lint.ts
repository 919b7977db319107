/**
 * How a run lints the files the walk found: one engine run in this thread
 * (`--concurrency 1`, no time budget), or an engine run that configures the
 * files here and lints them in worker processes (src/engine/pool.ts).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import ignorePackage from 'ignore'
import path from 'node:path'
import type {Context} from 'unified-engine'
import type {VFile} from 'vfile'
import type {LintCache} from '../engine/cache.js'
import {lintFiles, restoreFacts, restoreMessage, runEngineBatched, type EngineSettings} from '../engine/run.js'
import {LintPool, workerCount, workersAvailable} from '../engine/pool.js'
import {holdsRepository} from '../formats/index.js'
import {firstLine, oneLine, realPathOr} from '../util.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'

/**
 * What git ignores among the files to lint. Git answers (`git check-ignore`), so a `.gitignore` in any folder of the
 * repository, `.git/info/exclude` and the user's global excludes count, from whatever folder the run starts in, and a
 * file committed to the repository is never ignored, as in git (a committed document that a pattern also matches was
 * skipped). Read from the working folder alone, a `docs/b.md` in the root's `.gitignore` was linted when the run
 * started in `docs/`, and a nested `.gitignore` never counted. Each file is asked of its own repository, so a run
 * started in a folder that holds checkouts (a CI workspace, `~/src`) honours theirs, and files above the working
 * folder too, which no ignore pattern of the engine reaches (`strategy-lint ../other/docs` linted the generated files
 * `../other/.gitignore` names).
 *
 * The CLI leaves the `files` out of what it lints. (They were given to the engine as one exact-path pattern each, which
 * it tested every file against: a repository with 8,000 git-ignored Markdown files took 10 s, and with 100,000 did not
 * finish in 13 minutes.) `patterns`, for the engine, are the working folder's `.gitignore` lines where git cannot
 * answer, or the working folder is in no repository.
 */
export interface GitIgnored {
  files: ReadonlySet<string>
  patterns: string[]
  /** Why git could not answer for a repository the files are in, and what is read instead: a warning for stderr. */
  warning?: string
}

export function gitIgnored(cwd: string, paths: readonly string[]): GitIgnored {
  const rootOf = repositoryRoots()
  const ignored = ignoredByGit(paths.map((file) => path.resolve(cwd, file)), rootOf)
  const byGit = new Set(ignored.files)
  const [failure] = ignored.failures
  // The working folder's .gitignore is read where git does not answer for it: no repository, or one git refused.
  const cwdRoot = rootOf(cwd)
  const unanswered = cwdRoot === undefined || ignored.failures.some((failed) => failed.root === cwdRoot)
  return {
    files: new Set(paths.filter((file) => byGit.has(path.resolve(cwd, file)))),
    patterns: unanswered ? workingFolderGitignore(cwd) : [],
    ...(failure ? {warning: gitFailure(failure, cwd, unanswered)} : {})
  }
}

/**
 * Whether an ignore file leaves out the files of `folder` (absolute): `--ignore-path`, or else the `.remarkignore`
 * nearest above it, as the engine finds one, with its patterns read from its own folder; or the working folder's
 * `.gitignore` lines the engine is given (`patterns`). Asked for a folder the walk could not read: its files were never
 * listed, so the engine cannot ignore them, and the error said to ignore it in .remarkignore, which then did nothing.
 * (The engine's own lookup would read the `.remarkignore` inside the folder first, which fails there.)
 */
export function ignoreFileLeavesOut(folder: string, cwd: string, ignorePath: string | undefined, patterns: readonly string[], isFile = false): boolean {
  // (Asked for a file too: one too large to read, src/engine/walk.ts, which the engine is never given.)
  const asFolder = (from: string) => {
    const relative = path.relative(from, folder)
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : `${relative.split(path.sep).join('/')}${isFile ? '' : '/'}`
  }
  const fromCwd = asFolder(cwd)
  if (patterns.length > 0 && fromCwd !== undefined && ignore().add([...patterns]).ignores(fromCwd)) return true
  const file = ignorePath === undefined ? nearestAbove(path.dirname(folder), '.remarkignore') : path.resolve(cwd, ignorePath)
  if (file === undefined) return false
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return false
  }
  const relative = asFolder(path.dirname(file))
  return relative !== undefined && ignore().add(text).ignores(relative)
}

function nearestAbove(folder: string, name: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, name))) return path.join(current, name)
    if (path.dirname(current) === current) return undefined
  }
}

/** Which of `files` (absolute) git ignores, asking each file's repository once for all of its files; or why git cannot answer. */
function ignoredByGit(files: readonly string[], rootOf: (folder: string) => string | undefined): {files: string[]; failures: GitFailure[]} {
  // A file reached through a linked folder (`docs/ext -> ../../shared`) is asked as two paths: the link, of the
  // repository the link is in (which may ignore it), and the file's real path, of the repository that holds it. Asked
  // by the path through the link, git refused the whole list (`pathspec ... is beyond a symbolic link`).
  // (Each path asked maps to every file it answers for: a linked folder ignored as a whole answers for all its files.)
  const byRoot = new Map<string, Map<string, string[]>>()
  const ask = (root: string, absolute: string, file: string) => {
    let asked = byRoot.get(root)
    if (!asked) byRoot.set(root, (asked = new Map()))
    const key = path.relative(root, absolute).split(path.sep).join('/')
    const files = asked.get(key)
    if (files) files.push(file)
    else asked.set(key, [file])
  }
  const linkOf = linkedFolders()
  for (const file of files) {
    const root = rootOf(path.dirname(file))
    const link = root === undefined ? undefined : linkOf(path.dirname(file), root)
    if (link === undefined) {
      if (root !== undefined) ask(root, file, file)
      continue
    }
    ask(root!, link, file)
    const real = realPathOr(file)
    const realRoot = rootOf(path.dirname(real))
    if (realRoot !== undefined) ask(realRoot, real, file)
  }
  const ignored: string[] = []
  const failures: GitFailure[] = []
  for (const [root, asked] of byRoot) {
    const checked = spawnSync('git', ['check-ignore', '--stdin', '-z'], {cwd: root, input: [...asked.keys()].join('\0'), encoding: 'utf8', maxBuffer: 1 << 30})
    // 0: some are ignored; 1: none is; anything else (no git, an old git, a broken repository, one git refuses as another
    // user's): read .gitignore as before.
    // (Git that refuses the repository may exit before reading the paths: its own words, not the EPIPE of writing them.)
    // (One repository git refuses loses its own answers only: the others' still count.)
    if ((checked.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return {files: [], failures: [{root, reason: 'no `git` command was found'}]}
    if (checked.error || (checked.status !== 0 && checked.status !== 1)) {
      const said = firstLine(String(checked.stderr ?? '')).replace(/^fatal:\s*/, '')
      failures.push({root, reason: said || (checked.error ? oneLine(checked.error) : `git check-ignore exited ${checked.status}`)})
      continue
    }
    for (const answer of checked.stdout.split('\0').filter(Boolean)) ignored.push(...(asked.get(answer) ?? [path.resolve(root, answer)]))
  }
  return {files: ignored, failures}
}

/** The outermost linked folder between `root` and `folder` (both absolute, `folder` in `root`), remembered per folder. */
function linkedFolders(): (folder: string, root: string) => string | undefined {
  const seen = new Map<string, string | undefined>()
  const linkOf = (folder: string, root: string): string | undefined => {
    if (folder === root || path.dirname(folder) === folder) return undefined
    if (seen.has(folder)) return seen.get(folder)
    const above = linkOf(path.dirname(folder), root)
    let link = above
    if (above === undefined) {
      try {
        if (fs.lstatSync(folder).isSymbolicLink()) link = folder
      } catch {
        // Gone: no link to ask about.
      }
    }
    seen.set(folder, link)
    return link
  }
  return linkOf
}

interface GitFailure {
  root: string
  reason: string
}

/**
 * The warning for a run whose repository git would not read: what is read instead, and, for a repository another user
 * owns (a CI container job), the command git itself suggests. (The run went on in silence, linting the drafts nested
 * `.gitignore` files leave out.)
 */
function gitFailure({root, reason}: GitFailure, cwd: string, cwdUnanswered: boolean): string {
  const owned = /dubious ownership|safe\.directory/i.test(reason) ? `; to let git read it, run \`git config --global --add safe.directory ${root}\`` : ''
  const instead = !cwdUnanswered ? `its ignore files are not read` : fs.existsSync(path.join(cwd, '.gitignore')) ? `only ${path.join(cwd, '.gitignore')} is read` : 'no .gitignore is read'
  return `warning: git cannot say which files ${root} ignores (${reason}), so ${instead}: files that nested .gitignore files, .git/info/exclude or your global excludes leave out may be linted${owned} (or pass --no-gitignore)`
}

// (CommonJS whose types declare an ES default export: imported under node16 resolution, the module is the function itself.)
const ignore = ignorePackage as unknown as typeof ignorePackage.default

/**
 * A lookup of the working tree root of the repository holding a folder (the nearest with a `.git` folder, or file for
 * worktrees and submodules), remembered per folder for one run: a run may `git init` nothing, but the next may.
 */
function repositoryRoots(): (folder: string) => string | undefined {
  const roots = new Map<string, string | undefined>()
  const rootOf = (folder: string): string | undefined => {
    if (roots.has(folder)) return roots.get(folder)
    const parent = path.dirname(folder)
    const root = holdsRepository(folder) ? folder : parent === folder ? undefined : rootOf(parent)
    roots.set(folder, root)
    return root
  }
  return rootOf
}

/** Patterns of a `.gitignore` in the working folder, so generated and vendored files are skipped. */
function workingFolderGitignore(cwd: string): string[] {
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

export function engineSettings(options: CliOptions, cwd: string): EngineSettings {
  return {
    cwd,
    type: options.type,
    date: options.date,
    ignorePath: options.ignorePath,
    ignorePatterns: options.gitignore ? (options.ignorePatterns ?? []) : [],
    configPath: options.configPath === undefined ? undefined : path.resolve(cwd, options.configPath),
    detectConfig: options.detectConfig
  }
}

/** What a run lints: the paths the walk found, or the one file `--stdin` read (src/cli/stdin.ts). */
export type Inputs = ReadonlyArray<string | VFile>

/** `--concurrency 1`: one engine run in this thread finds, reads, configures and lints every file. */
export function lintSerially(inputs: Inputs, options: CliOptions, io: CliIo, cache?: LintCache): Promise<Context> {
  return runEngineBatched(engineSettings(options, io.cwd), inputs, {cache})
}

/**
 * `--concurrency N`: this thread runs the engine as in a serial run, so files
 * are found, ignored, read and configured (and configuration errors arise)
 * exactly as there, but it parses and lints none of them: `cache.processor`'s
 * hits are replayed and every other file is set aside. Those are linted in
 * worker processes when they are enough work for them (`workerCount`), else
 * here after the run, the same way, and their messages restored onto this
 * run's files, which keep the engine's order. The workers start, and take
 * files, while this thread still reads the rest. The cache is read and
 * written here only.
 */
export async function lintInParallel(inputs: Inputs, options: CliOptions, io: CliIo, cache?: LintCache): Promise<Context> {
  const settings = engineSettings(options, io.cwd)
  /** Each file set aside, with its index among the files given to the pool. */
  const deferred = new Map<VFile, number>()
  let deferredSize = 0
  const pool = new LintPool(settings, {timeBudget: options.timeBudget})
  const canStartWorkers = workersAvailable()
  // With a time budget every file is linted in a worker process, which can be stopped; this thread cannot.
  const minimum = options.timeBudget > 0 ? 1 : 0
  try {
    const context = await runEngineBatched(settings, inputs, {cache, defer})
    const results = pool.size > 0 ? await pool.finish() : await lintFiles(settings, pool.unsent())
    for (const file of context.files ?? []) {
      const index = deferred.get(file)
      if (index === undefined) continue
      const result = results[index]
      file.messages = []
      for (const message of result.messages) restoreMessage(file, message)
      restoreFacts(file, result)
      if (result.ran) cache?.remember(file)
    }
    return context
  } finally {
    await pool.close()
  }

  function defer(file: VFile): void {
    const value = String(file.value ?? '')
    deferred.set(file, deferred.size)
    deferredSize += value.length
    // Start workers as soon as there is work enough for them; they lint what is set aside while this thread reads on.
    if (canStartWorkers) pool.grow(Math.max(minimum, workerCount(deferred.size, deferredSize, options.concurrency, options.workerSize)))
    pool.add({path: path.resolve(file.cwd, file.path), value})
  }
}
