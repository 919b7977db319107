import {sourceRange} from '../src/language/analysis.js'
import {HEDGE_FREE_SECTIONS, isConditional, isNegated, prose, quote} from '../src/language/goals.js'
import {PhraseMatcher} from '../src/language/matcher.js'
import {adjustedList, type PhraseOptions} from '../src/language/phrases.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

interface Options extends PhraseOptions {}

/** A sentence that says outright it is undecided is an open decision, which a vision should list. */
const OPEN_DECISION = /^(?:open(?: question| decision)?s?\s*[:—-]|undecided\b|to be decided\b|tbd\b)|\bopen (?:question|decision)s?\b|\bdecide (?:by|before|in)\b/i

const matchers = new WeakMap<Options, PhraseMatcher<'hedge'>>()

function matcherFor(options: Options): PhraseMatcher<'hedge'> {
  let matcher = matchers.get(options)
  if (!matcher) {
    matcher = new PhraseMatcher({hedge: adjustedList('hedge', options.add, options.remove)})
    matchers.set(options, matcher)
  }
  return matcher
}

export default createRule<Options>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Decisions and visions take a position instead of hedging (`we should evaluate whether`, `might`, `explore`).',
  options: (raw, where) =>
    validateObject<Options>(where, raw, {add: checks.stringArray(), remove: checks.stringArray()}, {add: [], remove: []}),
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const {sentence, sectionId} of prose(document)) {
      if (sectionId && HEDGE_FREE_SECTIONS.has(sectionId)) continue
      if (OPEN_DECISION.test(sentence.text)) continue
      const hit = matcher
        .match(sentence.tokens)
        .find((candidate) => !isNegated(sentence.tokens, candidate) && !isConditional(sentence.tokens, candidate))
      if (!hit) continue
      report(
        `\`${quote(sentence.text)}\` hedges (\`${sentence.text.slice(hit.start, hit.end)}\`) instead of deciding; take a position (\`We will <decision> by <date>, because <reason>\`) or list it as an open decision with a date to settle it`,
        {place: sourceRange(document, sentence)}
      )
    }
  }
})
