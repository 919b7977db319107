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
 * is the least specific). Whether a hedge phrase hedges the plan is judged in
 * hedges.ts, items of criteria lists in criteria.ts, and findings.ts gathers a
 * document's findings, at most one per sentence or item.
 */
import {toString} from 'mdast-util-to-string'
import type {StrategyDocument} from '../model/document.js'
import {perSection, type Section} from '../model/sections.js'
import {namesAnArgument, namesAnAside, namesAStory, underVisionHeading} from '../model/goal-headings.js'
import {features, namesARowDescribedBeside, recordsATally, sourceRange, textUnits, titlesLinkedPage, type Sentence, type TextUnit} from './analysis.js'
import {isConditional, isNegated, isTradeoff, quote} from './goals.js'
import {leadInOf, leadsIntoList, leadsIntoNestedList, underNonPlanLead} from './list-context.js'
import type {PhraseHit, Token} from './matcher.js'
import {findMilestones, findTargets, findScope, isStartDate, type Span} from './recognisers.js'
import {frameOf, isActionVerb, LATER_TIME, opensConclusion, type Frame, type PlanFrame} from './voice.js'
import {hitsOf, MAX_SENTENCE_LENGTH, type Configuration, type Finding, type LanguageRule} from './configuration.js'
import {datingHeading, goalPutOff, headingNamesPeriod, TIMING, isHedge, isStrongHedge, laterClauseHedge, namesGoalPutOff, openDecisionIn, openWithoutDate, OTHERS, passivePutOff, possibilityPutOff, removalPutOff, weighsRatherThanWithdraws} from './hedges.js'

