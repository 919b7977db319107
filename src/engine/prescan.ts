/**
 * A cheap pre-scan that proves, for most Markdown files, that no document
 * type can apply, so the full parse (micromark with GFM and front matter,
 * almost all of a run's time) can be skipped for them.
 *
 * How a type is decided (src/model/detect.ts): a forced type, front matter
 * `type:`, configured globs, a type's own globs, the H1 title (or front
 * matter `title:` without an H1) against each type's title patterns, enough
 * distinct canonical section headings of one type. The pre-scan answers "could
 * any of these apply?" with an over-approximation, in one pass over the lines:
 *
 * - Front matter is found exactly as remark-frontmatter finds it (`---` or
 *   `+++` on line 1, a closing fence line). YAML that may hold a type or a
 *   title (those letters, or a `\` escape) is read as the model reads it: a
 *   declared type (or an error about one) sends the file to the full parse, a
 *   title is matched like an H1, YAML that cannot be read tells nothing. TOML
 *   with `type` or a `\` in it, and a file that starts like front matter
 *   without being it, take the full parse.
 * - Every line that could be a heading is a candidate: after any number of
 *   block quote and list markers, `#`-`######` then a space (ATX), or a line of
 *   `=` or `-` (a setext underline, whose text is the line above). Headings in
 *   lists, quotes, HTML blocks and unrecognised code count too, though the
 *   model only reads top-level ones: more candidates only mean more parses.
 * - Lines inside a fenced code block are skipped only when the fence is
 *   certain: a ``` or ~~~ line at column 0, no HTML block that could be open
 *   (`<` since the last blank line, or an unclosed `<!--`, `<?`, `<!X`,
 *   `<![CDATA[`, `<script`/`<pre`/`<style`/`<textarea`), no table or link
 *   definition that could hold it (`|` or `[` since the last blank line), and
 *   no fence-like line before it that was not certain (which could be an open
 *   fence elsewhere). The fence then ends exactly where CommonMark ends it.
 * - A candidate's text is the heading's plain text exactly when the line has
 *   no inline syntax (no `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `<`, `&`, NUL);
 *   otherwise the candidate alone is parsed with remark and GFM (a line whose
 *   only inline syntax is code spans is read by `codeSpanText` instead, as the
 *   parser reads it). Inline syntax
 *   depends on nothing else but link and footnote definitions, so a bracket
 *   left as text in the result (`## Open Questions [optional]`) is a reference
 *   a definition elsewhere may resolve. Every definition's label sits between
 *   a `[` and a `]:`, so the labels the document may define are collected
 *   from those (all of them, wherever they are, an over-approximation); the
 *   parse is exact unless a bracketed part of the heading line is one of them.
 *   With an escaped bracket anywhere (a label may hold `\]`), any bracket left
 *   as text makes the heading unknown. (Templates write `[optional]` after
 *   headings often; as wildcards, three of them sent a KEP to the full parse.)
 *   A setext heading over more than one line, a text
 *   longer than MAX_TEXT, or anything unusual is an unknown heading: a wildcard
 *   that may be any title and any one section heading.
 * - A heading whose text is not read cheaply (inline syntax, a setext heading
 *   over several lines) need not be read at all when its key can be no
 *   canonical heading's: the letters of each canonical key are looked for, in
 *   order, in its line (`mayHaveCanonicalKey`). Most headings are told apart
 *   so, without a parse or a heading key.
 *
 * The file may be typed when any H1 candidate (or the front matter title)
 * matches a type's title pattern, or when the distinct canonical headings among
 * the candidates, plus the wildcards, reach a type's `minHeadings`. Control
 * comments (`<!-- lint ... -->`) always take the full path: an unknown rule id
 * in one is reported on any file.
 *
 * Linear: every line is looked at a bounded number of times, candidate texts
 * are capped at MAX_TEXT characters, isolated parses at MAX_PARSES per file,
 * paragraphs read under setext underlines at MAX_PARAGRAPH_SCAN characters per
 * file, and no regular expression here can backtrack.
 */
import type {Nodes, Root, Yaml} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {compileGlobs, declaresOwnType, findType, nearestTypes, typeGlobs, typeNamedByTitle, type CompiledGlob} from '../model/detect.js'
import {typedPaths} from '../model/project-root.js'
import {configByFolder} from '../config.js'
import type {DocType} from '../types/doc-types.js'
import {displacedFrontMatter, readFrontMatter} from '../model/front-matter.js'
import {ADDED_WORDS, headingKey, MAX_NUMBERING_CHARACTERS} from '../model/heading.js'
import {plainText} from '../model/sections.js'
import {indexType} from '../types/type-index.js'

/** Processor data key: set (to true) by callers whose trees nobody reads but the rules (the CLI's engine, `lint()`). */
export const PRESCAN_KEY = 'remarkLintStrategyPrescan'

/** Heading texts longer than this are wildcards (keeps the regular expressions of heading keys and titles linear). */
export const MAX_TEXT = 200
/** The paragraph under a setext underline is looked at up to this many characters: more is a wildcard. */
const MAX_PARAGRAPH = 2000
/** And up to this many such characters in a file, all paragraphs together: more are wildcards (keeps the scan linear). */
const MAX_PARAGRAPH_SCAN = 64_000
/** Isolated parses of headings with inline syntax per file; later ones are wildcards. */
export const MAX_PARSES = 400

