/**
 * What a list says about the prose around it (src/language/list-context.ts):
 * shapes of false findings from the in-place check on headings that name
 * goals (tests/language/README.md), tested on new sentences of the same
 * shape, each with a neighbour the rules still report.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

const HEDGE = /^strategy-noncommittal: /
const VAGUE = /^strategy-vague-goal: /

describe('a paragraph that leads into a list is measured by its items', () => {
  it('an objective and its key results', async () => {
    expect(await actions('Objective: make the deploy pipeline easier to trust.\n\n- KR: cut failed deploys from 9% to 2% by Q3 2027.')).toEqual([])
  })

  it('a goal and the changes that make it up; a vague item is still reported', async () => {
    expect(await actions('We will improve the first-run experience in three ways:\n\n- Ship a sample repository.\n- Add a guided setup page.')).toEqual([])
    expect(await actions('We will improve the first-run experience in three ways:\n\n- Ship a sample repository.\n- Make onboarding smoother.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: `Make onboarding smoother\.`/)
    ])
  })

  it('an aim or a wish that leads into the list of what will be done is answered there; alone it still hedges', async () => {
    expect(await actions('We would like to revamp the import flow by:\n\n- Examining the five largest imports.\n- Designing a new API.')).toEqual([])
    expect(await actions('We aim to improve the first-run experience in two ways:\n\n- Ship a sample repository.\n- Add a guided setup page.')).toEqual([])
    expect(await actions('We would like to revamp the import flow.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('We aim to improve the first-run experience.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('the same paragraph with no list after it is reported', async () => {
    expect(await actions('We will improve the first-run experience.')).toEqual([expect.stringMatching(VAGUE)])
    expect(await actions('We will improve the first-run experience.\n\nWe ship a sample repository by Q3 2027.')).toEqual([expect.stringMatching(VAGUE)])
  })

})

describe('items whose lead-in announces something other than the authors\' plans', () => {
  it.each([
    'Benefits:',
    'This should help:',
    'Sample projects may include:',
    'For example:',
    'Possible discussion topics:',
    'Within this area, in Q2 we are not working on:',
    'Why do we need a new pipeline?',
    'Options we weighed:'
  ])('`%s`', async (lead) => {
    expect(await actions(`${lead}\n\n- Faster builds for everyone.\n- We might migrate the queue to Kafka.`)).toEqual([])
  })

  it.each(['In Q2 we will:', 'We will ship these as soon as possible:', 'Where possible, we will:'])('a lead-in that announces the plan keeps its items read: `%s`', async (lead) => {
    expect(await actions(`${lead}\n\n- Make builds faster.\n- Explore a new cache.`)).toEqual([expect.stringMatching(VAGUE), expect.stringMatching(HEDGE)])
  })

  it('only the list right after the lead-in: a later list under its own plan is read', async () => {
    expect(await actions('Benefits:\n\n- Faster builds for everyone.\n\nWe ship a sample repository by Q3 2027.\n\nThen:\n\n- Make builds faster.')).toEqual([
      expect.stringMatching(VAGUE)
    ])
  })
})

// (A QA reader: any sub-bullet exempted the item above it, `See the wiki.` and `Notes` included.)
describe('an item measured by its nested list only when the nested items say something', () => {
  it('nested items that elaborate exempt the item; a link alone, a pointer or a one-word note do not', async () => {
    expect(await actions('- Improve developer productivity.\n  - Cut the median CI run from 40 to 15 minutes.\n  - Cache dependencies across branches.')).toEqual([])
    for (const nested of ['See the wiki.', 'Notes', '[Design doc](design.md)']) {
      expect(await actions(`- Improve developer productivity.\n  - ${nested}`), nested).toEqual([expect.stringMatching(VAGUE)])
    }
  })
})
