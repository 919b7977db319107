/**
 * The patterns issue 12 lists under "What goes wrong", each as the issue
 * describes it: exemptions that were too broad, its two lists of words
 * outside the old vocabulary ("Vague: world-class, best-in-class,
 * seamless(ly), frictionless, robust, empower, make it easier, less/fewer,
 * cut, drive down, streamline, modernise, excellence. Hedges: aim to, would
 * like to, intend to, strive to, in the future, eventually, where feasible,
 * look at options, in due course, potentially, ideally"), who speaks and
 * when, deadlines and milestones, status legends, and one message per
 * sentence. Each goal that gives nothing to check stands beside the same goal
 * made checkable or decided, which must pass. The sentences are new, written
 * for this test, of the shapes the issue names.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))
const criteria = (text: string) => ruleMessages(placedIn('Success Criteria', `- ${text}`))

describe('exemptions: a capital letter, a number that sizes the scope, a year that names a start are no scope, target or deadline', () => {
  it.each([
    ['Deepen the integration with Acme\'s existing features.', 'Deepen'],
    ['Simplify the five most-used admin pages.', 'Simplify'],
    ['Raise uptime for our 8 million users.', 'Raise'],
    ['Make search feel 4x snappier.', 'snappier']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* \\(\`${word}\`\\)`))])
  })

  it.each([
    ['Retire the 2016-era billing stack.'],
    ['Retire the billing stack since Q1 2026.']
  ])('a criterion `%s` names no deadline', async (item) => {
    expect(await criteria(item)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .* but no deadline/)])
  })

  it.each([
    'Deepen the integration with the IDE by shipping the LSP plugin to 90% of users by Q3.',
    'Raise uptime from 99.5% to 99.9% for all 8 million users by Q4.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('a criterion `Retire the billing stack starting January 2027.` is dated', async () => {
    expect(await criteria('Retire the billing stack starting January 2027.')).toEqual([])
  })
})

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

describe('who speaks and when: not a goal of the authors', () => {
  it.each([
    // a past report
    'Over the last milestones we made big improvements to onboarding.',
    // an invitation to the reader
    'Consider joining the beta.',
    // `consider X Y`: regard
    'We consider the old API a liability.',
    // `might as well` states a decision
    'Since nobody uses the flag, we might as well remove it in Q3.',
    // a firm non-goal
    'We wish we could rewrite the scheduler, but we do not have the capacity this year.',
    // another team's plan
    'The platform team plans to improve their tooling.',
    // another proposal described
    'MSC2675 defines APIs to let the server bundle the related events where appropriate.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('status legends and labels: `Optimized – fully integrated`', () => {
  it.each(['- Optimized – fully integrated', '- Partially optimized – some paths integrated', '- Optimized: fully integrated with the IDE'])('`%s`', async (item) => {
    expect(await actions(item)).toEqual([])
  })

  it('`- Improved onboarding - the top priority` is a goal with a remark, and vague', async () => {
    expect(await actions('- Improved onboarding - the top priority')).toEqual([expect.stringMatching(/^strategy-vague-goal: .* \(`Improved`\)/)])
  })
})

describe('deadlines and milestones: `before GA`, `by the end of FY27`, `ahead of the 2.0 release`, a dated binary milestone', () => {
  it.each([
    'All services export traces before GA.',
    'All services export traces by the end of FY27.',
    'All services export traces ahead of the 2.0 release.',
    'Move the ledger and billing services to declared inputs by 2027-04-15.'
  ])('the criterion `%s` is measurable', async (item) => {
    expect(await criteria(item)).toEqual([])
  })

  it('the criterion `All services export traces.` names no deadline', async () => {
    expect(await criteria('All services export traces.')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .* but no deadline/)])
  })
})

describe('one problem, one message', () => {
  it('the criterion `Better visibility into production.` gets the criteria message only', async () => {
    expect(await criteria('Better visibility into production.')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .* has no measurable target/)])
  })
})
