/**
 * Hedges on the authors' own plans: whether a hedge phrase the lists find in a
 * sentence (`might`, `explore`, `aim to`, `in the future`) leaves the plan
 * undecided, or is something else: a contingency, a risk, an ability, another
 * party's wish, a dated investigation, an open decision with a date. The goal
 * analysis (goal-analysis.ts) asks `isHedge` of each hedge phrase it finds.
 */
import {perSection, type Section} from '../model/sections.js'
import type {Sentence} from './analysis.js'
import {isConditional} from './goals.js'
import {findDeadlines, findMilestones, isStartDate, type Span} from './recognisers.js'
import {PhraseMatcher, tokenize, type PhraseHit, type Token} from './matcher.js'
import {phraseLists} from './phrases.js'
import {AS_NEEDED, AUTHORS, authorsPutOffInLaterClause, DELIVERING, firstHedgedPassive, hedgedPassiveInLaterClause, isActionVerb, LATER_TIME, MODALS, UNCERTAIN_MODALS, WAITS_ON, type Frame, type PlanFrame} from './voice.js'

/** Whether a heading above the sentence (its section's or an ancestor's) names a date or milestone: `### FY23 Q3`, `## The next 6 months`. */
export function headingDated(sentence: Sentence): boolean {
  return sectionDated(sentence.unit.section)
}

/** The built-in milestone names (`GA`, `Beta`), which a heading names with no deadline word before them (`### Beta`). */
const HEADING_MILESTONES = new PhraseMatcher<'milestone'>({milestone: [...phraseLists.milestone]})

/**
 * The dates and milestones a heading names; a milestone inside a date (the `2024` of `as of March 2024`) is that date,
 * judged with the words before it.
 */
function headingDates(title: string): Span[] {
  const deadlines = findDeadlines(title)
  const inside = (span: Span) => deadlines.some((deadline) => span.start < deadline.end && deadline.start < span.end)
  return [...deadlines, ...findMilestones(title, tokenize(title), HEADING_MILESTONES, true).filter((span) => !inside(span))]
}

/** Whether the section's own heading names a date or milestone (not when it was written: `(written 2024)`): `### Q3 2027`, `### Beta`, `### Milestone 2`. */
const titleDated: (section: Section) => boolean = perSection(
  (section) =>
    section.title !== '' &&
    headingDates(section.title).some((span) => !isStartDate(section.title, span))
)

/** Whether the section's heading or one above it names a date or milestone. */
const sectionDated: (section: Section) => boolean = perSection((section) => titleDated(section) || (section.parent ? sectionDated(section.parent) : false))

/**
 * Which heading dates the sentence: the nearest above it that names a date, as a message names it, `title` for the
 * document's level-1 heading (`# CI Strategy 2027`) and `heading` for any other; `undefined` when none does.
 */
export function datingHeading(sentence: Sentence): 'title' | 'heading' | undefined {
  for (let section: Section | undefined = sentence.unit.section; section; section = section.parent) {
    if (titleDated(section)) return section.depth === 1 ? 'title' : 'heading'
  }
  return undefined
}

/**
 * A period to come, counted from the page's own time: `The next 6 months`, `Work items over the next year`, `Now (3
 * months)`, `Next (6-12 months)`, `3-year vision`, `Five year plan`.
 */
const PERIOD_TO_COME =
  /\bnext (?:(?:\d{1,2}|two|three|four|six|nine|twelve|eighteen) )?(?:months?|weeks?|quarters?|years?|half)\b|\((?:next )?\d{1,2}(?:\s?[-–]\s?\d{1,2})? (?:months?|weeks?|quarters?|years?)\)|\b(?:\d{1,2}|one|two|three|five|ten)[- ]years? (?:vision|plan|roadmap|goals?|strategy|horizon|outlook)\b/i

/**
 * Whether the section's heading or one above it names a period to come (`### The next 6 months`): the plan's time is
 * set, if not as a date. (Not a date: an exploration there is still reported, see isHedge.)
 */
export function headingNamesPeriod(sentence: Sentence): boolean {
  return sectionNamesPeriod(sentence.unit.section)
}

const sectionNamesPeriod: (section: Section) => boolean = perSection(
  (section) => (section.title !== '' && PERIOD_TO_COME.test(section.title)) || (section.parent ? sectionNamesPeriod(section.parent) : false)
)

/** Words after an exploration that turn it into a decision with an outcome: `evaluate A and B and pick one`. */
export const DECIDING = new Set(['decide', 'decides', 'choose', 'chooses', 'pick', 'picks', 'select', 'recommend', 'conclude', 'determine'])

