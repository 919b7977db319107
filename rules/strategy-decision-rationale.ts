import {columnIndex, sectionContent, tableOf, type ContentItem, type SectionContent} from '../src/content.js'
import type {TableRow} from 'mdast'
import {quote} from '../src/language/goals.js'
import {noOptions, createRule} from '../src/rule.js'

/** Words that give a reason. */
const RATIONALE = /\b(?:because|so that|since|given|due to|as it|as they|as we|in order to|which (?:lets|means|gives|avoids)|rationale|reason|why)\b|\bto (?:avoid|keep|reduce|allow|let|enable)\b/i
const RATIONALE_COLUMN = /rationale|reason|\bwhy\b|because|justification/
const STATUS_COLUMN = /status|state|decided|open/
/** Labels that tell decided and open items apart. */
const OPEN_LABEL = /\b(?:open|undecided|to be decided|tbd|pending|proposed|under discussion|not yet decided|unresolved|question)\b/i
const DECIDED_LABEL = /\b(?:decided|accepted|agreed|adopted|final|made|approved|settled|chosen)\b/i

export default createRule({
  id: 'strategy-decision-rationale',
  severity: 'warn',
  description: 'Each key decision gives its rationale, and decisions made are told apart from decisions still open.',
  options: noOptions,
  check({document, report}) {
    const spec = document.type?.sections.find((section) => section.id === 'key-decisions')
    const match = spec && document.firstMatch.get(spec)
    if (!match || match.section.total.words === 0 || document.isPlaceholderOnly(match.section)) return
    const content = sectionContent(document, match)
    let labelled = false
    for (const item of content.items) {
      const status = statusOf(content, item)
      if (status !== undefined) labelled = true
      if (status === 'open' || hasRationale(content, item)) continue
      report(
        `Decision \`${quote(item.title || item.text, 60)}\` gives no rationale; say why (\`... because <reason>\`, or a \`Rationale:\` line)`,
        {place: item.place}
      )
    }
    if (content.items.length > 1 && !labelled && !content.tables.some((table) => columnIndex(table, STATUS_COLUMN) !== -1)) {
      report(
        `\`${match.section.title.trim()}\` does not tell decisions made from decisions still open; label them (\`Decided:\` / \`Open:\`) or group them under \`Decisions made\` and \`Open decisions\``,
        {place: match.section.heading?.position}
      )
    }
  }
})

function statusOf(content: SectionContent, item: ContentItem): 'open' | 'decided' | undefined {
  let label = item.group ?? ''
  if (item.kind === 'row') {
    const table = tableOf(content, item.node as TableRow)
    const column = table ? columnIndex(table, STATUS_COLUMN) : -1
    label += ` ${column === -1 ? '' : item.cells[column]}`
  } else {
    label += ` ${item.text.slice(0, 40)}`
  }
  if (OPEN_LABEL.test(label)) return 'open'
  if (DECIDED_LABEL.test(label)) return 'decided'
  return undefined
}

function hasRationale(content: SectionContent, item: ContentItem): boolean {
  if (item.kind === 'row') {
    const table = tableOf(content, item.node as TableRow)
    const column = table ? columnIndex(table, RATIONALE_COLUMN) : -1
    if (column !== -1) return (item.cells[column] ?? '').trim() !== ''
  }
  return item.nested || RATIONALE.test(item.text)
}
