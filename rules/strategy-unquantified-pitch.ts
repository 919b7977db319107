import {features, sourceRange} from '../src/language/analysis.js'
import {isNegated, prose, quote} from '../src/language/goals.js'
import {PhraseMatcher} from '../src/language/matcher.js'
import {adjustedList, type PhraseOptions} from '../src/language/phrases.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

interface Options extends PhraseOptions {}

const matchers = new WeakMap<Options, PhraseMatcher<'fashion'>>()

function matcherFor(options: Options): PhraseMatcher<'fashion'> {
  let matcher = matchers.get(options)
  if (!matcher) {
    matcher = new PhraseMatcher({fashion: adjustedList('fashion', options.add, options.remove)})
    matchers.set(options, matcher)
  }
  return matcher
}

export default createRule<Options>({
  id: 'strategy-unquantified-pitch',
  severity: 'warn',
  description: 'Justifications rest on a business outcome in numbers, not on taste or fashion (`industry standard`, `best practice`, `spaghetti`).',
  options: (raw, where) =>
    validateObject<Options>(where, raw, {add: checks.stringArray(), remove: checks.stringArray()}, {add: [], remove: []}),
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const {sentence} of prose(document)) {
      const hit = matcher.match(sentence.tokens).find((candidate) => !isNegated(sentence.tokens, candidate))
      if (!hit) continue
      if (features(sentence).quantities.length > 0) continue
      report(
        `\`${quote(sentence.text)}\` argues from taste or fashion (\`${sentence.text.slice(hit.start, hit.end)}\`), not outcomes; state the business outcome in numbers (\`<change> cuts <incidents|cost|lead time> from <X> to <Y>\`)`,
        {place: sourceRange(document, sentence)}
      )
    }
  }
})
