/**
 * The section tree: headings turn a document into nested sections, each with
 * its own content nodes, prose text runs and counts. Built in one walk.
 */
import type {Heading, Html, InlineCode, ListItem, Nodes, Parent, Root, RootContent, Table, TableRow, Text, Yaml} from 'mdast'
import type {Point} from 'unist'
import {toString} from 'mdast-util-to-string'
import {CHARACTER_REFERENCE, headingKey} from './heading.js'

export interface SectionStats {
  words: number
  paragraphs: number
  listItems: number
  tables: number
  /** Fenced or indented code blocks (diagrams, examples): content, but not prose. */
  codeBlocks: number
}

/** A piece of prose (or inline code or HTML) with its place in the source. */
export interface TextRun {
  value: string
  node: Text | Html | InlineCode
  section: Section
  /** Inside a heading's text. */
  inHeading: boolean
  /** Inside a block quote: quoted material, not the author's claim. */
  quoted: boolean
  /** The nearest paragraph, heading or table cell holding the run. */
  block: Nodes | undefined
  /** The outermost list item or table row holding the run, within its top-level block. */
  item: ListItem | TableRow | undefined
  /** The nearest list item holding the run: differs from `item` in a nested list. */
  listItem: ListItem | undefined
  /** The table whose row `item` is, when `item` is a table row: its first row is the header. */
  table: Table | undefined
}

export interface Section {
  /** `undefined` for the preamble before the first heading. */
  heading: Heading | undefined
  /** Plain text of the heading. */
  title: string
  /** Comparison key of the heading (see `headingKey`). */
  key: string
  /** Heading depth 1-6; 0 for the preamble. */
  depth: number
  parent: Section | undefined
  children: Section[]
  /** Block nodes between this heading and the next heading. */
  nodes: RootContent[]
  /** Prose in the heading and in `nodes`. */
  texts: TextRun[]
  /** Counts over `nodes` only. */
  own: SectionStats
  /** Counts over `nodes` and every descendant section. */
  total: SectionStats
  start: Point
  /** Where the section's extent ends: the start of the next heading at the same or a higher level, or the end of the document. */
  end: Point
}

