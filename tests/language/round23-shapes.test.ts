/**
 * Shapes found on 2026-12-05 (twenty-third session) among the rows two blind
 * readers both flag and the rules miss (rounds 14 to 18). Tested on new
 * sentences of the same shape, each beside a neighbour whose verdict must not
 * change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a state a making verb aims at: `successful`, `must-have`, `more mature`', () => {
  it.each([
    ['Objective: Make the release pipeline successful at massive scale', 'successful'],
    ['Make Billing a must-have for finance teams.', 'must-have'],
    ['Make the search engine more mature across all languages.', 'more mature'],
    ['As usage grows, we will focus on making our importers more mature by closing gaps between them.', 'more mature']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises an improvement \\(\`${word}\`\\)`))])
  })

  it.each([
    // an outcome described, no making verb
    'All valid requests will result in successful job creation.',
    'Successful deploys are tracked in the dashboard.',
    // a thing offered, described by its quality
    'Offer a must-have export for finance teams.',
    // a target and a deadline
    'Make the importer successful with an import of 10,000 repositories by Q3.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`make it so that` + a quality: the state made, as after `make sure`', () => {
  it('`Make it so that every on-call engineer feels empowered to roll back a deploy.`', async () => {
    expect(await actions('Make it so that every on-call engineer feels empowered to roll back a deploy.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .* promises an improvement \(`empowered`\)/)
    ])
  })

  it('`Make it so everyone can deploy on Fridays.` has no quality and stays fine', async () => {
    expect(await actions('Make it so everyone can deploy on Fridays.')).toEqual([])
  })
})

describe('a participle phrase before the authors\' clause leads it, as a time phrase does', () => {
  it('`Recognizing the power and utility of this shared interface, we aim to extend its benefits to the partner teams.`', async () => {
    expect(await actions('Recognizing the power and utility of this shared interface, we aim to extend its benefits to the partner teams.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .* hedges \(`aim to extend`\)/)
    ])
  })

  it.each([
    'Building on the pilot, we will migrate the runners to the new pool by Q3.',
    // another party's clause after the participle
    'Recognizing the power of this interface, the platform team aims to ship it in Q3.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('the authors aiming, in the progressive, whatever the aim delivers', () => {
  it.each([
    ["At this point we'll be aiming to roll the runner out to a larger number of teams.", 'aiming to roll'],
    ['We are aiming to avoid changing most existing job definitions.', 'aiming to avoid']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`hedges (\`${hedge}\`)`)])
  })

  it.each([
    // the plan stated
    'We aim to ship the runner to more teams.',
    // dated
    "Next quarter we'll be aiming to roll the new runner out to more teams.",
    // not the authors
    'The upstream project is aiming to avoid breaking changes.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

/** Language messages for a Success Criteria section whose items sit under `### GA`. */
const underGA = (item: string) => ruleMessages(placedIn('Success Criteria', `### GA\n\n- ${item}`))

describe('feedback of two words taken in with no bound is a criterion left to opinion', () => {
  it.each(['Positive operator feedback gathered', 'Production use feedback addressed'])('`%s`', async (item) => {
    expect(await underGA(item)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion .* has no measurable target/)])
  })

  it.each([
    // bounded: none of it, every piece of it, or a count
    'No negative operator feedback',
    'All production use feedback addressed',
    'Feedback from at least 3 operators gathered'
  ])('`%s` is checkable', async (item) => {
    expect(await underGA(item)).toEqual([])
  })
})
