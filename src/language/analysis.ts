/**
 * Text analysis shared by the language rules: the prose of a document cut
 * into text units (a paragraph, heading or table cell) and sentences, each
 * with exact source offsets, and the features the recognisers find in each
 * sentence. Built lazily from the model's text runs (no second walk of the
 * tree) and memoised per document.
 */
import {toString} from 'mdast-util-to-string'
import type {ListItem, Nodes, Table, TableRow} from 'mdast'
import type {StrategyDocument} from '../model/document.js'
import {plainText, type Section, type TextRun} from '../model/sections.js'
import {LEADING_MARKER} from '../model/placeholders.js'
import {sentenceBounds} from '../model/sentence-bounds.js'
import {TextMemo} from '../util.js'
import {tokenize, type Token} from './matcher.js'
import {findBaselinesAndTargets, findDeadlines, findQuantities, hasNamedScope, type Span} from './recognisers.js'

export interface TextUnit {
  /** The paragraph, heading or table cell. */
  block: Nodes | undefined
  section: Section
  /** The outermost list item or table row holding the unit. */
  item: ListItem | TableRow | undefined
  /** The nearest list item holding the unit (in a nested list, not the outermost). */
  listItem: ListItem | undefined
  /** The table whose row `item` is, when it is a table row. */
  table: Table | undefined
  inHeading: boolean
  quoted: boolean
  text: string
  /** Maps offsets in `text` to offsets in the file. */
  toSource(offset: number): number
  /** Inline code, as ranges of `text`. */
  code: Span[]
  sentences: Sentence[]
}

export interface Sentence {
  unit: TextUnit
  text: string
  /** Offsets in the unit's text. */
  start: number
  end: number
  tokens: readonly Token[]
}

export interface Features {
  quantities: readonly Span[]
  baselines: readonly Span[]
  deadlines: readonly Span[]
  /** `every`, `all`, `none`, `no longer`: a target of all or nothing. */
  universal: boolean
  namedScope: boolean
}

interface Piece {
  /** Offset in the unit text. */
  at: number
  length: number
  /** Source offset of the piece's start. */
  source: number
  /** For text that differs from its source (escapes, entities, indentation of continuation lines): the source offset of each character, relative to `source`. */
  aligned: Int32Array | undefined
}

const analyses = new WeakMap<StrategyDocument, TextUnit[]>()

/** The document's text units (quoted material and HTML excluded), in document order. */
export function textUnits(document: StrategyDocument): TextUnit[] {
  let units = analyses.get(document)
  if (!units) {
    units = buildUnits(document)
    analyses.set(document, units)
  }
  return units
}

function buildUnits(document: StrategyDocument): TextUnit[] {
  const {source} = document
  const units: TextUnit[] = []
  let current: {unit: TextUnit; pieces: Piece[]} | undefined
  for (const run of document.texts()) {
    if (run.quoted || run.node.type === 'html') continue
    const key = run.block ?? run.node
    if (!current || current.unit.block !== key) {
      if (current) splitSentences(current.unit)
      const pieces: Piece[] = []
      const unit: TextUnit = {
        block: key,
        section: run.section,
        item: run.item,
        listItem: run.listItem,
        table: run.table,
        inHeading: run.inHeading,
        quoted: false,
        text: '',
        toSource: (offset) => mapOffset(pieces, offset),
        code: [],
        sentences: []
      }
      current = {unit, pieces}
      units.push(unit)
    }
    appendRun(current.unit, current.pieces, run, source)
  }
  if (current) splitSentences(current.unit)
  // A template prompt (`TODO: say how we measure progress`) is not the author's prose; strategy-placeholder reports it.
  // Nor is a table of contents: `[Open Questions](#open-questions)` names a heading, it plans nothing.
  // Nor is a directive a build step expands (`(((FLAGSHIP GOALS: Faster builds)))`, `{{#include goals.md}}`, `{% include x %}`).
  return units.filter((unit) => !LEADING_MARKER.test(unit.text) && !linksWithinDocument(unit.block) && !DIRECTIVE_ONLY.test(unit.text))
}

/** A unit that is one template or preprocessor directive and nothing else: `(((...)))`, `{{...}}`, `{%...%}`. */
const DIRECTIVE_ONLY = /^\s*(?:\(\(\([^()]*(?:\([^()]*\)[^()]*)*\)\)\)|\{\{[^{}]*\}\}|\{%[^{}%]*%\})\s*$/