/** What the analysis found in one sentence. */
export interface Reading {
  sentence: Sentence
  frame: Frame
  hedge: PhraseHit | undefined
  /**
   * The hedge, or another of the plan's, that withdraws the commitment rather than weighing options, a means or a later
   * time (hedges.ts, WEIGHING_HEDGE): the one read under a goal heading (`We might explore X` withdraws by `explore`).
   */
  withdrawingHedge: PhraseHit | undefined
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

/** Whether `at` lies in a `because` clause that runs to it (no comma or semicolon between): the reason, not the goal. */
function inReasonClause(text: string, at: number): boolean {
  const because = text.slice(0, at).toLowerCase().lastIndexOf('because')
  return because !== -1 && /\bbecause\b/i.test(text.slice(Math.max(0, because - 1), because + 8)) && !/[,;]/.test(text.slice(because, at))
}

function buildReading(sentence: Sentence, configuration: Configuration): Reading {
  const {tokens, text} = sentence
  const hits = hitsOf(sentence, configuration)
  const found = features(sentence)
  // (`continuing from the 2025h2 goal`: a milestone after `from` or `since` is where the work started, not its deadline.)
  const deadline = found.deadlines.find((span) => !isStartDate(text, span)) ?? findMilestones(text, tokens, configuration.milestones).find((span) => !isStartDate(text, span))
  // `Simplify metrics so that users can see what they care about easily`: an end state that is itself a quality is no target.
  // (`Adopt a data mesh, because all the big companies are moving to it`: a number or an `all` in the reason given is no
  // target of the goal.)
  const targets = findTargets(text, tokens, found).filter(
    (span) =>
      (!/^(?:so|such) that\b/i.test(span.text) || !hits.some((hit) => hit.start >= span.start && hit.end <= span.end && (hit.category === 'quality' || hit.category === 'improvement'))) &&
      !inReasonClause(text, span.start)
  )
  const target = targets[0]
  const framed = frameOf(text, tokens, actionWords(hits))
  const authorsNow = authorsPresentTense(framed, tokens)
  const frame =
    (((!framed.plan && framed.reason === 'description') || authorsNow) && visionStatement(sentence, hits, authorsNow)) ||
    (classifiesTheSubject(framed, tokens, sentence) || reportsAChangeSoFar(framed, tokens, sentence) ? DESCRIPTION : framed)
  const code = sentence.unit.code.filter((span) => span.start < sentence.end && span.end > sentence.start)
  // `Higher-level tools`, `lower-level APIs`: a comparative joined to the next word is part of a compound, not a change.
  // (`sub-optimal`, `non-robust`: the phrase is the end of a compound; `higher level facilities`: a comparative of level, not a change.)
  const compound = (hit: PhraseHit) =>
    (hit.category === 'improvement' && /^-\p{L}/u.test(text.slice(hit.end))) ||
    /\p{L}-$/u.test(text.slice(0, hit.start)) ||
    (/^(?:higher|lower)$/i.test(hit.phrase) && /^(?:level|order|ranked|kinded)$/.test(tokens[hit.endToken]?.word ?? '')) ||
    // `Raise alerts identifying workloads`: raising what is emitted is no increase; `this enhancement` names the proposal.
    (/^rais/i.test(hit.phrase) && (EMITTED.test(tokens[hit.endToken]?.word ?? '') || EMITTED.test(tokens[hit.endToken + 1]?.word ?? ''))) ||
    // `Cut the v2 release branch`, `cut over to the new cluster`, `a cut in memory`: what is cut is a release or a branch, or
    // `cut` is a noun, not a reduction promised.
    (/^cuts?$/i.test(hit.phrase) && cutWithoutReduction(tokens, hit)) ||
    namesTheProposal(tokens, hit) ||
    // `Upgrade test X`, `test the upgrade->downgrade path`: the upgrade a test exercises, a noun, not a change promised.
    (/^upgrad/i.test(hit.phrase) && (UPGRADE_NOUN.test(tokens[hit.endToken]?.word ?? '') || /^\s*(?:->|→|\/)/.test(text.slice(hit.end)))) ||
    upgradesAsEvents(tokens, hit) ||
    enhancedWithFeature(tokens, hit)
  // `Consistent with the rest of the language`: conformance to a named thing, checkable, not a quality promised.
  const conforms = (hit: PhraseHit) => hit.category === 'quality' && /^consistent(?:ly)?$/i.test(hit.phrase) && tokens[hit.endToken]?.word === 'with'
  // `measure how quickly other teams adopt their code`: a quality after `how` names what is measured, not a promise;
  // `easily outdated URLs`, `easily broken builds`: ease of a harm is no quality promised.
  const measured = (hit: PhraseHit) =>
    hit.category === 'quality' && (tokens[hit.firstToken - 1]?.word === 'how' || (/^easily$/i.test(hit.phrase) && EASY_HARM.test(tokens[hit.endToken]?.word ?? '')))
  const usable = (hit: PhraseHit) => !isNegated(tokens, hit) && !isMentioned(sentence, code, hit) && !compound(hit) && !conforms(hit) && !measured(hit)
  // `Many companies would like to help out, but we need to do better at X`: when the authors' clause comes late, the
  // words before it describe the setting (another party's wish, a state), not the plan.
  const inPlanClause = (hit: PhraseHit) => !frame.plan || frame.clauseStart === undefined || hit.firstToken >= frame.clauseStart
  const improvement = frame.plan
    ? hits.find(
        (hit) =>
          (hit.category === 'improvement' || hit.category === 'quality') &&
          usable(hit) &&
          inPlanClause(hit) &&
          carriesPlan(text, tokens, frame, hit) &&
          !isTradeoff(tokens, hit) &&
          (!PRIORITY.test(hit.phrase) || namesQuality(tokens, hit))
      )
    : undefined
  const adoption = frame.plan ? hits.find((hit) => hit.category === 'adoption' && usable(hit) && inPlanClause(hit) && carriesPlan(text, tokens, frame, hit) && !beforeGerund(tokens, hit)) : undefined
  // `Ship X (possibly with a Y)`: a hedge in a parenthetical aside qualifies an example, not the plan (`(probably) a goal to ...` opens with it and hedges all).
  // (`Ship the exporter (maybe in Q3)` hedges its timing: an aside that names a time is no aside.)
  const aside = (hit: PhraseHit) => !/^\s*\(/.test(text) && inParentheses(text, hit.start) && !TIMED_ASIDE.test(parentheticalAt(text, hit.start))
  const usableHits = hits.filter((hit) => usable(hit) && inPlanClause(hit))
  const hedge =
    openWithoutDate(sentence, deadline) ??
    (frame.plan
      ? hits.find((hit) => usable(hit) && inPlanClause(hit) && !aside(hit) && isHedge(sentence, hits, hit, frame, target, deadline))
      : hits.find((hit) => usable(hit) && !aside(hit) && isStrongHedge(sentence, hit, frame))) ??
    laterClauseHedge(sentence, usableHits, frame, deadline) ??
    removalPutOff(sentence, usableHits, deadline) ??
    possibilityPutOff(sentence, frame, deadline) ??
    passivePutOff(sentence, usableHits, frame, deadline) ??
    goalPutOff(sentence, deadline)
  const withdrawingHedge =
    !hedge || !weighsRatherThanWithdraws(hedge)
      ? hedge
      : frame.plan
        ? hits.find((hit) => usable(hit) && inPlanClause(hit) && !aside(hit) && !weighsRatherThanWithdraws(hit) && isHedge(sentence, hits, hit, frame, target, deadline))
        : undefined
  // `does not follow best practices` argues from best practice as much as `follows best practices` does; `a more idiomatic-feeling union` is a compound that describes.
  const negatedFollowing = (hit: PhraseHit) => FOLLOWING.has(tokens[hit.firstToken - 1]?.word ?? '') && isNegated(tokens, hit)
  const pitch = hits.find(
    (hit) =>
      hit.category === 'fashion' &&
      (usable(hit) || (negatedFollowing(hit) && !isMentioned(sentence, code, hit))) &&
      !/^-\p{L}/u.test(text.slice(hit.end)) &&
      !inName(text, hit) &&
      // `Swift, like most modern languages, provides X`, `what makes Rust (and most any modern language) productive`:
      // a class of peers described by what they do, not an argument from fashion.
      !/^(?:most|many|other|all|any)$/.test(tokens[hit.firstToken - 1]?.word ?? '') &&
      !surveysTheArt(text, tokens, hit) &&
      !inQuestionChecked(tokens, hit) &&
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
    withdrawingHedge,
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

/** Participles of change that do not end in -ed: `has grown`, `has become`. */
const CHANGED = /^(?:grown|become|gotten|got|risen|fallen|shrunk|sped|driven|taken|gone)$/

/**
 * `Kubernetes has grown quickly and organically`, `As the number of platforms has increased, the size of the tarball
 * has increased as well`: a perfect reports the change so far, a description, where `Observability has improved for
 * every team` under `## Target State` is the change a vision sets out to reach.
 */
function reportsAChangeSoFar(frame: Frame, tokens: readonly Token[], sentence: Sentence): boolean {
  if (!frame.plan || frame.kind !== 'vision' || !/^(?:has|have)$/.test(tokens[frame.predicate - 1]?.word ?? '')) return false
  const participle = tokens[frame.predicate]?.word ?? ''
  return (/ed$/.test(participle) || CHANGED.test(participle)) && !underVisionHeading(sentence.unit.section)
}

/**
 * `Sourcegraph lets engineers dive into unfamiliar code quickly`, `The build completes quickly enough that ...` under
 * `## Vision`: a vision is written in the present tense, as if reached, so under a heading that names the state to reach
 * a sentence that praises a quality (`quickly`, `seamlessly`, `delightful`) states the target the way `IDE feedback is
 * instant` does.
 */
function visionStatement(sentence: Sentence, hits: readonly PhraseHit[], authors = false): Frame | undefined {
  if (!underVisionHeading(sentence.unit.section)) return undefined
  const {tokens} = sentence
  // (`we help developers code better and faster`: what the authors do, compared with nothing, is the change they stand for.)
  const comparedWithNothing = (hit: PhraseHit) => authors && COMPARATIVE.test(hit.phrase) && !tokens.slice(hit.endToken, hit.endToken + 4).some((token) => token.word === 'than')
  // (`We have an intuitive, performant, and consistent user experience`: a quality of what the subject has, as reached.)
  const had = (hit: PhraseHit) => {
    const before = /^(?:a|an)$/.test(tokens[hit.firstToken - 1]?.word ?? '') ? hit.firstToken - 2 : hit.firstToken - 1
    return hit.category === 'quality' && /^(?:have|has)$/.test(tokens[before]?.word ?? '')
  }
  const quality = hits.find(
    (hit) => (hit.category === 'quality' && (/ly$/.test(tokens[hit.firstToken].word) || PROMISE.test(hit.phrase) || had(hit))) || ((hit.category === 'quality' || hit.category === 'improvement') && comparedWithNothing(hit))
  )
  if (!quality || /^(?:if|when|because|since|although|while)\b/i.test(sentence.text) || /\?\s*$/.test(sentence.text)) return undefined
  return {plan: true, kind: 'vision', predicate: quality.firstToken, afterSubject: quality.firstToken, uncertainModal: undefined}
}

/**
 * `We help teammates find information quickly`, `we ensure their code syncs seamlessly`: the authors in the present
 * tense, with no auxiliary before the verb. Under a heading that names the state to reach (`## Mission`, `## Vision`)
 * it is what they set out to be, read as visionStatement reads any other sentence there.
 */
function authorsPresentTense(frame: Frame, tokens: readonly Token[]): boolean {
  if (!frame.plan || frame.kind !== 'first-person' || frame.predicate !== frame.afterSubject) return false
  // (`we're figuring out how to X`: work under way, not the state they stand for.)
  return /^(?:we|i)$/.test(tokens[frame.afterSubject - 1]?.word ?? '') && !/ing$/.test(tokens[frame.predicate]?.word ?? '')
}

/**
 * `this enhancement`, `Following enhancement describes ...`, `Enhancement covers backup and restore`: an enhancement
 * (the proposal's own name in KEPs and OpenShift enhancements) pointed at or doing what a document does, not a change
 * promised. On the tune split no finding whose cue was the singular `enhancement` was right (0 of 2).
 */
function namesTheProposal(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^enhancements?$/i.test(hit.phrase)) return false
  if (/^(?:this|that|the|an|our|following|proposed)$/.test(tokens[hit.firstToken - 1]?.word ?? '')) return true
  return /^enhancement$/i.test(hit.phrase) && DOCUMENT_VERB.test(tokens[hit.endToken]?.word ?? '')
}

/** What a document does: `describes`, `covers`, `proposes`. */
const DOCUMENT_VERB = /^(?:describes|covers|proposes|introduces|defines|outlines|adds|targets|aims|focuses|extends|builds|is|will|would|does)$/

/**
 * `Managing OS upgrades for a guest cluster`, `Upgrades cannot be interrupted`, `Cluster upgrade from OpenStack in-tree
 * to out-of-tree`: upgrades as the events a system goes through, or one upgrade from a named state, not a promise to
 * make something better. (`Upgrade our infrastructure` stays: a verb with no end state.)
 */
function upgradesAsEvents(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^upgrad/i.test(hit.phrase)) return false
  // (`Upgrade from the pre-finalizer version`: the version it starts from names the upgrade.)
  return /^upgrades$/i.test(hit.phrase) || tokens[hit.endToken]?.word === 'from' || upgradeAsOperation(tokens, hit)
}

/** What a cluster or a tool does beside upgrading: `install and upgrade`, `join, reset and upgrade`, `reboot nodes or upgrade`. */
const OPERATION = /^(?:install|uninstall|reinstall|deploy|redeploy|join|reset|reboot|restart|scale|downgrade|rollback|roll|create|delete|update|migrate|provision|deprovision|configure|reconfigure|remove|patch|backup|restore|start|stop|drain)$/

/**
 * `Support kubeadm join, reset and upgrade`, `Provide a way to install and upgrade clusters`, `without a registry to
 * reboot nodes or upgrade`, `Administrator initiated upgrade of all components`: `upgrade` as one operation among
 * others, or an upgrade someone starts, not a promise to make something better. (`Upgrade our infrastructure` and
 * `Upgrade the exporter` stay: a verb with no end state.)
 */
function upgradeAsOperation(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^upgrade$/i.test(hit.phrase)) return false
  const before = tokens[hit.firstToken - 1]?.word ?? ''
  if (/^(?:initiated|triggered|started|automatic|manual|in-place|rolling|each|every|during|after|before)$/.test(before)) return true
  // An operation joined to it by `and`/`or` that shares its object (`install and upgrade clusters`), or after which
  // `upgrade` has none (`reboot nodes or upgrade without ...`). (`Install the runners and upgrade our infrastructure`:
  // two steps, each with its own object, and the second promises a better one.)
  const objectless = /^(?:without|with|in|on|to|for|during|after|before|via|using|when|if|while)?$/.test(tokens[hit.endToken]?.word ?? '')
  const operationBefore = (offset: number) => OPERATION.test(tokens[hit.firstToken - offset]?.word ?? '')
  const joinedBefore = /^(?:and|or)$/.test(before) && (operationBefore(2) || (objectless && [3, 4].some(operationBefore)))
  const after = tokens[hit.endToken]?.word ?? ''
  const joinedAfter = /^(?:and|or)$/.test(after) && OPERATION.test(tokens[hit.endToken + 1]?.word ?? '')
  return joinedBefore || joinedAfter
}

/** What a component is enhanced to do: a feature it gains (`enhanced to support`, `Enhance X to filter nodes`). */
const FEATURE_VERB =
  /^(?:support|provide|filter|incorporate|allow|accept|handle|include|expose|emit|report|record|honou?r|respect|recogni[sz]e|detect|track|return|reject|validate|enforce|publish|collect|consume|produce|read|write|use|propagate|populate|add|create|delete|remove|manage|print|display|show|list|store|persist|mount|sync|watch|select|schedule|apply|generate|parse|resolve|forward|export|import)$/

/**
 * `Enhance the kube-scheduler to filter nodes based on ...`, `This logic will be enhanced to support pods that ...`, `The
 * operator will be enhanced with a set of profiles`: a component given a feature, named by what it will do, as concrete
 * as `Add X`. (`Enhance application performance by ...`, `enhance discoverability` promise a better quality.)
 */
function enhancedWithFeature(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^enhanc(?:e|es|ed|ing)$/i.test(hit.phrase)) return false
  if (tokens[hit.endToken]?.word === 'with') return true
  for (let index = hit.endToken; index < Math.min(tokens.length - 1, hit.endToken + 7); index++) {
    const word = tokens[index].word
    if (/^(?:by|so|through|via|for|and|or)$/.test(word)) return false
    if (word === 'to') return FEATURE_VERB.test(tokens[index + 1].word)
  }
  return false
}

/** Nouns after `upgrade` that make it a noun modifier: `upgrade test`, `upgrade path`, `upgrade notes`. */
const UPGRADE_NOUN = /^(?:tests?|testing|path|paths|scenarios?|notes|guide|jobs?|procedure|process|strategy)$/

/** Harms that `easily` can come to: `easily outdated URLs`, `easily broken`, `easily missed`. */
const EASY_HARM = /^(?:outdated|broken|broke|breaks|lost|missed|confused|overlooked|forgotten|misused|misunderstood|misread|abused|exploited|damaged|corrupted|overwhelmed|stale)$/

/** What is raised by being emitted, not increased: `raise alerts`, `raise an error`. */
const EMITTED = /^(?:alerts?|errors?|exceptions?|warnings?|events?|issues?|concerns?|questions?)$/

