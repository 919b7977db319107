/**
 * A document's status (draft, proposed, accepted, superseded, ...) and what
 * it changes: which rules run and at which severity. The status is read from
 * front matter `status:`, from a Status section (decision records write
 * `Accepted` or `Superseded by [ADR-0012](0012-x.md)` there) or from a
 * `Status: Draft` line under the title, once per document (the model
 * memoises it). Severities are adjusted in one place, `src/rule.ts`, by
 * asking `rulePolicy` with what the rule declares.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Link, LinkReference, Nodes} from 'mdast'
import type {Position} from 'unist'
import type {StrategyDocument} from './document.js'
import {headingKey} from './heading.js'
import {isTomlKeyLine} from './front-matter.js'
import {LEADING_MARKER} from './placeholders.js'
import {projectRoot} from './project-root.js'
import {CALLOUT_MARKER, type Section, type TextRun} from './sections.js'
import {toString} from 'mdast-util-to-string'
import {firstLine, realPathOr} from '../util.js'

/** The statuses a document can have; a type's own words map to one of these. */
const STATUS_KINDS = ['draft', 'proposed', 'accepted', 'superseded', 'deprecated', 'retired', 'rejected'] as const
export type StatusKind = (typeof STATUS_KINDS)[number]

/** Statuses of a document that no longer holds: not checked (except for its successor). */
export const ENDED: ReadonlySet<StatusKind> = new Set(['superseded', 'deprecated', 'retired', 'rejected'])
/** Ended statuses that need a successor: something replaced the document. */
export const NEEDS_SUCCESSOR: ReadonlySet<StatusKind> = new Set(['superseded', 'retired'])

/** How a type treats statuses (the type's `status` option). */
export interface StatusSettings {
  /** The type's own status words (lower case) and the status each means, read before the built-in words. */
  words: ReadonlyMap<string, StatusKind>
  /** `warn`: in a draft, the findings of the completeness and language rules are warnings; `check`: as configured. */
  draft: 'warn' | 'check'
  /** `successor`: an ended document is checked only for its successor; `skip`: not checked at all; `check`: checked like any other. */
  ended: 'successor' | 'skip' | 'check'
}

export const DEFAULT_STATUS_SETTINGS: StatusSettings = {words: new Map(), draft: 'warn', ended: 'successor'}

/** The built-in words, as ADR tools, MADR and strategy templates write them. */
const BUILTIN_WORDS: ReadonlyMap<string, StatusKind> = new Map<string, StatusKind>([
  ['draft', 'draft'],
  ['work in progress', 'draft'],
  ['wip', 'draft'],
  ['in progress', 'draft'],
  ['in-progress', 'draft'],
  // (KEPs' first state: proposed and still being defined.)
  ['provisional', 'draft'],
  // (moj-cloud-platform's `🤔 Incomplete`: a record its authors have not finished.)
  ['incomplete', 'draft'],
  ['proposed', 'proposed'],
  ['in review', 'proposed'],
  ['in-review', 'proposed'],
  ['under review', 'proposed'],
  // (MADR's own records: a decision put off, not taken.)
  ['on hold', 'proposed'],
  ['on-hold', 'proposed'],
  // (govuk-aws and cometbft ADRs: a record written and waiting for its decision.)
  ['pending', 'proposed'],
  ['accepted', 'accepted'],
  ['active', 'accepted'],
  ['approved', 'accepted'],
  // (A decision in force and carried out: KEPs' `implementable` and `implemented`, PEPs' `Final`, ADR logs' `Done`.)
  ['implementable', 'accepted'],
  ['implemented', 'accepted'],
  ['final', 'accepted'],
  ['done', 'accepted'],
  // (cometbft's `Partially Accepted`, govuk-aws's `Partly superseded`: what was not replaced still holds, checked as in force.)
  ['partially accepted', 'accepted'],
  ['partly accepted', 'accepted'],
  ['partially superseded', 'accepted'],
  ['partly superseded', 'accepted'],
  ['superseded', 'superseded'],
  // adr-tools' own spelling in older versions.
  ['superceded', 'superseded'],
  ['replaced', 'superseded'],
  ['deprecated', 'deprecated'],
  // (A decision taken and then undone, as cometbft's ADRs mark it: no longer in force, with no successor to name.)
  ['reverted', 'deprecated'],
  // (Archived, obsolete: no longer in force, with no successor to name; `Obsoleted by RFC 2` names one, as deprecated.)
  ['obsolete', 'deprecated'],
  ['obsoleted', 'deprecated'],
  ['archived', 'deprecated'],
  ['retired', 'retired'],
  ['rejected', 'rejected'],
  // (KEPs, RFCs and ADR logs: a proposal its authors took back or its reviewers turned down.)
  ['withdrawn', 'rejected'],
  ['abandoned', 'rejected'],
  ['declined', 'rejected']
])

