/**
 * Shapes from the thirty-second session (2026-12-06): misses and false findings on the tune
 * split, each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

/** A sentence right under Coherent Actions (every language rule on, strategy-unquantified-pitch too). */
const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

const reported = (rule: string, cue: string) => [expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))]

describe('a thing changed by a means that spells out the change is no vague goal', () => {
  it.each([
    // tune r4307, r3279, r4622, r4250
    'Simplify authored Pipeline YAML by allowing users to omit parameters from embedded resources.',
    'Enhance status ownership by making `PodGroup` status track podGroup-level runtime state.',
    'Reduce load on kube-apiserver by avoiding serializing the same object multiple times for different watchers.',
    'Reduce the amount of log messages emitted by a callee by changing the verbosity.'
  ])('`%s` is fine', async (text) => {
    expect(await inActions(text)).toEqual([])
  })

  it.each([
    // a quality or a measure improved by any means still names no target (tune r3232, r4236, r4279)
    ['Improve scheduling throughput when pods require issuing preemptions by making API calls asynchronous.', 'Improve'],
    ['Increase performance of tests by using persistent Deployments.', 'Increase'],
    ['Reduce size of etcd by making node heartbeats cheaper.', 'Reduce'],
    // `by making it easier` names no means
    ['Simplify the release process by making it easier to tag a build.', 'Simplify']
  ])('`%s` stays vague', async (text, cue) => {
    expect(await inActions(text)).toEqual(reported('strategy-vague-goal', cue))
  })
})
