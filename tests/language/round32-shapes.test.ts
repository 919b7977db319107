/**
 * Shapes from the thirty-second session (2026-12-06): misses and false findings on the tune
 * split, each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, underBeta, messageQuoting} from '../support/language.js'

/** A sentence right under Coherent Actions (every language rule on, strategy-unquantified-pitch too). */
const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

/** `text` under `### <heading>` of Coherent Actions. */
const under = (heading: string, text: string) => inActions(`### ${heading}\n\n${text}`)

const reported = (rule: string, cue: string) => [messageQuoting(rule, cue)]

describe('a thing changed by a means that spells out the change is no vague goal', () => {
  it.each([
    // tune r4307, r3279, r4622, r4250
    'Simplify authored Pipeline YAML by allowing users to omit parameters from embedded resources.',
    'Enhance status ownership by making `PodGroup` status track podGroup-level runtime state.',
    'Reduce load on kube-apiserver by avoiding serializing the same object multiple times for different watchers.',
    'Reduce the amount of log messages emitted by a callee by changing the verbosity.'
  ])('`%s` is fine', async (text) => {
    expect(await inActions(text)).toEqual([])
  })

  it.each([
    // a quality or a measure improved by any means still names no target (tune r3232, r4236, r4279)
    ['Improve scheduling throughput when pods require issuing preemptions by making API calls asynchronous.', 'Improve'],
    ['Increase performance of tests by using persistent Deployments.', 'Increase'],
    ['Reduce size of etcd by making node heartbeats cheaper.', 'Reduce'],
    // `by making it easier` names no means
    ['Simplify the release process by making it easier to tag a build.', 'Simplify']
  ])('`%s` stays vague', async (text, cue) => {
    expect(await inActions(text)).toEqual(reported('strategy-vague-goal', cue))
  })
})

describe('under a heading that names the state to reach, the authors’ present tense states their aim', () => {
  it.each([
    // tune r10030, r6184, r8166 (a mission written as if reached)
    ['Mission', 'We help teammates find and document information quickly by providing a smooth navigation experience.', 'quickly'],
    ['Mission', 'For now, we help pro devs code better and faster.', 'faster'],
    ['Our mission', 'Onboarding is seamless and intuitive.', 'seamless'],
    ['Vision', 'We help developers ship faster.', 'faster']
  ])('under `%s`, `%s`', async (heading, text, cue) => {
    expect(await under(heading, text)).toEqual(reported('strategy-vague-goal', cue))
  })

  it.each([
    // the same words elsewhere describe what the authors do
    ['Search', 'We help teammates find and document information quickly by providing a smooth navigation experience.'],
    ['Search', 'For now, we help pro devs code better and faster.'],
    // a comparison names what to beat
    ['Mission', 'We help developers ship faster than our competitors do.'],
    // work under way is not the state they stand for
    ['Mission', 'We’re figuring out how to help developers ship faster.']
  ])('under `%s`, `%s` stays fine', async (heading, text) => {
    expect(await under(heading, text)).toEqual([])
  })
})

describe('a quality that names what is measured, or the ease of a harm, is no promise (judged wrong in place by all three judges)', () => {
  it.each([
    // sourcegraph-strategy code-insights/index.md, under `### Mission`
    ['Mission', 'We help engineers measure the goals of their teams – how quickly other teams are adopting their code.'],
    // sourcegraph-strategy code-exploration/index.md, under `## Vision`
    ['Vision', 'It doesn’t produce ugly, unstable or easily outdated URLs.'],
    ['Search', 'Avoid easily broken links in the docs.']
  ])('under `%s`, `%s` is fine', async (heading, text) => {
    expect(await under(heading, text)).toEqual([])
  })

  it.each([
    ['Mission', 'We help engineers see how their teams adopt code quickly.', 'quickly'],
    ['Search', 'Make the docs easily searchable.', 'easily']
  ])('under `%s`, `%s` still promises a quality', async (heading, text, cue) => {
    expect(await under(heading, text)).toEqual(reported('strategy-vague-goal', cue))
  })
})

describe('under a milestone, a thing’s implementation named alone is a deliverable', () => {
  it('`Score extension point implementation. Add support for maxSkew.` under Alpha is done or not (tune r4322)', async () => {
    expect(await underBeta('Score extension point implementation. Add support for `maxSkew`.')).toEqual([])
  })

  it('a metric named alone under the same milestone still names no level (`Score of the extension point`)', async () => {
    expect(await underBeta('Score of the extension point')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*names a metric, not a level to reach/)])
  })
})

describe('a bold phrase that opens a paragraph is its label, and a subject of six words still has its verb (judged wrong in place)', () => {
  it.each([
    // rust-project-goals 2026/roadmap-fast-builds.md:61 and :63, under `## How we get there`
    '**Compiler performance optimizations.** Profiling shows that compilation time is dominated by trait resolution.',
    '**Better build parallelization.** Cargo and rustc share one job server.',
    // rust-project-goals 2026/roadmap-fast-builds.md:63; tune r3977
    'Better coordination between Cargo and rustc can enable more aggressive parallelization.',
    // rust-project-goals 2026/roadmap-just-add-async.md:53
    'Ergonomic ref-counting addresses closure capture pain that is amplified by async.'
  ])('`%s` is fine', async (text) => {
    expect(await inActions(text)).toEqual([])
  })

  it.each([
    // the same label on a paragraph of its own, and an instruction set in bold, stay goals
    ['**Better build parallelization.**', 'Better'],
    ['**Improve current precise language support** We now offer precise navigation for 9 languages.', 'Improve'],
    ['Compiler performance optimizations.', 'optimizations']
  ])('`%s` stays vague', async (text, cue) => {
    expect(await inActions(text)).toEqual(reported('strategy-vague-goal', cue))
  })
})

describe('the items of a list that is not exhaustive are examples, not plans', () => {
  it('`These include (but are not limited to):` announces examples (sourcegraph-strategy code-intelligence/index.md:92)', async () => {
    const list = 'Supporting more package hosts opens the door to new features. These include (but are not limited to):\n\n- Accelerating developer onboarding by providing accurate search over the full dependency graph.'
    expect(await inActions(list)).toEqual([])
  })

  it('the same item under `We will:` is the authors’ plan', async () => {
    const list = 'We will:\n\n- Accelerate developer onboarding by providing accurate search over the full dependency graph.'
    expect(await inActions(list)).toEqual(reported('strategy-vague-goal', 'Accelerate'))
  })
})

describe('the authors’ `could` answered in the same sentence by what speaks against it is an alternative weighed', () => {
  it.each([
    // tune r4199, r4722
    'We could allow scripts as positional arguments but most commands already accept a positional argument.',
    "We could hard-code the support of exactly `isInitialized` (and maybe `deinitialize` in the future) from the standard library into the call checker, however it would be difficult for a user to understand why it's not possible to pass any `KProperty0` instance, not just a reference."
  ])('`%s` is no hedge', async (text) => {
    expect(await ruleMessages(placedIn('Coherent Actions', text), /^strategy-noncommittal$/)).toEqual([])
  })

  it.each([
    ['We could allow scripts as positional arguments.', 'We could'],
    // a `but` inside parentheses qualifies an option; `either ... or` leaves the choice open
    ['We can either generate MIR directly (experimental but integrated), or generate LLVM IR.', 'We can either']
  ])('`%s` still hedges', async (text, cue) => {
    expect(await ruleMessages(placedIn('Coherent Actions', text), /^strategy-noncommittal$/)).toEqual([expect.stringMatching(new RegExp(`^strategy-noncommittal: .*\\(\`${cue}\`\\)`))])
  })
})
