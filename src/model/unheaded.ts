/**
 * A section whose heading line is not a heading: written as bold text (`**Context**`, `**Context:**` or
 * `**Context**:` alone in its paragraph), as exports from Confluence and Google Docs and records written in tools
 * without headings have it, or with no space after its `#`s (`##Context`, which Markdown reads as text); or a heading
 * that Markdown keeps inside a list item or a block quote (`- ## Diagnosis`, `> ## Diagnosis`), where it starts no
 * section. The section is there, only its heading does not head it, so the structure rule says that, on that line
 * (and offers the heading in its place where the fix is one line), instead of a `Missing section` error that tells
 * the author to add what they wrote and a `--fix` that adds an empty copy.
 */
import type {Heading, Html, Paragraph, Parent, RootContent} from 'mdast'
import type {Point} from 'unist'
import type {SectionSpec} from '../types/doc-types.js'
import type {StrategyDocument} from './document.js'
import {headingKey} from './heading.js'
import {plainText} from './sections.js'

/** A line that stands for a section's heading without being one. */
export interface UnheadedLine {
  /**
   * How the line is written: as bold text, as a heading with no space after its `#`s, as an HTML heading (`<h2>Context</h2>`),
   * or as a heading inside a list item or a block quote (no one-line fix: the item's or quote's other lines would have
   * to move too).
   */
  kind: 'bold' | 'no-space' | 'html' | 'in-list' | 'in-quote'
  /** The line as written (`**Context:**`, `##Context`): what a fix replaces. */
  written: string
  start: Point
  end: Point
  /** The section's name as the line holds it, as a heading would hold it (`Context`). */
  text: string
  /**
   * For a bold line, the name as written between the `**`s, markup and all (`[Context](https://x.example/c)`,
   * `Context[^1]`): what the heading that replaces the line keeps, so a fix loses no link, note or comment.
   */
  markup?: string
}

/**
 * The label of a paragraph that is only bold text (and maybe a colon after it), without a trailing colon. (Trimmed,
 * not matched with `\s*:?\s*$`: that pattern takes time growing with the square of a long run of spaces.)
 */
function boldTextOf(paragraph: Paragraph, source: string): {text: string; markup: string} | undefined {
  const [bold, ...rest] = paragraph.children
  if (bold?.type !== 'strong' || rest.length > 1) return undefined
  if (rest.length === 1 && !(rest[0].type === 'text' && (rest[0].value.trim() === '' || rest[0].value.trim() === ':'))) return undefined
  let text = plainText(bold).trim()
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd()
  if (text === '' || /[\r\n]/.test(text)) return undefined
  const first = bold.children[0]?.position?.start.offset
  const last = bold.children[bold.children.length - 1]?.position?.end.offset
  let markup = first === undefined || last === undefined ? text : source.slice(first, last).trim()
  if (markup.endsWith(':')) markup = markup.slice(0, -1).trimEnd()
  return {text, markup}
}

/**
 * `##Context`: one to six `#`s and then text, no space between; what a heading needs is the space. A non-breaking space
 * (U+00A0, pasted from a word processor) is no space to Markdown, though it looks like one.
 */
const NO_SPACE_HEADING = /^#{1,6}(?=[^#\s]|\u00a0)/

/**
 * Where the line holding `offset` ends, at its `\n` or `\r` (a file may end its lines with CR alone), looking no
 * further than `limit`; -1 when it goes on past it. (Char by char: `indexOf('\r')` on a file with none read to its end
 * for every paragraph.)
 */
function lineEndAt(source: string, offset: number, limit: number): number {
  for (let at = offset; at < limit; at++) if (source[at] === '\n' || source[at] === '\r') return at
  return -1
}

/** Where the line holding `offset` starts: after the `\n` or `\r` before it (char by char, for the same reason). */
function lineStartAt(source: string, offset: number): number {
  let at = offset
  while (at > 0 && source[at - 1] !== '\n' && source[at - 1] !== '\r') at--
  return at
}

/** A paragraph's first line (from `start`, the paragraph ending at `end`), when it is a heading written with no space after its `#`s (`##Context`). */
function noSpaceHeadingOf(source: string, start: Point & {offset: number}, end: number): UnheadedLine | undefined {
  const lineEnd = lineEndAt(source, start.offset, end)
  const written = source.slice(start.offset, lineEnd === -1 ? end : lineEnd)
  const marks = NO_SPACE_HEADING.exec(written)
  if (!marks) return undefined
  const lineEndPoint = {line: start.line, column: start.column + written.length, offset: start.offset + written.length}
  return {kind: 'no-space', written, start, end: lineEndPoint, text: written.slice(marks[0].length).trim()}
}

/** A heading inside a list item or block quote, as the line it stands on (from the list marker or `>` on). */
function containedHeadingOf(heading: Heading, container: 'in-list' | 'in-quote', source: string): UnheadedLine | undefined {
  const {start, end} = heading.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  const lineStart = lineStartAt(source, start.offset)
  const written = source.slice(lineStart, end.offset).replace(/\r$/, '')
  const lineStartPoint = {line: start.line, column: 1, offset: lineStart}
  return {kind: container, written, start: lineStartPoint, end, text: plainText(heading).trim()}
}

/**
 * The headings a list or block quote holds, however deep (a list in a quote, an item's sub-list), each with what holds
 * it nearest. Lists and quotes are walked by hand for the two containers only: the headings of the document's own
 * outline are the model's, and nothing else can hold one.
 */
