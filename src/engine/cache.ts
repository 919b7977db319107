/**
 * The result cache behind `strategy-lint --cache` (see the comment below).
 */
import {currentProjectRoot, SETUP_FILE_NAME} from '../model/project-root.js'
import {TYPE_SOURCES} from '../model/detect.js'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import {isBuiltin} from 'node:module'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parse as parseYaml} from 'yaml'
import {factsOf, restoreFacts, restoreMessage, toTransport, type FileFacts, type TransportMessage} from './run.js'
import {isObject, oneLine} from '../util.js'
import {buildId, version} from '../version.js'
import {makeFolders} from './special-files.js'

/** The default `--cache` file, in the working folder. */
export const DEFAULT_CACHE_FILE = '.strategylintcache'

/** The command-line options that decide where the cache lives and what its key holds. */
export interface CacheOptions {
  cacheLocation: string | undefined
  type: string | undefined
  /** `--date`: the day of the check. */
  date: string | undefined
  gitignore: boolean
  ignorePath: string | undefined
  /** `--config <file>` and `--no-config`: which configuration the files use. */
  configPath?: string | undefined
  detectConfig?: boolean
}

/**
 * The day the rules check as (strategy-stale-deadline reads deadlines against
 * it): `--date`, else `STRATEGY_LINT_DATE`, else today in UTC. A result
 * computed on another day may differ, so the day is part of the key.
 */
function dayOfCheck(options: CacheOptions): string {
  return options.date ?? (process.env.STRATEGY_LINT_DATE?.trim() || new Date().toISOString().slice(0, 10))
}

/*
 * --cache: like ESLint's. Each linted file's messages are stored under its
 * absolute path with two keys: `hash`, the sha256 of the text that was linted,
 * and `runKey`, the sha256 of everything else that can change the result: the
 * package and Node versions (and the build: two commits of one version differ), the flags that reach the rules (--type, --date)
 * and which configuration applies (--config, --no-config),
 * the configuration as the engine resolved it for the file (each attached
 * plugin's source and options), and every remark configuration and ignore
 * file from the file's folder upward with what those configurations load (see
 * `ConfigDependencies`: a plugin's source alone does not show that a module it
 * imports, or a dependency of its package, changed). On a later run
 * a file whose keys match is not parsed or linted: its stored messages are
 * replayed onto the file and everything after (quiet, reporting, exit code)
 * runs as usual, so the report is the same. Files are still found, read and
 * configured by the engine, so ignore rules and configuration errors behave as
 * without the cache.
 */

/**
 * Raised when an entry's shape changes (4: entries keep how the type was found; 5: and the other files whose existence
 * the result depends on; 6: and the type an untyped file's title names), so older caches are not replayed.
 */
const CACHE_FORMAT = 6


/** A message as the cache keeps it: what a worker sends, without stack and cause (a cached file had no setup problem). */
type CachedMessage = Omit<TransportMessage, 'stack' | 'cause'>

/** With the messages, the file's facts (its type, so a replayed file is counted as checked or skipped as before). */
interface CacheEntry extends FileFacts {
  hash: string
  runKey: string
  messages: CachedMessage[]
}

interface CacheData {
  format: number
  entries: Record<string, CacheEntry>
}

/** The plugins a processor has attached, each with its options (unified's `processor.attachers`). */
export type Attached = ReadonlyArray<readonly [unknown, ...unknown[]]>

/** A plugin function's own source, hashed once per function. */
const pluginKeys = new WeakMap<object, string>()

/**
 * The resolved configuration of one file as a key: the processor's settings
 * (`strategyType`, `strategyDate`: a `.remarkrc.mjs` may compute them at load
 * time, from the environment or a file), and each attached plugin (its name and
 * the hash of its source) and its options, serialised whatever they hold
 * (functions by their source, regular expressions, cycles).
 */