/** Rules that report on untyped documents (they run on the empty tree a skipped file gets); see tests/prescan.test.ts. */
export const UNTYPED_RULES: ReadonlySet<string> = new Set(['strategy-document-type'])

export interface PrescanSettings {
  types: readonly DocType[]
  /** The `globs` option, compiled. */
  globs: readonly CompiledGlob[]
  /** Whether configurations are found by folder (src/model/detect.ts `DetectionSettings`). */
  byConfigFolder?: boolean
}

/** Why a file may be typed (it takes the full parse), or undefined when no type can apply. */
export type PrescanVerdict = string | undefined

/** A heading whose text needs no reading: it is no title that matters, and its key cannot be a canonical one. */
const NOT_CANONICAL = Symbol('not canonical')

interface Candidate {
  depth: number
  /** The heading's plain text; undefined when it cannot be known cheaply (a wildcard). */
  text: string | undefined | typeof NOT_CANONICAL
}


/**
 * Whether `source` (the text the parser gets) in `file` may be of a type;
 * undefined when no type can apply. Never undefined for a file the full
 * parse would type.
 */
/**
 * What a pre-scan that proves a file untyped also learns: a front matter `type:` that names no type of this linter,
 * and whether the front matter is TOML (so the advice to declare a type is written in it).
 */
export interface PrescanFindings {
  foreignType?: string
  toml?: boolean
}

export function prescan(source: string, file: Pick<VFile, 'path' | 'cwd'>, settings: PrescanSettings, findings: PrescanFindings = {}): PrescanVerdict {
  const {types} = settings
  if (file.path) {
    const paths = typedPaths({path: file.path, cwd: file.cwd}, settings.byConfigFolder !== false)
    if (settings.globs.some((entry) => paths.some((candidate) => entry.matches(candidate)))) return 'a configured glob matches'
    if (types.some((type) => typeGlobs(type).some((matches) => paths.some((candidate) => matches(candidate))))) return "a type's glob matches"
  }
  if (hasControlComment(source)) return 'a control comment'
  const scan = new Scan(source, types, findings)
  return scan.run()
}

/** `<!--`, optional white space, `lint` (as mdast-comment-marker reads a marker named `lint`), case-insensitive. */
function hasControlComment(source: string): boolean {
  for (let at = source.indexOf('<!--'); at !== -1; at = source.indexOf('<!--', at + 4)) {
    let index = at + 4
    while (index < source.length && isWhite(source.charCodeAt(index))) index++
    if (source.slice(index, index + 4).toLowerCase() === 'lint') return true
  }
  return false
}

/** Where `search` next occurs in `source` from `from`, or the length of `source`. */
function nextOrEnd(source: string, search: string, from: number): number {
  const at = source.indexOf(search, from)
  return at === -1 ? source.length : at
}

function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

let isolated: Processor<Root> | undefined

/** Remark with GFM, as the plugin parses (front matter aside): for one heading alone. */
function isolatedParser(): Processor<Root> {
  isolated ??= remark().use(remarkGfm).freeze() as unknown as Processor<Root>
  return isolated
}


/** Characters that may start inline syntax (or be replaced by the parser): a text without them is its own plain text. */
function isClean(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 0: // NUL becomes U+FFFD
      case 92: // \
      case 96: // `
      case 42: // *
      case 95: // _
      case 126: // ~
      case 91: // [
      case 93: // ]
      case 60: // <
      case 38: // &
        return false
    }
  }
  return true
}

/** What starts a GFM autolink literal, but for an address's `@`. */
const AUTOLINK_START = /www\.|https?:\/\/|mailto:|xmpp:/i

/**
 * Whether the only inline syntax `text` may hold is code spans: backticks, no other character `isClean` refuses,
 * and nothing that starts a GFM autolink literal (`www.`, `http://`, `https://`, `mailto:`, `xmpp:`, an address's
 * `@`), which may run over a backtick and take it from a code span (`www.example.com.\`x\`` stays text).
 */
export function hasOnlyCodeSpanSyntax(text: string): boolean {
  return text.includes('`') && !text.includes('@') && !AUTOLINK_START.test(text) && isClean(text.replaceAll('`', ''))
}

/**
 * The plain text of a heading's content whose only inline syntax is backticks
 * (`hasOnlyCodeSpanSyntax`), as CommonMark reads it: a run of backticks opens a
 * code span when a run of exactly as many follows, and the span's text is what
 * lies between, less one space on each side when both are spaces and it is not
 * all spaces; a run that closes nothing is text. With no other syntax on the
 * line nothing else binds (no escapes, emphasis, links, HTML, entities,
 * autolink literals), so this is the parse's text exactly
 * (tests/prescan.test.ts compares the two on generated lines). An isolated
 * parse costs about 1 ms in a thread that parses nothing else (micromark stays
 * unoptimised there); reading these headings so, the pre-scan of
 * ../shared/corpus makes 617 isolated parses instead of 974 (2026-12-04).
 */
export function codeSpanText(content: string): string {
  let text = ''
  let index = 0
  while (index < content.length) {
    const open = content.indexOf('`', index)
    if (open === -1) break
    const openEnd = runEnd(content, open)
    const length = openEnd - open
    // The closing run: the next run of exactly `length` backticks.
    let close = content.indexOf('`', openEnd)
    while (close !== -1 && runEnd(content, close) - close !== length) close = content.indexOf('`', runEnd(content, close))
    if (close === -1) {
      text += content.slice(index, openEnd)
      index = openEnd
      continue
    }
    let code = content.slice(openEnd, close)
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code)) code = code.slice(1, -1)
    text += content.slice(index, open) + code
    index = close + length
  }
  return text + content.slice(index)
}

