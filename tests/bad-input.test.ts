/**
 * Input a linter meets in the wild: empty files, other line endings, byte
 * order marks, headings that are not headings, broken YAML, bytes that are
 * not UTF-8, very large documents and input built to make regular
 * expressions backtrack. Nothing may throw, and every message must point
 * inside the document.
 *
 * Small inputs are fixture files in `fixtures/bad-input/`; large ones are
 * generated here. No test asserts a duration: slow cases are reported, not
 * hidden behind a timing threshold.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Root} from 'mdast'
import {remark} from 'remark'
import {VFile, type Compatible} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {makeProject, removeProjects, STRATEGY_LINT_BIN} from '../fixtures/cli/project.js'
import remarkLintStrategy, {getDocument, lint, type LintMessage, type StrategyOptions} from '../src/index.js'

const fixtureDir = new URL('../fixtures/bad-input/', import.meta.url)
const typesDir = new URL('../fixtures/types/', import.meta.url)

const bytes = (name: string): Buffer => readFileSync(new URL(name, fixtureDir))
const text = (name: string): string => readFileSync(new URL(name, fixtureDir), 'utf8')
const goodStrategy = readFileSync(new URL('strategy-good.md', typesDir), 'utf8')

const SLOW = 300_000

type Place = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'reason'>

/** Every start and end point lies on a line of the document, at most one column past its end. */
function expectInside(messages: readonly Place[], source: string): void {
  const lines = source.split(/\r\n|\r|\n/)
  for (const message of messages) {
    const points: Array<[number | undefined, number | undefined]> = [
      [message.line, message.column],
      [message.endLine, message.endColumn]
    ]
    for (const [line, column] of points) {
      if (line === undefined && column === undefined) continue
      const where = `${line}:${column} of ${lines.length} lines, for ${message.reason.slice(0, 80)}`
      expect(line, where).toBeGreaterThanOrEqual(1)
      expect(line, where).toBeLessThanOrEqual(lines.length)
      expect(column, where).toBeGreaterThanOrEqual(1)
      expect(column, where).toBeLessThanOrEqual(lines[line! - 1].length + 1)
    }
  }
}

function decode(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input)
}

/** `lint`, plus the check that every message lies inside the document. */
async function check(input: string | Uint8Array, options?: StrategyOptions): Promise<LintMessage[]> {
  const messages = await lint(input as Compatible, options)
  expectInside(messages, decode(input))
  return messages
}

/**
 * Parse and run the plugin without compiling the tree back to Markdown
 * (which `lint` does; see the nested-list tests).
 */
async function run(input: string, options?: StrategyOptions) {
  const file = new VFile(input)
  const processor = remark().use(remarkLintStrategy, options)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  const messages = file.messages.map(toPlace)
  expectInside(messages, input)
  return {document: getDocument(tree, file), messages}
}

function toPlace(message: VFileMessage) {
  return {
    ruleId: message.ruleId,
    reason: message.reason,
    line: message.line,
    column: message.column,
    endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined
  }
}

/**
 * Parse with the plugin's syntax (GFM, YAML front matter) in a worker thread.
 * The tree comes back as JSON: structured cloning fails on a tree this deep.
 */
function parseInWorker(source: string): Promise<Root> {
  const module = (name: string) => new URL(`../node_modules/${name}/index.js`, import.meta.url).href
  const code = [
    "import {parentPort, workerData} from 'node:worker_threads'",
    `import {remark} from '${module('remark')}'`,
    `import remarkGfm from '${module('remark-gfm')}'`,
    `import remarkFrontmatter from '${module('remark-frontmatter')}'`,
    "parentPort.postMessage(JSON.stringify(remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(workerData)))"
  ].join('\n')
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {workerData: source})
    worker.once('message', (json: string) => resolve(JSON.parse(json) as Root))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`parser worker exited (${code}) without a tree`)))
  })
}

const ruleIds = (messages: readonly {ruleId?: string | undefined}[]) => [...new Set(messages.map((message) => message.ruleId))].sort()

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

