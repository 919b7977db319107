/**
 * Problems that stop a run or change how a file is reported: setup errors
 * the engine wraps (bad options, a broken rc file), files that cannot be
 * read, special files, a configuration that is not an object, and output
 * paths that would overwrite a linted file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {projectRoot, SETUP_FILE_NAME} from '../model/project-root.js'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parse as parseYaml} from 'yaml'
import {DEFAULT_CACHE_FILE} from '../engine/cache.js'
import {DEFAULT_SUPPRESSIONS_FILE} from '../engine/suppressions.js'
import {folderSetupFiles, markNotRegular, REMARK_RC_FILES, specialSetupFile, type SetupFile} from '../engine/special-files.js'
import {MARKDOWN_EXTENSIONS} from '../engine/run.js'
import {firstLine, isObject, realPathOr} from '../util.js'
import {closestId} from '../model/comment-control.js'
import {MAX_FILE_BYTES, type UnreadableFolder, type WalkResult} from '../engine/walk.js'
import type {CliOptions} from './arguments.js'

/** File-system errors reading one file (a broken link, no permission), as opposed to a problem with the setup. */
const READ_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'EIO', 'ENAMETOOLONG', 'ENOTDIR'])

export function isReadProblem(message: VFileMessage): boolean {
  const code = (message.cause as {code?: unknown} | undefined)?.code
  return message.fatal === true && !message.ruleId && typeof code === 'string' && READ_ERRORS.has(code)
}

/** A path given on the command line that cannot be read is a usage error (exit 2), not a finding. */
export function namedOnCommandLine(file: VFile, options: CliOptions, cwd: string): boolean {
  const target = path.resolve(cwd, file.path)
  return options.paths.some((given) => path.resolve(cwd, given) === target)
}

export function markUnreadable(message: VFileMessage, cwd: string): void {
  const cause = firstLine((message.cause as Error).message)
  const missing = (message.cause as {code?: unknown}).code === 'ENOENT'
  // (Node decodes a folder's names as UTF-8: a name in other bytes comes back with U+FFFD, and opens nothing.)
  const undecodable = missing && (message.file ?? '').includes('\uFFFD')
  const target = missing && message.file ? brokenLinkTarget(path.resolve(cwd, message.file)) : undefined
  message.reason = undecodable
    ? 'Cannot read this file: its name is not valid UTF-8 (shown with `\uFFFD`), so it cannot be opened by name; it was not linted: rename it in UTF-8 (`convmv -f latin1 -t utf8 --notest <file>`), or ignore it in .remarkignore'
    : target !== undefined
      ? `Cannot read this file: it is a symbolic link to \`${target}\`, which does not exist; it was not linted: point the link at the file or remove it, or ignore it in .remarkignore`
      : `Cannot read this file (${cause}); it was not linted: fix the file or its permissions, or ignore it in .remarkignore`
  message.message = message.reason
  // (As an unreadable folder's: reports that group by source or rule saw the two apart.)
  message.source = 'strategy-lint'
  // The cause is in the reason; a reporter would print its stack after it.
  message.cause = undefined
}

/**
 * Where a symbolic link that leads nowhere points, as it is written (`../drafts/x.md`): said instead of Node's
 * `ENOENT ... stat '/home/runner/work/...'`, which named the runner's own folders in every annotation.
 */
function brokenLinkTarget(file: string): string | undefined {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? fs.readlinkSync(file) : undefined
  } catch {
    return undefined
  }
}

export {NOT_REGULAR} from '../engine/special-files.js'

/** A file the walk did not open (a FIFO, a device): a report entry with one warning saying so. */
export function skippedFile(special: {path: string; kind: string}, cwd: string): VFile {
  const file = new VFile({path: special.path, cwd})
  markNotRegular(file, special.kind)
  return file
}