/** Where the run of backticks starting at `start` ends. */
function runEnd(text: string, start: number): number {
  let end = start
  while (text.charCodeAt(end) === 96) end++
  return end
}

class Scan {
  private readonly source: string
  private readonly types: readonly DocType[]
  /** Where the scan notes what the CLI says about a file it proves untyped. */
  private readonly findings: PrescanFindings
  private readonly anyTitlePatterns: boolean
  /** The smallest `minHeadings` of any type detected by headings: this many wildcards may make a type. */
  private readonly fewestHeadings: number
  private readonly canonical: CanonicalLetters
  private readonly keys = new Set<string>()
  private wildcards = 0
  private parses = 0
  private verdict: PrescanVerdict
  /** The labels of the definitions the document may have (normalised); undefined when they cannot be told cheaply. */
  private readonly definitionLabels: ReadonlySet<string> | undefined

  // Line state.
  private fence: {char: number; length: number} | undefined
  /** A fence-like line that was not a certain fence: from then on no fence is certain. */
  private uncertainFences = false
  /** `<`, `|` or `[` on a line since the last blank line. */
  private risky = false
  /** HTML blocks of kinds 1-5 (which span blank lines) that may be open. */
  private htmlRaw = false
  private htmlComment = false
  private htmlInstruction = false
  private htmlDeclaration = false
  private htmlCdata = false
  /** Non-blank lines since the last blank line (or fence). */
  private paragraphLines = 0
  /** Where the first of them starts. */
  private paragraphStart = 0
  /** Characters of paragraphs still to be looked at under setext underlines in this file. */
  private paragraphBudget = MAX_PARAGRAPH_SCAN
  private previousStart = 0
  private previousEnd = 0

  constructor(source: string, types: readonly DocType[], findings: PrescanFindings) {
    this.source = source
    this.types = types
    this.findings = findings
    this.definitionLabels = possibleDefinitionLabels(source)
    this.anyTitlePatterns = types.some((type) => type.titlePatterns.length > 0)
    let fewest = Infinity
    for (const type of types) if (type.minHeadings > 0 && indexType(type).canonicalKeys.size > 0) fewest = Math.min(fewest, type.minHeadings)
    this.fewestHeadings = fewest
    this.canonical = canonicalLetters(types)
  }