describe('large documents', () => {
  it(
    'lints a 5 MB strategy and reports the over-long sections',
    async () => {
      const paragraph =
        'We will consolidate the build fleet by Q3 2027 and will not keep per-team runners, so that every pipeline costs under $2 a run and teams can see where the time goes.\n\n'
      const names = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
      const perSection = Math.ceil((5 * 1024 * 1024) / names.length / paragraph.length)
      const source =
        '---\ntype: strategy\n---\n\n# Big Strategy\n\n' + names.map((name) => `## ${name}\n\n${paragraph.repeat(perSection)}`).join('')
      expect(source.length).toBeGreaterThanOrEqual(5 * 1024 * 1024)
      const messages = await check(source)
      expect(ruleIds(messages)).toEqual(['strategy-section-length'])
      expect(messages.map((message) => message.reason)).toEqual(names.map((name) => expect.stringContaining(`\`${name}\` has`)))
      for (const message of messages) expect(message.reason).toMatch(/far over/)
    },
    SLOW
  )
})

describe('a 50 MB document through the CLI', () => {
  it(
    'is linted from disk in one run without running out of memory, and left unchanged',
    async () => {
      const paragraph = 'We reduce p95 checkout latency from 900 ms to 300 ms by Q3 2027 for the payments team, because slow pages cost 2% of conversions. '.repeat(8)
      const names = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
      const size = 50 * 1024 * 1024
      const perSection = Math.ceil(size / names.length / (paragraph.length + 2))
      const source =
        '---\ntype: strategy\n---\n\n# Big Strategy\n\n' +
        names.map((name) => `## ${name}\n\n${`${paragraph}\n\n`.repeat(perSection)}`).join('')
      expect(source.length).toBeGreaterThanOrEqual(size)
      const dir = makeProject()
      const file = path.join(dir, 'big.md')
      writeFileSync(file, source)
      const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex')
      const before = digest()
      try {
        const {code, stdout, stderr} = await new Promise<{code: number; stdout: string; stderr: string}>((resolve, reject) => {
          execFile(process.execPath, [STRATEGY_LINT_BIN, 'big.md', '--format', 'json', '--time-budget', '0'], {cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: SLOW}, (error, out, err) => {
            if (error && typeof error.code !== 'number') reject(error)
            else resolve({code: error ? (error.code as number) : 0, stdout: out, stderr: err})
          })
        })
        expect(stderr).toBe('')
        // Warnings only (over-long sections): exit 0.
        expect(code).toBe(0)
        const [report] = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
        const lengths = report.messages.filter((message) => message.ruleId === 'strategy-section-length')
        expect(lengths.map((message) => message.reason)).toEqual(names.map((name) => expect.stringMatching(new RegExp(`^Section \`${name}\` has \\d+ words, far over`))))
        expect(report.messages.filter((message) => /crashed/.test(message.reason))).toEqual([])
        expect(digest()).toBe(before)
      } finally {
        removeProjects()
      }
    },
    SLOW
  )
})

