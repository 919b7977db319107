import type {TableRow} from 'mdast'
import {
  createSectionRule,
  saysNothing,
  tableOf,
  type ContentItem,
  type RuleContext,
  type SectionContent,
  type SectionToCheck
} from '../src/rule.js'

/**
 * Explicit labels: `Leading:`, `(lagging)`, `[Leading]`, `Leading indicator`,
 * a `### Lagging indicators` group, a `Leading` column or a `Type` cell. The
 * word in a sentence (`incidents leading to churn`) is not a label.
 */
const KIND_NOUN = '(?:\\s+(?:indicators?|metrics?|measures?|signals?|kpis?))'
const label = (word: string) => new RegExp(`\\b${word}${KIND_NOUN}?\\s*(?:[:)\\]|—–]|$)|\\b${word}${KIND_NOUN}\\b`, 'i')
const LEADING_LABEL = label('leading')
const LAGGING_LABEL = label('lagging')
/**
 * Wording: leading indicators move first and measure what teams do
 * (adoption, coverage, share migrated, deploy frequency); lagging ones
 * measure the outcome (incidents, cost, revenue, churn, availability).
 */
const LEADING_WORDS =
  /\b(?:adoption|adopted|share of|percentage of|% of|number of (?:services|teams|repos|repositories|domains|consumers|pipelines)|coverage|migrated|onboarded|deploy(?:ment)?s? (?:frequency|per)|deploy frequency|lead time|usage|weekly active|pull requests|prs|experiments|rollout|enabled)\b/i
const LAGGING_WORDS =
  /\b(?:incidents?|outages?|revenue|churn|cost|spend|savings|availability|uptime|mttr|mttd|customer|satisfaction|nps|retention|conversion|latency|error rate|downtime|escalations|bugs in production|sla)\b/i

interface Metric {
  leading: boolean
  lagging: boolean
  /** Told by a label (or a sentence of prose, which may name more than one metric): may count as both kinds. */
  labelled: boolean
}

export default createSectionRule({
  id: 'strategy-leading-lagging',
  severity: 'warn',
  description: 'Success Metrics include at least one leading and one lagging indicator.',
  sections: ['vision/success-metrics'],
  draft: 'lenient',
  ended: 'skip',
  checkSection
})

function checkSection({report}: RuleContext<Record<string, never>>, {match, content}: SectionToCheck): void {
  const texts: string[] =
    content.items.length > 0
      ? content.items.map((item) => metricText(content, item))
      : content.loose.flatMap((unit) => unit.sentences.map((sentence) => sentence.text))
  // A sentence of prose may name two metrics; a list item or row is one.
  const metrics = texts.filter((text) => !saysNothing(text)).map((text) => classify(text, content.items.length === 0))
  const leading = metrics.some((metric) => metric.leading)
  const lagging = metrics.some((metric) => metric.lagging)
  // One item guessed to be both (`share of customer-facing services migrated`) is still one metric.
  const both =
    leading &&
    lagging &&
    metrics.some(
      (first, index) =>
        (first.leading && first.lagging && first.labelled) ||
        (first.leading && metrics.some((second, other) => other !== index && second.lagging))
    )
  if (both) return
  const missing = !leading && !lagging ? 'leading or lagging indicator' : leading ? 'lagging indicator' : 'leading indicator'
  report(
    `\`${match.section.title.trim()}\` has no ${missing}; add ${leading || lagging ? 'one' : 'one of each'}, labelled (\`Leading: share of services publishing events, 0% to 80% by Q4\`, \`Lagging: checkout incidents, 11 to 2 a year by 2028\`)`,
    {place: match.section.heading?.position}
  )
}

function classify(text: string, prose: boolean): Metric {
  const leadingLabel = LEADING_LABEL.test(text)
  const laggingLabel = LAGGING_LABEL.test(text)
  if (leadingLabel || laggingLabel) return {leading: leadingLabel, lagging: laggingLabel, labelled: true}
  return {leading: LEADING_WORDS.test(text), lagging: LAGGING_WORDS.test(text), labelled: prose}
}

/**
 * A cell that answers no: `| Leading | Lagging |` over `| No | Yes |` or `| ✗ | ✓ |` (a QA pass found every such row read
 * as both kinds, as any cell under a kind's header was its label). (`x` is left out: in a table of marks it ticks.)
 */
const SAYS_NO = /^(?:no|n|false|✗|✘|❌)\uFE0F?\.?(?:\s*\([^)]*\))?$/iu

/**
 * An item's text with the subsection it sits under (`Leading indicators: ...`);
 * a row's cells with their column headers (`type: Lagging`, `leading indicator: ...`).
 */
function metricText(content: SectionContent, item: ContentItem): string {
  let text = item.text
  if (item.kind === 'row') {
    const headers = tableOf(content, item.node as TableRow)?.headers ?? []
    text = item.cells
      .map((cell, index) => (cell.trim() === '' || saysNothing(cell) || SAYS_NO.test(cell.trim()) ? '' : headers[index] ? `${headers[index]}: ${cell}` : cell))
      .filter(Boolean)
      .join(' | ')
  }
  return item.group === undefined ? text : `${item.group}: ${text}`
}
