/**
 * The `strategy-lint-language-server`: remark-language-server (the stock
 * unified-language-server set up for remark) plus a zero-configuration
 * fallback.
 *
 * How the fallback works, and why this way
 * ----------------------------------------
 * unified-language-server calls unified-engine itself and passes it a fixed
 * set of options; `defaultConfig` (what the `strategy-lint` CLI uses for its
 * built-in setup) is not one of them and there is no hook to add it. The
 * other ways in do not fit:
 *
 * - `defaultProcessor` is only used when `remark` cannot be imported from the
 *   workspace, which says nothing about whether the workspace has a remark
 *   configuration (and a processor carries no configuration that the engine
 *   would read).
 * - the plugins of the `plugins` option are added to every file, configured
 *   or not, after the configured ones.
 *
 * So the server passes one plugin through `plugins`, `zeroConfigFallback`,
 * which does nothing unless the file has no remark configuration. The engine
 * does not tell plugins whether it found a configuration, and plugins are
 * attached before the file is known, so the decision is made where the file
 * is known and before the document is parsed: in the parser. The plugin wraps
 * the processor's parser; for each file it looks for a configuration the way
 * unified-engine does (`hasRemarkConfiguration`, below) and
 *
 * - when there is one that runs this package's plugin (or its rules), calls
 *   the original parser and stays out of the way: the file is handled exactly
 *   as remark-language-server handles it;
 * - when there is none, or one that does not run this plugin (as in the CLI,
 *   the strategy rules are then added with their defaults; the configured
 *   plugins still run after them), parses with this package's built-in processor
 *   (remark + GFM + YAML front matter + every strategy rule at its default
 *   setting, the same setup as the CLI's `defaultConfig`) and its transformer
 *   then runs those rules on the tree. The compiler is wrapped the same way,
 *   so "Format document" can print front matter and tables.
 *
 * The lookup runs synchronously on every check (no cache), so adding or
 * removing a `.remarkrc` takes effect on the next check.
 *
 * Because the built-in parser is ours, it can also be incremental: it reuses
 * the parse of every section an edit did not touch (see "Incremental
 * parsing" below), which keeps a check of a 2,000-line document well under
 * 100 ms. Configured workspaces keep the workspace's own parser and parse the
 * whole document on every change, as remark-language-server does.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {remark} from 'remark'
import type {Processor} from 'unified'
import type {Node} from 'unist'
import type {Options} from 'unified-language-server'
import type {VFile} from 'vfile'
import remarkLintStrategy from '../index.js'
import {startLanguageServer} from './lsp.js'
import {usesStrategyPlugin} from '../engine/plugin-presence.js'

/** The options remark-language-server passes to `createUnifiedLanguageServer`. */
export const remarkServerOptions = {
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
  configurationSection: 'remark',
  rcName: '.remarkrc',
  packageField: 'remarkConfig',
  ignoreName: '.remarkignore',
  pluginPrefix: 'remark'
} satisfies Options

/** Extensions unified-engine tries after `rcName` (`.remarkrc.json` and so on). */
const RC_EXTENSIONS = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml']

/**
 * Whether unified-engine would find a remark configuration for `filePath`:
 * from the file's folder up to the root, an rc file (`.remarkrc`,
 * `.remarkrc.json`, `.cjs`, `.mjs`, `.js`, `.yaml`, `.yml`) or a
 * `package.json` with a `remarkConfig` field. A `package.json` without the
 * field does not count; one that cannot be parsed does (the engine reports the
 * error, as remark-language-server would).
 */
export function hasRemarkConfiguration(
  filePath: string,
  {rcName = '.remarkrc', packageField = 'remarkConfig'}: {rcName?: string; packageField?: string} = {}
): boolean {
  let folder = path.dirname(path.resolve(filePath))
  for (;;) {
    for (const extension of RC_EXTENSIONS) {
      if (fs.statSync(path.join(folder, rcName + extension), {throwIfNoEntry: false})) return true
    }
    const packageFile = path.join(folder, 'package.json')
    if (fs.statSync(packageFile, {throwIfNoEntry: false})) {
      try {
        const data: unknown = JSON.parse(fs.readFileSync(packageFile, 'utf8'))
        if (typeof data === 'object' && data !== null && (data as Record<string, unknown>)[packageField] !== undefined) {
          return true
        }
      } catch {
        return true
      }
    }
    const parent = path.dirname(folder)
    if (parent === folder) return false
    folder = parent
  }
}

/** This package's built-in setup: what `strategy-lint` uses when there is no configuration. */
function builtinProcessor() {
  return remark().use(remarkLintStrategy).freeze()
}

let builtin: ReturnType<typeof builtinProcessor> | undefined

function getBuiltin(): ReturnType<typeof builtinProcessor> {
  builtin ??= builtinProcessor()
  return builtin
}

declare module 'vfile' {
  interface DataMap {
    /** Set on files that have no remark configuration and get the built-in setup. */
    strategyZeroConfig: boolean
  }
}

function filePathOf(file: VFile): string {
  return path.resolve(file.cwd, file.path || 'stdin.js')
}

