/**
 * What a section holds, counted structurally: its list items, table rows and
 * sub-headings (never guessed from line breaks), with their text and, for
 * tables, their cells by column. Built from the model's sections and the
 * shared text units, so no rule walks the tree again.
 */
import type {Heading, ListItem, RootContent, Table, TableRow} from 'mdast'
import type {Position} from 'unist'
import type {SectionMatch, StrategyDocument} from './document.js'
import {textUnits, type TextUnit} from './language/analysis.js'
import type {Section} from './sections.js'

export interface ContentItem {
  kind: 'list' | 'row' | 'heading'
  node: ListItem | TableRow | Heading
  /** Plain text of the item (a row's cells joined with ` | `; a sub-heading's title and body). */
  text: string
  /** For a sub-heading: its title; otherwise the first line of the item's text. */
  title: string
  /** For a row: the text of each cell, by column. */
  cells: string[]
  /** For a list item: whether it has nested items. */
  nested: boolean
  /** Title of the subsection holding the item, when it is not the section itself (`Open decisions`). */
  group: string | undefined
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
    pending.push(...current.children)
  }
  return all
}

function buildContent(document: StrategyDocument, section: Section): SectionContent {
  const sections = subtree(section)
  const ownUnits = sections.flatMap((current) => unitsOf(document, current)).filter((unit) => !unit.inHeading)
  const tables = sections.flatMap((current) => tablesIn(current.nodes))
  const rowTables = new Map<TableRow, Table>()
  for (const table of tables) for (const row of table.children) rowTables.set(row, table)
  const headerRows = new Set(tables.map((table) => table.children[0]))

  const grouped = new Map<ListItem | TableRow, TextUnit[]>()
  const loose: TextUnit[] = []
  for (const unit of ownUnits) {
    if (!unit.item) {
      loose.push(unit)
      continue
    }
    const list = grouped.get(unit.item)
    if (list) list.push(unit)
    else grouped.set(unit.item, [unit])
  }

  const items: ContentItem[] = []
  for (const [node, units] of grouped) {
    const group = units[0].section === section ? undefined : units[0].section.title.trim()
    if (node.type === 'tableRow') {
      if (headerRows.has(node) || !rowTables.has(node)) continue
      items.push({...rowItem(node, units), group})
    } else {
      items.push({...listItem(node, units), group})
    }
  }
  items.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
  loose.sort((a, b) => a.toSource(0) - b.toSource(0))
  // Sub-headings are items when the section is organised by them rather than by a list.
  if (items.length === 0) {
    for (const child of section.children) items.push(headingItem(document, child))
  }
  return {
    section,
    items,
    tables: tables.map((node) => ({node, headers: node.children[0] ? rowCells(node.children[0], ownUnits) : []})),
    loose
  }
}

function joined(units: readonly TextUnit[]): string {
  return units
    .map((unit) => unit.text.trim())
    .filter(Boolean)
    .join(' ')
}

function listItem(node: ListItem, units: readonly TextUnit[]): ContentItem {
  const text = joined(units)
  return {
    kind: 'list',
    node,
    text,
    title: units[0]?.text.trim() ?? '',
    cells: [],
    nested: node.children.some((child) => child.type === 'list'),
    group: undefined,
    place: node.position
  }
}

function rowItem(node: TableRow, units: readonly TextUnit[]): ContentItem {
  const cells = node.children.map((cell) => joined(units.filter((unit) => unit.block === cell)))
  return {kind: 'row', node, text: cells.join(' | '), title: cells[0] ?? '', cells, nested: false, group: undefined, place: node.position}
}

function rowCells(row: TableRow, units: readonly TextUnit[]): string[] {
  return row.children.map((cell) => joined(units.filter((unit) => unit.block === cell)).toLowerCase())
}

function headingItem(document: StrategyDocument, section: Section): ContentItem {
  const body = subtree(section)
    .flatMap((current) => unitsOf(document, current))
    .filter((unit) => !unit.inHeading)
  return {
    kind: 'heading',
    node: section.heading!,
    text: `${section.title.trim()} ${joined(body)}`.trim(),
    title: section.title.trim(),
    cells: [],
    nested: false,
    group: undefined,
    place: section.heading?.position
  }
}

/** Index of the first column whose header matches `pattern`, or -1. */
export function columnIndex(table: SectionTable, pattern: RegExp): number {
  return table.headers.findIndex((header) => pattern.test(header))
}

/** The table a row belongs to. */
export function tableOf(content: SectionContent, row: TableRow): SectionTable | undefined {
  return content.tables.find((table) => table.node.children.includes(row))
}
