/**
 * Noncommittal: shapes found on the tune split of the real sentences, tested
 * on new sentences of the same shape.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {placedIn, ruleMessages} from '../support/language.js'

async function messages(text: string): Promise<string[]> {
  return ruleMessages(placedIn('Coherent Actions', text, 'Tech Strategy: Hedges'), /^strategy-(?:noncommittal|vague-goal)$/)
}

describe('strategy-noncommittal on real shapes', () => {
  it('an invitation (`open to contributions`, `open to comments and changes`) leaves nothing undecided; being open to a choice does', async () => {
    expect(await messages('The tool is open source and very much open to contributions of new checks.')).toEqual([])
    expect(await messages('This RFC is open to comments and changes from the community.')).toEqual([])
    expect(await messages('We are open to using Postgres for the ledger.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`are open`\)/)])
    expect(await messages('Which database the ledger uses is still open.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('an aim at a deliverable (`aim to stabilize X`, `intend to offer X`) is a plan, whatever benefit follows a comma; an improvement it also aims at is a wish', async () => {
    expect(await messages('We aim to stabilize the plugin API, a feature that lets teams ship checks without a fork, making reviews much easier.')).toEqual([])
    expect(await messages('We intend to offer the audit log as JSON (and CSV) to make compliance reviews cheaper.')).toEqual([])
    expect(await messages('This proposal aims to provide a plugin API and improve build times.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`aims to provide`\)/)])
    expect(await messages('We aim to improve onboarding.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`aim to improve`\)/)])
  })

  it('what the reader may do (`Probably, you can ...`, `You might want to ...`) is not the authors\' plan; the same hedge on ours is', async () => {
    expect(await messages('Probably, you can do this with the current scheduler as well.')).toEqual([])
    expect(await messages('You might want to pin the version in your lock file.')).toEqual([])
    expect(await messages('Probably, we will pin the version in the lock file.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`Probably`\)/)])
    expect(await messages('We might pin the version in the lock file.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`might`\)/)])
  })

  it('the authors\' work that aims (`This process aims to enhance X`) hedges like `we aim to`', async () => {
    expect(await messages('This process aims to enhance visibility across teams.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`aims to enhance`\)/)])
    expect(await messages('By adding a guided wizard, this initiative seeks to simplify onboarding for new tenants.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .*hedges \(`seeks to simplify`\)/)
    ])
    // Someone else's aim is not the authors' hedge; a dated, measured aim is a goal.
    expect(await messages('Most customers aim to simplify their onboarding.')).toEqual([])
    expect(await messages('This process aims to cut review time from 3 days to 1 day by Q3.')).toEqual([])
  })

  it('a table of contents (links to headings of the page) is not prose, whatever the headings say', async () => {
    expect(await messages('- [Open Questions](#open-questions)\n- [Ideally, a Shared Queue](#ideally-a-shared-queue)\n  - [We might Migrate Later](#later)')).toEqual([])
    expect(await messages('[Goals](#goals) | [Open questions](#open-questions) | [Maybe later](#maybe-later)')).toEqual([])
    // A sentence that only holds a link is still read, and so is a link elsewhere than the page.
    expect(await messages('We might [migrate the queue](#queue) later.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('- [We might migrate the queue later](https://example.com/queue)')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('`open questions` naming a list of them leaves nothing open; stating one does', async () => {
    expect(await messages('Record any gaps in the open questions below.')).toEqual([])
    expect(await messages('This page collects the risks/open questions and a migration plan.')).toEqual([])
    expect(await messages('Merge the PRs that close the risks and open questions listed here.')).toEqual([])
    expect(await messages('Open question: which queue we adopt.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('The choice of queue remains an open question.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('an alternative raised and answered in the next sentence (`We could X. However, ...`) is weighed, not hedged', async () => {
    expect(await messages('We could shard the index by tenant. However, the main drawback is the cost of rebalancing.')).toEqual([])
    expect(await messages('We might keep both queues. But that doubles the on-call load, so we will retire the old one by Q3 2027.')).toEqual([])
    // Unanswered, or answered in agreement, it hedges.
    expect(await messages('We could shard the index by tenant.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We could shard the index by tenant. That keeps each shard small.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('`in the future` as room a design leaves, not a deferred action', async () => {
    expect(await messages('We also want the schema to be able to carry other region codes in the future.')).toEqual([])
    expect(await messages('The format should support adding more event kinds in the future.')).toEqual([])
    expect(await messages('Guidance for adding new adapters in the future.')).toEqual([])
    // Opening the sentence, it defers what the authors will do.
    expect(await messages('In the future, we can add an export to Parquet.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    // The authors' own later action is deferred, whatever words it uses.
    expect(await messages('We will be able to retire the old queue in the future.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We plan to support adding custom lint rules in the future.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('`in the future` inside a noun phrase or a clause that opens with a phrase word is not an instruction', async () => {
    // The hedge's first word (`in`, `as`, `where`) is no verb an instruction opens with.
    expect(await messages('In the future one can imagine a shared quota service for every cluster.')).toEqual([])
    expect(await messages('By defaulting the region, in the future it will be possible to omit it from most calls.')).toEqual([])
  })

  it('a contingency after the hedge: `when`, `as X improves`', async () => {
    expect(await messages('The allow-list stays fixed per release and might grow in the future when sandboxing is in place.')).toEqual([])
    expect(await messages('We may also want to regroup the settings into separate files per tenant as our understanding of the usage patterns improves.')).toEqual([])
    // A note on the document is no plan.
    expect(await messages('To be written in the future.')).toEqual([])
  })

  it('regard, preference, forecast, benefit and relative clauses are not hedges', async () => {
    expect(await messages('We should consider the whole delivery chain, not only the build step.')).toEqual([])
    expect(await messages('We should consider moving the build to Bazel.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We should consider Kafka for the event bus.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We believe we could move the ledger to Bazel next year.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('The first thing we might do is move billing to Postgres.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('Without this flag, we might rather write a wrapper script:')).toEqual([])
    expect(await messages('We anticipate that more export formats may be requested later.')).toEqual([])
    expect(await messages('Letting the proxy log each retry could potentially help operators find flaky upstreams.')).toEqual([])
    expect(await messages('Any new dialect we may support in the future')).toEqual([])
    expect(await messages('The importer is open source, and we welcome contributions.')).toEqual([])
  })

  it('an aside that names a time hedges the plan', async () => {
    expect(await messages('Ship the exporter (maybe in Q3).')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('hedges that were missed: `could make sense`, an opening `(probably)`', async () => {
    expect(await messages('Later it could make sense to add a batch mode for the exporter.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('(probably) a plan to move the billing jobs to the shared scheduler')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('the introduction is the prose under the title, not every `#` section of a document whose sections are `#` headings', async () => {
    const hedge = 'We might move the queue to Kafka later.'
    const lintRaw = async (markdown: string) =>
      (await lint(markdown, {type: 'strategy'})).filter((message) => message.ruleId === 'strategy-noncommittal').map((message) => message.line)
    // Sections at `##`: the prose under the `#` title is the introduction, and is read.
    expect(await lintRaw(`# Payments Strategy\n\n${hedge}\n\n## Context\n\nThe queue drops 2% of events.\n`)).toEqual([3])
    // Before any heading too.
    expect(await lintRaw(`${hedge}\n\n# Context\n\nThe queue drops 2% of events.\n`)).toEqual([1])
    // Sections at `#` (an RFC's `# Summary`, `# Context`, `# Alternatives`): a `#` section the type does not know is no introduction.
    expect(await lintRaw(`# Summary\n\nA new queue.\n\n# Context\n\nThe queue drops 2% of events.\n\n# Alternatives\n\n${hedge}\n`)).toEqual([])
    // A second `#` above `##` sections is not the title either.
    expect(await lintRaw(`# Payments Strategy\n\nThe plan.\n\n## Context\n\nThe queue drops 2% of events.\n\n# Appendix\n\n${hedge}\n`)).toEqual([])
  })

  it('`we would` + a verb is a proposal\'s conditional mood for its own design; `we might`, `we could`, `would like to` stay hedges', async () => {
    expect(await messages('We would leverage the jsonpath library in the same way as the built-in selectors.')).toEqual([])
    expect(await messages('We would extend the store options to read selectors from custom resources.')).toEqual([])
    expect(await messages('We might leverage the jsonpath library for the selectors.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We would like to leverage the jsonpath library for the selectors.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We would probably leverage the jsonpath library for the selectors.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('a hedge in a relative clause describes the noun; an ideal set against what is describes a constraint; an option answered by its cost is weighed', async () => {
    expect(await messages('The cache is shared by every tenant who could potentially read the ledger.')).toEqual([])
    expect(await messages('We add a sizing hook, which might give the scheduler room to scale the pools.')).toEqual([])
    expect(await messages('Ideally, every library would ship typed bindings. Unfortunately, half of them have no maintainer.')).toEqual([])
    expect(await messages('We could pin the runners to one zone. This would cause the failover tests to break.')).toEqual([])
    // Alone, each still hedges.
    expect(await messages('Ideally, every library ships typed bindings.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We could potentially pin the runners to one zone.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('We could pin the runners to one zone. This would make the tests faster.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })

  it('a forecast of the document\'s own fate, a named party\'s wish and room to add later are not the authors\' hedges', async () => {
    expect(await messages('This proposal will most likely not be accepted in its current form.')).toEqual([])
    expect(await messages('Hosting is hard for resellers: Globex may want to delegate the domain to its own servers.')).toEqual([])
    expect(await messages('The stricter schema lets us validate early and will enable us to add pruning and defaulting in the future.')).toEqual([])
    // The authors' own plan, a wish in a policy, and a deferred action of theirs still hedge.
    expect(await messages('This proposal will most likely move the index to Postgres.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('Teams may want to adopt the shared pipeline.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
    expect(await messages('In the future, we may add pruning and defaulting.')).toEqual([expect.stringMatching(/^strategy-noncommittal: /)])
  })
})