/** An open decision stated as such: `Open: ...`, `still TBD`, `to be decided`, `One question is whether ...`, `a generic way should be figured out`. */
const OPEN_DECISION = /^(?:open(?: question| decision)?s?\s*[:—-]|undecided\b|to be decided\b|tbd\b)|\bopen (?:question|decision)s?\b|\b(?:is|are|remains?|still) (?:an? )?(?:open|tbd|undecided|to be decided|to be determined)\b(?![-'’]|\s+sourced?\b|\s+for\b|\s+to\s+(?:comments?|contributions?|feedback|suggestions?|changes|input|ideas|discussions?|reviews?|pull requests|prs)\b)|\bto be (?:decided|determined)\b|\b(?:one|another|a|the|an open|the open|the main|the remaining) question (?:is|remains) (?:whether|if)\b|\b(?:should|must|needs? to|has to|have to|is yet to|are yet to|remains to|still (?:needs|has) to) be figured out\b|\b(?:is|are) (?:still )?to be figured out\b/i

/** What a document or project is `open to` when it invites the reader (`open to contributions`, `open to community submissions`): no decision left open. */
const INVITED = /^(?:comments?|contributions?|feedback|suggestions?|submissions?|changes|input|ideas|discussions?|reviews?|pull|prs)$/

/** `leaves the option open to change X`, `keeps the door open to`: a choice kept for later by design, not a plan hedged. */
const LEFT_OPEN = /^(?:option|options|door|doors|possibility)$/

/** Before `open questions`: `the open questions`, `the scenarios and open questions`, `scenarios/open questions` name a list of them, they leave nothing open. */
const NAMES_A_LIST = /(?:\b(?:the|these|those|its|our|their|any|all|see)\s+(?:[\p{L}-]+\s+(?:and|or)\s+)?|\/\s*)$/iu

/**
 * Tasks that stay open (`follow-ups remain open`, `three issues are still open`): work not done yet, no decision. (A
 * parenthesis here holds no bracket: `\([^)]*\)` scanned to the end from every `(`, 4.7 s on 134 KB of `prs (`; so in
 * OPEN_FOR_OTHERS.)
 */
const OPEN_TASKS = /\b(?:follow-ups?|issues|bugs|items|prs|pull requests|tickets|todos|tasks)\s*(?:\([^()]*\)\s*)?$/i

/** `The set of validators is open`, `the protocol remains open`: a thing open to additions or to all, not a decision left open. */
const OPEN_FOR_OTHERS = /\b(?:set|list|registry|collection|catalog(?:ue)?|ecosystem|format|protocol|standard|spec(?:ification)?|interface|api|platform|source|membership|community|repository|repo|vocabulary|taxonomy|enum(?:eration)?|schema|system|project|process|model)s?(?: of [\w-]+(?: [\w-]+)?)?\s*(?:\([^()]*\)\s*)?$/i

/** `an open question on the Cargo team`, `open questions for the SIG`: another group's question, not the authors' decision. */
const ANOTHER_GROUPS = /^\s+(?:on|for|of|in) the [\w-]+(?: [\w-]+)? (?:team|teams|sig|wg|working group|community|maintainers)\b/i

/** Words that may follow a predicate `open` (`the choice is open until Q3`, `remains open whether`); any other word makes it an adjective of what follows. */
const AFTER_PREDICATE_OPEN = /^\s+(?:to|for|as|until|till|at|in|on|and|or|but|whether|how|which|what|who|when|because|since|pending|with|about|right|now|today|yet|still|here|there|so|while|though)\b/i

/** `there are open design questions that ...`: `open` qualifies the noun after it (no article before it), the sentence states no decision left open. */
function openQualifiesANoun(text: string, open: RegExpExecArray): boolean {
  if (!/\bopen$/i.test(open[0]) || /\ban?\s+open$/i.test(open[0])) return false
  const after = text.slice(open.index + open[0].length)
  return /^\s+\p{Ll}/u.test(after) && !AFTER_PREDICATE_OPEN.test(after)
}

/** An open decision the sentence states (OPEN_DECISION), not a mention of a list of open questions. */
export function openDecisionIn(text: string): RegExpExecArray | null {
  const open = OPEN_DECISION.exec(text)
  if (!open || open.index === 0) return open
  if (openQualifiesANoun(text, open)) return null
  if (!/^open\s/i.test(open[0])) {
    const before = text.slice(Math.max(0, open.index - 60), open.index)
    return OPEN_TASKS.test(before) || (/\bopen$/i.test(open[0]) && OPEN_FOR_OTHERS.test(before)) ? null : open
  }
  if (ANOTHER_GROUPS.test(text.slice(open.index + open[0].length))) return null
  return NAMES_A_LIST.test(text.slice(Math.max(0, open.index - 60), open.index)) ? null : open
}

/** A hedge found by its characters rather than by the phrase lists: the hit over `start`-`end` of the sentence. */
function hedgeAt(sentence: Sentence, phrase: string, start: number, end: number): PhraseHit {
  const firstToken = sentence.tokens.findIndex((token) => token.end > start)
  const endToken = sentence.tokens.findIndex((token) => token.start >= end)
  return {category: 'hedge', phrase, start, end, firstToken, endToken: endToken === -1 ? sentence.tokens.length : endToken}
}

/** `The roadmap is still TBD`: an open decision with no date to settle it, as the hedge it is. */
export function openWithoutDate(sentence: Sentence, deadline: Span | undefined): PhraseHit | undefined {
  // `...; we will decide after the load tests`: it says how it will be settled.
  if (deadline || /\b(?:will|'ll|to) (?:decide|settle|choose|pick|conclude)\b/i.test(sentence.text)) return undefined
  const open = openDecisionIn(sentence.text)
  // `No open questions remain about X`: every decision is settled, a checkable end state.
  if (!open || /\b(?:no|zero|without)\s+$/i.test(sentence.text.slice(0, open.index))) return undefined
  const end = open.index + open[0].length
  return hedgeAt(sentence, open[0].trim(), end - open[0].trimStart().length, end)
}

/** What may follow `consider`, `evaluate` when they defer a decision: `consider adding`, `evaluate whether`, `evaluate options`. */
const DEFERRED_OBJECT = /^(?:whether|if|options?|alternatives?|various|several|multiple|different|ways?|approaches|possibilit\w*|feasibility|how|what|which|moving|adding|using|switching|replacing|introducing|supporting|making|building|changing|dropping|removing|extending|allowing)$/


/** The opening of a sentence that answers an alternative raised just before it. */
const CONTRAST = /^\s*(?:however|but|unfortunately|that said|on the other hand|the (?:main |major |biggest )?(?:drawback|downside|problem|issue) (?:is|with)|this (?:would|has|is) (?:not|too)|that (?:would|has|is) (?:not|too)|(?:this|that) would (?:cause|break|confuse|complicate|cost|slow|hurt|lose))\b/i

/** Whether `rest` turns against what came before with `but` or `however`, outside parentheses (`(experimental but integrated)` qualifies an option). */
function answeredInSentence(rest: string): boolean {
  return /\b(?:but|however)\b/i.test(rest.replace(/\([^()]*\)/g, ''))
}

/** Whether the sentence after `sentence`, in the same paragraph, answers it with a contrast (`However, ...`). */
function answeredNext(sentence: Sentence): boolean {
  const next = nextSentence(sentence)
  return next !== undefined && CONTRAST.test(next.text)
}

/** The sentence after `sentence` in its unit (found by its start: the unit's sentences are in text order, a search keeps long paragraphs linear). */
function nextSentence(sentence: Sentence): Sentence | undefined {
  const {sentences} = sentence.unit
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sentences[middle].start <= sentence.start) low = middle + 1
    else high = middle
  }
  return sentences[low]
}

/** What `consider` regards rather than weighs: `consider the big picture`, `consider our users' needs` (`consider Kafka`, `consider a managed offering` weigh an option). */
const REGARDED = /^(?:the|our|its|their|all|every|each|these|those)$/

/** Whether `consider`/`evaluate` defers a decision: `consider adding`, `evaluate whether`, `consider both` at the end; not `consider the big picture`. */
function deferredObject(tokens: readonly Token[], hit: PhraseHit): boolean {
  const word = tokens[hit.endToken - 1].word
  // (`consider automatically translating X`: an adverb before the gerund.)
  const adverb = /^\p{L}{3,}ly$/u.test(tokens[hit.endToken]?.word ?? '') && (tokens[hit.endToken + 1]?.word ?? '').endsWith('ing') ? 1 : 0
  const next = tokens[hit.endToken + adverb]?.word ?? ''
  // `considering a move to Bazel`, `consider a rewrite`: a change still to decide.
  const change = /^(?:a|an|the)$/.test(next) && /^(?:move|switch|migration|rewrite|change|transition|shift|replacement|port|split|merge)$/.test(tokens[hit.endToken + 1]?.word ?? '')
  // (`we can consider this for the future`, `consider it later`: the object put off.)
  const putOff = /^(?:them|it|this|that)$/.test(next) && /^(?:for the future|in the future|later|at a later)\b(?! of\b)/.test(tokens.slice(hit.endToken + 1, hit.endToken + 5).map((token) => token.word).join(' '))
  // (`We consider this important`, `consider it a bug`, `consider them as X`: regard, what the object is held to be.)
  const held = /^(?:important|necessary|essential|critical|harmful|safe|unsafe|risky|complete|done|stable|ready|sufficient|enough|useful|valuable|acceptable|unacceptable|required|optional|good|bad|fine|worth)$/
  const after = tokens[hit.endToken + 1]?.word ?? ''
  const regard = /^(?:a|an|as|to|the)$/.test(after) || held.test(after) || /(?:ive|ous|ble|ful|ic)$/.test(after) || held.test(tokens[tokens.length - 1]?.word ?? '')
  const shortObject = /^(?:both|either|all|each|them|it|this|that|a|an)$/.test(next) && tokens.length - hit.endToken <= 3 && !(/^(?:them|it|this|that)$/.test(next) && regard)
  return change || DEFERRED_OBJECT.test(next) || (next.endsWith('ing') && next.length > 5) || (word.startsWith('consider') && (putOff || shortObject))
}

/** Verbs of harm: `potentially break`, `might slow down` describe a risk. */
const RISK_VERB = /^(?:break|breaks|fail|fails|cause|causes|affect|affects|impact|impacts|slow|slows|hurt|hurts|confuse|confuses|require|requires|conflict|conflicts|lose|loses|leak|leaks|degrade|degrades|increase|increases|expose|exposes|block|blocks|delay|delays|disrupt|disrupts|jeopardi[sz]e|jeopardi[sz]es|harm|harms|damage|damages|undermine|undermines)$/

/** Adverbs that hedge the verb they stand next to. */
const HEDGING_ADVERB = /^(?:eventually|potentially|possibly|perhaps|maybe|ideally|hopefully|probably|likely)$/

/** Aspirations that are wishes whatever their object: `hope to`, `would like to`. */
const WISHES = /^(?:hope|hopes|hoping|would like|we'd like|'d like|wish|wishes)\b/

/** `might grow in the future when isolation is in place`, `address it in the future if and when it becomes a problem`: the hedge waits on a condition, a contingency. */
function contingentAfter(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = hit.endToken; index < Math.min(tokens.length, hit.endToken + 12); index++) {
    const {word} = tokens[index]
    // `when better isolation is in place` waits on a condition; `for use when consuming` does not.
    const next = tokens[index + 1]?.word ?? ''
    // (`We seek to reduce the barrier to entry when a developer needs to ...`: an aim's `when` says for which case, it does not wait on one.)
    // (`if we wish`, `if we want`: the authors' own discretion is no condition outside them, the hedge stays.)
    if (word === 'if' && AT_OUR_DISCRETION.test(tokens.slice(index + 1, index + 5).map((token) => token.word).join(' '))) continue
    // (`we can explore if there should be a separate attribute`, `evaluate if X scales`: `if` as `whether`, the question explored.)
    // (`figure out if performance can be improved`, `find out if it scales`: the same.)
    if (word === 'if' && (WONDERING.test(tokens[index - 1]?.word ?? '') || (tokens[index - 1]?.word === 'out' && ASKING_OUT.test(tokens[index - 2]?.word ?? '')))) continue
    // (`in the future if needed`, `when available`: a condition the authors judge themselves hedges too, it does not wait on another event.)
    // (`if there is a need`, `if the need arises`: the same judgement, spelt out; `if we need a bigger refactoring` names what.)
    if ((word === 'if' || word === 'when') && (AS_NEEDED.test(next) || ((next === 'there' || next === 'the') && tokens.slice(index + 2, index + 5).some((token) => token.word === 'need')))) continue
    // (`if it seems expedient`, `if it makes sense`, `if deemed useful`: the same judgement in other words.)
    if ((word === 'if' || word === 'when') && JUDGED_SO.test(tokens.slice(index + 1, index + 4).map((token) => token.word).join(' '))) continue
    if (word === 'if' || word === 'unless' || (word === 'when' && hit.category !== 'aspiration' && (index > hit.endToken || hit.category === 'hedge') && !next.endsWith('ing'))) return true
  }
  // `as our understanding of the taxonomy improves`, anywhere after the hedge: the change waits on another one.
  for (let index = hit.endToken; index < tokens.length; index++) {
    if (tokens[index].word === 'as' && tokens.slice(index + 1, index + 8).some((token) => CHANGING.test(token.word))) return true
  }
  return false
}

/** Verbs after which `if` asks `whether`: `explore if`, `evaluate if`, `see if`. */
const WONDERING = /^(?:explore|investigate|evaluate|consider|check|see|ask|assess|examine|study|discuss|determine|decide|verify|test|know|understand|learn)$/

/** The authors' own judgement after `if`: `it seems expedient`, `it makes sense`, `deemed useful`. */
const JUDGED_SO = /^(?:it (?:seems|looks|appears|proves|makes sense)|deemed|we see fit)\b/

/** Verbs that, with `out`, ask a question: `figure out if`, `find out if`. */
const ASKING_OUT = /^(?:figure|figures|figuring|find|finds|finding)$/

/** `if we wish`, `if we want to`, `if we decide so`, `if we don't want to`: a condition that only the authors' will meets. */
const AT_OUR_DISCRETION = /^(?:we|i) (?:(?:don't|do not|didn't|did not) )?(?:wish|want|like|choose|decide|prefer|feel)\b/

/** Verbs of a change the plan waits on: `as adoption grows`, `as the API matures`. */
const CHANGING = /^(?:improves|grows|matures|evolves|changes|increases|emerges|develops|stabili[sz]es|progresses|expands|settles)$/

/** Words that make `in the future` what a design leaves room for, not when the authors act: `be able to support X in the future`, `the schema to be able to carry Y`, `the format should support adding Z`, `it will be possible to` (`We will be able to retire X in the future` defers). */
const EXTENSIBLE = /\b(?:simplif\w* adding|able to support|ability to (?:support|add|extend)|(?:designs?|formats?|apis?|schemas?|systems?|models?|tools?|it|this) to be able to|possible (?:to|for)|room for|extensib\w*|for adding|(?:designs?|formats?|apis?|schemas?|systems?|model|it|this)(?: to| should| will| must| can)? support adding|enables? (?:us|them|users|teams|operators) (?:to )?(?:add|support|offer|build))\b/i

/** What a design prepares, allows for or rules out for later (see `isHedge`). */
const DOOR = /\b(?:harder to|prepar(?:e|es|ing) (?:us )?(?:for|the)|foundation for|possibilit(?:y|ies)|is possible|may arise|leaves? (?:the|an) option|option open|allows? for|(?:don't|do not|no) plans?|to be added|preclud\w*|(?:can|could) be used)\b/i

/**
 * Words that make a thing possible later: checked in the clause before a timing phrase. A means built now for later
 * use is one (`ensure a workflow/process to update the CoreDNS versions in the future`, `Flesh out a design for
 * supporting cross-crate analysis in the future`).
 */
const OPENS_DOOR =
  /\b(?:set(?:s|ting)? the stage|possible|(?:will|would|could|can) (?:also )?(?:allow|enable)|can (?:\w+ )?extend|(?:a|an|the) (?:\w+\/)?(?:design|process|workflow|mechanism|path|foundation|framework)s? (?:to|for))\b/i

/** A purpose clause whose subject is not the authors, open up to the end of the text: `so that this plugin can be deprecated`. */
const PURPOSE_OF_ANOTHER = /\bso(?: that)? (?!(?:we|i|our|us)\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,3} (?:can|could|may|will be able to|(?:is|are) free to)\b[^;]*$/iu

/** The text of the sentence from the last comma, semicolon or dash before `hit` up to it. */
function clauseBefore(text: string, hit: PhraseHit): string {
  const before = text.slice(0, hit.start)
  const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '), before.lastIndexOf('—'))
  return before.slice(boundary + 1)
}

/** Timing hedges: they defer the authors' action, or describe what a design allows later. */
export const TIMING = /^(?:in the future|at some point|someday|some day|one day|in due course|in the longer? term|in the long run)$/

/** A plan put off to the future in so many words: `intended for the future`, `deferred to the future`. */
const PUT_OFF = /^(?:intended|planned|left|deferred) (?:for|to) the future$/

/**
 * Hedges that, under a heading that names goals or plans (`### The next 6 months`, `## Vision`), mostly weigh rather than
 * withdraw: a possibility (`we could`, `may`), a likelihood (`probably via a call for testing`), a time past the period
 * (`in the future`, `in the long term`), an ideal outcome named, an experiment or a trial (`Experiment with X` is the
 * period's work), the proposal's polite wish (`We would like to deprecate SWIG`), a vision's aspiration, or options
 * weighed (`consider`, `evaluate`). There the heading already states the plan and its period, and these words lay out
 * options, say how, or scope work out of the period: three blind judges called 45 of 87 such findings right, against
 * 92 of 98 for the hedges that withdraw the commitment itself (`Explore X`, `Eventually, X`, `We hope to X`,
 * `Stretch goal: X`, `where possible`, `TBD`). In a section of the type every hedge is read.
 */
const WEIGHING_HEDGE =
  /^(?:(?:we |it |that |this )?(?:might|may|could|would|can)(?: (?:potentially|either|want to|make sense|be worth(?: exploring)?|be (?:better|best|preferable)))?|potentially|possibly|perhaps|maybe|probably|most likely|it(?: is|'s)(?: also)? likely that|it(?:'s| is| may be| might be| could be)(?: also)? possible (?:that|to)|in the (?:near |long |longer )?(?:future|term|run)|at some point|some ?day|one day|in due course|long[- ]term(?: (?:goal|aim|ambition|intent|intention))?|(?:intended|planned|left|deferred) (?:for|to) the future|the (?:ideal (?:scenario|outcome)|best outcome would be)|tr(?:y|ies|ying)(?: out)?|experiment(?:s|ing)? with|spike on|(?:we'd|we would|'d|would)(?: also)? like to|(?:the|our) aspiration (?:being|is) to|we envi(?:sion|sage)|(?:is |are |we should )?consider(?:s|ing)?|evaluat(?:e|es|ing)|open to)$/

/** Whether a hedge weighs options, a means or a later time rather than withdrawing the commitment (WEIGHING_HEDGE). */
export function weighsRatherThanWithdraws(hit: PhraseHit): boolean {
  return WEIGHING_HEDGE.test(hit.phrase.toLowerCase())
}

/** Hedges that say outright that nothing is decided (`it may make sense to`, `it would be nice to`, `worth exploring`), in a sentence that is not a plan by its form (`It may make sense to split the monolith`). */
const STRONG_HEDGE = /^(?:it |that |this )?(?:may|might|could|would) (?:make sense|be nice|be worth|be good|be great|be welcome)|^(?:would be nice|nice to have|worth (?:exploring|considering|looking into|investigating)|could potentially|may want to|might want to|we hope|hope to|would like to|open to|it's my hope|it is my hope|our hope is|my hope is|the hope is|the long[- ]term intent|it (?:is|'s) (?:also )?likely that)\b/

export function isStrongHedge(sentence: Sentence, hit: PhraseHit, frame: Frame): boolean {
  if (frame.plan || frame.reason === 'question' || frame.reason === 'past' || frame.reason === 'condition' || frame.reason === 'citation' || frame.reason === 'invitation' || frame.reason === 'story') return false
  // `Ideally, every team runs its own rotation`: a sentence opened by a hedge hedges all of it.
  // `(probably) a goal to ...`: the same in parentheses.
  const opening = hit.firstToken === 0 && /^(?:ideally|hopefully|perhaps|maybe|possibly|probably|eventually)$/.test(hit.phrase.toLowerCase()) && /^\s*[,)]?\s/.test(sentence.text.slice(hit.end))
  if ((!opening && !STRONG_HEDGE.test(hit.phrase.toLowerCase()) && !PUT_OFF.test(hit.phrase.toLowerCase())) || notTheAuthorsDoubt(sentence, hit)) return false
  if (opening && hit.phrase.toLowerCase() === 'ideally' && answeredNext(sentence)) return false
  // `Having X log more could potentially help admins find Y`: a benefit claimed for a proposal, not a plan left open;
  // `Moving forward with X could potentially disrupt its usage`: a risk named.
  // (`Perhaps require marking X`: an opening adverb before an instruction's verb hedges it.)
  if (!/\bto$/.test(hit.phrase.toLowerCase()) && (BENEFIT.test(sentence.tokens[hit.endToken]?.word ?? '') || (!opening && RISK_VERB.test(sentence.tokens[hit.endToken]?.word ?? '')))) return false
  // `Users may want to configure X`: someone else's wish.
  const subject = sentence.tokens[hit.firstToken - 1]?.word
  // (`Users of the managed service would like to use X`, `where the administrator would like to manage Y`, `rule authors may want
  // to ...`: the wish of a party the sentence names, also when the party opens the sentence.)
  const wisher = (word: string | undefined) => word !== undefined && (OTHERS.has(word) || ROLES.has(word) || word === 'it')
  if (WISHING.test(hit.phrase.toLowerCase()) && (wisher(subject) || wisher(sentence.tokens[0]?.word))) return false
  // `It is likely that users will hit this`: a forecast of what others do; `It is also likely that this will be done
  // through X` leaves the authors' way open.
  if (/likely that$/.test(hit.phrase.toLowerCase()) && OTHERS.has(sentence.tokens[hit.endToken]?.word ?? '')) return false
  return subject === undefined || !OTHERS.has(subject)
}

/** People in a role, whose wishes are theirs: `the administrator would like to ...`, `rule authors may want to ...`. */
const ROLES = new Set(['readers', 'reader', 'administrator', 'admin', 'authors', 'author', 'maintainers', 'maintainer', 'vendors', 'vendor', 'partners', 'partner', 'owners', 'owner', 'clients', 'client'])

/** Hedges that wish rather than doubt: someone has to do the wishing. */
const WISHING = /^(?:would like to|may want to|might want to|hope to)\b/

/**
 * `Users think we can retire X`: a belief or hope that the authors can do it hedges their plan only when it is theirs
 * (`We also think we can deliver X`, `I hope that we can ship X`).
 */
function othersBelief(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^(?:think|hope)(?: that)? we can$/i.test(hit.phrase)) return false
  let at = hit.firstToken - 1
  while (at > 0 && /^(?:also|still|really|do|truly|honestly)$/.test(tokens[at].word)) at--
  return !/^(?:we|i)$/.test(tokens[at]?.word ?? '')
}

