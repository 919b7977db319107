#!/usr/bin/env node
/**
 * Evaluate the four language rules against the labelled sentences in
 * tests/language/labelled.tsv (columns: rule, section, label, sentence, note).
 *
 * Each row becomes a minimal typed document: front matter with the type that
 * owns the section (`strategy` or `vision`), a title, the section heading and
 * the sentence (a list item in Success Criteria and Success Metrics for
 * strategy-measurable-criteria, a paragraph otherwise). Only the row's rule
 * runs; a row counts as flagged when that rule reports on the sentence's line.
 *
 *   node scripts/eval.js [--file tests/language/labelled.tsv] [--all]
 *
 * Prints per rule: n, TP, FP, FN, TN, precision, recall, F1, then every
 * misclassified row (--all: every row with its outcome). Exit 1 if any rule
 * is below 0.9 precision or recall. Runs against dist/ (`npm run eval` builds
 * first); tests/language/eval.test.ts runs the same evaluation on src/.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const DEFAULT_FILE = path.join(here, '..', 'tests', 'language', 'labelled.tsv')
export const THRESHOLD = 0.9

export const LANGUAGE_RULES = [
  'strategy-measurable-criteria',
  'strategy-vague-goal',
  'strategy-noncommittal',
  'strategy-unquantified-pitch'
]

/** Canonical section headings of each built-in type. */
const SECTIONS = {
  strategy: [
    'Context',
    'Diagnosis',
    'Guiding Policy',
    'Coherent Actions',
    'What We Will NOT Do',
    'Risks and Mitigations',
    'Success Criteria'
  ],
  vision: ['Current State', 'Guiding Principles', 'Target State', 'Migration Strategy', 'Key Decisions', 'Success Metrics']
}

const CRITERIA = new Set(['Success Criteria', 'Success Metrics'])

function typeOf(section) {
  for (const [type, headings] of Object.entries(SECTIONS)) {
    if (headings.includes(section)) return type
  }
  return undefined
}

/** Parse the labelled set; throws on a malformed row, naming its line. */
export function readLabelled(file = DEFAULT_FILE) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const header = lines[0].split('\t')
  const expected = ['rule', 'section', 'label', 'sentence']
  if (expected.some((name, index) => header[index] !== name)) {
    throw new Error(`${file}:1: header must start with ${expected.join(', ')} (tab-separated), got ${header.join(', ')}`)
  }
  const rows = []
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    if (line.trim() === '') continue
    const [rule, section, label, sentence, note = ''] = line.split('\t')
    const where = `${file}:${index + 1}`
    if (!LANGUAGE_RULES.includes(rule)) throw new Error(`${where}: unknown rule \`${rule}\``)
    if (!typeOf(section)) throw new Error(`${where}: unknown section \`${section}\``)
    if (label !== 'flag' && label !== 'ok') throw new Error(`${where}: label must be \`flag\` or \`ok\`, got \`${label}\``)
    if (!sentence || sentence.trim() === '') throw new Error(`${where}: empty sentence`)
    rows.push({line: index + 1, rule, section, label, sentence, note})
  }
  return rows
}

/**
 * The document for a row and the 1-based line its sentence sits on.
 * The sentence is one list item of a criteria section for measurable-criteria,
 * a paragraph otherwise.
 */
export function documentFor(row) {
  const type = typeOf(row.section)
  const asItem = row.rule === 'strategy-measurable-criteria' && CRITERIA.has(row.section)
  const lines = [
    '---',
    `type: ${type}`,
    '---',
    '',
    `# ${type === 'strategy' ? 'Tech Strategy' : 'Technical Vision'}: Evaluation`,
    '',
    `## ${row.section}`,
    '',
    asItem ? `- ${row.sentence}` : row.sentence,
    ''
  ]
  return {markdown: lines.join('\n'), line: 9}
}

/** Options that turn every rule off except `ruleId`. */
function onlyRule(ruleIds, ruleId) {
  return {rules: Object.fromEntries(ruleIds.map((id) => [id, id === ruleId ? 'on' : false]))}
}