export interface SectionTree {
  root: Section
  /** Every heading's section, in document order. */
  sections: Section[]
  frontMatter: Yaml | undefined
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/**
 * `answer`, found once for each section (weakly held): questions about headings that every sentence or
 * item asks, where a heading may be long (20,000 sentences under an 80,000-character heading took 33 s
 * when each question read it again). A section belongs to one document model, so extra arguments that
 * name its document do not change the answer.
 */
export function perSection<T, A extends unknown[]>(answer: (section: Section, ...rest: A) => T): (section: Section, ...rest: A) => T {
  const answers = new WeakMap<Section, T>()
  return (section, ...rest) => {
    if (answers.has(section)) return answers.get(section) as T
    const found = answer(section, ...rest)
    answers.set(section, found)
    return found
  }
}

export function countWords(value: string): number {
  let count = 0
  WORD.lastIndex = 0
  while (WORD.exec(value)) count++
  return count
}

const HOLDERS = new Set(['paragraph', 'heading', 'tableCell'])

function emptyStats(): SectionStats {
  return {words: 0, paragraphs: 0, listItems: 0, tables: 0, codeBlocks: 0}
}

/**
 * The marker that opens a GitHub alert (`[!NOTE]`, `[!WARNING]`) or an Obsidian callout (`[!tip]-`, `[!info] Title`),
 * with the space after it.
 */
export const CALLOUT_MARKER = /^\[![A-Za-z][\w-]{0,30}\][+-]?(?:[ \t]+|(?=\s|$))/

/** Whether a block quote is an alert or a callout: its first paragraph opens with the marker. */
export function isCallout(node: Nodes): boolean {
  if (node.type !== 'blockquote') return false
  const [first] = node.children
  if (first?.type !== 'paragraph') return false
  const [text] = first.children
  // (The marker is plain text: `[!NOTE]` defines no link, so the parser keeps its brackets.)
  return text?.type === 'text' && CALLOUT_MARKER.test(text.value)
}

/** An HTML or JSX tag, which holds no words of the text (a `<` starts the next one: linear on any run of brackets). */
const TAG = /<[^<>]*>/g
/** A character reference (`&nbsp;`, `&#160;`, `&mdash;`): no word. */
const REFERENCE = new RegExp(CHARACTER_REFERENCE, 'g')
/** HTML whose text is code or markup, not prose: a block of code, a script, a style sheet, a drawing (inline `<code>` is prose). */
const HOLDS_CODE = /<(?:pre|script|style|svg)\b/i

/**
 * Text without Obsidian's comments, `%% not shown %%`, which the app does not render: a section holding only one
 * passed as written. By position, as HTML comments are.
 */
function withoutObsidianComments(value: string): string {
  return value.includes('%%') ? withoutSpans(value, '%%', '%%', false) : value
}

/**
 * `text` with each span from `open` to `close` made a space, found by position (linear, whatever the text). A span left
 * open runs to the end when `unclosedToEnd` (an HTML comment hides the rest), else is text (`100%%` alone is no comment).
 */
function withoutSpans(text: string, open: string, close: string, unclosedToEnd: boolean): string {
  let kept = ''
  let from = 0
  for (let start = text.indexOf(open); start !== -1; start = text.indexOf(open, from)) {
    const end = text.indexOf(close, start + open.length)
    if (end === -1 && !unclosedToEnd) break
    kept += text.slice(from, start) + ' '
    from = end === -1 ? text.length : end + close.length
  }
  return kept + text.slice(from)
}

/** The words of raw HTML: without its comments, tags and character references. */
function htmlText(html: string): string {
  // (Comments by position, not a pattern: `-->` may be missing, and a `>` inside one ended a tag's match.)
  return withoutSpans(html, '<!--', '-->', true).replace(TAG, ' ').replace(REFERENCE, ' ')
}

function isComment(node: Html): boolean {
  return /^\s*<!--/.test(node.value)
}

function newSection(heading: Heading | undefined, parent: Section | undefined, start: Point): Section {
  const title = heading ? plainText(heading) : ''
  return {
    heading,
    title,
    key: heading ? headingKey(title) : '',
    depth: heading ? heading.depth : 0,
    parent,
    children: [],
    nodes: [],
    texts: [],
    own: emptyStats(),
    total: emptyStats(),
    start,
    end: start
  }
}

/**
 * Plain text of a phrasing container, without markup, HTML or image alt text: mdast-util-to-string
 * with both off. It gave the same text as the hand-written walk it replaced on every heading of the
 * fixtures, docs and corpus (105,478 headings; tests/libraries.test.ts keeps the cases).
 */
export function plainText(node: Parent): string {
  return toString(node, {includeImageAlt: false, includeHtml: false})
}

/**
 * Walk one block and everything under it, once, iteratively: deep nesting must not overflow the
 * stack. Not unist-util-visit-parents: it recurses (measured: fine at 4,000 nested levels, a stack
 * overflow at 8,000) and copies the ancestor list at each level, so its cost grows with the square of
 * the depth (17 ms at 1,000 levels, 78 at 2,000, 247 at 4,000).
 */
function collect(block: RootContent, section: Section, inHeading: boolean): void {
  const stack: Array<{node: Nodes; quoted: boolean; holder: Nodes | undefined; item: TextRun['item']; listItem: ListItem | undefined; table: Table | undefined}> = [
    {node: block, quoted: false, holder: undefined, item: undefined, listItem: undefined, table: undefined}
  ]
  while (stack.length > 0) {
    const {node, quoted, holder, item, listItem, table} = stack.pop()!
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        if (!inHeading) section.own.words += countWords(node.type === 'text' ? withoutObsidianComments(node.value) : node.value)
        section.texts.push({value: node.value, node, section, inHeading, quoted, block: holder, item, listItem, table})
        continue
      }
      case 'image':
      case 'imageReference': {
        // A diagram is content even without alt text.
        if (!inHeading) section.own.words += Math.max(1, countWords(node.alt ?? ''))
        continue
      }
      case 'html': {
        if (isComment(node)) continue
        // Words between tags are the author's text (`<details><summary>Root cause</summary> Alerts are ...`, a JSX
        // `<TabItem>`'s prose): a section holding only such a block was called empty, an error. (Not a block that holds
        // code: a `<pre>` in a `<table>` compares listings, as a code block would.)
        if (!inHeading && !HOLDS_CODE.test(node.value)) section.own.words += countWords(htmlText(node.value))
        section.texts.push({value: node.value, node, section, inHeading, quoted, block: holder, item, listItem, table})
        continue
      }
      case 'code': {
        section.own.codeBlocks++
        continue
      }
      case 'yaml':
      case 'toml' as never:
      case 'definition':
      case 'footnoteDefinition': {
        continue
      }
      case 'paragraph': {
        section.own.paragraphs++
        break
      }
      case 'listItem': {
        section.own.listItems++
        break
      }
      case 'table': {
        section.own.tables++
        break
      }
      default:
    }
    if ('children' in node) {
      // (A GitHub alert or an Obsidian callout, `> [!NOTE]`, is the author's own text set off, not a quotation.)
      const childQuoted = quoted || (node.type === 'blockquote' && !isCallout(node))
      const childHolder = HOLDERS.has(node.type) ? node : holder
      const childItem = item ?? (node.type === 'listItem' || node.type === 'tableRow' ? node : undefined)
      const childListItem = node.type === 'listItem' ? node : listItem
      // (A table inside a list item has the item as its `item`: its rows are not items of their own.)
      const childTable = node.type === 'table' && item === undefined ? node : table
      const children = node.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) {
        stack.push({node: children[index], quoted: childQuoted, holder: childHolder, item: childItem, listItem: childListItem, table: childTable})
      }
    }
  }
}