/**
 * A hedge word that is not the authors' doubt about their plan: a condition
 * or contingency, a relative clause describing a noun, a forecast of the
 * document's own fate, a named party's wish. Both hedge checks (strong and
 * weak) ask it.
 */
function notTheAuthorsDoubt(sentence: Sentence, hit: PhraseHit): boolean {
  const {tokens} = sentence
  return (
    isConditional(tokens, hit) ||
    contingentAfter(tokens, hit) ||
    inRelativeClause(tokens, hit) ||
    inQuestionToFindOut(tokens, hit) ||
    abilityOfAMeans(sentence, hit) ||
    inConcession(sentence, hit) ||
    DOCUMENT_FATE.test(sentence.text) ||
    namedPartyWishes(sentence, hit) ||
    addressesTheReader(tokens) ||
    expectsAState(tokens, hit) ||
    optionAnsweredInSentence(sentence, hit) ||
    mechanismTries(tokens, hit) ||
    reportsWorkUnderWay(tokens, hit) ||
    possibilityNotAPlan(sentence, hit) ||
    othersBelief(tokens, hit) ||
    permittedToAnotherParty(tokens, hit) ||
    normativePermission(sentence, hit) ||
    consequenceOfTheDesign(tokens, hit) ||
    scenarioToldInThePresent(tokens, hit) ||
    // `Often, we may want to disable a block of code while working`: what happens as a rule, not a plan.
    /^(?:often|sometimes|usually|typically|occasionally|frequently|generally|commonly)$/.test(tokens[0]?.word ?? '') ||
    // `very much open to contributions`, `open to comments and changes from the community`: an invitation to the reader.
    (hit.phrase.toLowerCase() === 'open to' && (INVITED.test(tokens[hit.endToken]?.word ?? '') || INVITED.test(tokens[hit.endToken + 1]?.word ?? '') || LEFT_OPEN.test(tokens[hit.firstToken - 1]?.word ?? '')))
  )
}