/** What is cut without being reduced: a release, a branch, a tag or a version (`cut v2.1`, `cut release branches`). */
const RELEASED = /^(?:releases?|branch(?:es)?|tags?|v?\d[\w.]*|rc\d*|versions?)$/

/**
 * `Cut the v2 release branch`, `cut a new build for QA`, `cut over to the new cluster`, `a 3x cut in memory`: a release
 * or a branch made, a switch, or `cut` as a noun, not a reduction promised (`Cut build times`, `cut costs` are).
 */
function cutWithoutReduction(tokens: readonly Token[], hit: PhraseHit): boolean {
  const next = tokens[hit.endToken]?.word ?? ''
  if (/^(?:over|off|out)$/.test(next) || RELEASED.test(next) || /^(?:a|an|the|this|that)$/.test(tokens[hit.firstToken - 1]?.word ?? '')) return true
  // After an article, within two words: `cut a release`, `cut the v2 release branch`, `cut a new build`.
  return /^(?:a|an|the|new)$/.test(next) && tokens.slice(hit.endToken + 1, hit.endToken + 3).some((token) => RELEASED.test(token.word) || /^builds?$/.test(token.word))
}

/** Qualities that promise an experience, vague whatever the modal: `Onboarding should be effortless`. */
const PROMISE = /^(?:effortless\w*|delight\w*|seamless\w*|frictionless|painless|lovable|world[- ]class|best[- ]in[- ]class|(?:hassle|pain|worry|trouble) free|magical|great (?:developer )?experience|excellence)$/i

/** The promises of PROMISE that praise the experience itself, not the ease of a step (`a seamless transition`). */
const PRAISE = /^(?:delight\w*|lovable|must-have|world[- ]class|best[- ]in[- ]class|magical|great (?:developer )?experience)$/i

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

/** Qualities that are a goal only after a making verb (`make X successful`, `make the search engine more useful`). */
const MADE_ONLY = /^(?:successful|elegant|must-have|more useful|more stable|more mature)$/i

/** Verbs of providing a thing: `provide`, `offer`, `add`. */
const PROVIDING = /^(?:provide|provides|providing|offer|offers|offering|add|adds|adding|give|gives|giving|create|creates|creating|build|builds|building|expose|exposes|exposing)$/

/** Verbs that take an object and a quality: `make X easier`, `keep builds fast`. */
const MAKING = new Set(['make', 'makes', 'making', 'keep', 'keeps', 'keeping', 'render', 'get', 'bring'])

/** Verbs that let people do something: `enable`, `allow`, `help`. */
const ENABLING = /^(?:enable|allow|help|let|empower)$/

/** `Allow developers to quickly answer`, `help teams easily find`: people right after the verb, then an adverb of quality. */
function enablesPeopleTo(tokens: readonly Token[], predicate: number, hit: PhraseHit): boolean {
  const at = tokens[predicate + 2]?.word === 'to' ? predicate + 3 : predicate + 2
  return PEOPLE.test(tokens[predicate + 1]?.word ?? '') && hit.firstToken === at && /ly$/.test(tokens[hit.firstToken].word)
}

/**
 * Whether a quality follows `a` or `an` (`provide an easy way to start`, `ensure a smooth transition`, `a more robust
 * engine`): one thing offered, described by its quality, not a change promised for something that exists.
 */