function attachedKey(attached: Attached, settings: unknown): string {
  const seen = new WeakSet<object>()
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value === 'function') {
      let key = pluginKeys.get(value)
      if (key === undefined) {
        key = `function ${value.name} ${sha256(String(value))}`
        pluginKeys.set(value, key)
      }
      return key
    }
    if (value instanceof RegExp) return `regexp ${String(value)}`
    if (typeof value === 'bigint') return `bigint ${String(value)}`
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[cycle]'
      seen.add(value)
    }
    return value
  }
  // unified-engine attaches each plugin with its options and, as a second parameter, the run's file set
  // (which changes as files finish): a configuration can give a plugin one options value only.
  const configured = [settings ?? null, ...attached.map(([plugin, options]) => [plugin, options])]
  try {
    return sha256(JSON.stringify(configured, replacer) ?? '')
  } catch (error) {
    // A getter that throws, say: such a configuration is never replayed.
    return `unserialisable ${Math.random()} ${oneLine(error)}`
  }
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(`${part.length}:${part}\0`)
  return hash.digest('hex')
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function isPoint(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column) &&
    (value.offset === undefined || Number.isInteger(value.offset))
}

function isPlace(value: unknown): boolean {
  return value === null || isPoint(value) || (isObject(value) && isPoint(value.start) && isPoint(value.end))
}

const stringOrNull = (value: unknown): boolean => value === null || typeof value === 'string'

/** A stored message as `store` writes it; anything else (a hand edit, a truncated write) is not replayed. */
function isMessage(value: unknown): boolean {
  return isObject(value) && typeof value.reason === 'string' && stringOrNull(value.ruleId) && stringOrNull(value.source) &&
    isPlace(value.place) && (value.fatal === null || typeof value.fatal === 'boolean') && stringOrNull(value.url) &&
    stringOrNull(value.note) && stringOrNull(value.actual) &&
    (value.expected === null || (Array.isArray(value.expected) && value.expected.every((item) => typeof item === 'string')))
}

function isEntry(value: unknown): value is CacheEntry {
  return isObject(value) && typeof value.hash === 'string' && typeof value.runKey === 'string' && Array.isArray(value.messages) &&
    value.messages.every(isMessage) && [value.type, value.status, value.pointer, value.foreignType, value.titleNames].every((fact) => fact === undefined || stringOrNull(fact)) &&
    (value.toml === undefined || typeof value.toml === 'boolean') &&
    (value.typeSource === undefined || value.typeSource === null || (TYPE_SOURCES as readonly unknown[]).includes(value.typeSource)) &&
    (value.probed === undefined || (isObject(value.probed) && Object.values(value.probed).every((exists) => typeof exists === 'boolean')))
}

/** Whether every other file the stored result looked up still exists, or still does not, as it did then. */
function probesHold(entry: CacheEntry): boolean {
  return Object.entries(entry.probed ?? {}).every(([file, existed]) => fs.existsSync(file) === existed)
}

export class LintCache {
  /** Absolute path of the cache file. */
  readonly file: string
  private readonly cwd: string
  private readonly globalKey: string
  private readonly previous: Record<string, CacheEntry>
  private readonly next = new Map<string, CacheEntry>()
  private readonly folderKeys = new Map<string, string>()
  private readonly dependencies = new ConfigDependencies()
  private readonly runKeys = new Map<string, string>()
  private readonly hits = new WeakMap<VFile, CacheEntry>()
  private readonly misses = new WeakMap<VFile, {path: string; hash: string; runKey: string}>()

