/**
 * Shapes found on 2026-12-05 (twenty-third session) among the rows two blind
 * readers both flag and the rules miss (rounds 14 to 18). Tested on new
 * sentences of the same shape, each beside a neighbour whose verdict must not
 * change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a state a making verb aims at: `successful`, `must-have`, `more mature`', () => {
  it.each([
    ['Objective: Make the release pipeline successful at massive scale', 'successful'],
    ['Make Billing a must-have for finance teams.', 'must-have'],
    ['Make the search engine more mature across all languages.', 'more mature'],
    ['As usage grows, we will focus on making our importers more mature by closing gaps between them.', 'more mature']
  ])('`%s`', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises (?:an improvement|a quality) \\(\`${word}\`\\)`))])
  })

  it.each([
    // an outcome described, no making verb
    'All valid requests will result in successful job creation.',
    'Successful deploys are tracked in the dashboard.',
    // a thing offered, described by its quality
    'Offer a must-have export for finance teams.',
    // a target and a deadline
    'Make the importer successful with an import of 10,000 repositories by Q3.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`make it so that` + a quality: the state made, as after `make sure`', () => {
  it('`Make it so that every on-call engineer feels empowered to roll back a deploy.`', async () => {
    expect(await actions('Make it so that every on-call engineer feels empowered to roll back a deploy.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .* promises (?:an improvement|a quality) \(`empowered`\)/)
    ])
  })

  it('`Make it so everyone can deploy on Fridays.` has no quality and stays fine', async () => {
    expect(await actions('Make it so everyone can deploy on Fridays.')).toEqual([])
  })
})

describe('a participle phrase before the authors\' clause leads it, as a time phrase does', () => {
  it('`Recognizing the power and utility of this shared interface, we aim to extend its benefits to the partner teams.`', async () => {
    expect(await actions('Recognizing the power and utility of this shared interface, we aim to extend its benefits to the partner teams.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .* hedges \(`aim to extend`\)/)
    ])
  })

  it.each([
    'Building on the pilot, we will migrate the runners to the new pool by Q3.',
    // another party's clause after the participle
    'Recognizing the power of this interface, the platform team aims to ship it in Q3.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('the authors aiming, in the progressive, whatever the aim delivers', () => {
  it.each([
    ["At this point we'll be aiming to roll the runner out to a larger number of teams.", 'aiming to roll'],
    ['We are aiming to avoid changing most existing job definitions.', 'aiming to avoid']
  ])('`%s`', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`hedges (\`${hedge}\`)`)])
  })

  it.each([
    // the plan stated
    'We aim to ship the runner to more teams.',
    // dated
    "Next quarter we'll be aiming to roll the new runner out to more teams.",
    // not the authors
    'The upstream project is aiming to avoid breaking changes.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

/** Language messages for a Success Criteria section whose items sit under `### GA`. */
const underGA = (item: string) => ruleMessages(placedIn('Success Criteria', `### GA\n\n- ${item}`))

describe('feedback of two words taken in with no bound is a criterion left to opinion', () => {
  it.each(['Positive operator feedback gathered', 'Production use feedback addressed', 'Feedback from administrators utilizing these metrics'])('`%s`', async (item) => {
    expect(await underGA(item)).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion .* has no measurable target/)])
  })

  it.each([
    // bounded: none of it, every piece of it, or a count
    'No negative operator feedback',
    'All production use feedback addressed',
    'Feedback from at least 3 operators gathered',
    'Feedback from operators of the three largest clusters'
  ])('`%s` is checkable', async (item) => {
    expect(await underGA(item)).toEqual([])
  })
})

describe('a gain shown or confirmed with no size is left to judgement', () => {
  it.each([
    ['Load tests confirm gains of the new cache', 'confirm gains'],
    ['Benchmarks showing throughput improvements for sharded queues.', 'showing throughput improvements'],
    ['Soak tests are running and show improvement', 'show improvement']
  ])('`%s`', async (item, judged) => {
    expect(await underGA(item)).toEqual([expect.stringContaining(`(\`${judged}\` is left to judgement)`)])
  })

  it.each([
    // a size
    'Benchmarks show a 20% improvement for sharded queues.',
    // a deliverable: tests that show something
    'Add tests that clearly demonstrate the benefits of the cache'
  ])('`%s` is checkable', async (item) => {
    expect(await underGA(item)).toEqual([])
  })
})

