/**
 * An empty section followed, at its own level, by its parts in the type (a record's `Positive` and `Negative` after
 * `Consequences`), and a missing section whose parts stand under another one (src/model/parts.ts): the structure rules
 * say where the heading belongs. Neighbours the type does not name as parts change nothing.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

const RECORD = (after: string) =>
  `---\ntype: adr\n---\n\n# ADR 22: ABCI errors\n\n## Status\n\nAccepted\n\n## Context\n\nApplications return bare codes.\n\n## Decision\n\nWe will add a codespace field.\n\n## Consequences\n\n${after}`

async function emptySection(markdown: string): Promise<string[]> {
  return (await lint(markdown)).filter((message) => message.ruleId === 'strategy-empty-section').map((message) => message.reason)
}

describe('an empty section and the sections after it', () => {
  it('its named parts a level too high: the message says to move them under it', async () => {
    expect(await emptySection(RECORD('## Positive\n\nClients can tell errors apart.\n\n## Neutral\n\nNothing else changes.\n'))).toEqual([
      'Section `Consequences` is empty, but its parts follow it at its own level (`Positive`, `Neutral`); make them `###` headings under it'
    ])
  })

  it('a neighbour its purpose does not name: the plain message', async () => {
    expect(await emptySection(RECORD('## Drawbacks\n\nOne more field.\n'))).toEqual([expect.stringMatching(/^Section `Consequences` is empty; describe/)])
  })

  it('a part, then a neighbour: the part is named, the neighbour is not', async () => {
    expect(await emptySection(RECORD('## Positive\n\nClients can tell errors apart.\n\n## Drawbacks\n\nOne more field.\n'))).toEqual([
      'Section `Consequences` is empty, but its parts follow it at its own level (`Positive`); make them `###` headings under it'
    ])
  })

  it('pros and cons of an option are no consequences of the decision', async () => {
    expect(await emptySection(RECORD('## Pros\n\nClients can tell errors apart.\n'))).toEqual([expect.stringMatching(/^Section `Consequences` is empty; describe/)])
  })

  it('nothing after it: the plain message', async () => {
    expect(await emptySection(RECORD(''))).toEqual([expect.stringMatching(/^Section `Consequences` is empty; describe/)])
  })
})

describe('a missing section whose parts stand under another one', () => {
  const WITHOUT_HEADING =
    '---\ntype: adr\n---\n\n# ADR 63: Privval gRPC\n\n## Context\n\nThe signer speaks a custom protocol.\n\n## Decision\n\nWe will move the signer to gRPC.\n\n## Status\n\nAccepted\n\n### Positive\n\nStandard tooling.\n\n### Negative\n\nOne more dependency.\n'

  it('says where they are and offers the heading above them', async () => {
    const messages = (await lint(WITHOUT_HEADING)).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => [message.line, message.reason])).toEqual([
      [19, 'Missing section `Consequences`, but its parts (`Positive`, `Negative`) are under `Status`; put a `## Consequences` heading above them']
    ])
    expect(messages[0].expected).toEqual(['## Consequences\n\n'])
  })

  it('parts at the section level are sections of their own: the plain message, then the empty-section one names them', async () => {
    const topLevel = WITHOUT_HEADING.replace('### Positive', '## Positive').replace('### Negative', '## Negative')
    const messages = (await lint(topLevel)).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Missing section `Consequences`; add it after `Decision`/)])
  })

  it('without its parts anywhere, the plain message', async () => {
    const plain = WITHOUT_HEADING.replace(/### Positive[\s\S]*$/, '')
    const messages = (await lint(plain)).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Missing section `Consequences`; add it after `Decision`/)])
  })
})

/**
 * A block that starts with a marker is a template prompt (src/model/placeholders.ts classifyProse), unless the author's
 * text follows the marker's first sentence: a QA reader's 50-word Context led by `TBD: confirm the figures` was an
 * empty-section error, and its `TBD` went unreported.
 */
describe('a marker in front of the author\'s text', () => {
  const decision = (text: string) => RECORD('Clients can tell errors apart.\n').replace('We will add a codespace field.', text)
  const placeholders = async (markdown: string) => (await lint(markdown)).filter((message) => message.ruleId === 'strategy-placeholder').map((message) => message.reason)

  it('a note, then sentences of content: the section is filled, and the marker is a leftover', async () => {
    const markdown = decision('TBD: confirm the field name with the SDK team. We will add a codespace field to every error response, so that clients can tell errors from different modules apart.')
    expect(await emptySection(markdown)).toEqual([])
    expect(await placeholders(markdown)).toEqual([expect.stringMatching(/^Template leftover `TBD`/)])
  })

  it('a prompt of two short sentences is still a prompt', async () => {
    expect(await emptySection(decision('TODO: State the decision. Say what changes.'))).toEqual([expect.stringMatching(/^Section `Decision` holds only its template prompt/)])
  })

  // (A regression pass: `e.g.` ended the first sentence, and later questions or instructions were read as the author's.)
  it.each([
    'TODO: Describe the decision, e.g. the store we chose, the version and the teams that run it.',
    'TODO: Describe the decision. Explain who is affected, how often it happens and what it costs today.',
    'TODO: What did we decide? What changed in the market, in the team or in the platform since last year?'
  ])('a prompt whose later sentences ask or instruct is still a prompt: %s', async (prompt) => {
    expect(await emptySection(decision(prompt))).toEqual([expect.stringMatching(/^Section `Decision` holds only its template prompt/)])
  })

  it('a prompt of one long sentence is still a prompt', async () => {
    expect(await emptySection(decision('TODO: State the decision in full, with the options you weighed, the one you chose and why it beats the others for this codebase.'))).toEqual([
      expect.stringMatching(/^Section `Decision` holds only its template prompt/)
    ])
  })
})
