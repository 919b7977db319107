/**
 * What a section holds, counted structurally: its list items, table rows and
 * sub-headings (never guessed from line breaks), with their text and, for
 * tables, their cells by column. Built from the model's sections and the
 * shared text units, so no rule walks the tree again.
 *
 * How items are found:
 *
 * - The outermost list items and the body rows of tables are items; a nested
 *   list belongs to the item that holds it.
 * - A line of prose written right under a table without a blank line is parsed
 *   as a table row with one cell; it has no `|` in the source, so it is prose
 *   (`loose`), not an item.
 * - When the section's own content (before its first sub-heading) holds no
 *   list or table, its sub-headings decide: a sub-heading whose content is
 *   mainly a list or table (`### Decided`, `### Leading indicators`) groups
 *   the items under it; any other sub-heading is one item: one that is mostly
 *   prose, a numbered one (`### 1. Services own their data`), and, next to a
 *   sibling that is only prose, one with any paragraph of its own.
 * - When the section has a list or table of its own, that structures it:
 *   sub-headings that group a list add its items; the others explain an item
 *   and add nothing.
 */
import type {Heading, ListItem, Nodes, RootContent, Table, TableRow} from 'mdast'
import type {Position} from 'unist'
import type {SectionMatch, StrategyDocument} from './document.js'
import {textUnits, type TextUnit} from '../language/analysis.js'
import {countWords, type Section} from './sections.js'

export interface ContentItem {
  kind: 'list' | 'row' | 'heading'
  node: ListItem | TableRow | Heading
  /** Plain text of the item (a row's cells joined with ` | `; a sub-heading's title and body, its own sub-headings included). */
  text: string
  /** For a sub-heading: its title; otherwise the first line of the item's text. */
  title: string
  /** For a row: the text of each cell, by column. */
  cells: string[]
  /** For a list item: whether it has nested items; for a sub-heading: whether its body has a list or table. */
  nested: boolean
  /** For a list item: the text of each item nested in it, at any depth, in order (`Mitigation: N/A`, `Likelihood: high`). */
  nestedTexts: string[]
  /**
   * Titles of the subsections holding the item, from the section's child down
   * (`Open decisions`, `Decided / Platform`), when it is not the section itself.
   */
  group: string | undefined
  /**
   * The item sits in a list or table that details surrounding prose (its
   * section or group is mostly paragraphs) rather than structuring the section.
   */
  detail: boolean
  /** The paragraph right before the item's list or table (`Mitigations:`), if there is one. */
  lead: string | undefined
  /** The section holding the item (for a sub-heading item: its own section). */
  holder: Section
  place: Position | undefined
}

export interface SectionTable {
  node: Table
  /** Header cell texts, lower-cased and trimmed. */
  headers: string[]
}

export interface SectionContent {
  section: Section
  items: ContentItem[]
  tables: SectionTable[]
  /** Text outside list items and tables (paragraphs), in order. */
  loose: TextUnit[]
  /**
   * When the section only points elsewhere (`See [risks](risks.md).`): the
   * link targets. Its content lives in the linked document, not here.
   */
  delegatedTo: string[] | undefined
}

const contents = new WeakMap<Section, SectionContent>()

/** The structural content of a matched section (its subsections included). */
export function sectionContent(document: StrategyDocument, match: SectionMatch): SectionContent {
  let content = contents.get(match.section)
  if (!content) {
    content = buildContent(document, match.section)
    contents.set(match.section, content)
  }
  return content
}

/**
 * Text that says nothing: `None`, `N/A`, `TBD`, `-`, `None at this time`,
 * `Not applicable.`
 */
const NOTHING =
  /^\s*(?:none|n\/?a|nothing|not applicable|nil|tbd|tbc|todo|-+|—|\.{3}|…)(?:\s+(?:yet|so far|for now|at (?:this|the moment|present)(?: time)?|currently|identified|planned))?\s*[.!]?\s*$/i

/** Whether a table cell only numbers its row (`1`, `#2`, `3.`): no content of its own. */
export function numbersTheRow(cell: string): boolean {
  return /^\s*#?\d+\.?\s*$/.test(cell)
}

/** Whether a text says nothing (`None`, `N/A`, `TBD`, `-`). */
export function saysNothing(text: string): boolean {
  return NOTHING.test(text)
}