describe('`thoroughly`, `ready for production`, `proven stability`: enough by whose judgement?', () => {
  it.each([
    ['Importer is thoroughly tested', 'thoroughly'],
    ['Importer stable and ready for production use', 'ready for production'],
    ['Release with proven stability in production environments', 'proven stability']
  ])('`%s`', async (item, opinion) => {
    expect(await underGA(item)).toEqual([expect.stringContaining(`(\`${opinion}\` is a matter of opinion)`)])
  })

  it.each(['Importer is tested with unit and e2e tests', 'Importer is stable in Beta for 2 full release cycles'])('`%s` is checkable', async (item) => {
    expect(await underGA(item)).toEqual([])
  })
})

describe('an instruction to make, its quality the last word, however long the object', () => {
  it.each([
    ['Make every workflow that needs the org chart to find an owner easy.', 'easy'],
    ['Make the deploy of every service in the payments area consistent.', 'consistent']
  ])('`%s`', async (sentence, quality) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises (?:an improvement|a quality) \\(\`${quality}\`\\)`))])
  })

  it.each([
    // a design property stated, no instruction to make it
    'The deploy of every service in the payments area is consistent.',
    // a quality inside the object, not the state made
    'Make an easy path for every team that owns a service the default.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('an improvement whose purpose states an observable result is a concrete change', () => {
  it.each([
    'Improve the retry logic to work with idempotent handlers',
    'Improve the presubmit test to guarantee that new PRs add no forbidden dependencies',
    'Improve pod readiness handling to ensure that a status is never overwritten by the kubelet'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it.each([
    // a quality, not a result
    'Improve the presubmit test to ensure proper coverage',
    'Improve the importer to work better',
    // what a thing offered lets people do
    'Improve security by providing a proper way to handle tokens'
  ])('`%s` is still a vague goal', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-vague-goal: .* promises (?:an improvement|a quality) \(`Improve`\)/)])
  })
})

/** Language messages for a `### Motivation` subsection of Coherent Actions. */
const underMotivation = (text: string) => ruleMessages(placedIn('Coherent Actions', `### Motivation\n\n${text}`))

describe('under `### Motivation`, a fragment or a claim argues why; an instruction or the authors\' plan sets a goal', () => {
  it.each([
    'Easier and more intuitive for end users.',
    'Easy to distribute.',
    'Things will continue to run smoothly when users install an operator.',
    'Additionally, service accounts are much more intuitive for operators.'
  ])('`%s`', async (text) => {
    expect(await underMotivation(text)).toEqual([])
  })

  it.each(['Improve the importer.', 'We want to improve the importer.'])('`%s` is still a vague goal', async (text) => {
    expect(await underMotivation(text)).toEqual([expect.stringMatching(/^strategy-vague-goal: /)])
  })

  it('`Easier and more intuitive for end users.` straight under Coherent Actions is still a vague goal', async () => {
    expect(await actions('Easier and more intuitive for end users.')).toEqual([expect.stringMatching(/^strategy-vague-goal: /)])
  })
})

describe('`consider this for the future`: the object put off; `consider this important`: regard', () => {
  it("`It's all client polish, so we can consider this for the future.`", async () => {
    expect(await actions("It's all client polish, so we can consider this for the future.")).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`consider`\)/)])
  })

  it.each(['We can consider it later.', 'We should consider this component.'])('`%s` still hedges', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`(?:We should )?consider`\)/)])
  })

  it.each([
    // regard: what the authors think of it
    'We consider this for the future of the platform.',
    'We consider this important.',
    'We consider it a bug.',
    'We consider this approach harmful.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})

describe('`we will want to`: a want foreseen, not the plan', () => {
  it.each(['We will also want to add the C features that are missing in the bindings.', "Later, we'll want to migrate our plugins to it."])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(/^strategy-noncommittal: .* hedges \(`[^`]*want to/)])
  })

  it.each([
    // the plan stated
    'We want to migrate our plugins to CSI.',
    // a question
    "It's unclear if we'll want to keep the old channel.",
    // another party's want
    "It's also likely upstream will want to consume the feature as a library."
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})
