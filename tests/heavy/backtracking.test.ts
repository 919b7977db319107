/**
 * Input built against the regular expressions that backtracked in more than linear time until the thirty-ninth session
 * (found by recheck, a ReDoS checker, over every pattern in the build, then timed on its attack strings in the places of
 * a document each pattern reads: docs/robustness.md, npm run redos). Each document here is 40 KB to 2 MB of the shape
 * that made one pattern quadratic (a title in a list item and a template's choices in a status: worse), so on the old
 * code each test would run past its timeout; none asserts a duration. Each also checks that the rule still does its
 * job beside the hostile text.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {check, expectInside, goodStrategy, SLOW} from '../support/lint-checks.js'

/** `goodStrategy` with `item` as one more Success Criteria item. */
function withCriterion(item: string): string {
  return `${goodStrategy.trimEnd()}\n- ${item}\n`
}

/** `value` linted as a decision record in its folder, with the check that every message lies inside it. */
async function checkRecord(value: string) {
  const messages = await lint({path: 'docs/adr/0001-queue.md', value})
  expectInside(messages, value)
  return messages
}

/** A strategy whose Risks and Mitigations holds `risk` as a paragraph. */
function withRisk(risk: string): string {
  return goodStrategy.replace(/(## Risks and Mitigations\n\n)/, `$1${risk}\n\n`)
}

const criterionReported = (messages: ReadonlyArray<{ruleId?: string | null; reason: string}>, start: string) =>
  messages.some((message) => message.ruleId === 'strategy-measurable-criteria' && message.reason.startsWith(`Success criterion \`${start}`))

// Each name gives the old code's time on a smaller document of the same shape; the time grows with the square of the
// length (for the title and the status, faster), so each document here would have taken it well over the five-minute
// timeout.
describe('patterns that backtracked', () => {
  it(
    'a Success Criteria item of 3,000 capitals (the Title Case pattern split one run into four words every way: 1,000 took over 30 s)',
    async () => {
      expect(criterionReported(await check(withCriterion(`${'A'.repeat(3_000)}!`)), 'AAAA')).toBe(true)
      // It still reads a title: `Release Signoff Checklist` is no criterion.
      expect(await check(withCriterion('Release Signoff Checklist'))).toEqual([])
    },
    SLOW
  )

  it(
    'a Success Criteria item of 600,000 `BB-` (the conformance pattern scanned the run again from each capital: 0.9 s on 64 KB)',
    async () => {
      expect(await check(withCriterion(`Pass ${'BB-'.repeat(600_000)}B`))).toEqual([])
    },
    SLOW
  )

  it(
    'a Success Criteria item of 600,000 unclosed brackets (`\\([^)]*\\)` scanned to the end from each: 1 s on 64 KB)',
    async () => {
      expect(criterionReported(await check(withCriterion(`Close the open tasks ${'x ('.repeat(600_000)}`)), 'Close the open tasks')).toBe(true)
    },
    SLOW
  )

  it(
    'a Success Criteria item of 300,000 `abcdefghi_` (a name with an underscore before a colon: 2.3 s on 204 KB)',
    async () => {
      expect(criterionReported(await check(withCriterion(`C${'abcdefghi_'.repeat(300_000)}!`)), 'Cabcdefghi_')).toBe(true)
    },
    SLOW
  )

  it(
    'risks whose mitigation label is followed by 200,000 spaces (the empty-answer pattern split the run three ways: 39 s on 1,000)',
    async () => {
      const spaces = ' '.repeat(200_000)
      const risks = `- Team churn. Mitigation:${spaces}x\n- Vendor lock-in ->${spaces}x\n- Budget cut\n  - Owner:${spaces}x\n- Registry outage. Mitigation: TBD`
      const messages = await check(goodStrategy.replace(/(## Risks and Mitigations\n\n)[\s\S]*?(\n## )/, `$1${risks}\n$2`))
      // The answered risks are not reported; an owner's name alone and an empty answer answer nothing.
      expect(messages.filter((message) => message.ruleId === 'strategy-risk-mitigation').map((message) => message.reason.slice(0, 22))).toEqual(['Risk `Budget cut` has ', 'Risk `Registry outage.'])
    },
    SLOW
  )

  it(
    'a Success Criteria item of a million quotes (the citation pattern scanned to the end from each: 0.3 s on 24 KB)',
    async () => {
      expect(criterionReported(await check(withCriterion(`"We ship${'"'.repeat(1_000_000)}0"`)), '"We ship')).toBe(true)
    },
    SLOW
  )

  it(
    'a sentence that opens a quote and ends in 800,000 `?!` (a question quoted at the end: 0.6 s on 44 KB)',
    async () => {
      expect(await check(withCriterion(`Ask users "why${'?!'.repeat(800_000)}0 "?`))).toEqual([])
    },
    SLOW
  )

  it(
    'a risk labelled `Risk-` with 600,000 tabs before its colon (two quantifiers split the run every way: 0.85 s on 24 KB)',
    async () => {
      expect(await check(withRisk(`Risk-${'\t'.repeat(600_000)}\t-: the ledger may lose writes.`))).toEqual([])
    },
    SLOW
  )

  it(
    'a record whose Status is `STATUS`, a colon, 20,000 tabs, then `(|` and 20,000 commas (the template-choices pattern was cubic: 53 s on 8 KB)',
    async () => {
      const value = `# ADR 1: Queue\n\n## Status\n\nSTATUS\n:${'\t'.repeat(20_000)}(|${','.repeat(20_000)}\u0000\n\n## Context\n\nThe queue drops jobs.\n\n## Decision\n\nWe will use a durable queue.\n\n## Consequences\n\nJobs survive restarts.\n`
      expect(await checkRecord(value)).toEqual([])
      // A template's choices on a status line are still no status, and a status word is one.
      const withLine = (status: string) => value.replace(/## Status\n\nSTATUS\n:[^\n]*\n/, `Status: ${status}\n`)
      expect((await checkRecord(withLine('[Proposed, Accepted, Deprecated]'))).map((message) => message.reason.slice(0, 26))).toEqual(['Missing section `Status`; '])
      expect(await checkRecord(withLine('Accepted'))).toEqual([])
    },
    SLOW
  )

  it(
    'a risk paragraph of 150,000 `our mitigation` (a lead naming the mitigations was looked for to the end from each: 7 s on 344 KB)',
    async () => {
      const messages = await check(withRisk(`${"'our mitigation' ".repeat(150_000)}.`))
      expect(messages.map((message) => message.ruleId)).toEqual(['strategy-section-length'])
    },
    SLOW
  )

  it(
    'a Success Criteria item with a word of a million letters (a participle ending was looked for from every letter: 0.3 s on 24 KB)',
    async () => {
      expect(await check(withCriterion(`Teams ${'ª'.repeat(1_000_000)}0ª`))).toEqual([])
    },
    SLOW
  )

  it(
    'long comments: a hyphenated `-lint-enable-` name of 2 MB (9 s on 284 KB), a `lint disable` comment of a million spaces (2 s on 59 KB)',
    async () => {
      expect(await check(`${goodStrategy}\n<!-- b${'-lint-enable-g'.repeat(150_000)}- strategy-placeholder -->\n`)).toEqual([])
      expect(await check(`${goodStrategy}\n<!-- lint disable${' '.repeat(1_000_000)}… -->\n`)).toEqual([])
      // A control comment of ordinary length still works, and one written for another tool is still reported.
      expect(await check(`${goodStrategy}\n<!-- lint disable strategy-placeholder -->\n\nTBD\n`)).toEqual([])
      const lookalike = await check(`${goodStrategy}\n<!-- markdownlint-disable strategy-placeholder -->\n\nTBD\n`)
      expect(lookalike.some((message) => message.reason.includes('<!-- lint disable strategy-placeholder -->'))).toBe(true)
    },
    SLOW
  )
})
