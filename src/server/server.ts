/**
 * What the `strategy-lint-language-server`'s check workers (lsp-worker.ts)
 * run: remark-language-server (the stock unified-language-server set up for
 * remark) plus a zero-configuration fallback. The main thread (lsp.ts) does
 * not import this module, so it does not load the linter.
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
 *   the original parser and stays out of the way: the file gets the tree and
 *   the messages remark-language-server gives it (the parser is only called
 *   section by section, see below);
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
 * Parsing is incremental in both cases: the parser reuses the parse of every
 * section an edit did not touch (see "Incremental parsing" below), so an edit
 * to a 2,000-line document re-parses one section, not 2,000 lines. A configured
 * workspace's own parser is called on the changed sections only, when its
 * syntax is one the chunking is known to reproduce exactly (CommonMark, GFM,
 * YAML/TOML front matter: see "Which configured parsers are parsed
 * incrementally"); with other syntax (math, directives, MDX) it parses the
 * whole document on every change, as remark-language-server does. Either way
 * the tree is the one a whole-document parse gives.
 */
import {EventEmitter} from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import type {Node} from 'unist'
import type {Options} from 'unified-language-server'
import {VFile} from 'vfile'
import remarkLintStrategy from '../index.js'
import {REMARK_NAMES} from './names.js'
import {usesStrategyPlugin} from '../engine/plugin-presence.js'

/** The options remark-language-server passes to `createUnifiedLanguageServer`. */
export const remarkServerOptions = {...REMARK_NAMES, defaultProcessor: remark} satisfies Options

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

/** The built-in setup printing with a configuration's `settings` (remark-stringify's options); one per settings object, which unified-engine keeps per configuration. */
const builtinBySettings = new WeakMap<object, ReturnType<typeof builtinProcessor>>()