type Parse = (document: string, file: VFile) => Root
type Compile = (tree: Root, file: VFile) => unknown

/**
 * The plugin given to unified-language-server's `plugins` option: the
 * built-in setup for files without a remark configuration, nothing for the
 * others. See the top of this file.
 */
export function zeroConfigFallback(this: Processor) {
  // unified 11 (remark 15) keeps them in `parser` / `compiler`, unified 10 (remark 14) in `Parser` / `Compiler`.
  const self = this as unknown as Record<string, unknown>
  const parserKey = typeof self.parser !== 'function' && typeof self.Parser === 'function' ? 'Parser' : 'parser'
  const compilerKey = typeof self.compiler !== 'function' && typeof self.Compiler === 'function' ? 'Compiler' : 'compiler'
  const parse = self[parserKey] as Parse | undefined
  const compile = self[compilerKey] as Compile | undefined
  // The configured plugins are attached before this one (unified-engine adds the `plugins` option last).
  const configuredWithStrategy = usesStrategyPlugin(this)
  const wrappedParse: Parse = function (document, file) {
    // A configuration that does not list this plugin (`{"plugins": []}`, settings only) gets the built-in
    // setup too, as in the `strategy-lint` CLI; its own plugins still run after.
    if (configuredWithStrategy && hasRemarkConfiguration(filePathOf(file))) {
      if (!parse) throw new Error('Cannot parse: the workspace processor has no parser')
      return parse(document, file)
    }
    file.data.strategyZeroConfig = true
    return incrementalParse(filePathOf(file), String(file))
  }
  self[parserKey] = wrappedParse
  if (compile) {
    const wrappedCompile: Compile = function (tree, file) {
      return file.data.strategyZeroConfig ? getBuiltin().stringify(tree, file) : compile(tree, file)
    }
    self[compilerKey] = wrappedCompile
  }
  // Typed for any tree: the engine's `plugins` option takes plugins for any syntax.
  return async function runBuiltinRules(tree: Node, file: VFile): Promise<void> {
    if (!file.data.strategyZeroConfig) return
    await getBuiltin().run(tree as Root, file)
  }
}

/*
 * Incremental parsing (zero-configuration files only)
 * --------------------------------------------------
 * The language server checks the whole document on every change, and most of
 * a check is parsing: about three quarters of the time on a 2,000-line
 * document. Editing changes one place, so the built-in parser reuses the
 * parse of every top-level section that did not change.
 *
 * The document is cut into chunks before lines that start with `#` (a
 * candidate ATX heading). A chunk is parsed together with the line that
 * starts the next chunk, and the cut is kept only when that line comes out
 * as a heading directly in the root: then it closes everything the chunk
 * opened (an ATX heading cannot be a lazy continuation line, and a heading
 * line in a fenced code block, an HTML block or a list item would not come
 * out as a root heading), the chunk's blocks are final, and the next chunk
 * starts from the same state as a fresh parse. When a cut fails, the chunk
 * takes in the next chunks (doubling) until a cut holds.
 *
 * Parsed whole instead: a document with anything like a link or footnote
 * definition (`]:`), as definitions affect the whole document; one with a
 * carriage return on its own (a line ending to micromark, not to the
 * chunking); and one that opens with `---` but has no front matter, after
 * which micromark parses lists differently all the way down. Front matter
 * itself stays in the first chunk.
 *
 * Parses are cached by chunk text (and the line after it), for the latest
 * version of each document only; a reused chunk is copied with its positions
 * moved to where it now is. tests/lsp.test.ts checks that the result equals a
 * whole-document parse.
 */

/** `]:` could be a link or footnote definition, which affects the whole document. */
const DEFINITION = /\]:/
const HEADING_START = /^#{1,6}(?:[ \t\r\n]|$)/
/** A carriage return on its own is a line ending to micromark but not to the chunking, which counts `\n`. */
const LONE_CR = /\r(?!\n)/
const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_CLOSE = /\n---[ \t]*(?:\r?\n|$)/

interface Chunk {
  text: string
  /** 1-based line and 0-based offset where the chunk starts. */
  line: number
  offset: number
}

type Block = Root['children'][number]

/** Per document, the parses of the latest version's chunks: key is the chunk's text and the line after it. */
const chunkCaches = new Map<string, Map<string, Block[] | null>>()
const MAX_CACHED_DOCUMENTS = 20

/** Split `source` before every line starting with `#` (never before the first line). */
export function candidateChunks(source: string): Chunk[] {
  const chunks: Chunk[] = []
  let start = 0
  let startLine = 1
  let line = 1
  let offset = 0
  while (offset < source.length) {
    const newline = source.indexOf('\n', offset)
    const next = newline === -1 ? source.length : newline + 1
    if (offset > 0 && source.charCodeAt(offset) === 35 /* # */ && HEADING_START.test(source.slice(offset, offset + 8))) {
      chunks.push({text: source.slice(start, offset), line: startLine, offset: start})
      start = offset
      startLine = line
    }
    offset = next
    line++
  }
  chunks.push({text: source.slice(start), line: startLine, offset: start})
  return chunks
}