/**
 * `not included in this proposal`, `out of scope`, `This proposal does not include`: the authors fix what the document
 * covers. (`initially`, `in the first release`, `not currently` describe a stage or the present, and the tune labels
 * call a possibility beside them a hedge: `other platforms may be supported in the future`.)
 */
const SCOPED_OUT = /\b(?:not (?:be )?(?:included in|part of|covered by|in the scope of) (?:this|the) (?:proposal|kep|rfc|enhancement|design|tep|goal)|out of (?:the )?scope|(?:this|the) (?:proposal|kep|rfc|enhancement|design|tep) (?:does|will) not (?:include|support|cover|address))\b/i

/** `if desired`, `if needed`, `when there is a need`, `if there is sufficient interest`: a need that would have to arise first. */
const ON_NEED = /\b(?:if|when|once|as) (?:desired|needed|necessary|required|warranted|wanted|there is (?:a |enough |sufficient )?(?:need|demand|interest)|the need arises)\b/i

/**
 * A thing's possible change, in the passive, that the sentence itself keeps from being a plan:
 * - beside the scope the document fixes (`This is not included in this proposal, but could be added in the future`):
 *   the scope is the decision;
 * - waiting on a need arising (`In the future, if desired, the scheme could be extended to other forms`): no one is
 *   deciding anything yet.
 * The hedge is the passive's modal or the later time. (`I have not included X, but we could add it in the future` and
 * `We can further optimize this in the future if necessary` have the authors weigh or put off their own step, and the
 * tune labels call them hedges; so is `we'll probably add a controller, but this is out of scope now`.)
 */
function possibilityNotAPlan(sentence: Sentence, hit: PhraseHit): boolean {
  const modal = keptPossibilityAt(sentence)
  return modal !== -1 && (hit.firstToken === modal || TIMING.test(hit.phrase.toLowerCase()))
}

/** The token of such a possibility's modal (`could be added`: the hedged passive voice.ts finds), or -1; once per sentence, however many hedge words it holds (each asks). */
const keptPossibilities = new WeakMap<Sentence, number>()
function keptPossibilityAt(sentence: Sentence): number {
  let at = keptPossibilities.get(sentence)
  if (at === undefined) {
    at = SCOPED_OUT.test(sentence.text) || ON_NEED.test(sentence.text) ? firstHedgedPassive(sentence.tokens) : -1
    keptPossibilities.set(sentence, at)
  }
  return at
}

/** `the scheduler will try to enforce fairness`: what a mechanism does, not the authors trying (`we will try to` hedges). */
function mechanismTries(tokens: readonly Token[], hit: PhraseHit): boolean {
  return /^tr(?:y|ies)$/i.test(hit.phrase) && /^(?:will|would|'ll)$/.test(tokens[hit.firstToken - 1]?.word ?? '') && !/^(?:we|i|team|teams|we'll)$/.test(tokens[hit.firstToken - 2]?.word ?? '')
}

