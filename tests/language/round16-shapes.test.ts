/**
 * Shapes found on 2026-12-05 (sixteenth session), on the wrong findings of the
 * in-place check with headings that name goals (tests/language/README.md),
 * tested on new sentences of the same shape, each beside a neighbour the rules
 * still report.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const GOAL_RULES = /^strategy-(?:noncommittal|vague-goal)$/
const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text), GOAL_RULES)

const HEDGE = /^strategy-noncommittal: /
const VAGUE = /^strategy-vague-goal: /

describe('a lead-in that names principles, or says its list is not exhaustive', () => {
  it('its items are axioms or examples, not plans', async () => {
    expect(await actions('Our design axioms:\n\n- **Seamless upgrades.** Upgrading should be effortless.\n- **Avoid overfitting.** Support other vendors where practical.')).toEqual([])
    expect(await actions('Some features the release may hold, but this list is by no means exhaustive:\n\n- Improvements to the trait system\n- Better error messages')).toEqual([])
  })

  it('what a thing would do lists its benefits; what we would do stays a plan', async () => {
    expect(await actions('A shared cache would:\n\n- Reduce disk usage as artifacts are stored once\n- Skip compilation for common crates')).toEqual([])
    expect(await actions('We would:\n\n- Reduce disk usage')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('a lead-in that announces plans still lets its items be read', async () => {
    expect(await actions('Over the next year we will:\n\n- Improve the trait system\n- Avoid overfitting where practical')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: `Improve the trait system`/),
      expect.stringMatching(/^strategy-noncommittal: `Avoid overfitting where practical`/)
    ])
  })
})

describe('a modal that names a trouble or a question is not the authors\' hedge', () => {
  it('troubles we might meet are a risk named', async () => {
    expect(await actions('We will port the kernels first and handle other issues we might face along the way.')).toEqual([])
    expect(await actions('Early adopters will help us avoid problems that we may miss in review.')).toEqual([])
    // The same modal on the plan's verb hedges.
    expect(await actions('We might port the kernels first.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a gap or a failure foreseen is a risk named', async () => {
    expect(await actions('We may be missing crypto validation that would prevent a public preview.')).toEqual([])
    expect(await actions('We may add crypto validation before the public preview.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('the question a plan sets out to answer', async () => {
    expect(await actions('We must offer tools for discovering where the cache might be worth it.')).toEqual([])
    expect(await actions('We will build a dashboard for determining whether a region could be split.')).toEqual([])
    // A modal on the main verb still hedges.
    expect(await actions('We might offer tools for discovering where the cache is worth it.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('what a means opening the sentence would let the authors do', async () => {
    expect(await actions('With the new trait, we could build safe scoped threads.')).toEqual([])
    expect(await actions('We could build safe scoped threads.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('With the GA release, we would like to retire the old scheduler.')).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('`in the future` after a means built now for later use', () => {
  it('a process or a design for later is no deferral', async () => {
    expect(await actions('Ship the image and ensure a workflow/process to update its versions in the future.')).toEqual([])
    expect(await actions('Flesh out a design for supporting cross-crate linting in the future.')).toEqual([])
  })

  it('the action itself put off is', async () => {
    expect(await actions('We will support cross-crate linting in the future.')).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('a thing that can do something well states a capability', () => {
  it('an adverb after `can`, with a thing as the subject', async () => {
    expect(await actions('### Goals\n\n- The collector can reliably store and export start timestamps.')).toEqual([])
    expect(await actions('### Goals\n\n- All services can easily raise runtime errors for debugging.')).toEqual([])
  })

  it('people who can do something easily are promised ease', async () => {
    expect(await actions('### Goals\n\n- Teammates can easily contribute to our website and docs.')).toEqual([expect.stringMatching(VAGUE)])
  })
})

describe('an aim that says how the main clause acts, and a need foreseen', () => {
  it('a participle after `while` or a comma', async () => {
    expect(await actions('Support the docs team by sending pull requests as needed while seeking to minimize the review burden.')).toEqual([])
    expect(await actions('We are seeking to minimize the review burden.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a thing that will likely need something, or the authors who may need a thing', async () => {
    expect(await actions('The loader will most likely have to include extra linker annotations.')).toEqual([])
    expect(await actions('We may need new tools to mark such changes.')).toEqual([])
    // The authors who may need to act leave the action open.
    expect(await actions('We may need to make the quota extensible.')).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('a sentence that says what kind of thing its subject is, or what the authors have', () => {
  it('a copula and an article classify the subject', async () => {
    expect(await actions('Runtime code generation is a very powerful building block.')).toEqual([])
    // A quality stated of the subject is still the state to reach.
    expect(await actions('Runtime code generation is very powerful.')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('under a heading that names the state to reach, it is the vision\'s target', async () => {
    expect(await actions('### Vision\n\nRuntime code generation is a very powerful building block.')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('`we have` a thing describes; `we have` an aim sets one', async () => {
    expect(await actions('We have proposals for faster reflection APIs that would make this workaround unnecessary.')).toEqual([])
    expect(await actions('We have a goal of making reflection faster.')).toEqual([expect.stringMatching(VAGUE)])
    expect(await actions('We have to make reflection faster.')).toEqual([expect.stringMatching(VAGUE)])
  })
})

describe('instructions the verb list did not know, and their improvements', () => {
  it('an adverb of manner before the verb, not one set off by a comma or one of time', async () => {
    expect(await actions('Drastically improve the performance of the integration tests.')).toEqual([expect.stringMatching(VAGUE)])
    expect(await actions('Generally, lower priority pods are more likely to be preempted.')).toEqual([])
    expect(await actions('Currently investigating the value to other customers.')).toEqual([])
  })

  it('an improvement verb joined by `and` to the instruction, not a capitalised name in a list', async () => {
    expect(await actions('Fix self-contained issues and simplify the implementation.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`simplify`\)/)])
    expect(await actions('Allow users to choose the init command for NEW and UPGRADE cluster states.')).toEqual([])
  })

  it('a comparative right after the instruction\'s verb', async () => {
    expect(await actions('Enable better analytics.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`better`\)/)])
    expect(await actions('Provide faster feedback on pull requests.')).toEqual([expect.stringMatching(VAGUE)])
    // Measured, it is a goal.
    expect(await actions('Provide faster feedback on pull requests: p95 CI time from 40 to 15 minutes by Q3 2027.')).toEqual([])
  })

  it('the work a focus names is the improvement', async () => {
    expect(await actions('We will focus primarily on improving our tracking ability.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`improving`\)/)])
    expect(await actions('We will focus on the tracking pipeline.')).toEqual([])
  })

  it('more verbs open an instruction, and `it is time to` leads into one', async () => {
    expect(await actions('Preserve compatibility with existing features where possible.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`where possible`\)/)])
    expect(await actions("It's time to improve onboarding.")).toEqual([expect.stringMatching(VAGUE)])
  })

  it('praise promised for a thing built is vague even after `a`; a seamless step is a deliverable described', async () => {
    expect(await actions('Build a delightful personalized product that devs love.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`delightful`\)/)])
    expect(await actions('Ensure a seamless transition to the new scheduler.')).toEqual([])
  })
})

describe('hedges the lists did not know', () => {
  it.each([
    ['In the longer term, we envision building a global knowledge graph.', 'In the longer term'],
    ['We can then settle the semantics in the long term.', 'in the long term'],
    ['We will endeavor to improve the discussion venues.', 'will endeavor to'],
    ['Research what safety means for separately compiled code.', 'Research'],
    ["It's my hope that these problems can be solved in nicer ways.", "It's my hope"]
  ])('%s', async (sentence, phrase) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .*\\(\`${phrase}`))])
  })

  it('a hope granted in a clause of concession is set aside by the main clause', async () => {
    expect(await actions("It's my hope that this backend replaces the old one.")).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`It's my hope`\)/)])
    expect(await actions("While it's my hope that this backend replaces the old one, that is not a goal of this proposal.")).toEqual([])
  })

  it('`it is hoped`, impersonal, hopes for others\' doing or a reception, not the authors\' plan', async () => {
    expect(await actions('It is hoped that other cloud providers will also follow these guidelines.')).toEqual([])
  })

  it('room a design leaves for later is no deferral', async () => {
    expect(await actions('The renderer should resolve these links, with the ability to support other languages in the future.')).toEqual([])
  })
})

describe('criteria left to judgement, dated or not', () => {
  const criteria = (text: string) => ruleMessages(placedIn('Success Criteria', text), /^strategy-measurable-criteria$/)

  it.each(['Validate with user workloads', 'Performance validated under production workloads', 'Expand E2E test coverage'])('`%s` under a milestone', async (item) => {
    expect(await criteria(`### Beta\n\n- ${item}`)).toEqual([expect.stringMatching(/has no measurable target/)])
  })

  it('a checkable result under a milestone is not', async () => {
    expect(await criteria('### Beta\n\n- E2E tests for the new flags are added')).toEqual([])
  })
})

describe('hedges found on round 10', () => {
  it('`if we wish` is the authors\' discretion, not a condition outside them', async () => {
    expect(await actions('We may still add such a feature in the future if we wish.')).toEqual([expect.stringMatching(HEDGE)])
    expect(await actions('We may add such a feature if users ask for it.')).toEqual([])
  })

  it('work called a stretch goal, unless dated', async () => {
    expect(await actions('Steps 5 and 8 are stretch goals and may be done in later releases.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`stretch goals`\)/)])
    expect(await actions('Steps 5 and 8 are stretch goals for Q3 2027.')).toEqual([])
  })

  it('an adverb that puts off the second verb of an instruction', async () => {
    expect(await actions('Deprecate and eventually remove the legacy proxy mode.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`eventually`\)/)])
    expect(await actions('Deprecate and remove the legacy proxy mode.')).toEqual([])
  })
})

describe('soft scope the lists did not know', () => {
  it.each([
    ['Conformance tests implemented where applicable', 'where applicable'],
    ['Function annotation graduated to the reserved field, if deemed necessary.', 'if deemed necessary']
  ])('`%s` under a milestone', async (item, phrase) => {
    expect(await ruleMessages(placedIn('Success Criteria', `### Beta\n\n- ${item}`))).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .*\\(\`${phrase}\`\\)`))])
  })
})
