/**
 * Shapes found on 2026-12-05 (nineteenth session) among the criteria the rules
 * missed on the tune split's fresh rounds (9 to 12): items dated by their
 * milestone whose result is left to judgement. Tested on new items of the same
 * shape, each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const criteria = (text: string) => ruleMessages(placedIn('Success Criteria', text), /^strategy-measurable-criteria$/)
const underBeta = (item: string) => criteria(`### Beta\n\n- ${item}`)

describe('a dated criterion left to judgement has no measurable target', () => {
  it.each([
    'Confirm the new CLI output is acceptable to operators',
    'We are confident that the schema needs no further changes',
    'Production-ready retry handling in the sync worker',
    'Gather data from the load tests of the importer',
    'Gather early-adopter feedback from platform teams',
    'The exporter does not introduce excessive memory usage in the agent',
    'Add more integration tests as needed'
  ])('`%s` leaves `enough` to opinion', async (item) => {
    expect(await underBeta(item)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion `.*` has no measurable target/)])
  })

  it('a bound with its number, a purpose and a deliverable done or not stay criteria that pass', async () => {
    expect(await underBeta('p99 latency stays within acceptable limits: under 300 ms')).toEqual([])
    expect(await underBeta('The exporter adds at most 50 MiB of memory to the agent')).toEqual([])
    expect(await underBeta('Rate limiting is implemented to prevent excessive load from rogue clients')).toEqual([])
    expect(await underBeta('Load tests for the importer are added')).toEqual([])
  })
})

describe('the message says what leaves a criterion unmeasurable', () => {
  it.each([
    ['Improve reliability.', '`Improve` names a change, not a level to reach'],
    ['Seamless deploys for every team.', '`Seamless` names a quality, not a level to reach'],
    ['Confirm the new CLI output is acceptable to operators before GA.', '`acceptable` is a matter of opinion'],
    ['Validate with user workloads before GA.', '`Validate with user` is left to judgement'],
    ['We might add a latency dashboard.', '`might` leaves it open'],
    ['Mean time to restore.', 'it names a metric, not a level to reach']
  ])('`%s`: %s', async (item, why) => {
    expect(await criteria(`- ${item}`)).toEqual([`strategy-measurable-criteria: Success criterion \`${item}\` has no measurable target (${why}); write it as \`<metric> from <baseline> to <target> by <date>\` (\`Reduce p95 checkout latency from 900 ms to 300 ms by Q3\`)`])
  })
})
