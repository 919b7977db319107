/**
 * Shapes found on 2026-12-05 (eighteenth session) among the sentences the
 * rules missed on the tune split's fresh rounds (9 to 11), tested on new
 * sentences of the same shape, each beside a neighbour whose verdict must not
 * change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a dated focus on an improvement is still a vague goal', () => {
  it.each([
    'In Q3, we will focus on simplifying the checkout flow.',
    'This year we are focused on improving in the following three areas.',
    'For the rest of FY27 we will be focusing on improvements that let us support larger tenants.',
    'In the next six months, we will focus primarily on improving our alerting.'
  ])('`%s` names a period of focus, not a result', async (text) => {
    expect(await actions(text)).toEqual([expect.stringMatching(/^strategy-vague-goal: .* names a period of focus \(`[^`]+`\) on an improvement/)])
  })

  it('a period as the subject of the focus is a vague goal too', async () => {
    expect(await actions('The next two quarters are focused on better defining the platform team.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*promises an improvement \(`better`\)/)])
  })

  it('a dated task, a dated focus with a target and a focus on a deliverable are not reported', async () => {
    expect(await actions('Improve onboarding in Q1.')).toEqual([])
    expect(await actions('In Q3, we will focus on reducing checkout latency from 900 ms to 300 ms.')).toEqual([])
    expect(await actions('In Q3, we will focus on shipping the new importer.')).toEqual([])
  })
})

describe('a duration written before a metric names the metric, not a target', () => {
  it('`Improving 1 week and 2 week retention` has no target', async () => {
    expect(await actions('Improving 1 week and 2 week retention')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*promises an improvement \(`Improving`\) with no target/)])
    expect(await actions('Improve 30-day retention for new users.')).toEqual([expect.stringMatching(/^strategy-vague-goal: /)])
  })

  it('a duration that is the target still counts', async () => {
    expect(await actions('Reduce build time by 10 minutes a day by Q3.')).toEqual([])
    expect(await actions('Improve 30-day retention to 40% by Q3.')).toEqual([])
  })
})
