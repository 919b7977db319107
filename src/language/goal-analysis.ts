/**
 * The goal analysis of one sentence, which the four language rules ask: whether
 * it is the authors' plan, the slots of the goal it states (target, deadline,
 * scope), the hedge or pitch attached to it (`readSentence`), and the one
 * finding it gets outside a criteria list, from the most specific rule that is
 * on (`judgeSentence`):
 *
 *   strategy-noncommittal > strategy-vague-goal > strategy-unquantified-pitch
 *
 * (a plan not decided yet has to be decided before it can be measured; a pitch
 * is the least specific). Items of criteria lists are judged in criteria.ts,
 * and findings.ts gathers a document's findings, at most one per sentence.
 */
import type {StrategyDocument} from '../model/document.js'
import {perSection, type Section} from '../model/sections.js'
import {namesAnAside, underVisionHeading} from '../model/goal-headings.js'
import {features, sourceRange, textUnits, type Sentence, type TextUnit} from './analysis.js'
import {isConditional, isNegated, isTradeoff, quote} from './goals.js'
import {leadsIntoList, leadsIntoNestedList, underNonPlanLead} from './list-context.js'
import type {PhraseHit, Token} from './matcher.js'
import {findDeadlines, findMilestones, findTargets, findScope, isStartDate, type Span} from './recognisers.js'
import {frameOf, isActionVerb, opensConclusion, UNCERTAIN_MODALS, type Frame, type PlanFrame} from './voice.js'
import {hitsOf, type Configuration, type Finding, type LanguageRule} from './configuration.js'

/** What the analysis found in one sentence. */
export interface Reading {
  sentence: Sentence
  frame: Frame
  hedge: PhraseHit | undefined
  pitch: PhraseHit | undefined
  /** An improvement or vague quality the sentence promises. */
  improvement: PhraseHit | undefined
  adoption: PhraseHit | undefined
  target: Span | undefined
  /** The target is only an all-or-nothing word (`every team`), not a number. */
  targetIsScope: boolean
  deadline: Span | undefined
  scope: Span | undefined
}

const readings = new WeakMap<Sentence, WeakMap<Configuration, Reading>>()

/** Read one sentence (memoised per configuration). */
export function readSentence(sentence: Sentence, configuration: Configuration): Reading {
  let perConfiguration = readings.get(sentence)
  if (!perConfiguration) readings.set(sentence, (perConfiguration = new WeakMap()))
  let reading = perConfiguration.get(configuration)
  if (!reading) {
    reading = buildReading(sentence, configuration)
    perConfiguration.set(configuration, reading)
  }
  return reading
}

function buildReading(sentence: Sentence, configuration: Configuration): Reading {
  const {tokens, text} = sentence
  const hits = hitsOf(sentence, configuration)
  const found = features(sentence)
  // (`continuing from the 2025h2 goal`: a milestone after `from` or `since` is where the work started, not its deadline.)
  const deadline = found.deadlines.find((span) => !isStartDate(text, span)) ?? findMilestones(text, tokens, configuration.milestones).find((span) => !isStartDate(text, span))
  // `Simplify metrics so that users can see what they care about easily`: an end state that is itself a quality is no target.
  const targets = findTargets(text, tokens, found).filter(
    (span) => !/^(?:so|such) that\b/i.test(span.text) || !hits.some((hit) => hit.start >= span.start && hit.end <= span.end && (hit.category === 'quality' || hit.category === 'improvement'))
  )
  const target = targets[0]
  const framed = frameOf(text, tokens, actionWords(hits))
  const frame = (!framed.plan && framed.reason === 'description' && visionStatement(sentence, hits)) || (classifiesTheSubject(framed, tokens, sentence) ? DESCRIPTION : framed)
  const code = sentence.unit.code.filter((span) => span.start < sentence.end && span.end > sentence.start)
  // `Higher-level tools`, `lower-level APIs`: a comparative joined to the next word is part of a compound, not a change.
  // (`sub-optimal`, `non-robust`: the phrase is the end of a compound; `higher level facilities`: a comparative of level, not a change.)
  const compound = (hit: PhraseHit) =>
    (hit.category === 'improvement' && /^-\p{L}/u.test(text.slice(hit.end))) ||
    /\p{L}-$/u.test(text.slice(0, hit.start)) ||
    (/^(?:higher|lower)$/i.test(hit.phrase) && /^(?:level|order|ranked|kinded)$/.test(tokens[hit.endToken]?.word ?? '')) ||
    // `Raise alerts identifying workloads`: raising what is emitted is no increase; `this enhancement` names the proposal.
    (/^rais/i.test(hit.phrase) && (EMITTED.test(tokens[hit.endToken]?.word ?? '') || EMITTED.test(tokens[hit.endToken + 1]?.word ?? ''))) ||
    (/^enhancements?$/i.test(hit.phrase) && /^(?:this|that|the|an|our)$/.test(tokens[hit.firstToken - 1]?.word ?? '')) ||
    // `Upgrade test X`, `test the upgrade->downgrade path`: the upgrade a test exercises, a noun, not a change promised.
    (/^upgrad/i.test(hit.phrase) && (UPGRADE_NOUN.test(tokens[hit.endToken]?.word ?? '') || /^\s*(?:->|→|\/)/.test(text.slice(hit.end))))
  // `Consistent with the rest of the language`: conformance to a named thing, checkable, not a quality promised.
  const conforms = (hit: PhraseHit) => hit.category === 'quality' && /^consistent(?:ly)?$/i.test(hit.phrase) && tokens[hit.endToken]?.word === 'with'
  const usable = (hit: PhraseHit) => !isNegated(tokens, hit) && !isMentioned(sentence, code, hit) && !compound(hit) && !conforms(hit)
  const improvement = frame.plan
    ? hits.find(
        (hit) =>
          (hit.category === 'improvement' || hit.category === 'quality') &&
          usable(hit) &&
          carriesPlan(text, tokens, frame, hit) &&
          !isTradeoff(tokens, hit) &&
          (!PRIORITY.test(hit.phrase) || namesQuality(tokens, hit))
      )
    : undefined
  const adoption = frame.plan ? hits.find((hit) => hit.category === 'adoption' && usable(hit) && carriesPlan(text, tokens, frame, hit) && !beforeGerund(tokens, hit)) : undefined
  // `Ship X (possibly with a Y)`: a hedge in a parenthetical aside qualifies an example, not the plan (`(probably) a goal to ...` opens with it and hedges all).
  // (`Ship the exporter (maybe in Q3)` hedges its timing: an aside that names a time is no aside.)
  const aside = (hit: PhraseHit) => !/^\s*\(/.test(text) && inParentheses(text, hit.start) && !TIMED_ASIDE.test(parentheticalAt(text, hit.start))
  const hedge =
    openWithoutDate(sentence, deadline) ??
    (frame.plan
      ? hits.find((hit) => usable(hit) && !aside(hit) && isHedge(sentence, hits, hit, frame, target, deadline))
      : hits.find((hit) => usable(hit) && !aside(hit) && isStrongHedge(sentence, hit, frame)))
  // `does not follow best practices` argues from best practice as much as `follows best practices` does; `a more idiomatic-feeling union` is a compound that describes.
  const negatedFollowing = (hit: PhraseHit) => FOLLOWING.has(tokens[hit.firstToken - 1]?.word ?? '') && isNegated(tokens, hit)
  const pitch = hits.find(
    (hit) =>
      hit.category === 'fashion' &&
      (usable(hit) || (negatedFollowing(hit) && !isMentioned(sentence, code, hit))) &&
      !/^-\p{L}/u.test(text.slice(hit.end)) &&
      !inName(text, hit) &&
      isArgument(tokens, hit) &&
      // `Hence it is better and safer to ...`: the conclusion of reasons just given, not an argument from taste.
      !opensConclusion(tokens) &&
      !weighsActions(text, tokens, hit) &&
      // In the authors' plan (`We will move to a cutting-edge service mesh`) the kind is what they chose it for.
      (authorsChoose(frame) || !describesAKind(text, tokens, hit))
  )
  return {
    sentence,
    frame,
    hedge,
    pitch,
    improvement,
    adoption,
    target,
    targetIsScope: targets.length > 0 && targets.every((span) => /^(?:every|all|none|zero)$/i.test(span.text)),
    deadline,
    scope: findScope(text, tokens, sentence.unit.code, adoption?.endToken ?? 0)
  }
}

/**
 * `Printing the note at the end is better than not printing it`, `Running applications with less privileges is
 * better for security`: two courses of action weighed, the subject a gerund with its object, not a thing praised by
 * taste (`Functional programming is better`, `Go is better`). On the tune split all six sentences of this form
 * reported for `is better` were such trade-offs.
 */
function weighsActions(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^(?:is|are) better$/i.test(hit.phrase)) return false
  // The clause's first word: after the last `;`, `:` or `, but` before the phrase.
  const but = text.lastIndexOf(' but ', hit.start)
  const clauseStart = Math.max(text.lastIndexOf(';', hit.start) + 1, text.lastIndexOf(':', hit.start) + 1, but === -1 ? 0 : but + 5)
  const first = tokens.findIndex((token) => token.start >= clauseStart)
  if (first === -1 || first >= hit.firstToken - 1) return false
  const word = tokens[first].word
  return word.length > 4 && word.endsWith('ing') && !COPULAS.has(tokens[first + 1].word)
}

