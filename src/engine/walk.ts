/**
 * The file walk of `strategy-lint`: turns the paths and globs of the command
 * line into the list of files the engine lints, so that no folder layout can
 * stop a run (docs/robustness.md, "Symbolic links and special files"):
 *
 * - every real file is visited once, by its real path: two links to one file,
 *   or a `parent -> ..` link, do not report it twice;
 * - a linked folder is entered only if its real folder has not been entered
 *   yet, so `ln -s . x` cannot make the walk endless;
 * - anything that is not a regular file (a FIFO, a socket, a device, a link to
 *   `/dev/zero`) is never opened: it is set aside with a message of its own;
 * - `node_modules` folders found inside a folder are skipped, as
 *   unified-engine does.
 *
 * Paths that do not exist are passed on unchanged, so the engine reports them
 * as before. Ignore files (`.remarkignore`, `--ignore-path`, `.gitignore`) are
 * applied by the engine to the files listed here.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import {kindOf} from './special-files.js'
import {realPathOr} from '../util.js'

export interface SkippedFile {
  /** The path as found (relative to the working folder). */
  path: string
  /** What it is: `a FIFO (named pipe)`, `a character device`... */
  kind: string
  /** The command-line argument, when it names this path itself (not a folder or glob that holds it). */
  given?: string
}

export interface WalkResult {
  /** Paths for the engine, relative to the working folder, each real file once. */
  files: string[]
  /** The real paths of `files` (absolute), for the output-path checks. */
  realFiles: Set<string>
  skipped: SkippedFile[]
  /** Inputs that named no file at all (a glob with no Markdown match, a folder with no Markdown file). */
  unmatched: string[]
  /** For each folder or glob among the inputs, the files of `files` it added (a file named twice is added once). */
  expanded: Array<{input: string; files: string[]}>
  /** Folders that could not be listed (no permission): `named` when the command line names it, else found in a folder. */
  unreadable: UnreadableFolder[]
  /** Files too large to read as text (over MAX_FILE_BYTES), with their size in bytes: never given to the engine. */
  tooLarge: Array<{path: string; bytes: number}>
  /**
   * Paths named on the command line that name nothing (missing, or a broken link), as they are in `files`: the engine
   * reports each, unless --no-error-on-unmatched-pattern leaves them out (a document deleted in the change a hook or CI
   * job lints).
   */
  missing: string[]
  /**
   * MDX files the folders and globs hold, not linted (MDX is not Markdown: JSX and imports read as prose), for the run to
   * say so: a Docusaurus site's strategy was left out without a word, and a folder of them named no Markdown file.
   */
  mdx: string[]
}

/**
 * The largest file read as text. Above it a file is one error and the run goes on: read by the engine, a file over
 * 2 GiB (Node's read limit), or over V8's longest string (about 512 MB of text), stopped the whole run with exit 2,
 * naming no file. The Markdown parser needs 100-900 bytes of memory per byte of text (docs/robustness.md), so a file
 * over 128 MB could not be parsed within any time budget on a CI machine anyway.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024

export interface UnreadableFolder {
  /** The path as found (relative to the working folder). */
  path: string
  /** Why, in one line: `EACCES: permission denied`. */
  cause: string
  named: boolean
  /** Its name is not valid UTF-8: renaming it, not its permissions, is the fix. */
  undecodable?: boolean
}

/** Whether `absolute` is a folder (false when it cannot be read). */
export function isFolder(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory()
  } catch {
    return false
  }
}