/** `We are currently investigating the value to other customers`: work going on now, reported, not a plan left open. */
function reportsWorkUnderWay(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.category === 'exploration' && /^(?:currently|presently)$/.test(tokens[hit.firstToken - 1]?.word ?? '') && /^(?:are|is|am|'re)$/.test(tokens[hit.firstToken - 2]?.word ?? '')
}

/**
 * `These points could be addressed by X; however, using Y allows us to ...`, `We could hard-code X, but ...`: an option
 * weighed and answered in the same sentence, as by the next one (`We could X. However, ...`). A later time keeps it a
 * plan put off (`We might change this rule in the future, but ...`).
 */
function optionAnsweredInSentence(sentence: Sentence, hit: PhraseHit): boolean {
  if (!/^(?:we )?(?:could|might)$/i.test(hit.phrase)) return false
  return /[;,]\s*(?:however|but)\b/i.test(sentence.text.slice(hit.end)) && !LATER_TIME.test(sentence.text)
}

/** A verb of state in the present: `is`, `are`. */
const PRESENT_STATE = /^(?:is|are|isn't|aren't)$/

/**
 * `Hopefully the tradeoffs are worth it`, `Hopefully, it is pretty rare to use X`, `Hopefully they are already on newer
 * versions`: a hope about how things are, an expectation stated, not the authors' plan hedged (`Hopefully, this will be
 * the first step`, `Hopefully gopls can create it` still hedge what is to be done). A participle after the verb is a
 * result to reach (`Hopefully the migration is done by Q3`) and stays a hedge.
 */
function expectsAState(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (hit.firstToken !== 0 || hit.phrase.toLowerCase() !== 'hopefully') return false
  // (`Hopefully, once this is done, X can be replaced`: a clause of time or condition first; the hope is on what follows it.)
  const verb = tokens.slice(1, 6).findIndex((token) => PRESENT_STATE.test(token.word) || MODAL_OR_PLAN.test(token.word))
  if (verb === -1 || !PRESENT_STATE.test(tokens[verb + 1].word)) return false
  return !PARTICIPLE.test(tokens[verb + 2]?.word ?? '')
}

/** Words that make what follows an action to come (modals, `to`, the authors) or wait on something first (`once`, `when`). */
const MODAL_OR_PLAN = /^(?:will|would|can|could|should|shall|may|might|must|to|we|i|'ll|once|when|after|if|until|before)$/

/** A participle after `is`: a result reached (`is done`, `is fixed`, `is built`), not a state described. */
const PARTICIPLE = /(?:ed|en)$|^(?:done|made|built|set|put|run|met|kept|left|found|shown|known|sent|split|shut|cut)$/

/**
 * `Trying to view types as they are laid out is not always telling`, `Trying to create a Service with a taken IP will
 * return an error`: a gerund that opens the sentence and is followed by its verb is what the sentence is about, an
 * action described, not an exploration the authors plan (`Trying out Bazel for the monorepo`).
 */
function gerundSubject(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (hit.firstToken !== 0 || !/ing$/.test(tokens[0].word)) return false
  return tokens.slice(hit.endToken + 1).some((token) => /^(?:is|are|was|were|will|would|returns?|fails?|leads?|results?|causes?|requires?|means)$/.test(token.word))
}

/** Opening adverbs before a sentence's subject: `Probably, you ...`, `Perhaps you ...`. */
const OPENING_ADVERB = /^(?:probably|perhaps|maybe|possibly|potentially|likely|ideally|alternatively|optionally|eventually)$/

/** `Probably, you can do this with today's scheduler`, `You might want to pin the version`: what the reader may do, not the authors' plan. */
function addressesTheReader(tokens: readonly Token[]): boolean {
  const first = OPENING_ADVERB.test(tokens[0]?.word ?? '') ? 1 : 0
  // (`You've probably heard of ...`: the contractions too.)
  return /^(?:you|you've|you're|you'll|you'd)$/.test(tokens[first]?.word ?? '')
}

/** `This proposal will most likely not be adopted`: a forecast of the document's own fate, not a plan hedged. */
const DOCUMENT_FATE = /^\s*(?:this|the) (?:proposal|rfc|kep|document|design|msc|enhancement|tep|otep)\b.*\b(?:be|get) (?:adopted|accepted|approved|merged|rejected|declined|withdrawn)\b/i

/** Wishes (`may want to`, `would like to`) whose subject is a named party (`... offerings: BigCorp may want to ...`), not the authors. */
function namedPartyWishes(sentence: Sentence, hit: PhraseHit): boolean {
  if (!/\b(?:want|like)\b/.test(hit.phrase.toLowerCase())) return false
  // Mid-sentence, a capital marks a name; opening the sentence it may be any noun (`Teams may want to ...` in a policy hedges it).
  const subject = hit.firstToken > 1 ? sentence.tokens[hit.firstToken - 1] : undefined
  if (!subject) return false
  const written = sentence.text.slice(subject.start, subject.end)
  return /^\p{Lu}/u.test(written) && !/^(?:we|i|our|us)$/i.test(written)
}

/** Parties other than the authors, as the agent of a passive: `by end users`, `by modules`, `by the operator`. */
const ANOTHER_PARTY = /^(?:users?|operators?|administrators?|admins?|modules?|plugins?|clients?|developers?|contributors?|maintainers?|vendors?|customers?|anyone|applications?|apps?|tools?|callers?|providers?|implementations?|implementers?|integrators?|consumers?|libraries|controllers?|adapters?|extensions?)$/

/**
 * `Component entities may be added to the config directly by end users or by modules`, `can be extended by plugins`:
 * a passive whose modal says what another party is allowed or able to do, not a step the authors leave open
 * (`may be added by Q3` is dated, and `by` a date is no party).
 */
function permittedToAnotherParty(tokens: readonly Token[], hit: PhraseHit): boolean {
  const modal = hit.endToken - 1
  if (!/^(?:may|might|could|can)$/.test(tokens[modal]?.word ?? '') || tokens[modal + 1]?.word !== 'be') return false
  for (let index = modal + 3; index < Math.min(tokens.length, modal + 14); index++) {
    if (tokens[index].word !== 'by') continue
    // (`by end users`, `by the operator`, `by third-party modules`: up to two words that only say which party.)
    let agent = index + 1
    while (agent <= index + 2 && PARTY_MODIFIER.test(tokens[agent]?.word ?? '')) agent++
    if (ANOTHER_PARTY.test(tokens[agent]?.word ?? '')) return true
  }
  return false
}

/** Words before a party that only say which one: `the`, `end`, `third-party`, `external`. */
const PARTY_MODIFIER = /^(?:the|an?|any|other|end|third|party|external|individual|downstream|upstream)$/

/**
 * `A domain MAY be used in serving pages` (RFC 2119's capitals), `New endpoints may be added, but old endpoints may not
 * be removed`, `may be extended, but requests must function as before`: what a rule allows, beside what it forbids or
 * requires, not a step left open.
 */
function normativePermission(sentence: Sentence, hit: PhraseHit): boolean {
  const {tokens, text} = sentence
  if (tokens[hit.endToken - 1]?.word !== 'may') return false
  const modal = tokens[hit.endToken - 1]
  if (text.slice(modal.start, modal.end) === 'MAY') return true
  // (`may be retired later, but the new one must ship first` puts a step off.)
  return !LATER_TIME.test(text) && /,\s*but\b[^.;]*?\b(?:may not|must|must not|shall|shall not|cannot|can't|can not)\b/i.test(text.slice(modal.end))
}

/**
 * `These attributes will be compatible with OWL (such that we could in the future generate an ontology)`: what a design
 * lets the authors do, in a clause of consequence, not a step they leave open.
 */
function consequenceOfTheDesign(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let that = hit.firstToken - 1; that >= Math.max(1, hit.firstToken - 8); that--) {
    if (tokens[that].word !== 'that' || tokens[that - 1].word !== 'such') continue
    return tokens.slice(that + 1, hit.endToken).some((token) => /^(?:could|can|may|might)$/.test(token.word))
  }
  return false
}

/** Words that make a sentence's action one to come or one wished for: modals, `will`, `going to`, verbs of intent. */
const TO_COME = /^(?:will|would|shall|should|must|can|could|may|might|'ll|'d|we'll|we'd|i'll|going|want|wants|plan|plans|intend|intends|hope|hopes|need|needs|aim|aims|expect|expects|wish)$/

/**
 * `At some point the configuration becomes (a, b, c, d)`, `At some point, a new stack is provisioned to test a new
 * version, and ... we switch`: a scenario told in the present with no modal, `will` or wish, which shows how a thing
 * works, not a step put off (`At some point we will migrate` is one).
 */
function scenarioToldInThePresent(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.phrase.toLowerCase() === 'at some point' && !tokens.some((token) => TO_COME.test(token.word))
}

/** `any user who could potentially join the room`, `a mechanism which might give X`: the hedge describes who or what the noun is, not the plan. */
function inRelativeClause(tokens: readonly Token[], hit: PhraseHit): boolean {
  const before = tokens[hit.firstToken - 1]?.word ?? ''
  if (/^(?:who|which|whom)$/.test(before)) return true
  // `There are many cases where it would be nice to ...`: `where` after a plural noun opens a clause about those cases.
  const where = before === 'where' ? hit.firstToken - 1 : tokens[hit.firstToken - 2]?.word === 'where' && /^(?:it|we|this|that)$/.test(before) ? hit.firstToken - 2 : -1
  if (where > 0 && /^(?:cases|situations|places|scenarios|environments|circumstances|projects|areas|domains)$/.test(tokens[where - 1].word)) return true
  return problemsWeMightMeet(tokens, hit)
}

/**
 * `While it is hoped that this backend will eventually replace both, ... it is not a goal of this KEP`: a hope in a
 * clause of concession, before its comma, grants what the main clause then sets aside. (Other hedges there stay the
 * authors': `Although the package will continue to work as well as feasible, ...` on the tune split.)
 */
function inConcession(sentence: Sentence, hit: PhraseHit): boolean {
  if (!/\bhope/i.test(hit.phrase) || !/^(?:while|whilst|although|though|even)$/.test(sentence.tokens[0]?.word ?? '')) return false
  const comma = sentence.text.indexOf(',')
  return comma !== -1 && hit.start < comma
}

/**
 * `With !Forget, we could build safe scoped spawn`: what a means opening the sentence would let the authors do, an
 * ability claimed for it, not a plan hedged (`With the GA release, we would like to ...` still wishes).
 */
function abilityOfAMeans(sentence: Sentence, hit: PhraseHit): boolean {
  const {tokens, text} = sentence
  if (tokens[0]?.word !== 'with') return false
  const modal = tokens[hit.firstToken]?.word === 'we' ? hit.firstToken + 1 : hit.firstToken
  if (!/^(?:could|might)$/.test(tokens[modal]?.word ?? '') || tokens[modal - 1]?.word !== 'we' || modal < 3) return false
  return /,\s*$/.test(text.slice(tokens[modal - 2].end, tokens[modal - 1].start))
}

/** Verbs of finding out that take a question: `discovering where`, `determine whether`. */
const FINDING_OUT = /^(?:discover|discovering|determine|determining|find|finding|identify|identifying|learn|learning|understand|understanding|know|knowing|measure|measuring|show|showing|tell|telling|assess|assessing)$/

/**
 * `We must offer tools for discovering where regions might be worth it`: a modal in the question the plan sets out
 * to answer, a few words after `where`, `whether`, `which` or `how`, is that question's content, not the plan hedged.
 */
function inQuestionToFindOut(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = hit.firstToken - 1; index >= Math.max(1, hit.firstToken - 4); index--) {
    if (/^(?:where|whether|which|how|what|when|if)$/.test(tokens[index].word)) return FINDING_OUT.test(tokens[index - 1].word)
  }
  return false
}

/** Plural nouns of trouble that a clause can describe: `other issues we might face`. */
const TROUBLE = /^(?:problems|issues|risks|bugs|pitfalls|regressions|errors|difficulties|challenges|obstacles|surprises|mistakes|edge-cases)$/

/** Verbs of meeting trouble: `face`, `hit`, `run into`, `miss`. */
const MEETING_TROUBLE = /^(?:face|hit|encounter|miss|meet|run|experience|overlook)$/

/**
 * `other issues we might face`, `problems (that) we may miss when approving RFCs`: a modal in a clause that says
 * which troubles, a risk named rather than the authors' plan hedged.
 */
function problemsWeMightMeet(tokens: readonly Token[], hit: PhraseHit): boolean {
  const subject = tokens[hit.firstToken]?.word === 'we' ? hit.firstToken : tokens[hit.firstToken - 1]?.word === 'we' ? hit.firstToken - 1 : -1
  if (subject < 1 || !MEETING_TROUBLE.test(tokens[hit.endToken]?.word ?? '')) return false
  const noun = tokens[subject - 1].word === 'that' ? subject - 2 : subject - 1
  return TROUBLE.test(tokens[noun]?.word ?? '')
}

/** Verbs of a benefit: `could potentially help`, `might allow`. */
const BENEFIT = /^(?:help|helps|allow|allows|enable|enables|let|lets|simplify|improve|reduce|benefit|make|save|speed|remove|removes|eliminate|eliminates|extend|extends)$/

/** Words after which `that` opens a complement or a result (`ensure that`, `so that`, `hope that`) or is a determiner (`in that mode`), not a relative clause. */
const THAT_COMPLEMENT = /^(?:in|on|for|of|with|at|by|from|to|into|under|like|about|all|so|such|ensure|ensures|ensuring|make|sure|hope|hopes|expect|expects|expected|propose|proposes|think|believe|note|means|mean|given|now|is|are|was|were|be|say|says|decide|decided|agree|agreed|require|requires|requiring|recommend|recommends|suggest|suggests|assume|assuming|than|except)$/

/**
 * Whether a phrase stands further on in a relative clause: `that` or `which` after a noun (not after a verb taking a
 * clause, `ensure that`, or `so that`), before it in the same clause (no comma or semicolon between).
 */
function laterInRelativeClause(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = hit.firstToken - 1; index > 0; index--) {
    if (/[,;]/.test(text.slice(tokens[index].end, tokens[index + 1].start))) return false
    const {word} = tokens[index]
    // (`revisit that work in the future`: after an action verb, `that` points at the verb's object, no clause opens.)
    if (word === 'that' || word === 'which') return !THAT_COMPLEMENT.test(tokens[index - 1].word) && !(word === 'that' && isActionVerb(tokens[index - 1].word, new Set()))
  }
  return false
}

/**
 * `the changes that we wish to make`, `any changes we would like to make`, `a complexity we'd like to defer`: the authors' wish in a relative clause
 * picks out which things the sentence is about; the plan is the main clause's.
 */
function describesWhichOnes(tokens: readonly Token[], hit: PhraseHit): boolean {
  const subject = hit.firstToken > 0 && /^(?:we|i)$/.test(tokens[hit.firstToken - 1].word) ? hit.firstToken - 1 : hit.firstToken
  if (!/^(?:we|i|we'd|i'd)$/.test(tokens[subject]?.word ?? '')) return false
  const before = tokens[subject - 1]?.word ?? ''
  if (before === 'that' || before === 'which') return !THAT_COMPLEMENT.test(tokens[subject - 2]?.word ?? '')
  // (`any changes we wish to make`: a determiner two words back marks the noun the clause describes.)
  // (`; a complexity we'd like to defer`: after `a`, any noun.)
  const determiner = tokens[subject - 2]?.word ?? ''
  return (/^(?:any|all|every|the|those|these)$/.test(determiner) && /s$/.test(before)) || (/^(?:a|an)$/.test(determiner) && !/^(?:way|lot|bit)$/.test(before))
}

/**
 * `Support the rustdoc team ... while seeking to minimize the review burden`, `Audit our lints, aiming to create a
 * list`: a participle after `while` or a comma says how or why the main clause's action is done; the plan is the
 * main clause's (`We are seeking to minimize ...` still hedges).
 */
function aimOfTheMainClause(sentence: Sentence, hit: PhraseHit): boolean {
  const {tokens, text} = sentence
  if (hit.firstToken === 0 || !/ing$/.test(tokens[hit.firstToken].word)) return false
  return /^(?:while|whilst)$/.test(tokens[hit.firstToken - 1].word) || /,\s*$/.test(text.slice(tokens[hit.firstToken - 1].end, tokens[hit.firstToken].start))
}

/**
 * Whether a modal or an adverb of likelihood stands right before `have to`, `need` or `require`: a thing foreseen to
 * need something, or the authors to need a thing. The authors needing to act (`we may need to`) is their action
 * left open.
 */
function foreseesANeed(tokens: readonly Token[], hit: PhraseHit): boolean {
  const next = tokens[hit.endToken]?.word ?? ''
  if (!/^(?:might|may|could|likely|probably|possibly)$/.test(tokens[hit.endToken - 1]?.word ?? '')) return false
  const toAct = (/^needs?$/.test(next) || next === 'have') && tokens[hit.endToken + 1]?.word === 'to'
  if (toAct && tokens.slice(Math.max(0, hit.firstToken - 1), hit.endToken).some((token) => /^(?:we|i)$/.test(token.word))) return false
  return /^(?:need|needs|require|requires)$/.test(next) || (next === 'have' && tokens[hit.endToken + 1]?.word === 'to')
}

/** What a modal foresees when it names a risk: `be missing`, `lack`, `fail`, `break`, `not have`. */
const RISKED = /^(?:be missing|lack|lacks|fail|break|not have|not work|not be able|still be missing|still lack)\b/

/**
 * `we may be missing crypto validation that would prevent a public preview`, `it might fail to pull images`: a gap or
 * a failure foreseen, a risk named, not a plan hedged.
 */
function foreseesARisk(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^(?:might|may|could)$/.test(tokens[hit.endToken - 1]?.word ?? '')) return false
  return RISKED.test(tokens.slice(hit.endToken, hit.endToken + 2).map((token) => token.word).join(' '))
}

