/**
 * Shapes from the twenty-ninth session (2026-12-05): wrong findings and misses on
 * the tune split, each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, underBeta} from '../support/language.js'

/** A sentence under `### <subsection>` of Coherent Actions (every language rule on, strategy-unquantified-pitch too). */
const under = (subsection: string, text: string) => ruleMessages(placedIn('Coherent Actions', `### ${subsection}\n\n${text}`))

/** A sentence right under Coherent Actions. */
const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a story about users or characters speaks for them, not for the authors', () => {
  it.each([
    // tune rows labelled fine, all reported before (r3335, r3304, r3373, r3361, r3507)
    ['The story', 'At this point, the code looks a little messy, so Alan decides to open the referenced chapter in the async book as well.'],
    ['The story', 'Barbara, who can think of many scenarios where a blocking, sync interface would likely be better, weighs her options.'],
    ['A fictional scenario: Alex', 'Some googling reveals that a lot of code just calls `unwrap` in this scenario, so they follow suit, since it is the industry standard.'],
    ['User Stories', 'As a development organization, we want a culture where best practices are communicated and applied.'],
    ['Story 1', 'Perhaps, we can put the most popular runtime implementations behind feature flags.'],
    ['Status quo stories', 'Grace wants onboarding to be seamless and world-class.']
  ])('under `### %s`, `%s` gets no language message', async (subsection, text) => {
    expect(await under(subsection, text)).toEqual([])
  })

  it.each([
    // the authors' own work of gathering stories is read (tune r4556, labelled a hedge)
    ['Gathering stories from users', 'We may also be able to coordinate with Rust conferences.', 'strategy-noncommittal'],
    // a heading that only mentions a story later on is no story
    ['Improving the onboarding story', 'We should probably revisit the installer at some point.', 'strategy-noncommittal'],
    ['Background', 'It is the industry standard, so we adopt it.', 'strategy-unquantified-pitch']
  ])('under `### %s`, `%s` is still read', async (subsection, text, rule) => {
    expect(await under(subsection, text)).toEqual([expect.stringMatching(new RegExp(`^${rule}: `))])
  })
})

describe('a hyphen in a phrase must be in the text', () => {
  it('`must have` as a verb is no quality: under a milestone the criterion is checkable', async () => {
    // tune r3685: `must have` was quoted as a quality (`must-have`)
    expect(await underBeta('Business commitment: The feature must have explicit agreement from the relevant Business Unit.')).toEqual([])
  })

  it('`a must-have` still names a quality', async () => {
    expect(await underBeta('Make Sourcegraph a must-have for enterprise teams.')).toEqual([expect.stringMatching(/`must-have` names a quality/)])
  })
})

describe('growth in use with no number is a vague goal', () => {
  /** A sentence under `### Strategy` of Coherent Actions. */
  const inStrategy = (text: string) => ruleMessages(placedIn('Coherent Actions', `### Strategy\n\n${text}`))
  const vague = (cue: string) => [expect.stringMatching(new RegExp(`^strategy-vague-goal: .*\\(\`${cue}\`\\)`))]

  it.each([
    // tune rows labelled vague goals (r9357, r7134)
    ['First, get adopted by the Sourcegraph customer base, including large enterprises.', 'get adopted'],
    ['Get adoption for self-hosted executors and iterate on running batch changes server-side as feedback comes in.', 'Get adoption'],
    ['Spread usage (MAUs) within our customer base.', 'Spread usage'],
    ['We plan to drive adoption of the feature.', 'drive adoption']
  ])('`%s` is reported', async (text, cue) => {
    expect(await inStrategy(text)).toEqual(vague(cue))
  })

  it.each([
    // with a target and a deadline
    'Grow usage from 400 to 1,000 monthly active users by Q4 2027.',
    // others are asked (tune r4517, labelled fine)
    'Provide clear signals to the community about the deprecation timeline and encourage adoption of cgroup v2.',
    // a purpose leading into the list of steps
    'In order to drive adoption of the feature, we will take the following approach:'
  ])('`%s` gets no vague-goal message', async (text) => {
    expect((await inStrategy(text)).filter((message) => message.startsWith('strategy-vague-goal'))).toEqual([])
  })
})