  run(): PrescanVerdict {
    const {source} = this
    // The parser drops a byte order mark.
    let start = source.charCodeAt(0) === 0xfeff ? 1 : 0
    // (Front matter after blank lines is read by the model, which reports it: src/model/front-matter.ts.)
    if (displacedFrontMatter(source.slice(start)) !== undefined) return 'front matter after blank lines'
    const opening = source.charCodeAt(start)
    if (opening === 45 /* - */ || opening === 43 /* + */) {
      const after = this.frontMatter(start)
      if (typeof after === 'string') return after
      start = after
    }
    // The next line feed and carriage return at or after `start`, found with indexOf (a native scan, several times
    // faster than a loop over the characters here) and searched again only once passed.
    let lineFeed = -1
    let carriageReturn = -1
    while (start <= source.length && this.verdict === undefined) {
      if (lineFeed !== source.length && lineFeed < start) lineFeed = nextOrEnd(source, '\n', start)
      if (carriageReturn !== source.length && carriageReturn < start) carriageReturn = nextOrEnd(source, '\r', start)
      const end = Math.min(lineFeed, carriageReturn)
      this.line(start, end)
      if (end >= source.length) break
      start = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1)
    }
    if (this.verdict !== undefined) return this.verdict
    return this.byHeadings()
  }

  /** Front matter as micromark-extension-frontmatter reads it: the offset after it, or why the file takes the full parse. */
  private frontMatter(start: number): number | string {
    const {source} = this
    const char = source.charCodeAt(start)
    const fence = char === 45 ? '---' : '+++'
    // Line 1 must be the fence, white space and a line ending; otherwise it is no front matter (a thematic break, a list...).
    if (source.slice(start, start + 3) !== fence) return start
    let index = start + 3
    while (isSpaceOrTab(source.charCodeAt(index))) index++
    const code = source.charCodeAt(index)
    if (code !== 10 && code !== 13) return start
    const valueStart = index + (code === 13 && source.charCodeAt(index + 1) === 10 ? 2 : 1)
    // Closing fence: a line of the fence and white space, ending the file or followed by a line ending.
    let lineStart = valueStart
    let previousLineEnd = -1
    while (lineStart <= source.length) {
      let lineEnd = lineStart
      while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++
      if (source.slice(lineStart, lineStart + 3) === fence) {
        let rest = lineStart + 3
        while (rest < lineEnd && isSpaceOrTab(source.charCodeAt(rest))) rest++
        if (rest === lineEnd) {
          const value = previousLineEnd === -1 ? '' : source.slice(valueStart, previousLineEnd)
          if (fence === '+++') this.findings.toml = true
          const verdict = this.readFrontMatter(value, fence === '+++')
          if (verdict !== undefined) return verdict
          if (lineEnd >= source.length) return source.length + 1
          return lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
        }
      }
      if (lineEnd >= source.length) break
      previousLineEnd = lineEnd
      lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
    }
    return 'front matter is not closed'
  }

  /**
   * What front matter tells: a type (the file takes the full parse), a title, or nothing. YAML and TOML are read as
   * the model reads them (model/front-matter.ts), and only when they may say either: a type or a title needs
   * those letters, or an escape that makes them (`"\x74ype"`).
   */
  private readFrontMatter(value: string, toml: boolean): PrescanVerdict {
    if (!/type|title|\\/i.test(value)) return undefined
    // (mdast types TOML front matter by the syntax extension that adds it; the model reads it by `type` alone.)
    const read = readFrontMatter({type: toml ? 'toml' : 'yaml', value} as Yaml)
    // A declared type, even one YAML that cannot be read seems to declare, or an error about the type itself. (A
    // site generator's `type: docs` declares none: the model then detects the type as for any other file.)
    if (!read || (read.declaredType !== undefined && declaresOwnType(read, this.types)) || read.error?.declared) return 'front matter declares a type'
    // (`Type: strategy`: the model reports the key, so the file takes the full parse; `Type: docs` is a site generator's.)
    const miscased = read.miscasedKey?.value
    if (miscased !== undefined && (findType(this.types, miscased) || nearestTypes(this.types, miscased).length > 0)) return 'front matter declares a type'
    if (read.declaredType !== undefined) this.findings.foreignType = read.declaredType
    // Other YAML that cannot be read gives the model no title and no type, and its error is not reported on an untyped file.
    if (read.error) return undefined
    const title = read.data?.title
    if (typeof title === 'string') this.title(title.trim())
    return undefined
  }

  private line(start: number, end: number): void {
    const {source} = this
    if (this.fence) {
      if (this.closesFence(start, end)) {
        this.fence = undefined
        this.paragraphLines = 0
      }
      return
    }
    let first = start
    while (first < end && isSpaceOrTab(source.charCodeAt(first))) first++
    if (first === end) {
      // A blank line: ends paragraphs and HTML blocks of kinds 6 and 7.
      this.paragraphLines = 0
      this.risky = false
      return
    }
    const htmlOpen = this.htmlRaw || this.htmlComment || this.htmlInstruction || this.htmlDeclaration || this.htmlCdata
    const text = source.slice(start, end)
    const hasLt = text.includes('<')
    if (hasLt) this.html(text)

    const fenceAt = this.fenceStart(start, end)
    if (fenceAt) {
      const certain = fenceAt.column0 && !this.uncertainFences && !this.risky && !htmlOpen
      if (certain) {
        this.fence = {char: fenceAt.char, length: fenceAt.length}
        this.paragraphLines = 0
        return
      }
      this.uncertainFences = true
    }
    if (hasLt || text.includes('|') || text.includes('[')) this.risky = true

    if (this.paragraphLines === 0) this.paragraphStart = start
    this.headingCandidates(start, end)
    this.paragraphLines++
    this.previousStart = start
    this.previousEnd = end
  }

  /** Update which HTML blocks of kinds 1-5 may be open after this line (over-approximated). */
  private html(text: string): void {
    const lower = text.toLowerCase()
    const rawStart = Math.max(lower.lastIndexOf('<script'), lower.lastIndexOf('<pre'), lower.lastIndexOf('<style'), lower.lastIndexOf('<textarea'))
    const rawEnd = Math.max(lower.lastIndexOf('</script>'), lower.lastIndexOf('</pre>'), lower.lastIndexOf('</style>'), lower.lastIndexOf('</textarea>'))
    this.htmlRaw = stillOpen(this.htmlRaw, rawStart, rawEnd)
    this.htmlComment = stillOpen(this.htmlComment, lower.lastIndexOf('<!--'), lower.lastIndexOf('-->'))
    this.htmlInstruction = stillOpen(this.htmlInstruction, lower.lastIndexOf('<?'), lower.lastIndexOf('?>'))
    let declaration = -1
    for (let at = lower.indexOf('<!'); at !== -1; at = lower.indexOf('<!', at + 2)) {
      const next = lower.charCodeAt(at + 2)
      if (next >= 97 && next <= 122) declaration = at
    }
    this.htmlDeclaration = stillOpen(this.htmlDeclaration, declaration, lower.lastIndexOf('>'))
    this.htmlCdata = stillOpen(this.htmlCdata, lower.lastIndexOf('<![cdata['), lower.lastIndexOf(']]>'))
  }

  /** A line that looks like a fence opening (after any containers and indentation). */
  private fenceStart(start: number, end: number): {char: number; length: number; column0: boolean} | undefined {
    const {source} = this
    const column0 = source.charCodeAt(start) === 96 || source.charCodeAt(start) === 126
    let index = column0 ? start : this.stripContainers(start, end, undefined)
    const char = source.charCodeAt(index)
    if (index >= end || (char !== 96 && char !== 126)) return undefined
    let length = 0
    while (source.charCodeAt(index) === char && index < end) {
      index++
      length++
    }
    if (length < 3) return undefined
    // A backtick fence's info string has no backtick: otherwise the line is inline code in a paragraph, not a fence.
    if (char === 96 && column0 && source.slice(index, end).includes('`')) return {char, length, column0: false}
    return {char, length, column0}
  }

  /** A closing fence of the certain fence: up to 3 spaces, at least as many of its character, white space. */
  private closesFence(start: number, end: number): boolean {
    const {source} = this
    const fence = this.fence!
    let index = start
    while (index < end && index - start < 3 && source.charCodeAt(index) === 32) index++
    let length = 0
    while (index < end && source.charCodeAt(index) === fence.char) {
      index++
      length++
    }
    if (length < fence.length) return false
    while (index < end && isSpaceOrTab(source.charCodeAt(index))) index++
    return index === end
  }

  /**
   * Skip white space, block quote markers and list markers; `visit` sees the
   * offset before each marker, so a setext underline that looks like a list
   * marker (`-`) is seen before it is taken for one.
   */
  private stripContainers(start: number, end: number, visit: ((at: number) => void) | undefined): number {
    const {source} = this
    let index = start
    for (;;) {
      while (index < end && isSpaceOrTab(source.charCodeAt(index))) index++
      visit?.(index)
      const code = source.charCodeAt(index)
      if (index >= end) return end
      if (code === 62 /* > */) {
        index++
        continue
      }
      if (code === 45 || code === 43 || code === 42) {
        const next = index + 1
        if (next === end || isSpaceOrTab(source.charCodeAt(next))) {
          index = next
          continue
        }
        return index
      }
      if (code >= 48 && code <= 57) {
        let digits = index
        while (digits < end && digits - index < 10 && source.charCodeAt(digits) >= 48 && source.charCodeAt(digits) <= 57) digits++
        const count = digits - index
        const delimiter = source.charCodeAt(digits)
        if (count <= 9 && (delimiter === 46 || delimiter === 41) && (digits + 1 === end || isSpaceOrTab(source.charCodeAt(digits + 1)))) {
          index = digits + 1
          continue
        }
        return index
      }
      return index
    }
  }

  private headingCandidates(start: number, end: number): void {
    const {source} = this
    let underline = 0
    const content = this.stripContainers(start, end, (at) => {
      if (underline === 0) underline = this.underlineAt(at, end)
    })
    if (underline !== 0 && this.paragraphLines > 0) {
      // The text is the paragraph above: known only when it is one line.
      if (this.paragraphLines === 1) {
        const text = this.source.slice(this.stripContainers(this.previousStart, this.previousEnd, undefined), this.previousEnd)
        this.candidate({depth: underline, text: this.setextText(text, underline)})
      } else {
        this.candidate({depth: underline, text: this.paragraphText(underline)})
      }
      if (this.verdict !== undefined) return
    }
    // ATX: 1-6 `#`, then white space or the end of the line.
    let index = content
    while (index < end && index - content < 7 && source.charCodeAt(index) === 35) index++
    const depth = index - content
    if (depth < 1 || depth > 6) return
    if (index < end && !isSpaceOrTab(source.charCodeAt(index))) return
    this.candidate({depth, text: this.atxText(content, end, depth)})
  }

  /** 1 or 2 when a setext underline (`=`s or `-`s, white space) starts at `at`; else 0. */
  private underlineAt(at: number, end: number): number {
    const {source} = this
    const char = source.charCodeAt(at)
    if (char !== 61 && char !== 45) return 0
    let index = at
    while (index < end && source.charCodeAt(index) === char) index++
    while (index < end && isSpaceOrTab(source.charCodeAt(index))) index++
    if (index !== end) return 0
    return char === 61 ? 1 : 2
  }

  private atxText(content: number, end: number, depth: number): Candidate['text'] {
    const line = this.source.slice(content, end)
    if (line.length > MAX_TEXT + 16) return undefined
    if (this.cannotMatter(line, depth)) return NOT_CANONICAL
    const clean = isClean(line)
    if (!clean && !hasOnlyCodeSpanSyntax(line)) return this.parsed(line, undefined)
    let from = 0
    while (from < line.length && line.charCodeAt(from) === 35) from++
    let to = line.length
    while (to > from && isSpaceOrTab(line.charCodeAt(to - 1))) to--
    // A closing sequence: `#`s at the end, after white space (or the whole content).
    let hashes = to
    while (hashes > from && line.charCodeAt(hashes - 1) === 35) hashes--
    if (hashes < to && (hashes === from || isSpaceOrTab(line.charCodeAt(hashes - 1)))) to = hashes
    while (from < to && isSpaceOrTab(line.charCodeAt(from))) from++
    while (to > from && isSpaceOrTab(line.charCodeAt(to - 1))) to--
    return clean ? line.slice(from, to) : codeSpanText(line.slice(from, to))
  }

  /**
   * A setext heading over the paragraph's lines: its text is not read, but
   * it takes its characters from those lines (the real paragraph may start
   * later, never earlier), so it may still be shown to be no canonical
   * heading. Lines in code blocks followed by `---` (YAML) are most of these.
   */
  private paragraphText(depth: number): Candidate['text'] {
    const length = this.previousEnd - this.paragraphStart
    // Underline after underline re-reads the paragraph above (`x`, then a thousand `-` lines): the budget keeps that linear.
    if (length > MAX_PARAGRAPH || length > this.paragraphBudget) return undefined
    this.paragraphBudget -= length
    return this.cannotMatter(this.source.slice(this.paragraphStart, this.previousEnd), depth) ? NOT_CANONICAL : undefined
  }

  private setextText(text: string, depth: number): Candidate['text'] {
    if (text.length > MAX_TEXT) return undefined
    if (this.cannotMatter(text, depth)) return NOT_CANONICAL
    if (!isClean(text)) return this.parsed(text, depth)
    let from = 0
    let to = text.length
    while (from < to && isSpaceOrTab(text.charCodeAt(from))) from++
    while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--
    return text.slice(from, to)
  }

  /**
   * Whether a heading written `raw` can be told apart from every canonical
   * heading without reading its text: it is not an H1 that title patterns
   * read, and its plain text cannot have a canonical key (see
   * `mayHaveCanonicalKey`). Saves most isolated parses (headings with code
   * spans) and most heading keys.
   */
  private cannotMatter(raw: string, depth: number): boolean {
    if (depth === 1 && this.anyTitlePatterns) return false
    return !mayHaveCanonicalKey(raw, this.canonical)
  }

  /** The plain text of a heading with inline syntax, parsed alone; undefined when that may differ in the document (see the top of this file). */
  private parsed(line: string, setext: number | undefined): string | undefined {
    if (this.parses >= MAX_PARSES) return undefined
    this.parses++
    const markdown = setext === undefined ? line : `${line}\n${setext === 1 ? '=' : '-'}`
    const tree = isolatedParser().parse(markdown)
    if (tree.children.length !== 1) return undefined
    const [heading] = tree.children
    if (heading.type !== 'heading' || (setext !== undefined && heading.depth !== setext)) return undefined
    // A bracket left over in text may be a reference to a definition elsewhere in the document.
    if (bracketInText(heading) && this.mayReferenceDefinition(line)) return undefined
    return plainText(heading)
  }

  /** Whether a bracketed part of `line` may be the label of a definition in the document. */
  private mayReferenceDefinition(line: string): boolean {
    const labels = this.definitionLabels
    if (labels === undefined) return true
    if (labels.size === 0) return false
    for (const [, label] of line.matchAll(BRACKETED)) if (labels.has(normaliseLabel(label))) return true
    return false
  }

  private candidate(candidate: Candidate): void {
    const {text} = candidate
    if (text === NOT_CANONICAL) return
    if (text === undefined || text.length > MAX_TEXT) {
      if (candidate.depth === 1 && this.anyTitlePatterns) {
        this.verdict = 'an H1 that cannot be read cheaply'
        return
      }
      this.wildcards++
      if (this.wildcards >= this.fewestHeadings) this.verdict = 'headings that cannot be read cheaply'
      return
    }
    if (candidate.depth === 1) this.title(text.trim())
    this.keys.add(headingKey(text))
  }

  private title(text: string): void {
    if (this.verdict !== undefined || text === '') return
    if (text.length > MAX_TEXT) {
      if (this.anyTitlePatterns) this.verdict = 'a title too long to read cheaply'
      return
    }
    for (const type of this.types) {
      if (type.titlePatterns.some((pattern) => pattern.test(text))) {
        this.verdict = `a title of type ${type.id}`
        return
      }
    }
    // (`# Cody strategy`: no type, but the skip says the title names one, which the model finds.)
    if (typeNamedByTitle(text)) this.verdict = 'a title that names a type by its word'
  }

  private byHeadings(): PrescanVerdict {
    for (const type of this.types) {
      if (type.minHeadings === 0) continue
      let count = this.wildcards
      for (const key of indexType(type).canonicalKeys) if (this.keys.has(key)) count++
      if (count >= type.minHeadings) return `headings of type ${type.id}`
    }
    return undefined
  }
}

