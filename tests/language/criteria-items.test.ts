/**
 * Success Criteria items that are not criteria at all (the precision pass of
 * issue #12): steps and behaviour of a mechanism, metrics a system exports,
 * rules of a case, labels, owners, notes. New sentences of the shapes found on
 * the tune split, not rows of it; each with a neighbour that stays a criterion.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

/** Language messages (rule: reason) for a Success Criteria section with this body. */
async function criteriaMessages(body: string): Promise<string[]> {
  return ruleMessages(placedIn('Success Criteria', body, 'Tech Strategy: Items'))
}

const UNDATED = /^strategy-measurable-criteria: .*but no deadline/

describe('the behaviour of a component is a mechanism, not a criterion', () => {
  it.each([
    'The ingest controller will retry the upload when the bucket is locked.',
    'Billing reconciler reads the ledger and writes a row per invoice.',
    'Policy: the admission webhook rejects pods without an owner label.',
    'The routing proxy can only forward requests that carry a tenant header.'
  ])('%s', async (item) => {
    expect(await criteriaMessages(`- ${item}`)).toEqual([])
  })

  it('a component with a number, or a component word used as a verb, stays a criterion', async () => {
    expect(await criteriaMessages('- The API gateway handles 20k requests per second.')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteriaMessages('- The build runner caches dependencies across builds.')).toEqual([expect.stringMatching(UNDATED)])
    // With an article and no modal, the present tense may state a capability to reach.
    expect(await criteriaMessages('- The deploy controller rolls back failed releases automatically.')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteriaMessages('- When a deploy fails, it rolls back within 5 minutes.')).toEqual([expect.stringMatching(UNDATED)])
    // A short item written as a sentence is a deliverable (without the full stop it reads as a topic: round3-shapes.test.ts).
    expect(await criteriaMessages('- Public status page.')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a requirement or a state of a component stays a criterion', async () => {
    expect(await criteriaMessages('- The ingest controller must retry every failed upload.')).toEqual([expect.stringMatching(UNDATED)])
    expect(await criteriaMessages('- The ingest controller is enabled by default in every region.')).toEqual([expect.stringMatching(UNDATED)])
  })
})

describe('a lead-in says what its list is', () => {
  it('steps of the component it names (`For each upload, the ingest worker:`)', async () => {
    expect(await criteriaMessages('For each upload, the ingest worker:\n\n- Checks the checksum against the manifest.\n- Writes the archive to cold storage.')).toEqual([])
    // Without such a lead-in an item in the third person is judged.
    expect(await criteriaMessages('- Writes every archive to cold storage.')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('metrics a system exports (`The exporter exposes these metrics:`)', async () => {
    expect(await criteriaMessages('The exporter exposes the following metrics:\n\n- Queue depth per tenant\n- Count of archives written, using `archives_written_total`.')).toEqual([])
    // Metrics named to measure success still need a target.
    expect(await criteriaMessages('We will track success with these indicators:\n\n- Mean time to restore per tenant')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*no measurable target/)])
  })

  it('a case, options, guidelines, owners, example output', async () => {
    expect(await criteriaMessages('If the archive fails its checksum:\n\n- The worker moves it to quarantine.')).toEqual([])
    expect(await criteriaMessages('Two approaches were weighed for sharing the queue:\n\n- Events written by the worker each time it drains a shard.')).toEqual([])
    expect(await criteriaMessages('The following naming guidelines apply:\n\n- Counters end in `_total`.')).toEqual([])
    expect(await criteriaMessages('Owners:\n\n- Priya Raman @praman')).toEqual([])
    expect(await criteriaMessages('The operator runs `status` and sees:\n\n- Each shard reports `Ready=True`')).toEqual([])
    expect(await criteriaMessages('The installer is responsible for creating the following resources in the tenant namespace:\n\n- The relay Deployment (one replica). No secrets are mounted.')).toEqual([])
  })

  it('a dated lead-in keeps its items criteria', async () => {
    expect(await criteriaMessages('If the pilot succeeds, by Q3 2027:\n\n- Every tenant uses the new queue.')).toEqual([])
    expect(await criteriaMessages('For each region, before GA:\n\n- Better dashboards.')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*no measurable target/)])
  })
})