/** A file over MAX_FILE_BYTES (src/engine/walk.ts): a report entry with one error that gives its size, never read. */
export function tooLargeFile(large: {path: string; bytes: number}, cwd: string): VFile {
  const file = new VFile({path: large.path, cwd})
  file.message(
    `Not linted: this file is ${megabytes(large.bytes)}, over the ${megabytes(MAX_FILE_BYTES)} a file may have to be read as text (parsing Markdown takes 100-900 bytes of memory per byte); split it, or ignore it in .remarkignore`,
    {ruleId: 'file-too-large', source: 'strategy-lint'}
  ).fatal = true
  return file
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`
}

/**
 * What to do about a folder that cannot be listed, by its cause (`EACCES: ...`): a path too long for the system is no
 * matter of permissions, which the advice once said of every cause.
 */
export function folderFix(cause: string): string {
  if (/^ENAMETOOLONG\b/.test(cause)) return 'move it to a shorter path'
  if (/^(?:EACCES|EPERM)\b/.test(cause)) return 'fix its permissions'
  return 'check that it can be listed'
}

/**
 * A folder found in a folder that cannot be listed (no permission): a report entry with one error, so the run says
 * what it could not lint and goes on with the rest (as for a file that cannot be read).
 */
export function unreadableFolder(folder: UnreadableFolder, cwd: string): VFile {
  const file = new VFile({path: folder.path, cwd})
  const fix = folder.undecodable ? 'rename it in UTF-8 (`convmv -f latin1 -t utf8 --notest <folder>`)' : folderFix(folder.cause)
  file.message(`Cannot read this folder (${folder.cause}); its files were not linted: ${fix}, or ignore it in .remarkignore`, {
    source: 'strategy-lint'
  }).fatal = true
  return file
}

/**
 * An ignore file that exists but cannot be read (no permission): the engine takes it as absent, and every file it
 * lists would be linted, silently. Looks where the engine looks (`.remarkignore` in each linted file's folder and the
 * folders above it) and at the working folder's `.gitignore`; returns the problem, if any.
 */
export function unreadableIgnoreFile(files: readonly string[], cwd: string, gitignore: boolean): string | undefined {
  const ignoreFiles = folderSetupFiles(
    files.map((file) => path.resolve(cwd, file)),
    {configuration: false, remarkignore: true, gitignore: false}
  )
  const candidates = [...(gitignore ? [path.join(cwd, '.gitignore')] : []), ...ignoreFiles.map((entry) => entry.file)]
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.R_OK)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') continue
      const shown = path.relative(cwd, candidate) || candidate
      const why = code === 'EACCES' || code === 'EPERM' ? `${code}: permission denied` : (code ?? oneLineOf(error))
      return `cannot read the ignore file ${shown} (${why}), so the files it lists would be linted; fix its permissions, or pass --ignore-path`
    }
  }
  return undefined
}

function oneLineOf(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error))
}

/** Configuration files unified-engine reads as data (the .js ones are code); `package.json` counts by its `remarkConfig`. */
const DATA_RC_FILES = REMARK_RC_FILES.filter((name) => !/\.[cm]?js$/.test(name))

/**
 * A remark configuration that is not an object (`[1,2,3]`, `"text"`, `42`):
 * unified-engine would take it as "no plugins" and every file would pass
 * unchecked. Looks at the nearest configuration of each linted file's folder,
 * as the engine does; returns the problem, if any. Unreadable or unparsable
 * files are left to the engine, which reports them.
 */
export function nonObjectConfiguration(files: readonly string[], cwd: string): string | undefined {
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
        const where = `${path.relative(cwd, file) || file}${name === 'package.json' ? '#remarkConfig' : ''}`
        if (!isObject(value)) return notAnObject(where, value, `the files below ${path.relative(cwd, folder) || '.'}`)
        const misplaced = misplacedKey(where, value)
        if (misplaced) return misplaced
        break
      }
      const parent = path.dirname(folder)
      if (found || parent === folder) break
      folder = parent
    }
  }
  return undefined
}

/**
 * A top-level key remark never reads that is a known slip: `rules` (ESLint's and markdownlint's habit), a
 * `remarkConfig` wrapper copied out of a package.json, a plugin's name as a key, ESLint's `extends`, or a misspelt
 * `plugins` / `settings`, markdownlint's `MD043` block or this plugin's own `types`, `globs` or `headings`. remark
 * passes over all of them, so the options they hold did nothing, in silence.
 */
function misplacedKey(where: string, value: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(value)) {
    if (key === 'plugins' || key === 'settings' || key.startsWith('$')) continue
    if (key === 'rules') {
      return `${where} has a top-level \`rules\`, which remark does not read: put the rules in the plugin's options, {"plugins": [["remark-lint-strategy", {"rules": {...}}]]}`
    }
    if (key === 'remarkConfig') {
      return `${where} has a \`remarkConfig\` wrapper, which remark reads only in a package.json: write what it holds at the top level, {"plugins": [...]}`
    }
    if (/^remark-/.test(key)) {
      return `${where} has \`${key}\` as a top-level key, which remark does not read: list it under \`plugins\`, {"plugins": [["${key}", {...its options}]]}`
    }
    if (/^(?:MD043|required-headings|headings|types|globs)$/i.test(key)) {
      // (markdownlint's block, or this plugin's options, pasted at the top level by a team moving from MD043.)
      if (/^(?:MD043|required-headings|headings)$/i.test(key)) {
        return `${where} has \`${key}\` as a top-level key, which remark does not read: an MD043 \`headings\` list goes in a type of the plugin's options, {"plugins": [["remark-lint-strategy", {"types": {"<type>": {"globs": [...], "headings": [...]}}}]]} (docs/custom-types.md, "Migrating from markdownlint MD043")`
      }
      return `${where} has \`${key}\` as a top-level key, which remark does not read: it is an option of the plugin, {"plugins": [["remark-lint-strategy", {"${key}": ...}]]}`
    }
    if (key === 'extends') {
      return `${where} has \`extends\`, which remark does not read: list the shared configuration as a preset under \`plugins\` ({"plugins": ["./shared-preset.mjs"]})`
    }
    const meant = closestId(key, ['plugins', 'settings'])
    if (meant) return `${where} has \`${key}\`, which remark does not read: did you mean \`${meant}\`?`
  }
  return undefined
}

