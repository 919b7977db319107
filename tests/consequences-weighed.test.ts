/**
 * A decision record that weighs its options side by side (`Pros` and `Cons`, `Advantages`, `Benefits of ...:`) has
 * said what the choice makes easier or harder, a Consequences section's job (src/model/weighing.ts, the `adr` type's
 * `statedByWeighing`): no `Missing section Consequences`. Prose that only mentions a benefit, a label closing a
 * paragraph of context, and an empty `Consequences` heading are not such a weighing.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fix, lint} from '../src/index.js'

const RECORD = (body: string) =>
  `---\ntype: adr\n---\n\n# ADR 12: Store build artefacts in S3\n\n## Status\n\nAccepted\n\n## Context\n\nBinaries in git make every clone 2 GB.\n\n${body}`

const DECISION = '## Decision\n\nWe will store build artefacts in S3 and delete them from git.\n'

async function requiredSections(markdown: string, path?: string): Promise<string[]> {
  const messages = await lint(new VFile({value: markdown, path}))
  return messages.filter((message) => message.ruleId === 'strategy-required-sections').map((message) => message.reason)
}

const MISSING_CONSEQUENCES = /^Missing section `Consequences`; add it after `Decision`/

describe('a decision record that weighs its options instead of listing consequences', () => {
  it('`Pros` and `Cons` headings under each option: no missing Consequences', async () => {
    const options = '## Options\n\n### Option 1: S3\n\n#### Pros\n\n- Clones stay small.\n\n#### Cons\n\n- One more bucket to run.\n\n'
    expect(await requiredSections(RECORD(options + DECISION))).toEqual([])
  })

  it('`✅ Pros:` and `❌ Cons:` labels above their text', async () => {
    const options = '## Options\n\nOption 1, S3.\n\n✅ Pros:\nClones stay small.\n\n❌ Cons:\nOne more bucket to run.\n\n'
    expect(await requiredSections(RECORD(DECISION + '\n' + options))).toEqual([])
  })

  it('a bold label above a list (`**Advantages of S3:**`)', async () => {
    expect(await requiredSections(RECORD(DECISION + '\n**Advantages of S3:**\n\n- Clones stay small.\n'))).toEqual([])
  })

  it('a `+` list of pros followed by a `-` list of cons', async () => {
    const options = '## Considered Options\n\n### 1. S3\n\n+ Clones stay small.\n+ Cheap.\n\n- One more bucket to run.\n\n'
    expect(await requiredSections(RECORD(DECISION + '\n' + options))).toEqual([])
  })

  it('a `Benefits` section alone', async () => {
    expect(await requiredSections(RECORD(DECISION + '\n## Benefits\n\nClones stay small.\n'))).toEqual([])
  })

  it('`fix` adds no Consequences section to such a record', async () => {
    const text = RECORD(DECISION + '\n## Benefits\n\nClones stay small.\n')
    expect((await fix(text)).text).toBe(text)
  })
})

describe('what is no weighing: the section is still missing', () => {
  it.each([
    ['a record with no weighing', DECISION],
    ['prose that mentions a benefit', DECISION + '\nKeeping them in git has next to no benefits and makes every clone slow.\n'],
    ['a label that closes a paragraph of context', DECISION + '\nWe value reproducible builds above all.\nTheir benefits:\n\n- The same bytes everywhere.\n'],
    ['a long line ending in a colon that names a benefit among many words', DECISION + '\nThe team listed the benefits it hopes to see from the move over the next quarter:\n\n- Smaller clones.\n'],
    ['a label inside a block quote, quoted material', DECISION + '\n> Pros:\n> Smaller clones.\n'],
    ['a `-` list then a `+` list: two lists, not signs', DECISION + '\n- Smaller clones.\n\n+ One more bucket.\n'],
    ['a `+` list alone', DECISION + '\n+ Smaller clones.\n+ Cheap.\n'],
    ['a `*` list then a `-` list', DECISION + '\n* Smaller clones.\n\n- One more bucket.\n']
  ])('%s', async (_name, body) => {
    expect(await requiredSections(RECORD(body))).toEqual([expect.stringMatching(MISSING_CONSEQUENCES)])
  })

  it('a title that names a side: what the record decides about, not a weighing', async () => {
    const text = RECORD(DECISION).replace('# ADR 12: Store build artefacts in S3', '# ADR 12: Drawbacks of build artefacts in git')
    expect(await requiredSections(text)).toEqual([expect.stringMatching(MISSING_CONSEQUENCES)])
  })

  it('an empty `Consequences` heading above `Pros` stays an empty section', async () => {
    const messages = await lint(RECORD(DECISION + '\n## Consequences\n\n## Pros\n\nClones stay small.\n'))
    expect(messages.filter((message) => message.ruleId === 'strategy-required-sections')).toEqual([])
    expect(messages.filter((message) => message.ruleId === 'strategy-empty-section').map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Section `Consequences` is empty; describe/)
    ])
  })
})

describe('only a section that says what follows from a decision', () => {
  it('a strategy with `Pros` and `Cons` still misses its sections', async () => {
    const text = '---\ntype: strategy\n---\n\n# Build Strategy\n\n## Context\n\nClones are slow.\n\n## Options\n\n### Pros\n\nSmall clones.\n'
    const messages = await requiredSections(text)
    expect(messages.some((reason) => reason.includes('Missing section `Success Criteria`'))).toBe(true)
  })
})
