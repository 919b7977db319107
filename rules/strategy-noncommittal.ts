import {sourceRange} from '../src/language/analysis.js'
import {isConditional, isNegated, prose, quote} from '../src/language/goals.js'
import type {PhraseHit, Token} from '../src/language/matcher.js'
import {adjustedList, matcherPerOptions, readPhraseOptions, type PhraseOptions} from '../src/language/phrases.js'
import {createRule} from '../src/rule.js'

type Options = PhraseOptions

/** A sentence that says outright it is undecided is an open decision, which a vision should list. */
const OPEN_DECISION = /^(?:open(?: question| decision)?s?\s*[:—-]|undecided\b|to be decided\b|tbd\b)|\bopen (?:question|decision)s?\b|\bdecide (?:by|before|in)\b/i

/** Who decides: a hedge is non-committal when the authors hedge their own plan. */
const DECIDERS = new Set(['we', "we'll", "we're", "we'd", 'our', 'us', 'team', 'teams', 'org', 'organisation', 'organization', 'company'])

/**
 * A hedge about the authors' own plans: a planning hedge (`worth exploring`,
 * `Consider moving to gRPC`, `look into`), or a modal or adverb hedge
 * (`might`, `perhaps`, `at some point`) in a sentence that speaks of `we` /
 * `our` / the team. `Any change might break the build` describes a risk, not
 * a decision.
 */
function isAboutOurPlans(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!DESCRIBING.has(tokens[hit.firstToken].word)) return true
  if (hit.firstToken === 0 && isInstruction(tokens[hit.endToken])) return true
  // `We will map out the graph and explore it`: exploring is the committed work.
  if (tokens[hit.firstToken].word === 'explore' && tokens.slice(0, hit.firstToken).some((token) => COMMITTED.has(token.word))) return false
  return tokens.some((token) => DECIDERS.has(token.word))
}

const COMMITTED = new Set(['will', "we'll", 'must', 'shall'])

/** Words after a leading hedge that show a description (`Perhaps she ...`), not an instruction (`Perhaps move ...`). */
const NOT_A_VERB = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'she', 'he', 'they', 'their', 'her', 'his', 'we', 'our',
  'i', 'you', 'your', 'there', 'by', 'with', 'in', 'on', 'at', 'for', 'of', 'to', 'from', 'if', 'when', 'all', 'some',
  'most', 'many', 'future', 'not', 'no', 'more', 'less'
])

function isInstruction(next: Token | undefined): boolean {
  return next !== undefined && !NOT_A_VERB.has(next.word) && !/^\d/.test(next.word)
}

/**
 * Hedges that also describe the world (`might`, `could`, `probably`, `consider`
 * as in "regard"); other hedges (`would be nice`, `worth exploring`, `where
 * possible`) are about plans whoever the subject is.
 */
const DESCRIBING = new Set([
  'might', 'may', 'could', 'potentially', 'possibly', 'perhaps', 'maybe', 'probably', 'hopefully', 'consider', 'eventually',
  'ideally', 'at', 'think', 'explore', 'is', 'are', 'try'
])

const matcherFor = matcherPerOptions<'hedge'>((options) => ({hedge: adjustedList('hedge', options.add, options.remove)}))

export default createRule<Options>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Decisions and visions take a position instead of hedging (`we should evaluate whether`, `might`, `explore`).',
  options: readPhraseOptions,
  check({document, options, report}) {
    const matcher = matcherFor(options)
    for (const sentence of prose(document, 'strategy-noncommittal')) {
      if (OPEN_DECISION.test(sentence.text)) continue
      const hit = matcher
        .match(sentence.tokens)
        .find(
          (candidate) =>
            !isNegated(sentence.tokens, candidate) &&
            !isConditional(sentence.tokens, candidate) &&
            isAboutOurPlans(sentence.tokens, candidate)
        )
      if (!hit) continue
      report(
        `\`${quote(sentence.text)}\` hedges (\`${sentence.text.slice(hit.start, hit.end)}\`) instead of deciding; take a position (\`We will <decision> by <date>, because <reason>\`) or list it as an open decision with a date to settle it`,
        {place: sourceRange(document, sentence)}
      )
    }
  }
})
