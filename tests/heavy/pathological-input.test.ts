/**
 * Pathological input (the heavy tier: `npm run test:heavy`, which .ci/run
 * runs after `npm test`): input built to make regular expressions backtrack
 * or the parser nest thousands deep, and 130,000 headings through the CLI.
 * Nothing may throw, and every message must point inside the document. No
 * test asserts a duration. Large documents are in
 * tests/heavy/large-input.test.ts; the small cases of bad input are in
 * tests/bad-input.test.ts.
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
    'survives a 2 MB lead-in of `metrics` words before a Success Criteria list (once quadratic: 15 s at 256 KB)',
    async () => {
      const lead = `${'metrics '.repeat(260_000)}to watch:`
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## Success Criteria\n\n${lead}\n\n- Better visibility into production.\n`)
      expect(messages.some((message) => message.reason.includes('Better visibility into production'))).toBe(true)
    },
    SLOW
  )

  it(
    'survives a 200 KB lead-in before 10,000 criteria (the lead-in once read again for each item)',
    async () => {
      const lead = `${'metrics '.repeat(25_000)}to watch:`
      const items = Array.from({length: 10_000}, (_, index) => `- Better visibility into service ${index}.`).join('\n')
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## Success Criteria\n\n${lead}\n\n${items}\n`)
      expect(messages.filter((message) => message.reason.includes('Better visibility into service'))).toHaveLength(10_000)
    },
    SLOW
  )

  it(
    'survives headings with 500,000 spaces inside (once quadratic in the run of spaces: 18 s at 80,000)',
    async () => {
      const spaces = ' '.repeat(500_000)
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## Context${spaces}x\n\nText.\n\n## Diagnosis${spaces}(2027)\n\nText.\n`)
      expect(ruleIds(messages)).toContain('strategy-required-sections')
    },
    SLOW
  )

  it(
    'survives a run-on sentence of 20,000 hedges and a list item of 20,000 sentences (each once quadratic: 58 s and 33 s)',
    async () => {
      const runOn = `${'We could ship it '.repeat(20_000)}as usage improves.`
      const item = `- ${'Better visibility into production. '.repeat(20_000)}`
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## Coherent Actions\n\n${runOn}\n\n${item}\n`)
      expect(ruleIds(messages)).toContain('strategy-vague-goal')
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
