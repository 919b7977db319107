import {findDeadlines} from '../src/language/recognisers.js'
import {noOptions, createRule} from '../src/rule.js'
import {contentTexts} from '../src/sections.js'

/** A span of years or months as a horizon: `2-3 years`, `3 years`, `18 months`, `five years`. */
const HORIZON =
  /\b(?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?|one|two|three|four|five|ten|a few|several)\s?-?\s?(?:years?|months?|quarters?)\b/i

function namesHorizon(text: string): boolean {
  return HORIZON.test(text) || findDeadlines(text).length > 0
}

export default createRule({
  id: 'strategy-time-horizon',
  severity: 'warn',
  description: 'Target State names its time horizon (`2-3 years`, `by 2028`, `in 18 months`, `FY27`).',
  options: noOptions,
  check({document, report}) {
    const spec = document.type?.sections.find((section) => section.id === 'target-state')
    const match = spec && document.firstMatch.get(spec)
    if (!match || match.section.total.words === 0) return
    const {section} = match
    if (namesHorizon(section.title)) return
    for (const run of contentTexts(section)) if (namesHorizon(run.value)) return
    report(
      `\`${section.title.trim()}\` names no time horizon; say when this will be the state of things, in the heading or the text (\`Target State (2-3 years)\`, \`by 2028\`)`,
      {place: section.heading?.position}
    )
  }
})
