import type {TableRow} from 'mdast'
import {
  columnIndex,
  createSectionRule,
  quote,
  saysNothing,
  tableOf,
  type ContentItem,
  type RuleContext,
  type SectionContent,
  type SectionToCheck
} from '../src/rule.js'

/** Words that give a reason. */
const RATIONALE = /\b(?:because|so that|since|given|due to|as it|as they|as we|in order to|which (?:lets|means|gives|avoids)|rationale|reason|why)\b|\bto (?:avoid|keep|reduce|allow|let|enable)\b/i
const RATIONALE_COLUMN = /rationale|reason|\bwhy\b|because|justification/
/** A status column: `Status`, `State`, `Decided?`, `Open?`, `Final`; not `Final decision` or `Open questions`, which name it. */
const STATUS_COLUMN = /status|state|^(?:decided|open|final|settled)\b(?!\s+(?:decision|choice|question|issue|item)s?\b)/
/** Group titles that tell decided and open items apart (`Open decisions`, `Decisions made`). */
const OPEN_GROUP = /\b(?:open|undecided|to be decided|tbd|pending|proposed|under discussion|not yet decided|unresolved|questions?)\b/i
const DECIDED_GROUP = /\b(?:decided|accepted|agreed|adopted|final|made|approved|settled|chosen)\b/i
const OPEN_WORDS =
  '(?:open(?:\\s+(?:questions?|decisions?|issues?))?|undecided|to be decided|to decide|tbd|pending|proposed|under discussion|not yet decided|unresolved|questions?|in progress)'
const DECIDED_WORDS = '(?:decided|decisions? made|accepted|agreed|adopted|final|made|approved|settled|chosen|done)'
/**
 * A status label on a list item or sub-heading: at its start (`Decided:`,
 * `**Open** —`, `Still open:`, `Status: accepted`), in brackets anywhere (`(open)`,
 * `[Decided]`), or as `Status: ...`. A word such as `open` in a sentence
 * (`Keep the API open to partners`) is not a label.
 */
function statusLabel(words: string): RegExp {
  return new RegExp(
    `^\\W*(?:status\\s*[:=—–-]\\s*)?(?:(?:still|already|now|yet)\\s+)?${words}\\s*(?:[:)\\]—–|-]|$)|[(\\[]\\s*${words}\\s*[)\\]]|\\bstatus\\s*[:=—–-]\\s*${words}\\b`,
    'i'
  )
}
const OPEN_LABEL = statusLabel(OPEN_WORDS)
/** An open state at the end of a clause: `is still open;`, `remains undecided until Q2`; not `open source` or `open to partners`. */
const OPEN_STATE =
  '(?:is|are|remains?|stays?)\\s+(?:still\\s+|currently\\s+)?(?:open|undecided|unresolved|not (?:yet )?decided|to be decided|under discussion|up for discussion|an open question)(?=\\s*(?:[;,.:)—–]|\\s-\\s|$|\\s+(?:until|for now|and|but|pending)\\b))'
/**
 * An open decision by its wording, with no label: `Whether to build or buy is
 * still open; decide by the end of Q2.`, `We will decide between Kafka and
 * Pulsar by Q3.`, `Not yet decided: the region for the second cluster.`
 */