/**
 * Lint every row with `lint` (from dist/ or src/) and count outcomes.
 * Returns {rows: [{...row, predicted, messages}], perRule: {ruleId: {n, tp, fp, fn, tn, precision, recall, f1}}}.
 */
export async function evaluate({lint, ruleIds, rows = readLabelled()}) {
  const results = []
  for (const row of rows) {
    const {markdown, line} = documentFor(row)
    const messages = (await lint(markdown, onlyRule(ruleIds, row.rule))).filter(
      (message) =>
        message.ruleId === row.rule &&
        (message.line ?? 0) <= line &&
        (message.endLine ?? message.line ?? 0) >= line
    )
    results.push({...row, predicted: messages.length > 0 ? 'flag' : 'ok', messages: messages.map((message) => message.reason)})
  }
  const perRule = {}
  for (const ruleId of LANGUAGE_RULES) {
    const mine = results.filter((result) => result.rule === ruleId)
    const count = (label, predicted) => mine.filter((result) => result.label === label && result.predicted === predicted).length
    const tp = count('flag', 'flag')
    const fp = count('ok', 'flag')
    const fn = count('flag', 'ok')
    const tn = count('ok', 'ok')
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    perRule[ruleId] = {n: mine.length, tp, fp, fn, tn, precision, recall, f1}
  }
  return {rows: results, perRule}
}

/** The failing rules: below the threshold in precision or recall. */
export function failing(perRule, threshold = THRESHOLD) {
  return Object.entries(perRule)
    .filter(([, score]) => score.n === 0 || score.precision < threshold || score.recall < threshold)
    .map(([ruleId]) => ruleId)
}

function pad(value, width, right = false) {
  const text = String(value)
  return right ? text.padStart(width) : text.padEnd(width)
}

export function formatReport({rows, perRule}, {all = false} = {}) {
  const out = []
  const fixed = (value) => value.toFixed(3)
  out.push(
    [pad('rule', 30), pad('n', 4, true), pad('TP', 4, true), pad('FP', 4, true), pad('FN', 4, true), pad('TN', 4, true), pad('precision', 10, true), pad('recall', 8, true), pad('F1', 7, true)].join(' ')
  )
  for (const [ruleId, score] of Object.entries(perRule)) {
    out.push(
      [
        pad(ruleId, 30),
        pad(score.n, 4, true),
        pad(score.tp, 4, true),
        pad(score.fp, 4, true),
        pad(score.fn, 4, true),
        pad(score.tn, 4, true),
        pad(fixed(score.precision), 10, true),
        pad(fixed(score.recall), 8, true),
        pad(fixed(score.f1), 7, true)
      ].join(' ')
    )
  }
  const shown = all ? rows : rows.filter((row) => row.predicted !== row.label)
  out.push('')
  out.push(all ? `All rows (${rows.length}):` : `Misclassified rows (${shown.length}):`)
  for (const row of shown) {
    const outcome = row.label === row.predicted ? 'right' : row.label === 'flag' ? 'FN' : 'FP'
    out.push(`  ${outcome} labelled.tsv:${row.line} ${row.rule} [${row.section}] ${row.label}: ${row.sentence}${row.note ? `  (${row.note})` : ''}`)
    for (const reason of row.messages) out.push(`      -> ${reason}`)
  }
  return out.join('\n')
}

async function main() {
  const args = process.argv.slice(2)
  const fileIndex = args.indexOf('--file')
  const file = fileIndex === -1 ? DEFAULT_FILE : path.resolve(args[fileIndex + 1])
  const {lint, ruleIds} = await import('../dist/src/index.js')
  const result = await evaluate({lint, ruleIds, rows: readLabelled(file)})
  console.log(formatReport(result, {all: args.includes('--all')}))
  const bad = failing(result.perRule)
  if (bad.length > 0) {
    console.log(`\nBelow ${THRESHOLD} precision or recall: ${bad.join(', ')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  })
}
