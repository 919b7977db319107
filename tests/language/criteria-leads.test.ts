/**
 * Success Criteria items dated by their lead-in or heading (the lead-in
 * convention of tests/language/README.md), and items that are not criteria at
 * all. New sentences of the shapes found on the tune split, not rows of it.
 */
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {placedIn, reasonsOf} from '../support/language.js'

/** Messages of strategy-measurable-criteria for a Success Criteria section with this body. */
async function criteriaMessages(body: string): Promise<string[]> {
  return reasonsOf('strategy-measurable-criteria', placedIn('Success Criteria', body, 'Tech Strategy: Leads'))
}

const UNDATED = /but no deadline/

describe('a lead-in paragraph dates the items of its list', () => {
  it.each([
    'Stable:',
    'For stable:',
    'Beta (v2.4):',
    'Beta of Stage 2:',
    'Successful Beta Criteria',
    'Graduation to GA',
    'Second phase:',
    'GA of Stage 2 (the old flag is removed and locked):'
  ])('a label `%s`', async (lead) => {
    expect(await criteriaMessages(`### Rollout\n\n${lead}\n\n- The ingest worker runs behind the \`fastIngest\` flag.\n- Migration guide published.`)).toEqual([])
  })

  it.each([
    'In 3.2, the importer should be tested end to end to make sure:',
    'For the exporter to be considered stable, these must hold:',
    'The first cut, targeting v0.9, covers:',
    'This exporter will move to beta once the following are met:',
    // A verb of declaring before the milestone, however long the sentence (`stable/GA` names two at once).
    'The importer will be declared stable/GA when all of the following hold:',
    'The importer is deemed stable once the conditions below are met:'
  ])('running text that leads a milestone: `%s`', async (lead) => {
    expect(await criteriaMessages(`${lead}\n\n- Imports of nested archives succeed.`)).toEqual([])
  })

  it('a heading with a numbered stage (`### Beta2`, `### RC1`)', async () => {
    expect(await criteriaMessages('### Beta2\n\n- Remove the legacy cache path.')).toEqual([])
    expect(await criteriaMessages('### RC1\n\n- Remove the legacy cache path.')).toEqual([])
  })

  it('still asks for a deadline when the lead-in names none', async () => {
    expect(await criteriaMessages('The migration is complete when:\n\n- The old queue is deleted.')).toEqual([expect.stringMatching(UNDATED)])
    // A milestone word in running text without a lead word is a description, not a date.
    expect(await criteriaMessages('The beta API stays as it is, and the following must hold:\n\n- The old queue is deleted.')).toEqual([
      expect.stringMatching(UNDATED)
    ])
    // A label in a sibling subsection does not date this one.
    expect(await criteriaMessages('### Beta\n\n- Docs published.\n\n### Cleanup\n\n- The old queue is deleted.')).toEqual([expect.stringMatching(UNDATED)])
    // A label after the list leads into what follows it, not into the list above (a QA reader's `GA:` at the end of the
    // section left both items unreported).
    expect(await criteriaMessages('- Error rate below 0.1%.\n- p95 build time below 9 min.\n\nGA:\n\n- Checkout latency below 300 ms.')).toEqual([
      expect.stringMatching(UNDATED),
      expect.stringMatching(UNDATED)
    ])
    expect(await criteriaMessages('- Error rate below 0.1%.\n\nBy Q3 2027:')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('a dated sentence after the list, not a lead-in, dates it', async () => {
    expect(await criteriaMessages('- Error rate below 0.1%.\n- p95 build time below 9 min.\n\nWe reach both by Q3 2027.')).toEqual([])
    // (A regression pass: a paragraph dated in its first sentence and ending in a colon was taken for a lead-in.)
    expect(await criteriaMessages('- Error rate below 0.1%.\n- p95 build time below 9 min.\n\nWe hit both by Q3 2027. Each month we report:\n\n- the error budget left')).toEqual([])
  })

  it('a lead-in dates the list after it, up to the next paragraph of its section', async () => {
    expect(await criteriaMessages('By Q3 2027:\n\n- Error rate below 0.1%.\n\nLonger term, we also aim for the following:\n\n- p95 build time below 9 min.')).toEqual([
      expect.stringMatching(/`p95 build time below 9 min\.` names a target .* but no deadline/)
    ])
  })
})

describe('items that are not criteria', () => {
  it('an item that opens with code and defines it', async () => {
    expect(await criteriaMessages('### Telemetry\n\n- `queue_depth` - the number of jobs waiting, per worker.')).toEqual([])
    expect(await criteriaMessages('### Telemetry\n\n- `jobs_failed_total` / `jobs_retried_total`: watched for spikes after the switch.')).toEqual([])
    // A dated one is still a criterion, and judged as one.
    expect(await criteriaMessages('- `fastIngest`: enabled by default by Q3 2027.')).toEqual([])
  })

  it('a short qualifier of the item above (`for X`, `per Y`)', async () => {
    expect(await criteriaMessages('- for multi-tenant clusters')).toEqual([])
    expect(await criteriaMessages('- per shard: from enqueue to commit')).toEqual([])
    // A criterion that opens with `for` and states a number is judged.
    expect(await criteriaMessages('- For every service, p95 latency under 300 ms')).toEqual([expect.stringMatching(UNDATED)])
  })

  it('settled questions are an end state, not an open decision', async () => {
    expect(await criteriaMessages('### GA\n\n- No open questions remain about the retry semantics.')).toEqual([])
    expect(await criteriaMessages('### GA\n\n- No open decisions about the storage format.')).toEqual([])
  })
})

describe('criteria that wait on opinion', () => {
  it('feedback without a count (`Addresses feedback from alpha`, `Time for feedback`, `pain points`) has no target', async () => {
    const NO_TARGET = /has no measurable target/
    expect(await criteriaMessages('### GA\n\n- Addresses feedback from early adopters')).toEqual([expect.stringMatching(NO_TARGET)])
    expect(await criteriaMessages('### GA\n\n- Allow time for feedback from operators.')).toEqual([expect.stringMatching(NO_TARGET)])
    expect(await criteriaMessages('### GA\n\n- Review how the exporter is used and look for pain points.')).toEqual([expect.stringMatching(NO_TARGET)])
    // A count makes it checkable.
    expect(await criteriaMessages('### GA\n\n- Allow time for feedback: two releases with no regressions reported.')).toEqual([])
  })
})

describe('an HTML comment between a lead-in and its items hides nothing', () => {
  // k8s-keps 2420 (`This will be declared stable/GA when:` / `- ...` / `<!-- TODO: ... -->` / `- ...`): a comment renders
  // as nothing, so the reader sees one list under its lead-in, and the linter, which reads no HTML, does too.
  const body = 'This will be declared GA when:\n\n- The ingest worker runs behind the `fastIngest` flag.\n<!-- TODO: decide whether the old flag stays -->\n- The migration guide is published.'

  it('the items after the comment keep the lead-in that dates them', async () => {
    expect(await criteriaMessages(`### Rollout\n\n${body}`)).toEqual([])
  })

  it('without the lead-in, the same items are undated', async () => {
    const undated = await criteriaMessages(`### Rollout\n\n${body.replace('This will be declared GA when:\n\n', '')}`)
    expect(undated).toHaveLength(2)
    for (const message of undated) expect(message).toMatch(UNDATED)
  })

  it('scripts/fill-leads.js gives the evaluation the same lead-in', async () => {
    const {leadOf} = await import('../../scripts/fill-leads.js')
    const source = `# Plan\n\n${body}\n`
    const tree = remark().use(remarkGfm).parse(source)
    expect(leadOf(source, tree, 7)?.lead).toBe('This will be declared GA when:')
    expect(leadOf(source, tree, 5)?.lead).toBe('This will be declared GA when:')
  })
})
