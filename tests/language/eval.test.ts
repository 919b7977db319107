/**
 * Keeps the language rules' measured precision and recall true: runs the
 * evaluation of scripts/eval.js in process, on src/, over the labelled
 * sentences in tests/language/labelled.tsv, and asserts at least 0.9
 * precision and recall per rule. `npm run eval` prints the same figures
 * (on dist/) with every misclassified row.
 */
import {describe, expect, it} from 'vitest'
import {lint, ruleIds} from '../../src/index.js'
// @ts-expect-error: a plain ES module without type declarations.
import {evaluate, formatReport, LANGUAGE_RULES, readLabelled, THRESHOLD} from '../../scripts/eval.js'

interface Score {
  n: number
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  f1: number
}

interface Row {
  rule: string
  section: string
  label: 'flag' | 'ok'
  sentence: string
}

const rows: Row[] = readLabelled()

describe('labelled set', () => {
  it('has at least 240 rows, at least 60 per rule, with both labels roughly balanced', () => {
    expect(rows.length).toBeGreaterThanOrEqual(240)
    for (const rule of LANGUAGE_RULES as string[]) {
      const mine = rows.filter((row) => row.rule === rule)
      const flags = mine.filter((row) => row.label === 'flag').length
      expect(mine.length, rule).toBeGreaterThanOrEqual(60)
      expect(flags / mine.length, `${rule}: share of flag rows`).toBeGreaterThan(0.35)
      expect(flags / mine.length, `${rule}: share of flag rows`).toBeLessThan(0.65)
    }
  })

  it('has no duplicate sentence for the same rule', () => {
    const seen = new Set<string>()
    const duplicates = rows.map((row) => `${row.rule}\t${row.sentence}`).filter((key) => seen.size === seen.add(key).size)
    expect(duplicates).toEqual([])
  })
})

const result = (await evaluate({lint, ruleIds, rows})) as {rows: unknown[]; perRule: Record<string, Score>}
const report: string = formatReport(result)

describe('language rules on the labelled set', () => {
  it.each(LANGUAGE_RULES as string[])(`%s has precision and recall of at least ${THRESHOLD}`, (rule) => {
    const score = result.perRule[rule]
    expect(score.n, rule).toBeGreaterThan(0)
    expect(score.precision, `${rule} precision\n${report}`).toBeGreaterThanOrEqual(THRESHOLD)
    expect(score.recall, `${rule} recall\n${report}`).toBeGreaterThanOrEqual(THRESHOLD)
  })
})