function builtinWithSettings(settings: unknown): ReturnType<typeof builtinProcessor> {
  if (typeof settings !== 'object' || settings === null || Object.keys(settings).length === 0) return getBuiltin()
  let processor = builtinBySettings.get(settings)
  if (!processor) {
    processor = getBuiltin()().data('settings', {...getBuiltin().data('settings'), ...settings}).freeze()
    builtinBySettings.set(settings, processor)
  }
  return processor
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
  const processor = this
  // Decided at the first parse, when the processor is frozen and every plugin has added its syntax.
  let chunkParser: ChunkParser | null | undefined
  const wrappedParse: Parse = function (document, file) {
    // A configuration that does not list this plugin (`{"plugins": []}`, settings only) gets the built-in
    // setup too, as in the `strategy-lint` CLI; its own plugins still run after.
    if (configuredWithStrategy && hasRemarkConfiguration(filePathOf(file))) {
      if (!parse) throw new Error('Cannot parse: the workspace processor has no parser')
      if (chunkParser === undefined) chunkParser = configuredChunkParser(processor, parse)
      // The workspace's own parser, section by section when its syntax allows (see "Incremental parsing").
      return chunkParser ? incrementalParse(filePathOf(file), String(file), chunkParser) : parse(document, file)
    }
    file.data.strategyZeroConfig = true
    return incrementalParse(filePathOf(file), String(file))
  }
  self[parserKey] = wrappedParse
  if (compile) {
    // (Format Document: a tree the built-in parser made is printed by the built-in processor, which knows its
    // syntax, under the `settings` of a configuration that does not list this plugin: `{"settings": {"bullet": "-"}}`.)
    const wrappedCompile: Compile = function (tree, file) {
      return file.data.strategyZeroConfig ? builtinWithSettings(processor.data('settings')).stringify(tree, file) : compile(tree, file)
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
 * Incremental parsing
 * -------------------
 * The language server checks the whole document on every change, and most of
 * a check is parsing: about three quarters of the time on a 2,000-line
 * document. Editing changes one place, so the parser reuses the parse of
 * every top-level section that did not change. This works with any parse
 * function that behaves like micromark with the syntax this package itself
 * adds (see "Which configured parsers are parsed incrementally" below): the
 * built-in processor for files without configuration, the workspace's own
 * remark for configured files.
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
 * chunking); and, when the parser reads front matter, one that opens with
 * `---` but has no front matter, after which micromark parses lists
 * differently all the way down, or opens with TOML's `+++`, whose `#`
 * comments the chunking would cut at. Front matter itself stays in the first
 * chunk. A chunk whose parse throws (which CommonMark never does) also means a
 * whole parse, so the document gets the whole parse's error or tree.
 *
 * Parses are cached by chunk text (and the line after it), for the latest
 * version of each document only, and only under the parser configuration
 * they were made with (`ChunkParser.key`): a check under another
 * configuration starts afresh. A reused chunk is copied with its positions
 * moved to where it now is. tests/lsp-incremental-config.test.ts checks that
 * the result equals a whole-document parse, for the built-in parser and for
 * configured ones.
 */

/** A parse function the chunking can call on any part of a document, and what it needs to know about it. */
export interface ChunkParser {
  /**
   * Names the parser and its configuration: chunks parsed under one key are
   * never reused under another, so a changed configuration re-parses
   * everything once.
   */
  key: string
  parse: (text: string) => Root
  /** Whether `---` (YAML) and `+++` (TOML) at the start of a document open front matter for this parser. */
  yaml: boolean
  toml: boolean
  /**
   * Whether a document that opens with `-` or `+` other than the `---` fence may still open front
   * matter: a configured parser with front matter, as a plugin may have added a matter with
   * other fences (`-----`) that remark-frontmatter's options do not show. Such documents are parsed whole.
   */
  otherFences: boolean
}

const builtinParser: ChunkParser = {key: 'built-in', parse: (text) => getBuiltin().parse(text), yaml: true, toml: true, otherFences: false}

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

/** Per document, the parses of the latest version's chunks (key: the chunk's text and the line after it) and the parser they were made with. */
const chunkCaches = new Map<string, {parser: string; chunks: Map<string, Block[] | null>}>()
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
function parseChunk(parser: ChunkParser, text: string, after: string): Block[] | null {
  const tree = parser.parse(text + after)
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

function wholeParse(key: string, source: string, parser: ChunkParser): Root {
  chunkCaches.delete(key)
  return parser.parse(source)
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

/**
 * Parse `source` with `parser` (the built-in processor unless given), reusing the parses of unchanged
 * sections of this document's previous version when it was parsed with the same parser configuration.
 */
export function incrementalParse(key: string, source: string, parser: ChunkParser = builtinParser): Root {
  // micromark drops a byte order mark and counts offsets without it.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
  // TOML front matter (`+++`) may hold `# comment` lines, which the chunking would cut at.
  if (DEFINITION.test(source) || LONE_CR.test(source) || (parser.toml && source.startsWith('+++')) || otherFence(parser, source)) {
    return wholeParse(key, source, parser)
  }
  let children: Block[] | undefined
  let chunks: Map<string, Block[] | null> | undefined
  try {
    ;({children, chunks} = parseInChunks(key, source, parser))
  } catch {
    // Only a syntax extension throws; the whole parse throws its own error (or, if it does not, is the tree).
    return wholeParse(key, source, parser)
  }
  if (!children || !chunks) return wholeParse(key, source, parser)

  chunkCaches.delete(key)
  chunkCaches.set(key, {parser: parser.key, chunks})
  if (chunkCaches.size > MAX_CACHED_DOCUMENTS) chunkCaches.delete(chunkCaches.keys().next().value!)

  const end = endPoint(source)
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** A document that may open front matter with fences the chunking does not know (see `ChunkParser.otherFences`). */
function otherFence(parser: ChunkParser, source: string): boolean {
  return parser.otherFences && (source.startsWith('+') || (source.startsWith('-') && !FRONT_MATTER_OPEN.test(source)))
}

/**
 * The chunking itself: the root's children and the chunk parses to keep, or nothing when the
 * document has to be parsed whole (front matter the chunks cannot reproduce).
 */
function parseInChunks(key: string, source: string, parser: ChunkParser): {children?: Block[]; chunks?: Map<string, Block[] | null>} {
  const cached = chunkCaches.get(key)
  // Chunks parsed under another configuration are never reused: they may have parsed differently.
  const previous = cached?.parser === parser.key ? cached.chunks : new Map<string, Block[] | null>()
  const current = new Map<string, Block[] | null>()
  const parseCached = (text: string, after: string) => {
    const cacheKey = text + '\0' + after
    let blocks = current.get(cacheKey)
    if (blocks === undefined) blocks = previous.get(cacheKey)
    if (blocks === undefined) blocks = parseChunk(parser, text, after)
    current.set(cacheKey, blocks)
    return blocks
  }

  let candidates = candidateChunks(source)
  // Front matter: no cut before its closing fence. A document that opens with `---` but has no
  // front matter is parsed whole: micromark then parses the rest of it differently (lists come
  // out as paragraphs), which only a whole parse reproduces. A parser without front matter reads
  // `---` as a thematic break, which needs nothing of this.
  const opensFrontMatter = parser.yaml && FRONT_MATTER_OPEN.test(source)
  if (opensFrontMatter) {
    const close = FRONT_MATTER_CLOSE.exec(source)
    if (!close) return {}
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
    if (index === 0 && opensFrontMatter && blocks[0]?.type !== 'yaml') return {}
    for (const block of blocks) children.push(shifted(block, line - 1, offset))
    index = end
  }
  return {children, chunks: current}
}

/** The point after the last character, as micromark reports the end of a document. */
function endPoint(source: string): {line: number; column: number; offset: number} {
  const lastNewline = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'))
  return {line: countLines(source.replace(/\r\n?/g, '\n')) + 1, column: source.length - lastNewline, offset: source.length}
}

/*
 * Which configured parsers are parsed incrementally
 * -------------------------------------------------
 * A configured file is parsed by the workspace's remark with whatever its
 * configuration added. The chunking above is safe for micromark with
 * CommonMark, GFM and YAML/TOML front matter (the built-in syntax): every
 * block construct there is decided by the lines up to the one being read,
 * except the ones handled above (definitions, front matter). So a configured
 * parser is parsed in chunks when
 *
 * - it is remark-parse's parser (the same source as the `remarkParse`
 *   attacher installs), not one a plugin put in its place;
 * - every block-level construct of its micromark extensions (`document`,
 *   `contentInitial`, `flowInitial`, `flow`) is one of the built-in syntax's
 *   (compared by the source of their functions, so another installed copy of
 *   the same version counts, another version does not). Inline constructs
 *   (`text`, `string`, ...) cannot reach past a root heading line, and turning
 *   constructs off (`disable`) leaves the rest as decided by their prefix as
 *   before, so any of those is fine at this level;
 * - every handler and whole-tree `transform` of its mdast extensions is the
 *   built-in syntax's: an unknown one could keep state across the document
 *   (numbering nodes) or put positions in node data, which the chunking
 *   neither sees nor moves;
 * - its front matter is YAML or TOML, at the start only: mdast-util-frontmatter's
 *   handler registered for those types only, the constructs tried at `-` and
 *   `+` only, remark-frontmatter used with its presets only, and a probe
 *   finds none past the start (a custom matter or `anywhere` could open a
 *   block that only a later line closes). A plugin could still add a YAML
 *   matter with other dash fences (`-----`) that none of this shows, so a
 *   document that opens with `-` or `+` other than the `---` fence is parsed
 *   whole (`ChunkParser.otherFences`).
 *
 * Anything else (remark-math, remark-directive, remark-mdx, wiki links,
 * another parser, another version of the syntax packages) is parsed whole on
 * every change, as
 * remark-language-server does: a wrong tree is worse than a slow one.
 *
 * The configuration key is made from the processor's attachers (each
 * plugin's identity, which unified-engine's module loading keeps from one
 * check to the next, and its options as data) and its `settings`: what the
 * engine builds the processor from, so a changed `.remarkrc` (a plugin added
 * or removed, other options) gives another key.
 */

const BLOCK_CONSTRUCT_FIELDS = new Set(['document', 'contentInitial', 'flowInitial', 'flow'])
const INLINE_OR_SWITCH_FIELDS = new Set(['text', 'string', 'insideSpan', 'attentionMarkers', 'disable'])
const FRONT_MATTER_PRESETS = new Set(['yaml', 'toml'])

interface SyntaxData {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
}

/** What the built-in syntax (GFM and YAML/TOML front matter, as src/index.ts adds them) is made of, by function source. */
interface KnownSyntax {
  constructs: Set<string>
  /** mdast handlers (`enter`, `exit`) and `transforms`. */
  handlers: Set<string>
  /** The sources of mdast-util-frontmatter's enter handler, to find which front matter types a parser reads. */
  frontMatterEnters: Set<string>
}

let knownSyntax: KnownSyntax | undefined

type SyntaxPlugin = (this: unknown, options?: unknown) => void

/** The copies of remark-gfm and remark-frontmatter the built-in syntax is recognised by: this build's, then the installed packages' (see addInstalledSyntax). */
const syntaxCopies: Array<{gfm: SyntaxPlugin; frontmatter: SyntaxPlugin}> = [{gfm: remarkGfm as SyntaxPlugin, frontmatter: remarkFrontmatter as SyntaxPlugin}]

/**
 * Add the installed remark-gfm and remark-frontmatter to the copies the
 * built-in syntax is recognised by. In the bundle (scripts/bundle.js) the
 * static imports above are the bundler's copies, whose functions' source is
 * rewritten, so a `.remarkrc` naming the project's own `remark-gfm` (the
 * installed package, original source) would no longer be recognised and every
 * change would be parsed whole. Unbundled, the installed packages are the
 * modules imported above, and nothing is added. Called once before the first
 * check (src/server/lsp-worker.ts); a package that cannot be loaded adds
 * nothing (its documents are parsed whole, as any unknown syntax is).
 */
export async function addInstalledSyntax(): Promise<void> {
  // A specifier in a variable: the bundler leaves the import to Node, which resolves the installed package.
  const load = async (name: string) => ((await import(name)) as {default: SyntaxPlugin}).default
  try {
    const [gfm, frontmatter] = await Promise.all([load('remark-gfm'), load('remark-frontmatter')])
    if (syntaxCopies.some((copy) => copy.gfm === gfm && copy.frontmatter === frontmatter)) return
    syntaxCopies.push({gfm, frontmatter})
    knownSyntax = undefined
    verdicts.clear()
  } catch {
    // Not installed where this build can resolve it: the bundled copies alone are recognised.
  }
}

function getKnownSyntax(): KnownSyntax {
  if (knownSyntax) return knownSyntax
  const known: KnownSyntax = {constructs: new Set(), handlers: new Set(), frontMatterEnters: new Set()}
  for (const copy of syntaxCopies) {
    const reference = remark()
    copy.gfm.call(reference)
    copy.frontmatter.call(reference, ['yaml', 'toml'])
    const data = reference.data() as SyntaxData
    for (const extension of flatten(data.micromarkExtensions)) {
      for (const construct of blockConstructs(extension)) known.constructs.add(construct)
    }
    const mdast = flatten(data.fromMarkdownExtensions) as MdastExtension[]
    for (const handler of mdast.flatMap((extension) => mdastFunctions(extension) ?? [])) known.handlers.add(handler)
    const frontMatterEnter = mdast.map((extension) => extension.enter?.yaml).find((handler) => typeof handler === 'function')
    if (frontMatterEnter !== undefined) known.frontMatterEnters.add(String(frontMatterEnter))
  }
  knownSyntax = known
  return knownSyntax
}

interface MdastExtension {
  canContainEols?: unknown
  enter?: Record<string, unknown>
  exit?: Record<string, unknown>
  transforms?: unknown[]
}

const MDAST_EXTENSION_FIELDS = new Set(['canContainEols', 'enter', 'exit', 'transforms'])

/** The sources of an mdast extension's handlers and transforms, or `undefined` when it has a field mdast-util-from-markdown 2 does not define. */
function mdastFunctions(extension: MdastExtension): string[] | undefined {
  if (!Object.keys(extension).every((field) => MDAST_EXTENSION_FIELDS.has(field))) return undefined
  return [...Object.values(extension.enter ?? {}), ...Object.values(extension.exit ?? {}), ...(extension.transforms ?? [])].map((handler) => String(handler))
}

/** Extensions may be nested in lists (micromark and mdast-util-from-markdown accept both). */
function flatten(list: unknown): object[] {
  if (!Array.isArray(list)) return typeof list === 'object' && list !== null ? [list] : []
  return list.flatMap((item) => flatten(item))
}

/**
 * The block-level constructs of a micromark extension, each described with where it is tried (field and
 * character code: front matter under `%` is not front matter under `-`) and its signature.
 */
function blockConstructs(extension: object): string[] {
  const found: string[] = []
  for (const [field, record] of Object.entries(extension)) {
    if (!BLOCK_CONSTRUCT_FIELDS.has(field)) continue
    for (const [code, constructs] of Object.entries(record as Record<string, unknown>)) {
      for (const construct of Array.isArray(constructs) ? constructs : [constructs]) found.push(`${field} ${code} ${signature(construct)}`)
    }
  }
  return found
}

/** A construct described by its fields: functions by their source, nested objects (a `continuation`) alike. */
function signature(value: unknown, depth = 0): string {
  if (typeof value === 'function') return `f:${String(value)}`
  if (typeof value !== 'object' || value === null || depth > 4) return JSON.stringify(value) ?? 'undefined'
  const entries = Object.keys(value)
    .sort()
    .map((name) => `${name}=${signature((value as Record<string, unknown>)[name], depth + 1)}`)
  return `{${entries.join(',')}}`
}

/** Whether the processor's parser and syntax are ones the chunking reproduces exactly (see above). */
function chunkableSyntax(processor: Processor, parse: Parse): boolean {
  if (!isRemarkParseParser(processor, parse)) return false
  const known = getKnownSyntax()
  const data = processor.data() as SyntaxData
  for (const extension of flatten(data.micromarkExtensions)) {
    for (const field of Object.keys(extension)) {
      if (!BLOCK_CONSTRUCT_FIELDS.has(field) && !INLINE_OR_SWITCH_FIELDS.has(field)) return false
    }
    if (!blockConstructs(extension).every((construct) => known.constructs.has(construct))) return false
  }
  for (const extension of flatten(data.fromMarkdownExtensions) as MdastExtension[]) {
    const functions = mdastFunctions(extension)
    if (!functions?.every((source) => known.handlers.has(source))) return false
    // mdast-util-frontmatter's handler under a type other than yaml or toml: a custom matter, with fences the chunking does not know.
    for (const [type, handler] of Object.entries(extension.enter ?? {})) {
      if (known.frontMatterEnters.has(String(handler)) && !FRONT_MATTER_PRESETS.has(type)) return false
    }
  }
  return standardFrontMatterOptions(processor) && !frontMatterAnywhere(parse)
}

/**
 * Front matter that is not at the start of a document (a matter with `anywhere`, which a plugin may
 * add without remark-frontmatter's options showing it): a tiny probe, once per configuration.
 */
function frontMatterAnywhere(parse: Parse): boolean {
  const probe = 'a\n\n---\nb: 1\n---\n\n+++\nc = 1\n+++\n'
  try {
    return parse(probe, new VFile(probe)).children.some((node) => node.type !== 'paragraph' && node.type !== 'thematicBreak' && node.type !== 'heading')
  } catch {
    return true
  }
}

/** The parser is remark-parse's own: its source is what a `remarkParse` attacher of this processor installs. */
function isRemarkParseParser(processor: Processor, parse: Parse): boolean {
  const source = String(parse)
  return processor.attachers.some(([plugin]) => {
    if (plugin.name !== 'remarkParse') return false
    const stub: Record<string, unknown> = {data: () => undefined}
    try {
      ;(plugin as (this: unknown) => void).call(stub)
    } catch {
      return false
    }
    const installed = stub.parser ?? stub.Parser
    return typeof installed === 'function' && String(installed) === source
  })
}

/** remark-frontmatter used with its presets only (`'yaml'`, `'toml'`, or a list of them): no custom fences, no `anywhere`. */
function standardFrontMatterOptions(processor: Processor): boolean {
  return processor.attachers.every(([plugin, options]) => {
    if (plugin.name !== 'remarkFrontmatter' || options === undefined || options === null) return true
    const matters: unknown[] = Array.isArray(options) ? options : [options]
    return matters.every((matter) => typeof matter === 'string' && FRONT_MATTER_PRESETS.has(matter))
  })
}

/** Which front matter a chunkable parser reads: the types mdast-util-frontmatter's handler is registered for. */
function frontMatterTypes(processor: Processor): Set<string> {
  const known = getKnownSyntax()
  const types = new Set<string>()
  for (const extension of flatten((processor.data() as SyntaxData).fromMarkdownExtensions) as Array<{enter?: Record<string, unknown>}>) {
    for (const [type, handler] of Object.entries(extension.enter ?? {})) {
      if (known.frontMatterEnters.has(String(handler))) types.add(type)
    }
  }
  return types
}

const identities = new WeakMap<object, number>()
let nextIdentity = 1

/** A number for an object or function, the same for as long as it lives. */
function identity(value: object): number {
  let id = identities.get(value)
  if (id === undefined) identities.set(value, (id = nextIdentity++))
  return id
}

/**
 * `value` as JSON-able data: plain objects and arrays by their contents, anything else that is an
 * object (a function, a RegExp, a class instance) by its identity, since its contents may not show.
 */
function describe(value: unknown, seen: Set<object>): unknown {
  if (typeof value === 'function') return `\0#${identity(value)}`
  if (typeof value !== 'object' || value === null) return typeof value === 'bigint' ? `\0n${value}` : value
  if (seen.has(value)) throw new Error('a cycle in plugin options')
  seen.add(value)
  try {
    if (Array.isArray(value)) return value.map((item) => describe(item, seen))
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null) return `\0#${identity(value)}`
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, describe(item, seen)]))
  } finally {
    seen.delete(value)
  }
}

/**
 * The key naming a configured processor's parser: its attachers (plugin identity and options) and
 * settings. unified-engine passes each configured plugin its file set as a last argument, an
 * EventEmitter made anew for every check, which says nothing about the parser and is left out.
 * `undefined` when the options cannot be described (a cycle): then nothing is cached.
 */
export function configurationKey(processor: Pick<Processor, 'attachers' | 'data'>): string | undefined {
  try {
    const seen = new Set<object>()
    const plugins = processor.attachers.map(([plugin, ...parameters]) => [
      identity(plugin),
      ...parameters.filter((parameter) => !(parameter instanceof EventEmitter)).map((parameter) => describe(parameter, seen))
    ])
    return JSON.stringify({plugins, settings: describe(processor.data('settings'), seen)})
  } catch {
    return undefined
  }
}

/** Per configuration key: whether its parser is chunked, and for which front matter. */
const verdicts = new Map<string, {yaml: boolean; toml: boolean} | null>()
const MAX_VERDICTS = 50

/**
 * The chunk parser for a configured processor whose parser is `parse`, or `null` when its syntax is
 * not one the chunking reproduces exactly (then the whole document is parsed, as before).
 * Call it once the processor is frozen (at parse time), when every plugin has added its syntax.
 */
export function configuredChunkParser(processor: Processor, parse: Parse): ChunkParser | null {
  const key = configurationKey(processor)
  if (key === undefined) return null
  let verdict = verdicts.get(key)
  if (verdict === undefined) {
    const types = chunkableSyntax(processor, parse) ? frontMatterTypes(processor) : undefined
    verdict = types ? {yaml: types.has('yaml'), toml: types.has('toml')} : null
    verdicts.set(key, verdict)
    if (verdicts.size > MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!)
  }
  if (!verdict) return null
  return {key: `configured ${key}`, parse: (text) => parse(text, new VFile(text)), ...verdict, otherFences: verdict.yaml || verdict.toml}
}