function notAnObject(where: string, value: unknown, checked: string): string {
  const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
  return `${where} is ${what}, not a configuration: it must be an object such as {"plugins": ["remark-lint-strategy"]} (remark would read it as listing no plugin, for ${checked})`
}

/**
 * `--config <file>` that is data but not an object, as `nonObjectConfiguration` finds for the configurations of the
 * files' folders. A JS configuration, or one that cannot be parsed, is left to the engine, which reports it.
 */
export function nonObjectGivenConfiguration(given: string, cwd: string): string | undefined {
  const file = path.resolve(cwd, given)
  if (/\.[cm]?js$/.test(file)) return undefined
  let value: unknown
  try {
    const text = fs.readFileSync(file, 'utf8')
    value = /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text)
  } catch {
    return undefined
  }
  if (path.basename(file) === 'package.json' && isObject(value)) {
    if (value.remarkConfig === undefined) return `--config ${given} has no \`remarkConfig\`: name a file that holds a remark configuration`
    return isObject(value.remarkConfig) ? undefined : notAnObject(`--config ${given}#remarkConfig`, value.remarkConfig, 'every file')
  }
  return isObject(value) ? misplacedKey(`--config ${given}`, value) : notAnObject(`--config ${given}`, value, 'every file')
}

/**
 * Whether a Markdown report may be written to `file` (`-f markdown -o summary.md`): it is not there yet, or it holds
 * an earlier summary of this linter. Any other Markdown file is someone's document, which a report must not replace.
 */