describe('pathological input for the regular expressions', () => {
  it(
    'survives 100,000 `[` characters',
    async () => {
      const brackets = '['.repeat(100_000)
      const alone = await check(brackets, {type: 'strategy'})
      expect(ruleIds(alone)).toEqual(['strategy-required-sections'])
      expect(await check(`${goodStrategy}\n${brackets}\n`)).toEqual([])
    },
    SLOW
  )

  it(
    'survives a 200 KB line of `[A [A [A`',
    async () => {
      const line = '[A '.repeat(Math.ceil(200_000 / 3))
      expect(line.length).toBeGreaterThanOrEqual(200_000)
      const messages = await check(`${goodStrategy}\n${line}\n`)
      // No placeholder in there; the Success Criteria section is just long now.
      expect(ruleIds(messages)).toEqual(['strategy-section-length'])
      await check(`${goodStrategy}\n${line}]\n`)
    },
    SLOW
  )

  it(
    'survives 50,000 `<insert` repeats',
    async () => {
      const prompts = '<insert '.repeat(50_000)
      const open = await check(`${goodStrategy}\n${prompts}\n`)
      expect(open.filter((message) => message.ruleId === 'strategy-placeholder')).toEqual([])
      const closed = await check(`${goodStrategy}\n${prompts}>\n`)
      const leftovers = closed.filter((message) => message.ruleId === 'strategy-placeholder')
      expect(leftovers).toHaveLength(1)
      expect(leftovers[0].reason).toContain('<insert')
      await check(prompts, {type: 'strategy'})
    },
    SLOW
  )

  it(
    'survives a heading of 10,000 characters',
    async () => {
      const words = `## ${'Sucess Criteria '.repeat(625).trim()}`
      const letters = `## ${'x'.repeat(10_000)}`
      expect(words.length).toBeGreaterThanOrEqual(10_000)
      for (const heading of [words, letters]) {
        const messages = await check(`${goodStrategy}\n${heading}\n\nSome words under it.\n`)
        expect(messages).toEqual([])
        const {document} = await run(`${heading}\n\nText.\n`, {type: 'strategy'})
        expect(document.sections[0].title).toBe(heading.slice(3))
      }
    },
    SLOW
  )

  it(
    'survives 10,000 headings',
    async () => {
      const canonical = ['Context', 'Diagnosis', 'Sucess Criteria', 'Guiding Policy', 'Risks']
      const headings = Array.from({length: 10_000}, (_, index) =>
        index % 10 === 0 ? `## ${canonical[(index / 10) % canonical.length]}\n\nText TBD.\n` : `## Heading ${index}\n\nSome text.\n`
      ).join('\n')
      const messages = await check(`${goodStrategy}\n${headings}`)
      expect(messages.filter((message) => message.ruleId === 'strategy-duplicate-section').length).toBeGreaterThan(500)
      const untyped = Array.from({length: 10_000}, (_, index) => `## Heading ${index}\n\nSome text.\n`).join('\n')
      expect(await check(untyped)).toEqual([])
    },
    SLOW
  )

  it(
    'survives a 1,000-deep nested list on one line',
    async () => {
      // The list lands in Success Criteria, so its item is a criterion with a target and a deadline.
      const source = `${goodStrategy}\n${'- '.repeat(1000)}queue time under 2 minutes by Q4 2027, owner TBD\n`
      const {document, messages} = await run(source)
      expect(document.sections.at(-1)?.own.listItems).toBeGreaterThanOrEqual(1000)
      expect(messages.map((message) => message.ruleId)).toEqual(['strategy-placeholder'])
    },
    SLOW
  )

  it(
    // micromark's parse time grows with the cube of the nesting depth (1,000 deep: about 40 s in the parser alone,
    // over 300 s on a loaded 2-core machine); 600 deep is about a fifth of that and as deep as any real list.
    'survives a 600-deep indented nested list',
    async () => {
      // Parsing this takes micromark seconds (see the report); it runs
      // in a worker thread so the test runner's own messages are not blocked.
      // The list lands in Success Criteria: each item is a criterion with a target and a deadline.
      const list = Array.from({length: 600}, (_, depth) => `${'  '.repeat(depth)}- item ${depth} due by Q4 2027`).join('\n')
      const source = `${goodStrategy}\n${list} TBD\n`
      const file = new VFile(source)
      const tree = await parseInWorker(source)
      await remark().use(remarkLintStrategy).run(tree, file)
      const document = getDocument(tree, file)
      expect(document.sections.at(-1)?.own.listItems).toBeGreaterThanOrEqual(600)
      const messages = file.messages.map(toPlace)
      expectInside(messages, source)
      // The list makes Success Criteria long, too.
      expect(ruleIds(messages)).toEqual(['strategy-placeholder', 'strategy-section-length'])
    },
    SLOW
  )

  it(
    'survives 1,000-deep block quotes',
    async () => {
      const oneLine = await check(`${goodStrategy}\n${'>'.repeat(1000)} quoted TBD\n`)
      expect(oneLine.map((message) => message.ruleId)).toEqual(['strategy-placeholder'])
      const nested = Array.from({length: 1000}, (_, depth) => `${'> '.repeat(depth + 1)}line ${depth}`).join('\n')
      const manyLines = await check(`${goodStrategy}\n${nested} TBD\n`)
      expect(ruleIds(manyLines)).toEqual(['strategy-placeholder', 'strategy-section-length'])
    },
    SLOW
  )
})

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
