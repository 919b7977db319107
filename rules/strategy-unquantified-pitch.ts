import {features, sourceRange} from '../src/language/analysis.js'
import {isNegated, prose, quote} from '../src/language/goals.js'
import {adjustedList, matcherPerOptions, readPhraseOptions, type PhraseOptions} from '../src/language/phrases.js'
import {createRule} from '../src/rule.js'

type Options = PhraseOptions

const matcherFor = matcherPerOptions<'fashion'>((options) => ({fashion: adjustedList('fashion', options.add, options.remove)}))

export default createRule<Options>({
  id: 'strategy-unquantified-pitch',
  severity: 'warn',
  description: 'Justifications rest on a business outcome in numbers, not on taste or fashion (`industry standard`, `best practice`, `spaghetti`).',
  options: readPhraseOptions,
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const sentence of prose(document, 'strategy-unquantified-pitch')) {
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