function containedHeadings(node: RootContent, source: string, found: UnheadedLine[]): void {
  if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return
  const container = node.type === 'blockquote' ? 'in-quote' : 'in-list'
  for (const child of node.children) {
    if (child.type === 'heading') {
      const line = containedHeadingOf(child, container, source)
      if (line) found.push(line)
    } else containedHeadings(child, source, found)
  }
}

/**
 * `<h2>Context</h2>` (attributes allowed) on the first line of an HTML block: an HTML heading, which starts no section
 * of the outline. Left unread, each one drew `Missing section` and the fix inserted an empty duplicate. The block goes
 * on to the next blank line, so the text right under such a heading is in it (`<h2>Context</h2>` then the context): the
 * fix replaces the first line alone, and an ATX heading needs no blank line after it. Only a short line is read (the
 * pattern then runs in bounded time).
 */
const HTML_HEADING = /^[ \t]*<h([1-6])(?:\s[^<>]*)?>([^\r\n]*?)<\/h\1>[ \t]*$/i
const MAX_HTML_HEADING_LENGTH = 300

function htmlHeadingOf(node: Html): UnheadedLine | undefined {
  const {start} = node.position ?? {}
  if (start?.offset === undefined) return undefined
  const lineEnd = node.value.search(/\r|\n/)
  const line = lineEnd === -1 ? node.value : node.value.slice(0, lineEnd)
  if (line.length > MAX_HTML_HEADING_LENGTH) return undefined
  const match = HTML_HEADING.exec(line)
  if (!match) return undefined
  const written = line.trimEnd()
  const end = {line: start.line, column: start.column + written.length, offset: start.offset + written.length}
  return {kind: 'html', written, start, end, text: headingTextOfHtml(match[2])}
}

/** `<a id="context"></a>Context`, `What We Won&#39;t Do`: the name without inline tags, with entities read. */
function headingTextOfHtml(inner: string): string {
  return inner
    .replace(/<[^<>]*>/g, '')
    .replace(/&#(\d{1,7});/g, (_, code: string) => codePoint(Number(code)))
    .replace(/&#x([\da-f]{1,6});/gi, (_, code: string) => codePoint(Number.parseInt(code, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}

function codePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
}

/**
 * `<h2>Context</h2>` in MDX, where it is JSX: an element named `h1` to `h6` alone on its line, as a block, or as the
 * one thing in a paragraph (how MDX reads it when the closing tag is on the same line).
 */
function jsxHeadingOf(node: RootContent, source: string): UnheadedLine | undefined {
  const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : node
  const element = only as {type: string; name?: string | null; position?: {start: Point; end: Point}}
  if ((element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') || !element.name || !/^h[1-6]$/.test(element.name)) return undefined
  const {start, end} = element.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  const written = source.slice(start.offset, end.offset)
  if (/[\r\n]/.test(written)) return undefined
  const text = plainText(only as unknown as Parent).trim()
  return text === '' ? undefined : {kind: 'html', written, start, end, text}
}

/** The line of `paragraph` that stands for a heading, if it does. */
function unheadedLineOf(paragraph: Paragraph, source: string): UnheadedLine | undefined {
  const {start, end} = paragraph.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  const bold = boldTextOf(paragraph, source)
  if (bold !== undefined) return {kind: 'bold', written: source.slice(start.offset, end.offset), start, end, text: bold.text, markup: bold.markup}
  return noSpaceHeadingOf(source, {...start, offset: start.offset}, end.offset)
}

/**
 * The first line of the document that stands for a heading naming `spec` (its heading or an alias, matched as a
 * heading is, exactly), or `undefined`. Asked only for a section that is missing. Only where a section can stand:
 * before any heading, under the title, or in a section of the type. Under a heading of its own (`### Cluster-specific
 * domains` / `**Decision:**` / a list) a bold label is that part's label: a record split by topic writes one for each
 * topic (moj-cloud-platform 025, where three blind judges called the `Missing section Decision` on it wrong).
 */
export function unheadedLineFor(document: StrategyDocument, spec: SectionSpec): UnheadedLine | undefined {
  const lines = linesOf(document)
  if (lines.size === 0) return undefined
  for (const name of [spec.heading, ...spec.aliases]) {
    const line = lines.get(headingKey(name))
    if (line) return line
  }
  return undefined
}

/** Each document's unheaded lines by key (the first for each), read once: every missing section asks. */
const linesByDocument = new WeakMap<StrategyDocument, Map<string, UnheadedLine>>()

function linesOf(document: StrategyDocument): Map<string, UnheadedLine> {
  let lines = linesByDocument.get(document)
  if (lines) return lines
  lines = new Map()
  const ofType = new Set(document.matches.map((match) => match.section))
  for (const section of [document.root, ...document.sections]) {
    if (section !== document.root && section.depth !== 1 && !ofType.has(section)) continue
    for (const node of section.nodes) {
      const found: UnheadedLine[] = []
      if (node.type === 'paragraph') {
        const line = unheadedLineOf(node, document.source) ?? jsxHeadingOf(node, document.source)
        if (line) found.push(line)
      } else if (node.type === 'html' || (node.type as string) === 'mdxJsxFlowElement') {
        const line = node.type === 'html' ? htmlHeadingOf(node) : jsxHeadingOf(node, document.source)
        if (line) found.push(line)
      } else containedHeadings(node, document.source, found)
      for (const line of found) {
        if (line.text === '') continue
        const key = headingKey(line.text)
        if (!lines.has(key)) lines.set(key, line)
      }
    }
  }
  linesByDocument.set(document, lines)
  return lines
}