/** A canonical key's letters and digits (its words joined), and a bit for each letter it has (`a` is bit 0). */
interface KeyLetters {
  letters: string
  mask: number
}

/**
 * The canonical keys of the types detected by headings, four ways: as they
 * are; without the words a contraction may bring; without `and` (from `+`
 * or `&`); without both. Indexed by `(contraction ? 1 : 0) + (plus ? 2 : 0)`.
 */
interface CanonicalLetters {
  variants: readonly [readonly KeyLetters[], readonly KeyLetters[], readonly KeyLetters[], readonly KeyLetters[]]
  /** The most letters and digits any canonical key has. */
  longest: number
}

const canonicalLettersCache = new WeakMap<readonly DocType[], CanonicalLetters>()

function canonicalLetters(types: readonly DocType[]): CanonicalLetters {
  let letters = canonicalLettersCache.get(types)
  if (!letters) {
    const keys = new Set<string>()
    for (const type of types) if (type.minHeadings > 0) for (const key of indexType(type).canonicalKeys) keys.add(key)
    const without = (dropped: ReadonlySet<string>): KeyLetters[] =>
      [...keys].map((key) => {
        const joined = key
          .split(' ')
          .filter((word) => !dropped.has(word))
          .join('')
        return {letters: joined, mask: letterMask(joined)}
      })
    const variants = [without(new Set()), without(ADDED_WORDS.contraction), without(ADDED_WORDS.and), without(new Set([...ADDED_WORDS.contraction, ...ADDED_WORDS.and]))] as const
    letters = {variants, longest: Math.max(0, ...variants[0].map((key) => key.letters.length))}
    canonicalLettersCache.set(types, letters)
  }
  return letters
}

