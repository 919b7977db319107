import type {TableRow} from 'mdast'
import {columnIndex, sectionContent, tableOf, type ContentItem} from '../src/content.js'
import {noOptions, createRule} from '../src/rule.js'
import {quote} from '../src/language/goals.js'

const RISK_COLUMN = /\brisks?\b|\bthreat|\bwhat could go wrong/
const MITIGATION_COLUMN = /mitigat|response|\bplan\b|how we|handle|contingenc|fallback|action/
/** A mitigation written inside a list item: a label, a verb, or an arrow. */
const MITIGATION_TEXT =
  /\bmitigat\w*|\b(?:response|plan|fallback|contingency|handling|countermeasure)s?\s*:|→|->|=>|\bwe (?:will|would|can|'ll)\b|\bif (?:it|this) happens\b|\bto (?:limit|reduce|contain|prevent|avoid)\b/i
/** `Risk: mitigation` shorthand: a short risk, a colon or dash, then what we do. */
const RISK_THEN_ACTION = /^[^:—–]{3,120}(?::|\s[—–-]\s)\s*\S/
/** `Risk: Kafka load` is a labelled risk, not a risk and its answer. */
const RISK_LABEL_ONLY = /^\s*\**risks?\**\s*(?::|\s[—–-]\s)/i
const EMPTY_CELL = /^\s*(?:|-+|—|n\/?a|none|tbd|tbc|todo|\?+)\s*$/i

export default createRule({
  id: 'strategy-risk-mitigation',
  severity: 'warn',
  description: 'Every risk in Risks and Mitigations has a mitigation, in a table or in a list.',
  options: noOptions,
  check({document, report}) {
    const spec = document.type?.sections.find((section) => section.id === 'risks-and-mitigations')
    const match = spec && document.firstMatch.get(spec)
    if (!match || match.section.total.words === 0) return
    const content = sectionContent(document, match)
    for (const table of content.tables) {
      const risk = columnIndex(table, RISK_COLUMN)
      const mitigation = columnIndex(table, MITIGATION_COLUMN)
      if (mitigation === -1) {
        report(
          `The risks table has no Mitigation column; add one and say for each risk what you will do if it happens`,
          {place: table.node.children[0]?.position ?? table.node.position}
        )
      }
    }
    for (const item of content.items) {
      const missing = item.kind === 'row' ? rowWithoutMitigation(content, item) : listWithoutMitigation(item)
      if (!missing) continue
      report(`Risk \`${quote(missing, 60)}\` has no mitigation; add what you will do if it happens`, {place: item.place})
    }
  }
})

/** The risk text of a row whose mitigation cell is empty; undefined when it has one (or its table has no such column). */
function rowWithoutMitigation(content: ReturnType<typeof sectionContent>, item: ContentItem): string | undefined {
  const table = tableOf(content, item.node as TableRow)
  if (!table) return undefined
  const mitigation = columnIndex(table, MITIGATION_COLUMN)
  if (mitigation === -1) return undefined
  const riskColumn = Math.max(0, columnIndex(table, RISK_COLUMN))
  const risk = item.cells[riskColumn] ?? ''
  if (EMPTY_CELL.test(risk)) return undefined
  return EMPTY_CELL.test(item.cells[mitigation] ?? '') ? risk : undefined
}

function listWithoutMitigation(item: ContentItem): string | undefined {
  if (item.nested || MITIGATION_TEXT.test(item.text)) return undefined
  if (item.kind === 'list' && RISK_THEN_ACTION.test(item.title) && !RISK_LABEL_ONLY.test(item.title)) return undefined
  if (item.kind === 'heading' && item.text.length > item.title.length) {
    // A risk with its own heading: its body must say how it is handled.
    return MITIGATION_TEXT.test(item.text.slice(item.title.length)) ? undefined : item.title
  }
  return item.kind === 'heading' ? item.title : item.title || item.text
}
