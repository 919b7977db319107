/**
 * A section written as a bold line instead of a heading: `**Context**` (or `**Context:**`, `**Context**:`) alone in
 * its paragraph, the text below it. Exports from Confluence and Google Docs, and records written in tools without
 * headings, come so. The section is there, only its heading is not a heading, so the structure rule says that, where
 * the line is, and offers the heading in its place, instead of a `Missing section` error for each one that tells the
 * author to add what they wrote.
 */
import type {Paragraph} from 'mdast'
import type {SectionSpec} from '../types/doc-types.js'
import type {StrategyDocument} from './document.js'
import {headingKey} from './heading.js'
import {plainText} from './sections.js'

export interface BoldLabel {
  /** The paragraph that is only the bold label. */
  paragraph: Paragraph
  /** The label's text, as a heading would hold it (`Context`). */
  text: string
}

/**
 * The label of a paragraph that is only bold text (and maybe a colon after it), without a trailing colon. (Trimmed,
 * not matched with `\s*:?\s*$`: that pattern takes time growing with the square of a long run of spaces.)
 */
function labelOf(paragraph: Paragraph): string | undefined {
  const [bold, ...rest] = paragraph.children
  if (bold?.type !== 'strong' || rest.length > 1) return undefined
  if (rest.length === 1 && !(rest[0].type === 'text' && (rest[0].value.trim() === '' || rest[0].value.trim() === ':'))) return undefined
  let text = plainText(bold).trim()
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd()
  return text === '' || text.includes('\n') ? undefined : text
}

/**
 * The first paragraph of the document that is a bold label naming `spec` (its heading or an alias, as a heading is
 * matched exactly), or `undefined`. Asked only for a section that is missing. Only where a section can stand: before
 * any heading, under the title, or in a section of the type. Under a heading of its own (`### Cluster-specific
 * domains` / `**Decision:**` / a list) a bold label is that part's label: a record split by topic writes one for each
 * topic (moj-cloud-platform 025, where three blind judges called the `Missing section Decision` on it wrong).
 */
export function boldLabelFor(document: StrategyDocument, spec: SectionSpec): BoldLabel | undefined {
  const labels = labelsOf(document)
  if (labels.size === 0) return undefined
  for (const name of [spec.heading, ...spec.aliases]) {
    const label = labels.get(headingKey(name))
    if (label) return label
  }
  return undefined
}

/** Each document's bold labels by key (the first for each), read once: every missing section asks. */
const labelsByDocument = new WeakMap<StrategyDocument, Map<string, BoldLabel>>()

function labelsOf(document: StrategyDocument): Map<string, BoldLabel> {
  let labels = labelsByDocument.get(document)
  if (labels) return labels
  labels = new Map()
  const ofType = new Set(document.matches.map((match) => match.section))
  for (const section of [document.root, ...document.sections]) {
    if (section !== document.root && section.depth !== 1 && !ofType.has(section)) continue
    for (const node of section.nodes) {
      if (node.type !== 'paragraph') continue
      const text = labelOf(node)
      if (text === undefined) continue
      const key = headingKey(text)
      if (!labels.has(key)) labels.set(key, {paragraph: node, text})
    }
  }
  labelsByDocument.set(document, labels)
  return labels
}
