/**
 * Shapes found on 2026-12-05 (twenty-first session) among the fresh tune
 * rounds' missed findings: plans put off by a passive whose subject is `they`
 * or that follows `and` with a later time, an improvement continued
 * (`Continue improving X`), the ease an instruction enables for people
 * (`Enable fast delivery`, `Allow developers to quickly answer`), and a way
 * forward called likely. Tested on new sentences of the
 * same shape, each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a plan put off by a hedged passive is a hedge', () => {
  it.each([
    ['In the future, they could be extended to cover batch jobs as well.', 'In the future'],
    ['The legacy `--format` flag is deprecated and may be removed in the future.', 'may'],
    ['This mode is experimental and might be moved to a separate plugin later.', 'might']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence.replace(/`/g, '')}\` hedges (\`${hedge}\`)`)])
  })

  it.each([
    // people who ask, and what a thing can be used for, are no plan put off
    'In the future, they may ask for a hosted version.',
    'In the future, they could be used to allow custom exporters.',
    // a consequence with no later time
    'The flag would no longer be needed and could be deprecated.',
    // a sentence cut after `and` is read without error
    'Keep the importer and'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('a way forward called likely is a hedge', () => {
  it('`It is also likely that ...` leaves the authors’ way open', async () => {
    expect(await actions('It is also likely that the migration will be done in two steps.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .*\(`It is also likely that`\)/)
    ])
  })

  it('a forecast of what users do is not', async () => {
    expect(await actions('It is likely that users will hit this limit first.')).toEqual([])
  })
})

describe('an improvement continued or enabled is a vague goal', () => {
  it.each([
    ['Continue improving cold start time of the CLI.', 'improving', 'an improvement'],
    ['Continue reducing flaky tests in the payments suite.', 'reducing', 'an improvement'],
    ['Enable fast onboarding of new services to the mesh.', 'fast', 'a quality'],
    ['Allow operators to quickly find the owner of a failing job.', 'quickly', 'a quality'],
    ['Help teams easily discover shared libraries.', 'easily', 'a quality']
  ])('`%s`', async (sentence, word, promise) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-vague-goal: \`${sentence}\` promises ${promise} (\`${word}\`)`)])
  })

  it.each([
    // a target and a deadline measure it
    'Continue improving cold start time from 2 s to 500 ms by Q3.',
    // a task, not an improvement
    'Continue to review the runbooks every quarter.',
    // what a thing allows is a capability; `simple` configuration is a design property
    'Allow the exporter to easily be swapped for another one.',
    'Enable simple configuration of the proxy.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('round 14: hedges the first reading missed', () => {
  it.each([
    // a time phrase that runs into the authors' clause: that clause is the main one, whatever follows the comma
    ['In the future we may drop the legacy index, or replace it with a new one.', 'In the future'],
    // a condition the authors judge themselves does not make the plan wait on another event
    ['We can add retries for failed uploads in the future if needed.', 'in the future'],
    ['We may consider a lock-free queue in the future when available.', 'We may'],
    // the removal after a deprecation, put off with no date
    ['The v1 endpoint will be deprecated and eventually removed.', 'eventually']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })

  it.each([
    // a subordinate clause keeps its own subject
    'In cases where we can retry, the job keeps its lease.',
    // a real contingency still waits on its event
    'We can add retries for failed uploads in the future if the error rate grows.',
    // a forecast about a thing, after a leading phrase
    'Considering the slower release train, we expect the graduation process to be more manageable in the future, if needed at all.',
    // a dated removal, and a sequence of steps
    'The v1 endpoint will be deprecated and eventually removed in Q3 2027.',
    'The keys will be added to the image and eventually installed into the cluster.',
    // a concession about the decision just stated
    'The field is ignored by the server, though this is not strictly required by the current schema and could be relaxed in the future.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('round 14: more of what the first reading missed', () => {
  it.each([
    // a plan put off to the future in so many words
    ['Support for the batch orchestration mode is intended for the future.', 'strategy-noncommittal', 'intended for the future'],
    ['The choice between the two storage layouts is deferred to the future.', 'strategy-noncommittal', 'deferred to the future'],
    // `if there is a need` is the authors' judgement, as `if needed` is
    ['We can revisit the retry policy in the future if the need arises.', 'strategy-noncommittal', 'in the future'],
    // the commitment, misspelt as real pages spell it, still leads to the plan's verb
    ['We are commited to making the dashboards feel fast and reliable.', 'strategy-vague-goal', 'fast'],
    // delight and empowerment promised
    ['We want on-call engineers to be delighted by the new paging flow.', 'strategy-vague-goal', 'delighted']
  ])('`%s`', async (sentence, rule, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${word}\`\\)`))])
  })

  it.each([
    // a need for a named thing is a contingency
    'We may move the controllers earlier, if we need a bigger refactoring of them.',
    // dated
    'Support for the batch orchestration mode is planned for Q3 2027.'
  ])('`%s` is not', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('round 15: what is not the authors’ doubt', () => {
  it.each([
    // an option weighed and answered in the same sentence
    'These gaps could be addressed by patching the current protocol; however, adopting OIDC lets us reuse its tooling.',
    'We could hard-code the two formats, but a registry lets teams add their own.',
    // what other programs may want
    'Some Rust programs may want to simply wrap the allocator with their own statistics.',
    // work going on now, reported
    'We are currently investigating the demand from other customers who run Gerrit.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('an exploration still to do is still a hedge', async () => {
    expect(await actions('We will investigate the demand from other customers who run Gerrit.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('an option put off to a later time is still a hedge', async () => {
    expect(await actions('We might change this rule in the future, but only after the 2.0 release is out.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })
})

describe('in place: a mechanism that tries', () => {
  it('`the scheduler will try to ...` describes what the mechanism does', async () => {
    expect(await actions('For equal-priority preemptions the scheduler will try to enforce fairness across namespaces.')).toEqual([])
  })

  it('the authors trying still hedge', async () => {
    expect(await actions('We will try to migrate the runners.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`will try`\)/)])
    expect(await actions('The platform team will try to migrate the runners.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`will try`\)/)])
  })
})