function unitsBySection(document: StrategyDocument): Map<Section, TextUnit[]> {
  const map = new Map<Section, TextUnit[]>()
  for (const unit of textUnits(document)) {
    const list = map.get(unit.section)
    if (list) list.push(unit)
    else map.set(unit.section, [unit])
  }
  return map
}

const unitIndexes = new WeakMap<StrategyDocument, Map<Section, TextUnit[]>>()

function unitsOf(document: StrategyDocument, section: Section): TextUnit[] {
  let index = unitIndexes.get(document)
  if (!index) unitIndexes.set(document, (index = unitsBySection(document)))
  return index.get(section) ?? []
}

function tablesIn(nodes: readonly RootContent[]): Table[] {
  return nodes.filter((node): node is Table => node.type === 'table')
}

function subtree(section: Section): Section[] {
  const all: Section[] = []
  const pending = [section]
  while (pending.length > 0) {
    const current = pending.pop()!
    all.push(current)
    for (const child of current.children) pending.push(child)
  }
  return all
}

/** A structural item (list item or table row) with its text units and the direct child of the section holding it. */
interface Structural {
  node: ListItem | TableRow
  units: TextUnit[]
  /** The section itself, or the child of the section whose subtree holds the item. */
  scope: Section
}

/** Prose and item word counts of a scope, to tell a list that structures it from a list inside prose. */
interface Scope {
  proseWords: number
  paragraphs: number
  itemWords: number
  structural: Structural[]
}

/** `1.`, `2)`, `P1:`, `Principle 3`, `Decision 2 -`: a numbered sub-heading is an item, never a group. */
const NUMBERED_TITLE = /^\s*(?:\d+[.):]|[a-z]{1,2}\d+\b|(?:principle|decision|risk|metric|goal|non-goal|tenet|axiom)\s*#?\d+\b)/i

/** More prose than list: a discussion with lists in it, not a list with a lead-in. */
function proseHeavy(scope: Scope | undefined): boolean {
  if (!scope) return true
  return scope.paragraphs > 2 || scope.proseWords > Math.max(40, scope.itemWords)
}

function buildContent(document: StrategyDocument, section: Section): SectionContent {
  const sections = subtree(section)
  const ownUnits = sections.flatMap((current) => unitsOf(document, current)).filter((unit) => !unit.inHeading)
  const tables = sections.flatMap((current) => tablesIn(current.nodes))
  const scopeOf = scopesOf(section)
  const {grouped, loose} = groupUnits(document, section, ownUnits, tables, scopeOf)
  const scopes = scopeTotals(section, loose, grouped, tables, scopeOf)
  const items = collectItems(document, section, scopes, leadsOf(sections, loose))
  return {
    section,
    items,
    tables: tables.map((node) => ({node, headers: node.children[0] ? rowCells(node.children[0], ownUnits) : []})),
    loose,
    delegatedTo: delegation(sections)
  }
}

/** The direct child of `section` each subsection sits under (the section itself for its own content). */
function scopesOf(section: Section): Map<Section, Section> {
  const scopeOf = new Map<Section, Section>()
  scopeOf.set(section, section)
  for (const child of section.children) for (const current of subtree(child)) scopeOf.set(current, child)
  return scopeOf
}

/** Units of list items and table rows grouped by item; the others (paragraphs, merged prose rows) loose, in source order. Header rows are neither. */
function groupUnits(
  document: StrategyDocument,
  section: Section,
  ownUnits: readonly TextUnit[],
  tables: readonly Table[],
  scopeOf: ReadonlyMap<Section, Section>
): {grouped: Map<ListItem | TableRow, Structural>; loose: TextUnit[]} {
  const headerRows = new Set(tables.map((table) => table.children[0]))
  const grouped = new Map<ListItem | TableRow, Structural>()
  const loose: TextUnit[] = []
  for (const unit of ownUnits) {
    const item = unit.item
    if (!item || (item.type === 'tableRow' && (headerRows.has(item) || mergedProse(document, item)))) {
      if (!item || !headerRows.has(item)) loose.push(unit)
      continue
    }
    const entry = grouped.get(item)
    if (entry) entry.units.push(unit)
    else grouped.set(item, {node: item, units: [unit], scope: scopeOf.get(unit.section) ?? section})
  }
  loose.sort((a, b) => a.toSource(0) - b.toSource(0))
  return {grouped, loose}
}