/** Expand `inputs` (paths and globs, relative to `cwd`); files found in folders must have one of `extensions`. */
export async function walk(inputs: readonly string[], cwd: string, extensions: readonly string[]): Promise<WalkResult> {
  const files: string[] = []
  const realFiles = new Set<string>()
  /** Real folders entered, with how many files each named. */
  const realFolders = new Map<string, number>()
  const skipped: SkippedFile[] = []
  const unreadable: UnreadableFolder[] = []
  const tooLarge: WalkResult['tooLarge'] = []
  const missing: string[] = []
  const unmatched: string[] = []
  /** Files (and special files) the current input named, including ones an earlier input named too. */
  let named = 0
  const suffixes = new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))
  // (Whatever the extension's case: `STRATEGY.MD`, saved on Windows or macOS, whose file systems ignore case, was left
  // out of a folder's files without a word, while named by its path it was linted.)
  const isMarkdownName = (name: string) => suffixes.has(path.extname(name).toLowerCase())
  /** Special files set aside, and paths that name nothing (missing, broken links), each once. */
  const realSpecial = new Set<string>()
  const unreachable = new Set<string>()

  const relative = (absolute: string) => path.relative(cwd, absolute) || '.'
  const realCwd = realPathOr(cwd)
  /** Files listed by a link's path, each by its real path with its place in `files`, until the walk meets the file itself. */
  const linkedFirst = new Map<string, number>()
  /** A link's name, replaced in `files` by the path of the file it leads to: the inputs' lists of files follow. */
  const renamed = new Map<string, string>()
  const mdx: string[] = []
  const mdxSeen = new Set<string>()

  /**
   * A file or folder named directly (on the command line or by a glob). A file a glob matches is linted only when it
   * is Markdown, as in a folder (`docs/*` names the notes beside the Markdown too); one named by its path always is.
   */
  function visitNamed(absolute: string, given?: string): void {
    let stats: fs.Stats
    try {
      stats = fs.statSync(absolute)
    } catch (error) {
      // Missing, a broken link, no permission: the engine reports it, once (a glob under `**` may reach it by a link).
      named++
      const key = `${realFolderOf(absolute)}\0${path.basename(absolute)}`
      if (given === undefined && unreachable.has(key)) return
      unreachable.add(key)
      files.push(relative(absolute))
      if (given !== undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') missing.push(relative(absolute))
      return
    }
    if (stats.isDirectory()) visitFolder(absolute, true)
    else if (given !== undefined || isMarkdownName(absolute)) visitFile(absolute, stats, given)
    else noteMdx(absolute)
  }

  /** An MDX file a folder or glob holds is not linted (MDX is not Markdown), but counted, so the run can say so. */
  function noteMdx(absolute: string): void {
    if (MDX.test(absolute) && !mdxSeen.has(absolute)) {
      mdxSeen.add(absolute)
      mdx.push(relative(absolute))
    }
  }

  function visitFile(absolute: string, stats: fs.Stats, given?: string): void {
    named++
    if (!stats.isFile()) {
      // Once, by its real path, as a regular file (a glob under `**` reaches `fifo.md` again through `loop -> .`).
      const real = realPathOr(absolute)
      if (realSpecial.has(real)) return
      realSpecial.add(real)
      skipped.push(given === undefined ? {path: relative(absolute), kind: kindOf(stats)} : {path: relative(absolute), kind: kindOf(stats), given})
      return
    }
    let real: string
    try {
      real = fs.realpathSync(absolute)
    } catch {
      real = absolute
    }
    // Reached directly: the path walked is the file's own, not a link's (relative to the working folder, real or not).
    const direct = path.relative(realCwd, real) === path.relative(cwd, absolute)
    if (realFiles.has(real)) {
      // A file of the folder met first through a link (`docs/current.md -> strategy/payments.md`, which sorts first) and
      // then by its own path in the same folder or glob is reported by its own path: by the link, its suppressed
      // findings came back as new and code hosts could not annotate it. (A link to a file the walk never reaches
      // directly keeps the link's name, and with it the type and ignore rules of where the link is.)
      // (Whichever input reached it first: `strategy-lint docs other` and `strategy-lint other docs` name it alike.)
      const seen = linkedFirst.get(real)
      if (seen !== undefined && direct && given === undefined) {
        renamed.set(files[seen], relative(absolute))
        files[seen] = relative(absolute)
        linkedFirst.delete(real)
      }
      return
    }
    realFiles.add(real)
    if (stats.size > MAX_FILE_BYTES) {
      tooLarge.push({path: relative(absolute), bytes: stats.size})
      return
    }
    files.push(relative(absolute))
    if (!direct && given === undefined) linkedFirst.set(real, files.length - 1)
  }

  function visitFolder(absolute: string, namedFolder: boolean): void {
    let real: string
    try {
      real = fs.realpathSync(absolute)
    } catch (error) {
      // Gone since its parent was listed, or named in bytes that are not UTF-8 (`dir\uFFFD`, which opens nothing): its
      // files cannot be reached, which the run says rather than pass over them.
      named++
      const code = (error as NodeJS.ErrnoException).code
      const undecodable = code === 'ENOENT' && path.basename(absolute).includes('\uFFFD')
      unreadable.push({
        path: relative(absolute),
        cause: undecodable ? 'its name is not valid UTF-8, so it cannot be opened by name' : code ? `${code}: ${describeCode(code)}` : String(error),
        named: namedFolder,
        ...(undecodable ? {undecodable} : {})
      })
      return
    }
    const known = realFolders.get(real)
    if (known !== undefined) {
      // Walked already (named twice, or reached through a link): it names what it named then.
      named += known
      return
    }
    realFolders.set(real, 0)
    const before = named
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(absolute, {withFileTypes: true})
    } catch (error) {
      // (Given to the engine, it stopped the whole run with `Cannot read folder`, naming none.)
      named++
      const code = (error as NodeJS.ErrnoException).code
      unreadable.push({path: relative(absolute), cause: code ? `${code}: ${describeCode(code)}` : String(error), named: namedFolder})
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const child = path.join(absolute, entry.name)
      let stats: fs.Stats | undefined
      if (entry.isSymbolicLink()) {
        try {
          stats = fs.statSync(child)
        } catch {
          // A broken link: report it only if it looks like a Markdown file, as the engine did.
          if (isMarkdownName(entry.name)) {
            named++
            files.push(relative(child))
          }
          continue
        }
      }
      const isFolder = stats ? stats.isDirectory() : entry.isDirectory()
      if (isFolder) {
        if (entry.name !== 'node_modules') visitFolder(child, false)
        continue
      }
      if (!isMarkdownName(entry.name)) {
        noteMdx(child)
        continue
      }
      if (!stats) {
        try {
          stats = fs.statSync(child)
        } catch {
          // Gone since the folder was listed, or named in bytes that are not UTF-8 (Node reads the name with U+FFFD in
          // place of each, and no file has that name): the engine reports it, as a file it cannot read. (Unhandled,
          // it stopped the whole run with `cannot list the files to lint`.)
          named++
          files.push(relative(child))
          continue
        }
      }
      visitFile(child, stats)
    }
    realFolders.set(real, named - before)
  }

  const expanded: WalkResult['expanded'] = []
  for (const input of inputs) {
    named = 0
    const first = files.length
    // A path that names a file or folder as written is that path, even with glob characters in it (`[draft].md`).
    if (hasMagic(input) && !fs.existsSync(path.resolve(cwd, input))) {
      // `follow: false` (the default) with `**`: linked folders are not followed, so a link loop ends.
      // Shallowest first: a file also reached through a link under `**` (`loop/zero.md`) keeps its own path.
      const matches = (await glob(input, {cwd, absolute: true})).sort(byDepthThenName)
      for (const match of matches) visitNamed(match)
      expanded.push({input, files: files.slice(first)})
    } else {
      const absolute = path.resolve(cwd, input)
      visitNamed(absolute, input)
      if (isFolder(absolute)) expanded.push({input, files: files.slice(first)})
    }
    if (named === 0) unmatched.push(input)
  }
  for (const entry of expanded) entry.files = entry.files.map((file) => renamed.get(file) ?? file)
  return {files, realFiles, skipped, unmatched, expanded, unreadable, tooLarge, missing, mdx}
}

/** An MDX file's name (Docusaurus, Nextra): not among the Markdown extensions, but the same documents. */
const MDX = /\.mdx$/i

function byDepthThenName(a: string, b: string): number {
  const depth = a.split(path.sep).length - b.split(path.sep).length
  return depth !== 0 ? depth : a < b ? -1 : a > b ? 1 : 0
}

/** The real folder a path is in (the path itself may name nothing). */
function realFolderOf(absolute: string): string {
  return realPathOr(path.dirname(absolute))
}

function describeCode(code: string): string {
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'too many levels of links' : code === 'EIO' ? 'input/output error' : 'cannot be listed'
}