/** A bit for each ASCII letter of `text`, case-insensitive. */
function letterMask(text: string): number {
  let mask = 0
  for (let index = 0; index < text.length; index++) {
    const folded = text.charCodeAt(index) | 32
    if (folded >= 97 && folded <= 122) mask |= 1 << (folded - 97)
  }
  return mask
}

/**
 * Whether the plain text of a heading written `raw` may have one of the
 * canonical keys, decided without a parse. The plain text takes its
 * characters from the line, in order, only dropping some (markers, escapes,
 * link destinations, a code span's padding), and a heading key (model/heading.ts)
 * only lower-cases, drops characters and splits words, except that
 * character references and NFKC forms may make letters the line does not
 * show (so a reference's start, `&#` or `&` and a letter, or any non-ASCII
 * character: maybe), and contractions, `+` and `&` add words (those words are
 * not required). So a key whose letters and digits are not a subsequence of
 * the line's cannot be the heading's.
 *
 * Nor can a key when the line has too many letters for it: before its first
 * bracket (`(`, `[`, `<`, `{`: link destinations, labels, HTML, trailing notes and
 * attribute blocks, which are dropped, start with one, and may hold closing brackets) or colon (an emoji's shortcode,
 * `:mag:`, is dropped too) the plain
 * text drops no letter or digit, and the key drops only the leading numbering
 * (MAX_NUMBERING_CHARACTERS at most) and a plural `s` (at most one per `s`);
 * contractions only add letters. Long headings are most of those that pass
 * the first test.
 */
