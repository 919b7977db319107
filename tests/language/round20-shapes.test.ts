/**
 * Shapes found on 2026-12-05 (twentieth session) among the tune split's false
 * findings: a word of the lists used for something other than a promise or a
 * hedge (the proposal called an enhancement, upgrades as events, `lower` as the
 * verb of an effect, a hope about how things are, a gerund that is the
 * subject, a door left open, a quality of the thing provided, a pointer to more
 * details). Tested on new sentences of the same shape, each beside a neighbour
 * whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))
const criteria = (text: string) => ruleMessages(placedIn('Success Criteria', text), /^strategy-measurable-criteria$/)

describe('a list word used for something other than a promise is not a vague goal', () => {
  it.each([
    'Following enhancement describes how the edge agents report their health.',
    'Enhancement covers the backup of the edge database and its restore.',
    'Managing OS upgrades for tenant clusters from a central control plane.',
    'Upgrades cannot be paused once they start on a node pool.',
    'Cluster upgrade from the in-tree driver to the CSI driver.',
    'The new admission plugin will lower the barrier for teams that write policies.',
    'A later compiler pass will lower this op to the primitive ops of the runtime.',
    'Make onboarding self-serve and provide easy ways to get started.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('the same words promising a change stay vague goals', async () => {
    expect(await actions('Upgrade our build infrastructure.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`Upgrade`\)/)])
    expect(await actions('Lower the cost of the staging clusters.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`Lower`\)/)])
    expect(await actions('Make onboarding simpler for new teams.')).toEqual([expect.stringMatching(/^strategy-vague-goal: /)])
  })
})

describe('a hedge word that does not hedge the authors’ plan is no hedge', () => {
  it.each([
    'Hopefully the tradeoffs are worth it for the teams that adopt the new format.',
    'Hopefully, it is rare to call the legacy endpoint from a batch job.',
    'Trying to create a bucket with a name already taken returns an error.',
    'Trying to read the cache before it is warm is not always useful.',
    'This leaves the option open to change the storage engine later.',
    'We will publish a curated catalogue of runbooks open to team submissions.',
    'The new flags close the gap, resolving perhaps the most common support request.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('the same words on the authors’ plan stay hedges', async () => {
    expect(await actions('Hopefully, the importer will be ready for the first teams.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`Hopefully`\)/)])
    expect(await actions('Hopefully, once the index is built, the old search can be retired.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`Hopefully`\)/)])
    expect(await actions('Try moving the nightly jobs to the shared runners.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`Try`\)/)])
    expect(await actions('We will keep the plugin API open to change.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`open to`\)/)])
  })
})

describe('a criterion whose quality describes the thing delivered, or that points to details, is checkable', () => {
  it.each([
    'A simple and lightweight fake of the storage backend is available to the E2E suite',
    'The CLI returns an understandable error when the schema is missing',
    'The plugin works with the controller runtime via simple enablement',
    'Propose the new eviction flow. More details can be found in the design doc.'
  ])('`%s`', async (item) => {
    expect(await criteria(`### Beta\n\n- ${item}`)).toEqual([])
  })

  it('a quality or `more` that is the criterion itself stays unmeasurable', async () => {
    expect(await criteria('### Beta\n\n- Simple onboarding for new teams')).toEqual([expect.stringMatching(/`Simple` names a quality/)])
    expect(await criteria('### Beta\n\n- Propose the new eviction flow. More reviews of the sync worker.')).toEqual([expect.stringMatching(/`More` is a matter of opinion/)])
  })
})

describe('more words of the lists used for something else', () => {
  it.each([
    'The build fleet has grown quickly and organically.',
    'As the number of supported platforms has increased, the size of the release archive has increased as well.',
    'Build improvements: a shared remote cache, pinned toolchains and hermetic tests.',
    'Upgrade from the legacy scheduler version.',
    'The old exporter will be retired in the near future.',
    'Several review follow-ups remain open (docs, metrics tests).',
    'The API remains open for explicit version pinning later.',
    'There is also an open question on the release team on how often to cut branches.',
    'The scheduler keeps its defaults. *See open questions*',
    "You've probably seen the dashboards the platform team publishes."
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('the same words as promises and hedges still get their message', async () => {
    expect(await actions('### Vision\n\nObservability has improved for every team.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`improved`\)/)])
    expect(await actions('Build improvements: make the builds faster.')).toEqual([expect.stringMatching(/^strategy-vague-goal: /)])
    expect(await actions('In the near future we want to expand support to Gradle.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`In the near future`\)/)])
    expect(await actions('The rollout plan remains open.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*remains open`\)/)])
    expect(await actions('There is also an open question on how often to cut branches.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`open question`\)/)])
  })
})

describe('criteria under a scenario, or shipped at a named stage', () => {
  it('a subsection that opens with an event holds the steps of a scenario, not criteria', async () => {
    expect(await criteria('### Node is drained and rejoins the pool\n\n- The agent reports its health to the control plane.\n- The drained node rejoins the pool.')).toEqual([])
    expect(await criteria('### Node draining\n\n- The drained node rejoins the pool.')).toEqual([expect.stringMatching(/states a checkable result but no deadline/)])
  })

  it('a deliverable shipped as a named stage is dated by it', async () => {
    expect(await criteria('- The exporter will be introduced as a technology preview.')).toEqual([])
    expect(await criteria('- The exporter will be introduced.')).toEqual([expect.stringMatching(/states a checkable result but no deadline/)])
  })
})

describe('a risk, an example and a claim made by a gerund subject are no plan', () => {
  it.each([
    'Moving the ledger to the new cluster could potentially disrupt the nightly batch and jeopardize the quarter close.',
    'So, for example, the retry policy could be changed from this:',
    'Reducing this sizing decision to t-shirt sizes helps hide the details from users.',
    'Increasing precise indexing contributes to faster security reviews.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it('a hedged plan, a plan and a gerund that leads a label still get their message', async () => {
    expect(await actions('We could potentially move the ledger to the new cluster.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await actions('Perhaps require marking traits and/or types that permit plugins, to ensure that crates can always implement their own traits.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`Perhaps`\)/)])
    expect(await actions('Investigating the cache misses: the team might move the index to the new cluster.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })
})

describe('a thing that may be added or reconsidered later is the authors’ plan put off', () => {
  it.each([
    'In the future, an option may be added to the exporter to batch uploads.',
    'This decision may be reconsidered in the future.',
    'More kinds of probes may be designed and implemented in the future.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('what a thing can be used or extended for is no plan', async () => {
    expect(await actions('This could be used to find broader usage patterns.')).toEqual([])
    expect(await actions('This could be extended in the future to allow other probes.')).toEqual([])
  })
})

describe('a plan put off in a later clause', () => {
  it.each([
    'The schema is not validated today, but optional validation may be added in the future.',
    'The module stays portable, though platform-specific modules may be added at a later time.',
    'Only the file store is supported in the first release; other stores may be supported later.',
    'There are a few borderline extensions, and may be considered in the future.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('a condition, another party, a use offered or a date keep the later clause from hedging the plan', async () => {
    expect(await actions('The schema is not validated today, but validation may be added if users ask for it.')).toEqual([])
    expect(await actions('The schema is not validated today, but validation may be added by vendors.')).toEqual([])
    expect(await actions('The cache is per node, but it could be used to share results between nodes.')).toEqual([])
    expect(await actions('The schema is not validated today, but validation may be added by Q3 2027.')).toEqual([])
  })
})

describe('spelling variants of criteria left to judgement', () => {
  it.each(['Gathered feedback from platform teams and surveys', 'Some cycles of bake-time in production'])('`%s`', async (item) => {
    expect(await criteria(`### Beta\n\n- ${item}`)).toEqual([expect.stringMatching(/is a matter of opinion/)])
  })

  it('gathered data with a number to reach stays a criterion that passes', async () => {
    expect(await criteria('### Beta\n\n- Load tests are added and pass for 3 releases')).toEqual([])
  })
})

describe('words of fashion that describe rather than argue', () => {
  const context = (text: string) => ruleMessages(placedIn('Context', text), /^strategy-unquantified-pitch$/)

  it.each([
    'Kotlin, like most modern languages, gives access to the environment of the program.',
    "Let's go through the state of the art, to have an idea what we could propose.",
    'State of the art broken down by work stream:',
    'After reading, the agent checks whether the lease is outdated.'
  ])('`%s`', async (sentence) => {
    expect(await context(sentence)).toEqual([])
  })

  it('the same words as the argument still get their message', async () => {
    expect(await context('We will update the stack protection to match the state of the art.')).toEqual([expect.stringMatching(/^strategy-unquantified-pitch: .*\(`state of the art`\)/)])
    expect(await context('We chose Kotlin because it is a modern language.')).toEqual([expect.stringMatching(/^strategy-unquantified-pitch: /)])
  })
})