const OPEN_WORDING = new RegExp(
  [
    OPEN_STATE,
    '\\b(?:we|they|the \\w+ team)\\s+(?:will|must|need to|have yet to|still have to|are yet to|plan to)\\s+decide\\b',
    '\\b(?:to\\s+)?decide\\s+(?:by|before|after|at|in|once|when)\\b',
    '\\b(?:not\\s+yet|yet\\s+to\\s+be)\\s+decided\\b',
    '\\b(?:a decision|the decision) is (?:due|expected|pending)\\b'
  ].join('|'),
  'i'
)
const DECIDED_LABEL = statusLabel(DECIDED_WORDS)
/** A `Status: ...` line in a sub-heading's body (`### Artifact storage` over `Status: Open`), as ADR-style sections write it. */
const OPEN_STATUS_LINE = new RegExp(`\\bstatus\\s*[:=—–-]\\s*${OPEN_WORDS}\\b`, 'i')
const DECIDED_STATUS_LINE = new RegExp(`\\bstatus\\s*[:=—–-]\\s*${DECIDED_WORDS}\\b`, 'i')
/** A status column asked as a question: `Decided?`, `Final` (yes is made), `Open?` (yes is open). Its cells answer yes or no. */
const MADE_IF_YES = /decided|final|settled/
const OPEN_IF_YES = /^open\b/
const YES = /^(?:yes|y|true|[✓✔✅☑x])\uFE0F?$/iu
const NO = /^(?:no|n|false|not yet|[✗✘❌])\uFE0F?$/iu
/** Columns that name no decision: its status, a date, an owner, an id or a link (`| ADR | Status | Decision |`). */
const NOT_THE_DECISION = /status|state|^decided|date|owner|^(?:#|id|no\.?|number|adr|ref|link)$/i
/**
 * The column that names the decision: a header with `decision`, `choice`, `chosen`, `selected`, `outcome`, `title` or
 * `name` in it (`Key decision`, `Final decision`, `Selected option`, `Name`), not one of NOT_THE_DECISION.
 */
const DECISION_COLUMN = /\b(?:decisions?|choices?|chosen|selected|outcome|title|name|what)\b/i
/** Columns of what was weighed, not chosen: `Options considered`, `Alternatives`. */
const WEIGHED_COLUMN = /\b(?:options considered|alternatives?|considered)\b/i

export default createSectionRule({
  id: 'strategy-decision-rationale',
  severity: 'warn',
  description: 'Each key decision gives its rationale, and decisions made are told apart from decisions still open.',
  sections: ['vision/key-decisions'],
  draft: 'lenient',
  ended: 'skip',
  checkSection
})

function checkSection({report}: RuleContext<Record<string, never>>, {match, content}: SectionToCheck): void {
  let labelled = false
  for (const item of content.items) {
    const status = statusOf(content, item)
    if (status !== undefined) labelled = true
    if (status === 'open' || hasRationale(content, item)) continue
    report(
      `Decision \`${quote(decisionName(content, item), 60)}\` gives no rationale; say why (\`... because <reason>\`, or a \`Rationale:\` line)`,
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

function statusOf(content: SectionContent, item: ContentItem): 'open' | 'decided' | undefined {
  if (item.kind === 'row') {
    const table = tableOf(content, item.node as TableRow)
    const column = table ? columnIndex(table, STATUS_COLUMN) : -1
    const cell = column === -1 ? '' : (item.cells[column] ?? '').trim()
    if (column !== -1 && (MADE_IF_YES.test(table!.headers[column]) || OPEN_IF_YES.test(table!.headers[column]))) {
      const made = MADE_IF_YES.test(table!.headers[column])
      // (`Not yet` under `Open?` may say not yet open as well as not yet decided: left to the words below.)
      if (NO.test(cell) && (made || !/^not yet$/i.test(cell))) return made ? 'open' : 'decided'
      if (YES.test(cell)) return made ? 'decided' : 'open'
    }
    if (OPEN_GROUP.test(cell)) return 'open'
    if (DECIDED_GROUP.test(cell)) return 'decided'
  } else {
    const label = item.kind === 'heading' ? item.title : item.text
    if (OPEN_LABEL.test(label)) return 'open'
    if (DECIDED_LABEL.test(label)) return 'decided'
    // (Under a sub-heading, `Status: Open` is a line of its body, as in a decision record.)
    if (item.kind === 'heading' && OPEN_STATUS_LINE.test(item.text)) return 'open'
    if (item.kind === 'heading' && DECIDED_STATUS_LINE.test(item.text)) return 'decided'
  }
  // `### Open decisions` / `### Decisions made` above the item.
  if (item.group !== undefined && OPEN_GROUP.test(item.group)) return 'open'
  if (item.group !== undefined && DECIDED_GROUP.test(item.group)) return 'decided'
  // No label: the wording may still say the decision is open.
  if (OPEN_WORDING.test(item.kind === 'heading' ? `${item.title}. ${item.text}` : item.text)) return 'open'
  return undefined
}

function hasRationale(content: SectionContent, item: ContentItem): boolean {
  if (item.kind === 'row') {
    const table = tableOf(content, item.node as TableRow)
    const column = table ? columnIndex(table, RATIONALE_COLUMN) : -1
    if (column !== -1) {
      const cell = item.cells[column] ?? ''
      return cell.trim() !== '' && !saysNothing(cell)
    }
  }
  return item.nested || RATIONALE.test(item.text)
}

/**
 * What a message calls the decision: a sub-heading's or an item's own text, and in a table the cell under a `Decision`
 * (or `Choice`, `Outcome`, `Title`) column, else the first cell that is no status, date, owner, id, link or option
 * weighed (it named `Accepted`, `ADR-013`, `2026-03-01` and the options considered).
 */
function decisionName(content: SectionContent, item: ContentItem): string {
  if (item.kind !== 'row') return item.title || item.text
  const headers = tableOf(content, item.node as TableRow)?.headers ?? []
  const named = headers.findIndex((header) => DECISION_COLUMN.test(header) && !NOT_THE_DECISION.test(header))
  const column =
    named !== -1 ? named : item.cells.findIndex((cell, index) => cell.trim() !== '' && !NOT_THE_DECISION.test(headers[index] ?? '') && !WEIGHED_COLUMN.test(headers[index] ?? ''))
  return (column !== -1 ? item.cells[column]?.trim() : undefined) || item.title || item.text
}