describe('items that are not criteria by their own form', () => {
  it.each([
    ['a rule of behaviour in a case', 'When the flag is off, they will drop the tenant label from the metrics.'],
    ['a step done per case', 'For each new shard, set an initial weight of 5% to 20% of the pool.'],
    ['a description of a thing', "It's not portable. The tool only runs on Linux."],
    ['a topic', 'How to run the importer locally and where to find its logs'],
    ['a term defined', '`tier-2`. This tier is for batch jobs that can wait a day.'],
    ['a note to the reader', 'Background. Please read the design doc first.'],
    ['a fragment continuing its lead-in', 'shards/partitions (e.g. `eu-1`, meaning the first EU shard)'],
    ['names listed', '`Bronze`, `Silver`, `Gold` tiers']
  ])('%s', async (_shape, item) => {
    expect(await criteriaMessages(`- ${item}`)).toEqual([])
  })

  it('an item ticked off is met', async () => {
    expect(await criteriaMessages('- [x] The importer builds without a vendored fork')).toEqual([])
    expect(await criteriaMessages('- [ ] The importer builds without a vendored fork')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a number inside code is not a target', async () => {
    expect(await criteriaMessages('- Quota accounting adds `50Gi` to the namespace.')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*states a checkable result but no deadline/)])
  })

  it('a test named with what it checks is a result, not a bare metric', async () => {
    expect(await criteriaMessages('### Beta\n\n- Test coverage in the importer to ensure that empty archives are rejected.')).toEqual([])
    expect(await criteriaMessages('### Beta\n\n- Test coverage in the importer')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*no measurable target/)])
    expect(await criteriaMessages('### Beta\n\n- Verification that cached manifests stay consistent across a restart')).toEqual([])
    expect(await criteriaMessages('### Beta\n\n- Cached manifests stay consistent')).toEqual([expect.stringMatching(/^strategy-measurable-criteria: .*no measurable target/)])
  })
})