const DESCRIPTION: Frame = {plan: false, reason: 'description'}

/**
 * `Runtime code generation is a very powerful building block`, `TopoLVM is a great solution for local storage`: a
 * copula followed by an article says what kind of thing the subject is, a description, where `IDE feedback is
 * instant` states a quality to reach. Under a heading that names the state to reach, it is the vision's target.
 */
function classifiesTheSubject(frame: Frame, tokens: readonly Token[], sentence: Sentence): boolean {
  if (!frame.plan || frame.kind !== 'vision' || !/^(?:a|an)$/.test(tokens[frame.predicate]?.word ?? '')) return false
  return !underVisionHeading(sentence.unit.section)
}

/**
 * `Sourcegraph lets engineers dive into unfamiliar code quickly`, `The build completes quickly enough that ...` under
 * `## Vision`: a vision is written in the present tense, as if reached, so under a heading that names the state to reach
 * a sentence that praises a quality (`quickly`, `seamlessly`, `delightful`) states the target the way `IDE feedback is
 * instant` does.
 */
function visionStatement(sentence: Sentence, hits: readonly PhraseHit[]): Frame | undefined {
  if (!underVisionHeading(sentence.unit.section)) return undefined
  const quality = hits.find((hit) => hit.category === 'quality' && (/ly$/.test(sentence.tokens[hit.firstToken].word) || PROMISE.test(hit.phrase)))
  if (!quality || /^(?:if|when|because|since|although|while)\b/i.test(sentence.text) || /\?\s*$/.test(sentence.text)) return undefined
  return {plan: true, kind: 'vision', predicate: quality.firstToken, afterSubject: quality.firstToken, uncertainModal: undefined}
}

/** Nouns after `upgrade` that make it a noun modifier: `upgrade test`, `upgrade path`, `upgrade notes`. */
const UPGRADE_NOUN = /^(?:tests?|testing|path|paths|scenarios?|notes|guide|jobs?|procedure|process|strategy)$/

/** What is raised by being emitted, not increased: `raise alerts`, `raise an error`. */
const EMITTED = /^(?:alerts?|errors?|exceptions?|warnings?|events?|issues?|concerns?|questions?)$/

/** Qualities that promise an experience, vague whatever the modal: `Onboarding should be effortless`. */
const PROMISE = /^(?:effortless\w*|delight\w*|seamless\w*|frictionless|painless|lovable|world[- ]class|best[- ]in[- ]class|hassle free|magical|great (?:developer )?experience)$/i

/** The promises of PROMISE that praise the experience itself, not the ease of a step (`a seamless transition`). */
const PRAISE = /^(?:delight\w*|lovable|world[- ]class|best[- ]in[- ]class|magical|great (?:developer )?experience)$/i

/** Verbs that set a priority: vague only when what they prioritise is an abstract quality (`Prioritise platform stability`), not a thing (`Focus on user-writable locations`). */
const PRIORITY = /^(?:prioriti[sz]\w*|focus(?:ing)? on|invest(?:ing)? in|continue investing in)$/

/** Abstract qualities a priority can name without saying how much. */
const QUALITY_NOUN = /^(?:improvements?|stability|performance|reliability|experience|quality|productivity|velocity|security|scalability|efficiency|excellence|innovation|value|growth|resilience|availability|usability|maintainability|observability|simplicity|speed|agility|craftsmanship|ergonomics)$/

function namesQuality(tokens: readonly Token[], hit: PhraseHit): boolean {
  return tokens.slice(hit.endToken, hit.endToken + 4).some((token) => QUALITY_NOUN.test(token.word))
}

/**
 * A phrase that is mentioned rather than used: inside inline code, inside
 * quotation marks (`a "nice to have"`), or a name (`in the Future`, Rust's
 * `Future` type).
 */
