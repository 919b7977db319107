import {features, sourceRange} from '../src/language/analysis.js'
import {GOAL_SECTIONS, isNegated, isTradeoff, prose, quote} from '../src/language/goals.js'
import {PhraseMatcher, type PhraseHit, type Token} from '../src/language/matcher.js'
import {adjustedList, type PhraseOptions} from '../src/language/phrases.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

interface Options extends PhraseOptions {}

type Kind = 'improvement' | 'adoption'

const matchers = new WeakMap<Options, PhraseMatcher<Kind>>()

function matcherFor(options: Options): PhraseMatcher<Kind> {
  let matcher = matchers.get(options)
  if (!matcher) {
    matcher = new PhraseMatcher<Kind>({
      improvement: adjustedList('improvement', options.add, options.remove),
      adoption: adjustedList('adoption', [], options.remove)
    })
    matchers.set(options, matcher)
  }
  return matcher
}

/** `move to building the checks` describes a change of work, not the adoption of a thing. */
function beforeGerund(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.phrase.endsWith(' to') && (tokens[hit.endToken]?.word.endsWith('ing') ?? false)
}

export default createRule<Options>({
  id: 'strategy-vague-goal',
  severity: 'warn',
  description: 'Improvement and adoption statements in goal-bearing sections name a quantity, a deadline or a specific scope.',
  options: (raw, where) =>
    validateObject<Options>(where, raw, {add: checks.stringArray(), remove: checks.stringArray()}, {add: [], remove: []}),
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const {sentence, sectionId} of prose(document)) {
      if (!sectionId || !GOAL_SECTIONS.has(sectionId)) continue
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
