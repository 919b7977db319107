/**
 * Decision records left as their tool or template wrote them: adr-tools' `adr new` (Nygard), the GitHub Nygard
 * template, and MADR's slots (`{Describe the context ...}`, `[option 1]`, `"{title of option 1}"`). A QA reader's
 * untouched records passed with no problem, even marked accepted (src/model/placeholders.ts, `TEMPLATE_SENTENCES`,
 * `isTemplateSlot`).
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

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

  it('brackets that are no slot stay prose: an elision, a citation, an aside', async () => {
    const record = NYGARD(
      'As the review put it, "the queue [...] is the bottleneck" [Kleppmann 2017], and it has been for a year.',
      'We will publish order events to Kafka 3.7 [the shared cluster, not a new one].',
      'Consumers read events instead of polling the orders database (see [option 2 of the runbook](runbook.md)).'
    )
    expect(await reasons(record)).toEqual([])
  })
})
