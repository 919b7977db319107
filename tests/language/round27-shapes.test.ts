/**
 * Shapes from the twenty-seventh session (2026-12-05): misses on the tune split
 * whose labels agree, each tested beside a neighbour whose verdict must not
 * change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))
/** The one message a sentence should get: `rule`, naming `cue` as the word that carries it. */
const only = (rule: string, cue: string) => [expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))]
const vagueGoal = (cue: string) => only('strategy-vague-goal', cue)
const hedge = (cue: string) => only('strategy-noncommittal', cue)

describe('work on the authors’ design put off in the passive with `will` to a time with no date is a hedge', () => {
  it.each([
    // tune rows labelled hedges, none of them reported before (r3443, r9929, r9919, r9575, r10101)
    ['This will be supported in the future.', 'in the future'],
    ['Engineering details will be determined in the future.', 'in the future'],
    ['Decreasing size of FlexVolume will be designed in the future.', 'in the future'],
    ['The aggregate cluster changes will be implemented in Java, Go, and Node in the future.', 'in the future'],
    ['It is intended that this will be addressed at some point in the future.', 'at some point in the future'],
    ['Authentication and authorization will need to be added in the future.', 'in the future']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it.each([
    // the scope is decided: another document takes the work (tune r7014, labelled fine)
    'Graduation of the API to GA is out of scope of this KEP and will be covered in a separate KEP in the future.',
    // a condition the work waits on (tune r9263, labelled fine)
    'In the future, patches to MachineSets will be prevented when they are not authoritative.',
    // a deadline dates it
    'This will be supported by Q3 2027.',
    // people are not work put off
    'Users will be supported in the future.',
    // a release named, not an undated future
    'The flag will be removed in a future release.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })
})

describe('a deliverable named only by its kind is defined by the improvement it is for', () => {
  it.each([
    // tune rows labelled vague goals, not reported before (r9653, r9656)
    ['Create tooling to simplify ExternalDNS troubleshooting.', 'simplify'],
    ['Create tooling to simplify building, running, testing, etc. the operator.', 'simplify'],
    ['Build tools to improve developer productivity.', 'improve'],
    ['Develop processes in order to improve onboarding.', 'improve']
  ])('`%s` is a vague goal', async (text, cue) => {
    expect(await actions(text)).toEqual(vagueGoal(cue))
  })

  it.each([
    // the deliverable is named: the improvement is its purpose
    'Add a --dry-run flag to simplify troubleshooting.',
    // a name makes it specific
    'Build Grafana tools to improve on-call handovers.',
    // a kind with a property (tune r4109, labelled fine)
    'Provide opinionated defaults in order to reduce complexity.',
    // a target makes it measurable
    'Build tools to reduce p95 build time from 20 min to 8 min by Q3 2027.'
  ])('`%s` gets no vague-goal message', async (text) => {
    expect((await actions(text)).filter((message) => message.startsWith('strategy-vague-goal'))).toEqual([])
  })
})
