/**
 * Issue 12's lists of words outside the old vocabulary ("Vague: world-class,
 * best-in-class, seamless(ly), frictionless, robust, empower, make it easier,
 * less/fewer, cut, drive down, streamline, modernise, excellence. Hedges: aim
 * to, would like to, intend to, strive to, in the future, eventually, where
 * feasible, look at options, in due course, potentially, ideally"), each in a
 * goal of Coherent Actions that gives nothing to check, beside the same goal
 * made checkable or decided, which must pass. The sentences are new, written
 * for this test.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('the issue\'s vague words promise an improvement with nothing to check', () => {
  it.each([
    ['Build a world-class developer platform.', 'world-class'],
    ['Offer best-in-class search.', 'best-in-class'],
    ['Make deploys seamless.', 'seamless'],
    ['Integrate seamlessly with the IDEs.', 'seamlessly'],
    ['Make onboarding frictionless.', 'frictionless'],
    ['Make the pipeline robust.', 'robust'],
    ['Empower teams to own their services.', 'Empower'],
    ['Make it easier to deploy.', 'Make it easier'],
    ['Less toil for the on-call team.', 'Less'],
    ['Fewer incidents.', 'Fewer'],
    ['Cut build times.', 'Cut'],
    ['Drive down cloud costs.', 'Drive down'],
    ['Streamline the release process.', 'Streamline'],
    ['Modernise the billing stack.', 'Modernise'],
    ['Drive engineering excellence.', 'excellence']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* \\(\`${word}\`\\)`))])
  })

  it.each([
    'Cut build times from 40 to 10 min by Q3.',
    'Drive down cloud costs from $90k to $60k a month by the end of FY27.',
    'Reduce incidents from 12 to 4 a quarter by Q4.',
    // `cut` that makes a release or switches over reduces nothing
    'Cut the v2 release branch.',
    'Cut a new build for QA.',
    'Cut over to the new cluster.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('the issue\'s hedges leave open whether or what the authors will do', () => {
  it.each([
    ['We aim to improve onboarding.', 'aim to improve'],
    ['We would like to improve onboarding.', 'would like to improve'],
    ['We intend to improve onboarding.', 'intend to improve'],
    ['We strive to improve onboarding.', 'strive to improve'],
    ['In the future we will revisit the cache.', 'In the future'],
    ['Eventually we will retire the monolith.', 'Eventually'],
    ['Where feasible, teams will adopt the new linter.', 'Where feasible'],
    ['Look at options for the queue.', 'Look at options'],
    ['We will migrate the queue in due course.', 'in due course'],
    ['We will potentially move the queue to Kafka.', 'will potentially'],
    ['Ideally, every service exports traces.', 'Ideally']
  ])('`%s`', async (sentence, phrase) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .* hedges \\(\`${phrase}\`\\)`))])
  })

  it.each([
    'We aim to cut onboarding time from 5 days to 2 days by Q3.',
    'We will revisit the cache by March 31.',
    'We will retire the monolith by the end of FY27.',
    'Every team will adopt the new linter by Q2.',
    'Evaluate the two queues and pick one by Q2.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})
