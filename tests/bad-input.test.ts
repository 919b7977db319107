/**
 * Input a linter meets in the wild: empty files, other line endings, byte
 * order marks, headings that are not headings, broken YAML, bytes that are
 * not UTF-8. Nothing may throw, and every message must point inside the
 * document.
 *
 * Small inputs are fixture files in `fixtures/bad-input/`. Very large
 * documents (tests/heavy/large-input.test.ts) and input built to make regular
 * expressions backtrack (tests/heavy/pathological-input.test.ts) or the parser
 * nest thousands deep (tests/heavy/deep-input.test.ts) are in the heavy tier. No test asserts a duration.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint, type LintMessage} from '../src/index.js'
import {check, ruleIds, run} from './support/lint-checks.js'

const fixtureDir = new URL('../fixtures/bad-input/', import.meta.url)

const bytes = (name: string): Buffer => readFileSync(new URL(name, fixtureDir))
const text = (name: string): string => readFileSync(new URL(name, fixtureDir), 'utf8')

/** Messages without the insertion text of missing sections (see the report on line endings and BOMs). */
function withoutInsertions(messages: LintMessage[]) {
  return messages.map((message) => (message.reason.startsWith('Missing section') ? {...message, expected: undefined} : message))
}

function textAt(source: string, message: LintMessage): string {
  const lines = source.split(/\r\n|\r|\n/)
  expect(message.endLine).toBe(message.line)
  return lines[message.line! - 1].slice(message.column! - 1, message.endColumn! - 1)
}

describe('empty and nearly empty files', () => {
  it('lints an empty file without messages, or with every section missing when the type is forced', async () => {
    expect(bytes('empty.md')).toHaveLength(0)
    expect(await check(text('empty.md'))).toEqual([])
    expect(await check(bytes('empty.md'))).toEqual([])
    const forced = await check('', {type: 'strategy'})
    expect(forced).toHaveLength(7)
    for (const message of forced) {
      expect(message.ruleId).toBe('strategy-required-sections')
      expect([message.line, message.column]).toEqual([1, 1])
    }
  })

  it('reads the type from a file that is only front matter and reports every section missing', async () => {
    const source = text('front-matter-only.md')
    const {document} = await run(source)
    expect(document.type?.id).toBe('strategy')
    expect(document.sections).toEqual([])
    const messages = await check(source)
    expect(messages).toHaveLength(7)
    expect(ruleIds(messages)).toEqual(['strategy-required-sections'])
    // Without its final line break, the end of the document is the end of the closing fence.
    const unterminated = await check(source.trimEnd())
    expect(unterminated.map((message) => [message.line, message.column])).toEqual(Array(7).fill([3, 4]))
    // An empty front matter block declares nothing.
    expect(await check('---\n---\n')).toEqual([])
  })
})