interface Successor {
  /** The link's destination, or the text naming the successor when it is not a link. */
  target: string
  /** Whether `target` is a link (a URL or a path) rather than a bare name (`ADR-0012`). */
  link: boolean
  place: Position | undefined
}

export interface DocumentStatus {
  kind: StatusKind
  /** The status as written (`Superseded by ADR-0012`), for messages. */
  written: string
  /** Where it was read. */
  source: 'front matter' | 'status section' | 'status line'
  place: Position | undefined
  /** The document that replaces this one, when named (looked for only when the status has ended). */
  successor: Successor | undefined
}

/** After a status word: nothing, punctuation, or a word that qualifies it (`Accepted on 2020-01-02`, `Superseded by ...`). */
const AFTER_WORD = /^(?:[^\p{L}\p{N}]*$|\s*[^\s\p{L}\p{N}]|\s+(?:by|on|in|since|as|at|from|until|till|for|and|with|after|per|via|\d))/iu

/** A list in brackets, with a comma: `[Proposed, Accepted, Deprecated]`. (The comma by a lookahead, so the list is read once.) */
const BRACKETED_LIST = /^[[{(<](?=[^\]})>\n]*,)[^\]})>\n]*[\]})>]\s*$/

/**
 * A bracketed list, or words separated by bars on one line: the choices a template offers, after white space, bold
 * marks and a `Status:` label. Once one pattern, whose three runs of white space in a row (before and after the
 * optional marks and label) could share a run every way, and whose list rescanned from every comma: cubic, 53 s on an
 * 8 KB status.
 */
function offersChoices(value: string): boolean {
  if (!value.includes('\n') && value.includes('|')) return true
  const list = value.replace(/^\s*(?:\*\*|__)?/, '').replace(/^status\s*[:：]/i, '').replace(/^\s*(?:\*\*|__)?\s*/, '')
  return BRACKETED_LIST.test(list)
}

/**
 * Where a status says it moved on: an arrow (`Draft → Accepted`, `->`, `=>`), `then` after a space (`Draft, then
 * Accepted on 2026-01-02`), or `now` after a comma or semicolon (`Accepted; now Deprecated`). Words and arrows are
 * found by a pattern with no repetition; the space around them is checked by hand (a pattern such as
 * `\s*(?:...|\s+then\s+)` backtracks on a long run of spaces: 12 s on 4,000 of them).
 */
const TRANSITION_MARK = /→|⟶|⇒|->|=>|\bthen\b|\bnow\b/giu

/** A status that tells its history in one line is what it moved to last: `Draft → Accepted` is accepted. */
function latestStep(value: string): string {
  let last = -1
  for (const match of value.matchAll(TRANSITION_MARK)) {
    const mark = match[0].toLowerCase()
    const end = match.index + mark.length
    if (mark === 'then' || mark === 'now') {
      const before = value.slice(Math.max(0, match.index - 2), match.index)
      const spaced = /\s/.test(value.charAt(end)) && (mark === 'then' ? /\s$/.test(before) : /[,;]\s?$/.test(before))
      if (!spaced) continue
    }
    last = end
  }
  return last === -1 ? value : value.slice(last)
}

