import {contentTexts, createSectionRule, findDeadlines, type RuleContext, type SectionToCheck} from '../src/rule.js'

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

export default createSectionRule({
  id: 'strategy-time-horizon',
  severity: 'warn',
  description: 'Target State names its time horizon (`2-3 years`, `by 2028`, `in 18 months`, `FY27`).',
  sections: ['vision/target-state'],
  draft: 'lenient',
  ended: 'skip',
  checkSection
})

function checkSection({report}: RuleContext<Record<string, never>>, {match}: SectionToCheck): void {
  const {section} = match
  if (namesHorizon(section.title)) return
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