/**
 * Parse `text` (a chunk) followed by `after` (the first line of the next chunk, or '' at the end):
 * the chunk's top-level blocks, or `null` when `after` does not come out as a root heading.
 */
function parseChunk(text: string, after: string): Block[] | null {
  const tree = getBuiltin().parse(text + after)
  if (!after) return tree.children
  const last = tree.children[tree.children.length - 1]
  const lines = countLines(text)
  if (!last || last.type !== 'heading' || last.position?.start.line !== lines + 1 || last.position.start.column !== 1) {
    return null
  }
  return tree.children.slice(0, -1)
}

function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

/** The first line with its line break, untrimmed (unlike util's firstLine): the text after a chunk, parsed with it to check the cut. */
function firstLineWithBreak(text: string): string {
  const newline = text.indexOf('\n')
  return newline === -1 ? text : text.slice(0, newline + 1)
}

function wholeParse(key: string, source: string): Root {
  chunkCaches.delete(key)
  return getBuiltin().parse(source)
}

/** A deep copy of `node` with every position moved down `lines` lines and on `offset` characters. */
function shifted<T extends Node>(node: T, lines: number, offset: number): T {
  const copy = {...node} as T & {children?: Node[]}
  if (node.position) {
    const {start, end} = node.position
    copy.position = {
      start: {line: start.line + lines, column: start.column, offset: start.offset === undefined ? undefined : start.offset + offset},
      end: {line: end.line + lines, column: end.column, offset: end.offset === undefined ? undefined : end.offset + offset}
    }
  }
  const children = (node as {children?: Node[]}).children
  if (children) copy.children = children.map((child) => shifted(child, lines, offset))
  return copy
}

/** Parse `source` with the built-in processor, reusing the parses of unchanged sections of this document's previous version. */
export function incrementalParse(key: string, source: string): Root {
  // micromark drops a byte order mark and counts offsets without it.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
  // TOML front matter (`+++`) may hold `# comment` lines, which the chunking would cut at.
  if (DEFINITION.test(source) || LONE_CR.test(source) || source.startsWith('+++')) return wholeParse(key, source)
  const previous = chunkCaches.get(key) ?? new Map<string, Block[] | null>()
  const current = new Map<string, Block[] | null>()
  const parseCached = (text: string, after: string) => {
    const cacheKey = text + '\0' + after
    let blocks = current.get(cacheKey)
    if (blocks === undefined) blocks = previous.get(cacheKey)
    if (blocks === undefined) blocks = parseChunk(text, after)
    current.set(cacheKey, blocks)
    return blocks
  }

  let candidates = candidateChunks(source)
  // Front matter: no cut before its closing fence. A document that opens with `---` but has no
  // front matter is parsed whole: micromark then parses the rest of it differently (lists come
  // out as paragraphs), which only a whole parse reproduces.
  const opensFrontMatter = FRONT_MATTER_OPEN.test(source)
  if (opensFrontMatter) {
    const close = FRONT_MATTER_CLOSE.exec(source)
    if (!close) return wholeParse(key, source)
    const after = close.index + close[0].length
    const first = candidates.findIndex((chunk) => chunk.offset >= after)
    const merged = first === -1 ? candidates : candidates.slice(0, first)
    candidates = [
      {text: merged.map((chunk) => chunk.text).join(''), line: 1, offset: 0},
      ...(first === -1 ? [] : candidates.slice(first))
    ]
  }
  const children: Block[] = []
  let index = 0
  const parseRange = (from: number, to: number) =>
    parseCached(
      candidates
        .slice(from, to)
        .map((chunk) => chunk.text)
        .join(''),
      to < candidates.length ? firstLineWithBreak(candidates[to].text) : ''
    )
  while (index < candidates.length) {
    // Grow the chunk until the cut after it holds (or the document ends). It doubles, so that an
    // unclosed code fence costs about two parses of the rest of the document, not one per heading.
    const {line, offset} = candidates[index]
    let size = 1
    let end = index + 1
    let blocks = parseRange(index, end)
    while (blocks === null) {
      size *= 2
      end = Math.min(candidates.length, index + size)
      blocks = parseRange(index, end)
    }
    if (index === 0 && opensFrontMatter && blocks[0]?.type !== 'yaml') return wholeParse(key, source)
    for (const block of blocks) children.push(shifted(block, line - 1, offset))
    index = end
  }

  chunkCaches.delete(key)
  chunkCaches.set(key, current)
  if (chunkCaches.size > MAX_CACHED_DOCUMENTS) chunkCaches.delete(chunkCaches.keys().next().value!)

  const end = endPoint(source)
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** The point after the last character, as micromark reports the end of a document. */
function endPoint(source: string): {line: number; column: number; offset: number} {
  const lastNewline = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'))
  return {line: countLines(source.replace(/\r\n?/g, '\n')) + 1, column: source.length - lastNewline, offset: source.length}
}

/**
 * Start the server on the connection given on the command line (`--stdio`, `--node-ipc`, `--socket=<port>`):
 * remark-language-server's behaviour with `zeroConfigFallback`, checked off the main thread (src/server/lsp.ts).
 */
export function createStrategyLanguageServer(): void {
  startLanguageServer()
}