  constructor(options: CacheOptions, cwd: string) {
    this.cwd = cwd
    let file = path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE)
    try {
      if (/[\\/]$/.test(options.cacheLocation ?? '') || fs.statSync(file).isDirectory()) file = path.join(file, DEFAULT_CACHE_FILE)
    } catch {
      // Not there yet: a file.
    }
    this.file = file
    this.globalKey = sha256(
      String(CACHE_FORMAT),
      version,
      buildId,
      process.versions.node,
      // `globs` in the configuration match paths relative to the working folder: a cache shared
      // between working folders must not replay one folder's results in another.
      cwd,
      // The built-in folder conventions and successor links are also read from the repository's root
      // (src/model/project-root.ts): `git init` above a folder changes what its files are.
      currentProjectRoot(cwd) ?? '',
      options.type ?? '',
      dayOfCheck(options),
      String(options.gitignore),
      options.ignorePath === undefined ? '' : readOrEmpty(path.resolve(cwd, options.ignorePath)),
      options.gitignore ? readOrEmpty(path.join(cwd, '.gitignore')) : '',
      String(options.detectConfig ?? true),
      ...this.givenConfigKey(options.configPath === undefined ? undefined : path.resolve(cwd, options.configPath))
    )
    this.previous = LintCache.load(file)
  }

  /** `--config <file>`: its path, its text and what it loads, as the folder configurations are keyed. */
  private givenConfigKey(file: string | undefined): string[] {
    if (file === undefined) return ['']
    const text = readOrEmpty(file)
    return [file, text, ...this.dependencies.ofConfig(file, text)]
  }

  /** The stored entries, or none when the file is missing, unreadable or not a cache. */
  private static load(file: string): Record<string, CacheEntry> {
    const entries: Record<string, CacheEntry> = {}
    // (Only a regular file is read: a FIFO there would hold the run until something wrote to it.)
    if (cacheFileKind(file) !== 'file') return entries
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
      if (!isObject(data) || data.format !== CACHE_FORMAT || !isObject(data.entries)) return entries
      for (const [key, entry] of Object.entries(data.entries)) if (isEntry(entry)) entries[key] = entry
    } catch {
      // Missing or corrupt: start over; `save` rewrites it.
    }
    return entries
  }

  /** Hash of the configuration and ignore files in one folder and every folder above it. */
  private folderKey(folder: string): string {
    const known = this.folderKeys.get(folder)
    if (known !== undefined) return known
    const parent = path.dirname(folder)
    const parts: string[] = [parent === folder ? '' : this.folderKey(parent)]
    let names: string[] = []
    try {
      names = fs.readdirSync(folder).filter((name) => SETUP_FILE_NAME.test(name)).sort()
    } catch {
      // Unreadable folder: nothing to add.
    }
    for (const name of names) {
      let text = readOrEmpty(path.join(folder, name))
      if (name === 'package.json') {
        try {
          text = JSON.stringify((JSON.parse(text) as {remarkConfig?: unknown}).remarkConfig ?? null)
        } catch {
          // Broken package.json: use it as it is.
        }
      }
      parts.push(name, text)
      // What the configuration loads (presets and plugins by path or by package name, a JS
      // configuration's imports) decides the result as much as its own text.
      if (!name.endsWith('ignore')) parts.push(...this.dependencies.ofConfig(path.join(folder, name), text))
    }
    const key = sha256(...parts)
    this.folderKeys.set(folder, key)
    return key
  }

  private runKey(file: string): string {
    const folder = path.dirname(file)
    let key = this.runKeys.get(folder)
    if (key === undefined) {
      key = sha256(this.globalKey, this.folderKey(folder))
      this.runKeys.set(folder, key)
    }
    return key
  }

  /**
   * Whether the cache knows `file` as it is now (same text, same
   * configuration and tool): then `replay` gives its messages and it needs no
   * parse. Otherwise the file is noted, so `remember` can store it once linted.
   * Called by the engine's processor (src/engine/processor.ts) before parsing,
   * with the plugins the file's configuration attached (`processor.attachers`):
   * the key holds what was resolved (each plugin and its options, also those a
   * `.remarkrc.js` computes at load time) and the processor's `settings`,
   * besides the configuration files and what they load.
   */
  lookup(file: VFile, attached: Attached = [], settings: unknown = undefined): boolean {
    const absolute = path.resolve(this.cwd, file.path)
    const hash = sha256(String(file.value ?? ''))
    const runKey = sha256(this.runKey(absolute), attachedKey(attached, settings))
    const entry = this.previous[absolute]
    // (A superseded record's result depends on whether its successor's file exists: created or deleted since, it is
    // linted again.)
    if (entry && entry.hash === hash && entry.runKey === runKey && probesHold(entry)) {
      this.hits.set(file, entry)
      return true
    }
    this.misses.set(file, {path: absolute, hash, runKey})
    return false
  }

  /** Put the stored messages, type and status of a file `lookup` knew back on it; false for any other file. */
  replay(file: VFile): boolean {
    const entry = this.hits.get(file)
    if (!entry) return false
    for (const stored of entry.messages) replay(file, stored)
    restoreFacts(file, entry)
    return true
  }

  /** Store the messages of `file`, linted without error, if the cache did not know it. */
  remember(file: VFile): void {
    const miss = this.misses.get(file)
    if (miss) this.next.set(miss.path, {hash: miss.hash, runKey: miss.runKey, messages: file.messages.map(store), ...factsOf(file)})
  }

  /**
   * Write the cache: this run's results, plus the entries of other runs for
   * files this run did not lint, for files that still exist. Returns a problem,
   * if any.
   *
   * Two runs sharing a cache file (two CI jobs on different folders, an editor
   * hook and a terminal) each lint their own files, so writing only what one
   * run loaded at its start and learnt would drop what the other run wrote
   * meanwhile: the file is re-read just before writing and merged. Re-reading
   * and renaming are two steps, so two runs finishing at the same moment could
   * still each merge without the other's result; the merge is therefore done
   * under a lock file (`<cache>.lock`, created exclusively), held only for the
   * read-merge-write, a few milliseconds. Merging alone leaves that window,
   * locking alone would still write stale starting entries: both are needed.
   * A lock older than LOCK_STALE_MS, or whose run on this machine is gone, is
   * left over by a run that died and is taken over; after LOCK_WAIT_MS of
   * waiting the run writes its merge without the lock rather than fail (the cache is only an optimisation, and every
   * entry is checked against the file's text and configuration when it is used).
   */
  save(): string | undefined {
    // A warm run that learnt nothing and whose stored entries all still name files leaves the file as it is:
    // rewriting it (reading, merging and writing every entry again) was about a tenth of such a run. A file
    // that held no entries (missing, corrupt, another format) is written.
    const stored = Object.keys(this.previous)
    if (this.next.size === 0 && stored.length > 0 && stored.every((key) => fs.existsSync(key))) return undefined
    // Through a symbolic link (a cache kept in a folder CI restores), the file it names is written and the link kept;
    // the lock and the temporary file stand beside that file.
    const target = linkTarget(this.file)
    if (target === undefined) return 'its symbolic links form a loop'
    const kind = cacheFileKind(target)
    // `--cache-location /dev/null`: a device keeps nothing, as it asks (renamed over, it was replaced when run as root).
    if (kind === 'device') return undefined
    if (kind === 'other') return 'it is not a regular file'
    if (kind === 'file' && !writable(target)) return 'it is read-only'
    const lock = acquireLock(`${target}.lock`)
    const temporary = `${target}.${process.pid}.tmp`
    try {
      // Entries on disk now are at least as new as those read at the start: they win over them,
      // and this run's own results win over both.
      const stored = {...this.previous, ...LintCache.load(target)}
      const entries: Record<string, CacheEntry> = {}
      for (const [key, entry] of Object.entries(stored)) {
        if (!this.next.has(key) && fs.existsSync(key)) entries[key] = entry
      }
      for (const [key, entry] of this.next) entries[key] = entry
      const data: CacheData = {format: CACHE_FORMAT, entries}
      makeFolders(path.dirname(target))
      fs.writeFileSync(temporary, JSON.stringify(data))
      fs.renameSync(temporary, target)
    } catch (error) {
      try {
        fs.rmSync(temporary, {force: true})
      } catch {
        // Never made (a file on its path, a name too long).
      }
      return oneLine(error)
    } finally {
      lock?.()
    }
    return undefined
  }
}

