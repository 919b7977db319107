/**
 * Files a run reads besides the documents (remark configurations, ignore files, `package.json`, the cache and the
 * suppressions file) that are no regular files. Opening a FIFO waits for a writer for ever, and reading a link to
 * `/dev/zero` fills the memory: a cloned repository could stop a CI job either way, and neither is covered by the
 * per-file time budget, which starts once a document is read. Such a file is refused before anything reads it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {COSTLY_GLOB_ADVICE, costlyGlob, GITIGNORE_LIMITS} from '../model/detect.js'

/** Why a FIFO, socket or device found among the files was not checked. */
export const NOT_REGULAR = 'not a regular file'

/** Say on `file` that it is `kind` (a FIFO, a device), not read, and mark it skipped for the reports. */
export function markNotRegular(file: VFile, kind: string): void {
  file.message(`Not linted: this is ${kind}, not a regular file, so it was not read; only regular files are linted (remove it, or ignore it in .remarkignore)`, {
    ruleId: 'not-regular-file',
    source: 'strategy-lint'
  }).fatal = false
  file.data.strategySkipped = NOT_REGULAR
}

/** What a path that is no regular file is: `a FIFO (named pipe)`, `a character device`... */
export function kindOf(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** The remark configuration files unified-engine looks for in a folder (`remarkConfig` in `package.json` aside). */
export const REMARK_RC_FILES = ['.remarkrc', '.remarkrc.json', '.remarkrc.yaml', '.remarkrc.yml', '.remarkrc.js', '.remarkrc.cjs', '.remarkrc.mjs']

/** The files unified-engine (and git, for `.gitignore`) looks for in each folder of a document and the folders above it. */
const FOLDER_SETUP_FILES = [...REMARK_RC_FILES, 'package.json', '.remarkignore']

/** A file the run reads, and what the run reads it as (`a remark configuration`). */
export interface SetupFile {
  file: string
  as: string
}

function readAs(name: string): string {
  if (name === 'package.json') return 'the package manifest (for its `remarkConfig`)'
  if (name === '.remarkignore' || name === '.gitignore') return 'an ignore file'
  return 'a remark configuration'
}

/** Which of the files a folder may hold the run reads: configurations (unless `--config` or `--no-config`), `.remarkignore` (unless `--ignore-path`), `.gitignore`. */
export interface FolderReads {
  configuration: boolean
  remarkignore: boolean
  gitignore: boolean
}

/** The setup files of the folders of `documents` (absolute paths) and every folder above them, each folder once. */
export function folderSetupFiles(documents: Iterable<string>, reads: FolderReads): SetupFile[] {
  const names = FOLDER_SETUP_FILES.filter((name) => (name === '.remarkignore' ? reads.remarkignore : reads.configuration))
  if (reads.gitignore) names.push('.gitignore')
  const seen = new Set<string>()
  const found: SetupFile[] = []
  for (const document of documents) {
    for (let folder = path.dirname(path.resolve(document)); !seen.has(folder); folder = path.dirname(folder)) {
      seen.add(folder)
      for (const name of names) found.push({file: path.join(folder, name), as: readAs(name)})
      if (path.dirname(folder) === folder) break
    }
  }
  return found
}

/**
 * The first of `files` that exists and is no regular file nor folder (a folder where a file is expected is the
 * engine's to report), said in one line with the fix; `undefined` when there is none. `shown` turns a path into
 * what the message names.
 */
export function specialSetupFile(files: Iterable<SetupFile>, shown: (file: string) => string): string | undefined {
  for (const {file, as} of files) {
    let stats: fs.Stats
    try {
      stats = fs.statSync(file)
    } catch {
      continue
    }
    if (stats.isFile() || stats.isDirectory() || isDevNull(file)) continue
    const harm = stats.isFIFO() ? 'opening it would wait for a writer for ever' : 'reading it might never end'
    return `${shown(file)} is ${kindOf(stats)}, not a file: the linter reads it as ${as}, and ${harm}; remove it or make it a regular file`
  }
  return undefined
}

/** `/dev/null` (`--ignore-path /dev/null`, `-c /dev/null`) reads as empty at once: the usual way to say "none". */
function isDevNull(file: string): boolean {
  try {
    return fs.realpathSync(file) === '/dev/null'
  } catch {
    return false
  }
}

/**
 * `fs.mkdirSync(folder, {recursive: true})`, one level at a time: Node's recursive form never returns for a folder
 * under `/proc` (`-o /proc/nope/report.json` spun at full CPU for ever), where a single level fails at once (ENOENT).
 * Throws what the first level that cannot be made throws.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = []
  let current = path.resolve(folder)
  while (!fs.existsSync(current)) {
    missing.push(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const level of missing.reverse()) fs.mkdirSync(level)
}

/**
 * A pattern of an ignore file (.remarkignore, or `--ignore-path`) with so many wildcards that matching it could hold the
 * run for hours (src/model/detect.ts `costlyGlob`): the engine matches every file against it before any time budget
 * starts. Said with the file and line; undefined when there is none. Read after the checks for special and unreadable
 * ignore files (the CLI's, and the language server's before each check).
 */
export function costlyIgnorePattern(files: readonly string[], cwd: string, ignorePath: string | undefined, gitignore = false): string | undefined {
  // (.gitignore too, unless --no-gitignore: a pattern of it held a run for 73 s on one 200-character name, git's own
  // matching taking 68 s of it. It serves git, so only what takes git minutes too is refused: GITIGNORE_LIMITS.)
  const found = folderSetupFiles(files.map((file) => path.resolve(cwd, file)), {configuration: false, remarkignore: ignorePath === undefined, gitignore}).map((entry) => entry.file)
  const ignoreFiles = ignorePath === undefined ? found : [path.resolve(cwd, ignorePath), ...found]
  for (const file of new Set(ignoreFiles)) {
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch {
      continue
    }
    const lines = text.split(/\r?\n/)
    for (const [index, line] of lines.entries()) {
      const pattern = line.trim()
      if (pattern === '' || pattern.startsWith('#')) continue
      const ofGit = path.basename(file) === '.gitignore'
      const costly = costlyGlob(pattern.replace(/^!/, ''), ofGit ? GITIGNORE_LIMITS : undefined)
      if (costly) {
        const advice = ofGit ? 'git itself takes minutes to match it against a long file name; use fewer wildcards, or pass --no-gitignore' : COSTLY_GLOB_ADVICE
        return `the ignore file ${path.relative(cwd, file) || file}, line ${index + 1}: pattern \`${pattern}\` ${costly}: ${advice}`
      }
    }
  }
  return undefined
}