/** Per scope (the section itself, each direct child): its prose words and paragraphs, its item words and structures. */
function scopeTotals(
  section: Section,
  loose: readonly TextUnit[],
  grouped: ReadonlyMap<ListItem | TableRow, Structural>,
  tables: readonly Table[],
  scopeOf: ReadonlyMap<Section, Section>
): Map<Section, Scope> {
  const rowTables = new Map<TableRow, Table>()
  for (const table of tables) for (const row of table.children) rowTables.set(row, table)
  const scopes = new Map<Section, Scope>()
  const scope = (key: Section): Scope => {
    let entry = scopes.get(key)
    if (!entry) scopes.set(key, (entry = {proseWords: 0, paragraphs: 0, itemWords: 0, structural: []}))
    return entry
  }
  for (const unit of loose) {
    const target = scope(scopeOf.get(unit.section) ?? section)
    target.proseWords += countWords(unit.text)
    target.paragraphs++
  }
  for (const entry of grouped.values()) {
    if (entry.node.type === 'tableRow' && !rowTables.has(entry.node)) continue
    const target = scope(entry.scope)
    target.structural.push(entry)
    for (const unit of entry.units) target.itemWords += countWords(unit.text)
  }
  return scopes
}

/** The section's items in source order: its own list or table rows, the rows of sub-headings that group some, or the sub-headings themselves. */
function collectItems(
  document: StrategyDocument,
  section: Section,
  scopes: ReadonlyMap<Section, Scope>,
  leads: ReadonlyMap<ListItem | TableRow, string>
): ContentItem[] {
  const items: ContentItem[] = []
  const push = (entry: Structural, detail: boolean) => {
    const group = groupOf(section, entry.units[0].section)
    const holder = entry.units[0].section
    const item =
      entry.node.type === 'tableRow'
        ? rowItem(entry.node, entry.units, group, detail, holder)
        : listItem(entry.node, entry.units, group, detail, holder)
    item.lead = leads.get(entry.node)
    items.push(item)
  }
  // Next to sub-headings that are plain prose (items for sure), a sub-heading with a paragraph of its own is an item too.
  const proseSiblings = section.children.some((child) => (scopes.get(child)?.structural.length ?? 0) === 0)
  const isGroup = (child: Section, entry: Scope | undefined): entry is Scope =>
    entry !== undefined &&
    entry.structural.length > 0 &&
    !NUMBERED_TITLE.test(child.title) &&
    !proseHeavy(entry) &&
    !(proseSiblings && entry.paragraphs > 0)
  const own = scopes.get(section)
  if (own && own.structural.length > 0) {
    // The section's own list or table structures it; sub-headings that group a list add its items, and
    // sub-headings that explain an item (`#### Code search should be fast` under a list of principles) add nothing.
    const detail = proseHeavy(own)
    for (const structural of own.structural) push(structural, detail)
    for (const child of section.children) {
      const entry = scopes.get(child)
      if (isGroup(child, entry)) for (const structural of entry.structural) push(structural, false)
    }
  } else {
    for (const child of section.children) {
      const entry = scopes.get(child)
      const hasItems = (entry?.structural.length ?? 0) > 0
      if (isGroup(child, entry)) for (const structural of entry.structural) push(structural, false)
      else items.push(headingItem(document, child, hasItems))
    }
  }
  items.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
  return items
}

/** For the items of a list or table that directly follows a paragraph: that paragraph's text. */
function leadsOf(sections: readonly Section[], loose: readonly TextUnit[]): Map<ListItem | TableRow, string> {
  const textOf = new Map<Nodes, string>()
  for (const unit of loose) if (unit.block) textOf.set(unit.block, unit.text.trim())
  const leads = new Map<ListItem | TableRow, string>()
  for (const current of sections) {
    let previous: RootContent | undefined
    for (const node of current.nodes) {
      if (node.type === 'html' && /^\s*<!--/.test(node.value)) continue
      const lead = previous?.type === 'paragraph' ? textOf.get(previous) : undefined
      if (lead && (node.type === 'list' || node.type === 'table')) {
        for (const child of node.children) leads.set(child, lead)
      }
      previous = node
    }
  }
  return leads
}

/** A body row written without any `|`: a line of prose GFM merged into the table above it. */
function mergedProse(document: StrategyDocument, row: TableRow): boolean {
  const start = row.position?.start.offset
  const end = row.position?.end.offset
  if (start === undefined || end === undefined) return false
  return !document.source.slice(start, end).includes('|')
}

