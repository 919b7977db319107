/**
 * Shapes from the twenty-eighth session (2026-12-05): misses on the tune split,
 * each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {matterOfOpinion, placedIn, ruleMessages, underBeta} from '../support/language.js'

/** The one message a sentence should get: `rule`, naming `cue` as the word that carries it. */
const only = (rule: string, cue: string) => [expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))]
const hedge = (cue: string) => only('strategy-noncommittal', cue)

describe('the authors’ own next step put off to a time with no date is a hedge under an aside heading too', () => {
  /** A sentence under `### <subsection>` of Coherent Actions. */
  const under = (subsection: string, text: string) => ruleMessages(placedIn('Coherent Actions', `### ${subsection}\n\n${text}`))

  it.each([
    // tune rows labelled hedges under `### Background`, `### Context`, `### Risks and Mitigations` (r3108, r9274, r2805, r7048, r10093, r8446)
    ['Background', 'In the future, we may add support for the incremental ADS variant of xDS.', 'In the future'],
    ['Background', 'In the future we may experiment with including the source code itself in the hash.', 'In the future'],
    ['Background', 'In the future, we will likely upgrade to v3 or beyond, with appropriate transition periods.', 'In the future'],
    ['Risks and Mitigations', 'We will evaluate necessary options in the future to mitigate potential abuse.', 'in the future'],
    ['Risks and Mitigations', 'Authentication and authorization will need to be added in the future.', 'in the future'],
    ['Risks and Mitigations', 'Further investigation will be required in the future to determine how we handle this compatibility.', 'in the future']
  ])('under `### %s`, `%s` hedges', async (subsection, text, cue) => {
    expect(await under(subsection, text)).toEqual(hedge(cue))
  })

  it.each([
    // the later time in an aside in parentheses (tune r3821, labelled fine)
    ['Background', 'In addition, we are moving away from our custom protocol to a new design (a separate gRFC for that will be published in the future).'],
    // the later time far from the verb, in what a design is meant for (tune r4555, labelled fine)
    ['Background', 'Importantly, we are designing the CRD API with the intention of making it API compatible in the future without breaking changes.'],
    // what the design allows later, not work put off (tune r4208, labelled fine)
    ['Background', 'In the future, the Cluster Selector annotation will provide control over placement of other resources.'],
    // a risk, not the authors’ plan
    ['Risks and Mitigations', 'We might run into dependency problems in the future.'],
    // under an aside heading, only a time put off is read: an aim stays a principle (tune r3129, labelled fine)
    ['Design axioms', 'We aim to make sure that the support of code hosts is as consistent as the code hosts allow.']
  ])('under `### %s`, `%s` gets no language message', async (subsection, text) => {
    expect(await under(subsection, text)).toEqual([])
  })
})

describe('under a milestone, work driven by feedback, or done as far as feasible, has no bound', () => {
  it.each([
    // tune rows labelled unmeasurable criteria (r6301, r9761, r5691, r7360)
    ['Extend with the new features based on feedback', 'based on feedback'],
    ['Turn algorithm based on feedback from developers and users', 'based on feedback'],
    ['Decision on GA will be made based on beta feedback', 'based on beta feedback'],
    ['Implement suggestions from feedback as feasible.', 'as feasible']
  ])('`%s` is reported', async (item, words) => {
    expect(await underBeta(item)).toEqual(matterOfOpinion(words))
  })

  it.each([
    // bounded feedback stays checkable
    'All feedback from beta users is addressed.',
    'Promote the API to v1 once no negative feedback is reported for two releases.',
    // a dated deliverable is done or not
    'Extend the API with the `maxSkew` field.'
  ])('`%s` is not reported', async (item) => {
    expect(await underBeta(item)).toEqual([])
  })
})