/** The status a written value means: the type's words first, then the built-in ones, longest first. */
export function statusOf(value: string, settings: StatusSettings = DEFAULT_STATUS_SETTINGS): StatusKind | undefined {
  // A template's list of choices (`[Proposed, Accepted, Deprecated]`, `{draft | proposed | accepted}`) is no status yet.
  if (offersChoices(value)) return undefined
  // (Marks before the word are dropped: emphasis, quotes, brackets, and the emoji some teams put there, `✅ Accepted`,
  // `⌛️ Superseded by [036](036-x.md)`.)
  const text = latestStep(value.normalize('NFKC'))
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^status\s*[:：]\s*[*_`"'[(]*\s*/i, '')
    .toLowerCase()
  if (text === '') return undefined
  for (const words of [settings.words, BUILTIN_WORDS]) {
    let best: {length: number; kind: StatusKind} | undefined
    for (const [word, kind] of words) {
      if (text.startsWith(word) && AFTER_WORD.test(text.slice(word.length)) && (!best || word.length > best.length)) best = {length: word.length, kind}
    }
    if (best) return best.kind
  }
  return undefined
}

const FRONT_MATTER_SUCCESSOR_KEYS = ['superseded-by', 'superseded_by', 'supersededBy', 'replaced-by', 'replaced_by', 'replacedBy', 'successor']

/** `Status: accepted` at the start of a line of the preamble (MADR 2's `* Status: ...`, a design doc's `**Status:** Draft`). */
const STATUS_LINE = /(?:^|\n)[ \t]*status[ \t]*[:：][ \t]*([^\n]{1,200})/i

/** Words around a link that make it the successor: `Superseded by [...]`, `Replaced by`, `see [...] instead`. */
const SUCCESSOR_WORDS = /\b(?:superseded|superceded|replaced|succeeded|obsoleted)\s+by\b|\bsuccessor\b|\binstead\b/i

/** Read the status of a document of a type; `undefined` when none is written or the words are not known. */
export function readStatus(document: StrategyDocument): DocumentStatus | undefined {
  const type = document.type
  if (!type) return undefined
  const settings = type.status
  const found = fromFrontMatter(document, settings) ?? fromStatusSection(document, settings) ?? fromStatusLine(document, settings)
  if (!found) return undefined
  // (A status written in the body with its successor in front matter, as the message suggests: `superseded-by:`.)
  if (ENDED.has(found.kind) && !found.successor) found.successor = frontMatterSuccessor(document) ?? successorIn(document) ?? namedSuccessor(found.written, found.place)
  return found
}

/** Front matter keys of a status, `status:` first; `state:` counts only with a known word (it may mean something else). */
const STATUS_KEYS = ['status', 'Status', 'STATUS']
const STATE_KEYS = ['state', 'State', 'STATE']

/** A front matter value as a status: a string, or a list of one (`status: [Draft]`); a longer list offers choices. */
function frontMatterValue(value: unknown): string | undefined {
  const one = Array.isArray(value) && value.length === 1 ? value[0] : value
  return typeof one === 'string' ? one.trim() : undefined
}

function fromFrontMatter(document: StrategyDocument, settings: StatusSettings): DocumentStatus | undefined {
  const frontMatter = document.frontMatter
  const data = frontMatter?.data
  if (!frontMatter || !data) return undefined
  for (const key of [...STATUS_KEYS, ...STATE_KEYS]) {
    const written = frontMatterValue(data[key])
    const kind = written === undefined ? undefined : statusOf(written, settings)
    if (written === undefined || !kind) continue
    const place = lineOfKey(document, key) ?? frontMatter.node.position
    return {kind, written, source: 'front matter', place, successor: frontMatterSuccessor(document) ?? successorInValue(written, place)}
  }
  return undefined
}

/** A status written where the linter reads one, in words it does not know (`status: On hold`). */
export interface UnreadStatus {
  written: string
  /** `status: Parked` in front matter, `Parked` alone as a Status section's first paragraph, or a `Status: Parked` line before the first section. */
  source: 'front matter' | 'status section' | 'status line'
  place: Position | undefined
}

/** A value without the marks around it (`**On hold**.`, `"Parked"`): trimmed by hand, as `[...]+$` rescans a long run. */
function withoutMarks(value: string): string {
  const marks = new Set([...' \t*_`"\'.'])
  let start = 0
  let end = value.length
  while (start < end && marks.has(value[start]) && value[start] !== '.') start++
  while (end > start && marks.has(value[end - 1])) end--
  return value.slice(start, end)
}

/** Words of a short status line's value: `On hold`, `Parked`; a longer value is more likely prose than a status. */
const SHORT_STATUS = /^[\p{L}][\p{L}\p{N}' -]{0,40}$/u

/**
 * A status the document writes but the linter cannot read, when no status was read: front matter `status:` with a
 * word that neither the type nor the built-in list maps (`On hold`), or a short `Status: On hold` line under the
 * title. Not a template's choices (`[Proposed | Accepted]`), not an empty value. The document is then checked as if
 * it had no status; the rule that reports it says so, and a written status still does a Status section's job.
 */
export function readUnknownStatus(document: StrategyDocument): UnreadStatus | undefined {
  if (!document.type || document.status()) return undefined
  const frontMatter = document.frontMatter
  const data = frontMatter?.data
  if (frontMatter && data) {
    const key = STATUS_KEYS.find((name) => frontMatterValue(data[name]) !== undefined)
    const written = key === undefined ? undefined : frontMatterValue(data[key])
    // (`status: TBD` is a placeholder, as on a status line.)
    if (key !== undefined && written !== undefined && written !== '' && !offersChoices(written) && !LEADING_MARKER.test(withoutMarks(written))) {
      return {written, source: 'front matter', place: lineOfKey(document, key) ?? frontMatter.node.position}
    }
  }
  const inSection = unknownInStatusSection(document)
  if (inSection) return inSection
  for (const section of preamble(document)) {
    for (const {text, place} of blocksOf(section)) {
      const line = STATUS_LINE.exec(text)?.[1]
      const written = line === undefined ? undefined : withoutMarks(line)
      // (`Status: TBD` is a placeholder, strategy-placeholder's to report.)
      if (written !== undefined && SHORT_STATUS.test(written) && written.split(' ').length <= 3 && !LEADING_MARKER.test(written)) return {written, source: 'status line', place}
    }
  }
  return undefined
}

/**
 * A Status section whose first paragraph or item is only a word or three the linter does not know (`## Status` then
 * `Parked`): a status written where a decision record writes it. A longer first block is prose about the status, not
 * one; a placeholder (`TBD`) is strategy-placeholder's to report.
 */
function unknownInStatusSection(document: StrategyDocument): UnreadStatus | undefined {
  const section = statusSection(document)
  const first = section ? blocksOf(section)[0] : undefined
  if (!first) return undefined
  // (The whole paragraph, not its first line: `STATUS` over a line of other text is no status word.)
  const whole = first.text.trim()
  if (whole.length > 60) return undefined
  const written = withoutMarks(whole)
  if (!SHORT_STATUS.test(written) || written.split(' ').length > 3 || LEADING_MARKER.test(written)) return undefined
  return {written, source: 'status section', place: first.place}
}

/** A successor written in the status value itself: `status: superseded by [RFC 2](0002-x.md)`, or a path after `by`. */
function successorInValue(written: string, place: Position | undefined): Successor | undefined {
  const link = /\]\(<?([^)\s>]{1,500})/.exec(written)
  if (link) return {target: link[1], link: true, place}
  const by = written.toLowerCase().lastIndexOf('by ')
  const after = by === -1 ? '' : written.slice(by + 3).trim()
  return after !== '' && !/\s/.test(after) && looksLikeLink(after) ? {target: after, link: true, place} : namedSuccessor(written, place)
}

/**
 * A successor named without a link: `superseded by ADR-0123` (MADR's own form), `Superseded by ADR 10`, `replaced by
 * RFC-42`. Not found, the message said the record names no successor, which it does; it says now that the name wants a link.
 */
// (A record's name: letters in capitals or a known prefix, then its number; or a number alone below 1000 or with leading
// zeros. Not `March 2025`, `the 2025 decision` or `version 2`, which a regression pass found taken for names.)
const NAMED_SUCCESSOR = /\b(?:[Ss]uperseded|[Ss]uperceded|[Rr]eplaced|[Ss]ucceeded|[Oo]bsoleted|SUPERSEDED|REPLACED)\s+by\s+((?:[A-Z]{2,6}|adr|rfc|kep|tep)[-_ ]?\d{1,6}|0\d{1,5}|[1-9]\d{0,2})(?![\w.-])/

function namedSuccessor(written: string, place: Position | undefined): Successor | undefined {
  const name = written.length <= 200 ? NAMED_SUCCESSOR.exec(written)?.[1] : undefined
  return name ? {target: name, link: false, place} : undefined
}

/** The successor front matter names (`superseded-by:`, `replaced-by:`, ...), if any. */
function frontMatterSuccessor(document: StrategyDocument): Successor | undefined {
  const frontMatter = document.frontMatter
  const data = frontMatter?.data
  if (!frontMatter || !data) return undefined
  for (const name of FRONT_MATTER_SUCCESSOR_KEYS) {
    const value = data[name]
    const first = Array.isArray(value) ? value.find((entry) => typeof entry === 'string') : value
    if (typeof first === 'string' && first.trim() !== '') {
      // (`superseded-by: "[[Payments Strategy 2028]]"`: a wiki link, to the note it names.)
      const wiki = /^\[\[[^]*\]\]$/.test(first.trim()) ? wikiLinkTarget(first.trim()) : undefined
      if (wiki !== undefined) return {target: wiki, link: true, place: lineOfKey(document, name) ?? frontMatter.node.position}
      const target = first.trim()
      const successor = {target, link: true, place: lineOfKey(document, name) ?? frontMatter.node.position}
      // A bare name is a link when it names a file (`0012-x` for `0012-x.md`, as site generators link), else a name.
      if (looksLikeLink(target)) return successor
      if (document.file.path && /^[\w][\w.-]{0,200}$/.test(target) && successorResolves(document, successor).resolves) return successor
      return {...successor, link: false}
    }
  }
  return undefined
}

/** The line of a top-level key in YAML or TOML front matter, as a position. */
export function lineOfKey(document: StrategyDocument, key: string): Position | undefined {
  const node = document.frontMatter?.node
  const start = node?.position?.start
  if (!node || !start) return undefined
  // (A lone CR ends a line too, as the parser counts lines: `type: adr\rstatus: Parked`.)
  const lines = node.value.split(/\r\n|\r|\n/)
  const index = (node.type as string) === 'toml' ? lines.findIndex((line) => isTomlKeyLine(line, key)) : lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`))
  if (index === -1) return undefined
  // The YAML starts on the line after the opening `---`.
  const line = start.line + 1 + index
  return {start: {line, column: 1}, end: {line, column: lines[index].length + 1}}
}

/** A value that points somewhere: a URL or a path, not a bare name such as `ADR-0012`. */
function looksLikeLink(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('/') || /\.(?:md|markdown|mdx|html?)(?:#.*)?$/i.test(value)
}

/** The blocks of a section's own prose (not its heading, not its subsections), each with its text. */
function blocksOf(section: Section): Array<{block: Nodes; text: string; place: Position | undefined}> {
  const blocks: Array<{block: Nodes; text: string; place: Position | undefined}> = []
  for (const run of section.texts) {
    if (run.inHeading || run.quoted || !run.block) continue
    const last = blocks[blocks.length - 1]
    if (last && last.block === run.block) last.text += run.value
    // (`> [!NOTE] Status: Accepted`: the status follows a callout's marker on its line.)
    else blocks.push({block: run.block, text: run.value.replace(CALLOUT_MARKER, ''), place: run.block.position})
  }
  return blocks
}


/** A decision record's Status section (the type's `status` section, or a heading named Status). */
function statusSection(document: StrategyDocument): Section | undefined {
  for (const [spec, match] of document.firstMatch) if (spec.id === 'status') return match.section
  return document.sections.find((section) => section.depth >= 1 && section.key === STATUS_KEY)
}

const STATUS_KEY = headingKey('Status')

function fromStatusSection(document: StrategyDocument, settings: StatusSettings): DocumentStatus | undefined {
  const section = statusSection(document)
  if (!section) return undefined
  // adr-tools keeps a history (`Proposed`, then `Accepted`): an ended status wins, otherwise the last one written.
  let chosen: {kind: StatusKind; text: string; block: Nodes; place: Position | undefined; index: number} | undefined
  const blocks = blocksOf(section).slice(0, 8)
  for (const [index, {block, text, place}] of blocks.entries()) {
    const kind = statusOf(withoutStruck(block) ?? text, settings)
    if (!kind) continue
    if (chosen && ENDED.has(chosen.kind) && !ENDED.has(kind)) continue
    chosen = {kind, text, block, place, index}
  }
  if (!chosen) return undefined
  // (`⌛ Superseded` / `[Member infrastructure code was moved to the environments repository](...)`: the paragraph after
  // an ended status in its section says what replaced the document, and its link is the successor.)
  const after = blocks[chosen.index + 1]
  const successor = ENDED.has(chosen.kind) ? (linkIn(chosen.block) ?? (after ? linkIn(after.block) : undefined)) : undefined
  return {kind: chosen.kind, written: firstLine(chosen.text.trim()), source: 'status section', place: chosen.place, successor}
}

/**
 * The text of a status paragraph without what is struck through (`~~Accepted~~ Superseded by [3. Z](003-x.md)`: the
 * struck word is the status it was), or `undefined` when nothing is. (Read from the paragraph's few nodes: text runs
 * do not say which are struck, and only a Status section's first blocks are read so.)
 */
function withoutStruck(block: Nodes): string | undefined {
  let struck = false
  let text = ''
  const pending: Nodes[] = [block]
  for (let node = pending.pop(), seen = 0; node && seen < 500; node = pending.pop(), seen++) {
    if (node.type === 'delete') struck = true
    else if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if ('children' in node) pending.push(...[...(node.children as Nodes[])].reverse())
  }
  return struck ? text.trim() : undefined
}

/** The preamble: prose before the first heading and under a level-1 title, before the next heading. */
function preamble(document: StrategyDocument): Section[] {
  const [first] = document.sections
  return first && first.depth === 1 ? [document.root, first] : [document.root]
}

/**
 * A metadata table's `| Status | Accepted |` row before the first section (a TensorFlow RFC's header table, a design
 * doc's): the cell after the one that says Status. (298 corpus pages have such a row; read as no status, a page forced
 * to a type was checked as active whatever it said.)
 */
function fromStatusTable(document: StrategyDocument, settings: StatusSettings): DocumentStatus | undefined {
  for (const section of preamble(document)) {
    for (const node of section.nodes) {
      if (node.type !== 'table') continue
      for (const row of node.children.slice(0, 20)) {
        const [label, value] = row.children
        if (!label || !value || !/^status$/i.test(withoutMarks(toString(label)).trim())) continue
        const written = toString(value).trim()
        const kind = statusOf(written, settings)
        if (!kind) continue
        return {kind, written, source: 'status line', place: row.position, successor: ENDED.has(kind) ? linkIn(value) : undefined}
      }
    }
  }
  return undefined
}

function fromStatusLine(document: StrategyDocument, settings: StatusSettings): DocumentStatus | undefined {
  const fromTable = fromStatusTable(document, settings)
  if (fromTable) return fromTable
  for (const section of preamble(document)) {
    for (const {block, text, place} of blocksOf(section)) {
      const line = STATUS_LINE.exec(text)
      if (!line) continue
      const kind = statusOf(line[1], settings)
      if (!kind) continue
      const successor = ENDED.has(kind) ? linkIn(block) : undefined
      return {kind, written: line[1].trim(), source: 'status line', place, successor}
    }
  }
  return undefined
}

/** The first link of a paragraph, heading or table cell (inside emphasis too); src/model/pointer.ts asks it too. */
export function linkIn(block: Nodes): Successor | undefined {
  const pending: Nodes[] = [block]
  let wiki: Successor | undefined
  for (let node = pending.shift(), seen = 0; node && seen < 200; node = pending.shift(), seen++) {
    if (node.type === 'link') return {target: (node as Link).url, link: true, place: node.position}
    if (node.type === 'linkReference') return {target: `[${(node as LinkReference).identifier}]`, link: true, place: node.position}
    if (node.type === 'text' && !wiki) {
      const target = wikiLinkTarget(node.value)
      if (target !== undefined) wiki = {target, link: true, place: node.position}
    }
    if ('children' in node && node.type !== 'list') pending.push(...(node.children as Nodes[]))
  }
  return wiki
}

/**
 * The note a wiki link names (Obsidian, Foam, Dendron): `[[Payments Strategy 2028]]`, `[[0012-use-postgres|ADR 12]]`,
 * `[[strategy#Goals]]`; the parser keeps it as text. (`Superseded by [[...]]` was told it names no successor.)
 */
export function wikiLinkTarget(text: string): string | undefined {
  const start = text.indexOf('[[')
  if (start === -1) return undefined
  const end = text.indexOf(']]', start + 2)
  if (end === -1 || end - start > 300) return undefined
  const target = text.slice(start + 2, end).split(/[|#]/, 1)[0].trim()
  return target === '' || /[[\]\n]/.test(target) ? undefined : target
}

/** A link in a sentence about the successor anywhere in the document (`This strategy is replaced by [...]`). */
function successorIn(document: StrategyDocument): Successor | undefined {
  let block: Nodes | undefined
  let text = ''
  const flush = () => (block && SUCCESSOR_WORDS.test(text) ? linkIn(block) : undefined)
  for (const run of document.texts() as Iterable<TextRun>) {
    if (run.quoted || !run.block) continue
    if (run.block !== block) {
      const found = flush()
      if (found) return found
      block = run.block
      text = ''
    }
    text += run.value
  }
  return flush()
}

/** Whether a successor link leads somewhere: a URL, or a relative path to a file that exists next to the document. */
export function successorResolves(document: StrategyDocument, successor: Successor): {resolves: true} | {resolves: false; file: string; why?: 'itself' | 'outside the repository'} {
  const {target} = successor
  // URLs, in-page anchors, reference links and paths from a site root (whose root is unknown) are taken as they are.
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#') || target.startsWith('[') || target.startsWith('/')) {
    return {resolves: true}
  }
  const file = document.file
  if (!file.path) return {resolves: true}
  let relative = target.replace(/[?#].*$/, '')
  try {
    relative = decodeURIComponent(relative)
  } catch {
    // A malformed escape: look the path up as written.
  }
  if (relative === '') return {resolves: true}
  const folder = path.dirname(path.resolve(file.cwd, file.path))
  const resolved = path.resolve(folder, relative)
  // Relative to the file, or to the folder the run starts in, or to the repository's root: OpenShift's enhancements
  // write `superseded-by: enhancements/ingress/global-admission-hsts.md`. Site generators link `0012-x` for
  // `0012-x.md`. (Each candidate is looked up and noted: the result depends on all of them, src/engine/cache.ts.)
  const root = projectRoot(file.cwd)
  const shown = path.relative(file.cwd, resolved) || resolved
  const bases = [resolved, path.resolve(file.cwd, relative), ...(root === undefined ? [] : [path.resolve(root, relative)])]
  // Within the repository only, where it really is: a pull request's `superseded-by: ../../../etc/shadow`, or
  // `out/shadow` through a link `out -> /etc`, told, by the message or its absence, whether a file exists on the
  // machine that lints it. (Out of a repository, where no pull request is linted, a link to a folder beside the one
  // the run starts in is a document's own business: run from `docs/adr`, `../other/0009.md` is no probe.)
  const boundary = root === undefined ? undefined : realPathOr(root)
  const within = (candidate: string) => boundary === undefined || isInside(boundary, realPathOr(nearestExisting(candidate)))
  const candidates = [...new Set(bases.flatMap((base) => [base, `${base}.md`, `${base}.markdown`]))].filter(within)
  const outside = 'outside the repository'
  if (candidates.length === 0) return {resolves: false, file: shown, why: outside}
  const probed = (file.data.strategyProbed ??= {})
  for (const candidate of candidates) probed[candidate] = existsSync(candidate)
  const found = candidates.filter((candidate) => probed[candidate])
  // (`Superseded by [ADR-0007](0007-v.md)` in 0007-v.md itself: readers are sent round in a circle.)
  const itself = path.resolve(file.cwd, file.path)
  if (found.length > 0 && found.every((candidate) => candidate === itself)) return {resolves: false, file: shown, why: 'itself'}
  if (found.length > 0) return {resolves: true}
  // (Relative to the file it leads out, and no other reading finds it: said so, not that there is no such file.)
  return within(resolved) ? {resolves: false, file: shown} : {resolves: false, file: shown, why: outside}
}


/** `file`, or the nearest folder above it that exists: what a link in its path leads to is decided there. */
function nearestExisting(file: string): string {
  let current = file
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current)
  return current
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** What a document's status does to one rule: run it as configured, run it with errors as warnings, or skip it. The rule says which it is (its `draft` and `ended`, src/rule.ts). */
export function rulePolicy(document: StrategyDocument, rule: {draft: 'lenient' | 'strict' | 'skip'; ended: 'skip' | 'run'}): 'check' | 'lenient' | 'skip' {
  const type = document.type
  if (!type) return 'check'
  const status = document.status()
  if (!status) return 'check'
  if (status.kind === 'draft') {
    // (A rule with nothing to say about a draft, whatever the type's setting: its deadlines are still being set.)
    if (rule.draft === 'skip') return 'skip'
    return type.status.draft === 'warn' && rule.draft === 'lenient' ? 'lenient' : 'check'
  }
  if (!ENDED.has(status.kind) || type.status.ended === 'check') return 'check'
  if (type.status.ended === 'skip') return 'skip'
  return rule.ended === 'run' ? 'check' : 'skip'
}
