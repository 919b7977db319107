import type {SectionMatch} from '../src/document.js'
import {sectionContent} from '../src/content.js'
import {findDeadlines} from '../src/language/recognisers.js'
import {createRule, type RuleContext} from '../src/rule.js'
import {contentTexts} from '../src/sections.js'

/**
 * A span of years, months or quarters as a horizon: `2-3 years`, `3 years`,
 * `18 months`, `five years`, `3-year`; not an age or an amount of something
 * (`10 years of legacy code`, `5 years old`, `2 years ago`).
 */
const HORIZON =
  /\b(?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|a few|several|a couple of)\s?-?\s?(?:years?|months?|quarters?)\b(?!\s+(?:of|old|ago)\b|-old\b)/i
/** Times that are not a horizon: how often (`each sprint`, `every quarter`) or since when (`since 2019`). */
const NOT_A_HORIZON = /^(?:each|every|per|since)\s/i

function namesHorizon(text: string): boolean {
  return HORIZON.test(text) || findDeadlines(text).some((deadline) => !NOT_A_HORIZON.test(deadline.text))
}

export default createRule({
  id: 'strategy-time-horizon',
  severity: 'warn',
  description: 'Target State names its time horizon (`2-3 years`, `by 2028`, `in 18 months`, `FY27`).',
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  check(context) {
    for (const match of context.document.filledMatchesFor('strategy-time-horizon')) checkSection(context, match)
  }
})

function checkSection({document, report}: RuleContext<Record<string, never>>, match: SectionMatch): void {
  const {section} = match
  if (namesHorizon(section.title)) return
  // `See [target state](target.md)`: the horizon is for the linked document to name.
  if (sectionContent(document, match).delegatedTo) return
  for (const run of contentTexts(section)) if (namesHorizon(run.value)) return
  // A sub-heading can carry it too: `### Timeline: H2 2028`.
  const pending = [...section.children]
  while (pending.length > 0) {
    const child = pending.pop()!
    if (namesHorizon(child.title)) return
    for (const grandchild of child.children) pending.push(grandchild)
  }
  report(
    `\`${section.title.trim()}\` names no time horizon; say when this will be the state of things, in the heading or the text (\`Target State (2-3 years)\`, \`by 2028\`)`,
    {place: section.heading?.position}
  )
}
