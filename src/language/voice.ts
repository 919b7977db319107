/**
 * Whose voice a sentence speaks in, whether it states a plan, and which word
 * carries the plan (its main predicate): the gate every language rule passes
 * before it reads a sentence as the authors' goal, decision or argument.
 *
 * Written as small word lists over the tokens rather than with a
 * part-of-speech tagger: docs/language-libraries.md compares wink-nlp and
 * compromise on the labelled sentences (speed, size, what they get right).
 * The frames below need closed word classes (modals, pronouns, auxiliaries,
 * time markers), which lists cover, and open classes only at the start of a
 * clause, where the phrase lists and a list of action verbs do as well as a
 * tagger and cost nothing to load.
 */
import type {Token} from './matcher.js'

/** How a sentence states something the authors will do, or why it does not. */
export type Frame = PlanFrame | {plan: false; reason: NotAPlan}

export interface PlanFrame {
  plan: true
  kind: PlanKind
  /** Index of the token that carries the plan: the verb of an instruction, the verb after `we will`, the complement of `should be`, the head of a noun-phrase goal. */
  predicate: number
  /** Index of the token after the subject (and its modals) where the predicate search began. */
  afterSubject: number
  /** An uncertain modal between the subject and the predicate (`we might`, `X could be added`). */
  uncertainModal: number | undefined
  /** Where the authors' clause begins when it is not the sentence's first (`Search is core, so we will ...`): what comes before it is no part of the plan. */
  clauseStart?: number
}

/**
 * Forms of a plan: an instruction (`Reduce ...`), the authors speaking (`We
 * will ...`), a goal statement (`Our goal is to ...`, `This RFC aims to
 * ...`), a state to reach (`X should be faster`), a vision of the state
 * reached (`IDE feedback is instant`), a goal written as a noun phrase
 * (`Faster builds for everyone`).
 */
export type PlanKind = 'imperative' | 'first-person' | 'goal-statement' | 'target-state' | 'vision' | 'noun-phrase'

/** Why a sentence is not the authors' plan. */
export type NotAPlan = 'question' | 'invitation' | 'past' | 'description' | 'citation' | 'condition' | 'label' | 'story'

/** Modals that leave open whether the thing happens. */
export const UNCERTAIN_MODALS = new Set(['might', 'may', 'could', 'would', "'d"])

export const MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'must', 'should', 'would', "'d", 'can', 'could', 'may', 'might'])

/** Words between a subject and its verb that carry no content: auxiliaries, adverbs of sequence. */
const FILLER = new Set([
  'also', 'then', 'still', 'now', 'first', 'further', 'additionally', 'additionally', 'primarily', 'mainly', 'mostly',
  'initially', 'really', 'actually', 'already', 'continue', 'continues', 'to', 'be', 'are', 'is', 'going', 'need', 'needs',
  'have', 'has', 'both', 'all', 'each', 'collectively', 'jointly', 'together', 'specifically', 'explicitly', 'not', 'only',
  'just', 'always', 'never', 'soon', 'shortly', 'gradually', 'incrementally', 'progressively', 'continuously', 'actively',
  'deliberately', 'intentionally', 'proactively', 'significantly', 'dramatically', 'greatly', 'substantially', 'further',
  'better', 'more', 'much', 'drastically', 'radically', 'currently', 'start', 'starting', 'begin', 'beginning', 'hard',
  'able', 'happy', 'working', 'seeking', 'aiming', 'planning', 'hoping', 'going'
])

/** Subjects that are the authors. */
export const AUTHORS = new Set(['we', "we'll", "we're", "we've", "we'd", 'i', "i'll", "i'm", "i'd", "let's", 'let'])

/** Nouns that stand for the authors' own document or effort: `This RFC aims to ...`, `Our goal is ...`. */
const OWN_WORK = new Set([
  'rfc', 'proposal', 'kep', 'enhancement', 'design', 'document', 'doc', 'strategy', 'plan', 'roadmap', 'goal', 'goals',
  'project', 'initiative', 'effort', 'work', 'team', 'org', 'organisation', 'organization', 'company', 'group', 'program',
  'programme', 'vision', 'mcp', 'tep', 'otep', 'milestone', 'objective', 'objectives', 'mission', 'focus', 'priority',
  'priorities', 'aim', 'intent', 'intention', 'purpose', 'ambition', 'target'
])

/** Determiners that make a noun the authors' own: `this RFC`, `our goal`, `the proposal`. */
const OWN_DETERMINERS = new Set(['this', 'our', 'the', 'these', 'my'])

/** Subjects that are someone other than the authors, and pronouns that stand for the thing described: `Users may want to ...`, `It will make it easier ...`. */
const NOT_AUTHORS = new Set([
  'users', 'user', 'customers', 'customer', 'developers', 'developer', 'people', 'folks', 'someone', 'somebody', 'anyone',
  'anybody', 'everyone', 'everybody', 'companies', 'vendors', 'vendor', 'others', 'they', 'you', 'he', 'she', 'one',
  'contributors', 'maintainers', 'authors', 'operators', 'administrators', 'admins', 'clients', 'consumers', 'callers',
  'implementers', 'implementations', 'programmers', 'engineers', 'readers', 'competitors', 'partners', 'projects', 'tools',
  'libraries', 'crates', 'applications', 'apps', 'it', 'this', 'that', 'these', 'those', 'there', 'which', 'what', 'some',
  'many', 'most', 'several', 'any',
  // The proposal itself: `These enhancements will ensure X is more robust` claims a benefit, it does not set a target.
  // (`proposal`, `design`, `enhancement` stay the authors' work: `The proposal will ...` is a goal statement, see OWN_WORK.)
  'enhancements', 'change', 'changes', 'approach', 'mechanism', 'feature', 'features', 'refactoring',
  // An option weighed against others: `This style is less intuitive ...`.
  'option', 'options', 'alternative', 'alternatives', 'variant', 'style'
])

/** Groups of the authors' own organisation: `teams might share`, `squads could adopt`. */
const OUR_GROUPS = new Set(['teams', 'team', 'squads', 'engineers', 'services', 'we'])

/** Verbs that open an invitation or instruction to the reader. */
const INVITING = new Set([
  'see', 'join', 'read', 'check', 'visit', 'refer', 'learn', 'feel', 'please', 'contact', 'reach', 'subscribe', 'sign',
  'watch', 'click', 'ask', 'share', 'tell', 'note', 'imagine', 'suppose', 'recall', 'remember', 'find', 'go', 'head',
  'look', 'compare', 'notice', 'observe', 'say', 'assume', 'take'
])

/** What a reader does when invited: `Consider joining the beta`. */
const READER_ACTIVITY = /^(?:join|read|attend|us|tr[yi]|contribut|giv|fil|subscrib|sign|check|reach|shar|participat|vot|comment|download|install)/

/** Markers of time past: a report, not a plan. */
const PAST_MARKERS = new Set(['ago', 'previously', 'recently', 'historically', 'originally', 'formerly', 'earlier'])

/** Past-tense verbs that do not end in `-ed`. */
const IRREGULAR_PAST = new Set([
  'made', 'built', 'did', 'began', 'saw', 'took', 'brought', 'wrote', 'ran', 'spent', 'got', 'went', 'found', 'grew',
  'led', 'kept', 'won', 'lost', 'sold', 'chose', 'held', 'shipped', 'was', 'were', 'had', 'became', 'came', 'gave', 'knew',
  'left', 'met', 'paid', 'said', 'sent', 'stood', 'taught', 'thought', 'told', 'understood', 'rewrote', 'drove'
])

/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set(['need', 'proceed', 'exceed', 'succeed', 'feed', 'seed', 'speed', 'embed', 'shed', 'bed', 'red', 'indeed'])

/** Auxiliaries and copulas: a sentence with one has a finite verb. */
const FINITE = new Set([
  'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', "hasn't", "haven't",
  'do', 'does', 'did', "don't", "doesn't", "didn't", 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', "won't", "can't", "couldn't", "shouldn't", "it's", "that's", "there's", "we're", "they're", "we'll", "we've"
])

/** Copulas of a state: `IDE feedback is instant`, `Builds become reproducible`. */
/** Present-tense verbs that describe what a thing is or does: `X means Y`, `X represents Y`. */
const DESCRIBING = new Set(['means', 'represents', 'implies', 'requires', 'causes', 'leads', 'results', 'introduces', 'costs', 'remains', 'becomes', 'tends'])

