import {sectionContent, type ContentItem} from '../src/content.js'
import {noOptions, createRule} from '../src/rule.js'

/** Explicit labels. */
const LEADING_LABEL = /\bleading\b/i
const LAGGING_LABEL = /\blagging\b/i
/**
 * Wording: leading indicators move first and measure what teams do
 * (adoption, coverage, share migrated, deploy frequency); lagging ones
 * measure the outcome (incidents, cost, revenue, churn, availability).
 */
const LEADING_WORDS =
  /\b(?:adoption|adopted|share of|percentage of|% of|number of (?:services|teams|repos|repositories|domains|consumers|pipelines)|coverage|migrated|onboarded|deploy(?:ment)?s? (?:frequency|per)|deploy frequency|lead time|usage|weekly active|pull requests|prs|experiments|rollout|enabled)\b/i
const LAGGING_WORDS =
  /\b(?:incidents?|outages?|revenue|churn|cost|spend|savings|availability|uptime|mttr|mttd|customer|satisfaction|nps|retention|conversion|latency|error rate|downtime|escalations|bugs in production|sla)\b/i

export default createRule({
  id: 'strategy-leading-lagging',
  severity: 'warn',
  description: 'Success Metrics include at least one leading and one lagging indicator.',
  options: noOptions,
  check({document, report}) {
    const spec = document.type?.sections.find((section) => section.id === 'success-metrics')
    const match = spec && document.firstMatch.get(spec)
    if (!match || match.section.total.words === 0 || document.isPlaceholderOnly(match.section)) return
    const content = sectionContent(document, match)
    const metrics: string[] =
      content.items.length > 0
        ? content.items.map(metricText)
        : content.loose.flatMap((unit) => unit.sentences.map((sentence) => sentence.text))
    let leading = false
    let lagging = false
    for (const text of metrics) {
      const labelled = LEADING_LABEL.test(text) || LAGGING_LABEL.test(text)
      if (labelled) {
        leading ||= LEADING_LABEL.test(text)
        lagging ||= LAGGING_LABEL.test(text)
        continue
      }
      leading ||= LEADING_WORDS.test(text)
      lagging ||= LAGGING_WORDS.test(text)
    }
    if (leading && lagging) return
    const missing = !leading && !lagging ? 'leading or lagging indicator' : leading ? 'lagging indicator' : 'leading indicator'
    report(
      `\`${match.section.title.trim()}\` has no ${missing}; add ${leading || lagging ? 'one' : 'one of each'}, labelled (\`Leading: share of services publishing events, 0% to 80% by Q4\`, \`Lagging: checkout incidents, 11 to 2 a year by 2028\`)`,
      {place: match.section.heading?.position}
    )
  }
})

/** An item's text with the subsection it sits under (`### Leading indicators`). */
function metricText(item: ContentItem): string {
  return `${item.group ?? ''} ${item.text}`
}
