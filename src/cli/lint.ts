/**
 * How a run lints the files the walk found: one engine run in this thread
 * (`--concurrency 1`, no time budget), or an engine run that configures the
 * files here and lints them in worker processes (src/engine/pool.ts).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {Context} from 'unified-engine'
import type {VFile} from 'vfile'
import type {LintCache} from '../engine/cache.js'
import {lintFiles, restoreFacts, restoreMessage, runEngineBatched, type EngineSettings} from '../engine/run.js'
import {LintPool, workerCount, workersAvailable} from '../engine/pool.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'

/**
 * What git ignores among the files to lint, as patterns for the engine (relative to the working folder). Git answers
 * (`git check-ignore`), so a `.gitignore` in any folder of the repository, `.git/info/exclude` and the user's global
 * excludes count, from whatever folder the run starts in, and a file committed to the repository is never ignored, as
 * in git (a committed document that a pattern also matches was skipped). Read from the working folder alone, a
 * `docs/b.md` in the root's `.gitignore` was linted when the run started in `docs/`, and a nested `.gitignore` never
 * counted. Each file is asked of its own repository, so a run started in a folder that holds checkouts (a CI
 * workspace, `~/src`) honours theirs. Files in no repository: the working folder's `.gitignore`, as before.
 */
function gitignorePatterns(cwd: string, paths: readonly string[]): string[] {
  const rootOf = repositoryRoots()
  const inside = paths.map((file) => path.resolve(cwd, file)).filter((file) => isInside(cwd, file))
  const ignored = ignoredByGit(inside, rootOf)
  if (ignored === undefined) return workingFolderGitignore(cwd)
  const patterns = ignored.map((file) => `/${escapeGitignore(path.relative(cwd, file).split(path.sep).join('/'))}`)
  return rootOf(cwd) === undefined ? [...patterns, ...workingFolderGitignore(cwd)] : patterns
}

/**
 * The files outside the working folder that their repository's git ignores: an ignore pattern of the engine cannot
 * reach above the working folder, so the CLI leaves these out of what it lints (`strategy-lint ../other/docs` linted
 * the generated files `../other/.gitignore` names).
 */
export function gitIgnoredOutside(cwd: string, paths: readonly string[]): Set<string> {
  const outside = paths.filter((file) => !isInside(cwd, path.resolve(cwd, file)))
  if (outside.length === 0) return new Set()
  const ignored = new Set(ignoredByGit(outside.map((file) => path.resolve(cwd, file)), repositoryRoots()) ?? [])
  return new Set(outside.filter((file) => ignored.has(path.resolve(cwd, file))))
}

/** Which of `files` (absolute) git ignores, asking each file's repository once for all of its files; `undefined` when git cannot answer. */
function ignoredByGit(files: readonly string[], rootOf: (folder: string) => string | undefined): string[] | undefined {
  const byRoot = new Map<string, string[]>()
  for (const file of files) {
    const root = rootOf(path.dirname(file))
    if (root === undefined) continue
    const inRoot = byRoot.get(root)
    if (inRoot) inRoot.push(file)
    else byRoot.set(root, [file])
  }
  const ignored: string[] = []
  for (const [root, inRoot] of byRoot) {
    const checked = spawnSync('git', ['check-ignore', '--stdin', '-z'], {cwd: root, input: inRoot.map((file) => path.relative(root, file)).join('\0'), encoding: 'utf8', maxBuffer: 1 << 30})
    // 0: some are ignored; 1: none is; anything else (no git, an old git, a broken repository): read .gitignore as before.
    if (checked.error || (checked.status !== 0 && checked.status !== 1)) return undefined
    ignored.push(...checked.stdout.split('\0').filter(Boolean).map((file) => path.resolve(root, file)))
  }
  return ignored
}

/**
 * A lookup of the working tree root of the repository holding a folder (the nearest with a `.git` folder, or file for
 * worktrees and submodules), remembered per folder for one run: a run may `git init` nothing, but the next may.
 */
function repositoryRoots(): (folder: string) => string | undefined {
  const roots = new Map<string, string | undefined>()
  const rootOf = (folder: string): string | undefined => {
    if (roots.has(folder)) return roots.get(folder)
    const parent = path.dirname(folder)
    const root = fs.existsSync(path.join(folder, '.git')) ? folder : parent === folder ? undefined : rootOf(parent)
    roots.set(folder, root)
    return root
  }
  return rootOf
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** A path as a pattern that matches it alone: `*`, `?`, `[`, `]` and `\\` escaped, trailing spaces kept. */
function escapeGitignore(file: string): string {
  return file.replace(/[\\*?[\]]/g, '\\$&').replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '))
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
    ignorePatterns: options.gitignore ? gitignorePatterns(cwd, options.paths) : [],
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