const COPULAS = new Set(['is', 'are', 'becomes', 'become', 'remains', 'remain', 'stays', 'stay', 'feels', 'feel', 'gets', 'get', 'has', 'have'])

/** Words that mark the present state, not the one aimed for: `Today builds are slow`. */
const STATUS_QUO = new Set(['currently', 'today', 'now', 'existing', 'current', 'present', 'presently', 'nowadays', 'still', 'usually', 'often', 'sometimes', 'typically', 'generally', 'traditionally'])

/** Verbs of aiming that take `to` and the plan after it: `aims to`, `plan to`, `want to`, `would like to`. */
/** Verbs of purpose that only a plan's authors (or their work) can have: `X aims to`, `X seeks to`. */
const PURPOSING = new Set(['aims', 'seeks', 'strives', 'intends'])

export const AIMING = new Set([
  'aim', 'aims', 'aiming', 'plan', 'plans', 'planning', 'want', 'wants', 'intend', 'intends', 'intending', 'seek', 'seeks',
  'seeking', 'strive', 'strives', 'striving', 'hope', 'hopes', 'hoping', 'propose', 'proposes', 'proposing', 'expect',
  'expects', 'commit', 'commits', 'continue', 'continues', 'like', 'wish', 'wishes', 'decide',
  'decided', 'prefer', 'going', 'work', 'works', 'working', 'need', 'needs', 'endeavour', 'endeavor', 'attempt', 'attempts'
])

/** Prepositions that open a compound noun when a hyphen joins them to the next word: `On-call`, `Per-team`, `In-house`. */
const COMPOUNDING = new Set(['on', 'per', 'under', 'over', 'in', 'off', 'after', 'by'])

/** Words that open a subordinate clause or phrase before the main clause: `In 2026, we ...`, `To get there, ...`. */
const LEADING_SUBORDINATE = new Set([
  'in', 'as', 'to', 'for', 'with', 'by', 'after', 'before', 'while', 'although', 'though', 'since', 'given', 'because',
  'during', 'within', 'over', 'through', 'beyond', 'besides', 'alongside', 'following', 'from', 'on', 'at', 'under',
  'once', 'when', 'whenever', 'where', 'if', 'unless', 'until', 'assuming', 'provided', 'depending', 'whether', 'rather',
  'instead', 'again', 'finally', 'first', 'firstly', 'second', 'secondly', 'third', 'next', 'then', 'also', 'additionally',
  'moreover', 'furthermore', 'overall', 'ultimately', 'longer', 'long', 'short', 'concretely', 'specifically', 'however',
  'similarly', 'likewise', 'meanwhile', 'today', 'considering'
])

/** `Once again, the result is cleaner`, `once more`: the `once` at `index` repeats, it sets no condition. */
export function onceRepeats(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.word === 'once' && /^(?:again|more)$/.test(tokens[index + 1]?.word ?? '')
}

/** Subordinators that make the clause after them a contingency. */
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'assuming', 'provided', 'depending', 'whether', 'once', 'when', 'whenever', 'until', 'should'])

/** Words after `if` or `when` that leave the condition to the authors' own judgement: `if possible`, `when needed`, `if available`. */
const AS_NEEDED_WORDS = 'possible|feasible|reasonable|practical|appropriate|needed|necessary|desired|required|warranted|available|applicable'

/** One of AS_NEEDED_WORDS, as a token. */
export const AS_NEEDED = new RegExp(`^(?:${AS_NEEDED_WORDS})$`)

/** `If possible, we ...`: a hedge in the form of a condition. */
const HEDGING_CONDITION = new RegExp(`^(?:if|when|where|whenever)\\s+(?:${AS_NEEDED_WORDS}|time permits)\\b`, 'i')

/** `In those cases, we may ...`, `In that case`: the clause after a case is a contingency. */
const CASE_OPENER = /^(?:in|for)\s+(?:those|these|such|that|this|some|which)\s+(?:cases?|situations?|scenarios?|events?)\b/i

/**
 * Adverbs of manner that can open an instruction: `Drastically improve ...`, `Extensively test ...`. Adverbs of time
 * and of likelihood open a report or a guess (`Currently investigating ...`, `Likely mechanism is ...`).
 */
const MANNER_ADVERB = /^(?!(?:currently|recently|previously|originally|initially|formerly|historically|usually|typically|normally|likely|unlikely|only|early|already|apparently|supposedly|presumably)$)\p{L}{4,}ly$/u

/** Verbs that also name a thing, and open a subject as a noun: `Build times`, `Deploy frequency`, `Release quality`. */
const NOUN_FIRST = new Set('build deploy deployment release test review support run search merge change design onboard'.split(' '))
/** Verbs of change in the present, as a subject's verb: `improve`, `improves`, `gets`, `drops`. */
const CHANGE_VERBS = new Set(
  'improve improves increase increases decrease decreases drop drops fall falls rise rises grow grows shrink shrinks get gets become becomes go goes stay stays remain remains double doubles halve halves'.split(' ')
)

/** Verbs a plan is made of when they open a sentence (`Ship ...`, `Improve ...`); the phrase lists add their own. */
const ACTION_VERBS = new Set(
  `accelerate achieve add address adopt align allow audit automate boost bring build change clarify clean close complete
  consolidate continue create cut decrease define delight deliver deprecate design develop document double drive eliminate
  embrace empower enable encourage enhance ensure establish evaluate evolve expand experiment explore expose extend extract
  fix focus foster get give grow halve harden help identify implement improve increase instrument integrate introduce
  invest investigate keep launch lead leverage lower maintain make manage maximise maximize migrate minimise minimize modernise
  modernize move offer optimise optimize own partner pay plan polish prepare prioritise prioritize promote provide publish
  pursue raise reach rebuild reduce refactor refine reimagine remove replace reshape resolve restructure retire revamp
  revisit rework rewrite run scale secure serve ship shift shorten simplify stabilise stabilize standardise standardize
  start streamline strengthen support switch tighten track transition try unify upgrade use validate win work write
  preserve research test collect gather measure monitor deploy review coordinate communicate educate hire train onboard
  contribute collaborate engage rename split merge port convert prototype benchmark assess determine decide finalize
  finalise release triage unblock upstream avoid prevent limit surface finish formalize formalise specify adapt revise
  redesign reorganize reorganise produce`.split(/\s+/)
)

/** Whether a sentence has a finite verb from the closed lists (auxiliaries, modals, copulas, common present-tense verbs). */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  return tokens.some((token) => FINITE.has(token.word) || FINITE_VERBS.has(token.word) || DESCRIBING.has(token.word))
}

export function isActionVerb(word: string, extra: ReadonlySet<string>): boolean {
  return ACTION_VERBS.has(word) || extra.has(word)
}

/** After a first verb, the rest of a series of verbs: `, manage, and optimize` (a list of names has no action verb after its `and`). */
const SERIES_END = /^\s*,(?:\s*\p{L}+\s*,){0,4}\s*(?:and|or)\s+(\p{L}+)/u

function verbSeries(rest: string, actions: ReadonlySet<string>): boolean {
  const last = SERIES_END.exec(rest)?.[1].toLowerCase()
  return last !== undefined && isActionVerb(last, actions)
}

/** The first token after the comma that ends a leading phrase within its first 14 words, or -1. */
function afterLeadingPhrase(text: string, tokens: readonly Token[], start: number): number {
  const limit = tokens[Math.min(tokens.length - 1, start + 14)]?.end ?? text.length
  const comma = text.slice(tokens[start].start, limit).indexOf(',')
  if (comma === -1) return -1
  const at = tokens[start].start + comma
  return tokens.findIndex((token) => token.start > at)
}

/** `Recognizing the power of X, we aim to ...`, `Building on Y, we will ...`: a participle phrase up to a comma the authors' clause follows. */
function leadingParticiple(text: string, tokens: readonly Token[], start: number): boolean {
  if (!/ing$/.test(tokens[start]?.word ?? '')) return false
  const after = afterLeadingPhrase(text, tokens, start)
  return after !== -1 && AUTHORS.has(tokens[after].word)
}