describe('an aim the authors hold or set is read as `Our goal is to`', () => {
  it('`We have the overarching goal to level up X` promises an improvement (tune r10017)', async () => {
    expect(await inActions('We have the overarching goal to level up our enterprise-ready features.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .*\(`level up`\)/)
    ])
  })

  it('`Our goal is for X to be useful` aims at the state after `to` (tune r7222)', async () => {
    expect(await inActions('Our primary goal is for BorrowSanitizer to be useful in practice.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .*\(`useful in practice`\)/)
    ])
  })

  it.each([
    // a target and a deadline
    'We have a goal of reaching 99.9% uptime by Q3 2027.',
    'Our goal is for the build to finish in under 10 minutes by Q3 2027.',
    // what the authors have is no aim
    'We have a team that ships the installer every week.'
  ])('`%s` gets no language message', async (text) => {
    expect(await inActions(text)).toEqual([])
  })
})

describe('`figure out if` asks a question, it sets no condition', () => {
  it('an investigation that goes on to figure out if something can be done hedges (tune r9875)', async () => {
    expect(await inActions('Investigate each of these cases and figure out if performance can be improved by caching.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .*\(`Investigate`\)/)
    ])
  })

  it('an investigation that waits on a condition is a contingency', async () => {
    expect(await inActions('Investigate each of these cases if the cache misses grow.')).toEqual([])
  })
})

describe('a number in a web address is part of the link, whatever follows it', () => {
  it('feedback gathered, with an issue link in the middle, is still left to opinion (tune r9102)', async () => {
    expect(
      await underBeta('Gather feedback from developers via implementations in the example driver: https://github.com/kubernetes-sigs/dra-example-driver/issues/97 and potentially other drivers')
    ).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*\(`Gather feedback` is a matter of opinion\)/)])
  })

  it('a number in inline code with its unit outside still measures', async () => {
    expect(await underBeta('p95 latency of the scheduler stays under `100` ms.')).toEqual([])
  })
})

describe('a condition in a relative clause is the thing’s, not the possibility’s', () => {
  it('a possibility put off, with a condition in what the thing would allow, hedges (tune r10097)', async () => {
    expect(
      await inActions('In the future, it may be possible to annotate the closure with an attribute, which would allow a clearer diagnostic if a value is captured.')
    ).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`it may be possible to`\)/)])
  })

  it('a possibility that waits on a condition of its own is a contingency', async () => {
    expect(await inActions('In the future, it may be possible to lower the privilege level once the other team rearchitects the client.')).toEqual([])
  })
})

describe('`once again` repeats, it sets no condition', () => {
  it('a pitch after `Once again,` is read (tune r10122)', async () => {
    expect(await inActions('Once again, the result is cleaner.')).toEqual([expect.stringMatching(/^strategy-unquantified-pitch: .*\(`is cleaner`\)/)])
  })

  it('the authors\' plan after `Once again,` is read: `might` hedges it', async () => {
    expect(await inActions('Once again, we might revisit the cache design.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*\(`might`\)/)])
  })

  it('a pitch after `Once the API is stable,` waits on it', async () => {
    expect(await inActions('Once the API is stable, the result is cleaner.')).toEqual([])
  })
})

describe('a comparison with what the authors did before does not make the plan a report', () => {
  it('an instruction with `like we did` is still a plan (tune r7151)', async () => {
    expect(await inActions('Build new setup features to make it easier to serve other jobs, like we did with regex capture groups.')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .*\(`make it easier`\)/)
    ])
  })

  it('the authors reporting what they did stays a report', async () => {
    expect(await inActions('As we migrated the importer, we improved onboarding for every team.')).toEqual([])
  })
})

describe('`if we don’t want to` is the authors’ own will, no outside condition', () => {
  it('a hedged criterion with `if we don’t want to` still hedges (tune r8301)', async () => {
    expect(await underBeta("(Maybe) We must be alpha for at least 2 releases, if we don't want to support downgrades from Beta to pre-Alpha.")).toEqual([
      expect.stringMatching(/^strategy-noncommittal: /)
    ])
  })

  it('a hedge that waits on what others do is a contingency', async () => {
    expect(await underBeta("(Maybe) We must be alpha for at least 2 releases, if vendors don't ship the driver.")).toEqual([])
  })
})

describe('`if it seems expedient` leaves the condition to the authors, as `if needed` does', () => {
  it('a hedge with `if it seems expedient` still hedges (tune r7043)', async () => {
    expect(await inActions('We could relax these restrictions without breaking compatibility in the future if it seems expedient.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: /)
    ])
  })

  it('a hedge that waits on an event outside the authors is a contingency', async () => {
    expect(await inActions('We could relax these restrictions in the future if the upstream project drops the old API.')).toEqual([])
  })
})