function isNewOrOurSummary(file: string): boolean {
  try {
    return /^### \S+ strategy-lint: /.test(fs.readFileSync(file, 'utf8').slice(0, 200))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}

function what(flag: string): string {
  return flag === '--output-file' ? 'report' : flag === '--cache-location' ? 'cache' : 'suppressions'
}

/**
 * Why `--output-file`, `--cache-location` or `--suppressions-location` must not be written, if so: it is,
 * or resolves to (through links), a file being linted, or it is a Markdown file.
 */
export function refuseOutputPath(options: CliOptions, cwd: string, walked: WalkResult): string | undefined {
  const candidates: Array<[string, string | undefined]> = [
    ['--output-file', options.outputFile],
    ['--cache-location', options.cache ? (options.cacheLocation ?? DEFAULT_CACHE_FILE) : undefined],
    ['--suppressions-location', options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE]
  ]
  /** The files the run writes or reads besides the linted ones, by real path: two options on one file overwrite each other. */
  const taken = new Map<string, string>()
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
    const clash = taken.get(real)
    if (clash) {
      const written = flag === '--suppressions-location' && options.suppressionsLocation === undefined ? `the suppressions file (${given})` : `${flag} ${given}`
      return `${clash} and ${written} are the same file; one would overwrite the other: give them different files`
    }
    taken.set(real, `${flag} ${given}`)
    // (Only a file the run writes: the suppressions file is read, not written, unless suppressions are recorded.)
    const writes = flag !== '--suppressions-location' || options.suppressAll || options.suppressRules.length > 0 || options.pruneSuppressions
    const setup = writes ? setupFileAmong(names, options, cwd) : undefined
    if (setup) {
      return `${flag} ${given} is ${setup}, which the run reads; refusing to overwrite it: write the ${what(flag)} to another file`
    }
    // (A summary an earlier `-f markdown` run wrote in the folder linted is linted too, as a file with no type; it may be
    // written over: the second run of the same command refused, a QA pass found.)
    const ourSummary = flag === '--output-file' && options.format === 'markdown' && isNewOrOurSummary(real)
    if (names.some((name) => walked.realFiles.has(name)) && !ourSummary) {
      return `${flag} ${given} is a file being linted${real === target ? '' : ` (it resolves to ${path.relative(cwd, real) || real})`}; refusing to overwrite it: write the ${what(flag)} to another file`
    }
    const markdown = names.find((name) => MARKDOWN_EXTENSIONS.includes(path.extname(name).slice(1).toLowerCase()))
    if (markdown && !ourSummary) {
      const instead = flag === '--output-file' && options.format === 'markdown' ? 'a new file (or one an earlier `-f markdown` run wrote)' : 'a file that is not Markdown (such as report.json)'
      // (A file not there yet is not overwritten: a later run would lint it as a document.)
      const refusal = fs.existsSync(markdown) ? 'refusing to overwrite it' : 'refusing to write one (a later run would lint it as a document)'
      return `${flag} ${given} ${markdown === target ? 'is' : `resolves to ${path.relative(cwd, markdown) || markdown}, which is`} a Markdown file; ${refusal}: write the ${what(flag)} to ${instead}`
    }
  }
  return undefined
}

/**
 * Which setup file of the run `names` (a path and its real path) is, if any: `--config`, `--ignore-path`, or a file
 * with the name of a remark configuration or an ignore file (`--cache-location .remarkrc.json` replaced the
 * configuration with the cache, and the next run checked with other rules, in silence).
 */
function setupFileAmong(names: readonly string[], options: CliOptions, cwd: string): string | undefined {
  // (`-o .git/info/exclude`: git's own files, which decide what the run ignores, among others. The repository's own
  // `.git` only: a worktree checked out below it, `.git/wt/feature`, is a folder of files like any other.)
  const root = projectRoot(cwd) ?? cwd
  const inGitFolder = (name: string) => path.relative(root, name).split(path.sep)[0] === '.git'
  if (names.some(inGitFolder)) return "a file of git's own (in `.git`)"
  const given = (file: string | undefined) => file !== undefined && names.some((name) => name === path.resolve(cwd, file) || name === realPathOr(path.resolve(cwd, file)))
  if (given(options.configPath)) return 'the remark configuration (--config)'
  if (given(options.ignorePath)) return 'the ignore file (--ignore-path)'
  const named = names.map((name) => path.basename(name)).find((name) => SETUP_FILE_NAME.test(name))
  if (named === undefined) return undefined
  return /ignore$/.test(named) ? `an ignore file (\`${named}\`)` : named === 'package.json' ? 'a package.json (where a remark configuration may be)' : `a remark configuration (\`${named}\`)`
}

/**
 * A file the run would read besides the documents that is a FIFO, a device or a socket (src/engine/special-files.ts):
 * the configurations and ignore files of the documents' folders and the folders above, `--config`, `--ignore-path`,
 * the working folder's `.gitignore`, the suppressions file and the cache. Said in one line, before anything reads it.
 */
export function specialFileAmongSetup(options: CliOptions, cwd: string, documents: readonly string[]): string | undefined {
  const reads = {
    configuration: options.detectConfig && options.configPath === undefined,
    remarkignore: options.ignorePath === undefined,
    gitignore: options.gitignore
  }
  const given: SetupFile[] = []
  if (options.configPath !== undefined) given.push({file: path.resolve(cwd, options.configPath), as: 'the remark configuration (--config)'})
  if (options.ignorePath !== undefined) given.push({file: path.resolve(cwd, options.ignorePath), as: 'an ignore file (--ignore-path)'})
  if (options.gitignore) given.push({file: path.join(cwd, '.gitignore'), as: 'an ignore file'})
  given.push({file: path.resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE), as: 'the suppressions file'})
  if (options.cache) {
    const location = path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE)
    given.push({file: location, as: 'the cache'}, {file: path.join(location, DEFAULT_CACHE_FILE), as: 'the cache'})
  }
  const shown = (file: string) => {
    const relative = path.relative(cwd, file)
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
  }
  return specialSetupFile([...given, ...folderSetupFiles(documents.map((document) => path.resolve(cwd, document)), reads)], shown)
}
