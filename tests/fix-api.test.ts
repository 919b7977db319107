/**
 * The `fix` export: the same mechanical fixes as `strategy-lint --fix`, on
 * text, for tools that build on the package.
 */
import {describe, expect, it} from 'vitest'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {fix, lint} from '../dist/src/index.js'

describe('fix()', () => {
  it('renames a near-miss heading and returns what remains; fixing the result changes nothing', async () => {
    const first = await fix(NEAR_MISS)
    expect(first.applied).toBe(1)
    expect(first.text).toBe(NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria'))
    expect(first.messages).toEqual(await lint(first.text))
    const second = await fix(first.text)
    expect(second).toEqual({text: first.text, applied: 0, messages: first.messages})
  })

  it('headings with ids, emoji and anchors name their sections, and a rename keeps them', async () => {
    // Docusaurus, Hugo, kramdown, Pandoc and MkDocs write heading ids so; `## Context {#context}` was `Missing section`.
    const decorated = NEAR_MISS.replace('## Context', '## Context {#context}')
      .replace('## Diagnosis', '## 🩺 Diagnosis <a id="diagnosis"></a>')
      .replace('## Sucess Criteria', '## [Sucess Criteria](#goals) {#success-criteria}')
    const result = await fix(decorated)
    expect(result.applied).toBe(1)
    expect(result.text).toBe(decorated.replace('[Sucess Criteria]', '[Success Criteria]'))
    expect(result.messages).toEqual([])
  })

  it('inserts missing sections in the type order and keeps a byte order mark', async () => {
    const source = '\uFEFF---\ntype: vision\n---\n\n# Search Vision\n\n## Current State\n\nSearch runs on one cluster with a nightly reindex.\n'
    const result = await fix(source)
    expect(result.text.startsWith('\uFEFF---\n')).toBe(true)
    expect(result.text.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Current State',
      '## Guiding Principles',
      '## Target State',
      '## Migration Strategy',
      '## Key Decisions',
      '## Success Metrics'
    ])
    expect(result.messages.some((message) => /Missing section/.test(message.reason))).toBe(false)
  })

  it('a document of setext headings gets its missing sections as setext headings, CRLF kept; a mixed one gets `##`', async () => {
    // Inserting `## Diagnosis` among underlined headings would mix two styles (markdownlint's MD003 reports it).
    const setext = '---\r\ntype: vision\r\n---\r\n\r\nSearch Vision\r\n=============\r\n\r\nCurrent State\r\n-------------\r\n\r\nSearch runs on one cluster.\r\n'
    const result = await fix(setext)
    expect(result.text).toContain('\r\n\r\nGuiding Principles\r\n------------------\r\n\r\nTODO: ')
    expect(result.text).not.toMatch(/^#/m)
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(result.messages.some((message) => /Missing section/.test(message.reason))).toBe(false)
    expect((await fix(result.text)).applied).toBe(0)

    const mixed = setext.replace('Current State\r\n-------------', '## Current State')
    expect((await fix(mixed)).text).toContain('\r\n## Guiding Principles\r\n\r\nTODO: ')
  })
})
