/**
 * Shapes from the thirty-fourth session (2026-12-06), each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, messageQuoting} from '../support/language.js'

const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a subject that lists its parts is still the subject of the state a vision describes', () => {
  it.each([
    // sourcegraph-strategy strategy-goals/strategy/enablement/index.md:44 (the in-place recall sample: a firm vague goal;
    // its five siblings, with shorter subjects, were reported)
    ['The Sourcegraph application, its runtime environment, and build and deploy pipelines are easily observable.', 'easily'],
    ['The codebase, the test suites, the release tooling and the deployment scripts are easy to change.', 'easy']
  ])('`%s` is a vague goal', async (sentence, cue) => {
    expect(await inActions(sentence)).toEqual([messageQuoting('strategy-vague-goal', cue)])
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

describe('a heading that names a period to come dates a vague goal under it; the message asks only for the target', () => {
  // rust-project-goals 2025h1/compiletest-directive-rework.md:54, under `### The next 6 months`: all three blind judges
  // noted that the message asked for a deadline the heading gives.
  const under = (heading: string) => ruleMessages(placedIn('Coherent Actions', `### ${heading}\n\n- Make the test directives more robust.`))

  it.each(['The next 6 months', 'The next six months', 'Work items over the next year', 'Next quarter'])('under `%s`', async (heading) => {
    expect(await under(heading)).toEqual([expect.stringMatching(/^strategy-vague-goal: .* with no target; the heading dates it, so say from what to what/)])
  })

  it.each(['Next steps', 'What we propose to do about it'])('not under `%s`, which names no period', async (heading) => {
    expect(await under(heading)).toEqual([expect.stringMatching(/^strategy-vague-goal: .* with no target or deadline; say from what to what, by when/)])
  })
})

describe('a time in a purpose clause of something else belongs to what the plan makes possible, not to the authors’ step', () => {
  // tune r4221, r3880 and r5174 (labelled none, none and vague-goal): new sentences of the same shape
  it.each([
    'Ship a default spread constraint in the scheduler, so that the legacy plugin can be deprecated in the future.',
    'Keep the plugin traits unstable, so that the API owners are free to revise the protocol in the future.'
  ])('`%s` is fine', async (sentence) => {
    expect(await inActions(sentence)).toEqual([])
  })

  it('`Greatly speed up the smoke tests so they can be run more often, or be extended in the future to larger clusters.` is a vague goal, not a hedge', async () => {
    expect(await inActions('Greatly speed up the smoke tests so they can be run more often, or be extended in the future to larger clusters.')).toEqual([
      messageQuoting('strategy-vague-goal', 'speed up')
    ])
  })

  it.each([
    // the authors' own step, in the purpose clause or the main one, is still put off
    ['Separate code from data, so in the future we can open source the code.', 'in the future'],
    ['We will deprecate the legacy plugin in the future.', 'in the future']
  ])('`%s` still hedges', async (sentence, cue) => {
    expect(await inActions(sentence)).toEqual([messageQuoting('strategy-noncommittal', cue)])
  })
})

describe('under a heading that names the state to reach, a quality of what the authors have is the vision’s target', () => {
  const under = (heading: string, sentence: string) => ruleMessages(placedIn(undefined, `## ${heading}\n\n- ${sentence}`))

  it.each([
    // sourcegraph-strategy strategy-goals/strategy/enablement/frontend-platform/index.md:14, a firm vague goal of the
    // in-place recall sample
    ['We have an intuitive, performant, and consistent user experience that makes the product part of every workflow.', 'performant'],
    ['We have a fast and reliable CI pipeline.', 'reliable']
  ])('`%s` under `## Vision` is a vague goal', async (sentence, cue) => {
    expect(await under('Vision', sentence)).toEqual([messageQuoting('strategy-vague-goal', cue)])
  })

  it('the same sentence under a heading that names no state to reach describes what is', async () => {
    expect(await under('Goals', 'We have a fast and reliable CI pipeline.')).toEqual([])
  })
})