describe('line endings and byte order marks', () => {
  it('gives the same messages at the same places for CRLF as for LF', async () => {
    const crlf = text('crlf.md')
    expect(crlf).toContain('\r\n')
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n')
    const lf = crlf.replace(/\r\n/g, '\n')
    const fromCrlf = await check(crlf)
    const fromLf = await check(lf)
    expect(summary(fromLf)).toEqual(['15:strategy-required-sections', '40:strategy-empty-section', '44:strategy-placeholder', '48:strategy-required-sections'])
    expect(withoutInsertions(fromCrlf)).toEqual(withoutInsertions(fromLf))
    const nearMiss = fromCrlf.find((message) => message.reason.startsWith('Heading'))!
    expect(nearMiss.expected).toEqual(['Success Criteria'])
    expect(textAt(crlf, nearMiss)).toBe('Sucess Criteria')
    expect(textAt(crlf, fromCrlf.find((message) => message.ruleId === 'strategy-placeholder')!)).toBe('[Team Name]')
    // Old Mac line endings (CR only) are line endings too.
    expect(withoutInsertions(await check(lf.replace(/\n/g, '\r')))).toEqual(withoutInsertions(fromLf))
  })

  it('a document that ends in a closed code block: the same messages, with their insertions, whatever ends its lines (a lone CR too)', async () => {
    // (Split at `\n` only, a CR-only file's closed fence read as one line: never closed, so every missing section was
    // told to close the code block first, and had no fix.)
    const lf = '---\ntype: strategy\n---\n\n# Tech Strategy: X\n\n## Context\n\nText.\n\n```\ncode\n```\n'
    const fromLf = await check(lf)
    expect(fromLf.filter((message) => message.ruleId === 'strategy-required-sections')).toHaveLength(6)
    for (const ending of ['\r\n', '\r']) {
      const other = await check(lf.replace(/\n/g, ending))
      expect(other.map((message) => message.reason), JSON.stringify(ending)).toEqual(fromLf.map((message) => message.reason))
      expect(other.map((message) => (message.expected ?? []).map((text) => text.replace(/\r\n?/g, '\n')))).toEqual(fromLf.map((message) => message.expected ?? []))
    }
  })

  it('detects the type from front matter behind a UTF-8 BOM', async () => {
    const raw = bytes('bom-front-matter.md')
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const source = text('bom-front-matter.md')
    expect(source.charCodeAt(0)).toBe(0xfeff)
    const {document} = await run(source)
    expect(document.type?.id).toBe('strategy')
    expect(document.typeSource).toBe('front-matter')
    expect(document.frontMatter?.error).toBeUndefined()
    const withBom = await check(source)
    const withoutBom = await check(source.slice(1))
    expect(withBom.length).toBeGreaterThan(0)
    expect(withoutInsertions(withBom)).toEqual(withoutInsertions(withoutBom))
    // Read as bytes, the BOM is decoded away: the same messages.
    expect(ruleIds(await check(raw))).toEqual(ruleIds(withoutBom))
  })

  it('reads a title heading behind a UTF-8 BOM', async () => {
    const source = text('bom-heading.md')
    expect(source.charCodeAt(0)).toBe(0xfeff)
    expect(source.slice(1)).toMatch(/^# Technical Vision: Search\n/)
    const {document} = await run(source)
    expect(document.type?.id).toBe('vision')
    expect(document.typeSource).toBe('title')
    expect(document.sections[0].title).toBe('Technical Vision: Search')
    expect(document.sections[0].depth).toBe(1)
    const withBom = await check(source)
    expect(withoutInsertions(withBom)).toEqual(withoutInsertions(await check(source.slice(1))))
    expect(withBom.length).toBeGreaterThan(0)
  })
})

describe('what is and is not a heading', () => {
  it('counts Setext headings as sections', async () => {
    const source = text('setext.md')
    expect(source).toMatch(/^Release Strategy\n=+\n/m)
    const {document} = await run(source)
    expect(document.type?.id).toBe('strategy')
    expect(document.sectionDepth).toBe(2)
    expect(document.sections.map((section) => [section.depth, section.title])).toEqual([
      [1, 'Release Strategy'],
      [2, 'Context'],
      [2, 'Diagnosis'],
      [2, 'Guiding Policy'],
      [2, 'Coherent Actions'],
      [2, 'What We Will NOT Do'],
      [2, 'Risks and Mitigations'],
      [2, 'Sucess Criteria']
    ])
    const messages = await check(source)
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.expected).toEqual(['Success Criteria'])
    // The range is the heading text, without the underline.
    expect(textAt(source, message)).toBe('Sucess Criteria')
    expect(source.split('\n')[message.line!]).toMatch(/^-+$/)
  })

  it('ignores headings inside fenced code, indented code and HTML comments', async () => {
    const source = text('headings-in-code.md')
    expect(source).toContain('```markdown\n## Diagnosis')
    expect(source).toContain('\n    ## Diagnosis\n')
    expect(source).toContain('<!--\n## Diagnosis')
    expect(source).toContain('~~~\n## Context\n~~~')
    const {document} = await run(source)
    expect(document.sections.map((section) => section.title)).not.toContain('Diagnosis')
    expect(document.sections.filter((section) => section.title === 'Context')).toHaveLength(1)
    expect(document.missing.map((spec) => spec.id)).toEqual(['diagnosis'])
    const messages = await check(source)
    expect(messages).toHaveLength(1)
    expect(messages[0].ruleId).toBe('strategy-required-sections')
    expect(messages[0].reason).toContain('Missing section `Diagnosis`')
  })
})

describe('invalid front matter', () => {
  it('reports invalid YAML in a strategy once, at its line, and still checks the document', async () => {
    const source = text('invalid-yaml-strategy.md')
    const {document} = await run(source)
    expect(document.frontMatter?.error).toBeDefined()
    // The `type:` line is still read.
    expect(document.type?.id).toBe('strategy')
    const messages = await check(source)
    const typeMessages = messages.filter((message) => message.ruleId === 'strategy-document-type')
    expect(typeMessages).toHaveLength(1)
    const [message] = typeMessages
    expect(message.reason).toMatch(/front matter/i)
    expect(message.reason).toMatch(/YAML/)
    // A line of the YAML itself (2-4), not the opening fence.
    expect(message.line).toBeGreaterThanOrEqual(2)
    expect(message.line).toBeLessThanOrEqual(4)
    // The rest is linted: the missing Diagnosis is still reported.
    expect(messages.filter((other) => other !== message).map((other) => other.reason)).toEqual([
      expect.stringContaining('Missing section `Diagnosis`')
    ])
  })

  it('says nothing about invalid YAML in an untyped file without a type line', async () => {
    const source = text('invalid-yaml-untyped.md')
    const {document} = await run(source)
    expect(document.frontMatter?.error).toBeDefined()
    expect(document.type).toBeUndefined()
    expect(await check(source)).toEqual([])
  })
})

