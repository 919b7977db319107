/**
 * The language rules' messages on text placed in a section of a minimal
 * strategy: what the `*-shapes` and criteria tests of tests/language/ ask.
 */
import {expect} from 'vitest'
import {lint} from '../../src/index.js'

/** The four language rules. */
export const LANGUAGE_RULE = /^strategy-(?:measurable-criteria|noncommittal|vague-goal|unquantified-pitch)$/

/** A strategy with front matter, a title and, when given, a section holding `body`. */
export function placedIn(section: string | undefined, body: string, title = 'Tech Strategy: Shapes'): string {
  return `---\ntype: strategy\n---\n\n# ${title}\n\n${section === undefined ? '' : `## ${section}\n\n`}${body}\n`
}

/** Every language rule on: strategy-unquantified-pitch is opt-in, and these tests are about the analysis the four share. */
const LANGUAGE_ON = {rules: {'strategy-unquantified-pitch': true}}

/** Messages of the rules `rules` matches, as `rule: reason`. */
export async function ruleMessages(markdown: string, rules: RegExp = LANGUAGE_RULE): Promise<string[]> {
  return (await lint(markdown, LANGUAGE_ON)).filter((message) => rules.test(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.reason}`)
}

/** The reasons of one rule's messages. */
export async function reasonsOf(ruleId: string, markdown: string): Promise<string[]> {
  return (await lint(markdown, LANGUAGE_ON)).filter((message) => message.ruleId === ruleId).map((message) => message.reason)
}

/** Language messages on `item`, a criteria item under `### Beta` of Success Criteria. */
export function underBeta(item: string): Promise<string[]> {
  return ruleMessages(placedIn('Success Criteria', `### Beta\n\n- ${item}`))
}

/** The one message a criteria item should get: left to opinion by `words`. */
export function matterOfOpinion(words: string): unknown[] {
  return [expect.stringMatching(new RegExp(`^strategy-measurable-criteria: .*\\(\`${words}\` is a matter of opinion\\)`))]
}

/** A `ruleMessages` entry of `rule` whose message quotes `cue` in parentheses: `strategy-noncommittal: ... (\`Explore\`) ...`. */
export function messageQuoting(rule: string, cue: string): unknown {
  return expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))
}
