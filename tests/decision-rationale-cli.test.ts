/**
 * Open decisions recognised by their wording, not only by an `Open:` label:
 * they need no rationale. Real `strategy-lint` on a vision on disk.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {visionBody} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

async function rationaleMessages(decisions: readonly string[]): Promise<string[]> {
  const text = `---\ntype: vision\n---\n\n${visionBody('Payments Vision', {'Key Decisions': decisions.map((item) => `* ${item}`).join('\n')})}`
  const lines = text.split('\n')
  const result = await strategyLint(['--format', 'json', 'v.md'], makeProject({'v.md': text}))
  return (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string | null; line: number; reason: string}>}>)
    .flatMap((file) => file.messages)
    .filter((message) => message.ruleId === 'strategy-decision-rationale')
    .map((message) => `${lines[message.line - 1]} => ${message.reason}`)
}

describe.concurrent('strategy-decision-rationale: open decisions by their wording', () => {
  it('an unlabelled open decision needs no rationale, and tells the section\'s decisions apart', async () => {
    expect(
      await rationaleMessages([
        'Decided: Kafka is the event backbone, because the platform team already runs it.',
        'Whether to build or buy is still open; decide by the end of Q2.',
        'We will decide between Avro and Protobuf by Q3 2027.',
        'The region of the second cluster remains undecided until the data residency review.'
      ])
    ).toEqual([])
  })

  it('a decision whose words merely contain `open` or `decide` still needs its rationale', async () => {
    expect(
      await rationaleMessages([
        'Decided: Kafka is open source and the team knows it.',
        'Decided: keep the partner API open to partners.',
        'Open: whether Notifications keeps its own queue.'
      ])
    ).toEqual([
      '* Decided: Kafka is open source and the team knows it. => Decision `Decided: Kafka is open source and the team knows it.` gives no rationale; say why (`... because <reason>`, or a `Rationale:` line)',
      '* Decided: keep the partner API open to partners. => Decision `Decided: keep the partner API open to partners.` gives no rationale; say why (`... because <reason>`, or a `Rationale:` line)'
    ])
  })

  it('without labels, open wording alone tells made from open decisions', async () => {
    const messages = await rationaleMessages([
      'Kafka is the event backbone, because the platform team already runs it.',
      'Whether Notifications keeps its own queue is still open; we will decide in Q2 2027.'
    ])
    expect(messages).toEqual([])
    const unlabelled = await rationaleMessages([
      'Kafka is the event backbone, because the platform team already runs it.',
      'Events carry the full new state, so that consumers never call back.'
    ])
    expect(unlabelled).toEqual([expect.stringMatching(/does not tell decisions made from decisions still open/)])
  })
})
