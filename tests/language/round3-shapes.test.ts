/**
 * Shapes of false findings from the third round of the tune split (rows drawn
 * from what the rules reported; tests/language/README.md), tested on new
 * sentences of the same shape, not rows of it; each with a neighbour that the
 * rule still reports.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'

/** Language messages (`rule: reason`) for a strategy whose section holds this body. */
async function languageMessages(section: string, body: string): Promise<string[]> {
  const markdown = `---\ntype: strategy\n---\n\n# Tech Strategy: Shapes\n\n## ${section}\n\n${body}\n`
  const messages = await lint(markdown)
  return messages.filter((message) => /^strategy-(?:measurable-criteria|noncommittal|vague-goal|unquantified-pitch)$/.test(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.reason}`)
}

const criteria = (body: string) => languageMessages('Success Criteria', body)
const actions = (text: string) => languageMessages('Coherent Actions', text)

const UNDATED = /^strategy-measurable-criteria: .*but no deadline/
const NO_TARGET = /^strategy-measurable-criteria: .*has no measurable target/
const HEDGE = /^strategy-noncommittal: /
const VAGUE = /^strategy-vague-goal: /
const PITCH = /^strategy-unquantified-pitch: /

describe('success criteria items', () => {
  it.each(['Key terminology', 'Rollout notes', 'Scope of Support Levels', 'Cluster autoscaler scale down count'])(
    'a short topic with no verb and no full stop (a table of contents entry, a label) is no criterion: %s',
    async (item) => {
      expect(await criteria(`- ${item}`)).toEqual([])
    }
  )

  it('a result, an instruction or a sentence still needs its deadline', async () => {
    expect(await criteria('- Dynamic provisioning is implemented')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteria('- Expose new metrics')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteria('- Public status page.')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteria('- Teams trust the deploy pipeline.')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a number in a web address is no target', async () => {
    expect(await criteria('- https://github.com/acme/infra/issues/4821')).toEqual([])
    expect(await criteria('- p95 latency under 300 ms')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a preview stage is a milestone', async () => {
    expect(await criteria('- The installer supports proxies by the tech preview')).toEqual([])
    expect(await criteria('- The installer supports proxies before the public preview')).toEqual([])
    expect(await criteria('- The installer supports proxies')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a lead-in that dates its list by a thing reaching a stage (`before X is GA`)', async () => {
    expect(await criteria('The following changes must land before `ScaleSet` is GA:\n\n- Update the autoscaler to read the new field')).toEqual([])
    expect(await criteria('The following changes must land to take `ScaleSet` GA:\n\n- Update the autoscaler to read the new field')).toEqual([])
    expect(await criteria('The following changes must land:\n\n- Update the autoscaler to read the new field')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('an instruction to add test coverage is a deliverable; an opinion of coverage is not', async () => {
    expect(await criteria('### Beta\n\n- Add E2E test coverage for the eviction path')).toEqual([])
    expect(await criteria('### Beta\n\n- Sufficient test coverage')).toEqual([expect.stringMatching(NO_TARGET)])
  })
})

describe('hedges', () => {
  it('`would` describes what a proposal does, whoever the subject; `could` and `might` still hedge', async () => {
    expect(await actions('This proposal would let teams share one build cache.')).toEqual([])
    expect(await actions('Support for the old format would be removed in the next major version.')).toEqual([])
    expect(await actions('We could share one build cache across teams.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a wish is hedging when the authors make it, not in a user story', async () => {
    expect(await actions('As a platform engineer, I would like to roll back a deploy in one click.')).toEqual([])
    expect(await actions('As an operator I want to trust that images come from the industry standard registry.')).toEqual([])
    expect(await actions('We would like to roll back deploys in one click.')).toEqual([expect.stringMatching(HEDGE)])
  })

  it('a condition on another thing (`once the warehouse is stable`) does not date the plan', async () => {
    expect(await actions("We'll think about a data mesh once the warehouse is stable.")).toEqual([expect.stringMatching(HEDGE)])
  })
})

describe('vague goals', () => {
  it('`highly` and `first-class` describe, they promise no quality', async () => {
    expect(await actions('The plugin API is highly extensible through hooks.')).toEqual([])
    expect(await actions('Provide first-class tooling for building bundles.')).toEqual([])
    expect(await actions('Make the plugin API seamless.')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('a description dated `today` in its leading phrase is no goal', async () => {
    expect(await actions('Today, with a single supported runtime, the problem is easily mitigated with a restart.')).toEqual([])
  })

  it('a gerund phrase before a modal claims a benefit; a gerund subject of a copula is a vision', async () => {
    expect(await actions('Moving the docs site into the monorepo will allow us to ship releases faster.')).toEqual([])
    expect(await actions('Objective: Finding a runbook in the wiki is intuitive and reliable.')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('a change with its observable result in the same clause is concrete, unless the result is vague too', async () => {
    expect(await actions('Enhance the deploy CLI to make rollbacks point to the last green build.')).toEqual([])
    expect(await actions('We propose to simplify the package layout to enable autocompletion in editors.')).toEqual([])
    expect(await actions('Improve the admin APIs to make them more user-friendly.')).toEqual([expect.stringMatching(VAGUE)])
    // What a quality is about is no purpose: `easy for developers to include`.
    expect(await actions('Make it easy for developers to include traces in their errors.')).toEqual([expect.stringMatching(VAGUE)])
  })

  it('`consistent with` a named thing is conformance, checkable', async () => {
    expect(await actions('Consistent with the rest of the CLI.')).toEqual([])
    expect(await actions('Make the CLI consistent.')).toEqual([expect.stringMatching(VAGUE)])
  })
})

describe('pitches', () => {
  it('best practices named by their field or source are followed, not argued from', async () => {
    expect(await actions('Follow best practices for accessibility in every form.')).toEqual([])
    expect(await actions('Naming should follow best practice as determined by the API review group.')).toEqual([])
    expect(await actions('GraphQL is best practice for mobile APIs.')).toEqual([expect.stringMatching(PITCH)])
    expect(await actions('The exporter should follow best practices.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('a phrase that runs into a quotation is a mention (`the "future" configuration`)', async () => {
    expect(await actions('There is the "future" configuration of the server, once the change is applied.')).toEqual([])
    expect(await actions('We chose Kafka because it is the future.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('two courses of action weighed (`printing X is better than hiding it`) are a trade-off, not taste', async () => {
    expect(await actions('Printing the warning at the start is better than hiding it in the log.')).toEqual([])
    expect(await actions('Adding the field costs a migration, but keeping both formats is better than breaking old clients.')).toEqual([])
    expect(await actions('Functional programming is better.')).toEqual([expect.stringMatching(PITCH)])
  })
})