/**
 * A paragraph (or heading, or cell) made of nothing but links to places in the
 * document, with separators between them: an entry of a table of contents.
 */
function linksWithinDocument(block: Nodes | undefined): boolean {
  if (!block || !('children' in block) || block.children.length === 0) return false
  let links = 0
  for (const child of block.children) {
    if (child.type === 'link' && child.url.startsWith('#')) links++
    else if (!(child.type === 'break' || (child.type === 'text' && /^[\s,;|•·–—-]*$/.test(child.value)))) return false
  }
  return links > 0
}

/**
 * `| [Explore sandboxed build scripts](https://.../sandboxed-build-script.html) | owner |`: a table cell that is one
 * link and nothing else is the title of another page (a goal, an issue, a pull request) in a table that lists them.
 * The goal is stated, and judged, on that page; its title here only names it. Both blind judges of the in-place check
 * (tests/language/in-place.tsv, in-place-second-judgements.tsv) called 6 of the 10 such findings wrong or debatable.
 * A list item that is one link (`- [Improve regression testing tooling](https://.../issues/33748)`) stays the authors'
 * item: both judges called those right.
 */
export function titlesLinkedPage(unit: TextUnit): boolean {
  const {block} = unit
  if (!block || block.type !== 'tableCell' || block.children.length === 0) return false
  let links = 0
  for (const child of block.children) {
    if (child.type === 'link' || child.type === 'linkReference') links++
    else if (!(child.type === 'text' && /^[\s↳→>*•·–—-]*$/.test(child.value))) return false
  }
  return links === 1
}

/**
 * `| Overhaul size flags | Future | Add proper analysis in the compiler for size-sensitive optimisations ... |`: the first
 * cell of a table row beside a later cell that describes it in a sentence of its own names the item; the description
 * says what will be done, and is read on its own (one message for the row, about what it says). In place, none of
 * three blind judges called the vague-goal message on `Overhaul size flags` right. (`| Optimize cargo | @epage | |`:
 * owners and links beside a name describe nothing, and the name is read.)
 */
export function namesARowDescribedBeside(unit: TextUnit): boolean {
  const {block, item} = unit
  if (!block || block.type !== 'tableCell' || !item || item.type !== 'tableRow' || item.children[0] !== block) return false
  return item.children.slice(1).some((cell) => DESCRIPTION.test(plainText(cell)))
}

/** A cell that says something in words: at least six of them, the first a letter (not an owner, a link list or a date). */
const DESCRIPTION = /^\s*\p{L}[\p{L}'’-]*(?:[\s,]+[\p{L}\p{N}'’()/-]+){5}/u

/**
 * `| 2022 | 2023 | Change |` / `| Faster startup time | Security | new |`: a table that ranks or counts (a `Rank` or
 * `Votes` column, or a `Change`, `Trend` or `Delta` column beside periods) records a tally: what a survey's respondents
 * or a brainstorm's participants put forward and how it moved, not the authors' goals. In place (a collaborator
 * summit's `## Key focus area` tables), no judge called any of the 6 findings in such tables right. (`| Component |
 * Change |` lists the changes planned, and `| Objective | Score |` grades goals: both are still read.)
 */
export function recordsATally(unit: TextUnit): boolean {
  if (!unit.table) return false
  let answer = tallies.get(unit.table)
  if (answer === undefined) tallies.set(unit.table, (answer = countsOrRanks(unit.table.children[0])))
  return answer
}

const TALLY_COLUMN = /^(?:rank|ranking|votes?)$/i
const CHANGE_COLUMN = /^(?:change|trend|delta)$/i
/** A header cell that names a period: `2023`, `Q3 2026`, `H1`, `FY27`. */
const PERIOD_COLUMN = /^(?:\d{4}|(?:q[1-4]|h[12])(?: \d{4})?|fy ?\d{2,4})$/i

const tallies = new WeakMap<Table, boolean>()

function countsOrRanks(header: TableRow | undefined): boolean {
  const names = (header?.children ?? []).map((cell) => plainText(cell).trim())
  return names.some((name) => TALLY_COLUMN.test(name)) || (names.some((name) => CHANGE_COLUMN.test(name)) && names.some((name) => PERIOD_COLUMN.test(name)))
}

/** Whether a unit is in a table's header row. */
export function inHeaderRow(unit: TextUnit): boolean {
  return unit.table !== undefined && unit.table.children[0] === unit.item
}

/** The header cells' texts of each table, read once (asked for every cell of its rows). */
const headerNamesOf = new WeakMap<Table, string[]>()

