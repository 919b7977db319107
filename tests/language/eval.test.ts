/**
 * Keeps the language rules' measured precision and recall true: runs the
 * evaluation of scripts/eval.js in process, on src/, over the own-written
 * sentences (tests/language/labelled.tsv: at least 0.9 precision and recall
 * per rule) and over the labelled real sentences (tests/language/real.tsv:
 * no sentence with two messages, and each rule's F1 on each split at least
 * the floor below, a guard against regressions; the figures themselves are
 * in tests/language/README.md). `npm run eval` prints the same figures (on
 * dist/) with every misclassified row.
 */
import {describe, expect, it} from 'vitest'
import {lint, linter, ruleIds} from '../../src/index.js'
// @ts-expect-error: a plain ES module without type declarations.
import {evaluate, evaluateReal, formatIntervals, formatReport, formatScores, LANGUAGE_RULES, readLabelled, readReal, THRESHOLD} from '../../scripts/eval.js'

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

interface RealRow {
  split: 'tune' | 'test'
  label: string
}

const realRows: RealRow[] = readReal()

describe('labelled real sentences', () => {
  it('has at least 1,500 rows in two splits, each with rows of every rule', () => {
    expect(realRows.length).toBeGreaterThanOrEqual(1500)
    for (const split of ['tune', 'test']) {
      const mine = realRows.filter((row) => row.split === split)
      expect(mine.length, split).toBeGreaterThan(600)
      for (const rule of LANGUAGE_RULES as string[]) expect(mine.filter((row) => row.label === rule).length, `${split} ${rule}`).toBeGreaterThanOrEqual(15)
    }
  })
})

/**
 * F1 floors per split, a little under the figures measured last
 * (tests/language/README.md): a change that loses more than that fails here
 * and has to say why. Test's measurable-criteria floor went down from 0.55 on
 * 2026-12-03 because its labels changed, not the rules: 15 test rows were
 * relabelled under the lead-in convention (a milestone in the lead-in dates
 * the item), and the rule's F1 on the new labels is 0.529. After the
 * precision pass of issue #12 (2026-12-03) the tune floors went up with the
 * tune figures; the test figures moved little (tests/language/README.md), and
 * test's floors stay. On 2026-12-04 the tune split gained 463 rows drawn from
 * what the rules reported (round 3), with far more false findings than the
 * random rows held; the tune floors went down to just under the figures on
 * the larger split, not because the rules lost rows. Rounds 4-7 (to 4,635
 * rows) moved them again: up where the fixes held, pitch down because round 7
 * labelled 4 pitches no rule reports. Later on 2026-12-04 further fixes raised
 * tune's F1 for criteria to 0.770, vague-goal to 0.722 and noncommittal to
 * 0.784; their floors followed (0.74, 0.70, 0.77). On 2026-12-05 the tune
 * split gained 1,200 rows drawn the way the test split was (rounds 9 and 10),
 * holding 142 sentences a reviewer would flag that the rules mostly miss: tune's
 * F1 went to 0.785 (criteria), 0.710, 0.770 and 0.570 (pitch) with no rule
 * losing a row it found before, and the floors went to just under them.
 * Later on 2026-12-05 rounds 11 and 12 (1,129 rows drawn the same way, with
 * 66 hedges and 8 pitches the rules mostly miss) took tune's F1 to 0.784
 * (criteria), 0.697, 0.725 (noncommittal) and 0.543 (pitch) with no rule
 * losing a row it found before: noncommittal's floor went to 0.72 and
 * pitch's to 0.54. Round 13 (490 rows, nineteenth session, with 14 vague
 * goals, 29 hedges and 6 pitches of which the rules find 2 hedges) took
 * vague-goal's F1 to 0.683, noncommittal's to 0.706 and pitch's to 0.525 with
 * no rule losing a row it found before; criteria rose to 0.797 (criteria left
 * to judgement). The floors went to just under them (0.68, 0.70, 0.52; 0.78).
 * The twentieth session's precision pass (words of the lists used for
 * something else) and the plans put off by a hedged passive took tune's F1 to
 * 0.816, 0.696 and 0.731 with no rule losing a right finding; pitch's went
 * from 0.525 to 0.537 (five false findings fewer, one that was
 * noncommittal's more). Floors: 0.80, 0.69, 0.72, 0.53.
 * The twenty-first session's recall shapes (improvements continued or enabled,
 * plans put off by a passive after `and` or with `they`, `it is likely that`)
 * took vague-goal's F1 to 0.703 and noncommittal's to 0.739 with no false
 * finding more. Floors: 0.80, 0.70, 0.73, 0.53.
 * Round 14 (474 fresh rows, drawn like the test split and labelled blind)
 * then joined tune: the rules missed most of its 68 flagged rows, so tune's
 * F1 fell to 0.802, 0.689, 0.716 and 0.528; the session's hedge shapes found
 * on it took noncommittal's back to 0.726. Floors: 0.80, 0.68, 0.72, 0.52.
 * Round 15 (459 fresh rows, drawn after those changes) joined tune next: the
 * rules found 5 of its 61 flagged rows, the same with and without the
 * session's changes, and F1 fell to 0.785, 0.684, 0.708 and 0.516 (two false
 * hedges fewer after it). Floors: 0.78, 0.68, 0.70, 0.51.
 * Round 16 (447 fresh rows, drawn on the session's last code) joined tune
 * last: 8 of its 51 flagged rows found, 3 false findings, the same on the
 * code from before the session; F1 0.777, 0.680, 0.691, 0.514. Floors: 0.77,
 * 0.67, 0.68, 0.51.
 * Rounds 17 and 18 (354 and 325 fresh rows, 2026-12-05, twenty-second
 * session) joined tune after being read on the code of the session's start:
 * 5 of round 17's 37 flagged rows found with 1 false finding, 5 of round 18's
 * 39 with 1. With the session's changes F1 is 0.754, 0.668, 0.685 and 0.497
 * after round 18 joined, then 0.778, 0.670, 0.694 and 0.513 after the shapes
 * learnt from the rows both readers of rounds 14-18 flag. Round 19 (323
 * fresh rows, drawn on the session's last code) then gave 4 of its 44
 * flagged rows and 5 false findings (3 / 3 on the code of the session's
 * start); with it F1 is 0.761, 0.668, 0.683 and 0.500.
 * Round 20 (215 fresh rows, 2026-12-05, twenty-third session; the pools of
 * the `plan` and `hedge-cue` buckets are nearly spent) was read before any
 * tuning on it: 3 of its 33 flagged rows found, 2 false findings, the same on
 * the code of the session's start and with its first shapes. With it and the
 * session's shapes F1 is 0.766, 0.671, 0.678 and 0.483 (pitch found none of
 * round 20's 7). Round 21 (323 fresh rows, mostly from the motivation and
 * goals sections of RFCs, the last the other buckets held) was read on the
 * session's later code before any tuning on it: 1 of its 16 flagged rows
 * found, 1 false finding, the same as on the session's start. With it and the
 * session's later shapes F1 is 0.774, 0.679, 0.677 and 0.478.
 * Floors: 0.76, 0.67, 0.67, 0.47.
 * Rounds 22 and 23 (290 and 286 fresh rows, 2026-12-05, twenty-fourth
 * session, mostly from the motivation and goals sections of RFCs) were read
 * before any tuning on them: none of their 18 and 21 flagged rows found, no
 * false finding, on the code of the session's start and (round 23) on the
 * code of the time. With them and the session's shapes F1 is 0.776, 0.666,
 * 0.679 and 0.473 (on the 9,030 rows before them 0.776, 0.680, 0.681 and
 * 0.478). Floors: 0.76, 0.66, 0.67, 0.47.
 */
