/**
 * A section whose heading line is not a heading: written as bold text (`**Context**`, `**Context:**` or
 * `**Context**:` alone in its paragraph), as exports from Confluence and Google Docs and records written in tools
 * without headings have it, or with no space after its `#`s (`##Context`, which Markdown reads as text). The section
 * is there, only its heading is not a heading, so the structure rule says that, on that line, and offers the heading
 * in its place, instead of a `Missing section` error that tells the author to add what they wrote.
 */
import type {Paragraph} from 'mdast'
import type {Point} from 'unist'
import type {SectionSpec} from '../types/doc-types.js'
import type {StrategyDocument} from './document.js'
import {headingKey} from './heading.js'
import {plainText} from './sections.js'

/** A line that stands for a section's heading without being one. */
export interface UnheadedLine {
  /** How the line is written: as bold text, or as a heading with no space after its `#`s. */
  kind: 'bold' | 'no-space'
  /** The line as written (`**Context:**`, `##Context`): what a fix replaces. */
  written: string
  start: Point
  end: Point
  /** The section's name as the line holds it, as a heading would hold it (`Context`). */
  text: string
}

/**
 * The label of a paragraph that is only bold text (and maybe a colon after it), without a trailing colon. (Trimmed,
 * not matched with `\s*:?\s*$`: that pattern takes time growing with the square of a long run of spaces.)
 */
function boldTextOf(paragraph: Paragraph): string | undefined {
  const [bold, ...rest] = paragraph.children
  if (bold?.type !== 'strong' || rest.length > 1) return undefined
  if (rest.length === 1 && !(rest[0].type === 'text' && (rest[0].value.trim() === '' || rest[0].value.trim() === ':'))) return undefined
  let text = plainText(bold).trim()
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd()
  return text === '' || text.includes('\n') ? undefined : text
}

/** `##Context`: one to six `#`s and then text, no space between; what a heading needs is the space. */
const NO_SPACE_HEADING = /^#{1,6}(?=[^#\s])/

/** A paragraph's first line (from `start`, the paragraph ending at `end`), when it is a heading written with no space after its `#`s (`##Context`). */
function noSpaceHeadingOf(source: string, start: Point & {offset: number}, end: number): UnheadedLine | undefined {
  const lineEnd = source.indexOf('\n', start.offset)
  const written = source.slice(start.offset, lineEnd === -1 || lineEnd > end ? end : lineEnd).replace(/\r$/, '')
  const marks = NO_SPACE_HEADING.exec(written)
  if (!marks) return undefined
  const lineEndPoint = {line: start.line, column: start.column + written.length, offset: start.offset + written.length}
  return {kind: 'no-space', written, start, end: lineEndPoint, text: written.slice(marks[0].length).trim()}
}

/** The line of `paragraph` that stands for a heading, if it does. */
function unheadedLineOf(paragraph: Paragraph, source: string): UnheadedLine | undefined {
  const {start, end} = paragraph.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  const bold = boldTextOf(paragraph)
  if (bold !== undefined) return {kind: 'bold', written: source.slice(start.offset, end.offset), start, end, text: bold}
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
      if (node.type !== 'paragraph') continue
      const line = unheadedLineOf(node, document.source)
      if (!line || line.text === '') continue
      const key = headingKey(line.text)
      if (!lines.has(key)) lines.set(key, line)
    }
  }
  linesByDocument.set(document, lines)
  return lines
}
