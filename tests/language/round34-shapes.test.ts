/**
 * Shapes from the thirty-fourth session (2026-12-06), each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const reported = (rule: string, cue: string) => expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))
const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a subject that lists its parts is still the subject of the state a vision describes', () => {
  it.each([
    // sourcegraph-strategy strategy-goals/strategy/enablement/index.md:44 (the in-place recall sample: a firm vague goal;
    // its five siblings, with shorter subjects, were reported)
    ['The Sourcegraph application, its runtime environment, and build and deploy pipelines are easily observable.', 'easily'],
    ['The codebase, the test suites, the release tooling and the deployment scripts are easy to change.', 'easy']
  ])('`%s` is a vague goal', async (sentence, cue) => {
    expect(await inActions(sentence)).toEqual([reported('strategy-vague-goal', cue)])
  })

  it.each([
    // the longer reach is for a listed subject only: a long subject that lists nothing still reads as a description
    'The configuration files that the installer writes for each of the managed clusters are easily observable.',
    // a clause mark ends the subject: `;` or `:` before the verb
    'The application; its runtime environment, and build and deploy pipelines are easily observable.'
  ])('`%s` is not read as a vision', async (sentence) => {
    expect(await inActions(sentence)).toEqual([])
  })
})