/**
 * `However we may be encoding a full byte for what we only need 1-7 bits for`, `they may be testing the feature in
 * development`: a modal before `be` and a verb in `-ing` supposes what is so now, not a plan left open. With a time
 * to come (`so we may be experimenting with this in the future`) it puts a plan off; `be going to` foretells.
 */
function supposesAState(sentence: Sentence, hit: PhraseHit): boolean {
  const {tokens} = sentence
  if (!/^(?:might|may|could)$/.test(tokens[hit.endToken - 1]?.word ?? '') || tokens[hit.endToken]?.word !== 'be') return false
  const verb = tokens[hit.endToken + 1]?.word ?? ''
  // (`may be willing to`, `may be something we want to do` are no suppositions of what is done.)
  return /^\p{L}{2,}ing$/u.test(verb) && !/^(?:going|willing|(?:some|no|any|every)thing)$/.test(verb) && !LATER_TIME.test(sentence.text)
}

/** Whether the sentence states its plan with `will` and holds no other hedge than `hit`. */
function willWithoutDoubt(tokens: readonly Token[], hits: readonly PhraseHit[], hit: PhraseHit): boolean {
  const stated = tokens.some((token) => /^(?:will|'ll|we'll|shall)$/.test(token.word))
  const doubted = tokens.some((token) => UNCERTAIN_MODALS.has(token.word)) || hits.some((other) => other !== hit && (other.category === 'hedge' || other.category === 'aspiration' || other.category === 'exploration'))
  return stated && !doubted
}

/**
 * The hedge of a plan put off in a later clause (`..., but optional validation may be added in the future`), for a
 * sentence whose main clause holds none: see `hedgedPassiveInLaterClause`. Not in a question, a report of the past, a
 * condition or a story, and not when a deadline dates the plan.
 */
export function laterClauseHedge(sentence: Sentence, hits: readonly PhraseHit[], frame: Frame, deadline: Span | undefined): PhraseHit | undefined {
  if (deadline || (!frame.plan && frame.reason !== 'description')) return undefined
  const passive = hedgedPassiveInLaterClause(sentence.text, sentence.tokens)
  const modal = passive === -1 ? authorsPutOffInLaterClause(sentence.text, sentence.tokens) : passive
  if (modal === -1) return undefined
  const hit = hits.find((candidate) => candidate.category === 'hedge' && candidate.firstToken === modal && candidate.endToken === modal + 1)
  return hit && !notTheAuthorsDoubt(sentence, hit) ? hit : undefined
}

/**
 * `X will be deprecated and eventually removed`, `Deprecate and eventually remove X`: the removal after a deprecation
 * put off with no date, whatever the sentence's form (`added to the ISO and eventually installed` is a sequence of
 * steps, not a removal put off).
 */
export function removalPutOff(sentence: Sentence, hits: readonly PhraseHit[], deadline: Span | undefined): PhraseHit | undefined {
  if (deadline) return undefined
  const {tokens} = sentence
  return hits.find(
    (hit) =>
      hit.phrase.toLowerCase() === 'eventually' &&
      tokens[hit.firstToken - 1]?.word === 'and' &&
      /^deprecat/.test(tokens[hit.firstToken - 2]?.word ?? '') &&
      /^(?:remov|delet|drop)/.test(tokens[hit.endToken]?.word ?? '')
  )
}