const FLOORS: Record<string, Record<string, number>> = {
  tune: {'strategy-measurable-criteria': 0.76, 'strategy-vague-goal': 0.66, 'strategy-noncommittal': 0.67, 'strategy-unquantified-pitch': 0.47},
  test: {'strategy-measurable-criteria': 0.5, 'strategy-vague-goal': 0.4, 'strategy-noncommittal': 0.58, 'strategy-unquantified-pitch': 0.32}
}

describe.each(['tune', 'test'])('language rules on the %s split of the real sentences', (split) => {
  it('give each sentence at most one message and keep F1 above the floor', async () => {
    const outcome = (await evaluateReal({lint, linter, ruleIds, rows: realRows.filter((row) => row.split === split)})) as {
      perRule: Record<string, Score>
      doubles: number
    }
    const table: string = formatScores(split, outcome.perRule)
    expect(outcome.doubles, table).toBe(0)
    for (const rule of LANGUAGE_RULES as string[]) expect(outcome.perRule[rule].f1, `${rule}\n${table}`).toBeGreaterThanOrEqual(FLOORS[split][rule])
  })
})

describe('the intervals `npm run eval` prints for the test split', () => {
  const row = (source: string, label: string, predicted: string[]) => ({source, label, predicted})
  const line = (table: string, rule: string) => table.split('\n').find((text) => text.startsWith(rule)) ?? ''

  it('a rule right on every document has no spread, and no project to blame', () => {
    const rows = ['a/1.md', 'a/2.md', 'b/3.md'].flatMap((source) => [row(source, 'strategy-vague-goal', ['strategy-vague-goal']), row(source, 'none', [])])
    const table: string = formatIntervals(rows)
    expect(table).toMatch(/^95% intervals by document \(3 documents, 2000 resamples\)/)
    expect(line(table, 'strategy-vague-goal')).toMatch(/1\.00-1\.00 +1\.00-1\.00 +FP none; FN none$/)
  })

  it('errors in one project: a wide interval, and that project named with its count', () => {
    const rows = [
      ...['k8s/1.md', 'k8s/2.md'].flatMap((source) => [row(source, 'none', ['strategy-noncommittal']), row(source, 'none', ['strategy-noncommittal'])]),
      ...['rust/1.md', 'rust/2.md', 'go/1.md'].map((source) => row(source, 'strategy-noncommittal', ['strategy-noncommittal']))
    ]
    const text = line(formatIntervals(rows), 'strategy-noncommittal')
    expect(text).toMatch(/FP k8s 4; FN none$/)
    const [low, high] = /(\d\.\d\d)-(\d\.\d\d)/.exec(text)!.slice(1).map(Number)
    expect(low).toBeLessThan(3 / 7)
    expect(high).toBeGreaterThan(3 / 7)
  })

  it('the same rows give the same intervals on every run', () => {
    const rows = ['a/1.md', 'b/2.md', 'c/3.md', 'd/4.md'].flatMap((source, index) => [row(source, 'strategy-vague-goal', index % 2 ? ['strategy-vague-goal'] : [])])
    expect(formatIntervals(rows)).toBe(formatIntervals(rows))
  })
})