export function afterIndefiniteArticle(tokens: readonly Token[], hit: PhraseHit): boolean {
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
/** A verb of change in the third person, as a subject's own: `health improves`, `page volume decreases`. */
const CHANGED_SUBJECT = /^(?:improves|increases|decreases|drops|falls|rises|grows|shrinks|declines)$/
/** Words that end a subject before its verb: a relative clause, a list, an infinitive. */
const SUBJECT_BREAK = /^(?:that|which|who|and|or|to|if|when)$/
/** Words that may follow an intransitive verb of change: a preposition or an adverb, no object. */
const NO_OBJECT = /^(?:by|for|in|across|from|over|within|at|on|during|after|before|until|further|again|overall|too|also|more|as|\w+ly)$/

/**
 * Whether the verb of change at `hit` takes no object: the sentence or clause ends after it (`improves.`, `improves;`,
 * `improves (see below)`), or an adverb or a preposition follows (`improves a lot`, `improves further`, `improves for
 * every team`); `increases memory usage` has one.
 */
function takesNoObject(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  const next = tokens[hit.endToken]
  if (next === undefined || /^\s*[.;:,(!?]/.test(text.slice(hit.end, next.start + 1))) return true
  return NO_OBJECT.test(next.word) || (next.word === 'a' && /^(?:lot|bit|little)$/.test(tokens[hit.endToken + 1]?.word ?? ''))
}

function carriesPlan(text: string, tokens: readonly Token[], frame: PlanFrame, hit: PhraseHit): boolean {
  const {predicate} = frame
  // `The new scheduler will improve throughput` claims an effect; `Builds should be faster` states the target.
  // (`will lower the barrier`, `will lower this op to ...`: `lower` before a determiner is the verb, an effect claimed too.)
  const loweringVerb = tokens[hit.firstToken].word === 'lower' && /^(?:the|this|that|these|those|a|an|its|their|our)$/.test(tokens[hit.endToken]?.word ?? '')
  if (frame.kind === 'target-state' && hit.category === 'improvement' && (!/(?:ed|er)$/.test(tokens[hit.firstToken].word) || loweringVerb)) return false
  // `Code search should be fast`, `The handbook should be easy to navigate`: a quality a thing should have is a principle, a requirement that stands; `should be faster` promises a change.
  // (`Plugin owners must be able to easily distribute binaries`: what people must be able to do, the ease promised to them;
  // `builds will be able to run quickly` claims a thing's ability.)
  const peopleAble = PEOPLE.test(tokens[frame.afterSubject - 1]?.word ?? '') && tokens.slice(frame.afterSubject, predicate).some((token) => token.word === 'able')
  const complement = !peopleAble && tokens.slice(frame.afterSubject, predicate + 1).some((token) => token.word === 'be') && hit.firstToken >= predicate
  // (`user-friendly`, `empower`: words of the lists that end in -er and compare nothing.)
  const comparative = (/er$/.test(tokens[hit.firstToken].word) && !NOT_COMPARATIVE.test(tokens[hit.firstToken].word)) || /^(?:more|less)$/.test(tokens[hit.firstToken].word) || /^(?:more|less)$/.test(tokens[hit.firstToken - 1]?.word ?? '')
  if (frame.kind === 'target-state' && hit.category === 'quality' && complement && !comparative && !PROMISE.test(hit.phrase)) return false
  // `A simple API for log forwarding`, `Consistent behavior across build configurations`, `The design should be as
  // simple as it can be`: a design's property, which review can check; `simpler`, `more consistent` and `make the
  // CLI consistent` promise a change.
  // (`Make all the workflows that require navigating the org chart easy.`: an instruction to make, its quality the last word, however long the object.)
  const madeLast = frame.kind === 'imperative' && MAKING.has(tokens[predicate]?.word ?? '') && hit.endToken >= tokens.length
  if (hit.category === 'quality' && DESIGN_PROPERTY.test(hit.phrase) && !comparative && !madeLast && makingVerbBefore(tokens, hit) === -1) return false
  // `Make cloud successful at massive scale` promises a state, but `results in successful PVC creation` describes an
  // outcome: these qualities are a goal only as what a making verb aims at.
  if (hit.category === 'quality' && MADE_ONLY.test(hit.phrase) && makingVerbBefore(tokens, hit) === -1) return false
  // (`Build a delightful product that devs love`, `a world-class platform`: praise promised, whatever the article; `a
  // seamless transition` describes the deliverable.)
  // (`Offer a better capability of connection draining`: a comparative right after an instruction to offer and its article
  // promises a change, as `Provide faster feedback` does; `Add a more robust status mechanism` names a deliverable by its kind.)
  const instructedChange = frame.kind === 'imperative' && comparative && hit.firstToken === predicate + 2 && OFFERING.test(tokens[predicate]?.word ?? '')
  if ((hit.category === 'quality' || comparative) && afterIndefiniteArticle(tokens, hit) && !PRAISE.test(hit.phrase) && !instructedChange) return false
  // `provide easy ways to get started`, `offer simple defaults`: a quality right after a verb of providing describes
  // the things provided, as after `a` (`Provide faster feedback`, a comparative, still promises a change).
  // (`Make builds fast`, `Keep the build fast`: after a making verb or a determiner, `build` is the thing made fast, not a verb of providing.)
  const providedNoun = makingVerbBefore(tokens, hit) === hit.firstToken - 2 || /^(?:the|our|a|an|its|their|these|those|all|every|each|your|my)$/.test(tokens[hit.firstToken - 2]?.word ?? '')
  if (hit.category === 'quality' && !comparative && PROVIDING.test(tokens[hit.firstToken - 1]?.word ?? '') && !PRAISE.test(hit.phrase) && !providedNoun) return false
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
  // (`Make it so that every developer feels empowered`: the state made, as after `make sure`.)
  const makesItSo = MAKING.has(tokens[predicate]?.word ?? '') && tokens[predicate + 1]?.word === 'it' && tokens[predicate + 2]?.word === 'so'
  if ((ENSURING.has(tokens[predicate]?.word ?? '') || tokens[predicate + 1]?.word === 'sure' || makesItSo) && hit.category === 'quality') return true
  // `... and make it easy for developers to ...`, `making deployments easier`: a quality the plan makes, in any clause.
  // `Expose X in the JSON to make it possible to reliably observe Y`: a purpose of a concrete action (`to make` after the main verb) does not.
  const at = madeLast ? predicate : makingVerbBefore(tokens, hit)
  if (hit.category === 'quality' && at !== -1) {
    // `write an RFC that will limit the scope and make it easier to ...`: the benefit of a deliverable, in a relative clause.
    if (tokens.slice(predicate + 1, at).some((token) => token.word === 'that' || token.word === 'which')) return false
    if (!(tokens[at - 1]?.word === 'to' && at > predicate + 1 && !MAKING.has(tokens[predicate]?.word ?? ''))) return true
  }
  // `Make prerequisite Cargo improvements`, `Make the necessary improvements to X`: work named by what another plan
  // needs; that plan holds the goal.
  if (hit.category === 'improvement' && namedByNeed(tokens, hit)) return false
  // `Polymorphism in Go must fit smoothly into the language`: how a thing must work is a requirement that stands, as
  // `Code search should be fast` is (`Deploys should finish faster` promises a change; `Teammates can easily
  // contribute`, what people can do, still promises).
  if (requiredManner(tokens, frame, hit) && !comparative) return false
  // `We will iterate fast on several IDEs`, `We move quickly, but thoughtfully`: the pace of the authors' own work is how
  // they work, not a quality promised for a thing (`Builds will run fast`, `We will iterate faster` still promise one).
  if (authorsPace(tokens, frame, hit)) return false
  // `Build toward one lovable product`, `We will offer our admins delightful tooling`: a promised experience in the plan's object.
  if (hit.category === 'quality' && PROMISE.test(hit.phrase) && (frame.kind === 'imperative' || frame.kind === 'first-person') && hit.firstToken > predicate && hit.firstToken <= predicate + 6) return true
  // `We have a delightful admin experience`: a quality right after the verb.
  if (hit.category === 'quality' && hit.firstToken > predicate && hit.firstToken <= predicate + 2 && frame.kind !== 'imperative') return true
  if (hit.firstToken >= predicate && hit.firstToken <= predicate + (frame.kind === 'noun-phrase' || frame.kind === 'vision' || frame.kind === 'target-state' ? 2 : 0)) return true
  // `Pager team health improves`, `On-call page volume decreases`: a verb of change after a subject of up to five words
  // (a noun phrase's frame, the lists knowing no other verb in it) is the change promised, as after two words.
  // (Not with an object: `More labels per metric increases memory usage` states a cost.)
  if (
    frame.kind === 'noun-phrase' &&
    hit.category === 'improvement' &&
    hit.firstToken <= predicate + 5 &&
    CHANGED_SUBJECT.test(tokens[hit.firstToken].word) &&
    !tokens.slice(predicate, hit.firstToken).some((token) => SUBJECT_BREAK.test(token.word)) &&
    takesNoObject(text, tokens, hit)
  ) {
    return true
  }
  // `..., but we will modernise the build`: the plan of a second clause.
  if (MODAL_AFTER_AUTHOR.has(tokens[hit.firstToken - 1]?.word ?? '') && /^(?:we|i|team)$/.test(tokens[hit.firstToken - 2]?.word ?? '')) return true
  // `continuously improve`, `better support`: an adverb before the verb.
  if (hit.endToken === predicate && hit.category === 'improvement') return true
  // `Maintain and increase code quality`, `Create, manage, and optimize the platforms`: a verb joined to the plan's verb.
  const between = tokens.slice(predicate + 1, hit.firstToken)
  if (hit.category === 'improvement' && frame.kind === 'imperative' && between.length > 0 && between.length <= 4 && /^(?:and|or)$/.test(between[between.length - 1].word) && between.every((token) => /^(?:and|or)$/.test(token.word) || isActionVerb(token.word, new Set()))) return true
  // `Enable better analytics`, `Provide faster feedback on pull requests`: a comparative right after the instruction's verb promises a change in its object.
  // (`We will enable better analytics`, `we need to do better at harnessing X`: the same in what the authors set out to
  // do; `By X, we allow greater interoperability` and `This enhancement will provide greater flexibility` claim a benefit,
  // and `We want to achieve better performance than Miri` names what to beat, which two of three blind judges found
  // debatable in place, rust-project-goals 2026/borrowsanitizer.md:33.)
  const comparedWith = tokens.slice(hit.endToken, hit.endToken + 3).some((token) => token.word === 'than')
  const setsOut = frame.kind === 'first-person' && /^(?:to|will|shall|must|should|we'll|i'll)$/.test(tokens[predicate - 1]?.word ?? '') && !comparedWith
  if ((frame.kind === 'imperative' || setsOut) && (hit.firstToken === predicate + 1 || instructedChange) && comparative) return true
  // `Fix self-contained issues and simplify the implementation`: an instruction joined by `and`, its verb the improvement.
  // (`for NEW and UPGRADE cluster states`: a capitalised word after `and` is a name in a list.)
  if (hit.category === 'improvement' && frame.kind === 'imperative' && hit.firstToken > predicate + 1 && /^(?:and|or)$/.test(tokens[hit.firstToken - 1].word) && isActionVerb(tokens[hit.firstToken].word, new Set()) && /^\p{Ll}/u.test(text.slice(hit.start, hit.end))) return true
  // `Build our sitemap, and make other key improvements to our SEO`: a second instruction joined by `and`, a making verb
  // whose object is the improvement.
  if (hit.category === 'improvement' && frame.kind === 'imperative' && joinedMakingInstruction(tokens, predicate, hit)) return true
  // `Build search results that are easier to scan`: what the instruction produces, promised to be better.
  if (frame.kind === 'imperative' && comparative && PRODUCING.test(tokens[predicate]?.word ?? '') && promisedInRelativeClause(tokens, predicate, hit)) return true
  // `Continue our efforts to improve X`, `Continue with performance improvements`: the plan goes on with the improvement.
  // (`Continue improving parallel compilation performance`: the improvement as the gerund right after it.)
  if (tokens[predicate]?.word === 'continue' && hit.firstToken > predicate && hit.firstToken <= predicate + 5 && between.some((token) => token.word === 'to' || token.word === 'with')) return true
  if (tokens[predicate]?.word === 'continue' && hit.category === 'improvement' && hit.firstToken === predicate + 1 && /ing$/.test(tokens[hit.firstToken].word)) return true
  if (MAKING.has(tokens[predicate]?.word ?? '') && hit.firstToken > predicate && hit.firstToken <= predicate + 6 && hit.category !== 'adoption') return true
  // `Enable fast delivery of new templates`, `Allow developers to quickly answer questions`: an instruction to enable
  // what people do, its promise the quality of their doing it. (`Allow kubectl code to easily be imported`: what a
  // thing allows is a capability.)
  if (frame.kind === 'imperative' && hit.category === 'quality' && ENABLING.test(tokens[predicate]?.word ?? '') && (hit.firstToken === predicate + 1 || enablesPeopleTo(tokens, predicate, hit))) return true
  // `Create tooling to simplify troubleshooting`, `Build new setup features to make it easier to X`: a deliverable named
  // only by its kind is defined by the improvement it is for, which is the plan (`Add a --dry-run flag to simplify
  // troubleshooting` names the deliverable).
  if (frame.kind === 'imperative' && hit.category !== 'adoption' && forAGenericDeliverable(text, tokens, predicate, hit)) return true
  // `Sourcegraph teammates can easily contribute`: an adverb of quality on the main verb.
  return hit.category === 'quality' && /ly$/.test(tokens[hit.firstToken].word) && hit.firstToken >= frame.afterSubject - 1 && hit.firstToken <= predicate + 1
}

/** Verbs that bring a deliverable into being: `create tooling`, `build features`, `develop processes`. */
const BRINGING_ABOUT = /^(?:create|build|develop|provide|add|introduce|offer|write|implement|ship|deliver)$/

/** Nouns that name a deliverable only by its kind: `tooling`, `features`, `mechanisms`. */
const GENERIC_DELIVERABLE = /^(?:tooling|tools|features|mechanisms?|process(?:es)?|capabilities|infrastructure|automation|guidance|ways?|utilities|helpers|solutions?|functionality)$/

/**
 * Whether `hit` is the improvement a deliverable named only by its kind is for: the instruction's verb, one to three
 * lowercase words ending in a generic noun (`tooling`, `new setup features`), then `to` or `in order to` and the
 * improvement, or a making verb before it (`to make it easier`).
 */
function forAGenericDeliverable(text: string, tokens: readonly Token[], predicate: number, hit: PhraseHit): boolean {
  if (!BRINGING_ABOUT.test(tokens[predicate]?.word ?? '')) return false
  const to = tokens.findIndex((token, index) => index > predicate && token.word === 'to')
  const head = tokens[to - 1]?.word === 'order' && tokens[to - 2]?.word === 'in' ? to - 3 : to - 1
  if (to === -1 || head <= predicate || head > predicate + 3 || !GENERIC_DELIVERABLE.test(tokens[head].word)) return false
  // (`Build Grafana tools to ...`: a name among the words makes the deliverable specific.)
  if (tokens.slice(predicate + 1, head + 1).some((token) => !/^\p{Ll}/u.test(text.slice(token.start, token.end)))) return false
  return hit.firstToken === to + 1 || (MAKING.has(tokens[to + 1]?.word ?? '') && hit.firstToken > to + 1 && hit.firstToken <= to + 4)
}

/** Modals that require: `must`, `shall`, `should`. */
const REQUIRING = /^(?:must|shall|should)$/

/**
 * `X must fit smoothly into Y`, `Builds should run quickly on any laptop`: a thing (not people) required to work in a
 * manner, the adverb of quality right before or after its verb (`The page should quickly load`). (`seamlessly`,
 * `effortlessly` praise, and stay promises.)
 */
function requiredManner(tokens: readonly Token[], frame: PlanFrame, hit: PhraseHit): boolean {
  if (frame.kind !== 'target-state' || hit.category !== 'quality' || PROMISE.test(hit.phrase)) return false
  const modal = frame.afterSubject
  const besideVerb = hit.firstToken === frame.predicate + 1 || (hit.endToken === frame.predicate && hit.firstToken > modal)
  return REQUIRING.test(tokens[modal]?.word ?? '') && !PEOPLE.test(tokens[modal - 1]?.word ?? '') && tokens[frame.predicate]?.word !== 'be' && besideVerb && /ly$/.test(tokens[hit.firstToken].word)
}

/** Words that name work by the need it serves: `prerequisite`, `necessary`, `required`. */
const NEEDED = /^(?:prerequisite|necessary|required|needed|preparatory)$/

/** `prerequisite Cargo improvements`, `the necessary enhancements`: the improvement noun, one of these at most two words before it. */
function namedByNeed(tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^(?:improvements?|enhancements?)$/.test(tokens[hit.endToken - 1]?.word ?? '')) return false
  return tokens.slice(Math.max(0, hit.firstToken - 2), hit.firstToken).some((token) => NEEDED.test(token.word))
}

/** Adverbs of pace: `iterate fast`, `move quickly`. */
const PACE = /^(?:fast|quickly|rapidly|swiftly)$/

/** Verbs of a way of working, whose pace is the team's manner: `iterate fast`, `move quickly`, `ship fast and learn`. */
const WAYS_OF_WORKING = /^(?:iterate|move|learn|experiment|prototype|act|work|ship|fail|adapt|pivot)$/

/**
 * `We will iterate fast on X`: the authors speak, and a bare adverb of pace stands right after a verb of their way of
 * working, before a preposition, a conjunction or the end. (`We will respond quickly to incidents` promises a
 * service, and stays a goal to measure.)
 */
function authorsPace(tokens: readonly Token[], frame: PlanFrame, hit: PhraseHit): boolean {
  if (frame.kind !== 'first-person' || !PACE.test(hit.phrase) || hit.firstToken !== frame.predicate + 1) return false
  if (!WAYS_OF_WORKING.test(tokens[frame.predicate]?.word ?? '')) return false
  const next = tokens[hit.endToken]?.word
  return next === undefined || /^(?:on|in|at|with|across|and|but|or|to|so|while|without|through|for|by)$/.test(next)
}

/** Instructions to make a thing for people, whose qualities a relative clause may promise: `Create templates which are easier to adapt`. */
const PRODUCING = /^(?:produce|build|create|deliver|design|ship|provide|offer)$/

/** `..., and make other key improvements to X`: `and`, then a making verb at most five words before the improvement. */
function joinedMakingInstruction(tokens: readonly Token[], predicate: number, hit: PhraseHit): boolean {
  for (let index = Math.max(predicate + 2, hit.firstToken - 5); index < hit.firstToken; index++) {
    if (tokens[index - 1].word === 'and' && MAKING.has(tokens[index].word)) return true
  }
  return false
}

/** `<object> that are more intuitive`, `<object> which is easier to scan`: the comparative right after `that|which is|are`. */
function promisedInRelativeClause(tokens: readonly Token[], predicate: number, hit: PhraseHit): boolean {
  let at = hit.firstToken
  if (/^(?:more|less)$/.test(tokens[at - 1]?.word ?? '')) at--
  return at - 2 > predicate + 1 && /^(?:is|are)$/.test(tokens[at - 1]?.word ?? '') && /^(?:that|which)$/.test(tokens[at - 2]?.word ?? '')
}

/** Words of the phrase lists that end in -er but are no comparatives. */
const NOT_COMPARATIVE = /^(?:user|empower)$/

/** Instructions to offer something to people, whose comparative object promises them a change: `Offer a better capability of X`. */
const OFFERING = /^(?:offer|provide|deliver|give)$/

/** `move to building the checks` describes a change of work, not the adoption of a thing. */
function beforeGerund(tokens: readonly Token[], hit: PhraseHit): boolean {
  return hit.phrase.endsWith(' to') && (tokens[hit.endToken]?.word.endsWith('ing') ?? false)
}

export function judgeSentence(
  document: StrategyDocument,
  sentence: Sentence,
  configuration: Configuration,
  rules: readonly LanguageRule[]
): Finding | undefined {
  const section = sentence.unit.section
  const asked = (rule: LanguageRule) => configuration.enabled.has(rule) && rules.includes(rule)
  const readsAsType = (rule: LanguageRule) => asked(rule) && document.ruleReads(rule, section) && !(GOAL_RULES.has(rule) && inSubsectionAboutAnotherTopic(section, document))
  const readsAsGoalHeading = (rule: LanguageRule) => asked(rule) && configuration.goalHeadings.has(rule) && document.readsGoalHeading(rule, section)
  const reads = (rule: LanguageRule) => readsAsType(rule) || readsAsGoalHeading(rule)
  // A subsection about another topic is still read for the authors' own step put off (puttingOffInAside, below).
  const readsAside = asked('strategy-noncommittal') && document.ruleReads('strategy-noncommittal', section) && inSubsectionAboutAnotherTopic(section, document)
  if (!reads('strategy-noncommittal') && !reads('strategy-vague-goal') && !reads('strategy-unquantified-pitch') && !readsAside) return undefined
  if (inStory(section, document)) return undefined
  // A table cell that is only a link names a page whose own text states the goal; a table that ranks or counts records a
  // tally (src/language/analysis.ts).
  if (titlesLinkedPage(sentence.unit) || recordsATally(sentence.unit)) return undefined
  if (beforeDecisionLabel(sentence.unit)) return undefined
  // Most sentences hold no phrase of any list, state no open decision and put off no goal: nothing to read further.
  // (A run-on longer than MAX_SENTENCE_LENGTH is not read for phrases, nor for a goal put off.)
  if (hitsOf(sentence, configuration).length === 0 && !openDecisionIn(sentence.text) && (sentence.text.length > MAX_SENTENCE_LENGTH || !namesGoalPutOff(sentence.text))) return undefined
  const reading = readSentence(sentence, configuration)
  const place = sourceRange(document, sentence)
  // An item under `Benefits:`, `Sample projects may include:` or `In Q2 we are not working on:` is no plan of the authors.
  const notPlans = underNonPlanLead(document, sentence.unit)
  const leadIn = leadsIntoList(document, sentence.unit) || elaboratedBelow(sentence)
  // `We would like to revamp the import flow by:`, `We aim to improve onboarding in three ways:`: an aim or a wish that leads
  // into the list of what will be done is answered there; a `might` or an `explore` still leaves it open.
  const answeredAim = leadIn && reading.hedge?.category === 'aspiration'
  const putOffInAside = readsAside && puttingOffInAside(reading)
  const authorsHedge = notPlans || answeredAim ? undefined : reading.hedge
  // Under a goal heading only a hedge that withdraws the commitment is reported (hedges.ts, WEIGHING_HEDGE): `Experiment
  // with X` under `### The next 6 months` is the period's work, `We could X or Y` weighs options.
  const reportedHedge =
    readsAsType('strategy-noncommittal') || putOffInAside ? authorsHedge : authorsHedge && readsAsGoalHeading('strategy-noncommittal') ? reading.withdrawingHedge : undefined
  const inRecordDecision = RECORD_DECISIONS.has(document.specOf(section)?.id ?? '')
  if (reportedHedge && !(inRecordDecision && optionOfTheDesign(reportedHedge, sentence.text))) {
    const hedge = hedgeQuote(sentence, reportedHedge)
    const text = quote(sentence.text, 80, sentence.text.slice(reportedHedge.start, reportedHedge.end))
    return {
      rule: 'strategy-noncommittal',
      place,
      reason: `\`${text}\` hedges (\`${hedge}\`) instead of deciding; ${inRecordDecision ? RECORD_ADVICE : reading.deadline ? datedPlanAdvice(sentence.text, reading.deadline) : PLAN_ADVICE}`
    }
  }
  // A paragraph that leads into a list (an objective and its key results, `We will improve onboarding in three ways:`) is
  // measured by its items, which are read on their own.
  // Under `### Motivation` or `### Overview`, `Easier and more intuitive for end users.` and `IPI installation will make
  // it much simpler` argue why: only an instruction or the authors' own plan (`Improve X`, `We want to improve X`) sets a goal.
  // (`Easy to distribute.`, `User-friendly minimal API.`: a quality that opens a fragment is no instruction either.)
  const qualityFragment = reading.improvement?.category === 'quality' && reading.frame.plan && reading.improvement.firstToken === reading.frame.predicate
  // (Only in the type's own sections: under goal headings `## Motivation` often holds `### The next 6 months`, and
  // goal-headings.ts tells the topics apart.)
  const arguesWhy =
    document.ruleReads('strategy-vague-goal', section) && inSubsectionArguingWhy(section, document) && reading.frame.plan && (!PLAN_VOICES.has(reading.frame.kind) || qualityFragment)
  // A hedge under a goal heading is strategy-noncommittal's problem even where that rule leaves it (a hedge that weighs,
  // or its `goalHeadings` off): `We would like to make error checks more lightweight` wants a decision before a target,
  // and all three blind judges called the vague-goal message on such sentences the wrong rule.
  const hedgeLeftUnread = authorsHedge !== undefined && !document.ruleReads('strategy-vague-goal', section)
  // A row's first cell beside its description names the item whose goal the description states (src/language/analysis.ts);
  // its hedge (`| Experiment with X | tbd | ... |`) still hedges the item.
  const rowName = namesARowDescribedBeside(sentence.unit)
  if (reads('strategy-vague-goal') && !notPlans && !leadIn && !arguesWhy && !hedgeLeftUnread && !rowName) {
    // (What dates it is asked only when a message is written: most sentences read here are no vague goal.)
    const vague = vagueness(reading, configuration, () => datedBy(document, sentence, configuration))
    // An objective whose key results sit in its own sub-list (`- Make CI reliable` / `  - 95% green builds on main`) is measured there.
    if (vague && !measuredInItem(document, sentence, configuration) && !measuredByKeyResult(document, sentence, configuration)) return {rule: 'strategy-vague-goal', place, reason: vague}
  }
  if (reads('strategy-unquantified-pitch') && reading.pitch && isPitch(reading)) {
    const pitch = sentence.text.slice(reading.pitch.start, reading.pitch.end)
    const text = quote(sentence.text, 80, pitch)
    return {
      rule: 'strategy-unquantified-pitch',
      place,
      reason: `\`${text}\` argues from taste or fashion (\`${pitch}\`), not outcomes; state the business outcome in numbers (\`<change> cuts <incidents|cost|lead time> from <X> to <Y>\`)`
    }
  }
  return undefined
}

/**
 * Under `### Background`, `### Context` or `### Risks` the authors describe more than they plan, so the goal rules
 * leave such a subsection alone (inSubsectionAboutAnotherTopic); but their own next step put off to a time with no
 * date is a hedge wherever it stands: `In the future, we may add support for the incremental ADS variant`, `We will
 * evaluate necessary options in the future to mitigate potential abuse`, `Authentication will need to be added in the
 * future`. Only in the authors' voice or as work in the passive, and only when the timing phrase opens the sentence or
 * sits in the main clause, within a few words after its verb: `(a separate gRFC will be published in the future)` and
 * `with the intention of making it API compatible in the future` describe. (On tune: 7 right hedges more, none false;
 * reading everything there again gave 9 right and 17 false.)
 */
function puttingOffInAside(reading: Reading): boolean {
  const {hedge, frame, sentence} = reading
  if (!hedge || !frame.plan || !AUTHORS_VOICES.has(frame.kind) || !TIMING.test(hedge.phrase.toLowerCase())) return false
  if (sentence.text.slice(0, hedge.start).includes('(')) return false
  // (A state to reach is work put off only when the time follows its verb: `Authentication will need to be added in the
  // future`; `In the future, the annotation will provide control over placement` describes what the design allows.)
  const opens = hedge.firstToken <= 1 && frame.kind !== 'target-state'
  return opens || (hedge.firstToken > frame.predicate && hedge.firstToken - frame.predicate <= MAIN_CLAUSE_REACH)
}

/** The frames in which the authors state their own next step, for puttingOffInAside. */
const AUTHORS_VOICES: ReadonlySet<string> = new Set(['first-person', 'imperative', 'target-state'])

/** How many words after its verb a phrase still belongs to the main clause, for puttingOffInAside. */
const MAIN_CLAUSE_REACH = 6

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

/** A quality compared, which promises a change: `easier`, `faster`, `more usable`, `less painful` (not `user-friendly`). */
const COMPARATIVE = /^(?!user\b)(?:more|less|\p{L}+er)\b/iu

/** The rules that read the authors' goals and plans. */
const GOAL_RULES: ReadonlySet<LanguageRule> = new Set(['strategy-vague-goal', 'strategy-noncommittal'])

/**
 * `## Coherent Actions` / `### Design axioms`, `### Background`, `### Risks`: a subsection of a section the goal rules
 * read whose heading names principles, background, risks or reference material holds no plans; the same topics are
 * left out under headings that name goals (src/model/goal-headings.ts, ASIDE_TOPIC).
 */
const inSubsectionAboutAnotherTopic = perSection((section: Section, document: StrategyDocument) => subsectionHeadingMatches(document, section, (current) => namesAnAside(current.key)))

/** `### User Stories`, `#### Story 1`, `### The story`: a story about users or characters speaks for them (namesAStory). */
const inStory = perSection((section: Section, document: StrategyDocument) => subsectionHeadingMatches(document, section, (current) => namesAStory(current.key)))

/**
 * `### Member account additional alarms` / `We would like to offer users out of the box alerting.` / `Decision:` / `We
 * will not be doing this at this time.`: a paragraph that opens with a `Decision:` label settles its section, and what
 * stands before it there is the context the decision weighs, not the authors' plan. (A Ministry of Justice decision
 * record gives each subsection of its Decision this form; three blind judges called both hedges reported before the
 * label wrong. The label's own paragraph and what follows it are read as before.)
 */
function beforeDecisionLabel(unit: TextUnit): boolean {
  const label = decisionLabelAt(unit.section)
  return label !== undefined && (unit.block?.position?.start.offset ?? Number.POSITIVE_INFINITY) < label
}

/** Where the first paragraph of a section's own text that opens with a `Decision:` label starts (`**Decision:**`, `**Decision**:` too). */
const decisionLabelAt = perSection((section: Section) => {
  for (const node of section.nodes) {
    // (Only the paragraph's first two children are read: the label, and the colon after a bold `**Decision**`.)
    if (node.type === 'paragraph' && DECISION_LABEL.test(node.children.slice(0, 2).map((child) => toString(child)).join(''))) return node.position?.start.offset
  }
  return undefined
})

const DECISION_LABEL = /^\s*decision\s*:/i

/**
 * `These funcs could be implemented as helpers`, `This logger could be implemented using any logger`: in a decision
 * record's Decision the authors lay out the design they chose, and a bare `could` there names a way it can be built, not
 * a step left undecided. In the corpus's decision records three blind judges called none of the four findings on such a
 * `could` right (`We could change the field to a slice` sketching an option put off, `we could in the future generate an
 * ontology` as a consequence, both fixed apart); in a strategy's Coherent Actions the tune split labels most of them
 * hedges, so only a record's Decision reads it so. A time to come (`we could add it later`) still puts a step off.
 */
function optionOfTheDesign(hedge: PhraseHit, text: string): boolean {
  return /^(?:(?:we|i) )?could$/i.test(hedge.phrase) && !LATER_TIME.test(text)
}

/** What a hedge in a plan should become: a dated position, or an open decision with a date to settle it. */
const PLAN_ADVICE = 'take a position (`We will <decision> by <date>, because <reason>`) or list it as an open decision with a date to settle it'

/** A date span that holds the word binding it to its plan: `by April`, `before June`, `by the end of March`. */
const BINDS_A_DATE = /^(?:by|before|in|within|until|till|during|through|on|at|end of|early|mid|late)\b/i

/** The same for a plan that already has its date (`We would like to reduce build times by 2027-06-30`): only the hedge is to go. */
function datedPlanAdvice(text: string, deadline: Span): string {
  // The date as written: a month's span (`by April`) stops before its year, which is a span of its own (`2027`).
  const year = /^,?\s(?:19|20)\d{2}\b/.exec(text.slice(deadline.end))?.[0] ?? ''
  const written = text.slice(deadline.start, deadline.end) + year
  // With the word that binds the date (`by Q3 2027`, `before GA`), which the span may hold (`before June`), else `by`.
  const bound = /\b(by|before|in|within|until|till|during|on)\s$/i.exec(text.slice(Math.max(0, deadline.start - 8), deadline.start))
  // (`By the end of the year, I hope to ...` opens its sentence: in the middle of the advice it is `by`.)
  const date = BINDS_A_DATE.test(written) ? written.replace(/^\w+/, (word) => word.toLowerCase()) : `${bound ? bound[1].toLowerCase() : 'by'} ${written}`
  return `take a position and keep the date (\`We will <decision> ${quote(date, 40)}, because <reason>\`), or list it as an open decision`
}

/** In a decision record's Decision, where no date is asked: state what the record decides, or leave the rest to another record. */
const RECORD_ADVICE = 'state what this record decides (`We will <decision>, because <reason>`), or leave the undecided part to a later record'

/** The Decision of the decision-record types (`adr`, `madr`, and the custom types that extend them keep the ids). */
const RECORD_DECISIONS: ReadonlySet<string> = new Set(['decision', 'decision-outcome'])

/** `### Motivation`, `### Rationale`, `### Overview`, `### Why this is important`: a subsection that argues why. */
const inSubsectionArguingWhy = perSection((section: Section, document: StrategyDocument) => subsectionHeadingMatches(document, section, (current) => namesAnArgument(current.key)))

/** The voices that set a goal wherever they stand: an instruction, the authors' own plan. */
const PLAN_VOICES: ReadonlySet<string> = new Set(['imperative', 'first-person'])

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
/** Per configuration and outermost list item or table row (weakly: a language server checks many versions of a document): what measures its parts (`itemMeasures`). */
const measuredByItem = new WeakMap<Configuration, WeakMap<object, ItemMeasures>>()

/**
 * Whether another sentence of the sentence's own list item (its nested items included), or of an item it is nested in,
 * states a number as a target: an objective and its key results (`- Make CI reliable` / `  - 95% green builds on main`),
 * an aim with its target and the items that spell it out (`- Make ownership 10x easier` / `  - Make it easy to answer
 * who owns this code`). A sibling does not measure a nested item: beside `OKR1: 95% green builds on main`, `OKR2:
 * decrease mean build time` still has no target (a firm vague goal of the in-place recall sample, 2026-12-06). A table
 * row is measured by its cells.
 */
function measuredInItem(document: StrategyDocument, sentence: Sentence, configuration: Configuration): boolean {
  const {item, listItem} = sentence.unit
  const own = listItem ?? item
  const from = own?.position?.start.offset
  const to = own?.position?.end.offset
  if (!item || !own || from === undefined || to === undefined) return false
  const measures = itemMeasures(document, item, configuration)
  if (measures.byAncestor.has(own)) return true
  const offsets = measures.offsets
  // Binary search for the first measured sentence at or after the item's start: a list of 20,000 nested items asks once each.
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle] < from) low = middle + 1
    else high = middle
  }
  let count = 0
  for (let index = low; index < offsets.length && offsets[index] <= to && count < 2; index++) count++
  const self = readSentence(sentence, configuration)
  return count > (self.target !== undefined && !self.targetIsScope ? 1 : 0)
}