function mayHaveCanonicalKey(raw: string, canonical: CanonicalLetters): boolean {
  let present = 0
  let contraction = false
  let plus = false
  /** A bracket seen: from there on letters may be dropped (closing brackets can sit inside what is dropped). */
  let bracketed = false
  let kept = 0
  let esses = 0
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    const folded = code | 32
    if (folded >= 97 && folded <= 122) {
      present |= 1 << (folded - 97)
      if (!bracketed) {
        kept++
        if (folded === 115 /* s */) esses++
      }
    } else if (code >= 48 && code <= 57) {
      if (!bracketed) kept++
    } else if (code === 40 || code === 91 || code === 60 || code === 123 || code === 58) bracketed = true
    else if (code === 38 /* & */) {
      // A character reference starts `&#` or `&` and a letter; any other `&` is one, which a key reads as `and`.
      const next = raw.charCodeAt(index + 1) | 32
      if (next === 35 /* # (| 32 keeps it) */ || (next >= 97 && next <= 122)) return true
      plus = true
    } else if (code === 0 || code > 127) return true
    else if (code === 39 || code === 96) contraction = true
    else if (code === 43) plus = true
  }
  if (kept - esses - MAX_NUMBERING_CHARACTERS > canonical.longest) return false
  // (A contraction written without its apostrophe, `Wont`, `dont`, adds words as well: model/heading.ts CONTRACTIONS.)
  if (!contraction && APOSTROPHE_LESS_CONTRACTION.test(raw)) contraction = true
  for (const key of canonical.variants[(contraction ? 1 : 0) + (plus ? 2 : 0)]) {
    // The letter check first: most keys need a letter the line lacks.
    if ((key.mask & ~present) === 0 && isFoldedSubsequence(key.letters, raw)) return true
  }
  return false
}

/** The contractions model/heading.ts reads without an apostrophe: `wont`, `cant`, `dont`, `isnt`, ... */
const APOSTROPHE_LESS_CONTRACTION = /\b(?:wo|ca|do|does|did|is|are|was|were|should|would|could|has|have)nt\b/i

/** Whether every character of `part` (lower case) appears in `whole` in order, ASCII letters of `whole` compared in lower case. Linear in `whole`. */
function isFoldedSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (let index = 0; index < whole.length && at < part.length; index++) {
    const code = whole.charCodeAt(index)
    const folded = code >= 65 && code <= 90 ? code + 32 : code
    if (folded === part.charCodeAt(at)) at++
  }
  return at === part.length
}

/** Definition labels are at most 999 characters (CommonMark). */
const MAX_LABEL = 999
/** A bracketed part with no bracket inside: a label, when a definition names it. */
const BRACKETED = /\[([^[\]]*)\]/g

/**
 * Every label a definition in `source` may have: the text between each `]:`
 * and the last `[` before it (at most MAX_LABEL characters back), normalised
 * as micromark normalises identifiers. Undefined when the source has an
 * escaped bracket, which a label may contain.
 */
function possibleDefinitionLabels(source: string): ReadonlySet<string> | undefined {
  const labels = new Set<string>()
  if (!source.includes(']:')) return labels
  if (source.includes('\\[') || source.includes('\\]')) return undefined
  for (let end = source.indexOf(']:'); end !== -1; end = source.indexOf(']:', end + 2)) {
    const from = Math.max(0, end - MAX_LABEL - 1)
    // Searched in a bounded slice: lastIndexOf on the whole source would go back to its start each time.
    const open = source.slice(from, end).lastIndexOf('[')
    if (open !== -1) labels.add(normaliseLabel(source.slice(from + open + 1, end)))
  }
  return labels
}

/** As micromark-util-normalize-identifier: white space collapsed, trimmed, case folded. */
function normaliseLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
}

/**
 * Whether a text node under `node` holds `[` or `]`: a bracket the isolated
 * parse left as text, which a definition could make a link. Brackets in code
 * spans and raw HTML are not (those bind before links do).
 */
function bracketInText(node: Nodes): boolean {
  if (node.type === 'text') return node.value.includes('[') || node.value.includes(']')
  return 'children' in node && node.children.some((child) => bracketInText(child))
}