describe('front matter as odd but valid YAML', () => {
  const body = '# Strategy\n\n## Context\n\nTBD\n'
  const typeProblems = async (source: string) => (await check(source)).filter((message) => message.ruleId === 'strategy-document-type').map((message) => message.reason)

  it('reads front matter whose lines end in a lone CR, all or one of them, as the Markdown parser does', async () => {
    for (const front of ['---\rtype: strategy\rowner: me\r---\r\r', '---\r\ntype: strategy\rowner: me\r\n---\r\n\r\n']) {
      const source = front + body.replace(/\n/g, '\r')
      expect((await run(source)).document.frontMatter?.error, JSON.stringify(front)).toBeUndefined()
      expect(await typeProblems(source)).toEqual([])
      expect((await run(source)).document.type?.id).toBe('strategy')
    }
  })

  it('reads a type given through a YAML merge key (`<<: *base`)', async () => {
    // (A title that names no type: the front matter alone types it.)
    const source = `---\nbase: &base {type: strategy}\n<<: *base\n---\n\n# Build notes\n\n## Context\n\nTBD\n`
    expect((await run(source)).document.type?.id).toBe('strategy')
  })

  it('says a `!!binary` type is binary data, not a mapping', async () => {
    expect(await typeProblems(`---\ntype: !!binary aGVsbG8=\n---\n\n${body}`)).toEqual([expect.stringContaining('`type` holds binary data (`!!binary`), not a type name')])
  })
})

describe('bytes that are not UTF-8', () => {
  it('lints a Buffer holding 0xff 0xfe bytes inside a strategy', async () => {
    const raw = bytes('non-utf8.md')
    expect(raw.includes(Buffer.from([0xff, 0xfe]))).toBe(true)
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(raw)).toThrow()
    const messages = await check(raw)
    expect(summary(messages)).toEqual(['78:strategy-required-sections', '80:strategy-placeholder'])
    // Same as the text with each bad byte replaced by U+FFFD.
    expect(messages).toEqual(await check(new TextDecoder().decode(raw)))
    expect(textAt(new TextDecoder().decode(raw), messages[1])).toBe('TBD')
  })

  it('lints a plain Uint8Array holding 0xff 0xfe bytes', async () => {
    const raw = new Uint8Array(bytes('non-utf8.md'))
    const messages = await check(raw)
    const fromText = await check(new TextDecoder().decode(raw))
    // Ranges are not compared: see the report on Uint8Array input.
    const gist = (list: LintMessage[]) => list.map(({ruleId, line, reason}) => ({ruleId, line, reason}))
    expect(gist(messages)).toEqual(gist(fromText))
  })
})

function summary(messages: LintMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.ruleId}`)
}

describe('source offsets with a BOM, raw bytes and CRLF', () => {
  const nearMiss = '---\ntype: strategy\n---\n\n## Context\n\nText.\n\n## Sucess Criteria (draft)\n\nOwner: TBD.\n'

  function nearMissFix(messages: readonly LintMessage[]) {
    return messages.find((message) => message.reason.startsWith('Heading `Sucess Criteria'))?.expected
  }

  it('a BOM does not shift renames or placeholder ranges', async () => {
    const plain = await lint(nearMiss)
    const withBom = await lint(`\uFEFF${nearMiss}`)
    expect(nearMissFix(withBom)).toEqual(['Success Criteria (draft)'])
    expect(withBom.map(toPoints)).toEqual(plain.map(toPoints))
  })

  it('raw bytes (a Uint8Array, with or without a BOM) give the same messages as the text', async () => {
    const plain = await lint(nearMiss)
    const encoded = new TextEncoder().encode(nearMiss)
    expect((await lint(new Uint8Array(encoded))).map(toPoints)).toEqual(plain.map(toPoints))
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoded])
    expect(nearMissFix(await lint(bom))).toEqual(['Success Criteria (draft)'])
  })

  it('a missing-section fix in a CRLF file uses CRLF and one blank line around the heading', async () => {
    const crlf = '---\r\ntype: strategy\r\n---\r\n\r\n## Context\r\n\r\nText.\r\n\r\n## Guiding Policy\r\n\r\nText.\r\n'
    const missing = (await lint(crlf)).find((message) => message.reason.startsWith('Missing section `Diagnosis`'))
    expect(missing?.expected?.[0]).toMatch(/^## Diagnosis\r\n\r\nTODO: [^\n]+\r\n\r\n$/)
  })
})

function toPoints(message: LintMessage) {
  return [message.ruleId, message.line, message.column, message.endLine, message.endColumn, message.expected]
}