function addStats(into: SectionStats, from: SectionStats): void {
  into.words += from.words
  into.paragraphs += from.paragraphs
  into.listItems += from.listItems
  into.tables += from.tables
  into.codeBlocks += from.codeBlocks
}

/** Prose of a section's content and all its subsections' content, headings excluded. */
export function* contentTexts(section: Section): Generator<TextRun> {
  for (const run of section.texts) if (!run.inHeading) yield run
  for (const child of section.children) yield* contentTexts(child)
}

/** Build the section tree of a document. */
export function buildSections(tree: Root, displaced?: Yaml): SectionTree {
  const documentStart: Point = tree.position?.start ?? {line: 1, column: 1, offset: 0}
  const documentEnd: Point = tree.position?.end ?? documentStart
  const root = newSection(undefined, undefined, documentStart)
  const sections: Section[] = []
  const open: Section[] = [root]
  let frontMatter: Yaml | undefined
  // Front matter after blank lines (src/model/front-matter.ts `displacedFrontMatter`) is parsed as text: the blocks
  // that start on its lines are its, not the document's.
  const displacedEnd = displaced?.position?.end.line ?? 0
  if (displaced) frontMatter = displaced

  for (const block of tree.children) {
    if ((block.position?.start.line ?? Infinity) <= displacedEnd) continue
    // TOML front matter (`+++`) is read too: its node has the same shape as YAML's (src/model/front-matter.ts tells them apart).
    if ((block.type === 'yaml' || (block.type as string) === 'toml') && !frontMatter && sections.length === 0 && root.nodes.length === 0) {
      frontMatter = block as Yaml
      continue
    }
    if (block.type === 'heading') {
      const start = block.position?.start ?? documentEnd
      while (open.length > 1 && open[open.length - 1].depth >= block.depth) {
        open.pop()!.end = start
      }
      const parent = open[open.length - 1]
      const section = newSection(block, parent, start)
      parent.children.push(section)
      sections.push(section)
      open.push(section)
      collect(block, section, true)
      continue
    }
    const current = open[open.length - 1]
    current.nodes.push(block)
    collect(block, current, false)
  }
  for (const section of open) section.end = documentEnd
  root.end = documentEnd

  // Children come after their parents in `sections`, so a reverse pass sums totals bottom-up.
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]
    addStats(section.total, section.own)
    if (section.parent) addStats(section.parent.total, section.total)
  }
  addStats(root.total, root.own)
  return {root, sections, frontMatter}
}
