/**
 * The four language rules as the goal analysis sees them: their ids, the
 * options that change what it reads (phrase lists, milestones, `goalHeadings`,
 * `requireDeadline`), gathered once per set of options into a `Configuration`,
 * and the phrases found in a sentence. A finding is what one rule reports.
 */
import type {Position} from 'unist'
import type {Sentence} from './analysis.js'
import {PhraseMatcher, type PhraseHit} from './matcher.js'
import {adjustedList, RULE_PHRASE_CATEGORIES, type GoalRuleOptions, type PhraseCategory, type PhraseOptions} from './phrases.js'
import {TextMemo} from '../util.js'

export const LANGUAGE_RULES = ['strategy-measurable-criteria', 'strategy-noncommittal', 'strategy-vague-goal', 'strategy-unquantified-pitch'] as const

export type LanguageRule = (typeof LANGUAGE_RULES)[number]

export interface CriteriaOptions {
  /** Report a criterion that has a target but no deadline. */
  requireDeadline: boolean
  /** Names of milestones that serve as deadlines besides the built-in ones (`GA`, `beta`, ...): a team's own, such as `M3` or `Beta 2`. */
  milestones: string[]
}

export interface Finding {
  rule: LanguageRule
  place: Position
  reason: string
}

export interface Configuration {
  enabled: ReadonlySet<LanguageRule>
  matcher: PhraseMatcher<PhraseCategory>
  milestones: PhraseMatcher<'milestone'>
  requireDeadline: boolean
  /** The goal rules whose `goalHeadings` option is on: they also read headings outside the type's sections that name goals or plans. */
  goalHeadings: ReadonlySet<LanguageRule>
  /** The phrases found in each sentence text (see `hitsOf`); smaller than the shared memos, as there is one per set of options. */
  hits: TextMemo<readonly PhraseHit[]>
}

const NO_PHRASES: PhraseOptions = {add: [], remove: []}
const DEFAULT_CRITERIA: CriteriaOptions = {requireDeadline: true, milestones: []}

/** The phrase lists as the rules' options change them. */
function phraseMatcher(peers: ReadonlyMap<string, unknown>): PhraseMatcher<PhraseCategory> {
  const vague = (peers.get('strategy-vague-goal') as PhraseOptions | undefined) ?? NO_PHRASES
  const hedges = (peers.get('strategy-noncommittal') as PhraseOptions | undefined) ?? NO_PHRASES
  const pitches = (peers.get('strategy-unquantified-pitch') as PhraseOptions | undefined) ?? NO_PHRASES
  const lists: Partial<Record<PhraseCategory, string[]>> = {}
  for (const [rule, options] of [['strategy-vague-goal', vague], ['strategy-noncommittal', hedges], ['strategy-unquantified-pitch', pitches]] as const) {
    RULE_PHRASE_CATEGORIES[rule].forEach((category, index) => {
      lists[category] = adjustedList(category, index === 0 ? options.add : [], options.remove)
    })
  }
  return new PhraseMatcher<PhraseCategory>(lists as Record<Exclude<PhraseCategory, 'milestone'>, string[]>)
}

function milestoneMatcher(criteria: CriteriaOptions): PhraseMatcher<'milestone'> {
  return new PhraseMatcher<'milestone'>({milestone: adjustedList('milestone', criteria.milestones)})
}

const configurations = new WeakMap<ReadonlyMap<string, unknown>, Configuration>()
/**
 * The same, by what the language rules' options say: the CLI sets up a processor (and so a new map of
 * peers) for every file, and the language server one for every check, while building the phrase
 * matchers takes about 1.5 ms. Bounded: a server whose configuration keeps changing starts afresh.
 */
const configurationsByOptions = new Map<string, Configuration>()
const MAX_CONFIGURATIONS = 64

/** Where a processor's peers keep the options of a rule turned off (src/rule.ts puts them there). */
export function offKey(ruleId: string): string {
  return `${ruleId} (off)`
}

const CRITERIA_OFF = offKey('strategy-measurable-criteria')

export function configurationOf(peers: ReadonlyMap<string, unknown>): Configuration {
  let configuration = configurations.get(peers)
  if (!configuration) {
    // Validated options are plain JSON data; a rule that is off is absent.
    // (The milestones of strategy-measurable-criteria date plans for the goal rules too, also while it is turned off.)
    const criteriaOptions = peers.get('strategy-measurable-criteria') ?? peers.get(CRITERIA_OFF)
    const key = JSON.stringify([...LANGUAGE_RULES.map((rule) => (peers.has(rule) ? [peers.get(rule) ?? null] : null)), criteriaOptions ?? null])
    configuration = configurationsByOptions.get(key)
    if (!configuration) {
      const criteria = (criteriaOptions as CriteriaOptions | undefined) ?? DEFAULT_CRITERIA
      configuration = {
        enabled: new Set(LANGUAGE_RULES.filter((rule) => peers.has(rule))),
        matcher: phraseMatcher(peers),
        milestones: milestoneMatcher(criteria),
        requireDeadline: criteria.requireDeadline,
        goalHeadings: new Set(LANGUAGE_RULES.filter((rule) => (peers.get(rule) as Partial<GoalRuleOptions> | undefined)?.goalHeadings === true)),
        hits: new TextMemo(500_000)
      }
      if (configurationsByOptions.size >= MAX_CONFIGURATIONS) configurationsByOptions.clear()
      configurationsByOptions.set(key, configuration)
    }
    configurations.set(peers, configuration)
  }
  return configuration
}

/**
 * Longer "sentences" are not read for phrases (hedges, pitches, vague words): a pasted log, a list
 * run together without stops. The longest of the 3,289 labelled sentences has 317 characters.
 */
export const MAX_SENTENCE_LENGTH = 1500

/** The phrases of every list in a sentence, in text order, the longest first where two start together (`would like to` before `would`). */
export function hitsOf(sentence: Sentence, configuration: Configuration): readonly PhraseHit[] {
  // Remembered per sentence text (`configuration.hits`). Each phrase is judged in the context of its whole
  // sentence, so a run-on of thousands of phrases would cost their square.
  return configuration.hits.get(sentence.text, (text) =>
    text.length > MAX_SENTENCE_LENGTH ? [] : configuration.matcher.match(sentence.tokens).sort((a, b) => a.firstToken - b.firstToken || b.endToken - a.endToken)
  )
}