/** The header cells' texts of a unit's table; none outside a table. */
export function headerNames(unit: TextUnit): string[] {
  if (!unit.table) return []
  let names = headerNamesOf.get(unit.table)
  if (!names) headerNamesOf.set(unit.table, (names = (unit.table.children[0]?.children ?? []).map((cell) => plainText(cell).trim())))
  return names
}

/** The header of the column a table cell's unit is in (`Baseline`, `Leading`); undefined outside a table's cell. */
export function columnHeader(unit: TextUnit): string | undefined {
  if (unit.item?.type !== 'tableRow' || unit.block?.type !== 'tableCell') return undefined
  const column = unit.item.children.indexOf(unit.block)
  return column >= 0 ? headerNames(unit)[column] : undefined
}

/** A header that names where a criterion starts, not where it is to get: `Baseline`, `Current`, `Today`, `As is`. */
export const BASELINE_HEADER = /^(?:baseline|current(?: state| value| level)?|today|now|as[- ]is|before|starting point|start)\b/i

function appendRun(unit: TextUnit, pieces: Piece[], run: TextRun, source: string): void {
  const start = run.node.position?.start.offset
  const end = run.node.position?.end.offset
  const at = unit.text.length
  let aligned: Int32Array | undefined
  // A node with no place in the source (GFM's autolink literals, `https://...` in running text, are made without one)
  // follows the text before it: placed at offset 0, a message on a date in it landed on the document's first lines.
  const previous = pieces[pieces.length - 1]
  let sourceStart = start ?? (previous ? previous.source + (previous.aligned ? previous.aligned[previous.length] : previous.length) : 0)
  if (start !== undefined && end !== undefined) {
    const written = source.slice(start, end)
    // The code's value sits inside its backticks.
    const inner = run.node.type === 'inlineCode' ? written.indexOf(run.value) : written === run.value ? 0 : -1
    if (inner === -1) aligned = align(run.value, written)
    else sourceStart = start + inner
  }
  // A soft line break inside a paragraph is a space for sentence purposes.
  const value = run.value.replace(/\r?\n/g, (line) => ' '.repeat(line.length))
  pieces.push({at, length: value.length, source: sourceStart, aligned})
  unit.text += value
  if (run.node.type === 'inlineCode') unit.code.push({start: at, end: at + value.length, text: value})
}

function mapOffset(pieces: readonly Piece[], offset: number): number {
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pieces[middle].at <= offset) low = middle
    else high = middle - 1
  }
  const piece = pieces[low]
  if (!piece) return 0
  const inside = Math.min(Math.max(0, offset - piece.at), piece.length)
  return piece.source + (piece.aligned ? piece.aligned[inside] : inside)
}

/**
 * Where each character of a text's value sits in its source, found in one
 * pass: source characters the value lacks (escape backslashes, the `amp;` of
 * an entity, the indentation of a continuation line) are skipped.
 */
const MAX_SKIP = 128

function align(value: string, written: string): Int32Array {
  const offsets = new Int32Array(value.length + 1)
  let cursor = 0
  for (let index = 0; index < value.length; index++) {
    const wanted = value[index]
    // Bounded look-ahead keeps this linear even when many characters have no match.
    const limit = Math.min(written.length, cursor + MAX_SKIP)
    let probe = cursor
    while (probe < limit && written[probe] !== wanted) probe++
    const found = probe < limit
    // A character the source spells differently (an entity) stays where the cursor is.
    if (found) cursor = probe
    offsets[index] = Math.min(cursor, Math.max(0, written.length - 1))
    if (found) cursor++
  }
  offsets[value.length] = Math.min(cursor, written.length)
  return offsets
}

/**
 * The length of a paragraph's opening bold title when a line break follows it and a capital starts the next line: the
 * title's text is the unit's first characters (its runs are appended first), and the break is a space in the text.
 */
function titleLineLength(unit: TextUnit): number {
  const {block} = unit
  if (block?.type !== 'paragraph' || block.children.length < 2) return 0
  const [first, second] = block.children
  if (first.type !== 'strong' || second.type !== 'text' || !/^\r?\n\s*\p{Lu}/u.test(second.value)) return 0
  const title = toString(first, {includeHtml: false})
  const {length} = title
  // (When the title's runs are not the text's first characters, as its plain text reads them, no cut is made.)
  return length > 0 && unit.text.startsWith(title) && /^\s$/.test(unit.text[length] ?? '') && !/[.!?:]\s*$/.test(title) ? length : 0
}