function isMentioned(sentence: Sentence, code: readonly Span[], hit: PhraseHit): boolean {
  const start = sentence.start + hit.start
  if (code.some((span) => span.start <= start && span.end > start)) return true
  const before = sentence.text.slice(0, hit.start)
  if (((before.match(/["“”]/g) ?? []).length % 2 === 1)) return true
  const written = sentence.text.slice(hit.start, hit.end)
  // `There is the "future" configuration`: a phrase that runs into a quotation joins words the writer kept apart.
  if (/["“”]/.test(written)) return true
  return hit.start > 0 && /\bFuture\b/.test(written)
}

/** A pitch word capitalised inside a sentence and followed by another capitalised word is part of a name: `the new Standard Library interface`, `our Best Practices Guide`. */
function inName(text: string, hit: PhraseHit): boolean {
  return hit.start > 0 && /\p{Lu}\p{Ll}*$/u.test(text.slice(hit.start, hit.end)) && /^\s\p{Lu}/u.test(text.slice(hit.end, hit.end + 2))
}

/** Verbs of the phrase lists that can open an instruction (`Streamline ...`, `Explore ...`). */
function actionWords(hits: readonly PhraseHit[]): Set<string> {
  const words = new Set<string>()
  // Not the hedges: their first words are modals, adverbs and prepositions (`in the future`, `as appropriate`, `where possible`), which open no instruction.
  for (const hit of hits) if (hit.category !== 'fashion' && hit.category !== 'milestone' && hit.category !== 'hedge') words.add(hit.phrase.split(' ')[0].toLowerCase())
  return words
}

const MODAL_AFTER_AUTHOR = new Set(['will', 'shall', 'must', 'should'])

/** Verbs whose object is a state to reach: `ensure X is easy`, `make sure X is smooth`. */
const ENSURING = new Set(['ensure', 'ensures', 'ensuring', 'guarantee', 'sure'])

/** Qualities that, unqualified, describe what a design is rather than promise a change. */
const DESIGN_PROPERTY = /^(?:simple|consistent)$/i

/** Verbs that take an object and a quality: `make X easier`, `keep builds fast`. */
const MAKING = new Set(['make', 'makes', 'making', 'keep', 'keeps', 'keeping', 'render', 'get', 'bring'])

/**
 * Whether a quality follows `a` or `an` (`provide an easy way to start`, `ensure a smooth transition`, `a more robust
 * engine`): one thing offered, described by its quality, not a change promised for something that exists.
 */
function afterIndefiniteArticle(tokens: readonly Token[], hit: PhraseHit): boolean {
  const before = /^(?:more|less)$/.test(tokens[hit.firstToken - 1]?.word ?? '') ? hit.firstToken - 2 : hit.firstToken - 1
  return /^(?:a|an)$/.test(tokens[before]?.word ?? '')
}

/** Where a making verb stands up to four words before the quality (`make the CLI consistent`, `keep it simple`), or -1. */
function makingVerbBefore(tokens: readonly Token[], hit: PhraseHit): number {
  const from = Math.max(0, hit.firstToken - 4)
  const index = tokens.slice(from, hit.firstToken).findIndex((token) => MAKING.has(token.word))
  return index === -1 ? -1 : from + index
}

/**
 * Whether a phrase carries the plan: it is the main predicate (`Improve X`,
 * `We will simplify X`, `Faster builds`), or the quality a making verb aims at
 * (`Make onboarding easier`), or the state a vision or target describes
 * (`IDE feedback is instant`, `The API should be easy to use`). An
 * improvement in a purpose clause of a concrete action (`Build a home page to
 * better showcase pages`) does not.
 */
function carriesPlan(text: string, tokens: readonly Token[], frame: PlanFrame, hit: PhraseHit): boolean {
  const {predicate} = frame
  // `The new scheduler will improve throughput` claims an effect; `Builds should be faster` states the target.
  if (frame.kind === 'target-state' && hit.category === 'improvement' && !/(?:ed|er)$/.test(tokens[hit.firstToken].word)) return false
  // `Code search should be fast`, `The handbook should be easy to navigate`: a quality a thing should have is a principle, a requirement that stands; `should be faster` promises a change.
  const complement = tokens.slice(frame.afterSubject, predicate + 1).some((token) => token.word === 'be') && hit.firstToken >= predicate
  const comparative = /er$/.test(tokens[hit.firstToken].word) || /^(?:more|less)$/.test(tokens[hit.firstToken].word) || /^(?:more|less)$/.test(tokens[hit.firstToken - 1]?.word ?? '')
  if (frame.kind === 'target-state' && hit.category === 'quality' && complement && !comparative && !PROMISE.test(hit.phrase)) return false
  // `A simple API for log forwarding`, `Consistent behavior across build configurations`, `The design should be as
  // simple as it can be`: a design's property, which review can check; `simpler`, `more consistent` and `make the
  // CLI consistent` promise a change.
  if (hit.category === 'quality' && DESIGN_PROPERTY.test(hit.phrase) && !comparative && makingVerbBefore(tokens, hit) === -1) return false
  // (`Build a delightful product that devs love`, `a world-class platform`: praise promised, whatever the article; `a
  // seamless transition` describes the deliverable.)
  if ((hit.category === 'quality' || comparative) && afterIndefiniteArticle(tokens, hit) && !PRAISE.test(hit.phrase)) return false
  // `Desugaring X should make the compiler simpler`, `The cache will make reads faster`: a benefit claimed for a mechanism, not a goal set.
  // (`The platform team should make deploys faster` is a plan: people make, mechanisms claim.)
  const subjectHead = tokens[frame.afterSubject - 1]?.word ?? ''
  if (frame.kind === 'target-state' && /^(?:make|makes)$/.test(tokens[predicate]?.word ?? '') && !/^(?:teams?|squads?|groups?|orgs?|organi[sz]ations?|engineers|we|i)$/.test(subjectHead)) return false
  // (Before a vision's reading: `The next six months are focused on better defining X` names a focus, not a state.)
  if (focusedOn(tokens, predicate, hit)) return true
  // A vision states qualities (`is instant`) and changes done (`Deployments are simplified`, `has improved for every team`); `becomes less portable`, `is optimized for debugging` describe.
  if (frame.kind === 'vision' && hit.category !== 'quality') {
    const done = /(?:ed|ised|ized)$/.test(tokens[hit.firstToken].word) && hit.firstToken === predicate
    const after = tokens[hit.endToken]?.word
    return done && (after === undefined || !['for', 'by', 'to', 'with', 'in'].includes(after) || ['every', 'all', 'each'].includes(tokens[hit.endToken + 1]?.word ?? ''))
  }
  // `Make sure that X is smooth`, `Ensure our system remains easy to change`: the quality is the plan.
  if ((ENSURING.has(tokens[predicate]?.word ?? '') || tokens[predicate + 1]?.word === 'sure') && hit.category === 'quality') return true
  // `... and make it easy for developers to ...`, `making deployments easier`: a quality the plan makes, in any clause.
  // `Expose X in the JSON to make it possible to reliably observe Y`: a purpose of a concrete action (`to make` after the main verb) does not.
  const at = makingVerbBefore(tokens, hit)
  if (hit.category === 'quality' && at !== -1) {
    // `write an RFC that will limit the scope and make it easier to ...`: the benefit of a deliverable, in a relative clause.
    if (tokens.slice(predicate + 1, at).some((token) => token.word === 'that' || token.word === 'which')) return false
    if (!(tokens[at - 1]?.word === 'to' && at > predicate + 1 && !MAKING.has(tokens[predicate]?.word ?? ''))) return true
  }
  // `Build toward one lovable product`, `We will offer our admins delightful tooling`: a promised experience in the plan's object.
  if (hit.category === 'quality' && PROMISE.test(hit.phrase) && (frame.kind === 'imperative' || frame.kind === 'first-person') && hit.firstToken > predicate && hit.firstToken <= predicate + 6) return true
  // `We have a delightful admin experience`: a quality right after the verb.
  if (hit.category === 'quality' && hit.firstToken > predicate && hit.firstToken <= predicate + 2 && frame.kind !== 'imperative') return true
  if (hit.firstToken >= predicate && hit.firstToken <= predicate + (frame.kind === 'noun-phrase' || frame.kind === 'vision' || frame.kind === 'target-state' ? 2 : 0)) return true
  // `..., but we will modernise the build`: the plan of a second clause.
  if (MODAL_AFTER_AUTHOR.has(tokens[hit.firstToken - 1]?.word ?? '') && /^(?:we|i|team)$/.test(tokens[hit.firstToken - 2]?.word ?? '')) return true
  // `continuously improve`, `better support`: an adverb before the verb.
  if (hit.endToken === predicate && hit.category === 'improvement') return true
  // `Maintain and increase code quality`, `Create, manage, and optimize the platforms`: a verb joined to the plan's verb.
  const between = tokens.slice(predicate + 1, hit.firstToken)
  if (hit.category === 'improvement' && frame.kind === 'imperative' && between.length > 0 && between.length <= 4 && /^(?:and|or)$/.test(between[between.length - 1].word) && between.every((token) => /^(?:and|or)$/.test(token.word) || isActionVerb(token.word, new Set()))) return true
  // `Enable better analytics`, `Provide faster feedback on pull requests`: a comparative right after the instruction's verb promises a change in its object.
  if (frame.kind === 'imperative' && hit.firstToken === predicate + 1 && comparative) return true
  // `Fix self-contained issues and simplify the implementation`: an instruction joined by `and`, its verb the improvement.
  // (`for NEW and UPGRADE cluster states`: a capitalised word after `and` is a name in a list.)
  if (hit.category === 'improvement' && frame.kind === 'imperative' && hit.firstToken > predicate + 1 && /^(?:and|or)$/.test(tokens[hit.firstToken - 1].word) && isActionVerb(tokens[hit.firstToken].word, new Set()) && /^\p{Ll}/u.test(text.slice(hit.start, hit.end))) return true
  // `Continue our efforts to improve X`, `Continue with performance improvements`: the plan goes on with the improvement.
  if (tokens[predicate]?.word === 'continue' && hit.firstToken > predicate && hit.firstToken <= predicate + 5 && between.some((token) => token.word === 'to' || token.word === 'with')) return true
  if (MAKING.has(tokens[predicate]?.word ?? '') && hit.firstToken > predicate && hit.firstToken <= predicate + 6 && hit.category !== 'adoption') return true
  // `Sourcegraph teammates can easily contribute`: an adverb of quality on the main verb.
  return hit.category === 'quality' && /ly$/.test(tokens[hit.firstToken].word) && hit.firstToken >= frame.afterSubject - 1 && hit.firstToken <= predicate + 1
}

/** `move to building the checks` describes a change of work, not the adoption of a thing. */
function beforeGerund(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.phrase.endsWith(' to') && (tokens[hit.endToken]?.word.endsWith('ing') ?? false)
}

/** Whether a heading above the sentence (its section's or an ancestor's) names a date or milestone: `### FY23 Q3`, `## The next 6 months`. */
function headingDated(sentence: Sentence): boolean {
  return sectionDated(sentence.unit.section)
}

/** Whether the section's heading or one above it names a date or milestone. */
const sectionDated: (section: Section) => boolean = perSection(
  (section) => (section.title !== '' && findDeadlines(section.title).length > 0) || (section.parent ? sectionDated(section.parent) : false)
)

/** Words after an exploration that turn it into a decision with an outcome: `evaluate A and B and pick one`. */
const DECIDING = new Set(['decide', 'decides', 'choose', 'chooses', 'pick', 'picks', 'select', 'recommend', 'conclude', 'determine'])

/** An open decision stated as such: `Open: ...`, `still TBD`, `to be decided`. */
const OPEN_DECISION = /^(?:open(?: question| decision)?s?\s*[:—-]|undecided\b|to be decided\b|tbd\b)|\bopen (?:question|decision)s?\b|\b(?:is|are|remains?|still) (?:an? )?(?:open|tbd|undecided|to be decided|to be determined)\b(?![-'’]|\s+sourced?\b|\s+to\s+(?:comments?|contributions?|feedback|suggestions?|changes|input|ideas|discussions?|reviews?|pull requests|prs)\b)|\bto be (?:decided|determined)\b/i

/** What a document or project is `open to` when it invites the reader (`open to contributions`, `open to comments and changes`): no decision left open. */
const INVITED = /^(?:comments?|contributions?|feedback|suggestions?|changes|input|ideas|discussions?|reviews?|pull|prs)$/

/** Before `open questions`: `the open questions`, `the scenarios and open questions`, `scenarios/open questions` name a list of them, they leave nothing open. */
const NAMES_A_LIST = /(?:\b(?:the|these|those|its|our|their|any|all)\s+(?:[\p{L}-]+\s+(?:and|or)\s+)?|\/\s*)$/iu

/** An open decision the sentence states (OPEN_DECISION), not a mention of a list of open questions. */
function openDecisionIn(text: string): RegExpExecArray | null {
  const open = OPEN_DECISION.exec(text)
  if (!open || open.index === 0 || !/^open\s/i.test(open[0])) return open
  return NAMES_A_LIST.test(text.slice(Math.max(0, open.index - 60), open.index)) ? null : open
}

/** `The roadmap is still TBD`: an open decision with no date to settle it, as the hedge it is. */
function openWithoutDate(sentence: Sentence, deadline: Span | undefined): PhraseHit | undefined {
  // `...; we will decide after the load tests`: it says how it will be settled.
  if (deadline || /\b(?:will|'ll|to) (?:decide|settle|choose|pick|conclude)\b/i.test(sentence.text)) return undefined
  const open = openDecisionIn(sentence.text)
  // `No open questions remain about X`: every decision is settled, a checkable end state.
  if (!open || /\b(?:no|zero|without)\s+$/i.test(sentence.text.slice(0, open.index))) return undefined
  const start = open.index + open[0].length - open[0].trimStart().length
  const firstToken = sentence.tokens.findIndex((token) => token.end > start)
  const endToken = sentence.tokens.findIndex((token) => token.start >= open.index + open[0].length)
  return {category: 'hedge', phrase: open[0].trim(), start, end: open.index + open[0].length, firstToken, endToken: endToken === -1 ? sentence.tokens.length : endToken}
}

/** What may follow `consider`, `evaluate` when they defer a decision: `consider adding`, `evaluate whether`, `evaluate options`. */
const DEFERRED_OBJECT = /^(?:whether|if|options?|alternatives?|ways?|approaches|possibilit\w*|feasibility|how|what|which|moving|adding|using|switching|replacing|introducing|supporting|making|building|changing|dropping|removing|extending|allowing)$/


/** The opening of a sentence that answers an alternative raised just before it. */
const CONTRAST = /^\s*(?:however|but|unfortunately|that said|on the other hand|the (?:main |major |biggest )?(?:drawback|downside|problem|issue) (?:is|with)|this (?:would|has|is) (?:not|too)|that (?:would|has|is) (?:not|too)|(?:this|that) would (?:cause|break|confuse|complicate|cost|slow|hurt|lose))\b/i

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
  const next = tokens[hit.endToken]?.word ?? ''
  // `considering a move to Bazel`, `consider a rewrite`: a change still to decide.
  const change = /^(?:a|an|the)$/.test(next) && /^(?:move|switch|migration|rewrite|change|transition|shift|replacement|port|split|merge)$/.test(tokens[hit.endToken + 1]?.word ?? '')
  return change || DEFERRED_OBJECT.test(next) || (next.endsWith('ing') && next.length > 5) || (word.startsWith('consider') && /^(?:both|either|all|each|them|it|this|that|a|an)$/.test(next) && tokens.length - hit.endToken <= 3)
}

/** Verbs of harm: `potentially break`, `might slow down` describe a risk. */
const RISK_VERB = /^(?:break|breaks|fail|fails|cause|causes|affect|affects|impact|impacts|slow|slows|hurt|hurts|confuse|confuses|require|requires|conflict|conflicts|lose|loses|leak|leaks|degrade|degrades|increase|increases|expose|exposes|block|blocks|delay|delays)$/

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
    if (word === 'if' && AT_OUR_DISCRETION.test(tokens.slice(index + 1, index + 3).map((token) => token.word).join(' '))) continue
    if (word === 'if' || word === 'unless' || (word === 'when' && hit.category !== 'aspiration' && (index > hit.endToken || hit.category === 'hedge') && !next.endsWith('ing'))) return true
  }
  // `as our understanding of the taxonomy improves`, anywhere after the hedge: the change waits on another one.
  for (let index = hit.endToken; index < tokens.length; index++) {
    if (tokens[index].word === 'as' && tokens.slice(index + 1, index + 8).some((token) => CHANGING.test(token.word))) return true
  }
  return false
}

/** `if we wish`, `if we want to`, `if we decide so`: a condition that only the authors' will meets. */
const AT_OUR_DISCRETION = /^(?:we|i) (?:wish|want|like|choose|decide|prefer|feel)\b/

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

/** The text of the sentence from the last comma, semicolon or dash before `hit` up to it. */
function clauseBefore(text: string, hit: PhraseHit): string {
  const before = text.slice(0, hit.start)
  const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '), before.lastIndexOf('—'))
  return before.slice(boundary + 1)
}

/** Timing hedges: they defer the authors' action, or describe what a design allows later. */
const TIMING = /^(?:in the future|at some point|someday|some day|one day|in due course|in the longer? term|in the long run)$/

/** Hedges that say outright that nothing is decided (`it may make sense to`, `it would be nice to`, `worth exploring`), in a sentence that is not a plan by its form (`It may make sense to split the monolith`). */
const STRONG_HEDGE = /^(?:it |that |this )?(?:may|might|could|would) (?:make sense|be nice|be worth|be good|be great|be welcome)|^(?:would be nice|nice to have|worth (?:exploring|considering|looking into|investigating)|could potentially|may want to|might want to|we hope|hope to|would like to|open to|it's my hope|it is my hope|our hope is|my hope is|the hope is|the long[- ]term intent)\b/

function isStrongHedge(sentence: Sentence, hit: PhraseHit, frame: Frame): boolean {
  if (frame.plan || frame.reason === 'question' || frame.reason === 'past' || frame.reason === 'condition' || frame.reason === 'citation' || frame.reason === 'invitation' || frame.reason === 'story') return false
  // `Ideally, every team runs its own rotation`: a sentence opened by a hedge hedges all of it.
  // `(probably) a goal to ...`: the same in parentheses.
  const opening = hit.firstToken === 0 && /^(?:ideally|hopefully|perhaps|maybe|possibly|probably|eventually)$/.test(hit.phrase.toLowerCase()) && /^\s*[,)]?\s/.test(sentence.text.slice(hit.end))
  if ((!opening && !STRONG_HEDGE.test(hit.phrase.toLowerCase())) || notTheAuthorsDoubt(sentence, hit)) return false
  if (opening && hit.phrase.toLowerCase() === 'ideally' && answeredNext(sentence)) return false
  // `Having X log more could potentially help admins find Y`: a benefit claimed for a proposal, not a plan left open.
  if (!/\bto$/.test(hit.phrase.toLowerCase()) && BENEFIT.test(sentence.tokens[hit.endToken]?.word ?? '')) return false
  // `Users may want to configure X`: someone else's wish.
  const subject = sentence.tokens[hit.firstToken - 1]?.word
  // (`Users of the managed service would like to use X`, `where the administrator would like to manage Y`, `rule authors may want
  // to ...`: the wish of a party the sentence names, also when the party opens the sentence.)
  const wisher = (word: string | undefined) => word !== undefined && (OTHERS.has(word) || ROLES.has(word) || word === 'it')
  if (WISHING.test(hit.phrase.toLowerCase()) && (wisher(subject) || wisher(sentence.tokens[0]?.word))) return false
  return subject === undefined || !OTHERS.has(subject)
}

/** People in a role, whose wishes are theirs: `the administrator would like to ...`, `rule authors may want to ...`. */
const ROLES = new Set(['readers', 'reader', 'administrator', 'admin', 'authors', 'author', 'maintainers', 'maintainer', 'vendors', 'vendor', 'partners', 'partner', 'owners', 'owner', 'clients', 'client'])

/** Hedges that wish rather than doubt: someone has to do the wishing. */
const WISHING = /^(?:would like to|may want to|might want to|hope to)\b/

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
    // `Often, we may want to disable a block of code while working`: what happens as a rule, not a plan.
    /^(?:often|sometimes|usually|typically|occasionally|frequently|generally|commonly)$/.test(tokens[0]?.word ?? '') ||
    // `very much open to contributions`, `open to comments and changes from the community`: an invitation to the reader.
    (hit.phrase.toLowerCase() === 'open to' && INVITED.test(tokens[hit.endToken]?.word ?? ''))
  )
}

/** Opening adverbs before a sentence's subject: `Probably, you ...`, `Perhaps you ...`. */
const OPENING_ADVERB = /^(?:probably|perhaps|maybe|possibly|potentially|likely|ideally|alternatively|optionally|eventually)$/

/** `Probably, you can do this with today's scheduler`, `You might want to pin the version`: what the reader may do, not the authors' plan. */
function addressesTheReader(tokens: readonly Token[]): boolean {
  const first = OPENING_ADVERB.test(tokens[0]?.word ?? '') ? 1 : 0
  return tokens[first]?.word === 'you'
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
    if (word === 'that' || word === 'which') return !THAT_COMPLEMENT.test(tokens[index - 1].word)
  }
  return false
}

/**
 * `the changes that we wish to make`, `any changes we would like to make`: the authors' wish in a relative clause
 * picks out which things the sentence is about; the plan is the main clause's.
 */
function describesWhichOnes(tokens: readonly Token[], hit: PhraseHit): boolean {
  const subject = hit.firstToken > 0 && /^(?:we|i)$/.test(tokens[hit.firstToken - 1].word) ? hit.firstToken - 1 : hit.firstToken
  if (!/^(?:we|i|we'd|i'd)$/.test(tokens[subject]?.word ?? '')) return false
  const before = tokens[subject - 1]?.word ?? ''
  if (before === 'that' || before === 'which') return !THAT_COMPLEMENT.test(tokens[subject - 2]?.word ?? '')
  // (`any changes we wish to make`: a determiner two words back marks the noun the clause describes.)
  return /^(?:any|all|every|the|those|these)$/.test(tokens[subject - 2]?.word ?? '') && /s$/.test(before)
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

/** Subjects whose wishes are not the authors': `users may want to`. */
const OTHERS = new Set(['users', 'user', 'customers', 'customer', 'developers', 'people', 'folks', 'you', 'they', 'them', 'companies', 'one', 'someone', 'anyone', 'contributors', 'operators', 'administrators', 'admins', 'consumers', 'callers', 'projects', 'libraries', 'applications', 'apps'])

/** Whether a phrase hedges the authors' own plan. */
function isHedge(sentence: Sentence, hits: readonly PhraseHit[], hit: PhraseHit, frame: PlanFrame, target: Span | undefined, deadline: Span | undefined): boolean {
  const {tokens, text} = sentence
  if (hit.category !== 'hedge' && hit.category !== 'exploration' && hit.category !== 'aspiration') return false
  if (openDecisionIn(text)) return !deadline
  // `The DRI is expected to update this as appropriate`: a vision or a role's duty states a state; only an opening hedge (`Ideally, X is ...`) hedges it.
  // `Steps 5 and 8 are stretch goals`: work named a stretch goal is not committed, whatever the sentence's form; a date commits it.
  if (/^stretch goals?$/i.test(hit.phrase)) return !deadline
  if (frame.kind === 'vision' && hit.firstToken > 0) return false
  if (notTheAuthorsDoubt(sentence, hit)) return false
  // `Ideally, X would ... Unfortunately, ...`: an ideal set against what is, a constraint described, not a plan hedged.
  if (hit.phrase.toLowerCase() === 'ideally' && answeredNext(sentence)) return false
  // `We may as well retire the old dashboards`: a decision.
  if (tokens[hit.endToken]?.word === 'as' && tokens[hit.endToken + 1]?.word === 'well') return false
  // `we might rather write`, `we would rather not`: a preference or a counterfactual, not an undecided plan.
  if (tokens[hit.endToken]?.word === 'rather') return false
  // `The code will most likely have to include linker annotations`, `we may need new tools`: a need foreseen, not the
  // plan hedged (`We may need to make quota extensible in the future` still puts the plan off).
  if (foreseesANeed(tokens, hit) || foreseesARisk(tokens, hit)) return false
  // `We could cache the index. However, ...`: an alternative weighed, and answered in the next sentence.
  if (/^(?:could|might)$/.test(tokens[hit.endToken - 1]?.word ?? '') && answeredNext(sentence)) return false
  // `We will find a fix at some point within the next 6 months`: a time named with the vague one dates the plan.
  if (TIMING.test(hit.phrase.toLowerCase()) && deadline) return false
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
  // `We should consider the big picture`: consider as regard; `we should consider moving` defers.
  if (/\bconsider(?:ing)?$/.test(hit.phrase.toLowerCase()) && REGARDED.test(tokens[hit.endToken]?.word ?? '') && !deferredObject(tokens, hit)) return false
  const word = tokens[hit.firstToken].word
  if (hit.category === 'aspiration') {
    if (aimOfTheMainClause(sentence, hit)) return false
    // `plan out any changes that we wish to make`: the wish names which changes, in a clause that describes a noun.
    if (describesWhichOnes(tokens, hit)) return false
    if (WISHES.test(hit.phrase.toLowerCase())) return true
    // `We aim to cut CI time to 10 min by Q3` is a goal; `We aim to improve onboarding` is a wish.
    if (target || deadline || /^wants?$/.test(word)) return false
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
    if (hit.firstToken !== frame.predicate) return false
    // `We will evaluate A and B and pick one by Q2`, `Investigate alternatives` under `### FY23 Q3`: a committed, dated investigation.
    if (deadline || headingDated(sentence) || tokens.slice(hit.endToken).some((token) => DECIDING.has(token.word))) return false
    if (/^(?:consider|evaluat)/.test(word)) return deferredObject(tokens, hit)
    return true
  }
  // One-word hedges: a modal or an adverb next to the plan's verb.
  if (hit.endToken - hit.firstToken === 1 && UNCERTAIN_MODALS.has(word)) {
    if (frame.uncertainModal !== hit.firstToken) return false
    if (tokens[hit.endToken]?.word === 'as' && tokens[hit.endToken + 1]?.word === 'well') return false
    if (tokens[hit.endToken]?.word === 'like') return true
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
    // `Deprecate and eventually remove the ipvs mode`: the adverb puts off the second verb of the instruction.
    if (tokens[hit.firstToken - 1]?.word === 'and' && isActionVerb(next, new Set()) && frame.kind === 'imperative') return true
    // `possibly through a keyword`, `perhaps via a flag`: the means of the plan is left open.
    if (/^(?:through|via|by|with|using|as|in|at|for|the|a|an)$/.test(next)) return true
    return hit.firstToken <= frame.predicate + 1 && hit.firstToken >= Math.min(frame.afterSubject, frame.predicate) - 1
  }
  return true
}

export function judgeSentence(
  document: StrategyDocument,
  sentence: Sentence,
  configuration: Configuration,
  rules: readonly LanguageRule[]
): Finding | undefined {
  const section = sentence.unit.section
  const reads = (rule: LanguageRule) =>
    configuration.enabled.has(rule) &&
    rules.includes(rule) &&
    ((document.ruleReads(rule, section) && !(GOAL_RULES.has(rule) && inSubsectionAboutAnotherTopic(section, document))) ||
      (configuration.goalHeadings.has(rule) && document.readsGoalHeading(rule, section)))
  if (!reads('strategy-noncommittal') && !reads('strategy-vague-goal') && !reads('strategy-unquantified-pitch')) return undefined
  // Most sentences hold no phrase of any list and state no open decision: nothing to read further.
  if (hitsOf(sentence, configuration).length === 0 && !openDecisionIn(sentence.text)) return undefined
  const reading = readSentence(sentence, configuration)
  const place = sourceRange(document, sentence)
  const text = quote(sentence.text)
  // An item under `Benefits:`, `Sample projects may include:` or `In Q2 we are not working on:` is no plan of the authors.
  const notPlans = underNonPlanLead(document, sentence.unit)
  const leadIn = leadsIntoList(document, sentence.unit) || elaboratedBelow(sentence)
  // `We would like to revamp the import flow by:`, `We aim to improve onboarding in three ways:`: an aim or a wish that leads
  // into the list of what will be done is answered there; a `might` or an `explore` still leaves it open.
  const answeredAim = leadIn && reading.hedge?.category === 'aspiration'
  if (reads('strategy-noncommittal') && reading.hedge && !notPlans && !answeredAim) {
    const hedge = hedgeQuote(sentence, reading.hedge)
    return {
      rule: 'strategy-noncommittal',
      place,
      reason: `\`${text}\` hedges (\`${hedge}\`) instead of deciding; take a position (\`We will <decision> by <date>, because <reason>\`) or list it as an open decision with a date to settle it`
    }
  }
  // A paragraph that leads into a list (an objective and its key results, `We will improve onboarding in three ways:`) is
  // measured by its items, which are read on their own.
  if (reads('strategy-vague-goal') && !notPlans && !leadIn) {
    const vague = vagueness(reading, configuration)
    // An objective whose key results sit in its own sub-list (`- Make CI reliable` / `  - 95% green builds on main`) is measured there.
    if (vague && !measuredInItem(document, sentence, configuration)) return {rule: 'strategy-vague-goal', place, reason: vague}
  }
  if (reads('strategy-unquantified-pitch') && reading.pitch && isPitch(reading)) {
    const pitch = sentence.text.slice(reading.pitch.start, reading.pitch.end)
    return {
      rule: 'strategy-unquantified-pitch',
      place,
      reason: `\`${text}\` argues from taste or fashion (\`${pitch}\`), not outcomes; state the business outcome in numbers (\`<change> cuts <incidents|cost|lead time> from <X> to <Y>\`)`
    }
  }
  return undefined
}

/**
 * `- improve performance` / `  - avoid exponential performance hits in all
 * benchmarks`: an item whose own nested list follows is measured by those
 * items, as a paragraph that leads into a list is. A task's nested items
 * (`- [ ] Improved sync performance` / `  - Close collaboration with the
 * customer`) are notes on its progress: they do not say what it means.
 */
function elaboratedBelow(sentence: Sentence): boolean {
  const {listItem} = sentence.unit
  return listItem !== undefined && (listItem.checked === null || listItem.checked === undefined) && leadsIntoNestedList(sentence.unit)
}

/** The rules that read the authors' goals and plans. */
const GOAL_RULES: ReadonlySet<LanguageRule> = new Set(['strategy-vague-goal', 'strategy-noncommittal'])

/**
 * `## Coherent Actions` / `### Design axioms`, `### Background`, `### Risks`: a subsection of a section the goal rules
 * read whose heading names principles, background, risks or reference material holds no plans; the same topics are
 * left out under headings that name goals (src/model/goal-headings.ts, ASIDE_TOPIC).
 */
const inSubsectionAboutAnotherTopic = perSection((section: Section, document: StrategyDocument) => subsectionHeadingMatches(document, section, (current) => namesAnAside(current.key)))

/**
 * Whether the section, or a section between it and the type's section it belongs to, has a heading that
 * `matches` (the type's section itself is not asked: `## Risks and Mitigations` is read as it is).
 */
export function subsectionHeadingMatches(document: StrategyDocument, section: Section, matches: (section: Section) => boolean): boolean {
  const spec = document.specOf(section)
  for (let current: Section | undefined = section; current?.parent && document.specOf(current.parent) === spec; current = current.parent) {
    if (matches(current)) return true
  }
  return false
}

/** Words quoted with a hedge so the message shows it as written: `should evaluate`, `aim to explore`, `would like to`. */
const HEDGE_CONTEXT = new Set(['should', 'could', 'would', 'might', 'may', 'will', "'ll", "we'll", "we'd", 'to', 'want', 'wants', 'aim', 'aims', 'plan', 'plans', 'need', 'needs', 'also', 'then', 'start', 'begin'])

function hedgeQuote(sentence: Sentence, hit: PhraseHit): string {
  const {tokens, text} = sentence
  let first = hit.firstToken
  while (first > 0 && hit.firstToken - first < 2 && HEDGE_CONTEXT.has(tokens[first - 1].word)) first--
  let end = hit.endToken
  // `aim to explore`: an aspiration quoted with the verb it aims at.
  if (hit.category === 'aspiration' && tokens[end]) end++
  const from = first === hit.firstToken ? hit.start : tokens[first].start
  const to = end === hit.endToken ? hit.end : tokens[end - 1].end
  return text.slice(from, to)
}

const unitsByItem = new WeakMap<StrategyDocument, Map<unknown, TextUnit[]>>()
/** Per configuration and list item (weakly: a language server checks many versions of a document): the item's sentences that state a number as a target. */
const measuredByItem = new WeakMap<Configuration, WeakMap<object, Sentence[]>>()

/** Whether another sentence of the same list item (its nested items included) states a number as a target. */
function measuredInItem(document: StrategyDocument, sentence: Sentence, configuration: Configuration): boolean {
  const item = sentence.unit.item
  if (!item) return false
  let perItem = measuredByItem.get(configuration)
  if (!perItem) measuredByItem.set(configuration, (perItem = new WeakMap()))
  // Found once per item: asked of every sentence of a long item, a scan of the item each time was quadratic.
  let measured = perItem.get(item)
  if (!measured) {
    measured = []
    for (const unit of unitsOf(document, item)) {
      for (const other of unit.sentences) {
        const reading = readSentence(other, configuration)
        if (reading.target !== undefined && !reading.targetIsScope) measured.push(other)
      }
    }
    perItem.set(item, measured)
  }
  return measured.length > 1 || (measured.length === 1 && measured[0] !== sentence)
}

/** The text units of a list item, its nested items included. */
function unitsOf(document: StrategyDocument, item: unknown): TextUnit[] {
  let byItem = unitsByItem.get(document)
  if (!byItem) {
    byItem = new Map()
    for (const unit of textUnits(document)) {
      if (!unit.item) continue
      const units = byItem.get(unit.item)
      if (units) units.push(unit)
      else byItem.set(unit.item, [unit])
    }
    unitsByItem.set(document, byItem)
  }
  return byItem.get(item) ?? []
}

/** The message for a vague goal, or `undefined` when the goal is specific enough. */
function vagueness(reading: Reading, configuration: Configuration): string | undefined {
  const {frame, improvement, adoption, target, deadline, scope, sentence} = reading
  if (!frame.plan) return undefined
  // `The policy minimizes connection churn by ...`, `The separation reduces the effects of ...`: a noun phrase read as a goal
  // that opens with a determiner is the subject of a verb the lists do not know, a description (`A modernized platform.`,
  // `Reduced toil for the SRE team.` stay goals). On the tune split, 18 of 22 noun-phrase findings were wrong.
  if (frame.kind === 'noun-phrase' && /^(?:the|this|these|those|such|that|its|their)$/.test(sentence.tokens[0]?.word ?? '')) return undefined
  // `Rolling upgrade`, `Urgent Upgrade Notes`, `Better XLA/TPU integration`: a short noun phrase without a full stop is a label or
  // a heading written as a line (`Reduced toil for the SRE team.` is written as a sentence, and stays a goal).
  if (frame.kind === 'noun-phrase' && sentence.tokens.length <= 4 && !/[.!]\s*$/.test(sentence.text)) return undefined
  // `The complexity of the compiler is increased because ...`, `Serving reads from the cache is more performant than reading
  // them from etcd`, `Scaling is as easy as updating a manifest`: a present state explained or compared, not a state to reach.
  if (frame.kind === 'vision' && /\b(?:because|since|than|as (?:easy|simple|fast) as)\b/i.test(sentence.text)) return undefined
  // `To illustrate the problem better, imagine ...`, `to minimize impact, this RFC proposes ...`: the improvement is the purpose
  // of the main clause after the comma, not the goal.
  if (improvement && inLeadingPurpose(sentence.text, improvement)) return undefined
  // `With a public registry, we can significantly improve the user experience`, `we can make match expressions more
  // ergonomic`: what the authors are able to do, a benefit claimed for a means, not a goal they set (`we will`, `we must`).
  if (improvement && frame.kind === 'first-person' && sayAbility(sentence.tokens, frame)) return undefined
  if (improvement && frame.kind === 'vision' && capabilityOfAThing(sentence.tokens, improvement)) return undefined
  const text = quote(sentence.text)
  // `In Q3, we'll focus on simplifying the core workflow`: the date bounds the focus, not a result, so only the target is asked for.
  if (improvement && deadline && (!target || reading.targetIsScope) && focusIsThePlan(sentence.tokens, frame, improvement)) {
    const word = sentence.text.slice(improvement.start, improvement.end)
    const when = sentence.text.slice(deadline.start, deadline.end)
    return `\`${text}\` names a period of focus (\`${when}\`) on an improvement (\`${word}\`), not a result; say from what to what: \`<Reduce|Increase> <metric> from <baseline> to <target> by <date>\``
  }
  // A dated improvement of a named component (`Improve onboarding in Q1`, ``Modernise the `orders` service``) is a plan someone can check; one with neither is not.
  if (improvement && (!target || reading.targetIsScope) && !deadline && !byConcreteMeans(sentence, improvement, hitsOf(sentence, configuration)) && !namesCodeObject(sentence, improvement)) {
    const word = sentence.text.slice(improvement.start, improvement.end)
    // (Under `### FY23 Q3` the heading dates it: only the target is missing.)
    if (headingDated(sentence)) {
      return `\`${text}\` promises an improvement (\`${word}\`) with no target; the heading dates it, so say from what to what: \`<Reduce|Increase> <metric> from <baseline> to <target>\``
    }
    return `\`${text}\` promises an improvement (\`${word}\`) with no target or deadline; say from what to what, by when: \`<Reduce|Increase> <metric> from <baseline> to <target> by <date>\``
  }
  // `Standardise on a single logging library`: which one is the decision still to make, whatever the noun.
  const unnamed = adoption !== undefined && /^(?:a single|one|a common|a shared|a unified|a standard)\b/i.test(sentence.text.slice(adoption.end).trim())
  if (adoption && (unnamed || (!scope && isGeneric(sentence, adoption))) && !target && !deadline) {
    const word = sentence.text.slice(adoption.start, adoption.end)
    return `\`${text}\` adopts (\`${word}\`) without saying where; name the systems or teams and when: \`<Move|Adopt> <named component> for <scope> by <date>\``
  }
  return undefined
}

/** The verb of a focus (`we'll focus on`, `we are focused on`), and of effort spent on something (`work on`, `invest in`). */
const FOCUSING = /^(?:focus|focused|focusing|concentrate|concentrating)$/
const SPENDING_EFFORT = /^(?:work|working|invest|investing)$/

/**
 * `We'll focus on simplifying the core workflow`, `focus primarily on improving our tracking`, `The next six months are
 * focused on better defining the Handbook`: the work a focus names (or work on, investment in) is the improvement.
 */
function focusedOn(tokens: readonly Token[], predicate: number, hit: PhraseHit): boolean {
  const verb = tokens[predicate]?.word ?? ''
  if (hit.category !== 'improvement' || !(FOCUSING.test(verb) || SPENDING_EFFORT.test(verb))) return false
  const word = tokens[hit.firstToken].word
  const work = /ing$/.test(word) || (/^(?:better|more)$/.test(word) && /ing$/.test(tokens[hit.firstToken + 1]?.word ?? ''))
  const between = tokens.slice(predicate + 1, hit.firstToken).map((token) => token.word)
  return work && between.length >= 1 && between.length <= 2 && /^(?:on|in|upon)$/.test(between.at(-1) ?? '') && between.slice(0, -1).every((adverb) => /ly$/.test(adverb))
}

/**
 * `In Q3, we'll focus on simplifying the core workflow`, `For the remainder of FY23 we'll be focusing on improvements`: the
 * plan is a focus (not work on or investment in, which name effort), and the improvement is what it is on. A date on a
 * focus says how long the attention lasts, not when a result is due (`Improve onboarding in Q1` is a task with a deadline).
 */
function focusIsThePlan(tokens: readonly Token[], frame: PlanFrame, improvement: PhraseHit): boolean {
  if (/^focus(?:ing)? on$/i.test(improvement.phrase)) return frame.kind === 'first-person' && improvement.firstToken === frame.predicate
  return FOCUSING.test(tokens[frame.predicate]?.word ?? '') && focusedOn(tokens, frame.predicate, improvement)
}

/** Words of a subject that names people, whose ease is a promise to them (`Sourcegraph teammates can easily contribute`). */
const PEOPLE = /^(?:we|you|i|they|users?|developers?|teammates?|contributors?|engineers?|teams?|customers?|authors?|maintainers?|admins?|administrators?|operators?|people|persons?|anyone|everyone|everybody|someone|newcomers?|members?|staff|employees?|reviewers?|readers?|humans?|folks|owners?)$/

/**
 * `[MUST] Prometheus can reliably store, query, ingest and export ...`, `All Sourcegraph components can easily raise
 * runtime errors`: an adverb right after `can` whose subject is a thing states what the thing is able to do, a
 * capability one can check, not a promise of ease to people (`Sourcegraph teammates can easily contribute`).
 */
function capabilityOfAThing(tokens: readonly Token[], improvement: PhraseHit): boolean {
  const can = improvement.firstToken - 1
  if (can < 1 || tokens[can].word !== 'can') return false
  return !tokens.slice(0, can).some((token) => PEOPLE.test(token.word))
}

/** Whether the authors' verb follows `can` (`we can improve`, `we can further optimize`), with no modal of intent. */
function sayAbility(tokens: readonly Token[], frame: PlanFrame): boolean {
  const before = tokens.slice(frame.afterSubject, frame.predicate).map((token) => token.word)
  return before.includes('can') && !before.some((word) => MODAL_AFTER_AUTHOR.has(word) || word === 'need' || word === 'needs')
}

/** Whether a phrase sits in a purpose clause (`to ...,`) that leads into the main clause of the sentence. */
function inLeadingPurpose(text: string, hit: PhraseHit): boolean {
  const before = text.slice(0, hit.start)
  const opening = /(?:^|,\s*)to\s+[^,]*$/i.exec(before)
  if (!opening) return false
  // The purpose clause must end with a comma and leave a main clause after it.
  const comma = text.indexOf(',', hit.end)
  return comma !== -1 && /\p{L}{2,}/u.test(text.slice(comma + 1))
}

/** Words that end the object of an improvement and open its means or a new clause: `Improve X through Y`, `Simplify X, using Y`. */
const MEANS = /^(?:through|by|via|using|with|thanks|because|so|and|while|which|that)$/

/**
 * Whether inline code names what the improvement is about (``Modernise the
 * `orders` service``), before the means or the next clause: code in the means
 * (``Improve factoring through layering on `k/generic-controlplane` ``) names
 * how, not what.
 */
function namesCodeObject(sentence: Sentence, improvement: PhraseHit): boolean {
  const code = sentence.unit.code.filter((span) => span.start < sentence.end && span.end > sentence.start)
  if (code.length === 0) return false
  const {tokens, text} = sentence
  let end = sentence.end
  for (let index = improvement.endToken; index < tokens.length; index++) {
    const between = text.slice(tokens[index - 1]?.end ?? 0, tokens[index].start)
    if (MEANS.test(tokens[index].word) || /[,;:(]/.test(between)) {
      end = sentence.start + tokens[index].start
      break
    }
  }
  return code.some((span) => span.end > sentence.start && span.start < end)
}

/**
 * `making it easy to run code rewrites by building a library of batch changes`: the improvement is the purpose of a
 * concrete deliverable. `enhance kubeadm to make kubelets point to the local API server`, `simplify the package
 * structure to enable IDE autocompletion`: a change whose observable result follows in the same clause, unless that
 * result is vague too (`improve the APIs to make them easier to use`).
 */
export function byConcreteMeans(sentence: Sentence, improvement: PhraseHit, hits: readonly PhraseHit[]): boolean {
  const after = sentence.tokens.slice(improvement.endToken)
  const by = after.findIndex((token) => token.word === 'by')
  // (`by automatically generating them`: an adverb may sit between.)
  const means = /ly$/.test(after[by + 1]?.word ?? '') ? after[by + 2]?.word : after[by + 1]?.word
  if (by !== -1 && /^(?:building|adding|removing|introducing|shipping|creating|writing|moving|replacing|migrating|implementing|running|dropping|deleting|merging|splitting|caching|publishing|automating|consolidating|extracting|rewriting|generating|fetching|eliminating)$/.test(means ?? '')) return true
  // (`make it easy for developers to include ...`, `ergonomic to use`: what is made easy, not a purpose.)
  if (improvement.category !== 'improvement' || /\b(?:easy|easier|simple|simpler|possible|faster|quicker)\b/i.test(improvement.phrase)) return false
  // (`to only include`, `to always point`: an adverb may sit between.)
  const verbAfter = (index: number) => (/^(?:only|always|also|never|automatically)$/.test(after[index + 1]?.word ?? '') ? after[index + 2] : after[index + 1])?.word ?? ''
  const to = after.findIndex((token, index) => token.word === 'to' && index <= 10 && RESULT_VERBS.test(verbAfter(index)))
  if (to === -1 || /[,;:]/.test(sentence.text.slice(improvement.end, after[to].start))) return false
  const from = after[to].start
  return !hits.some((hit) => hit.start > from && (hit.category === 'improvement' || hit.category === 'quality'))
}

/** Verbs of an observable result after `to`: `to make X point to Y`, `to include scenarios`, `to enable autocompletion`. */
const RESULT_VERBS = /^(?:make|update|point|include|send|track|enable|support|add|expose|report|emit|record|show|display|use)$/

/** What teams adopt as a slogan rather than a component: `Adopt microservices`, `Move to the cloud`. */
const GENERIC_ADOPTION = /^(?:(?:the|a|an)\s+)?(?:more\s+\w+|single\s+\w+|micro-?services?(?:\s+architecture)?|platform model|data[- ]driven(?:\s+\w+)?|(?:the\s+)?cloud|cloud[- ]native|serverless|devops|agile|ai|ml|machine learning|containers?|kubernetes|k8s|event[- ]driven(?: architecture)?|micro[- ]?frontends?|a monorepo|monorepos?|gitops|platform engineering|data mesh|(?:a\s+)?service mesh|modern (?:tooling|technolog\w+|stack)|new technolog\w+|best practices|open source|infrastructure as code|trunk[- ]based development|continuous (?:delivery|deployment))\b/i

function isGeneric(sentence: Sentence, adoption: PhraseHit): boolean {
  return /cloud native/.test(adoption.phrase) || GENERIC_ADOPTION.test(sentence.text.slice(adoption.end).trim())
}

/** A pitch is an argument: not a question, not a quotation, not in a sentence that states its outcome in numbers. */
function isPitch(reading: Reading): boolean {
  const {frame, sentence, pitch} = reading
  if (!frame.plan && (frame.reason === 'question' || frame.reason === 'citation' || frame.reason === 'invitation' || frame.reason === 'condition' || frame.reason === 'label' || frame.reason === 'story')) return false
  if (pitch && (isConditional(sentence.tokens, pitch) || reportsOpinion(sentence.tokens, pitch) || isConceded(sentence.tokens, pitch))) return false
  // `For example, we see more pulls of X, which tells us X is very popular`: an example given as evidence, not the argument.
  if (/^\s*(?:for example|for instance|e\.g\.)/i.test(sentence.text) && !/\b(?:because|since|as it is)\b/i.test(sentence.text)) return false
  // `(In a more modern system, the function might ...)`: an aside in parentheses illustrates, it does not argue.
  if (/^\s*\(/.test(sentence.text)) return false
  // An outcome in numbers, not a count of the argument's own parts (`for two reasons`).
  return !features(sentence).quantities.some((quantity) => {
    const after = sentence.text.slice(quantity.end, quantity.end + 20)
    return !NOT_AN_OUTCOME.test(after) && !(BARE_COUNT.test(quantity.text) && PARTITIVE.test(after))
  })
}

/** What follows a count that numbers an argument rather than measures an outcome: `for two reasons`. */
const NOT_AN_OUTCOME = /^\s*(?:more\s+)?(?:reasons?|ways?|things?|points?|examples?|steps?|arguments?|options?)\b/i

/** `One of the most elegant ways`: a bare count before `of the` picks from a group, it measures nothing (`35% of our crashes` does). */
const PARTITIVE = /^\s*of\s+(?:the|these|those|them)\b/i
const BARE_COUNT = /^(?:one|two|three|four|five|\d+)$/i

/** Words that open a concession: `Although the best practice is X, sometimes Y is unavoidable` grants the point and argues the other way. */
const CONCEDING = new Set(['although', 'though', 'while', 'whilst', 'despite', 'notwithstanding', 'granted'])

/** Whether a phrase sits in a concessive clause that opens the sentence (before its first comma). */
function isConceded(tokens: readonly Token[], hit: PhraseHit): boolean {
  return CONCEDING.has(tokens[0]?.word ?? '') && hit.firstToken > 0
}

/** `Users may think Go is better`: someone's opinion reported, not the authors' argument. */
function reportsOpinion(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = Math.max(0, hit.firstToken - 6); index < hit.firstToken; index++) {
    if (/^(?:think|thinks|believe|believes|say|says|argue|argues|claim|claims|feel|feels)$/.test(tokens[index].word)) {
      const subject = tokens[index - 1]?.word === 'may' || tokens[index - 1]?.word === 'might' ? tokens[index - 2]?.word : tokens[index - 1]?.word
      if (subject !== undefined && OTHERS.has(subject)) return true
    }
  }
  return false
}

/** Words around `best practice` that make it the argument (`X is best practice`, `as a best practice`), not the name of a set of guidelines (`follow the hardening best practices`). */
const ARGUING = new Set(['is', 'are', 'as', 'considered', 'because', 'since', 'says', 'say', 'dictates', 'dictate', 'suggests', 'recommends', 'demands', 'requires', 'following', 'per', 'keeping'])

/** Participles that report a recommendation someone else makes: `recommended today as best practice`. */
const REPORTED = new Set(['recommended', 'documented', 'described', 'known', 'listed', 'cited', 'promoted'])

function isArgument(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!hit.phrase.toLowerCase().startsWith('best practice')) return true
  // `the approach recommended today as best practice is X`: a recommendation reported, not the authors' reason.
  // (`We adopt Kafka because it is recommended as best practice` gives it as the reason.)
  const as = tokens[hit.firstToken - 1]?.word === 'as' ? hit.firstToken - 1 : undefined
  const reported = as !== undefined && [tokens[as - 1], tokens[as - 2]].some((token) => token !== undefined && REPORTED.has(token.word))
  if (reported && !tokens.slice(0, as).some((token, index) => (token.word === 'because' && tokens[index + 1]?.word !== 'of') || token.word === 'since')) return false
  // `Follow best practices for accessibility`, `best practice as determined by the SDK team`, `the best practices set by the
  // guidelines`: a body of guidance named by its field or its source, which the sentence follows; not the argument.
  // (`GraphQL is best practice for mobile APIs` calls a choice best practice: the argument.)
  // `The best practice is to rotate keys daily`, `Enterprise best practice recommends an organisation trail`, `It is
  // considered best practice to keep secrets encrypted`: the practice stated, which a reviewer can weigh, not an appeal.
  // (`It is considered best practice`, `goes against best practices` appeal to it.)
  if (STATES_PRACTICE.test(tokens.slice(hit.endToken, hit.endToken + 2).map((token) => token.word).join(' '))) return false
  const called = /^(?:is|are|was|were|be|been|being|considered)$/.test(tokens[hit.firstToken - 1]?.word ?? '')
  if (!called && NAMES_GUIDANCE.test(tokens[hit.endToken]?.word ?? '') && !(tokens[hit.endToken]?.word === 'as' && ARGUING_AS.test(tokens[hit.endToken + 1]?.word ?? ''))) return false
  const around = [tokens[hit.firstToken - 1], tokens[hit.firstToken - 2], tokens[hit.firstToken - 3], tokens[hit.endToken]]
  // (`as` only before: `best practices as they see them` is a noun, `as a best practice` argues.)
  if (around.some((token, index) => token !== undefined && ARGUING.has(token.word) && !(index === 3 && token.word === 'as'))) return true
  // `does not follow best practices`, `use the best practice`: best practice as such, unnamed, is the argument (`follow the hardening best practices` names a set).
  const before = tokens[hit.firstToken - 1]?.word
  const singular = !/s$/i.test(tokens[hit.endToken - 1]?.word ?? '')
  return (before !== undefined && FOLLOWING.has(before)) || (before === 'the' && singular && FOLLOWING.has(tokens[hit.firstToken - 2]?.word ?? ''))
}

/** What follows `best practice` when the sentence says what the practice is: `is to`, `recommends`, `to keep`. */
const STATES_PRACTICE = /^(?:(?:is|are|was|remains) to|recommends?|suggests?|says|dictates|to)\b/

/** Words after `best practices` that name whose or which guidance: `for accessibility`, `set by`, `as determined by`. */
const NAMES_GUIDANCE = /^(?:for|of|set|defined|determined|described|outlined|documented|recommended|from|as)$/
/** `best practice as well`, `best practice as it ...`: `as` that does not name the source. */
const ARGUING_AS = /^(?:well|it|they|this|a|an|the|we)$/

/** Whether the sentence is the authors choosing: an instruction or `we will ...`. */
function authorsChoose(frame: Reading['frame']): boolean {
  return frame.plan && (frame.kind === 'imperative' || frame.kind === 'first-person')
}

/** Bandwagon phrases that can also name a kind of thing: `a de facto standard format`, `a state-of-the-art framework`, `modern language runtimes`. */
const KIND_NAMING = /^(?:industry[- ]standard|de facto standard|state of the art|cutting edge|bleeding edge|widely adopted|(?:more )?modern(?: \w+)?)$/

/** Words that cannot be the noun a phrase modifies: `the industry standard for X`, `widely adopted in Y`, `modern and fast`. */
const NOT_A_NOUN = new Set([
  'for', 'in', 'at', 'to', 'of', 'and', 'or', 'but', 'nor', 'on', 'with', 'by', 'as', 'from', 'since', 'because', 'so', 'than', 'when', 'while', 'if',
  'is', 'are', 'was', 'were', 'be', 'been', 'that', 'which', 'who', 'now', 'today', 'too', 'also', 'then', 'there', 'here', 'yet', 'already', 'nowadays',
  'it', 'this', 'these', 'those', 'we', 'they', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'across', 'among', 'within'
])

/** Copulas and the words a predicate noun phrase may open with (`is the industry-standard language`, `is a more modern language`). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', "'s", "'re"])
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'truly', 'really', 'very', 'much', 'far', 'clearly', 'simply', 'now', 'still', 'just', 'new'])

/**
 * `Go has a de facto standard format for benchmark data`, `Google required a state-of-the-art ML framework`: a bandwagon
 * phrase before a noun says what kind of thing it is, the way `a modern data warehouse` does; it argues for nothing.
 * As the predicate (`Go is the industry-standard language for cloud tooling`, `Kotlin is a more modern language`) or
 * opening a headline it still claims the kind as a reason.
 */
function describesAKind(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  // Opening a headline (`Industry standard tooling for every team.`) the kind is the policy itself.
  if (hit.firstToken === 0 || !KIND_NAMING.test(hit.phrase.toLowerCase().replace(/-/g, ' '))) return false
  const next = tokens[hit.endToken]
  if (!next || !/^\p{L}+$/u.test(next.word) || NOT_A_NOUN.has(next.word)) return false
  // Joined to the next word by spaces or a hyphen only: `standard, and` ends the phrase.
  if (!/^[\s-]*$/.test(text.slice(tokens[hit.endToken - 1].end, next.start))) return false
  let index = hit.firstToken - 1
  while (index >= 0 && NOUN_PHRASE_OPENERS.has(tokens[index].word)) index--
  return index < 0 || !COPULAS.has(tokens[index].word)
}

/** Verbs that apply a practice: `follow best practices`, `use the best practice`. */
const FOLLOWING = new Set(['follow', 'follows', 'use', 'uses', 'apply', 'applies', 'adopt', 'adopts'])

/** Verbs of an instruction to deliver something, done or not: `Add E2E test coverage`, `Write the runbook`. */
export const DELIVERING = /^(?:add|implement|write|create|build|publish|introduce|provide|ship|deliver|document|remove|replace|expose)$/

/** Words of time in a parenthetical: `(maybe in Q3)`, `(possibly later)`. */
const TIMED_ASIDE = /\b(?:later|soon|next|future|eventually|q[1-4]|h[12]|fy\d+|\d{4}|quarter|half|month|week|year|release|by|before|after|until)\b/i

/** The text of the parenthetical around `offset`. */
function parentheticalAt(text: string, offset: number): string {
  const open = text.lastIndexOf('(', offset)
  const close = text.indexOf(')', offset)
  return text.slice(open + 1, close === -1 ? text.length : close)
}

/** Whether `offset` lies inside parentheses of `text`. */
function inParentheses(text: string, offset: number): boolean {
  const before = text.slice(0, offset)
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length
}
