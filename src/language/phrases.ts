/** The phrase lists (src/language/phrases.json), typed, and how options change them. */
import {createRequire} from 'node:module'
import {checks, validateObject} from '../options.js'
import {PhraseMatcher} from './matcher.js'

export type PhraseCategory = 'improvement' | 'adoption' | 'hedge' | 'fashion'

export const phraseCategories: readonly PhraseCategory[] = ['improvement', 'adoption', 'hedge', 'fashion']

const require = createRequire(import.meta.url)

/** The built-in lists. The JSON sits beside the compiled module, copied there by the build. */
export const phraseLists: Readonly<Record<PhraseCategory, readonly string[]>> = (() => {
  const data = require('./phrases.json') as Record<string, unknown>
  return Object.fromEntries(phraseCategories.map((category) => [category, data[category] as string[]])) as Record<
    PhraseCategory,
    string[]
  >
})()

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

/** Validate a rule's `add` / `remove` phrase options. */
export function readPhraseOptions(raw: unknown, where: string): PhraseOptions {
  return validateObject<PhraseOptions>(where, raw, {add: checks.stringArray(), remove: checks.stringArray()}, {add: [], remove: []})
}

/**
 * A matcher per (validated, so stable) options object, built on first use:
 * options are read once when the rule is attached, so each run shares one trie.
 */
export function matcherPerOptions<Category extends string>(
  lists: (options: PhraseOptions) => Partial<Record<Category, readonly string[]>>
): (options: PhraseOptions) => PhraseMatcher<Category> {
  const matchers = new WeakMap<PhraseOptions, PhraseMatcher<Category>>()
  return (options) => {
    let matcher = matchers.get(options)
    if (!matcher) matchers.set(options, (matcher = new PhraseMatcher<Category>(lists(options))))
    return matcher
  }
}
