/**
 * Shapes from the twenty-sixth session (2026-12-05): in-place findings on the
 * issue's sources that the blind judges call wrong (tests/language/in-place.tsv,
 * in-place-second-judgements.tsv, in-place-third-judgements.tsv) and that no
 * tune row labels otherwise, and one class of false hedges on tune (a
 * possibility beside the scope the document fixes). Each is tested beside a neighbour whose
 * verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))
/** The one message a sentence should get: `rule`, naming `cue` as the word that carries it. */
const only = (rule: string, cue: string) => [expect.stringMatching(new RegExp(`^${rule}: .*\\(\`${cue}\`\\)`))]
const vagueGoal = (cue: string) => only('strategy-vague-goal', cue)
const hedge = (cue: string) => only('strategy-noncommittal', cue)

describe('the pace of the authors’ own work is how they work, not a quality promised for a thing', () => {
  it.each([
    // sourcegraph-strategy, cody/index.md: all three judges call the finding wrong
    'We will iterate fast on several IDEs at the same time, and we won’t try to create a unified experience.',
    // the shape of a tune row labelled a principle (r4246)
    'We move quickly, but thoughtfully.',
    'We will ship fast and learn from every release.',
    'We will experiment rapidly with new editor integrations.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })

  it.each([
    // a service promised to others, its pace a goal to measure
    ['We will respond quickly to incidents.', 'quickly'],
    // the pace of a thing, not of the authors
    ['Builds will run fast on every laptop.', 'fast'],
    // a comparative promises a change, whoever moves
    ['We will iterate faster on the editor extensions.', 'faster']
  ])('`%s` is still a vague goal', async (text, cue) => {
    expect(await actions(text)).toEqual(vagueGoal(cue))
  })
})

describe('the manner a thing must or should work in is a standing requirement, as `Code search should be fast` is', () => {
  it.each([
    // golang-design, go2draft-generics-overview.md: wrong by both judges in place; its tune row (r3014) is labelled a principle
    'Polymorphism in Go must fit smoothly into the surrounding language, without awkward special cases.',
    'Builds should run quickly on any laptop.',
    // the adverb before the verb
    'The page should quickly load on a phone.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })

  it.each([
    // praise stays a promise
    ['The plugin API should integrate seamlessly with the CLI.', 'seamlessly'],
    // a comparative promises a change
    ['Deploys should finish faster.', 'faster'],
    // what people should do with ease is promised to them
    ['Teammates should easily find the docs.', 'easily'],
    // `can` grants an ability, it does not require
    ['The design can be easily extended to pipelines.', 'easily']
  ])('`%s` is still a vague goal', async (text, cue) => {
    expect(await actions(text)).toEqual(vagueGoal(cue))
  })
})

describe('improvements named by the need they serve belong to the plan that needs them', () => {
  it.each([
    // rust-project-goals, cargo-cross-workspace-cache.md: a work item whose note says the changes depend on the cache design
    'Make prerequisite Cargo improvements',
    'Make the necessary improvements to the scheduler before the migration.',
    'Land the required enhancements in the CLI.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })

  it.each([
    ['Make performance improvements to the CLI', 'improvements'],
    ['Make other key improvements to our SEO', 'improvements'],
    ['Ship the necessary changes and improve the docs', 'improve']
  ])('`%s` is still a vague goal', async (text, cue) => {
    expect(await actions(text)).toEqual(vagueGoal(cue))
  })
})

describe('a possibility named beside the scope the document fixes is no doubt about the plan: the scope is the decision', () => {
  it.each([
    // tune rows r8900 and r9894, labelled fine and reported before
    'This is not included in this proposal, but is a reasonable feature that could be added in the future.',
    'This proposal does not include adding support for any additional syntax (though it could be added in the future).',
    'Windows nodes are out of scope; they may be supported by a later enhancement.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })

  it.each([
    // the authors weigh their own next step (tune r4568, labelled a hedge)
    ['Therefore, I have not included handling of mutable references in this proposal, but we could easily add such support in the future.', 'we could'],
    // a hedge on the authors' plan beside the scope (tune r3527)
    ["However in the future with Static IPs, we'll probably have a new controller for IPAM but this is out of scope now.", 'in the future'],
    // no scope fixed: the possibility is the plan, put off
    ['More exporters might be added in the future.', 'might'],
    // a stage or the present is no scope of the document: the tune labels call these hedges (r7509, r5911), though
    // they split (r2635, labelled fine, stays reported)
    ['Only the file store is supported in the first release; other stores may be supported later.', 'may'],
    ['The schema is not currently validated, but optional validation may be added in the future.', 'may']
  ])('`%s` is still a hedge', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })
})

describe('a thing’s possible change that waits on a need arising is no doubt about the plan', () => {
  it.each([
    // tune row r8848, labelled fine (a contingency) and reported before
    'In the future, if desired, the scheme could be extended to other syntactic forms.',
    'More transformation types may be added later when there is a need for them.'
  ])('`%s` gets no language message', async (text) => {
    expect(await actions(text)).toEqual([])
  })

  it.each([
    // the authors put their own step off (tune r3634, r9619, labelled hedges)
    ['We can further optimize this case in the future if necessary.', 'in the future'],
    ['In the future we may expand this functionality if needed.', 'In the future'],
    // no need named: the possibility is the plan, put off
    ['In the future, the scheme could be extended to other syntactic forms.', 'In the future']
  ])('`%s` is still a hedge', async (text, cue) => {
    expect(await actions(text)).toEqual(hedge(cue))
  })
})
