/**
 * Shapes found on 2026-12-04 (fifteenth session), on the tune split and on
 * the wrong findings of the in-place check with headings that name goals
 * (tests/language/README.md), tested on new sentences of the same shape,
 * each beside a neighbour the rules still report.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const GOAL_RULES = /^strategy-(?:noncommittal|vague-goal)$/
const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text), GOAL_RULES)

const HEDGE = /^strategy-noncommittal: /
const VAGUE = /^strategy-vague-goal: /

describe('an item whose own nested list follows is measured by its items', () => {
  it('a vague headline and the items that say what it means', async () => {
    expect(await actions('- Improve reproducibility\n  - Random state is checkpointed by default.\n  - Seeds no longer depend on how many ops ran before.')).toEqual([])
    // The items are read on their own.
    expect(await actions('- Improve reproducibility\n  - Random state is checkpointed by default.\n  - Make seeding more robust.')).toEqual([expect.stringMatching(/^strategy-vague-goal: `Make seeding more robust\.`/)])
  })

  it('alone, or with notes under a task, the headline is still reported', async () => {
    expect(await actions('- Improve reproducibility')).toEqual([expect.stringMatching(VAGUE)])
    expect(await actions('- [ ] Improved repository sync performance\n  - Close collaboration with the largest customer\n  - A faster C++ version is being adopted')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: `Improved repository sync performance`/)
    ])
  })
})

describe('the plan\'s verb, wherever the frame puts it', () => {
  it('`continue` with an object and `committed to` lead to the improvement', async () => {
    expect(await actions('We will continue our efforts to improve the search experience.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`improve`\)/)])
    expect(await actions('We are committed to making navigation feel fast and reliable.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`fast`\)/)])
    // Measured, the same plans are goals.
    expect(await actions('We will continue our efforts to cut search p95 latency from 900 ms to 300 ms by Q3 2027.')).toEqual([])
  })

  it('`grow` promises an improvement; growing to a number is a target', async () => {
    expect(await actions('Grow our library ecosystem.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`Grow`\)/)])
    expect(await actions('Grow the on-call rotation from 4 to 8 engineers by Q2 2027.')).toEqual([])
  })

  it('verbs in a series are an instruction, not a list of names', async () => {
    expect(await actions('Create, manage, and optimize the content platforms.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`optimize`\)/)])
    expect(await actions('Try, never, extern types.')).toEqual([])
  })

  it('what the authors can do with a means is a benefit claimed, not a goal set', async () => {
    expect(await actions('With a public function registry, we can significantly improve the first-day experience.')).toEqual([])
    expect(await actions('With a public function registry, we will significantly improve the first-day experience.')).toEqual([expect.stringMatching(VAGUE)])
  })
})

describe('a vision in the present tense under a heading that names the state to reach', () => {
  it.each(['Vision', '1 Year vision', 'The shiny future we are working towards'])('under `### %s`, a quality praised is the target, and vague', async (heading) => {
    expect(await actions(`### ${heading}\n\nThe build completes quickly enough that you can grab a coffee.`)).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`quickly`\)/)])
  })

  it('elsewhere, or measured, or explained, it is a description', async () => {
    expect(await actions('### Platform\n\nThe build completes quickly enough that you can grab a coffee.')).toEqual([])
    expect(await actions('### Vision\n\nThe build completes in under 5 minutes.')).toEqual([])
    expect(await actions('### Vision\n\nBecause builds complete quickly, engineers stay in flow.')).toEqual([])
  })
})

describe('the message says what is missing', () => {
  it('under a heading that dates the goal, only the target', async () => {
    expect(await actions('### FY27 Q1\n\nImprove search relevance.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: `Improve search relevance\.` promises an improvement \(`Improve`\) with no target; the heading dates it/)
    ])
    expect(await actions('Improve search relevance.')).toEqual([expect.stringMatching(/with no target or deadline; say from what to what, by when/)])
  })
})

describe('a phrase word that opens a subject is no instruction', () => {
  it('its verb, a few words on, claims what the subject brings', async () => {
    expect(await actions('Ergonomic ref counting makes it less cumbersome to work with shared types.')).toEqual([])
    expect(await actions('Better coordination between the tools can enable more parallelism.')).toEqual([])
    // The instruction itself, and a verb in a relative clause, keep it one.
    expect(await actions('Make ref counting less cumbersome.')).toEqual([expect.stringMatching(VAGUE)])
    expect(await actions('Better coordination between the build tool and the compiler.')).toEqual([expect.stringMatching(VAGUE)])
  })
})

describe('a promised experience, and a benefit a thing could bring', () => {
  it('a promise in the plan\'s object is vague; a plain quality there is the thing\'s property', async () => {
    expect(await actions('Build toward one lovable code search product.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`lovable`\)/)])
    expect(await actions('Build toward one fast code search product.')).toEqual([])
  })

  it('a benefit a thing could bring is not the authors\' hedge', async () => {
    expect(await actions('Alias support in modern shells could potentially remove the need for the prefix.')).toEqual([])
    expect(await actions('We could potentially remove the prefix.')).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('hedge words that do not hedge the authors\' plan', () => {
  it('a vague time with a deadline beside it', async () => {
    expect(await actions('We will settle the CI fix with the infra team at some point within the next 6 months.')).toEqual([])
    expect(await actions('We will settle the CI fix with the infra team at some point.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a wish that says which things the sentence is about', async () => {
    expect(await actions('This year we will plan out any changes that we wish to make for the next edition.')).toEqual([])
    expect(await actions('The goal is that any changes we wish to make for the edition land on nightly by October 2027.')).toEqual([])
    expect(await actions('We wish to make changes for the next edition.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('other people\'s wishes', async () => {
    expect(await actions('Many companies use the runtime, and many of them would like to help out, but they lack the knowledge.')).toEqual([])
    expect(await actions('Many companies use the runtime, and we would like to help them out.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a habit, someone else\'s use, a clause about cases', async () => {
    expect(await actions('Often, we may want to disable a block of code while working on it.')).toEqual([])
    expect(await actions('This information may be used by operators for debugging.')).toEqual([])
    expect(await actions('There are many cases where it would be nice to optimize before translating.')).toEqual([])
    // The authors' own plans, hedged.
    expect(await actions('We may want to disable the old code path.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('This information may be removed from the status.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('It would be nice to optimize before translating.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('an aim\'s `when` says for which case; it does not make the aim wait', async () => {
    expect(await actions('We seek to reduce the barrier to entry when a developer needs a one-off build step.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('We might move the queue to Kafka when the new builder is in place.')).toEqual([])
  })

  it('what the plan makes possible later', async () => {
    expect(await actions('Make a "sign out everywhere" feature possible in the future.')).toEqual([])
    expect(await actions('This proposal will also set the stage for a richer settings API in the future.')).toEqual([])
    expect(await actions('We need to ensure we can extend the range types in the future.')).toEqual([])
    // The authors' own action put off still hedges.
    expect(await actions('Our intent is to allow the shorthand syntax in the future.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('In the future, we will add a sign-out-everywhere feature.')).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('a subsection of a plan section that holds principles, background or risks', () => {
  it.each(['Design axioms', 'Guiding principles', 'Background', 'Risks'])('`### %s` under Coherent Actions is not read by the goal rules', async (heading) => {
    expect(await actions(`### ${heading}\n\nMinimize the potential for human error.\n\nWe might move the queue to Kafka.`)).toEqual([])
  })

  it('other subsections, and the section itself, are read', async () => {
    expect(await actions('### Platform\n\nMinimize the potential for human error.\n\nWe might move the queue to Kafka.')).toEqual([expect.stringMatching(VAGUE), expect.stringMatching(HEDGE)])
    expect(await actions('Minimize the potential for human error.\n\nWe might move the queue to Kafka.')).toEqual([expect.stringMatching(VAGUE), expect.stringMatching(HEDGE)])
  })
})

const criteria = (heading: string, item: string) => ruleMessages(placedIn('Success Criteria', `### ${heading}\n\n- ${item}`), /^strategy-measurable-criteria$/)

describe('criteria under a milestone that name a deliverable', () => {
  it.each(['Test coverage of the requeue behaviour', 'Unit tests for the new flags', 'Benchmarks to determine latency and overhead of quotas', 'Metrics for observability (errors, latency, writes)'])(
    'under `### Beta`: %s',
    async (item) => {
      expect(await criteria('Beta', item)).toEqual([])
    }
  )

  it('`upgrade` before `test` or `->` is the upgrade tested', async () => {
    expect(await criteria('Beta', 'Manually test the upgrade->downgrade->upgrade path')).toEqual([])
    expect(await criteria('Beta', 'Upgrade test for the admission controller migration')).toEqual([])
  })

  it('an improvement to support a named thing is the support it adds', async () => {
    expect(await criteria('Alpha', 'The metrics framework will be enhanced to support stability classes')).toEqual([])
    expect(await criteria('Alpha', 'The metrics framework will be enhanced')).toEqual([expect.stringMatching(/no measurable target/)])
  })

  it('a short label before a dash names the milestone', async () => {
    expect(await criteria('Graduation Criteria', 'GA - e2e tests pass on every supported runtime')).toEqual([])
    expect(await criteria('Graduation Criteria', 'e2e tests pass on every supported runtime')).toEqual([expect.stringMatching(/no deadline/)])
  })

  it('a metric alone, or opinion, still has no target', async () => {
    expect(await criteria('Beta', 'Test coverage')).toEqual([expect.stringMatching(/no measurable target/)])
    expect(await criteria('Beta', 'Comprehensive test coverage of the requeue behaviour')).toEqual([expect.stringMatching(/no measurable target/)])
  })
})

const criteriaAfter = (lead: string, item: string) => ruleMessages(placedIn('Success Criteria', `${lead}\n\n- ${item}`), /^strategy-measurable-criteria$/)

describe('a lead-in that describes what its list holds', () => {
  it.each([
    'The manifest would then look as follows:',
    'There are three categories of packs:',
    'Problems with the current implementation:',
    'Tests that have been operational since the first release:'
  ])('`%s`: its items are no criteria', async (lead) => {
    expect(await criteriaAfter(lead, 'The lines of the manifest are sorted by name.')).toEqual([])
  })

  it('a lead-in that sets criteria keeps them read', async () => {
    expect(await criteriaAfter('Success looks as follows:', 'The lines of the manifest are sorted by name.')).toEqual([expect.stringMatching(/no deadline/)])
    expect(await criteriaAfter('We will know we are done when:', 'The lines of the manifest are sorted by name.')).toEqual([expect.stringMatching(/no deadline/)])
  })
})
