/**
 * Shapes from the twenty-seventh session (2026-12-05): misses on the tune split
 * whose labels agree, each tested beside a neighbour whose verdict must not
 * change.
 */
import {describe, expect, it} from 'vitest'
import {lint, type StrategyOptions} from '../../src/index.js'
import {matterOfOpinion, placedIn, ruleMessages, underBeta} from '../support/language.js'

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
    ['It is intended that this will be addressed at some point in the future.', 'at some point'],
    ['Authentication and authorization will need to be added in the future.', 'in the future']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it('takes its time from the hedge list: a team that removes `in the future` from it gets no message', async () => {
    const hedges = async (options: StrategyOptions) =>
      (await lint(placedIn('Coherent Actions', 'This will be supported in the future.'), options)).filter((message) => message.ruleId === 'strategy-noncommittal')
    expect(await hedges({})).toHaveLength(1)
    expect(await hedges({rules: {'strategy-noncommittal': {remove: ['in the future']}}})).toEqual([])
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

describe('`done` and `chosen` are work put off in a hedged passive, as `added` is', () => {
  it.each([
    // tune rows labelled hedges (r7055, r2993)
    ['This could be done in the future using e.g. `#[derive(Into)]`.', 'could'],
    ['In the future, a more reasonable default may be chosen.', 'In the future']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it.each([
    // someone else does it
    'This may be done by operators when they upgrade.',
    // what must be done is decided
    'The migration must be done before the v2 release.'
  ])('`%s` gets no hedge', async (text) => {
    expect((await actions(text)).filter((message) => message.startsWith('strategy-noncommittal'))).toEqual([])
  })
})

describe('a long-term goal is a goal put off in so many words, as an eventual goal is', () => {
  it.each([
    // tune rows labelled hedges (r6958, r10082)
    ['Long term, the goal is for upstream JSON and Proto libraries to natively support streaming encoding.', 'Long term'],
    ['Our long term goal is to enable running batch changes server-side by default for all managed instances customers.', 'long term goal'],
    ['Our long-term goal is a single build system for every team.', 'long-term goal']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it('a run-on longer than any sentence the rules read is not read for a goal put off either', async () => {
    const runOn = `Our long term goal is to ${'keep the goal of the goal in view and '.repeat(60)}ship it.`
    expect(runOn.length).toBeGreaterThan(1500)
    expect(await actions(runOn)).toEqual([])
    expect(await actions('Our long term goal is to keep the goal in view and ship it.')).toEqual(hedge('long term goal'))
  })

  it.each([
    // a goal that stands, described (tune r7403, labelled fine)
    'The ability to shift left validation logic to the front-end is a long-term goal for improving the usability of the API.',
    // another party's plan reported (tune r7444, labelled fine)
    'There is a long term plan to deprecate the existing TCP and HTTP probe types.',
    // a deadline dates it
    'Our long-term goal is to cut p95 build time from 20 min to 5 min by Q4 2027.'
  ])('`%s` gets no hedge', async (text) => {
    expect((await actions(text)).filter((message) => message.startsWith('strategy-noncommittal'))).toEqual([])
  })
})

describe('`that` after an action verb points at its object; it opens no relative clause that would hold the later time', () => {
  it.each([
    // tune row labelled a hedge (r7504)
    ['We will need to revisit that work and complete it in the future.', 'in the future'],
    ['We will revisit that decision in the future.', 'in the future']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it.each([
    // the future of a thing the sentence describes, in a relative clause (tests of round 17 hold more)
    'We will support other libraries that may be developed in the future.',
    'We will document the formats that change in the future.'
  ])('`%s` gets no hedge', async (text) => {
    expect((await actions(text)).filter((message) => message.startsWith('strategy-noncommittal'))).toEqual([])
  })
})

describe('an aim at a problem, with no means or result named, leaves what will be done open', () => {
  it.each([
    // tune rows labelled hedges (r6985, r10537, r0499)
    ['We aim to fill this gap with an optional range of capabilities.', 'aim to fill'],
    ['This proposal aims to fill these gaps, providing shared tooling and best practices.', 'aims to fill'],
    ['The new EndpointSlice API aims to address existing problems as well as leaving room for future extension.', 'aims to address']
  ])('`%s` hedges', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })

  it.each([
    // the means is named (tune r6451, r7420, labelled fine)
    'This KEP aims to address this problem by making the kubelet aware of the underlying node shutdown.',
    // the result is named (tune r7394, labelled fine)
    'With this KEP we aim to close the gap in the scheduler plugin, so that the scheduler will not place pods on nodes that do not report limits.',
    // a clause that describes a noun (tune r1502, labelled fine)
    'API V2 is a set of breaking changes that aims to solve several issues with the current API.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })
})

describe('under a milestone, how well a thing runs or is kept is a matter of opinion', () => {
  it.each([
    // tune rows labelled unmeasurable criteria (r6789, r7249, r9075)
    ['Container restart policy runs well with Job controller.', 'runs well'],
    ['Go-runner project is well maintained and documented', 'well maintained'],
    ['Is well-supported by the `kubeconfig` file format', 'well-supported']
  ])('`%s` is reported', async (item, words) => {
    expect(await underBeta(item)).toEqual(matterOfOpinion(words))
  })

  it.each([
    // a dated deliverable is done or not
    'Container restart policy is supported by the Job controller.',
    'The go-runner project has an owner in OWNERS and a README.'
  ])('`%s` is not reported', async (item) => {
    expect(await underBeta(item)).toEqual([])
  })
})
