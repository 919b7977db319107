/**
 * Shapes found on 2026-12-05 (seventeenth session) on the tune split's false
 * findings, tested on new sentences of the same shape, each beside a neighbour
 * the rules still report.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const criteria = (text: string) => ruleMessages(placedIn('Success Criteria', text), /^strategy-measurable-criteria$/)

describe('under a milestone, an event stated in the past participle is done or not', () => {
  it.each([
    'Errors emitted as node events',
    'Low frequency canary deployment bumped the staging cluster as expected',
    'Retry errors are logged with the request id',
    'Latency histograms exported to the cluster dashboard'
  ])('`%s` under `### Beta` is checkable', async (item) => {
    expect(await criteria(`### Beta\n\n- ${item}`)).toEqual([])
  })

  it('the same item without a milestone is still reported', async () => {
    expect(await criteria('- Errors emitted as node events')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion `Errors emitted as node events`/)])
  })

  it('an improvement, a hedge or a metric with no event stays vague under a milestone', async () => {
    expect(await criteria('### Beta\n\n- Unit test coverage improved')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('### Beta\n\n- Error rate of the queue consumer')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('### Beta\n\n- Comprehensive load tests added for the queue consumer')).toEqual([expect.stringMatching(/has no measurable target/)])
  })
})

describe('what a metric, field or label holds is a definition, not a criterion', () => {
  it.each([
    '`queue_depth_total` contains series for the messages waiting per consumer group.',
    'The value is the number of bytes held in `spec.cache.limit`.',
    '`queue_depth_total` is the number of messages waiting per consumer group.',
    'the kind is `push` or `pull`, and the type is `sync` or `async`,'
  ])('`%s` under `### New metrics` is not reported', async (item) => {
    expect(await criteria(`### New metrics\n\n- ${item}`)).toEqual([])
  })

  it('a named thing that must behave a certain way stays a criterion', async () => {
    for (const item of ['`queue_depth_total` is exported by every consumer', '`queue_depth_total` is low during the peak', 'The value is low enough']) {
      expect(await criteria(`### New metrics\n\n- ${item}`)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: /)])
    }
  })
})

describe('an item written in Title Case is a title listed, not a criterion', () => {
  it.each(['Backup / Restore Strategy', 'Rollout, Migration and Rollback Planning', 'Naming of Queues for Workers or Schedulers', 'Jane Doe: Publish Build Images on Quay'])(
    '`%s` is not reported',
    async (item) => {
      expect(await criteria(item)).toEqual([])
    }
  )

  it('a title that names a metric, or the same words as a sentence, is still a criterion', async () => {
    expect(await criteria('🎯 Mean Time To Restore')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('Mean Time To Restore for Every Tier')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('🎯 Faster Builds Across Teams')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('Rollback planning is documented for every service')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: /)])
  })
})
