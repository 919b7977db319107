import {features, sourceRange} from '../src/language/analysis.js'
import {isNegated, isTradeoff, prose, quote} from '../src/language/goals.js'
import type {PhraseHit, Token} from '../src/language/matcher.js'
import {adjustedList, matcherPerOptions, readPhraseOptions, type PhraseOptions} from '../src/language/phrases.js'
import {createRule} from '../src/rule.js'

type Options = PhraseOptions

type Kind = 'improvement' | 'adoption'

const matcherFor = matcherPerOptions<Kind>((options) => ({
  improvement: adjustedList('improvement', options.add, options.remove),
  adoption: adjustedList('adoption', [], options.remove)
}))

/** `move to building the checks` describes a change of work, not the adoption of a thing. */
function beforeGerund(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.phrase.endsWith(' to') && (tokens[hit.endToken]?.word.endsWith('ing') ?? false)
}

export default createRule<Options>({
  id: 'strategy-vague-goal',
  severity: 'warn',
  description: 'Improvement and adoption statements in goal-bearing sections name a quantity, a deadline or a specific scope.',
  options: readPhraseOptions,
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const sentence of prose(document, 'strategy-vague-goal')) {
      const hit = matcher
        .match(sentence.tokens)
        .find(
          (candidate) =>
            !isNegated(sentence.tokens, candidate) &&
            !beforeGerund(sentence.tokens, candidate) &&
            !isTradeoff(sentence.tokens, candidate)
        )
      if (!hit) continue
      const found = features(sentence)
      if (found.quantities.length > 0 || found.deadlines.length > 0 || found.namedScope) continue
      const text = quote(sentence.text)
      const reason =
        hit.category === 'adoption'
          ? `\`${text}\` names no scope, quantity or deadline; say what changes, where and by when: \`<Move|Adopt> <named component> for <scope> by <date>\``
          : `\`${text}\` names no baseline, target or deadline; write it as \`<Reduce|Increase> <metric> from <baseline> to <target> by <date>\``
      report(reason, {place: sourceRange(document, sentence)})
    }
  }
})