interface ItemMeasures {
  /** The source offsets of the sentences that state a number as a target, in order. */
  offsets: number[]
  /** The nested list items that an item they sit in measures by its own text. */
  byAncestor: Set<object>
}

/**
 * What measures the parts of an outermost list item or table row, found once per item in one pass in document order:
 * the offsets of its measured sentences, and which nested items sit in an item whose own text is measured (a stack of
 * the items open at each point, by their source ranges).
 */
function itemMeasures(document: StrategyDocument, item: object, configuration: Configuration): ItemMeasures {
  let perItem = measuredByItem.get(configuration)
  if (!perItem) measuredByItem.set(configuration, (perItem = new WeakMap()))
  let measures = perItem.get(item)
  if (measures) return measures
  measures = {offsets: [], byAncestor: new Set()}
  const open: Array<{node: object; end: number; measured: boolean}> = []
  for (const unit of unitsOf(document, item)) {
    const start = unit.block?.position?.start.offset ?? -1
    while (open.length > 0 && open[open.length - 1].end < start) open.pop()
    const nearest = unit.listItem
    if (nearest && open[open.length - 1]?.node !== nearest) {
      const parent = open[open.length - 1]
      if (parent?.measured) measures.byAncestor.add(nearest)
      open.push({node: nearest, end: nearest.position?.end.offset ?? Infinity, measured: parent?.measured ?? false})
    }
    for (const other of unit.sentences) {
      const reading = readSentence(other, configuration)
      if (reading.target === undefined || reading.targetIsScope) continue
      measures.offsets.push(unit.toSource(other.start))
      if (nearest) open[open.length - 1].measured = true
    }
  }
  measures.offsets.sort((a, b) => a - b)
  perItem.set(item, measures)
  return measures
}