/** The first token of the main clause: after a leading label (`Goal:`), list numbering and a leading phrase up to its comma (`In 2026, we ...`). */
function mainClauseStart(text: string, tokens: readonly Token[]): {start: number; conditional: boolean} {
  let start = 0
  const colon = /^[^:]{1,40}:\s/.exec(text)
  if (colon) {
    const after = tokens.findIndex((token) => token.start >= colon[0].length)
    // A label of up to four words before at least three words: `Goal: reduce ...`, not `Improve onboarding: tooling`.
    if (after > 0 && after <= 4 && tokens.length - after >= 3) start = after
  }
  // `It is time to revisit the problem and explore ...`, `Now is the time to adopt ...`: the instruction follows.
  const time = /^(?:it is|it['’]s|now is the|this is the) time to \p{L}/iu.exec(text.slice(tokens[start]?.start ?? 0))
  if (time) {
    const verb = tokens.findIndex((token) => token.start >= (tokens[start]?.start ?? 0) + time[0].length - 1)
    if (verb !== -1) return {start: verb, conditional: false}
  }
  const first = tokens[start]?.word
  const rest = text.slice(tokens[start]?.start ?? 0)
  // (`On-call health improves`, `Per-team load goes down`: a preposition joined by a hyphen opens a compound noun, the subject.)
  const compound = first !== undefined && COMPOUNDING.has(first) && /^[-‐]\p{L}/u.test(text.slice(tokens[start].end, tokens[start].end + 2))
  if (first !== undefined && !compound && (LEADING_SUBORDINATE.has(first) || leadingParticiple(text, tokens, start))) {
    const hedging = HEDGING_CONDITION.test(rest)
    // The leading phrase ends at its comma, within the first 14 words.
    const after = afterLeadingPhrase(text, tokens, start)
    if (after !== -1) {
      if (!holdsTheAuthorsClause(tokens, start, after)) return {start: after, conditional: !hedging && !onceRepeats(tokens, start) && (CONDITIONAL_OPENERS.has(first) || CASE_OPENER.test(rest))}
    } else if (tokens[start + 1] && /^(?:also|then|first|second|third|next|finally|additionally|again)$/.test(first)) {
      return {start: start + 1, conditional: false}
    }
  }
  // `Concurrently, spread usage within our customer base`: a sentence adverb set off by a comma opens the main clause
  // (not one of likelihood or time, which qualify what follows: `Ideally, ...`, `Currently, ...`).
  if (first !== undefined && tokens[start + 1] && CONNECTING_ADVERB.test(first) && /^\s*,/.test(text.slice(tokens[start].end))) return {start: start + 1, conditional: false}
  return {start, conditional: false}
}

/** Adverbs that connect a sentence to the one before: `Concurrently,`, `Meanwhile,`, `Separately,`. */
const CONNECTING_ADVERB = /^(?:concurrently|meanwhile|separately|similarly|likewise|furthermore|moreover|lastly|additionally|simultaneously|specifically|notably|importantly)$/

/**
 * `In the future we may remove the indexer, or replace it`: a time phrase with no comma of its own runs into the
 * authors' clause (`we` and a modal), which is then the main clause, whatever follows the first comma. A subordinate
 * clause keeps its own subject (`In cases where we can retry, ...`, `If we could ship it, ...`).
 */
function holdsTheAuthorsClause(tokens: readonly Token[], start: number, end: number): boolean {
  if (CONDITIONAL_OPENERS.has(tokens[start].word) || SUBORDINATING.has(tokens[start].word) || tokens[start].word === 'to') return false
  for (let index = start + 1; index < end - 1; index++) {
    if (SUBORDINATING.has(tokens[index].word)) return false
    if (/^(?:we|i)$/.test(tokens[index].word) && MODALS.has(tokens[index + 1].word)) return true
  }
  return false
}

/** Whether `we` (or `our team`) speaks in the past: `we improved`, `we have shipped`, `over the last year we`. */
function reportsPast(tokens: readonly Token[]): boolean {
  const future = tokens.some((token) => token.word === 'will' || token.word === "we'll" || token.word === 'next' || token.word === 'plan')
  // `Reliability has been our focus since Q1`, `Our goal since the beginning has been to ...`: a perfect with `since` tells the state so far.
  if (!future && tokens.some((token) => token.word === 'since') && tokens.some((token, index) => (token.word === 'has' || token.word === 'have') && (tokens[index + 1]?.word === 'been' || tokens[index + 1]?.word === 'always'))) return true
  for (let index = 0; index < tokens.length; index++) {
    const {word} = tokens[index]
    if (PAST_MARKERS.has(word) && !future) return true
    if ((word === 'last' || word === 'past') && !future && /^(?:year|years|quarter|quarters|month|months|week|weeks|milestones?|releases?|cycles?|sprints?|decade|few|two|three|several)$/.test(tokens[index + 1]?.word ?? '')) {
      return true
    }
    if (!AUTHORS.has(word) && !(word === 'team' && tokens[index - 1]?.word === 'the')) continue
    // (`Build new setup features ..., like we did with regex capture groups`: a comparison with what was done before.)
    if (/^(?:like|as)$/.test(tokens[index - 1]?.word ?? '') && index > 1) continue
    // (`Improve the pipeline that we migrated in 2023`: an instruction whose object a relative clause tells the past of.)
    if (/^(?:that|which)$/.test(tokens[index - 1]?.word ?? '') && index > 2 && ACTION_VERBS.has(tokens[0].word)) continue
    // (`At that point, we'll have lifted the blockers`: a future perfect, what will be done by then.)
    if (/'ll$/.test(word) || /^(?:will|shall)$/.test(tokens[index + 1]?.word ?? '')) continue
    // (`Once we've demonstrated X, we will ...`, `make sure that we have guaranteed resources`: a perfect in a condition or
    // a content clause is what must hold first, not a report.)
    const perfect = /'ve$/.test(word) || /^(?:have|has)$/.test(tokens[index + 1]?.word ?? '')
    if (perfect && /^(?:once|after|when|if|until|before|that|unless)$/.test(tokens[index - 1]?.word ?? '')) continue
    let verb = tokens[index + 1]?.word ?? ''
    let at = index + 1
    while (['have', 'had', 'also', 'already', 'recently', 'then', 'initially', 'originally', 'previously', 'first'].includes(verb)) verb = tokens[++at + 0 + 0]?.word ?? ''
    if ((verb.endsWith('ed') && !NOT_PAST.has(verb)) || IRREGULAR_PAST.has(verb)) return true
  }
  return false
}

/** Skip modals, auxiliaries and fillers after a subject, noting an uncertain modal. */
function skipToPredicate(tokens: readonly Token[], from: number): {predicate: number; uncertainModal: number | undefined} {
  let index = from
  let uncertainModal: number | undefined
  while (index < tokens.length) {
    const {word} = tokens[index]
    if (UNCERTAIN_MODALS.has(word) && uncertainModal === undefined) uncertainModal = index
    // `We will continue our efforts to improve X`: `continue` with an object is the plan's verb (`continue to improve`, `continue improving` go on to it).
    const next = tokens[index + 1]?.word ?? ''
    if (/^continues?$/.test(word) && next !== 'to' && !next.endsWith('ing')) break
    // `We are committed to making X fast`: the commitment leads to the plan's verb (`commited`, as real pages spell it too).
    if (/^comm?itt?ed$/.test(word) && next === 'to') {
      index++
      continue
    }
    if (MODALS.has(word) || FILLER.has(word) || AIMING.has(word) || /^(?:eventually|probably|possibly|potentially|perhaps|maybe|ideally|hopefully|likely)$/.test(word)) {
      index++
      continue
    }
    break
  }
  return {predicate: Math.min(index, tokens.length - 1), uncertainModal}
}

/** Who, named after `by`, does something the authors do not: `may be used by operators`, `by users`, `by third parties`. */
const OTHER_AGENTS = new Set(['users', 'operators', 'administrators', 'admins', 'customers', 'developers', 'vendors', 'clients', 'consumers', 'applications', 'third', 'other', 'others', 'anyone', 'people', 'tools', 'libraries'])

/**
 * Whether a verb of the main clause follows within five words of the first: a describing verb, a verb that claims
 * what the subject brings, or a modal after a subject of two words or more. A verb right after `that`, `which` or
 * `who` belongs to a relative clause (`Consider a policy that could be used by ...`).
 */
function claimsAfterSubject(text: string, tokens: readonly Token[], start: number): boolean {
  // (A gerund's subject runs longer, its object with it: `Improving metric name, label name and label value discovery
  // reduces query time`, `Reducing this decision to t-shirt sizes helps abstract ...`; a subject ends at a colon:
  // `Investigating X: RTN can be used ...` is a label and what follows it.)
  const reach = tokens[start]?.word.endsWith('ing') ? 11 : 8
  for (let index = start + 1; index < Math.min(tokens.length, start + reach); index++) {
    if (/[:;]/.test(text.slice(tokens[index - 1].end, tokens[index].start))) return false
    const {word} = tokens[index]
    if (/^(?:that|which|who)$/.test(tokens[index - 1].word)) continue
    // (`Figure out what the right release cadence would be`: a verb after `what`, `how` or `whether` is the clause's.)
    if (/^(?:what|how|whether|if|when|where|why)$/.test(word)) return false
    if (DESCRIBING.has(word) || BENEFIT_VERB.test(word) || (index > start + 1 && MODALS.has(word))) return true
  }
  return false
}

/** Modals that commit: `X should be fast` states a target, `X could be fast` does not. */
const COMMITTING = new Set(['will', "'ll", 'shall', 'must', 'should'])

/**
 * `A future version may be added`: a plan of the authors, hedged (`may be required` is a risk, not a plan).
 * (`This information may be used by operators for debugging`: someone else's doing, named after `by`.)
 */
function hedgedPassivePlan(tokens: readonly Token[], verb: number): boolean {
  return hedgedPassive(tokens, verb, false) !== -1
}

/** The modal of the first hedged passive of a plan in the sentence (`could be added`, `may also be supported`), or -1. */
export function firstHedgedPassive(tokens: readonly Token[]): number {
  for (let modal = 0; modal < tokens.length; modal++) if (hedgedPassive(tokens, modal, true) !== -1) return modal
  return -1
}

/**
 * The token of `be` in a hedged passive of a plan at `modal` (`may be added`; with `adverbs`, also `may also be
 * added`), or -1; not when someone else acts (`may be used by operators`).
 */
function hedgedPassive(tokens: readonly Token[], modal: number, adverbs: boolean): number {
  const be = adverbs && BETWEEN_MODAL_AND_BE.test(tokens[modal + 1]?.word ?? '') ? modal + 2 : modal + 1
  if (!UNCERTAIN_MODALS.has(tokens[modal].word) || tokens[be]?.word !== 'be' || !PLANNED.test(tokens[be + 1]?.word ?? '')) return -1
  const byOthers = tokens[be + 2]?.word === 'by' && OTHER_AGENTS.has(tokens[be + 3]?.word ?? '')
  return byOthers ? -1 : be
}

/** Words that open a later clause after a comma: `, but`, `, though`. */
const CLAUSE_OPENER = /^(?:but|though|although|and|yet|whereas)$/

/** Adverbs that may stand between a modal and `be`: `may also be added`, `could eventually be removed`. */
const BETWEEN_MODAL_AND_BE = /^(?:also|later|eventually|possibly|potentially|still|even)$/

/**
 * `X is not validated today, but optional validation may be added in the future`, `The module stays portable, though
 * platform modules may be added at a later time`, `...; other platforms may be supported in the future`: a clause after
 * the main one that puts a plan off with a hedged passive (subject, a modal, `be`, a participle of a plan). Returns the
 * modal's token, or -1. The subject may be left out after `and` (`This is opt-in and might be moved later`).
 */
export function hedgedPassiveInLaterClause(text: string, tokens: readonly Token[]): number {
  for (let index = 1; index < tokens.length; index++) {
    const between = text.slice(tokens[index - 1].end, tokens[index].start)
    const word = tokens[index].word
    const opens = between.includes(';') ? index : (between.includes(',') || /^(?:though|although)$/.test(word)) && CLAUSE_OPENER.test(word) ? index + 1 : putOffAfterAnd(text, tokens, index) ? index + 1 : -1
    if (opens === -1) continue
    for (let modal = opens; modal < Math.min(tokens.length, opens + 7); modal++) {
      if (/[,;:]/.test(text.slice(tokens[modal - 1].end, tokens[modal].start)) && modal > opens) break
      if (!UNCERTAIN_MODALS.has(tokens[modal].word) || tokens[modal].word === 'would') continue
      const be = hedgedPassive(tokens, modal, true)
      if (be === -1 || (modal === opens && word !== 'and') || (modal > opens && NOT_ACTED_ON.has(tokens[modal - 1].word)) || offersAUse(tokens, be - 1)) break
      return modal
    }
  }
  return -1
}

/** Words that open the authors' later clause after a comma: `, but we could`, `, so we may`. */
const AUTHORS_CLAUSE_OPENER = /^(?:but|so|and|though|although|yet)$/

/** What stands after the modal when the authors foresee a need or an ability, or rule a plan out, not put it off: `we may need`, `we may be able to`, `we may not`. */
const NOT_PUT_OFF = /^(?:need|needs|have|be|not)$/

/** A condition the plan waits on: `if it becomes a problem`, `when there is demand`. */
export const WAITS_ON = /\b(?:if|when|unless|once|should (?:it|this|that|there))\b/i

/**
 * `For now this is a flag, but we may adopt other implementations in the future`, `..., so we could revisit this
 * later`: the authors put their own plan off in a clause after the main one (`we`, an uncertain modal, a later time in
 * the same clause). Returns the modal's token, or -1. Not a need or an ability foreseen (`we may need`, `we may (not) be able
 * to`), and not a plan that waits on a condition (`..., but we may consider X in the future if it becomes a problem`).
 */
export function authorsPutOffInLaterClause(text: string, tokens: readonly Token[]): number {
  for (let index = 1; index + 2 < tokens.length; index++) {
    const between = text.slice(tokens[index - 1].end, tokens[index].start)
    const subject = between.includes(';') && tokens[index].word === 'we' ? index : /,/.test(between) && AUTHORS_CLAUSE_OPENER.test(tokens[index].word) ? index + 1 : -1
    if (subject === -1 || !/^(?:we|i)$/.test(tokens[subject]?.word ?? '')) continue
    const modal = BETWEEN_MODAL_AND_BE.test(tokens[subject + 1]?.word ?? '') || tokens[subject + 1]?.word === 'easily' ? subject + 2 : subject + 1
    if (!/^(?:could|may|might)$/.test(tokens[modal]?.word ?? '') || NOT_PUT_OFF.test(tokens[modal + 1]?.word ?? '')) continue
    // The later time belongs to the modal's own clause (up to a comma); a condition may follow it (`..., if needed`).
    const rest = text.slice(tokens[modal].end).split(/[;:]/, 1)[0]
    if (LATER_TIME.test(rest.split(',', 1)[0]) && !WAITS_ON.test(rest)) return modal
  }
  return -1
}

/**
 * `X is deprecated and may be removed in the future`, `This is opt-in and might be moved to another component in the
 * future`: `and` with no comma, a hedged passive of a plan right after it, and the plan put off to a later time. (`would
 * no longer be needed and could be deprecated` names no later time: a consequence, not a plan put off.)
 */
function putOffAfterAnd(text: string, tokens: readonly Token[], index: number): boolean {
  if (tokens[index].word !== 'and' || index + 1 >= tokens.length || hedgedPassive(tokens, index + 1, true) === -1) return false
  // (`X is an error, though this is not required by the spec and could be relaxed in the future`: a concession about
  // the decision just stated, not the plan put off.)
  if (tokens.slice(0, index).some((token) => token.word === 'though' || token.word === 'although')) return false
  const clause = text.slice(tokens[index].end).split(/[,;:]/, 1)[0]
  return LATER_TIME.test(clause)
}

/** A later time a plan is put off to: `in the future`, `later`, `eventually`, `at a later date`. */
export const LATER_TIME = /\b(?:in (?:the )?future|later|eventually|at some point|over time|down the (?:road|line))\b/i

/** Whether a passive after `verb` says what a thing can be used or extended for: `could be used to`, `be extended ... to allow`. */
function offersAUse(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb + 2]?.word === 'used') return true
  return tokens.slice(verb + 3).some((token, index, rest) => token.word === 'to' && /^(?:allow|enable|support|permit|accommodate|let)$/.test(rest[index + 1]?.word ?? ''))
}

/** Subjects of NOT_AUTHORS that stand for a thing: what a passive plan acts on (`this may be reconsidered`, `an option may be added`). */
const THINGS = new Set([
  'implementations', 'projects', 'tools', 'libraries', 'crates', 'applications', 'apps', 'it', 'this', 'that', 'these',
  'those', 'enhancements', 'change', 'changes', 'approach', 'mechanism', 'feature', 'features', 'refactoring', 'option',
  'options', 'alternative', 'alternatives', 'variant', 'style',
  // (`In the future, they could be expanded to apply to closures`: people are not added, supported or expanded, so the
  // `they` of a passive plan stands for things.)
  'they'
])

/** Subjects a passive plan cannot act on: people, who act themselves, and words that stand for no thing (`there`, `which`). */
const NOT_ACTED_ON: ReadonlySet<string> = new Set([...NOT_AUTHORS].filter((word) => !THINGS.has(word)))

/** Participles after `may be` / `could be` that describe a plan of the authors (`may be added`), not a risk (`may be required`). */
export const PLANNED = /^(?:added|done|chosen|removed|introduced|extended|deprecated|supported|specified|considered|reconsidered|revisited|re-evaluated|reevaluated|designed|explored|investigated|evaluated|addressed|retired|reintroduced|implemented|provided|exposed|changed|replaced|moved|migrated|enabled|dropped|used|expanded|adopted|offered|published|released|stabili[sz]ed|promoted|split|merged|folded|made|built|reworked|rewritten|generali[sz]ed|relaxed|lifted)$/

/** Adverbs of quality a vision is written in: `can easily contribute`. */
const QUALITY_ADVERB = /^(?:easily|quickly|seamlessly|effortlessly|instantly|smoothly|reliably|simply|painlessly|confidently|safely)$/

/** Common finite verbs that show a sentence is a statement, not a noun-phrase goal (`Less overhead means more GC`). */
const FINITE_VERBS = new Set(['want', 'wants', 'contributes', 'keep', 'keeps', 'ask', 'asks', 'like', 'likes', 'expect', 'expect', 'means', 'requires', 'allows', 'makes', 'provides', 'gives', 'needs', 'lets', 'uses', 'works', 'takes', 'becomes', 'seems', 'appears', 'remains', 'leads', 'causes', 'helps', 'enables', 'includes', 'contains', 'depends', 'supports', 'exists', 'happens', 'comes', 'goes', 'runs', 'lives', 'sits', 'returns', 'holds', 'defines', 'describes', 'specifies', 'proposes', 'introduces', 'outlines', 'explains'])

/** Words before `we` that put it in a subordinate clause (`if we ...`, `that we ...`), where it does not state the plan. */
const SUBORDINATING = new Set(['if', 'unless', 'when', 'whenever', 'once', 'that', 'which', 'because', 'since', 'as', 'whether', 'until', 'before', 'after', 'while', 'where', 'how', 'what', 'who', 'than', 'though', 'although'])

/** Quantifiers that open a noun phrase a relative clause can follow: `Any concept we may add`, `Every format we support` (`The first thing we might do is ...` is the authors' plan in a cleft). */
const NOUN_OPENERS = new Set(['any', 'every', 'each', 'all', 'some', 'other', 'another', 'no'])

/** Whether a sentence opens with a word that draws a conclusion from the sentences before it (`Therefore`, `Hence`). */
export function opensConclusion(tokens: readonly Token[]): boolean {
  return /^(?:therefore|thus|hence|consequently)$/.test(tokens[0]?.word ?? '')
}

/** Nouns of time: `This quarter we ship X` has the authors as its subject. */
const TIME_NOUNS = /^(?:years?|quarters?|months?|weeks?|days?|halves|half|time|cycles?|sprints?|releases?|phases?|milestones?|fy\d*|q[1-4]|h[12]|\d{4})$/

/** The index of the authors as the subject of the main clause (within its first nine words), or -1. */
function authorSubject(text: string, tokens: readonly Token[], start: number): number {
  for (let index = start; index < Math.min(tokens.length, start + 9); index++) {
    if (!AUTHORS.has(tokens[index].word)) continue
    // (`Let us ...` opens the authors' plan; `APIs to let the server calculate X` lets someone else.)
    if (tokens[index].word === 'let' && tokens[index + 1]?.word !== 'us') continue
    for (let back = Math.max(start, index - 3); back < index; back++) if (SUBORDINATING.has(tokens[back].word)) return -1
    // `Any "foreign string" concept we may add in the future`: `we` in a relative clause of a noun phrase, with no comma before it.
    if (index > start + 1 && NOUN_OPENERS.has(tokens[start].word) && !TIME_NOUNS.test(tokens[index - 1].word) && !/[,;:]/.test(text.slice(tokens[start].start, tokens[index].start))) return -1
    return index
  }
  return -1
}

/** What the authors say they will do, want or aim at, after their subject: `we will`, `we want`, `I plan`. */
const AUTHORS_INTENT = /^(?:will|'ll|want|need|plan|aim|intend|must|should|are|would|could|may|might|can)$/

/** Words that may join a clause of the authors to the one before its comma: `..., so we want ...`. */
const CLAUSE_JOINERS = /^(?:so|and|therefore|thus|hence|but)$/

/**
 * `Code navigation is a key part of a developer's workflow, we want that experience to feel smooth`: the authors'
 * plan in a clause after a comma, a semicolon or a spaced dash, beyond the first nine words authorSubject reads, or -1. The clause must
 * open with the authors (or a joining word and the authors) and say what they will do, want or aim at.
 */
function authorsLaterClause(text: string, tokens: readonly Token[], start: number): number {
  for (let index = start + 9; index < tokens.length - 3; index++) {
    const joined = CLAUSE_JOINERS.test(tokens[index].word)
    // (`..., but mainly we want to try out ...`: an adverb may stand between the joining word and the authors.)
    // (`..., but later we may add ...`: a time adverb too.)
    const author = joined ? (/ly$|^(?:later|then|afterwards|subsequently)$/.test(tokens[index + 1].word) ? index + 2 : index + 1) : index
    if (!/^(?:we|i|we'll|i'll)$/.test(tokens[author].word)) continue
    if (!CLAUSE_BOUNDARY.test(text.slice(tokens[index - 1].end, tokens[index].start))) continue
    const next = tokens[author + 1].word
    if (!/'ll$/.test(tokens[author].word) && !AUTHORS_INTENT.test(next)) continue
    if (next === 'are' && tokens[author + 2]?.word !== 'going') continue
    if (next === 'would' && !/^(?:like|love)$/.test(tokens[author + 2]?.word ?? '')) continue
    return author
  }
  return -1
}

/**
 * Where the authors' later clause begins: after the last semicolon before them, else after the first comma or spaced
 * dash that follows the last finite verb before
 * them (`...; in the future, we will X`: at `in`; `Code navigation is key to X, we want ...`: at `we`; `Many companies
 * would like to help, but we need ...`: at `but`). With no finite verb before them the whole sentence leads up to the
 * authors (`Finally, with the goal of making X successful, we'll ...`).
 */
function laterClauseStart(text: string, tokens: readonly Token[], start: number, author: number): number {
  // (`This proposal lays the groundwork for X in the future; we could ...`: a semicolon ends a clause whatever its verb.)
  for (let index = author; index > start; index--) if (text.slice(tokens[index - 1].end, tokens[index].start).includes(';')) return index
  let finite = -1
  for (let index = start; index < author; index++) if (FINITE.has(tokens[index].word) || FINITE_VERBS.has(tokens[index].word) || DESCRIBING.has(tokens[index].word)) finite = index
  if (finite === -1) return start
  for (let index = finite + 1; index <= author; index++) if (CLAUSE_BOUNDARY.test(text.slice(tokens[index - 1].end, tokens[index].start))) return index
  return author
}

/** What ends a clause before the authors' later one: a comma, a semicolon or a dash set off by spaces (`... Merkle roots - we will experiment`). */
const CLAUSE_BOUNDARY = /[,;]\s*$|\s[-–—]\s+$/

/**
 * The frame of a clause whose subject is the authors, at `author`: their plan, or a description when they forecast
 * (`We believe X will ...`), expect a state (`We expect the process to be ...`) or state what they have.
 */
function authorsFrame(tokens: readonly Token[], author: number, clauseStart: number | undefined): Frame {
  const {predicate, uncertainModal} = skipToPredicate(tokens, author + 1)
  // (`We think we might migrate X` is the authors' plan, hedged.)
  const clause = tokens[predicate + 1]?.word === 'that' ? predicate + 2 : predicate + 1
  if (FORECASTING.has(tokens[predicate]?.word ?? '') && !/^(?:to|about|of|through|over)$/.test(tokens[predicate + 1]?.word ?? '') && !AUTHORS.has(tokens[clause]?.word ?? '')) {
    return {plan: false, reason: 'description'}
  }
  // (`We expect the graduation process to be more manageable`: `expect` with an object forecasts; `We expect to ship` plans.)
  if (/^expects?$/.test(tokens[author + 1]?.word ?? '') && /^(?:the|this|that|these|those|it|its|a|an|most|many|some|all)$/.test(tokens[author + 2]?.word ?? '')) {
    return {plan: false, reason: 'description'}
  }
  if (statesPossession(tokens, author)) return {plan: false, reason: 'description'}
  const aimed = aimHeld(tokens, author)
  if (aimed !== -1) return {plan: true, kind: 'goal-statement', predicate: aimed, afterSubject: author + 1, uncertainModal, clauseStart}
  return {plan: true, kind: 'first-person', predicate: wantedState(tokens, meansOfDoingIt(tokens, predicate)), afterSubject: author + 1, uncertainModal, clauseStart}
}

/**
 * `We'll do this by improving visibility`, `One way we'll do this is by decreasing time-to-value`: a plan named before
 * (`this`) is carried out by the gerund after `by`, which is what the authors will do; any other predicate stays.
 */
function meansOfDoingIt(tokens: readonly Token[], predicate: number): number {
  if (!/^(?:do|achieve|accomplish)$/.test(tokens[predicate]?.word ?? '') || !/^(?:this|so|that|it)$/.test(tokens[predicate + 1]?.word ?? '')) return predicate
  let index = predicate + 2
  if (tokens[index]?.word === 'is') index++
  if (!/^(?:by|through)$/.test(tokens[index]?.word ?? '')) return predicate
  // (`by continuously improving`: an adverb may sit between.)
  if (/ly$/.test(tokens[index + 1]?.word ?? '') && /ing$/.test(tokens[index + 2]?.word ?? '')) return index + 2
  return /ing$/.test(tokens[index + 1]?.word ?? '') ? index + 1 : predicate
}

/** Verbs of belief and forecast: `We anticipate that X may be needed`, `We believe the design ...` predict, they do not plan (`We expect to ship` does). */
const FORECASTING = new Set(['anticipate', 'anticipates', 'believe', 'believes', 'think', 'suspect', 'foresee', 'predict', 'assume', 'imagine', 'expect', 'guess', 'reckon'])

/** The index of the verb after a subject noun phrase of up to `limit` words, or -1. */
function verbAfterSubject(tokens: readonly Token[], from: number, limit: number): number {
  for (let index = from + 1; index < Math.min(tokens.length, from + limit + 1); index++) {
    const {word} = tokens[index]
    if (MODALS.has(word) || COPULAS.has(word) || word === 'was' || word === 'were') return index
  }
  return -1
}

/**
 * The verb after the subject within seven words, or, when the subject lists three or more parts (`The application, its
 * runtime environment, and build and deploy pipelines are easily observable`), within fourteen. (Tried: twelve words for
 * every subject read descriptions of things as plans, 9 tune rows wrong for 7 right.)
 */
function verbAfterListSubject(text: string, tokens: readonly Token[], start: number): number {
  const near = verbAfterSubject(tokens, start, 7)
  if (near !== -1) return near
  const far = verbAfterSubject(tokens, start, 14)
  return far !== -1 && listsParts(text, tokens, start, far) ? far : -1
}

/** Whether the words from `start` to before `end` list parts: commas, and `and` or `or` after the last one; no clause marks. */
function listsParts(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const subject = text.slice(tokens[start].start, tokens[end].start)
  if (/[;:()]/.test(subject)) return false
  const lastComma = subject.lastIndexOf(',')
  if (lastComma === -1) return false
  const afterComma = tokens[start].start + lastComma
  return tokens.slice(start, end).some((token) => token.start > afterComma && (token.word === 'and' || token.word === 'or'))
}

/** A proposal as the subject of what it will bring, or a benefit named as such. */
const BENEFIT_CLAIM =
  /^(?:this|the|that|such an?|our)\s+(?:new\s+)?(?:enhancement|proposal|kep|rfc|tep|otep|change|feature|design|approach|project|mechanism|implementation|solution|abstraction)s?\b[^.;]{0,40}?\b(?:will|would|can|could|should)\s+(?:also\s+|primarily\s+|further\s+|significantly\s+|greatly\s+)?(?:make|help|allow|enable|improve|simplify|reduce|lead|let)\b|^(?:another|one|the|a)\s+(?:(?:key|main|major|big|further|additional)\s+)?benefits?\s+(?:is|are|of)\b/i

/** Improvement verbs in the third person, as a list of a proposal's benefits opens them: `Simplifies`, `Reduces`, `Enables`. */
const BENEFIT_VERB = /^(?:simplifies|reduces|improves|accelerates|enables|increases|decreases|lowers|speeds|eliminates|removes|makes|helps|allows|streamlines|enhances|minimi[sz]es|maximi[sz]es|optimi[sz]es|prevents|avoids|ensures|contributes|addresses|solves|resolves|tackles)$/

/** A user story's opening: `As a cluster admin, I want ...`, `As an operator I would like ...`. */
const USER_STORY = /^as an? [^,.;:]{1,80}?,?\s+I\s+(?:want|would|need|wish|expect|'d|should|must|can|am|hope|like|prefer|don't|do not)\b/i

/** Objects of `we have` that make it an aim the authors set: `We have a goal of ...`, `We have a plan to ...`. */
const AIM_NOUNS = /^(?:goals?|plans?|aims?|objectives?|missions?|visions?|targets?|ambitions?|commitments?|intentions?|strategy|priority|priorities|focus|opportunity|chance|need)$/

/**
 * `Our goal is for BorrowSanitizer to be useful in practice`: the aim is the state after `for <subject> to`, read as
 * `Our goal is to make BorrowSanitizer useful`; any other predicate stays.
 */
function aimedState(tokens: readonly Token[], predicate: number): number {
  if (tokens[predicate]?.word !== 'for') return predicate
  for (let index = predicate + 2; index < Math.min(tokens.length - 1, predicate + 7); index++) {
    if (tokens[index].word === 'to') return index + 1
  }
  return predicate
}

/** Nouns that name an aim: `Our goal is to`, `Sourcegraph's mission is to`, `Our current focus is on`. */
const AIM_NOUN = /^(?:goals?|objectives?|focus|mission|priority|priorities|aim|intent|purpose|ambition|target)$/

/**
 * `Our current focus is ...`, `Our immediate priority is ...`: one word between the authors' determiner and the noun of
 * an aim qualifies the aim, which stays theirs. (Only the nouns of an aim: `Our long-term vision is ...` describes.)
 */
function qualifiedAim(tokens: readonly Token[], index: number): boolean {
  return AIM_NOUN.test(tokens[index].word) && /^(?:our|my)$/.test(tokens[index - 2]?.word ?? '') && !AIM_NOUN.test(tokens[index - 1]?.word ?? '')
}

/**
 * `Our focus is on improving X`, `Our current focus is in solving X`: the gerund after `on` or `in` is the authors' aim.
 * (`Much of the focus is on strengthening X` describes where a document's attention lies; blind judges split on it in
 * place, rust-rfcs 2657-roadmap-2019.md:25.)
 */
function focusedOn(tokens: readonly Token[], aim: number, predicate: number): number {
  const theirs = tokens.slice(Math.max(0, aim - 2), aim).some((token) => /^(?:our|my)$/.test(token.word) || /['’]s$/.test(token.word))
  return theirs && tokens[aim].word === 'focus' && /^(?:on|in)$/.test(tokens[predicate]?.word ?? '') && /ing$/.test(tokens[predicate + 1]?.word ?? '') ? predicate + 1 : predicate
}

/** Verbs a state can follow: `to be fast`, `to feel smooth`. */
const STATE_VERB = /^(?:be|feel|become|remain|stay|look)$/

/**
 * `We want that experience to feel smooth and snappy`, `we need search to be fast`: the authors want a thing in a
 * state, read as `We want to make that experience smooth`; the predicate becomes the verb of the state. Any other
 * predicate stays (`We want every user to be able to ...` still reaches `able`, which promises nothing).
 */
function wantedState(tokens: readonly Token[], predicate: number): number {
  if (!/^(?:want|wants|need|needs|like)$/.test(tokens[predicate - 1]?.word ?? '') || tokens[predicate]?.word === 'to') return predicate
  for (let index = predicate + 1; index < Math.min(tokens.length - 1, predicate + 6); index++) {
    if (tokens[index].word === 'to') return STATE_VERB.test(tokens[index + 1].word) ? index + 1 : predicate
  }
  return predicate
}

/** Aims held or set, as in `Our goal is to`: `We have the overarching goal to level up X`, `We set an ambitious goal of reaching X`. */
const AIM_HELD = /^(?:goals?|aims?|objectives?|ambitions?|missions?|intentions?)$/

/**
 * The verb the authors' aim leads to when they hold or set it (`We have the overarching goal to level up X`: `level`),
 * or -1. The determiner and at most two words before the aim's noun, `to` and a verb or `of` and a gerund after it.
 */
function aimHeld(tokens: readonly Token[], author: number): number {
  if (!/^(?:have|has|had|set)$/.test(tokens[author + 1]?.word ?? '') || !/^(?:the|a|an|our|one)$/.test(tokens[author + 2]?.word ?? '')) return -1
  for (let index = author + 3; index < Math.min(tokens.length - 1, author + 6); index++) {
    if (!AIM_HELD.test(tokens[index].word)) continue
    const verb = tokens[index + 2]?.word ?? ''
    if (tokens[index + 1].word === 'to' && verb !== '' && !verb.endsWith('ing')) return index + 2
    if (tokens[index + 1].word === 'of' && verb.endsWith('ing')) return index + 2
    return -1
  }
  return -1
}

/**
 * `We have proposals for faster reflection APIs`, `We have a team that ...`: `we have` with a thing as its object says
 * what exists, a description (`We have to improve X` and `We have improved X` are not possession; `We have a goal
 * of improving X` sets an aim).
 */
function statesPossession(tokens: readonly Token[], author: number): boolean {
  if (!/^(?:have|has)$/.test(tokens[author + 1]?.word ?? '')) return false
  const object = tokens.slice(author + 2, author + 6).map((token) => token.word)
  if (/^(?:to|been|got|already|always|never|not|also|now|just|recently|since|successfully)$/.test(object[0] ?? '') || /(?:ed|en|wn|ne)$/.test(object[0] ?? '')) return false
  return !object.some((word) => AIM_NOUNS.test(word))
}

/** The text before a question quoted at its end, when that is all before the quote: words, a space, one opening quote. */
const BEFORE_QUOTED_QUESTION = /^[^"“”]+\s["“][^"“”]*$/

/**
 * A question in double quotes that ends a sentence which does not open with the quote: `... answer "How do I start?"`.
 * Once `/^[^"“”]+\s["“][^"“”]*\?["”]?\W*$/`, which tried `\W*$` from every `?` and so took quadratic time on a run
 * of them (1.2 s on a 77 KB sentence of `?` and control characters); the `?` here is the first after the quote in the
 * sentence's trailing run of non-word characters, found once.
 */
function quotedQuestionAtEnd(text: string): boolean {
  const quote = text.search(/["“”]/)
  if (quote === -1) return false
  const question = text.indexOf('?', Math.max(trailingNonWordStart(text), quote + 1))
  return question !== -1 && BEFORE_QUOTED_QUESTION.test(text.slice(0, question))
}

/** Where the run of non-word characters (`\W`) that ends `text` starts: `text.length` when it ends in a word character. */
function trailingNonWordStart(text: string): number {
  let start = text.length
  while (start > 0 && !/\w/.test(text[start - 1])) start--
  return start
}

/**
 * Read how a sentence is framed. `actions` are extra verbs that open an
 * instruction (the phrase lists' verbs).
 */
export function frameOf(text: string, tokens: readonly Token[], actions: ReadonlySet<string>): Frame {
  const trimmed = text.trim()
  if (tokens.length === 0) return {plan: false, reason: 'label'}
  // (`Ideally the site would answer "How do I get started?"`: a question quoted at the end of a statement is what the statement is about.)
  if (/\?["'”’)]*$/.test(trimmed) && !quotedQuestionAtEnd(trimmed)) return {plan: false, reason: 'question'}
  // (`["”][^\w"”]*$` and not `["”]\W*$`, which scanned to the end from every quote: 2 s on a 55 KB run of them.)
  if (/^["“]/.test(trimmed) && /["”][^\w"”]*$/.test(trimmed)) return {plan: false, reason: 'citation'}
  if (/:\s*$/.test(trimmed) && tokens.length <= 8) return {plan: false, reason: 'label'}
  // `To be filled in later.`, `To be written in the future.`: a note on the document, not a plan.
  if (/^to be (?:\p{L}+(?:ed|en|wn)|done|built|set|made)\b/iu.test(trimmed)) return {plan: false, reason: 'label'}
  // `As an OpenStack user, I would like to deploy ...`: a user story, what a user wants, not the authors' plan.
  if (USER_STORY.test(trimmed)) return {plan: false, reason: 'story'}
  // `This enhancement will make the transfer frictionless`, `Another benefit is easier integration`: a benefit claimed for the
  // proposal, which motivates it; the goal is the proposal itself (tests/language/README.md, benefit claims).
  if (BENEFIT_CLAIM.test(trimmed)) return {plan: false, reason: 'description'}
  // `For example, to upgrade from v1.40 to v1.43:`: an example illustrates, it is not the plan.
  // (`So, for example, the impl for HashMap could be changed from this:`: after a connective too.)
  if (/^(?:(?:so|thus|and|then|now|again|here),?\s+)?(?:for example|for instance|e\.g\.|for the example(?: above| below)?|in (?:this|that|the) example)[,:]?\s/i.test(trimmed)) return {plan: false, reason: 'description'}
  // `Simplifies the burden on maintainers by ...`, `Accelerates deployment`: a benefit listed, its subject (the proposal) left out;
  // the plan would be the instruction (`Simplify ...`).
  if (BENEFIT_VERB.test(tokens[0].word) && /^\p{Lu}/u.test(trimmed)) return {plan: false, reason: 'description'}
  const {start, conditional} = mainClauseStart(text, tokens)
  if (conditional) return {plan: false, reason: 'condition'}
  const first = tokens[start]?.word ?? ''
  const second = tokens[start + 1]?.word ?? ''
  // `Go channels are the standard ...`: a copula two words on makes the first word part of a subject, not an invitation.
  if (start === 0 && INVITING.has(first) && !isActionVerb(first, actions) && !FINITE.has(second) && !FINITE_VERBS.has(second) && !COPULAS.has(tokens[start + 2]?.word ?? '')) return {plan: false, reason: 'invitation'}
  // `To see how X plays in, take a look at the team pages`: an instruction to the reader.
  if (first === 'take' && second === 'a' && /^(?:look|glance)$/.test(tokens[start + 2]?.word ?? '')) return {plan: false, reason: 'invitation'}
  if (first === 'consider' && ((READER_ACTIVITY.test(second) && second.endsWith('ing')) || ['the', 'this', 'a', 'an', 'these', 'following', 'for'].includes(second))) {
    return {plan: false, reason: 'invitation'}
  }
  if (reportsPast(tokens)) return {plan: false, reason: 'past'}
  // `This section describes ...`, `This page should answer ...`: a signpost or a template's prompt.
  if (/^(?:this|the|that)\s+(?:section|page|document|chapter|part|table|list)\b/i.test(text.slice(tokens[start].start))) return {plan: false, reason: 'label'}
  // `Try, never, extern types`: a word followed by a comma is a list of names, not an instruction.
  // (`Create, manage, and optimize the platforms`: verbs in a series are an instruction.)
  if (isActionVerb(first, actions) && /^\s*,/.test(text.slice(tokens[start].end)) && !verbSeries(text.slice(tokens[start].end), actions)) return {plan: false, reason: 'label'}
  // `Trying Sourcegraph Cloud is free`: a gerund subject.
  // (`Launching X for teams will allow us to ...`, `Reducing the syntax down to a one-liner would help ...`: a longer gerund
  // phrase before a modal, a benefit claimed; `Finding content in the Handbook is intuitive` is the state a vision describes.)
  const far = first.endsWith('ing') ? verbAfterSubject(tokens, start, 9) : -1
  if (far !== -1 && (far - start <= 4 || MODALS.has(tokens[far].word))) return {plan: false, reason: 'description'}
  // An instruction: `Reduce ...`, `Explore ...`, `Eventually deprecate ...`.
  const third = tokens[start + 2]?.word ?? ''
  // `Build times should be faster`: the verb-like first word is the subject's noun.
  // `Less memory overhead means ...`, `Ergonomic ref-counting represents ...`: a phrase word opening a subject, with its verb a few words on.
  // (`Ergonomic ref counting makes it less cumbersome to ...`, `Better coordination between X and Y can enable ...`, `Improving
  // label discovery reduces query time`: a phrase word opening a subject, whose verb, a few words on, claims what it brings.)
  const described = !ACTION_VERBS.has(first) && claimsAfterSubject(text, tokens, start)
  // `Build times improve by Q3`, `Deploy frequency increases`, `Release quality gets better`: a noun that is also a verb
  // opens a subject whose verb of change follows (a QA pass found such vague criteria read as deliverables, checkable).
  const nounSubject = NOUN_FIRST.has(first) && (CHANGE_VERBS.has(second) || CHANGE_VERBS.has(third))
  if (isActionVerb(first, actions) && !FINITE.has(second) && !FINITE.has(third) && !COPULAS.has(third) && !described && !nounSubject) {
    return {plan: true, kind: 'imperative', predicate: start, afterSubject: start, uncertainModal: undefined}
  }
  // (`Drastically improve ...`, `Extensively test ...`: any adverb of manner before the verb.)
  // (`Generally, lower priority pods ...`: an adverb set off by a comma qualifies the whole sentence.)
  const mannerOfVerb = MANNER_ADVERB.test(first) && !/[,;:]/.test(text.slice(tokens[start].end, tokens[start + 1]?.start ?? tokens[start].end))
  if ((/^(?:eventually|potentially|possibly|perhaps|maybe|ideally|hopefully|then|also|continuously|gradually)$/.test(first) || mannerOfVerb) && isActionVerb(second, actions)) {
    return {plan: true, kind: 'imperative', predicate: start + 1, afterSubject: start, uncertainModal: undefined}
  }
  // The authors: `We will ...`, `I want to ...`, `Let's ...`, also after a leading phrase (`In the near future we want to ...`, `..., so we aim to ...`).
  const early = authorSubject(text, tokens, start)
  if (early !== -1) {
    const framed = authorsFrame(tokens, early, undefined)
    if (framed.plan) return framed
    // `We believe this limit is reasonable, but we could consider relaxing it`: after a belief or what the authors have,
    // their plan in a later clause.
    const later = authorsLaterClause(text, tokens, early + 1)
    return later === -1 ? framed : authorsFrame(tokens, later, laterClauseStart(text, tokens, start, later))
  }
  const later = authorsLaterClause(text, tokens, start)
  if (later !== -1) return authorsFrame(tokens, later, laterClauseStart(text, tokens, start, later))
  // `Therefore this policy is more robust than the current one`: the conclusion of an argument about an option, not a plan (`Therefore, we will ...` is, above).
  if (opensConclusion(tokens)) return {plan: false, reason: 'description'}
  // A thing that aims: `This process aims to enhance ...`, `..., this initiative aims to simplify ...`: things aim only for their authors (people who aim are someone else).
  for (let index = start + 1; index < Math.min(tokens.length, start + 10); index++) {
    if (!PURPOSING.has(tokens[index].word) || tokens[index + 1]?.word !== 'to') continue
    const subject = tokens[index - 1].word
    if (NOT_AUTHORS.has(subject) || OUR_GROUPS.has(subject) || AUTHORS.has(subject) || FINITE.has(subject)) break
    return {plan: true, kind: 'goal-statement', predicate: Math.min(tokens.length - 1, index + 2), afterSubject: index, uncertainModal: undefined}
  }
  // Their work: `Our goal is to ...`, `This RFC aims to ...`, `The proposal will ...`.
  for (let index = start; index < Math.min(tokens.length, start + 4); index++) {
    const {word} = tokens[index]
    if (!OWN_WORK.has(word)) continue
    const determiner = tokens[index - 1]?.word ?? ''
    // (`The growth team's focus is to ...`, `Sourcegraph's mission is to ...`: a possessive names whose aim.)
    const possessive = /['’]s$/.test(determiner) && AIM_NOUN.test(word)
    if (!OWN_DETERMINERS.has(determiner) && !possessive && !(word === 'goal' || word === 'goals' || word === 'objective') && !qualifiedAim(tokens, index)) continue
    const next = tokens[index + 1]?.word ?? ''
    if (AIMING.has(next) || MODALS.has(next) || next === 'is' || next === 'are' || next === 'for') {
      const {predicate, uncertainModal} = skipToPredicate(tokens, index + 1)
      return {plan: true, kind: 'goal-statement', predicate: focusedOn(tokens, index, aimedState(tokens, predicate)), afterSubject: index + 1, uncertainModal}
    }
  }
  // (`Today, with only one supported version, the problem is easily mitigated`: the leading phrase dates the description.)
  if (tokens.slice(start, start + 8).some((token) => STATUS_QUO.has(token.word)) || (start > 0 && /^(?:today|currently|now|nowadays|presently)$/.test(tokens[0].word))) return {plan: false, reason: 'description'}
  const verb = verbAfterListSubject(text, tokens, start)
  // `Users may want to ...`, `It will make it easier ...`, `There is ...`: someone else, or the thing described.
  // The head of the subject is the word before the verb (`these notices should` is a plan about notices; `it will`, `users may` are not the authors').
  const subjectIsOther = verb !== -1 && verb > start && NOT_AUTHORS.has(tokens[verb - 1].word)
  // `In the future, an option may be added`, `this decision may be reconsidered`: the subject of a passive is what the
  // plan acts on, so a thing (`option`, `this`) does not make it someone else's; people and empty subjects still do.
  // (`This could be used to identify usage patterns`, `This could be extended in the future to allow X`: what a thing can
  // be used or extended for, an ability or a door left open, not a plan put off.)
  if (verb !== -1 && subjectIsOther && !NOT_ACTED_ON.has(tokens[verb - 1].word) && hedgedPassivePlan(tokens, verb) && !offersAUse(tokens, verb)) {
    return {plan: true, kind: 'target-state', predicate: verb + 2, afterSubject: verb, uncertainModal: verb}
  }
  if (verb !== -1 && !subjectIsOther) {
    const {word} = tokens[verb]
    // `X should be faster`: a state the authors commit to reach.
    if (COMMITTING.has(word)) {
      const {predicate} = skipToPredicate(tokens, verb)
      return {plan: true, kind: 'target-state', predicate, afterSubject: verb, uncertainModal: undefined}
    }
    if (hedgedPassivePlan(tokens, verb)) return {plan: true, kind: 'target-state', predicate: verb + 2, afterSubject: verb, uncertainModal: verb}
    // `Teams might share a database`: our teams' plan, hedged.
    // (`we` here was not the main subject: `Any concept we may add` is a noun phrase.)
    if ((word === 'might' || word === 'may' || word === 'could') && OUR_GROUPS.has(tokens[verb - 1]?.word ?? '') && tokens[verb - 1].word !== 'we' && isActionVerb(tokens[verb + 1]?.word ?? '', new Set(['share', 'adopt', 'use', 'move', 'join', 'switch', 'standardise', 'standardize']))) {
      return {plan: true, kind: 'target-state', predicate: verb + 1, afterSubject: verb, uncertainModal: verb}
    }
    // `IDE feedback is instant`, `Our codebase is easy to onboard`, `Teammates can easily contribute`: the state a vision describes.
    if (COPULAS.has(word) || (word === 'can' && QUALITY_ADVERB.test(tokens[verb + 1]?.word ?? ''))) {
      return {plan: true, kind: 'vision', predicate: Math.min(tokens.length - 1, verb + 1), afterSubject: verb + 1, uncertainModal: undefined}
    }
  }
  if (!tokens.some((token) => FINITE.has(token.word) || FINITE_VERBS.has(token.word) || DESCRIBING.has(token.word)) && tokens.length <= 18 && /^\W*\p{Lu}/u.test(trimmed) && !NOT_AUTHORS.has(first)) {
    return {plan: true, kind: 'noun-phrase', predicate: start, afterSubject: start, uncertainModal: undefined}
  }
  return {plan: false, reason: 'description'}
}

/** Verbs of an instruction to deliver something, done or not: `Add E2E test coverage`, `Write the runbook`. */
export const DELIVERING = /^(?:add|implement|write|create|build|publish|introduce|provide|ship|deliver|document|remove|replace|expose)$/
