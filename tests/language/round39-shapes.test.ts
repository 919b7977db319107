/**
 * Shapes from the forty-sixth session (2026-12-07): dates a QA reader saw clear or misstate a finding on a team's own
 * documents. A date that tells a past event or when the page was written is no deadline; a start or a cadence dates a
 * criterion as the docs say. Each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, reasonsOf, ruleMessages} from '../support/language.js'

const inActions = (body: string, title?: string) => ruleMessages(placedIn('Coherent Actions', body, title))
const criteria = (body: string) => reasonsOf('strategy-measurable-criteria', placedIn('Success Criteria', body))

describe('a past event in a relative clause does not date the goal', () => {
  it('`which regressed in Q1 2026` leaves the improvement undated', async () => {
    expect(await inActions('- Improve build performance, which regressed in Q1 2026.')).toEqual([messageQuoting('strategy-vague-goal', 'Improve')])
  })

  it('a plan in the relative clause still dates it', async () => {
    expect(await inActions('- Improve build performance, which we will measure again in Q3 2027.')).toEqual([])
    expect(await inActions('- Improve build performance in Q3 2027.')).toEqual([])
  })
})

describe('the date a page was written dates none of its goals', () => {
  it('`# CI Strategy (written 2024)` leaves an exploration and an improvement undated', async () => {
    const found = await inActions('- Explore a merge queue for the monorepo.\n- Improve the flaky test dashboard.', 'CI Strategy (written 2024)')
    expect(found).toEqual([messageQuoting('strategy-noncommittal', 'Explore'), expect.stringMatching(/^strategy-vague-goal: .* with no target or deadline;/)])
  })

  it('`(as of March 2024)` in the title dates no goal either', async () => {
    expect(await inActions('- Improve the flaky test dashboard.', 'CI Strategy (as of March 2024)')).toEqual([expect.stringMatching(/with no target or deadline;/)])
  })

  it('a title that names the plan\'s year dates it, and the message says the title does', async () => {
    expect(await inActions('- Improve the flaky test dashboard.', 'CI Strategy 2027')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .* with no target; the title dates it, so say from what to what/)
    ])
    expect(await inActions('### Q1 2027\n\n- Improve alerting.', 'CI Strategy')).toEqual([expect.stringMatching(/with no target; the heading dates it/)])
  })

  it('`Last updated: 2025-04-01` in a criteria list is the page\'s metadata, no criterion', async () => {
    expect(await criteria('- Last updated: 2025-04-01\n- Median build time falls from 40 to 12 minutes by Q4 2027.')).toEqual([])
  })
})

describe('a criterion that holds from a date, or on a cadence, is dated', () => {
  it.each(['every month', 'every week', 'every sprint', 'from Q3 2027', 'every month from Q3 2027', 'starting January 2027'])('`at least 99.95%% %s`', async (when) => {
    expect(await criteria(`- Checkout availability at least 99.95% ${when}.`)).toEqual([])
  })

  it('`since Q1 2026` says how long it has held, not when it must: still no deadline', async () => {
    expect(await criteria('- Checkout availability at least 99.95% since Q1 2026.')).toEqual([expect.stringMatching(/names a target \(`at least 99\.95%`\) but no deadline/)])
  })
})

describe('a criterion that states a feeling or a strength is left to opinion, dated or counted', () => {
  it.each([
    ['A strong security culture by Q4 2027.', 'strong'],
    ['Engineers love the platform.', 'love'],
    ['All 12 teams are happy with CI.', 'happy']
  ])('`%s`', async (item, word) => {
    expect(await criteria(`- ${item}`)).toEqual([expect.stringContaining(`(\`${word}\` is a matter of opinion)`)])
  })

  it('a count that is the target, and a strong technical property, stay measurable', async () => {
    expect(await criteria('- Two teams onboarded by Q3 2027.\n- Strong consistency for ledger writes by GA.')).toEqual([])
  })
})

describe('a heading that names a milestone dates the goals under it, as the docs say', () => {
  it.each(['Beta', 'Milestone 2', 'GA'])('`### %s`', async (heading) => {
    expect(await inActions(`### ${heading}\n\n- Improve the migration guide.`)).toEqual([expect.stringMatching(/with no target; the heading dates it/)])
  })
})
