/**
 * The verdicts of the blind judgings kept in the repository, read once for the suites that hold findings to them:
 * the language rules' in place (tests/language/in-place*.tsv) and the structure rules' (tests/judged/*.tsv).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const LANGUAGE = path.join(root, 'language')
const STRUCTURE = path.join(root, 'judged')

export interface Verdict {
  run: string
  file: string
  line: number
  rule: string
  verdict: 'right' | 'wrong' | 'debatable'
}

/** `file:line:rule`, how the judging files name a finding (two findings on one line share it; the first verdict wins). */
export const keyOf = (file: string, line: number | undefined, rule: string | undefined | null) => `${file}:${line}:${rule}`

function rowsOf(folder: string, name: string): string[] {
  return fs.readFileSync(path.join(folder, name), 'utf8').split('\n').filter(Boolean).slice(1)
}

/** The first judging of the language findings in place (run, file, line, rule, verdict, ...): tests/language/in-place.tsv. */
export function readVerdicts(): Verdict[] {
  return rowsOf(LANGUAGE, 'in-place.tsv').map((row) => {
    const [run, file, line, rule, verdict] = row.split('\t')
    return {run, file, line: Number(line), rule, verdict: verdict as Verdict['verdict']}
  })
}

/**
 * A second, blind judging (file, line, rule, verdict, reason): in-place-second-judgements.tsv of the findings with
 * `goalHeadings` on, in-place-second-judgements-default.tsv of those with the default configuration; the third
 * judging's file has the same columns.
 */
export function readSecondVerdicts(name: string): Verdict[] {
  return rowsOf(LANGUAGE, name).map((row) => {
    const [file, line, rule, verdict] = row.split('\t')
    return {run: 'second', file, line: Number(line), rule, verdict: verdict as Verdict['verdict']}
  })
}

/** The first verdict of each finding: callers list the runs that judged the configuration first. */
export function firstVerdicts(verdicts: readonly Verdict[]): Map<string, Verdict['verdict']> {
  const byKey = new Map<string, Verdict['verdict']>()
  for (const verdict of verdicts) {
    const key = keyOf(verdict.file, verdict.line, verdict.rule)
    if (!byKey.has(key)) byKey.set(key, verdict.verdict)
  }
  return byKey
}

/** A file of language findings judged by three (file, line, rule, a kind, three verdicts, ...): each row with its kind and how many called it right. */
export function readJudgedFindings(name: string): Array<{file: string; line: number; rule: string; kind: string; right: number}> {
  return rowsOf(LANGUAGE, name).map((row) => {
    const [file, line, rule, kind, ...verdicts] = row.split('\t')
    return {file, line: Number(line), rule, kind, right: verdicts.slice(0, 3).filter((verdict) => verdict === 'right').length}
  })
}

/** The structure rules' judged files, in the order they were judged. */
export const STRUCTURE_JUDGINGS = ['adr-structure.tsv', 'adr-structure-37.tsv', 'adr-context-length.tsv', 'adr-structure-38.tsv', 'adr-structure-39.tsv', 'adr-structure-43.tsv', 'adr-structure-49.tsv', 'adr-structure-50.tsv']

/** A structure judging's rows (file, line, rule, first, second, third, message, reasons), by its header's names. */
export function readStructureRows(name: string): Array<Record<string, string>> {
  const [header, ...lines] = fs.readFileSync(path.join(STRUCTURE, name), 'utf8').split('\n').filter(Boolean)
  const columns = header.split('\t')
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [columns[index], value])))
}

/** The verdict most of three gave, `debatable` when no two agree. */
export function majorityOf(votes: readonly string[]): string {
  return votes.find((verdict) => votes.filter((other) => other === verdict).length >= 2) ?? 'debatable'
}
