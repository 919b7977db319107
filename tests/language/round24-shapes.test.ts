/**
 * Shapes found on 2026-12-05 (twenty-fourth session) among the rows two blind
 * readers both flag and the rules miss (rounds 14 to 23), and one wrong
 * finding in place (another proposal described). Tested on new sentences of
 * the same shape, each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('`aspire to` aims, like `aim to` and `strive to`; `the aspiration being to` hedges', () => {
  it.each([
    ['We aspire to make onboarding smoother.', 'aspire to'],
    ['We also own the build cache, with the aspiration being to hand it to a dedicated team.', 'the aspiration being to']
  ])('`%s`', async (sentence, phrase) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .* hedges \\(\`${phrase}`))])
  })

  it.each([
    // a concrete aim with a target and a deadline
    'We aspire to cut the staging queue from 40 to 10 minutes by Q3.',
    // the authors describing someone else's aspiration
    'An aspiring contributor reads the guide first.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`figure out how / whether / if / what`: a decision still to be found', () => {
  it.each([
    ['As part of this, we need to figure out how we can staff the on-call rotation.', 'figure out how'],
    ['We still have to figure out if the old flag stays.', 'figure out if'],
    ['Figure out whether to keep the old flag.', 'Figure out whether'],
    ['Figure out what the right release cadence would be.', 'Figure out what']
  ])('`%s`', async (sentence, phrase) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .* hedges \\(\`[^\`]*${phrase}\``))])
  })

  it.each([
    // the search ends in a choice made
    'Over the next quarter, figure out which of the two queues is cheaper and pick one by March 31.',
    // the reader figuring out, helped by a deliverable
    'Show the signature in each search result, so it is easier to figure out why a result came up.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`one question is whether ...`: an open decision stated as a question', () => {
  it('`One question is whether we want to tell the user that frames were omitted.`', async () => {
    expect(await actions('One question is whether we want to tell the user that frames were omitted.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .* hedges \(`One question is whether`\)/)
    ])
  })

  it.each([
    // settled in the same sentence
    'One question is whether we keep the old flag; we will decide after the load tests.',
    // a question answered, not left open
    'The question we answered in Q2 was whether to keep the old flag.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('what people must be able to do, with ease promised: `Plugin owners must be able to easily distribute their binaries`', () => {
  it.each([
    ['Plugin owners must be able to easily distribute their binaries.', 'easily'],
    ['Devs will be able to quickly understand who owns each service.', 'quickly']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises (?:an improvement|a quality) \\(\`${word}\`\\)`))])
  })

  it.each([
    // a thing's ability, claimed for a means
    'With the cache, builds will be able to run quickly.',
    // the ability alone, no ease promised
    'Plugin owners must be able to distribute their binaries through the registry.',
    // a quality a thing should have stays a principle
    'The handbook should be easy to navigate.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('an instruction to offer something better: `Offer a better capability of connection draining`', () => {
  it.each([
    ['Offer a better capability of connection draining for terminating nodes.', 'better'],
    ['Provide a more stable API for plugin authors.', 'more stable']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises (?:an improvement|a quality) \\(\`${word}\`\\)`))])
  })

  it.each([
    // a deliverable named by its kind
    'Add a more robust status mechanism that reports post-scheduling state.',
    // a deliverable described by a quality that compares nothing (`user` ends in -er)
    'Provide a user-friendly way to specify which function runs on the TPU.',
    // a target and a deadline
    'Offer a better connection draining capability by Q3, cutting dropped connections from 2% to 0.1%.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`is superior to`: an option preferred by taste, its outcome unstated', () => {
  it('`We picked Kafka because it is superior to RabbitMQ.`', async () => {
    expect(await actions('We picked Kafka because it is superior to RabbitMQ.')).toEqual([expect.stringMatching(/^strategy-unquantified-pitch: .*\(`is superior to`\)/)])
  })

  it('`Option B is superior to option A: it cuts p95 latency from 900 ms to 300 ms.` names the outcome and stays fine', async () => {
    expect(await actions('Option B is superior to option A: it cuts p95 latency from 900 ms to 300 ms.')).toEqual([])
  })
})

describe('`consider various fixes`: options still to weigh', () => {
  it('`Consider various fixes to the legacy proxy mode.`', async () => {
    expect(await actions('Consider various fixes to the legacy proxy mode.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`Consider`\)/)])
  })

  it.each([
    // an example offered to the reader
    'Consider the following scenario: a node is drained during an upgrade.',
    // a decision at the end
    'Consider several fixes to the legacy proxy mode and pick one by Q2.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`should be figured out`: a decision still to be found, in the passive', () => {
  it('`A generic way to register plugins should be figured out.`', async () => {
    expect(await actions('A generic way to register plugins should be figured out.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`should be figured out`\)/)])
  })

  it('`How plugins register is still to be figured out; we will decide by March 31.` says when, and stays fine', async () => {
    expect(await actions('How plugins register is still to be figured out; we will decide by March 31.')).toEqual([])
  })
})

describe('`a proper solution`, `considered legacy`: taste or fashion, the outcome unstated', () => {
  it.each([
    ['This proposal presents a proper solution for the retry problem.', 'a proper solution'],
    ['The v1 API is considered legacy and we will remove it by Q3.', 'considered legacy']
  ])('`%s`', async (sentence, phrase) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-unquantified-pitch: .*\\(\`${phrase}\`\\)`))])
  })

  it('`The proper solution, a lease per node, cuts failovers from 12 to 2 a month.` names the outcome and stays fine', async () => {
    expect(await actions('The proper solution, a lease per node, cuts failovers from 12 to 2 a month.')).toEqual([])
  })
})

describe('another proposal described: `MSC2675 defines APIs to let the server ...` (`defines` is a verb, and `let` is the authors only in `Let us` and `Let\'s`)', () => {
  it.each([
    'MSC2675 defines APIs to let the server bundle the related events where appropriate.',
    'MSC2675 defines APIs to let the server calculate the aggregations on behalf of the client, and so bundle the related events with the original event where appropriate.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it.each(['Let us try to speed up the build where possible.', "Let's maybe move the build to the new pool."])('`%s` is still the authors\' plan, hedged', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })
})

describe('`our aspiration is to` aims, as `aim to` does: a hedge unless the aim is concrete', () => {
  it('`Our aspiration is to make onboarding smoother.`', async () => {
    expect(await actions('Our aspiration is to make onboarding smoother.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`Our aspiration is to/)])
  })

  it('`Our aspiration is to cut CI time from 40 to 10 min by Q3.` has a target and a deadline, and stays fine', async () => {
    expect(await actions('Our aspiration is to cut CI time from 40 to 10 min by Q3.')).toEqual([])
  })
})

describe('a paragraph that is one template or preprocessor directive is no prose: `(((FLAGSHIP GOALS: ...)))`, `{{#include ...}}`', () => {
  it.each(['(((FLAGSHIP GOALS: Flexible, fast(er) compilation)))', '{{#include faster-builds.md}}', '{% include faster-builds.md %}'])('`%s`', async (directive) => {
    expect(await actions(directive)).toEqual([])
  })

  it('`Make builds faster (((see below))).` is prose around a directive, and vague', async () => {
    expect(await actions('Make builds faster (((see below))).')).toEqual([expect.stringMatching(/^strategy-vague-goal: .* \(`faster`\)/)])
  })
})