/** `Objective: Make search results more helpful`: the objective of an OKR, which its key results measure. */
const OBJECTIVE_LABEL = /^\W*objectives?\W*:/i
/** `Key Result 1: Increase click-throughs to 90%`, `KR2: ...`. */
const KEY_RESULT = /\b(?:key results?|KR\s?\d+)\b/i
/** Per configuration and document: the sections where a key result states a number as a target (found in one pass). */
const keyResultMeasuredSections = new WeakMap<Configuration, WeakMap<StrategyDocument, Set<Section>>>()

/**
 * Whether a sentence is an OKR's objective and a key result in its section states a number as a target (`Key Result 1:
 * Increase the number of click throughs on Handbook search results to 90%`): an objective is qualitative by design, its
 * key results measure it. A key result with no number (`Reduce percentage of searches with no click throughs`) leaves
 * the objective reported (judged right in place, sourcegraph-strategy direction/enablement/handbook/index.md:75).
 */
function measuredByKeyResult(document: StrategyDocument, sentence: Sentence, configuration: Configuration): boolean {
  if (!OBJECTIVE_LABEL.test(sentence.unit.text)) return false
  let byDocument = keyResultMeasuredSections.get(configuration)
  if (!byDocument) keyResultMeasuredSections.set(configuration, (byDocument = new WeakMap()))
  let sections = byDocument.get(document)
  if (!sections) {
    sections = new Set()
    for (const unit of textUnits(document)) {
      if (sections.has(unit.section) || !KEY_RESULT.test(unit.text)) continue
      if (unit.sentences.some((other) => {
        const reading = readSentence(other, configuration)
        return reading.target !== undefined && !reading.targetIsScope
      })) sections.add(unit.section)
    }
    byDocument.set(document, sections)
  }
  return sections.has(sentence.unit.section)
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
/**
 * What dates a sentence outside its own words: a heading above it (`### FY23 Q3`, `### The next 6 months`), or the lead-in
 * of the list it stands in (`For Q2 FY 2023, we will:`). Three blind judges noted a message that asked for a deadline
 * the lead-in gives (sourcegraph-strategy growth-team/index.md:59).
 */
function datedBy(document: StrategyDocument, sentence: Sentence, configuration: Configuration): DatedOutside | undefined {
  const heading = datingHeading(sentence) ?? (headingNamesPeriod(sentence) ? 'heading' : undefined)
  if (heading) return heading
  if (rowDated(document, sentence, configuration)) return 'row'
  const lead = leadInOf(document, sentence.unit)
  return lead?.sentences.some((other) => readSentence(other, configuration).deadline !== undefined) ? 'lead-in' : undefined
}

/** What dates a sentence outside its own words, as the message names it. */
type DatedOutside = 'title' | 'heading' | 'lead-in' | 'row'

/**
 * Whether another cell of the sentence's table row gives a deadline: `| Improve build performance | by Q3 2027 |`, a
 * `Timespan` column of `2026-2027` (rust-project-goals' fast-builds roadmap; a QA pass read "no deadline" there as false).
 */
function rowDated(document: StrategyDocument, sentence: Sentence, configuration: Configuration): boolean {
  const {item, block} = sentence.unit
  if (item?.type !== 'tableRow') return false
  return unitsOf(document, item).some((unit) => unit.block !== block && unit.sentences.some((other) => readSentence(other, configuration).deadline !== undefined))
}

function vagueness(reading: Reading, configuration: Configuration, datedOutside: () => DatedOutside | undefined): string | undefined {
  const {frame, improvement, adoption, target, deadline, scope, sentence} = reading
  if (!frame.plan) return undefined
  // `The policy minimizes connection churn by ...`, `The separation reduces the effects of ...`: a noun phrase read as a goal
  // that opens with a determiner is the subject of a verb the lists do not know, a description (`A modernized platform.`,
  // `Reduced toil for the SRE team.` stay goals). On the tune split, 18 of 22 noun-phrase findings were wrong.
  if (frame.kind === 'noun-phrase' && /^(?:the|this|these|those|such|that|its|their)$/.test(sentence.tokens[0]?.word ?? '')) return undefined
  // `Rolling upgrade`, `Urgent Upgrade Notes`, `Better XLA/TPU integration`: a short noun phrase without a full stop is a label or
  // a heading written as a line (`Reduced toil for the SRE team.` is written as a sentence, and stays a goal).
  if (frame.kind === 'noun-phrase' && sentence.tokens.length <= 4 && !/[.!]\s*$/.test(sentence.text)) return undefined
  // `**Compiler performance optimizations.** The compiler spends ...`: a bold noun phrase that opens a paragraph is its
  // run-in label, full stop or not (rust-project-goals `roadmap-fast-builds.md`, wrong by the judges in place).
  // (`**Better build parallelization.**`: a comparative that opens the label is its adjective, not an instruction.)
  const comparativeOpens = frame.kind === 'imperative' && /^(?:better|faster|easier|simpler|smaller|cheaper|safer|clearer|more|less)$/.test(sentence.tokens[frame.predicate]?.word ?? '')
  if ((frame.kind === 'noun-phrase' || comparativeOpens) && isRunInLabel(sentence)) return undefined
  // `The complexity of the compiler is increased because ...`, `Serving reads from the cache is more performant than reading
  // them from etcd`, `Scaling is as easy as updating a manifest`: a present state explained or compared, not a state to reach.
  if (frame.kind === 'vision' && /\b(?:because|since|than|as (?:easy|simple|fast) as)\b/i.test(sentence.text)) return undefined
  // `Debugging improvements: build flags to remove debug info, ...`: the label of a category whose contents follow.
  if (improvement && labelOfWhatFollows(sentence, improvement, hitsOf(sentence, configuration))) return undefined
  // `To illustrate the problem better, imagine ...`, `to minimize impact, this RFC proposes ...`: the improvement is the purpose
  // of the main clause after the comma, not the goal.
  if (improvement && inLeadingPurpose(sentence.text, improvement)) return undefined
  // `With a public registry, we can significantly improve the user experience`, `we can make match expressions more
  // ergonomic`: what the authors are able to do, a benefit claimed for a means, not a goal they set (`we will`, `we must`).
  if (improvement && frame.kind === 'first-person' && sayAbility(sentence.tokens, frame)) return undefined
  if (improvement && frame.kind === 'vision' && capabilityOfAThing(sentence.tokens, improvement)) return undefined
  const text = quote(sentence.text, 80, improvement ? sentence.text.slice(improvement.start, improvement.end) : undefined)
  // `In Q3, we'll focus on simplifying the core workflow`: the date bounds the focus, not a result, so only the target is asked for.
  if (improvement && deadline && (!target || reading.targetIsScope) && focusIsThePlan(sentence.tokens, frame, improvement)) {
    const word = sentence.text.slice(improvement.start, improvement.end)
    const when = sentence.text.slice(deadline.start, deadline.end)
    return `\`${text}\` names a period of focus (\`${when}\`) on an improvement (\`${word}\`), not a result; say from what to what: \`<Reduce|Increase> <metric> from <baseline> to <target> by <date>\``
  }
  // A dated improvement of a named component (`Improve onboarding in Q1`, ``Modernise the `orders` service``) is a plan someone can check; one with neither is not.
  if (improvement && (!target || reading.targetIsScope) && !deadline && !byConcreteMeans(sentence, improvement, hitsOf(sentence, configuration)) && !namesCodeObject(sentence, improvement)) {
    const word = sentence.text.slice(improvement.start, improvement.end)
    // (`useful in practice`, `seamless`, `instant` promise a quality; `Improve`, `easier`, `more usable` a change.)
    const promise = improvement.category === 'quality' && !COMPARATIVE.test(word) ? 'a quality' : 'an improvement'
    // (Under `### FY23 Q3` or `### The next 6 months`, or after `For Q2 FY 2023, we will:`, only the target is missing.)
    const dated = datedOutside()
    if (dated) {
      return `\`${text}\` promises ${promise} (\`${word}\`) with no target; the ${dated} dates it, so say from what to what: \`<Reduce|Increase> <metric> from <baseline> to <target>\``
    }
    return `\`${text}\` promises ${promise} (\`${word}\`) with no target or deadline; say from what to what, by when: \`<Reduce|Increase> <metric> from <baseline> to <target> by <date>\``
  }
  // `Standardise on a single logging library`: which one is the decision still to make, whatever the noun.
  const unnamed = adoption !== undefined && /^(?:a single|one|a common|a shared|a unified|a standard)\b/i.test(sentence.text.slice(adoption.end).trim())
  if (adoption && (unnamed || (!scope && isGeneric(sentence, adoption))) && !target && !deadline) {
    const word = sentence.text.slice(adoption.start, adoption.end)
    return `\`${text}\` adopts (\`${word}\`) without naming which systems or teams; name them, and when: \`<Move|Adopt> <named component> for <scope> by <date>\``
  }
  return undefined
}

/** Whether the sentence is the bold phrase that opens a paragraph with more after it: `**Better build parallelization.** Cargo ...`. */
function isRunInLabel(sentence: Sentence): boolean {
  const {block} = sentence.unit
  if (block?.type !== 'paragraph' || sentence.start !== 0 || block.children.length < 2) return false
  const [first] = block.children
  return first.type === 'strong' && toString(first).replace(/\s+/g, ' ').trim() === sentence.text.replace(/\s+/g, ' ').trim()
}

/**
 * `Debugging improvements: build flags to remove debug info, enable pprof only on debug builds`, `Streamlined
 * troubleshooting: immediate access to the build information`: an improvement named as a noun or a participle in a
 * label before a colon, followed by what it consists of, with no improvement or quality of its own, is a category
 * label (`Improve engineering onboarding: tooling` is an instruction; `Objective: Make X easier` has the promise after
 * the colon).
 */
function labelOfWhatFollows(sentence: Sentence, improvement: PhraseHit, hits: readonly PhraseHit[]): boolean {
  const {text} = sentence
  // (`Optimized – fully integrated`: a status legend, its label before a dash, its meaning after.)
  const separator = /: | [–—-] /.exec(text)
  if (!separator || separator.index > 60 || improvement.end > separator.index) return false
  if (!/^(?:improvements|optimi[sz]ations|enhancements|\w+ed)$/i.test(improvement.phrase.split(' ').at(-1) ?? '')) return false
  const after = text.slice(separator.index + separator[0].length)
  // After a dash, only a label that is the word itself, or the word and its adverb (`Partially optimized – ...`): `Improved
  // onboarding - the top priority` is a goal with a remark.
  const dash = separator[0] !== ': '
  if (dash && text.slice(0, separator.index).trim().split(/\s+/).length > (/ly$/i.test(text.slice(0, improvement.start).trim()) ? 2 : 1)) return false
  return after.split(/\s+/).length >= (dash ? 2 : 3) && !hits.some((hit) => hit.start > separator.index && (hit.category === 'improvement' || hit.category === 'quality'))
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
const PEOPLE = /^(?:we|you|i|they|users?|developers?|devs|teammates?|contributors?|engineers?|teams?|customers?|authors?|maintainers?|admins?|administrators?|operators?|people|persons?|anyone|everyone|everybody|someone|newcomers?|members?|staff|employees?|reviewers?|readers?|humans?|folks|owners?)$/

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

/**
 * Whether a phrase sits in a purpose clause (`to ...,`, `with the goal of ...,`) that leads into the main clause of the
 * sentence. (`Finally, with the goal of making cloud successful at massive scale, we'll keep our focus on growing the
 * index`: the purpose names the objective the plan serves; three judges in place called a finding on it wrong.)
 */
function inLeadingPurpose(text: string, hit: PhraseHit): boolean {
  const before = text.slice(0, hit.start)
  const opening = /(?:^|,\s*)(?:to|(?:and )?with the (?:goal|aim|objective|intent|intention) of)\s+[^,]*$/i.exec(before)
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
  // ``Make it easy to export X to `GraphDef` ``: the ease promised is of an action; the code is what the action takes.
  if (/^make it\b/i.test(improvement.phrase) && tokens[improvement.endToken]?.word === 'to') return false
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
  if (changesAThingBy(after)) return true
  // (`make it easy for developers to include ...`, `ergonomic to use`: what is made easy, not a purpose.)
  if (improvement.category !== 'improvement' || /\b(?:easy|easier|simple|simpler|possible|faster|quicker)\b/i.test(improvement.phrase)) return false
  // (`to only include`, `to always point`: an adverb may sit between.)
  const verbAfter = (index: number) => (/^(?:only|always|also|never|automatically)$/.test(after[index + 1]?.word ?? '') ? after[index + 2] : after[index + 1])?.word ?? ''
  // (`by providing a proper way to handle tokens`: what a thing offered lets people do, not the result.)
  // (`to ensure that the status is not overwritten` states the result; `to ensure proper access control` names a quality.)
  const resultAfter = (index: number) => RESULT_VERBS.test(verbAfter(index)) || (after[index + 1]?.word === 'ensure' && after[index + 2]?.word === 'that')
  const to = after.findIndex((token, index) => token.word === 'to' && index <= 10 && resultAfter(index) && !/^(?:way|ways|means|mechanism)$/.test(after[index - 1]?.word ?? ''))
  if (to === -1 || /[,;:]/.test(sentence.text.slice(improvement.end, after[to].start))) return false
  const from = after[to].start
  return !hits.some((hit) => hit.start > from && (hit.category === 'improvement' || hit.category === 'quality'))
}

/**
 * `Simplify authored Pipeline YAML by allowing users to omit parameters`, ``Enhance status ownership by making `PodGroup`
 * status track runtime state``, `Reduce load on the API server by avoiding serializing the same object twice`: a thing
 * changed in a way its means spells out, which a reader can check. A quality or a measure improved the same way (`Improve
 * scheduling throughput by making API calls asynchronous`, `Increase performance of tests by using persistent
 * Deployments`) still names no target, and `by making it easier` no means.
 */
function changesAThingBy(after: readonly Token[]): boolean {
  const by = after.findIndex((token, index) => token.word === 'by' && index <= 12 && THING_CHANGING_MEANS.test(after[index + 1]?.word ?? ''))
  if (by === -1) return false
  if (after[by + 1].word === 'making' && /^(?:it|them|this|that|things|life|everything|sure)$/.test(after[by + 2]?.word ?? '')) return false
  return !after.slice(0, by).some((token) => MEASURED_QUALITY.test(token.word))
}

/** Means that change how a thing works, for changesAThingBy: `by allowing users to omit X`, `by avoiding serializing X twice`. */
const THING_CHANGING_MEANS = /^(?:making|allowing|avoiding|changing|using|letting|exposing)$/

/** Qualities and measures of a system that an improvement of them leaves without a target, for changesAThingBy. */
const MEASURED_QUALITY =
  /^(?:performance|reliability|availability|unavailability|throughput|latency|security|size|observability|understandability|usability|scalability|stability|efficiency|speed|quality|experience|productivity|maintainability|readability|visibility|ergonomics|safety|resilience|robustness|adoption|satisfaction|cost|costs|overhead|velocity|uptime|discoverability|accessibility)$/

/** Verbs of an observable result after `to`: `to make X point to Y`, `to include scenarios`, `to enable autocompletion`. */
const RESULT_VERBS = /^(?:make|update|point|include|send|track|enable|support|add|expose|report|emit|record|show|display|use|work|handle|accept|reject|detect|warn|guarantee|prevent|catch)$/

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

/** Verbs that hold something up as the standard to meet: `match state of the art`, `catch up to the state of the art`. */
const CONFORMING = /^(?:match|matches|matching|meet|meets|reach|reaches|follow|follows|to|at|with|beyond|behind)$/

/**
 * `Let's go through state-of-the-art`, `State of the art broken down by work stream:`, `In the current state of the art
 * in Clojure, ...`: the state of the art as a noun for the work that exists, surveyed, not a standard the proposal is
 * argued to meet (`update X to match state of the art`) nor a kind praised (`a state-of-the-art model`).
 */
function surveysTheArt(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  if (!/^state[- ]of[- ]the[- ]art$/i.test(hit.phrase)) return false
  const next = tokens[hit.endToken]
  const asNoun = !next || !/^[\s-]*$/.test(text.slice(tokens[hit.endToken - 1].end, next.start)) || /^(?:in|of|for|on|is|was|broken|and|as)$/.test(next.word)
  const before = tokens[hit.firstToken - 1]?.word === 'the' ? tokens[hit.firstToken - 2]?.word : tokens[hit.firstToken - 1]?.word
  return asNoun && !CONFORMING.test(before ?? '')
}

/** `it will be checked whether the lease is outdated`: a word of fashion in the question a check answers, not an argument. */
function inQuestionChecked(tokens: readonly Token[], hit: PhraseHit): boolean {
  return tokens.slice(Math.max(0, hit.firstToken - 5), hit.firstToken).some((token) => token.word === 'whether')
}

/** Verbs that apply a practice: `follow best practices`, `use the best practice`. */
const FOLLOWING = new Set(['follow', 'follows', 'use', 'uses', 'apply', 'applies', 'adopt', 'adopts'])


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