/** What stands at the cache's path: nothing yet, a regular file, a device (`/dev/null`), or anything else (a FIFO, a folder). */
function cacheFileKind(file: string): 'missing' | 'file' | 'device' | 'other' {
  let stats: fs.Stats
  try {
    stats = fs.statSync(file)
  } catch {
    return 'missing'
  }
  return stats.isFile() ? 'file' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'device' : 'other'
}

/**
 * The file a path names through symbolic links, a link whose target does not exist yet included; the path itself
 * otherwise; undefined for links that loop (written, the cache replaced one of them).
 */
function linkTarget(file: string): string | undefined {
  try {
    return fs.realpathSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined
    try {
      return path.resolve(path.dirname(file), fs.readlinkSync(file))
    } catch {
      return file
    }
  }
}

/** Whether the file may be written: by its permissions, and by its mode bits (root may write any file, but a `chmod 444` says not to). */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK)
    return (fs.statSync(file).mode & 0o222) !== 0
  } catch {
    return false
  }
}

/** How long `save` waits for another run's lock, and the age at which a lock is taken to be left over by a run that died. */
const LOCK_WAIT_MS = 10_000
const LOCK_STALE_MS = 30_000

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * What a lock file holds: the pid of the run that holds it, the machine it runs on (a cache may be on a shared disk)
 * and its pid namespace (containers of one host name, sharing the cache folder, each have their own pids).
 */
