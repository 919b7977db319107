/** The phrase lists (src/language/phrases.json), typed, and how options change them. */
import {createRequire} from 'node:module'

/**
 * - improvement: verbs and comparatives that promise something gets better;
 * - quality: vague praise a goal is written in (`easy`, `seamless`, `world-class`);
 * - adoption: moving to or taking up a thing;
 * - hedge: words that leave open whether a plan happens;
 * - exploration: work that defers the decision (`explore`, `investigate`);
 * - aspiration: `aim to`, `strive to`: a hedge unless the aim is concrete;
 * - fashion: taste, fashion and authority used as an argument;
 * - milestone: named milestones that serve as deadlines (`GA`, `beta`).
 */
export type PhraseCategory = 'improvement' | 'quality' | 'adoption' | 'hedge' | 'exploration' | 'aspiration' | 'fashion' | 'milestone'

const phraseCategories: readonly PhraseCategory[] = ['improvement', 'quality', 'adoption', 'hedge', 'exploration', 'aspiration', 'fashion', 'milestone']

const require = createRequire(import.meta.url)

/** The built-in lists. The JSON sits beside the compiled module, copied there by the build. */
export const phraseLists: Readonly<Record<PhraseCategory, readonly string[]>> = (() => {
  const data = require('./phrases.json') as Record<string, unknown>
  return Object.fromEntries(phraseCategories.map((category) => [category, data[category] as string[]])) as Record<
    PhraseCategory,
    string[]
  >
})()

/** The lists each rule's `add` and `remove` change: `add` goes to the first; `remove` takes from all. */
export const RULE_PHRASE_CATEGORIES = {
  'strategy-vague-goal': ['improvement', 'quality', 'adoption'],
  'strategy-noncommittal': ['hedge', 'exploration', 'aspiration'],
  'strategy-unquantified-pitch': ['fashion']
} as const satisfies Record<string, readonly PhraseCategory[]>

/**
 * Phrases of `remove` that are in none of the rule's lists, each with the listed phrase it most likely means: such an
 * entry removes nothing (a typo, `imporve`), and the finding it was meant to stop goes on.
 */
export function unlistedRemovals(rule: keyof typeof RULE_PHRASE_CATEGORIES, remove: readonly string[]): Array<{phrase: string; listed: readonly string[]}> {
  const listed = RULE_PHRASE_CATEGORIES[rule].flatMap((category) => phraseLists[category])
  const known = new Set(listed.map((phrase) => phrase.toLowerCase()))
  return remove.filter((phrase) => !known.has(phrase.toLowerCase())).map((phrase) => ({phrase, listed}))
}

/** A list with phrases added and removed (options `add` and `remove` of a rule). */
export function adjustedList(category: PhraseCategory, add: readonly string[] = [], remove: readonly string[] = []): string[] {
  const removed = new Set(remove.map((phrase) => phrase.toLowerCase()))
  return [...phraseLists[category].filter((phrase) => !removed.has(phrase.toLowerCase())), ...add]
}

export interface PhraseOptions {
  /** Phrases to add to the rule's list. */
  add: string[]
  /** Phrases to remove from it, as written in the list. */
  remove: string[]
}

/** The options of strategy-vague-goal and strategy-noncommittal. */
export interface GoalRuleOptions extends PhraseOptions {
  /** Also read the sections the type does not know whose heading names goals or plans (src/model/goal-headings.ts). */
  goalHeadings: boolean
}

