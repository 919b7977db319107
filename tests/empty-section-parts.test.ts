/**
 * strategy-empty-section on an empty section followed by sections at its level: parts its purpose names (a record's
 * `Positive` and `Negative` after `Consequences`) are said to be a level too high; neighbours are not.
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
      expect.stringMatching(/^Section `Consequences` is empty, and the sections right after it \(`Positive`, `Neutral`\) read as its parts at its own level; make them `###` headings under it/)
    ])
  })

  it('a neighbour its purpose does not name: the plain message', async () => {
    expect(await emptySection(RECORD('## Drawbacks\n\nOne more field.\n'))).toEqual([expect.stringMatching(/^Section `Consequences` is empty; describe/)])
  })

  it('a named part beside a neighbour: the plain message (it is not only its parts that follow)', async () => {
    expect(await emptySection(RECORD('## Positive\n\nClients can tell errors apart.\n\n## Drawbacks\n\nOne more field.\n'))).toEqual([
      expect.stringMatching(/^Section `Consequences` is empty; describe/)
    ])
  })

  it('nothing after it: the plain message', async () => {
    expect(await emptySection(RECORD(''))).toEqual([expect.stringMatching(/^Section `Consequences` is empty; describe/)])
  })
})
