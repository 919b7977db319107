/**
 * Pathological input (the heavy tier: `npm run test:heavy`, which .ci/run
 * runs after `npm test`): input built to make regular expressions backtrack,
 * or to make a pass over text quadratic. Nothing may throw, and every message
 * must point inside the document. No test asserts a duration. Input nested
 * thousands deep and thousands of headings are in
 * tests/heavy/deep-input.test.ts, large documents in
 * tests/heavy/large-input.test.ts, the small cases of bad input in
 * tests/bad-input.test.ts. (Two files, so the heavy tier's two lanes share
 * the work.)
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {check, expectInside, goodStrategy, ruleIds, run, SLOW} from '../support/lint-checks.js'

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
    'survives a list item of 200,000 spaces in code under a record’s title (the metadata list reads only an item’s start; once quadratic: 4 s at 20,000)',
    async () => {
      const value = `# 1. Queue\n\n- \`${' '.repeat(200_000)}x\`\n- Date: 2020-09-27\n\n## Decision\n\nWe will use a queue.\n`
      const messages = await lint({path: 'docs/adr/0001-queue.md', value})
      expectInside(messages, value)
      expect(messages.some((message) => /Missing section `Consequences`/.test(message.reason))).toBe(true)
    },
    SLOW
  )

  it(
    'survives a bold label with 200,000 spaces before its colon, and reads it as the label it is (once quadratic: 9.8 s at 120,000)',
    async () => {
      const value = `---\ntype: adr\n---\n\n# 1. Queue\n\n## Status\n\nAccepted\n\n**Context${' '.repeat(200_000)}:**\n\nWe need a queue.\n\n## Decision\n\nWe will use a queue.\n\n## Consequences\n\nWe run it.\n`
      const messages = await check(value)
      expect(messages.map((message) => message.reason)).toEqual(['Section `Context` is written as bold text, not as a heading; make the line `## Context`'])
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
    'survives a list item with 20,000 nested items (the stale-deadline check once read the whole item again for each: 134 s)',
    async () => {
      const nested = Array.from({length: 20_000}, (_, index) => (index % 2 ? '  - Reduce build time from 40 min to 10 min.' : '  - Improve the build.')).join('\n')
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## Coherent Actions\n\n- Make CI reliable.\n${nested}\n`)
      // Each `Improve the build.` is a vague goal of its own; the sibling with a target measures only itself.
      expect(messages.filter((message) => message.ruleId === 'strategy-vague-goal')).toHaveLength(10_000)
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
    'survives 20,000 sentences under an 80,000-character goal heading and 20,000 under an 80,000-character subsection, with `goalHeadings` on (once 33 s: each sentence read the heading again)',
    async () => {
      const heading = `Goals ${'for the platform '.repeat(5_000)}`
      const text = `---\ntype: strategy\n---\n\n# S\n\n## ${heading}\n\n${'We hope to ship it. '.repeat(20_000)}\n\n### ${'x '.repeat(40_000)}\n\n${'Make builds faster. '.repeat(20_000)}\n`
      const on = {rules: {'strategy-vague-goal': {goalHeadings: true}, 'strategy-noncommittal': {goalHeadings: true}}}
      const messages = await check(text, on)
      expect(new Set(ruleIds(messages))).toEqual(new Set(['strategy-noncommittal', 'strategy-vague-goal', 'strategy-required-sections']))
    },
    SLOW
  )

  // Each asks a question about the headings above it, answered once per section (src/model/sections.ts, perSection);
  // asked once per sentence or item, they took the first figure, 4.2 s, 7.7 s and 6.3 s.
  it.each([
    ['20,000 sentences, asking whether the subsection holds principles or risks (4.2 s -> 1.1 s)', 'Coherent Actions', 'Make builds faster. '.repeat(20_000), 'strategy-vague-goal'],
    ['20,000 explorations, asking whether a heading dates them (7.7 s -> 1.3 s)', 'Coherent Actions', 'Explore the cache. '.repeat(20_000), 'strategy-noncommittal'],
    ['10,000 criteria, asking whether the heading names a design topic (6.3 s -> 2.4 s)', 'Success Criteria', '- Better builds.\n'.repeat(10_000), 'strategy-measurable-criteria']
  ])(
    'survives %s under an 80,000-character subsection',
    async (_what, section, body, rule) => {
      const messages = await check(`---\ntype: strategy\n---\n\n# S\n\n## ${section}\n\n### ${'x '.repeat(40_000)}\n\n${body}\n`)
      expect(ruleIds(messages)).toContain(rule)
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
})