/** `It may be possible to X`, `It's possible that X will be added`, after at most one leading phrase (`In the future, it may be possible to ...`). (`it would be possible to` says what a design allows, like `it will be possible to`.) */
const POSSIBLE_OPENING = /^(?:[^,]{0,80},\s*)?(it(?:'s| is| may be| might be| could be)(?: also)? possible (?:that|to))\b/i

/**
 * `In the future, it may be possible to merge them`, `It's possible that an extensible Kind will be added in the future`:
 * a possibility the authors put off to a later time, with no decision. Not a plan that waits on a condition (`... once
 * the other team rearchitects X`, `if we ever change our mind`), not what a change makes possible (`This makes it
 * possible to ...` does not open with `it`), not a forecast of what others do, and not when a deadline dates it.
 */
export function possibilityPutOff(sentence: Sentence, frame: Frame, deadline: Span | undefined): PhraseHit | undefined {
  if (deadline || (!frame.plan && frame.reason !== 'description')) return undefined
  const {text} = sentence
  const opening = POSSIBLE_OPENING.exec(text)
  if (!opening) return undefined
  const rest = text.slice(opening[0].length)
  // (A condition in a relative clause, `..., which would allow a clearer diagnostic if a value is captured`, is the
  // thing's, not the possibility's.)
  const clause = rest.split(/,\s*(?:which|who|whose)\b/i, 1)[0]
  if (!LATER_TIME.test(text) || WAITS_ON.test(clause) || WAITS_ON.test(opening[0])) return undefined
  // `It is possible that users will hit this limit in the future`: a forecast of what others do.
  if (OTHERS.has(/^\s*([\p{L}']+)/u.exec(rest)?.[1]?.toLowerCase() ?? '')) return undefined
  return hedgeAt(sentence, opening[1], opening[0].length - opening[1].length, opening[0].length)
}

/**
 * Participles of work put off in a passive with `will` (`will be addressed`, `will be determined`): narrower than
 * voice.ts's PLANNED, because `will` states the plan, and only work whose content is still open reads as put off
 * (`will be removed in the future` announces a removal).
 */
const WORK_PUT_OFF = /^(?:determined|decided|defined|discussed|finali[sz]ed|designed|addressed|supported|implemented|added|revisited|reconsidered|considered|investigated|explored|evaluated|provided|introduced|extended|expanded|generali[sz]ed|relaxed|lifted|reworked)$/

/** `will be`, `will need to be`, `will have to be`, `will also be` after the subject: the tokens from `will` to `be`. */
const WILL_BE = /^(?:will|shall)(?: (?:need|have) to| also)? be$/

/**
 * `This will be supported in the future`, `Engineering details will be determined in the future`, `Authentication will
 * need to be added in the future`: work on the authors' own design stated in the passive with `will` and put off to a
 * time with no date (a timing phrase of the hedge list, TIMING: `later` is not one, and `promoted later` follows a stage),
 * the timing dodge the tune labels call a hedge. Only when the sentence opens with it (a subject of at most five words
 * that is not a person, then `will ... be` and a participle of work, then the time in the same clause); not when it
 * waits on a condition (`... when generators are proposed`), nor beside the scope the document fixes (`out of scope of
 * this KEP and will be covered in a separate KEP in the future`), nor when a deadline dates it.
 */
export function passivePutOff(sentence: Sentence, hits: readonly PhraseHit[], frame: Frame, deadline: Span | undefined): PhraseHit | undefined {
  if (deadline || (!frame.plan && frame.reason !== 'description')) return undefined
  const {text, tokens} = sentence
  const will = tokens.findIndex((token) => token.word === 'will' || token.word === 'shall')
  if (will < 1 || will > 5 || NOT_ACTED_ON_BY_A_PLAN.has(tokens[will - 1].word) || /[,;:(]/.test(text.slice(tokens[0].start, tokens[will].start))) return undefined
  const be = tokens.findIndex((token, index) => index > will && token.word === 'be')
  if (be === -1 || be - will > 3 || !WILL_BE.test(tokens.slice(will, be + 1).map((token) => token.word).join(' '))) return undefined
  const participle = be + 1 + (/^(?:further|fully|properly)$/.test(tokens[be + 1]?.word ?? '') ? 1 : 0)
  if (!WORK_PUT_OFF.test(tokens[participle]?.word ?? '') || WAITS_ON.test(text) || SCOPED_OUT.test(text) || SEPARATE_DOCUMENT.test(text)) return undefined
  // The time follows the participle in its clause (`will be implemented in Java, Go, and Node in the future`; not after `, but ...`).
  const clauseEnd = tokens[participle].end + text.slice(tokens[participle].end).split(/[;:]|,\s*(?:but|though|although|while)\b/i, 1)[0].length
  return hits.find((hit) => hit.category === 'hedge' && hit.firstToken > participle && hit.end <= clauseEnd && TIMING.test(hit.phrase.toLowerCase()))
}

/** Subjects a passive plan of the authors does not have: people act themselves (`Users will be supported ...` is a promise to them, not work put off). */
const NOT_ACTED_ON_BY_A_PLAN = new Set(['users', 'user', 'customers', 'customer', 'developers', 'people', 'you', 'we', 'i', 'they', 'operators', 'administrators', 'admins'])

/** `will be covered in a separate KEP`, `in another proposal`, `a follow-up RFC`: the work is another document's, the scope is decided. */
const SEPARATE_DOCUMENT = /\b(?:separate|another|different|follow-?up|future|subsequent|later|dedicated) (?:kep|rfc|proposal|enhancement|design|tep|otep|document|doc|pr)s?\b/i

/**
 * `Our eventual goal is X`, `The goal of this enhancement would be to eventually remove X`, `Our long term goal is to X`,
 * `Long term, the goal is for X`: a goal put off in so many words. (`X is a long-term goal for Y` describes a goal that
 * stands; `There is a long term plan to deprecate X` reports one.)
 */
const GOAL_PUT_OFF =
  /\b(eventual goal)\b|\bgoal\b[^.;:]{0,60}?\b(?:is|was|would be|has always been|will be) to (eventually)\b|\b(?:our|the|my) (long[- ]term (?:goal|aim|ambition|intent|intention))s? (?:is|are|would be|will be)\b|^(?:in the )?(long[- ]term),? (?:the|our) (?:goal|aim|ambition|intent|intention) (?:is|would be|will be) (?:to|for)\b/i

/** Whether the text names a goal put off (`Our long term goal is to ...`), which no phrase of the lists holds. */
export function namesGoalPutOff(text: string): boolean {
  return GOAL_PUT_OFF.test(text)
}

/**
 * The authors' goal named and put off to an undated later (`The eventual goal of this experimentation is that ...`,
 * `The goal of this new backend has always been to eventually replace X`, `Our long term goal is to X`), whatever the
 * sentence's form; a deadline dates it.
 */
export function goalPutOff(sentence: Sentence, deadline: Span | undefined): PhraseHit | undefined {
  if (deadline) return undefined
  const match = GOAL_PUT_OFF.exec(sentence.text)
  if (!match) return undefined
  const phrase = match.slice(1).find((group) => group !== undefined) ?? match[0]
  const start = match.index + match[0].indexOf(phrase)
  return hedgeAt(sentence, phrase, start, start + phrase.length)
}

/** Subjects whose wishes are not the authors': `users may want to`. */
export const OTHERS = new Set(['users', 'user', 'customers', 'customer', 'developers', 'people', 'folks', 'you', 'they', 'them', 'companies', 'one', 'someone', 'anyone', 'contributors', 'operators', 'administrators', 'admins', 'consumers', 'callers', 'projects', 'libraries', 'applications', 'apps', 'programs', 'crates'])

/** `we will`, `we'll`, `I will` right before `at` (`upstream will want to` is another party's want). */
function authorsWill(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.word ?? ''
  return before === "we'll" || before === "i'll" || (/^(?:will|'ll)$/.test(before) && AUTHORS.has(tokens[at - 2]?.word ?? ''))
}

/** Verbs that aim at a problem rather than a result: `fill this gap`, `address these issues`, `tackle the hard problems`. */
const AT_A_PROBLEM = /^(?:fill|address|solve|rectify|close|bridge|tackle)$/

/** Nouns of a problem: `gap`, `issues`, `shortcomings`. */
const PROBLEM = /^(?:gaps?|problems?|issues?|shortcomings?|limitations?|pain|challenges?)$/

/**
 * `We aim to fill this gap with an optional range of capabilities`, `This proposal aims to fill these gaps, providing
 * shared tooling`: an aspiration whose verb aims at a problem (named within three words) with no means after `by` and
 * no result after `so that`; `This KEP aims to address this problem by making the kubelet aware of X` and `we aim to close
 * the gap in X, so that the scheduler will not ...` say what will be done. Not in a clause that describes a noun (`a set
 * of changes that aims to solve several issues`).
 */
function aimsAtAProblem(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!AT_A_PROBLEM.test(tokens[hit.endToken]?.word ?? '') || /^(?:that|which)$/.test(tokens[hit.firstToken - 1]?.word ?? '')) return false
  if (!tokens.slice(hit.endToken + 1, hit.endToken + 4).some((token) => PROBLEM.test(token.word))) return false
  const rest = tokens.slice(hit.endToken + 1)
  return !rest.some((token, index) => token.word === 'by' || (token.word === 'so' && rest[index + 1]?.word === 'that'))
}

/** Whether `not be able` stands at `at`: after a modal, an inability foreseen (`we may not be able to`). */
function inabilityAfter(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.word === 'not' && tokens[at + 1]?.word === 'be' && tokens[at + 2]?.word === 'able'
}

/** Whether the authors and a modal open a clause at `at`: `we can expand`, `we'd go`, `I'll add`. */
function opensAuthorsModalClause(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word ?? ''
  return /^(?:we|i)(?:'d|'ll)$/.test(word) || (/^(?:we|i)$/.test(word) && MODALS.has(tokens[at + 1]?.word ?? ''))
}

/** Verbs of proposing after a wish: `We would like to propose X` states the proposal. */
const PROPOSING = /^(?:propose|suggest|recommend)$/

/** Whether a phrase hedges the authors' own plan. */
export function isHedge(sentence: Sentence, hits: readonly PhraseHit[], hit: PhraseHit, frame: PlanFrame, target: Span | undefined, deadline: Span | undefined): boolean {
  const {tokens, text} = sentence
  if (hit.category !== 'hedge' && hit.category !== 'exploration' && hit.category !== 'aspiration') return false
  // `the future-facing project`: the phrase's last word begins a compound, the phrase is not there.
  if (tokens[hit.endToken]?.hyphenated) return false
  if (openDecisionIn(text)) return !deadline
  // `The DRI is expected to update this as appropriate`: a vision or a role's duty states a state; only an opening hedge (`Ideally, X is ...`) hedges it.
  // `Steps 5 and 8 are stretch goals`: work named a stretch goal is not committed, whatever the sentence's form; a date commits it.
  if (/^stretch goals?$/i.test(hit.phrase)) return !deadline
  // (`The choice between A and B is deferred to the future`: the state described is the plan put off.)
  if (frame.kind === 'vision' && hit.firstToken > 0 && !PUT_OFF.test(hit.phrase.toLowerCase())) return false
  if (notTheAuthorsDoubt(sentence, hit)) return false
  // `The file is too long to edit by hand, but we could generate it from the schema`: in the authors' later clause, a
  // bare possibility with no later time is an alternative weighed (`..., so we may revisit this in the future` puts off).
  if (frame.clauseStart !== undefined && /^(?:(?:we|i) )?(?:could|may|might|can)$/i.test(hit.phrase) && !LATER_TIME.test(text.slice(tokens[frame.clauseStart].start))) return false
  // `Ideally, X would ... Unfortunately, ...`: an ideal set against what is, a constraint described, not a plan hedged.
  if (hit.phrase.toLowerCase() === 'ideally' && answeredNext(sentence)) return false
  // `We may as well retire the old dashboards`: a decision.
  if (tokens[hit.endToken]?.word === 'as' && tokens[hit.endToken + 1]?.word === 'well') return false
  // `we might rather write`, `we would rather not`: a preference or a counterfactual, not an undecided plan.
  if (tokens[hit.endToken]?.word === 'rather') return false
  // `so we may not be able to depend on it (in the future)`: an inability foreseen, a constraint on the plan, not the plan left open.
  if (inabilityAfter(tokens, hit.endToken) || (frame.uncertainModal !== undefined && inabilityAfter(tokens, frame.uncertainModal + 1))) return false
  // `The code will most likely have to include linker annotations`, `we may need new tools`: a need foreseen, not the
  // plan hedged (`We may need to make quota extensible in the future` still puts the plan off).
  if (foreseesANeed(tokens, hit) || foreseesARisk(tokens, hit) || supposesAState(sentence, hit)) return false
  // `We could cache the index. However, ...`: an alternative weighed, and answered in the next sentence.
  if (/^(?:could|might)$/.test(tokens[hit.endToken - 1]?.word ?? '') && answeredNext(sentence)) return false
  // `We could allow scripts as positional arguments but most commands already accept one`: the authors' `could` or
  // `can`, answered in the same sentence by what speaks against it (`We can either X or Y` leaves the choice open).
  if (/^(?:could|can)$/.test(tokens[hit.endToken - 1]?.word ?? '') && hit.firstToken <= 2 && tokens[hit.endToken]?.word !== 'either' && answeredInSentence(text.slice(hit.end))) return false
  // `Loki will become our default log store in the near future`, `The old service will be deprecated in the near
  // future`: a plan stated with `will` and a near time is decided, only its date is loose (`In the near future we want
  // to expand ...` still wishes).
  if (hit.phrase.toLowerCase() === 'in the near future' && willWithoutDoubt(tokens, hits, hit)) return false
  // `We will find a fix at some point within the next 6 months`: a time named with the vague one dates the plan.
  if ((TIMING.test(hit.phrase.toLowerCase()) || /^eventual goal$/i.test(hit.phrase)) && deadline) return false
  // `We want the design to be able to support more kinds in the future`: room left for later, not a deferred action (`In the future, we may add ...` opens with it and defers).
  if (TIMING.test(hit.phrase.toLowerCase()) && hit.firstToken > 0 && EXTENSIBLE.test(text)) return false
  // `other libraries that may be developed in the future`, `the memory which the allocator is least likely to pick in the
  // future`: the future of a thing the sentence describes, in a relative clause, not the authors' action put off.
  if (TIMING.test(hit.phrase.toLowerCase()) && hit.firstToken > 0 && laterInRelativeClause(text, tokens, hit)) return false
  // `prepare for other token formats in the future`, `avoid decisions that make it harder to do so in the future`, `We don't plan to
  // include X in the future either`: the future named to keep a door open or shut, not an action put off.
  if (TIMING.test(hit.phrase.toLowerCase()) && DOOR.test(text)) return false
  // `Make a "log out everywhere" feature possible in the future`, `set the stage for a richer API in the future`, `we can
  // extend the notion of ranges in the future`: what the plan makes possible later, in the same clause before the time.
  if (TIMING.test(hit.phrase.toLowerCase()) && hit.firstToken > 0 && OPENS_DOOR.test(clauseBefore(text, hit))) return false
  // `Provide a default, so that this plugin can be deprecated in the future`, `so they can be run continually, or be designed in
  // the future to ...`: the time belongs to what the plan makes possible for something else, in a purpose clause (`so
  // in the future we can open source the code` is the authors' own step).
  if (TIMING.test(hit.phrase.toLowerCase()) && PURPOSE_OF_ANOTHER.test(text.slice(0, hit.start))) return false
  // `We should consider the big picture`: consider as regard; `we should consider moving` defers.
  if (/\bconsider(?:ing)?$/.test(hit.phrase.toLowerCase()) && REGARDED.test(tokens[hit.endToken]?.word ?? '') && !deferredObject(tokens, hit)) return false
  const word = tokens[hit.firstToken].word
  if (hit.category === 'aspiration') {
    if (aimOfTheMainClause(sentence, hit)) return false
    // `plan out any changes that we wish to make`: the wish names which changes, in a clause that describes a noun.
    if (describesWhichOnes(tokens, hit)) return false
    // `We would like to suggest a simple mode abstraction`, `We'd like to propose the following structure`: the
    // proposal itself, in its polite form (all three blind judges called two such decision records debatable).
    if (PROPOSING.test(tokens[hit.endToken]?.word ?? '')) return false
    if (WISHES.test(hit.phrase.toLowerCase())) return true
    // `We will also want to add C features`, `we'll want to migrate our plugins`: a want foreseen, not the plan (`we want to` states it).
    if (/^wants?$/.test(word) && authorsWill(tokens, hit.firstToken - (tokens[hit.firstToken - 1]?.word === 'also' ? 1 : 0))) return true
    // `We aim to cut CI time to 10 min by Q3` is a goal; `We aim to improve onboarding` is a wish.
    if (target || deadline || /^wants?$/.test(word)) return false
    // `We aim to fill this gap`, `This proposal aims to address existing problems`: a problem aimed at with no means (`by
    // ...`) or result (`so that ...`) named leaves what will be done open.
    if (aimsAtAProblem(tokens, hit)) return true
    // `aims to bring the benefits of operators to ExternalDNS`, `we aim to extend its benefits to the community`: benefits
    // aimed at, with none named, are a wish.
    if (tokens.slice(hit.endToken, hit.endToken + 5).some((token) => token.word === 'benefits')) return true
    // `At this point we'll be aiming to roll it out to more customers`, `We are aiming to avoid ...`: the authors
    // describe their aim as under way, whatever it delivers; `we aim to ship X` states the plan.
    const be = hit.firstToken - 1
    if (word === 'aiming' && /^(?:be|are|'re)$/.test(tokens[be]?.word ?? '') && (AUTHORS.has(tokens[be - 1]?.word ?? '') || authorsWill(tokens, be))) return true
    // `This proposal aims to create a unified and consistent mechanism`: a deliverable, whatever it is called (`aims to provide X
    // and improve Y` still wishes for the improvement).
    const delivers =
      DELIVERING.test(tokens[hit.endToken]?.word ?? '') || /^(?:create|give|define|allow|enable|stabili[sz]e|offer|land|launch|release|finali[sz]e)$/.test(tokens[hit.endToken]?.word ?? '')
    // `We aim to stabilize cargo script, a feature that ... making it much easier to ...`: the improvement after a comma, a
    // relative pronoun or `so` is the deliverable's benefit; `aims to provide X and improve Y` still wishes for Y.
    const benefitFrom = tokens.findIndex((token, index) => index > hit.endToken && (/^(?:which|that|so)$/.test(token.word) || /[,;(]/.test(text.slice(tokens[index - 1].end, token.start))))
    const aimed = (other: PhraseHit) => other.firstToken > hit.endToken && (benefitFrom === -1 || other.firstToken < benefitFrom) && other.category === 'improvement'
    if (delivers && !hits.some(aimed)) return false
    return hits.some((other) => other.firstToken >= hit.endToken && (other.category === 'improvement' || other.category === 'quality' || other.category === 'exploration'))
  }
  if (hit.category === 'exploration') {
    if (hit.firstToken !== frame.predicate || gerundSubject(tokens, hit)) return false
    // `We will evaluate A and B and pick one by Q2`, `Investigate alternatives` under `### FY23 Q3`: a committed, dated investigation.
    if (deadline || headingDated(sentence) || tokens.slice(hit.endToken).some((token) => DECIDING.has(token.word))) return false
    if (/^(?:consider|evaluat)/.test(word)) return deferredObject(tokens, hit)
    return true
  }
  // One-word hedges: a modal or an adverb next to the plan's verb.
  if (hit.endToken - hit.firstToken === 1 && UNCERTAIN_MODALS.has(word)) {
    if (frame.uncertainModal !== hit.firstToken) return false
    if (tokens[hit.endToken]?.word === 'as' && tokens[hit.endToken + 1]?.word === 'well') return false
    // (`would like to`: the wish, unless it proposes, as above.)
    if (tokens[hit.endToken]?.word === 'like') return !(tokens[hit.endToken + 1]?.word === 'to' && PROPOSING.test(tokens[hit.endToken + 2]?.word ?? ''))
    // `We would love to help you`, `we'd be happy to review`: an offer to the reader.
    if (/^(?:love|be)$/.test(tokens[hit.endToken]?.word ?? '') && /^(?:to|happy|glad)$/.test(tokens[hit.endToken + 1]?.word ?? '')) return false
    // `We would leverage the jsonpath library`: a proposal's conditional mood for its own design (it holds if the
    // proposal is accepted), not doubt; `we could`, `we might` and `we may` stay hedges.
    // The same mood with any subject (`This RFC would allow splitting the shim`, `support would be removed from RHEL`):
    // on the tune split, none of the four sentences reported for a bare `would` was a hedge.
    if (word === 'would' || word === "'d") return false
    return frame.kind === 'first-person' || frame.kind === 'goal-statement' || frame.kind === 'target-state'
  }
  if (word === 'eventually' && tokens[hit.endToken]?.word === 'consistent') return false
  if (hit.endToken - hit.firstToken === 1 && HEDGING_ADVERB.test(word)) {
    // `potentially breaking changes`, `likely better`: an adverb on an adjective describes, it does not hedge the plan.
    const next = tokens[hit.endToken]?.word ?? ''
    if (/(?:ing|ed|er|ble|ive|ous|al)$/.test(next) && !/^(?:adding|moving|using|making|removing|replacing|deprecating|supporting|introducing)$/.test(next)) return false
    // `will potentially break old clients`: a risk, not a hedge on the plan.
    if (RISK_VERB.test(next)) return false
    // `Maybe, in time, we will ...`: the whole plan is hedged.
    if (hit.firstToken === 0) return true
    // `So, ideally, we'd go with zstd`, `..., eventually we can expand this to all values`: the adverb opens a clause of
    // the authors after a leading phrase and hedges what they will do in it, as it does opening the sentence.
    if (opensAuthorsModalClause(tokens, hit.endToken)) return true
    // `Deprecate and eventually remove the ipvs mode`: the adverb puts off the second verb of the instruction.
    if (tokens[hit.firstToken - 1]?.word === 'and' && isActionVerb(next, new Set()) && frame.kind === 'imperative') return true
    // `resolving perhaps the most critical gap`: the adverb weighs a superlative, it does not hedge the plan.
    if (/^(?:the|a|an)$/.test(next) && /^(?:most|least|best|worst|biggest|largest|main|only)$/.test(tokens[hit.endToken + 1]?.word ?? '')) return false
    // `possibly through a keyword`, `perhaps via a flag`: the means of the plan is left open.
    if (/^(?:through|via|by|with|using|as|in|at|for|the|a|an)$/.test(next)) return true
    return hit.firstToken <= frame.predicate + 1 && hit.firstToken >= Math.min(frame.afterSubject, frame.predicate) - 1
  }
  return true
}
