/**
 * Shapes found on 2026-12-05 (twenty-second session) among the wrong findings
 * in place and the fresh tune round 17's rows. Tested on new sentences of the
 * same shape, each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, underBeta} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('`open` before a noun qualifies it: no decision left open', () => {
  it.each([
    'Because there are open design questions that have not been resolved, we will ship the flag disabled.',
    'There are open support tickets in every queue, so the on-call rotation grows to six people.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it.each([
    ['Which storage backend to use is still open.', 'still open'],
    ['The choice of runner remains open whether or not the pilot succeeds.', 'remains open'],
    ['Which storage backend to use is an open question.', 'is an open']
  ])('`%s` still leaves a decision open', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })
})

describe('the authors putting their own plan off in a later clause is a hedge', () => {
  it.each([
    'The config file is too long to edit by hand, but we could generate it from the schema in the future.',
    'There are many other hints a plugin might want, and we could consider adding more of them later.'
  ])('`%s`', async (sentence) => {
    // (Since the thirtieth session the later clause is read as the authors' plan, and the hedge quoted with its subject.)
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`(?:we )?could`\)/)])
  })

  it.each([
    // a plan that waits on a condition is a contingency
    'The config file is too long to edit by hand, but we may revisit this in the future if users complain.',
    // a need foreseen
    'The config file is too long to edit by hand, so we may need a generator later.',
    // no later time: an alternative weighed
    'The config file is too long to edit by hand, but we could generate it from the schema.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('a feature-complete implementation is a milestone, not a quality', () => {
  it('`Feature complete implementation of X` is checkable', async () => {
    expect(await actions('Feature complete implementation of the importer.')).toEqual([])
  })

  it('a quality next to it still is vague', async () => {
    expect(await actions('Make the importer useful in practice.')).toEqual([expect.stringContaining('strategy-vague-goal: `Make the importer useful in practice.` promises a quality (`useful in practice`)')])
  })
})

describe('a possibility put off to a later time is a hedge', () => {
  it.each([
    ['In the future, it may be possible to merge the two importers.', 'it may be possible to'],
    ["It's possible that a plugin API will be added in the future.", "It's possible that"]
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })

  it.each([
    // a possibility that waits on another team
    'In the future, it may be possible to drop the shim once the platform team ships v2.',
    // what a change makes possible
    'This makes it possible to add new exporters in the future.',
    // a forecast of what others do
    'It is possible that users will hit this limit in the future.',
    // what a design would allow
    'In the future, it would be possible to restrict access by owner as well.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('feedback taken in with no bound is a criterion left to opinion', () => {
  it.each([
    'Feedback from early adopters has been gathered and addressed',
    'Implemented feedback from the pilot teams',
    'Operator feedback incorporated from the preview',
    'Feedback from operators',
    'Feedback from operators.',
    'Integration tests added and coverage is improved'
  ])('`%s`', async (item) => {
    expect(await underBeta(item)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion .* has no measurable target/)])
  })

  it.each([
    // bounded: every piece of it, none of it, or a time
    'All feedback from the pilot teams addressed',
    'No negative feedback from the pilot teams',
    'Allow time for feedback (two releases).',
    // a deliverable that is done or not
    'Integration tests added for the importer'
  ])('`%s` is checkable', async (item) => {
    expect(await underBeta(item)).toEqual([])
  })
})

describe('the ease of an action is promised whatever code the action takes', () => {
  it('``Make it easy to X to `code` `` is a vague goal', async () => {
    expect(await actions('Make it easy to export traces to `otel-collector`.')).toEqual([
      expect.stringContaining('strategy-vague-goal: `Make it easy to export traces to otel-collector.` promises an improvement (`Make it easy`)')
    ])
  })

  it('an improvement of a named code object is checkable', async () => {
    expect(await actions('Simplify the `metrics.Register` signature.')).toEqual([])
  })
})

describe('a killer feature is a pitch', () => {
  it('`We believe X is our killer feature` argues from praise, not outcomes', async () => {
    expect(await actions('We believe the unified search is our killer feature.')).toEqual([expect.stringMatching(/^strategy-unquantified-pitch: .*\(`killer feature`\)/)])
  })

  it('a killer feature with its outcome in numbers is not', async () => {
    expect(await actions('The unified search is our killer feature: it cuts time to first result from 40 s to 4 s.')).toEqual([])
  })
})

describe('a criterion that opens with an exploration has no result to check', () => {
  it.each([
    ['Evaluate the interaction between the quota controller and the scheduler', 'Evaluate'],
    ['Revisit the retry policy of the importer', 'Revisit'],
    ['Re-evaluate the default upload timeout', 'Re-evaluate']
  ])('`%s`', async (item, word) => {
    expect(await underBeta(item)).toEqual([expect.stringContaining(`(\`${word}\` explores, with no result to check)`)])
  })

  it.each([
    // an exploration that ends in a decision
    'Evaluate the two storage backends and pick one',
    // an evaluation that names how it is run, or what it is held against (round 19)
    'Evaluate the importer with load tests at the e2e level',
    'Evaluate the importer against the previous scale target',
    // a review is done or not
    'Review the API with SIG Architecture'
  ])('`%s` is checkable', async (item) => {
    expect(await underBeta(item)).toEqual([])
  })
})

describe('an exploration the authors leave open', () => {
  it.each([
    // `if` after an exploring verb asks `whether`, it sets no condition
    ['In the future, we can explore if the importer should run in the CLI.', 'In the future'],
    // an adverb before the deferred gerund
    ['We can also consider gradually moving the importer to Bazel.', 'also consider']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })

  it.each([
    // a condition the plan waits on
    'We can consider this once the importer ships.',
    'If the importer ships, we can explore a hosted version.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('benefits aimed at, none named, are a wish', () => {
  it('`This proposal aims to bring the benefits of X to Y`', async () => {
    expect(await actions('This proposal aims to bring the benefits of GitOps to the billing team.')).toEqual([
      expect.stringContaining('strategy-noncommittal: `This proposal aims to bring the benefits of GitOps to the billing team.` hedges (`aims to bring`)')
    ])
  })

  it('an aim at a deliverable is a plan', async () => {
    expect(await actions('This proposal aims to bring the GitOps controller to the billing team.')).toEqual([])
  })
})

describe('a goal put off in so many words is a hedge', () => {
  it.each([
    ['The eventual goal of this work is that every service exports traces.', 'eventual goal'],
    ['The goal of this proposal has always been to eventually retire the v1 API.', 'to eventually']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })

  it.each(['Our eventual goal is to retire the v1 API by 2027.', 'The goal of this proposal is to retire the v1 API by Q3.'])('`%s`, dated, is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})