function lockOwner(pid: number): string {
  return `${pid}@${os.hostname()}#${pidNamespace()}`
}

/** This process's pid namespace (`pid:[4026531836]`), or '' where the system does not say. */
function pidNamespace(): string {
  try {
    return fs.readlinkSync('/proc/self/ns/pid')
  } catch {
    return ''
  }
}

/**
 * Whether a lock was left by a run of this machine and pid namespace that is no longer running (killed during its
 * merge): without this, every `--cache` run of the next 30 s waited 10 s for it, in silence. A lock of another machine
 * or namespace, or of a running process, is waited for. (A plain pid is an earlier version's, written here.)
 */
function heldByTheDead(owner: string): boolean {
  const match = /^(\d{1,10})(?:@([^#]*)#(.*))?$/.exec(owner.trim())
  if (!match || Number(match[1]) === 0) return false
  if (match[2] !== undefined && (match[2] !== os.hostname() || match[3] !== pidNamespace())) return false
  try {
    process.kill(Number(match[1]), 0)
    return false
  } catch (error) {
    // (EPERM: it runs, as another user.)
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Take the lock file, waiting for another run to release it; returns its release, or undefined when it could not be taken. */
function acquireLock(lock: string): (() => void) | undefined {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      makeFolders(path.dirname(lock))
      fs.writeFileSync(lock, lockOwner(process.pid), {flag: 'wx'})
      return () => fs.rmSync(lock, {force: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // (Created, and then its pid could not be written, on a full disk: left, it held every later run 10 s. Not
        // created at all, under a file or with a name too long, the removal fails too: that ended the run as an internal
        // error, its report lost, where the cache that cannot be written is a warning.)
        try {
          fs.rmSync(lock, {force: true})
        } catch {
          // Nothing was created.
        }
        return undefined
      }
    }
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > LOCK_STALE_MS || heldByTheDead(fs.readFileSync(lock, 'utf8'))) {
        fs.rmSync(lock, {force: true})
        continue
      }
    } catch {
      continue // Released meanwhile.
    }
    if (Date.now() > deadline) return undefined
    sleep(10 + Math.floor(Math.random() * 20))
  }
}

/** What stands for a package that cannot be resolved: the engine fails on it the same way each run. */
const UNRESOLVED = '<unresolved>'
/** Bounds on what one cache key reads: local modules followed, packages fingerprinted. */
const MAX_MODULES = 500
const MAX_PACKAGES = 5_000

const JS_FILE = /\.(?:js|cjs|mjs)$/
const DATA_FILE = /(?:^|[\\/])(?:\.remarkrc|[^\\/]*\.(?:json|ya?ml))$/
/** A package name, maybe with a subpath (`remark-preset-lint-recommended`, `@scope/preset/sub.js`). */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]{0,100}\/)?[a-z0-9][\w.~-]{0,213}(?:\/[\w.~/-]{0,300})?$/i

/**
 * What a remark configuration loads, as strings for the cache key. A result
 * depends on the configuration's text and on the code it brings in:
 *
 * - presets and plugins named by a path (`./preset.mjs`, or a folder `./lint`
 *   by its package.json entry or index file): the file's text, and what that
 *   file loads in turn (its imports, or a data preset's plugins);
 * - presets and plugins named by package (`remark-preset-lint-recommended`, or
 *   `preset-lint-recommended`, which the engine also looks up as `remark-...`):
 *   the package found by node's module resolution from the configuration's
 *   folder (the engine's `from`), as its real path, its package.json and its
 *   entry file's text, and the name, version and path of every package it
 *   depends on, transitively (so `npm update` of a rule inside a preset counts);
 *   a name that does not resolve is a constant marker;
 * - a JS configuration (`.remarkrc.js`, `.cjs`, `.mjs`) or JS preset: every
 *   string in it that is a relative path or could be a package name, which
 *   covers its `import`/`require` specifiers and plugin names written as
 *   strings. Strings that are not packages only add constant markers.
 *
 * Not covered: a hand edit inside an installed package other than its
 * package.json and entry file, without a version change; code a plugin loads
 * at run time from elsewhere.
 */
