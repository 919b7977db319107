/**
 * A document that only points to where its text is kept (src/model/pointer.ts) has no type when its type would come
 * from its folder or title; anything more than a pointer is still checked as its type.
 */
import fs from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

/** The rules' messages on a file at `docs/adr/0028-x.md` (typed `adr` by the folder), and the type it got. */
async function inRecordFolder(text: string): Promise<{type: string | null | undefined; pointer: string | null | undefined; rules: string[]}> {
  const file = new VFile({value: text, path: 'docs/adr/0028-x.md', cwd: '/project'})
  const messages = await lint(file)
  return {type: file.data.strategyType, pointer: file.data.strategyPointer, rules: messages.map((message) => message.ruleId ?? '')}
}

describe('a pointer to the record kept elsewhere', () => {
  it.each([
    ['a link line and a note', '# 28 Repo scanning\n\nDate: 2021-11-05\n\n**Link to this ADR: https://docs.example.com/a**\n\n(Security-related ADRs are stored privately.)\n', 'https://docs.example.com/a'],
    ['a record moved, by a relative link', '# 7. Queue\n\nThis record has moved to [ADR 12](0012-queue.md).\n', '0012-queue.md'],
    ['a note beside a bare address', '# 3. Keys\n\nThe decision is kept in the security wiki.\n\nhttps://wiki.example.com/keys\n', 'https://wiki.example.com/keys'],
    ['an autolink', '# 4. Tokens\n\nThis record can be found at <https://wiki.example.com/tokens>.\n', 'https://wiki.example.com/tokens']
  ])('%s: no type, and where it points', async (_, text, address) => {
    expect(await inRecordFolder(text)).toEqual({type: null, pointer: address, rules: []})
  })

  it.each([
    ['a section below the title', '# 7. Queue\n\nThis record has moved to [ADR 12](0012-queue.md).\n\n## Context\n\nEvents are lost.\n'],
    ['a link with no word that says the text is elsewhere', '# 9. Postgres\n\nSee [the comparison](https://wiki.example.com/db).\n'],
    ['words that say so, but no link', '# 9. Postgres\n\nThe decision is kept in the security wiki.\n'],
    ['a list of decisions beside the link', '# 9. Postgres\n\nThe comparison is kept in [the wiki](https://wiki.example.com/db).\n\n- We will use Postgres.\n'],
    ['more than a pointer says', `# 9. Postgres\n\nThe comparison is kept in [the wiki](https://wiki.example.com/db). ${'We will use Postgres for the ledger because it is what we run. '.repeat(8)}\n`]
  ])('%s: checked as a record', async (_, text) => {
    const result = await inRecordFolder(text)
    expect(result.type).toBe('adr')
    expect(result.pointer).toBeNull()
    expect(result.rules).toContain('strategy-required-sections')
  })

  it('a status line is read as a status: a superseded record is checked as one (its successor link must lead somewhere)', async () => {
    const result = await inRecordFolder('# 7. Queue\n\nStatus: superseded by [ADR 12](0012-queue.md)\n\nThis record has moved to [ADR 12](0012-queue.md).\n')
    expect(result).toEqual({type: 'adr', pointer: null, rules: ['strategy-document-type']})
  })

  it('a type declared in front matter is checked, pointer or not', async () => {
    const result = await inRecordFolder('---\ntype: adr\n---\n\n# 7. Queue\n\nThis record has moved to [ADR 12](0012-queue.md).\n')
    expect(result.type).toBe('adr')
    expect(result.rules).toContain('strategy-required-sections')
  })

  it('a strategy titled so that only links to its text is no strategy either', async () => {
    const file = new VFile({value: '# Engineering Strategy 2027\n\nOur strategy is now kept in [the handbook](https://handbook.example.com/strategy).\n', path: 'notes/strategy.md', cwd: '/project'})
    expect(await lint(file)).toEqual([])
    expect(file.data.strategyType).toBeNull()
  })
})

describe('the example of docs/rules/strategy-document-type.md', () => {
  it('is a pointer, read from the page', async () => {
    const page = fs.readFileSync(new URL('../docs/rules/strategy-document-type.md', import.meta.url), 'utf8')
    const example = /only points to where its text is kept[\s\S]*?```markdown\n([\s\S]*?)```/.exec(page)?.[1]
    expect(example).toBeDefined()
    expect(await inRecordFolder(example!)).toEqual({type: null, pointer: 'https://docs.example.com/adr-28', rules: []})
  })
})