describe('a dated criterion that hedges gets the hedge, not a criteria message', () => {
  it('soft scope on a dated item', async () => {
    expect(await criteriaMessages('### Beta (v2.1)\n\n- Replace the ad-hoc retries with the shared client where feasible.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*`where feasible`/)])
  })

  it('a hedge in an aside does not hedge the item', async () => {
    expect(await criteriaMessages('### GA\n\n- Vendors ship the importer in their bundles (possibly as a plugin).')).toEqual([])
  })

  it('an action explained after a dash is not a metric named', async () => {
    expect(await criteriaMessages('### GA\n\n- Rework the importer — reject archives over the size limit.')).toEqual([])
  })
})

describe('sections of the type bound loosely: a few subsections deep inside another layout', () => {
  async function languageMessages(markdown: string): Promise<string[]> {
    return ruleMessages(placedIn(undefined, markdown, 'Proposal: Webhook quotas'))
  }
  const items = '- Better visibility into production.\n- We might add a dashboard later.'

  it('`### Metrics` under Design Details and `### Non-Goals` under Motivation are not read as the strategy\'s', async () => {
    expect(await languageMessages(`## Motivation\n\n### Non-Goals\n\n${items}\n\n## Design Details\n\n### Metrics\n\n${items}`)).toEqual([])
  })

  it('a subsection its parent heading names is read (`### Success criteria` under `## Success criteria & ongoing support`)', async () => {
    const found = await languageMessages(`## Why\n\nText.\n\n## Success criteria & ongoing support\n\n### Success criteria\n\n${items}`)
    expect(found).toEqual([expect.stringMatching(/^strategy-measurable-criteria: /), expect.stringMatching(/^strategy-measurable-criteria: /)])
  })

  it('four or more sections of the type under a wrapper heading are read, as at the second level', async () => {
    const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions'].map((name) => `### ${name}\n\nText.`).join('\n\n')
    const found = await languageMessages(`## The strategy\n\n${sections}\n\n### Success Criteria\n\n${items}`)
    expect(found).toEqual([expect.stringMatching(/^strategy-measurable-criteria: /), expect.stringMatching(/^strategy-measurable-criteria: /)])
    expect(await languageMessages(`## Success Criteria\n\n${items}`)).toEqual(found)
  })
})

describe('a criteria table with Baseline and Target columns (a QA reader: the baseline was read as the target)', () => {
  const table = (rows: string) => `| Metric | Baseline | Target | Deadline |\n| --- | --- | --- | --- |\n${rows}`

  it('an empty Target cell is said to be empty, and the baseline is not taken for the target', async () => {
    expect(await criteriaMessages(table('| Deploys per week | 2 | | |\n'))).toEqual([
      'strategy-measurable-criteria: Success criterion `Deploys per week` has no target: its `Target` cell is empty; write the level to reach there (`300 ms`, `10 per week`), and by when'
    ])
    expect(await criteriaMessages(table('| Deploys per week | 2 | | Q3 2027 |\n'))).toEqual([
      'strategy-measurable-criteria: Success criterion `Deploys per week | Q3 2027` has no target: its `Target` cell is empty; write the level to reach there (`300 ms`, `10 per week`)'
    ])
  })

  it('a `Goal` column first names the metric; a dash or TBD in the Target cell is empty; a number in the metric is no target', async () => {
    const goalFirst = '| Goal | Baseline | Target | Deadline |\n| --- | --- | --- | --- |\n| Deploys per week | 2 | | Q3 2027 |\n'
    expect(await criteriaMessages(goalFirst)).toEqual([expect.stringMatching(/has no target: its `Target` cell is empty/)])
    expect(await criteriaMessages(table('| Flaky tests | 8% | - | Q3 2027 |\n| Error budget burn (99.9% SLO) | 3x | TBD | Q3 2027 |\n'))).toEqual([
      expect.stringMatching(/^strategy-measurable-criteria: Success criterion `Flaky tests \| Q3 2027` has no target: its `Target` cell is empty/),
      expect.stringMatching(/^strategy-measurable-criteria: Success criterion `Error budget burn \(99\.9% SLO\) \| Q3 2027` has no target/)
    ])
  })

  it('a Target cell that says TBD says so; one that names a change (`much lower`, `higher`, `as high as possible`) is no level (a QA pass)', async () => {
    expect(await criteriaMessages(table('| Flaky tests | 40 | TBD | Q3 2027 |\n'))).toEqual([expect.stringMatching(/its `Target` cell says `TBD`; write the level to reach there/)])
    const changes = await criteriaMessages(table('| Median pipeline time | 38 min | much lower | Q4 2027 |\n| CI availability | 98.5% | higher | Q3 2027 |\n| Cache hit rate | 0% | as high as possible | Q3 2027 |\n'))
    expect(changes).toEqual([
      expect.stringMatching(/`Median pipeline time \| much lower \| Q4 2027` has no target: its `Target` cell says `much lower`, a change, not a level;/),
      expect.stringMatching(/`CI availability \| higher \| Q3 2027` has no target: its `Target` cell says `higher`, a change, not a level;/),
      expect.stringMatching(/its `Target` cell says `as high as possible`, a change, not a level;/)
    ])
  })

  it('a row with its target and deadline is measurable; one without a deadline names its target, not the baseline', async () => {
    expect(await criteriaMessages(table('| Checkout p95 latency | 900 ms | 300 ms | Q3 2027 |\n'))).toEqual([])
    expect(await criteriaMessages(table('| Lead time | 5 days | 1 day | |\n'))).toEqual([expect.stringMatching(/^strategy-measurable-criteria: Success criterion `Lead time \| 1 day` names a target \(`1 day`\) but no deadline/)])
  })
})