/** An HTML block of one kind may be open after a line: one starts after the last end on it, or one was open and the line does not end it. */
function stillOpen(open: boolean, lastStart: number, lastEnd: number): boolean {
  if (lastStart > lastEnd) return true
  return open && lastEnd === -1
}

interface PrescanOptions {
  /** A configured `type`: every file is of it. */
  type: string | undefined
  globs: Record<string, string>
  types: readonly DocType[]
}

declare module 'vfile' {
  interface DataMap {
    /** Set when the pre-scan proved that no type applies and the file got an empty tree instead of a parse. */
    strategyPrescanned: boolean
  }
}

type Attacher = Processor['attachers'][number][0]

let reference: Set<Attacher> | undefined

/** The attachers of remark with this plugin and nothing else: remark's parser and compiler, remark-lint, the rules, comment control. */
function referenceAttachers(plugin: Attacher): Set<Attacher> {
  // (Attached only to list the attachers: with the day as a setting, its rules do not read STRATEGY_LINT_DATE, which
  // `--date` overrides, so a bad value there no longer stops a run that gives `--date`.)
  reference ??= new Set(
    remark()
      .data('settings', {strategyDate: '2000-01-01'} as never)
      .use(plugin as never)
      .freeze()
      .attachers.map(([attacher]) => attacher)
  )
  return reference
}

const onlyPlugin = new WeakMap<object, boolean>()

/** Whether `processor` runs this plugin once and nothing but what it brings: no other plugin reads or changes the tree. */
export function runsOnlyThisPlugin(processor: Pick<Processor, 'attachers'>, plugin: Attacher): boolean {
  let known = onlyPlugin.get(processor)
  if (known === undefined) {
    const allowed = referenceAttachers(plugin)
    let count = 0
    known = true
    for (const [attacher] of processor.attachers) {
      if (attacher === plugin) count++
      else if (!allowed.has(attacher)) known = false
    }
    known &&= count === 1
    onlyPlugin.set(processor, known)
  }
  return known
}

/**
 * Put the pre-scan in front of `processor`'s parser (called by the plugin
 * when the processor's data has PRESCAN_KEY): a file the pre-scan proves
 * untyped gets an empty tree, on which the rules find no type and say
 * nothing, as they would on the full tree. The full parse runs whenever a
 * type is forced (`--type`, option `type`), the processor runs any other
 * plugin, or the pre-scan cannot rule a type out.
 */
export function usePrescan(processor: Processor, plugin: Attacher, options: PrescanOptions): void {
  const parse = processor.parser
  if (!parse || options.type !== undefined) return
  const settings: PrescanSettings = {types: options.types, globs: compileGlobs(options.globs)}
  const provesUntyped = (document: string, file: VFile): boolean => {
    if (file.data.strategyPrescanned) return true
    const findings: PrescanFindings = {}
    const byConfigFolder = configByFolder(processor.data('settings'))
    if (forcedBySettings(processor) || !runsOnlyThisPlugin(processor, plugin) || prescan(document, file, {...settings, byConfigFolder}, findings) !== undefined) return false
    file.data.strategyPrescanned = true
    file.data.strategyForeignType = findings.foreignType ?? null
    file.data.strategyTomlFrontMatter = findings.toml === true
    return true
  }
  untypedChecks.set(processor, provesUntyped)
  processor.parser = function (document, file) {
    return provesUntyped(document, file) ? ({type: 'root', children: []} satisfies Root) : parse(document, file)
  }
}

/** The pre-scan of each processor `usePrescan` was given, by processor. */
const untypedChecks = new WeakMap<object, (document: string, file: VFile) => boolean>()

/**
 * Whether the pre-scan of `processor` (frozen, with the plugin attached)
 * proves `file` untyped, so its parse will be the empty tree: a run that lints
 * files in worker processes (src/engine/processor.ts) keeps such files in its
 * own thread instead of sending them, and so starts no worker for a run that
 * has only those. False when the processor has no pre-scan.
 */
export function prescanProvesUntyped(processor: object, file: VFile): boolean {
  const check = untypedChecks.get(processor)
  return check ? check(String(file.value ?? ''), file) : false
}

/**
 * For a file the pre-scan proved untyped (its tree is empty), set what the
 * plugin's rules would set when run on it, and say so; false for any other
 * file. On the empty tree no rule reports (no rule but UNTYPED_RULES runs on
 * an untyped document, and they read front matter and status, which an empty
 * tree has not) and the model marks the file untyped: tests/prescan.test.ts
 * runs every rule on such a tree to keep this true.
 */
export function settlePrescanned(file: VFile): boolean {
  if (!file.data.strategyPrescanned) return false
  file.data.strategyType = null
  file.data.strategyStatus = null
  file.data.strategyTypeSource = null
  file.data.strategyForeignType ??= null
  file.data.strategyTitleNames = null
  file.data.strategyTomlFrontMatter ??= false
  file.data.strategyPointer = null
  file.data.strategyRuleRan = true
  return true
}

/** `--type` (the processor setting `strategyType`): the plugin reads and checks it after the parse. */
function forcedBySettings(processor: Processor): boolean {
  const settings = processor.data('settings') as unknown
  return typeof settings === 'object' && settings !== null && (settings as Record<string, unknown>).strategyType !== undefined
}
