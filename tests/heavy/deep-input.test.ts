/**
 * Pathological input (the heavy tier: `npm run test:heavy`, which .ci/run
 * runs after `npm test`): the parser nesting lists and block quotes
 * thousands deep, thousands of headings, and 130,000 headings through the
 * CLI. Nothing may throw, and every message must point inside the document.
 * No test asserts a duration. Input that makes regular expressions backtrack
 * is in tests/heavy/pathological-input.test.ts.
 */
import {execFile} from 'node:child_process'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {MISSING_SECTION} from '../../fixtures/cli/documents.js'
import {makeProject, removeProjects, STRATEGY_LINT_BIN} from '../../fixtures/cli/project.js'
import remarkLintStrategy, {getDocument} from '../../src/index.js'
import {check, expectInside, goodStrategy, parseInWorker, ruleIds, run, SLOW, toPlace} from '../support/lint-checks.js'

afterAll(removeProjects)

describe('pathological input: nesting thousands deep and thousands of headings', () => {
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

describe('many headings through the CLI', () => {
  it('130,000 `## x` headings (once a stack overflow in a spread into Math.min): linted, and the other files too', async () => {
    const dir = makeProject({'a.md': MISSING_SECTION, 'many.md': '# Strategy\n\n' + '## x\n'.repeat(130_000)})
    // Parsing 130,000 headings takes 20-60 s on a busy 2-core machine: more than the 30 s strategyLint allows.
    const result = await new Promise<{code: number; stdout: string; stderr: string}>((resolve, reject) => {
      execFile(process.execPath, [STRATEGY_LINT_BIN, '.', '--format', 'json', '--time-budget', '0'], {cwd: dir, encoding: 'utf8', timeout: 220_000, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({code: error ? (error.code as number) : 0, stdout, stderr})
      })
    })
    expect(result.code, result.stderr).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string | null}>}>
    expect(files.map((file) => file.path).sort()).toEqual(['a.md', 'many.md'])
    const many = files.find((file) => file.path === 'many.md')!
    expect(many.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
    expect(many.messages.some((message) => message.ruleId === 'lint-failed')).toBe(false)
  }, 240_000)
})

describe('nesting deeper than remark-gfm can walk, through the CLI', () => {
  it('8,000 block quotes on one line: the file is said to nest too deep, not a bug to report; the other files are linted', async () => {
    const deep = `---\ntype: strategy\n---\n\n# Strategy: X\n\n## Context\n\n${'>'.repeat(8_000)} hello.\n`
    const dir = makeProject({'a.md': MISSING_SECTION, 'deep.md': deep})
    const result = await new Promise<{code: number; stdout: string; stderr: string}>((resolve, reject) => {
      execFile(process.execPath, [STRATEGY_LINT_BIN, '.', '--format', 'json'], {cwd: dir, encoding: 'utf8', timeout: 220_000, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({code: error ? (error.code as number) : 0, stdout, stderr})
      })
    })
    expect(result.code, result.stderr).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string | null; reason: string}>}>
    expect(files.find((file) => file.path === 'a.md')!.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
    const reasons = files.find((file) => file.path === 'deep.md')!.messages.map((message) => message.reason)
    // (Deep enough to overflow the stack of a 2-core CI machine's Node 20 and 22; should a later remark-gfm walk without
    // recursing, the file is simply checked.)
    expect(reasons.length).toBeGreaterThan(0)
    for (const reason of reasons.filter((text) => text.startsWith('Not linted'))) {
      expect(reason).toMatch(/ran out of stack .*: its Markdown nests too deep .*Flatten the nesting/)
      expect(reason).not.toMatch(/bug/)
    }
  }, 240_000)
})
