/**
 * The result cache behind `strategy-lint --cache` (see the comment below).
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {restoreMessage, toTransport, type TransportMessage} from './lint-engine.js'
import {version} from './version.js'

/** The default `--cache` file, in the working folder. */
export const DEFAULT_CACHE_FILE = '.strategylintcache'

/** The command-line options that decide where the cache lives and what its key holds. */
export interface CacheOptions {
  cacheLocation: string | undefined
  type: string | undefined
  gitignore: boolean
  ignorePath: string | undefined
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}

/*
 * --cache: like ESLint's. Each linted file's messages are stored under its
 * absolute path with two keys: `hash`, the sha256 of the text that was linted,
 * and `runKey`, the sha256 of everything else that can change the result: the
 * package version, the flags that reach the rules (--type), and every remark
 * configuration and ignore file from the file's folder upward. On a later run
 * a file whose keys match is not parsed or linted: its stored messages are
 * replayed onto the file and everything after (quiet, reporting, exit code)
 * runs as usual, so the report is the same. Files are still found, read and
 * configured by the engine, so ignore rules and configuration errors behave as
 * without the cache.
 */

const CACHE_FORMAT = 2

/** Configuration and ignore files that can change a file's result, looked for from its folder upward. */
const CONFIG_FILE = /^(?:\.remarkrc(?:\.(?:json|js|cjs|mjs|yml|yaml))?|package\.json|\.remarkignore|\.gitignore)$/

/** A message as the cache keeps it: what a worker sends, without stack and cause (a cached file had no setup problem). */
type CachedMessage = Omit<TransportMessage, 'stack' | 'cause'>

interface CacheEntry {
  hash: string
  runKey: string
  messages: CachedMessage[]
  /** The document type the file was checked as (null: none applied), so a replayed file is counted as checked or skipped as before. */
  type?: string | null
}

interface CacheData {
  format: number
  entries: Record<string, CacheEntry>
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEntry(value: unknown): value is CacheEntry {
  return isObject(value) && typeof value.hash === 'string' && typeof value.runKey === 'string' && Array.isArray(value.messages) &&
    value.messages.every((message) => isObject(message) && typeof message.reason === 'string')
}

export class LintCache {
  /** Absolute path of the cache file. */
  readonly file: string
  private readonly cwd: string
  private readonly globalKey: string
  private readonly previous: Record<string, CacheEntry>
  private readonly next = new Map<string, CacheEntry>()
  private readonly folderKeys = new Map<string, string>()
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
      // `globs` in the configuration match paths relative to the working folder: a cache shared
      // between working folders must not replay one folder's results in another.
      cwd,
      options.type ?? '',
      String(options.gitignore),
      options.ignorePath === undefined ? '' : readOrEmpty(path.resolve(cwd, options.ignorePath)),
      options.gitignore ? readOrEmpty(path.join(cwd, '.gitignore')) : ''
    )
    this.previous = LintCache.load(file)
  }

  /** The stored entries, or none when the file is missing, unreadable or not a cache. */
  private static load(file: string): Record<string, CacheEntry> {
    const entries: Record<string, CacheEntry> = {}
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
      names = fs.readdirSync(folder).filter((name) => CONFIG_FILE.test(name)).sort()
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
      // A preset or plugin the configuration names by a relative path is part of the configuration too.
      for (const local of localModules(text)) parts.push(local, readOrEmpty(path.resolve(folder, local)))
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
   * A processor factory for the engine: remark, with parse and run skipped for
   * files the cache knows. With `defer`, the other files are not parsed and
   * linted either but handed to `defer`; the caller lints them and then calls
   * `remember` for each.
   */
  processor(defer?: (file: VFile) => void): () => ReturnType<typeof remark> {
    const base = remark()
    return () => {
      const processor = base()
      const parse = processor.parse.bind(processor)
      const run = processor.run.bind(processor)
      processor.parse = ((file: VFile) => {
        const absolute = path.resolve(this.cwd, file.path)
        const hash = sha256(String(file.value ?? ''))
        const runKey = this.runKey(absolute)
        const entry = this.previous[absolute]
        if (entry && entry.hash === hash && entry.runKey === runKey) {
          // Still apply the plugins, so their option errors surface as without the cache.
          processor.freeze()
          this.hits.set(file, entry)
          this.next.set(absolute, entry)
          return {type: 'root', children: []} satisfies Root
        }
        this.misses.set(file, {path: absolute, hash, runKey})
        if (!defer) return parse(file)
        processor.freeze()
        defer(file)
        return {type: 'root', children: []} satisfies Root
      }) as typeof processor.parse
      processor.run = ((tree: Root, file: VFile, done: (error?: Error, tree?: Root) => void) => {
        const entry = this.hits.get(file)
        if (entry) {
          for (const stored of entry.messages) replay(file, stored)
          if (entry.type !== undefined) file.data.strategyType = entry.type
          done(undefined, tree)
          return
        }
        if (defer) {
          done(undefined, tree)
          return
        }
        run(tree, file, (error, result) => {
          if (!error) this.remember(file)
          done(error ?? undefined, result as Root | undefined)
        })
      }) as unknown as typeof processor.run
      return processor
    }
  }

  /** Store the messages of `file`, linted without error, if the cache did not know it. */
  remember(file: VFile): void {
    const miss = this.misses.get(file)
    if (miss) this.next.set(miss.path, {hash: miss.hash, runKey: miss.runKey, messages: file.messages.map(store), type: file.data.strategyType})
  }

  /** Write the cache: this run's results, plus earlier ones for files that still exist. Returns a problem, if any. */
  save(): string | undefined {
    const entries: Record<string, CacheEntry> = {}
    for (const [key, entry] of Object.entries(this.previous)) {
      if (!this.next.has(key) && fs.existsSync(key)) entries[key] = entry
    }
    for (const [key, entry] of this.next) entries[key] = entry
    const data: CacheData = {format: CACHE_FORMAT, entries}
    const temporary = `${this.file}.${process.pid}.tmp`
    try {
      fs.mkdirSync(path.dirname(this.file), {recursive: true})
      fs.writeFileSync(temporary, JSON.stringify(data))
      fs.renameSync(temporary, this.file)
    } catch (error) {
      fs.rmSync(temporary, {force: true})
      return oneLine(error)
    }
    return undefined
  }
}

/**
 * Relative module paths (`./preset.js`, `../lint/plugin.mjs`) in a
 * configuration's text, JSON or YAML: the files whose content is hashed into
 * the cache key with it. Found by their quoted or bare `./` / `../` form.
 */
function localModules(text: string): string[] {
  const found = new Set<string>()
  for (const match of text.matchAll(/["'\s[,-](\.{1,2}\/[^"'\s,\]]{1,300})/g)) found.add(match[1])
  return [...found].sort()
}

function store(message: VFileMessage): CachedMessage {
  const {stack: _stack, cause: _cause, ...kept} = toTransport(message)
  return kept
}

function replay(file: VFile, stored: CachedMessage): void {
  restoreMessage(file, {...stored, stack: null, cause: undefined})
}