class ConfigDependencies {
  private readonly packages = new Map<string, string>()
  private readonly closures = new Map<string, string>()

  /** The key parts for the configuration file `file` holding `text` (for package.json: its `remarkConfig`, as JSON). */
  ofConfig(file: string, text: string): string[] {
    const parts: string[] = []
    const seen = new Set<string>([file])
    const folder = path.dirname(file)
    if (JS_FILE.test(file)) this.scanJs(text, folder, parts, seen)
    else this.scanData(file, text, folder, parts, seen)
    return parts
  }

  private scanData(file: string, text: string, folder: string, parts: string[], seen: Set<string>): void {
    let value: unknown
    try {
      value = /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text)
    } catch {
      return // A broken configuration is a configuration error, cached or not.
    }
    if (!isObject(value)) return
    const plugins = value.plugins
    const ids: string[] = []
    if (Array.isArray(plugins)) {
      for (const item of plugins) {
        const id = Array.isArray(item) ? item[0] : item
        if (typeof id === 'string') ids.push(id)
      }
    } else if (isObject(plugins)) {
      ids.push(...Object.keys(plugins))
    }
    for (const id of ids) this.specifier(id, folder, parts, seen, true)
  }

  private scanJs(text: string, folder: string, parts: string[], seen: Set<string>): void {
    const strings = new Set<string>()
    for (const match of text.matchAll(/(["'`])([^"'`\n\\$]{1,300})\1/g)) strings.add(match[2])
    for (const id of [...strings].sort()) this.specifier(id, folder, parts, seen, PACKAGE_NAME.test(id) || isPath(id))
  }

  /** Add what `id`, named from `folder`, stands for. */
  private specifier(id: string, folder: string, parts: string[], seen: Set<string>, wanted: boolean): void {
    if (!wanted) return
    if (isPath(id)) {
      this.localModule(path.resolve(folder, id), parts, seen)
      return
    }
    if (id.startsWith('node:') || isBuiltin(id) || !PACKAGE_NAME.test(id)) return
    const segments = id.split('/')
    const name = segments.slice(0, id.startsWith('@') ? 2 : 1).join('/')
    parts.push(`package:${name}`, this.packageKey(name, folder))
    // The engine also looks a plugin name up with remark's prefix: `lint-foo` -> `remark-lint-foo`, `@s/foo` -> `@s/remark-foo`.
    if (!/^(?:@[^/]+\/)?remark-/.test(name)) {
      const prefixed = name.startsWith('@') ? `${segments[0]}/remark-${segments[1]}` : `remark-${name}`
      parts.push(`package:${prefixed}`, this.packageKey(prefixed, folder))
    }
  }

  private localModule(file: string, parts: string[], seen: Set<string>): void {
    // Like the engine, try the path as given and with the usual extensions; a folder (`require('./rules')`) by its
    // package.json entry or its index file.
    for (const candidate of [file, `${file}.js`, `${file}.mjs`, `${file}.cjs`, `${file}.json`, ...folderEntries(file)]) {
      if (seen.has(candidate) || seen.size > MAX_MODULES) return
      let text: string
      try {
        if (!fs.statSync(candidate).isFile()) continue
        text = fs.readFileSync(candidate, 'utf8')
      } catch {
        continue
      }
      seen.add(candidate)
      parts.push(`module:${candidate}`, text)
      if (JS_FILE.test(candidate)) this.scanJs(text, path.dirname(candidate), parts, seen)
      else if (DATA_FILE.test(candidate)) this.scanData(candidate, text, path.dirname(candidate), parts, seen)
      return
    }
    parts.push(`module:${file}`, UNRESOLVED)
  }

  /** The installed package `name` as seen from `folder`, with everything it depends on; UNRESOLVED when there is none. */
  private packageKey(name: string, folder: string): string {
    const cacheKey = `${folder}\0${name}`
    let key = this.packages.get(cacheKey)
    if (key === undefined) {
      const root = findPackage(name, folder)
      if (root === undefined) key = UNRESOLVED
      else {
        const manifest = readOrEmpty(path.join(root, 'package.json'))
        key = sha256(root, manifest, readOrEmpty(path.join(root, entryOf(manifest))), this.closure(root))
      }
      this.packages.set(cacheKey, key)
    }
    return key
  }

  /** Name, version and real path of every package `root` depends on, transitively. */
  private closure(root: string): string {
    const known = this.closures.get(root)
    if (known !== undefined) return known
    const lines: string[] = []
    const manifests = new Map<string, Record<string, unknown>>([[root, readManifest(root)]])
    const queue = [root]
    for (let next = 0; next < queue.length && manifests.size < MAX_PACKAGES; next++) {
      const current = queue[next]
      const manifest = manifests.get(current)!
      const names = new Set<string>()
      for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
        const value = manifest[field]
        if (isObject(value)) for (const dependency of Object.keys(value)) names.add(dependency)
      }
      for (const dependency of [...names].sort()) {
        const found = findPackage(dependency, current)
        if (found === undefined) {
          lines.push(`${dependency} ${UNRESOLVED}`)
        } else if (!manifests.has(found)) {
          const dependencyManifest = readManifest(found)
          manifests.set(found, dependencyManifest)
          queue.push(found)
          lines.push(`${dependency}@${String(dependencyManifest.version ?? UNRESOLVED)} ${found}`)
        }
      }
    }
    const result = lines.sort().join('\n')
    this.closures.set(root, result)
    return result
  }
}

/** A package's package.json, or {} when it is missing or broken. */
function readManifest(folder: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as unknown
    return isObject(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

function isPath(id: string): boolean {
  return id.startsWith('./') || id.startsWith('../') || path.isAbsolute(id)
}

/**
 * The real folder of package `name` found from `folder` the way node's ESM
 * resolution (which the engine uses) looks for it: `node_modules/<name>` in the
 * folder and each folder above it. Undefined when there is none.
 */
function findPackage(name: string, folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (path.basename(current) !== 'node_modules') {
      const candidate = path.join(current, 'node_modules', name)
      try {
        if (fs.statSync(path.join(candidate, 'package.json')).isFile()) return fs.realpathSync(candidate)
      } catch {
        // Not here: the folder above.
      }
    }
    if (path.dirname(current) === current) return undefined
  }
}

/** The files a folder named as a module stands for: its package.json's entry, else its index file (as `require` reads it). */
function folderEntries(folder: string): string[] {
  let isFolder = false
  try {
    isFolder = fs.statSync(folder).isDirectory()
  } catch {
    return []
  }
  if (!isFolder) return []
  const manifest = readOrEmpty(path.join(folder, 'package.json'))
  const named = manifest === '' ? [] : [path.join(folder, entryOf(manifest))]
  return [...named, ...['index.js', 'index.mjs', 'index.cjs', 'index.json'].map((name) => path.join(folder, name))]
}

/** The main entry of a package from its package.json text (`exports` for `.` by import/default/node/require, else `main`, else index.js). */
function entryOf(manifestText: string): string {
  let manifest: Record<string, unknown>
  try {
    const parsed = JSON.parse(manifestText) as unknown
    if (!isObject(parsed)) return 'index.js'
    manifest = parsed
  } catch {
    return 'index.js'
  }
  const pick = (value: unknown, depth: number): string | undefined => {
    if (typeof value === 'string') return value
    if (Array.isArray(value)) return pick(value[0], depth + 1)
    if (!isObject(value) || depth > 8) return undefined
    if ('.' in value) return pick(value['.'], depth + 1)
    for (const condition of ['import', 'default', 'node', 'require']) {
      if (condition in value) return pick(value[condition], depth + 1)
    }
    return undefined
  }
  return pick(manifest.exports, 0) ?? (typeof manifest.main === 'string' ? manifest.main : 'index.js')
}

function store(message: VFileMessage): CachedMessage {
  const {stack: _stack, cause: _cause, ...kept} = toTransport(message)
  return kept
}

function replay(file: VFile, stored: CachedMessage): void {
  restoreMessage(file, {...stored, stack: null, cause: undefined})
}