/**
 * Cuts the finished unit's text into sentences (a full stop after a known abbreviation does not end one). A bold
 * title on a line of its own that opens the paragraph (`**Improving quality is essential to our success**` / `To meet
 * the high expectations of ...`) ends where its line does, stop or not.
 */
function splitSentences(unit: TextUnit): void {
  let start = titleLineLength(unit)
  if (start > 0) {
    pushSentence(unit, 0, start)
    start += 1
  }
  for (const bound of sentenceBounds(unit.text, start)) pushSentence(unit, bound.start, bound.end)
}

function pushSentence(unit: TextUnit, start: number, end: number): void {
  const raw = unit.text.slice(start, end)
  const leading = raw.length - raw.trimStart().length
  const text = raw.trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return
  const begin = start + leading
  unit.sentences.push(newSentence(unit, text, begin))
}

/** A sentence whose words are cut on first use: most sentences of a document are never read by a language rule. */
function newSentence(unit: TextUnit, text: string, start: number): Sentence {
  let tokens: readonly Token[] | undefined
  return {
    unit,
    text,
    start,
    end: start + text.length,
    get tokens() {
      tokens ??= tokensByText.get(text, tokenize)
      return tokens
    }
  }
}

/** Words of an all-or-nothing end state: `every service`, `zero incidents`, `retired`. */
export const UNIVERSAL: ReadonlySet<string> = new Set(['every', 'all', 'none', 'zero', 'each', 'no', 'never', 'eliminate', 'eliminated', 'retire', 'retired', 'removed'])

const featureCache = new WeakMap<Sentence, Features>()

/** The words of each sentence text, shared by sentences of the same text. */
const tokensByText = new TextMemo<readonly Token[]>()

/** What the recognisers find in a text alone, before a sentence's code spans are taken into account. */
const textFeatures = new TextMemo<Pick<Features, 'quantities' | 'baselines' | 'deadlines'>>()

function recognisedIn(text: string): Pick<Features, 'quantities' | 'baselines' | 'deadlines'> {
  return {quantities: findQuantities(text), baselines: findBaselinesAndTargets(text), deadlines: findDeadlines(text)}
}

/** What the recognisers find in a sentence, computed once per sentence. */
export function features(sentence: Sentence): Features {
  let found = featureCache.get(sentence)
  if (!found) {
    const code = sentence.unit.code
      .filter((span) => span.start < sentence.end && span.end > sentence.start)
      .map((span) => ({...span, start: span.start - sentence.start, end: span.end - sentence.start}))
    const textual = textFeatures.get(sentence.text, recognisedIn)
    // A number inside inline code (`` `100Gi` ``, `` `maxRetries: 3` ``) is part of a name or a value in a spec, and one in
    // an address (`.../issues/2497`) part of a link: neither is a measured quantity. (A quantity read on past an
    // address, `.../issues/97 and more`, still starts in it; `` `100` ms `` measures.)
    const links = sentence.text.includes('://') ? addresses(sentence.text) : []
    const named = (quantity: Span) =>
      code.some((span) => span.start <= quantity.start && span.end >= quantity.end) || links.some((span) => span.start <= quantity.start && quantity.start < span.end)
    found = {
      quantities: code.length === 0 && links.length === 0 ? textual.quantities : textual.quantities.filter((quantity) => !named(quantity)),
      baselines: textual.baselines,
      deadlines: textual.deadlines,
      universal: sentence.tokens.some((token) => UNIVERSAL.has(token.word)),
      namedScope: hasNamedScope(sentence.text, sentence.tokens, code)
    }
    featureCache.set(sentence, found)
  }
  return found
}

/** Web addresses in a text (`https://github.com/org/repo/issues/2497`), as spans. */
function addresses(text: string): Array<{start: number; end: number}> {
  return [...text.matchAll(/\b[a-z][a-z+.-]*:\/\/[^\s<>()]+/gi)].map((match) => ({start: match.index, end: match.index + match[0].length}))
}

/** Source range of part of a sentence (offsets relative to the sentence). */
export function sourceRange(document: StrategyDocument, sentence: Sentence, start = 0, end = sentence.text.length) {
  const from = sentence.unit.toSource(sentence.start + start)
  const to = Math.max(from, sentence.unit.toSource(sentence.start + end - 1) + 1)
  return {start: document.pointAt(from), end: document.pointAt(to)}
}