function groupOf(section: Section, holder: Section): string | undefined {
  const titles: string[] = []
  for (let current: Section | undefined = holder; current && current !== section; current = current.parent) {
    titles.unshift(current.title.trim())
  }
  return titles.length > 0 ? titles.join(' / ') : undefined
}

/** The texts of the items nested in `node`, each its own units joined (the units of `node` itself left out). */
function nestedTexts(node: ListItem, units: readonly TextUnit[]): string[] {
  const byItem = new Map<ListItem, TextUnit[]>()
  for (const unit of units) {
    if (!unit.listItem || unit.listItem === node) continue
    const list = byItem.get(unit.listItem)
    if (list) list.push(unit)
    else byItem.set(unit.listItem, [unit])
  }
  return [...byItem.values()].map(joined)
}

function joined(units: readonly TextUnit[]): string {
  return units
    .map((unit) => unit.text.trim())
    .filter(Boolean)
    .join(' ')
}

function listItem(node: ListItem, units: readonly TextUnit[], group: string | undefined, detail: boolean, holder: Section): ContentItem {
  const text = joined(units)
  return {
    kind: 'list',
    node,
    text,
    title: units[0]?.text.trim() ?? '',
    cells: [],
    nested: node.children.some((child) => child.type === 'list'),
    nestedTexts: nestedTexts(node, units),
    group,
    detail,
    lead: undefined,
    holder,
    place: node.position
  }
}

function rowItem(node: TableRow, units: readonly TextUnit[], group: string | undefined, detail: boolean, holder: Section): ContentItem {
  const cells = node.children.map((cell) => joined(units.filter((unit) => unit.block === cell)))
  return {
    kind: 'row',
    node,
    text: cells.join(' | '),
    title: cells[0] ?? '',
    cells,
    nested: false,
    nestedTexts: [],
    group,
    detail,
    lead: undefined,
    holder,
    place: node.position
  }
}

function rowCells(row: TableRow, units: readonly TextUnit[]): string[] {
  return row.children.map((cell) => joined(units.filter((unit) => unit.block === cell)).toLowerCase())
}

function headingItem(document: StrategyDocument, section: Section, nested: boolean): ContentItem {
  // Its body, with the titles of its own sub-headings (`#### Mitigation: roll back`) but not its title.
  const body = subtree(section)
    .flatMap((current) => unitsOf(document, current))
    .filter((unit) => !unit.inHeading || unit.section !== section)
  return {
    kind: 'heading',
    node: section.heading!,
    text: `${section.title.trim()} ${joined(body)}`.trim(),
    title: section.title.trim(),
    cells: [],
    nested,
    nestedTexts: [],
    group: undefined,
    detail: false,
    lead: undefined,
    holder: section,
    place: section.heading?.position
  }
}

/** Words around the links of a section that only points elsewhere: `See`, `Tracked in the`, `Moved to`. */
const MAX_POINTER_WORDS = 8

/**
 * The link targets when a section's content is nothing but a pointer to
 * another place: one or two paragraphs (or list items) of links with at most
 * a few words around them, no table, code or image.
 */
function delegation(sections: readonly Section[]): string[] | undefined {
  const targets: string[] = []
  let outside = 0
  let blocks = 0
  const pending: Nodes[] = sections.flatMap((current) => current.nodes as Nodes[])
  while (pending.length > 0) {
    const node = pending.pop()!
    switch (node.type) {
      case 'link': {
        targets.push(node.url)
        continue
      }
      case 'linkReference': {
        targets.push(node.identifier)
        continue
      }
      case 'table':
      case 'code':
      case 'image':
      case 'imageReference':
      case 'blockquote': {
        return undefined
      }
      case 'text':
      case 'inlineCode': {
        outside += countWords(node.value)
        if (outside > MAX_POINTER_WORDS) return undefined
        continue
      }
      case 'paragraph': {
        if (++blocks > 2) return undefined
        break
      }
      default:
    }
    if ('children' in node) for (const child of node.children as Nodes[]) pending.push(child)
  }
  return targets.length > 0 ? targets : undefined
}

/** Index of the first column whose header matches `pattern`, or -1. */
export function columnIndex(table: SectionTable, pattern: RegExp): number {
  return table.headers.findIndex((header) => pattern.test(header))
}

/** The table a row belongs to. */
export function tableOf(content: SectionContent, row: TableRow): SectionTable | undefined {
  return content.tables.find((table) => table.node.children.includes(row))
}
