/**
 * Decision records left as their tool or template wrote them: adr-tools' `adr new` (Nygard), the GitHub Nygard
 * template, and MADR's slots (`{Describe the context ...}`, `[option 1]`, `"{title of option 1}"`). A QA reader's
 * untouched records passed with no problem, even marked accepted (src/model/placeholders.ts, `TEMPLATE_SENTENCES`,
 * `isTemplateSlot`).
 */
import {describe, expect, it} from 'vitest'
import {fix, lint} from '../src/index.js'

const NYGARD = (context: string, decision: string, consequences: string) =>
  `# 4. Use Kafka for events\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n\n## Consequences\n\n${consequences}\n`

async function reasons(markdown: string): Promise<string[]> {
  return (await lint(markdown)).map((message) => `${message.ruleId}: ${message.reason.replace(/;.*/, '')}`)
}

describe('template prompts of decision records', () => {
  it("adr-tools' `adr new`: each section holds only its template prompt", async () => {
    const record = NYGARD(
      'The issue motivating this decision, and any context that influences or constrains the decision.',
      "The change that we're proposing or have agreed to implement.",
      'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.'
    )
    expect(await reasons(record)).toEqual([
      'strategy-empty-section: Section `Context` holds only its template prompt',
      'strategy-empty-section: Section `Decision` holds only its template prompt',
      'strategy-empty-section: Section `Consequences` holds only its template prompt'
    ])
  })

  it("the GitHub Nygard template's questions, and one left beside real text, which is a leftover", async () => {
    const record = NYGARD(
      "What is the issue that we’re seeing that is motivating this decision or change?",
      "What is the change that we're proposing and/or doing?\n\nWe will publish order events to Kafka 3.7 on the shared cluster.",
      'Consumers read events instead of polling the orders database.'
    )
    expect(await reasons(record)).toEqual([
      'strategy-empty-section: Section `Context` holds only its template prompt',
      "strategy-placeholder: Template leftover `What is the change that we're proposing and/or doing?`"
    ])
  })

  it("MADR's slots: an instruction, options to name, a chosen option in quotes, an example list", async () => {
    const record = [
      '---\nstatus: accepted\n---\n\n# Use Postgres for orders\n',
      '## Context and Problem Statement\n\n{Describe the context and problem statement, e.g., in free form using two to three sentences.}\n',
      '## Considered Options\n\n* [option 1]\n* [option 2]\n',
      '## Decision Outcome\n\nChosen option: "{title of option 1}", because it is the one the team runs today.\n',
      '### Consequences\n\n* Good, because {positive consequence, e.g., improvement of one or more desired qualities, …}\n* Bad, because writes go through one primary.\n'
    ].join('\n')
    expect(await reasons(record)).toEqual([
      'strategy-empty-section: Section `Context and Problem Statement` holds only its template prompt',
      'strategy-empty-section: Section `Considered Options` holds only its template prompt',
      'strategy-placeholder: Template leftover `{title of option 1}`',
      'strategy-placeholder: Template leftover `{positive consequence, e.g., improvement of one or more desi…}`'
    ])
  })

  // (A regression pass: any bracket holding `e.g.,`, `describe`, `you may` or ` | ...` was a leftover, and a section of
  // one such aside was an empty-section error.)
  it.each([
    "The review board noted [editor's note: this was before the outage, e.g., the March one] that load doubled.",
    'Latency numbers come from the load test {see appendix B, e.g., the p99 column}.',
    'Each stage of the pipeline [ingest | transform | load | ...] runs on its own node.',
    'Our consultants said [you may want to shard first] but we disagreed with them.',
    'We keep the note [Explain the rollout to support before launch] from the March meeting.',
    'The options were [option 1] Kafka and [option 2] SQS, and we chose Kafka.',
    '[Consequences are the same as in ADR-7, e.g., cost and on-call load, see that record.]'
  ])('a person\'s bracketed prose is no template slot: %s', async (line) => {
    expect(await reasons(NYGARD('The orders service polls the database every second.', 'We will publish order events to Kafka 3.7.', line))).toEqual([])
  })

  it('brackets that are no slot stay prose: an elision, a citation, an aside', async () => {
    const record = NYGARD(
      'As the review put it, "the queue [...] is the bottleneck" [Kleppmann 2017], and it has been for a year.',
      'We will publish order events to Kafka 3.7 [the shared cluster, not a new one].',
      'Consumers read events instead of polling the orders database (see [option 2 of the runbook](runbook.md)).'
    )
    expect(await reasons(record)).toEqual([])
  })
})

describe('decision records as the tools lay them out', () => {
  // (`add it after Status` put Context below Decision, and the fixed record had a section-order error.)
  it('a missing section goes before the next ordered section when only an unordered one (Status) precedes it', async () => {
    const record = '# ADR 1: Use X\n\n## Decision\n\nWe will use X for the queue.\n\n## Status\n\nAccepted\n\n## Consequences\n\nWe run one more service.\n'
    const messages = await lint(record, {type: 'adr'})
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Missing section `Context`; add it before `Decision`/)])
    const fixed = await fix(record, {type: 'adr'})
    expect(fixed.messages.map((message) => message.ruleId)).toEqual(['strategy-empty-section'])
  })

  // (Backstage's records: Docusaurus front matter, no H1; an H1 as well showed the title twice.)
  it('a front matter title is the title', async () => {
    const record = "---\ntitle: 'ADR006: Avoid React.FC'\n---\n\n## Status\n\nAccepted\n\n## Context\n\nReact.FC types children loosely in our codebase.\n\n## Decision\n\nWe will avoid React.FC in new components.\n\n## Consequences\n\nComponents declare their props types directly.\n"
    expect(await lint(record, {type: 'adr'})).toEqual([])
    expect((await lint(record.replace("title: 'ADR006: Avoid React.FC'", 'owner: web'), {type: 'adr'})).map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Missing title/)
    ])
  })

  // (MADR's own form: the record named its successor, and was told it names none.)
  it('a successor named without a link is said to be named, and to want a link', async () => {
    const body = '# 1. Use X\n\n## Context\n\nWe needed a queue for orders.\n\n## Decision\n\nWe will use X.\n\n## Consequences\n\nOne more service.\n'
    for (const record of ['---\nstatus: "superseded by ADR-0123"\n---\n' + body, body.replace('## Context', '## Status\n\nSuperseded by ADR 10\n\n## Context')]) {
      expect((await lint(record, {type: 'adr'})).map((message) => message.reason)).toEqual([expect.stringMatching(/and names its successor `ADR[- ](?:0123|10)` without a link; link the document/)])
    }
    // (A regression pass: dates and phrases were taken for names.)
    for (const words of ['Superseded by March 2025', 'Superseded by the 2025 decision', 'Superseded by version 2 of this record']) {
      expect((await lint(body.replace('## Context', `## Status\n\n${words}\n\n## Context`), {type: 'adr'})).map((message) => message.reason)).toEqual([
        expect.stringMatching(/but names no successor/)
      ])
    }
  })
})
