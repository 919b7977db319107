#!/usr/bin/env node
/**
 * Evaluate the four language rules on labelled sentences.
 *
 * Two sets (tests/language/README.md says how they were made and labelled):
 *
 * - tests/language/real.tsv: real sentences and list items from
 *   ../shared/corpus, split by document into `tune` and `test`. Each row is
 *   placed in the section it names (a paragraph of Coherent Actions or an item
 *   of Success Criteria) of a minimal strategy, under the heading it sat under
 *   in its source as a subsection, **all four rules run**, and the
 *   row's label is the one rule that should report it (or `none`). A rule's
 *   precision counts every row it reports, whatever the label; its recall,
 *   the rows labelled with it. A row that gets two language messages is
 *   counted apart (it must not happen).
 * - tests/language/labelled.tsv: sentences the project wrote itself (columns
 *   rule, section, label, sentence, note); each row runs only its own rule.
 *
 *   node scripts/eval.js [--split tune|test|all] [--own] [--rounds] [--grep regex] [--show N] [--file real.tsv]
 *
 * Prints per rule: n (rows labelled with the rule), TP, FP, FN, precision,
 * recall, F1, for the tune split, the test split and the own set, then the
 * misclassified rows of the tune split (--show N caps them; default 40).
 * For the test split it also prints each rule's 95% interval of precision and
 * recall when the split's documents are drawn again (formatIntervals), and the
 * projects its false findings and misses come from.
 * `--split tune` evaluates the tune split and the own set only, never
 * running the test split (what to use while tuning); `--split test` shows
 * the test split's misclassified rows, `--split all` both.
 * `--rounds` (with `--split tune`) also prints the tune split round by round
 * (TUNE_ROUNDS): rounds 9 and later were drawn the way the test split was and
 * labelled before any rule was tuned on them, the honest estimate on new text
 * that the tune split's total hides.
 * `--grep <regex>` (with `--split tune`) reports how the labels split on the
 * tune rows whose text matches (case-insensitive): per rule, the rows it
 * reports that are labelled with it and that are not, the rows labelled with
 * it that it misses, and the labels of the matching rows no rule reports
 * (what a new shape keyed on the pattern would find, and at what cost); with
 * `--show N`, the first N matching rows. Run it before writing a shape keyed
 * on a pattern, and to give the figures of a shape "tried and not kept"
 * (tests/language/README.md).
 * Runs against dist/ (`npm run eval` builds first); tests/language/eval.test.ts
 * runs the same evaluation on src/.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {strategyType, visionType} from '../dist/src/types/doc-types.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const DEFAULT_FILE = path.join(here, '..', 'tests', 'language', 'labelled.tsv')
export const REAL_FILE = path.join(here, '..', 'tests', 'language', 'real.tsv')
export const THRESHOLD = 0.9

/**
 * The tune split's rounds, by row id (tests/language/README.md tells how each was drawn). A new round drawn with
 * scripts/draw-fresh.js adds its line here.
 */
export const TUNE_ROUNDS = [
  {name: 'rounds 1-2', first: 1, last: 2910, drawn: 'with the test split, 2026-12-03; tuned on since'},
  {name: 'rounds 3-8', first: 2911, last: 4797, drawn: 'from what the rules reported; tuned on since'},
  {name: 'round 9', first: 4798, last: 5397, drawn: 'like the test split'},
  {name: 'round 10', first: 5398, last: 5997, drawn: 'like the test split'},
  {name: 'round 11', first: 5998, last: 6593, drawn: 'like the test split'},
  {name: 'round 12', first: 6594, last: 7126, drawn: 'like the test split'},
  {name: 'round 13', first: 7127, last: 7619, drawn: 'like the test split'},
  {name: 'round 14', first: 7620, last: 8093, drawn: 'like the test split'},
  {name: 'round 15', first: 8094, last: 8554, drawn: 'like the test split'},
  {name: 'round 16', first: 8555, last: 9002, drawn: 'like the test split'},
  {name: 'round 17', first: 9003, last: 9356, drawn: 'like the test split'},
  {name: 'round 18', first: 9357, last: 9684, drawn: 'like the test split'},
  {name: 'round 19', first: 9685, last: 10007, drawn: 'like the test split'},
  {name: 'round 20', first: 10008, last: 10222, drawn: 'like the test split'},
  {name: 'round 21', first: 10223, last: 10546, drawn: 'like the test split, mostly rfc-goals'},
  {name: 'round 22', first: 10547, last: 10836, drawn: 'like the test split, mostly rfc-goals'},
  {name: 'round 23', first: 10837, last: 11122, drawn: 'like the test split, mostly rfc-goals'}
]

/** The round a tune row was drawn in, by its id (`r4798` is round 9's first). */
export function roundOf(row) {
  const number = Number(row.id.slice(1))
  return TUNE_ROUNDS.find((round) => number >= round.first && number <= round.last)?.name ?? 'later rounds'
}

export const LANGUAGE_RULES = [
  'strategy-measurable-criteria',
  'strategy-vague-goal',
  'strategy-noncommittal',
  'strategy-unquantified-pitch'
]

/** Canonical section headings of each built-in type. */
const SECTIONS = Object.fromEntries([strategyType, visionType].map((type) => [type.id, type.sections.map((spec) => spec.heading)]))

const CRITERIA = new Set(['Success Criteria', 'Success Metrics'])

function typeOf(section) {
  for (const [type, headings] of Object.entries(SECTIONS)) {
    if (headings.includes(section)) return type
  }
  return undefined
}

/** Parse the own-written set; throws on a malformed row, naming its line. */
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

export const REAL_COLUMNS = ['id', 'split', 'bucket', 'source', 'line', 'heading', 'lead', 'section', 'label', 'slot', 'text', 'note']

/** Parse the real set; throws on a malformed row, naming its line. `drop` rows are left out. */
export function readReal(file = REAL_FILE) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const header = lines[0].split('\t')
  if (REAL_COLUMNS.some((name, index) => header[index] !== name)) {
    throw new Error(`${file}:1: header must be ${REAL_COLUMNS.join(', ')} (tab-separated), got ${header.join(', ')}`)
  }
  const rows = []
  for (let index = 1; index < lines.length; index++) {
    if (lines[index].trim() === '') continue
    const fields = lines[index].split('\t')
    const row = Object.fromEntries(REAL_COLUMNS.map((name, column) => [name, fields[column] ?? '']))
    const where = `${file}:${index + 1}`
    if (row.split !== 'tune' && row.split !== 'test') throw new Error(`${where}: split must be \`tune\` or \`test\`, got \`${row.split}\``)
    if (!typeOf(row.section)) throw new Error(`${where}: unknown section \`${row.section}\``)
    if (row.label !== 'none' && row.label !== 'drop' && !LANGUAGE_RULES.includes(row.label)) {
      throw new Error(`${where}: label must be a language rule, \`none\` or \`drop\`, got \`${row.label}\``)
    }
    if (row.text.trim() === '') throw new Error(`${where}: empty text`)
    if (row.label === 'drop') continue
    rows.push({...row, row: index + 1})
  }
  return rows
}

/**
 * The document for a text placed in a section, and the 1-based line the text
 * sits on: one list item of a criteria section, a paragraph otherwise. The
 * text keeps the heading it sat under (`### Beta`, `### Design axioms`) as a
 * subsection, because the labeller read it there: a milestone in it dates a
 * criterion, and principles under it are no plans (until 2026-12-04 only
 * criteria items kept it; tests/language/README.md gives the figures of both).
 * A criteria item also keeps the line that led into its list (`Graduation to
 * beta:`, or its parent item) as a paragraph.
 */
export function placeText(section, text, asItem = CRITERIA.has(section), heading = '', lead = '') {
  const type = typeOf(section)
  const subheading = heading.trim() !== '' ? [`### ${heading.replace(/#/g, '').trim()}`, ''] : []
  if (asItem && lead.trim() !== '') subheading.push(lead.trim(), '')
  const lines = [
    '---',
    `type: ${type}`,
    '---',
    '',
    `# ${type === 'strategy' ? 'Tech Strategy' : 'Technical Vision'}: Evaluation`,
    '',
    `## ${section}`,
    '',
    ...subheading,
    asItem ? `- ${text}` : text,
    ''
  ]
  return {markdown: lines.join('\n'), line: 9 + subheading.length}
}

/** The own set's document: a list item only for measurable-criteria rows in a criteria section. */
export function documentFor(row) {
  return placeText(row.section, row.sentence, row.rule === 'strategy-measurable-criteria' && CRITERIA.has(row.section))
}

/** Options that turn on the language rules in `on` and every other rule off. */
function onlyRules(ruleIds, on) {
  return {rules: Object.fromEntries(ruleIds.map((id) => [id, on.includes(id) ? 'on' : false]))}
}

async function messagesOn(lint, options, markdown, line) {
  return (await (options === undefined ? lint(markdown) : lint(markdown, options))).filter(
    (message) => LANGUAGE_RULES.includes(message.ruleId) && (message.line ?? 0) <= line && (message.endLine ?? message.line ?? 0) >= line
  )
}

function scores(counts) {
  const {tp, fp, fn} = counts
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {...counts, precision, recall, f1}
}

/**
 * The own set: each row runs its own rule only.
 * Returns {rows: [{...row, predicted, messages}], perRule}.
 */
export async function evaluate({lint, ruleIds, rows = readLabelled()}) {
  const results = []
  for (const row of rows) {
    const {markdown, line} = documentFor(row)
    const messages = (await messagesOn(lint, onlyRules(ruleIds, [row.rule]), markdown, line)).filter((message) => message.ruleId === row.rule)
    results.push({...row, predicted: messages.length > 0 ? 'flag' : 'ok', messages: messages.map((message) => message.reason)})
  }
  const perRule = {}
  for (const ruleId of LANGUAGE_RULES) {
    const mine = results.filter((result) => result.rule === ruleId)
    const count = (label, predicted) => mine.filter((result) => result.label === label && result.predicted === predicted).length
    perRule[ruleId] = {n: mine.length, ...scores({tp: count('flag', 'flag'), fp: count('ok', 'flag'), fn: count('flag', 'ok')}), tn: count('ok', 'ok')}
  }
  return {rows: results, perRule}
}

/** TP / FP / FN of one rule over evaluated real rows (each with its `label` and the rules it got, `predicted`). */
function countsOf(rows, ruleId) {
  const tp = rows.filter((row) => row.label === ruleId && row.predicted.includes(ruleId)).length
  const fp = rows.filter((row) => row.label !== ruleId && row.predicted.includes(ruleId)).length
  const fn = rows.filter((row) => row.label === ruleId && !row.predicted.includes(ruleId)).length
  return {tp, fp, fn}
}

/**
 * The real set: all four rules run on each row.
 * Returns {rows: [{...row, predicted: [ruleId], messages}], perRule, doubles}.
 */
export async function evaluateReal({lint, linter, ruleIds, rows}) {
  const options = onlyRules(ruleIds, LANGUAGE_RULES)
  // One processor for every row when the caller has `linter` (the same setup, read once).
  const lintOne = linter ? linter(options) : (markdown) => lint(markdown, options)
  const results = []
  for (const row of rows) {
    const {markdown, line} = placeText(row.section, row.text, CRITERIA.has(row.section), row.heading, row.lead)
    const messages = await messagesOn(lintOne, undefined, markdown, line)
    const predicted = [...new Set(messages.map((message) => message.ruleId))]
    results.push({...row, predicted, messages: messages.map((message) => `${message.ruleId}: ${message.reason}`)})
  }
  const perRule = {}
  for (const ruleId of LANGUAGE_RULES) {
    const counts = countsOf(results, ruleId)
    perRule[ruleId] = {n: counts.tp + counts.fn, ...scores(counts)}
  }
  const doubles = results.filter((result) => result.predicted.length > 1).length
  return {rows: results, perRule, doubles}
}

/** The failing rules: below the threshold in precision or recall. */
export function failing(perRule, threshold = THRESHOLD, recallThreshold = threshold) {
  return Object.entries(perRule)
    .filter(([, score]) => score.n === 0 || score.precision < threshold || score.recall < recallThreshold)
    .map(([ruleId]) => ruleId)
}

function pad(value, width, right = false) {
  const text = String(value)
  return right ? text.padStart(width) : text.padEnd(width)
}

export function formatScores(title, perRule) {
  const fixed = (value) => value.toFixed(3)
  const out = [title]
  out.push([pad('rule', 30), pad('n', 4, true), pad('TP', 4, true), pad('FP', 4, true), pad('FN', 4, true), pad('precision', 10, true), pad('recall', 8, true), pad('F1', 7, true)].join(' '))
  for (const [ruleId, score] of Object.entries(perRule)) {
    out.push(
      [pad(ruleId, 30), pad(score.n, 4, true), pad(score.tp, 4, true), pad(score.fp, 4, true), pad(score.fn, 4, true), pad(fixed(score.precision), 10, true), pad(fixed(score.recall), 8, true), pad(fixed(score.f1), 7, true)].join(' ')
    )
  }
  return out.join('\n')
}

/** A small seeded generator (mulberry32), so the intervals below are the same on every run. */
function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RESAMPLES = 2000

/**
 * How far a split's figures can be trusted: for each rule, the 95% interval of its precision and recall when the
 * split's documents are drawn again with replacement (RESAMPLES times; rows were drawn and split by document, and a
 * document's rows share its wording, so a document is the unit), and the projects its false findings and misses come
 * from. A rule whose errors sit in two or three projects has a figure those projects decide.
 */
export function formatIntervals(rows) {
  const documents = new Map()
  for (const row of rows) {
    const mine = documents.get(row.source)
    if (mine) mine.push(row)
    else documents.set(row.source, [row])
  }
  const groups = [...documents.values()]
  const counts = groups.map((group) => Object.fromEntries(LANGUAGE_RULES.map((rule) => [rule, countsOf(group, rule)])))
  const random = seededRandom(12)
  const draws = Object.fromEntries(LANGUAGE_RULES.map((rule) => [rule, {precision: [], recall: []}]))
  for (let draw = 0; draw < RESAMPLES; draw++) {
    const total = Object.fromEntries(LANGUAGE_RULES.map((rule) => [rule, {tp: 0, fp: 0, fn: 0}]))
    for (let index = 0; index < groups.length; index++) {
      const picked = counts[Math.floor(random() * groups.length)]
      for (const rule of LANGUAGE_RULES) {
        total[rule].tp += picked[rule].tp
        total[rule].fp += picked[rule].fp
        total[rule].fn += picked[rule].fn
      }
    }
    for (const rule of LANGUAGE_RULES) {
      const {tp, fp, fn} = total[rule]
      if (tp + fp > 0) draws[rule].precision.push(tp / (tp + fp))
      if (tp + fn > 0) draws[rule].recall.push(tp / (tp + fn))
    }
  }
  const interval = (values) => {
    if (values.length === 0) return 'n/a'
    const sorted = [...values].sort((a, b) => a - b)
    const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))].toFixed(2)
    return `${at(0.025)}-${at(0.975)}`
  }
  const projectOf = (row) => row.source.split('/')[0]
  const byProject = (rule, kind) => {
    const tally = new Map()
    for (const row of rows) {
      const reported = row.predicted.includes(rule)
      const labelled = row.label === rule
      if (kind === 'FP' ? reported && !labelled : labelled && !reported) tally.set(projectOf(row), (tally.get(projectOf(row)) ?? 0) + 1)
    }
    return [...tally].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([project, count]) => `${project} ${count}`).join(', ') || 'none'
  }
  const out = [
    `95% intervals by document (${groups.length} documents, ${RESAMPLES} resamples), and where the errors come from (the three projects with most)`,
    [pad('rule', 30), pad('precision', 11, true), pad('recall', 11, true), '  false findings; misses'].join(' ')
  ]
  for (const rule of LANGUAGE_RULES) {
    out.push([pad(rule, 30), pad(interval(draws[rule].precision), 11, true), pad(interval(draws[rule].recall), 11, true), `  FP ${byProject(rule, 'FP')}; FN ${byProject(rule, 'FN')}`].join(' '))
  }
  return out.join('\n')
}

/** The tune split round by round: rows, and TP / FP / FN per rule. */
export function formatRounds(rows) {
  const names = [...TUNE_ROUNDS.map((round) => round.name), 'later rounds']
  const short = (rule) => rule.replace(/^strategy-/, '')
  const out = ['tune split by round (TP / FP / FN)', [pad('round', 12), pad('rows', 5, true), ...LANGUAGE_RULES.map((rule) => pad(short(rule), 21, true)), '  drawn'].join(' ')]
  for (const name of names) {
    const mine = rows.filter((row) => roundOf(row) === name)
    if (mine.length === 0) continue
    const cells = LANGUAGE_RULES.map((rule) => {
      const {tp, fp, fn} = countsOf(mine, rule)
      return pad(`${tp} / ${fp} / ${fn}`, 21, true)
    })
    const drawn = TUNE_ROUNDS.find((round) => round.name === name)?.drawn ?? 'not in TUNE_ROUNDS yet'
    out.push([pad(name, 12), pad(mine.length, 5, true), ...cells, `  ${drawn}`].join(' '))
  }
  return out.join('\n')
}

/** How the labels split on the rows whose text matches `pattern`: what each rule reports there, and what no rule reports. */
export function formatGrep(rows, pattern, limit = 0) {
  const matching = rows.filter((row) => pattern.test(row.text))
  const out = [`tune rows matching ${pattern}: ${matching.length}`, [pad('rule', 30), pad('reported: labelled so', 22, true), pad('not', 5, true), pad('missed', 8, true)].join(' ')]
  for (const rule of LANGUAGE_RULES) {
    const {tp, fp, fn} = countsOf(matching, rule)
    out.push([pad(rule, 30), pad(tp, 22, true), pad(fp, 5, true), pad(fn, 8, true)].join(' '))
  }
  const left = new Map()
  for (const row of matching) if (row.predicted.length === 0) left.set(row.label, (left.get(row.label) ?? 0) + 1)
  const byCount = [...left].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label} ${count}`)
  out.push(`rows no rule reports, by label: ${byCount.join(', ') || 'none'}`)
  for (const row of matching.slice(0, limit)) out.push(`  ${row.id} label ${row.label}, got ${row.predicted.join(' + ') || 'none'}: ${row.text}`)
  return out.join('\n')
}

/** `--grep`'s pattern, or a one-line error naming what is wrong with it. */
export function grepPattern(source) {
  try {
    return new RegExp(source, 'i')
  } catch (error) {
    throw new Error(`--grep takes a JavaScript regular expression: ${error instanceof Error ? error.message : error}`)
  }
}

/** The own set's report: scores and every misclassified row. */
export function formatReport({rows, perRule}, {all = false} = {}) {
  const out = [formatScores('own-written set (labelled.tsv), each row with its own rule only', perRule)]
  const shown = all ? rows : rows.filter((row) => row.predicted !== row.label)
  out.push('', all ? `All rows (${rows.length}):` : `Misclassified rows (${shown.length}):`)
  for (const row of shown) {
    const outcome = row.label === row.predicted ? 'right' : row.label === 'flag' ? 'FN' : 'FP'
    out.push(`  ${outcome} labelled.tsv:${row.line} ${row.rule} [${row.section}] ${row.label}: ${row.sentence}${row.note ? `  (${row.note})` : ''}`)
    for (const reason of row.messages) out.push(`      -> ${reason}`)
  }
  return out.join('\n')
}

/** The real set's misclassified rows: the label, what was reported, the text and where it came from. */
export function formatRealErrors(rows, limit = Number.POSITIVE_INFINITY) {
  const wrong = rows.filter((row) => !(row.label === 'none' ? row.predicted.length === 0 : row.predicted.length === 1 && row.predicted[0] === row.label))
  const out = [`Misclassified rows (${wrong.length}${wrong.length > limit ? `, first ${limit}` : ''}):`]
  for (const row of wrong.slice(0, limit)) {
    out.push(`  ${row.id} [${row.section}] label ${row.label}${row.slot ? ` (${row.slot})` : ''}, got ${row.predicted.join(' + ') || 'none'}: ${row.text}`)
    if (row.note) out.push(`      note: ${row.note}`)
    for (const reason of row.messages) out.push(`      -> ${reason}`)
  }
  return out.join('\n')
}

async function main() {
  const {values} = parseArgs({
    options: {split: {type: 'string'}, show: {type: 'string'}, file: {type: 'string'}, own: {type: 'boolean'}, rounds: {type: 'boolean'}, grep: {type: 'string'}, help: {type: 'boolean'}}
  })
  if (values.help) {
    console.log('usage: node scripts/eval.js [--split tune|test|all] [--show N] [--file tests/language/real.tsv] [--own] [--rounds] [--grep regex]')
    console.log('  --own alone reports the own-written set only, row by row; with --split, the real splits too')
    console.log('  --rounds, with --split tune, also reports the tune split round by round (rounds 9 and later were drawn like the test split)')
    console.log('  --grep, with --split tune, reports how the labels split on the tune rows whose text matches (--show N lists N of them)')
    return
  }
  if (values.show !== undefined && !/^\d+$/.test(values.show)) throw new Error(`--show takes a whole number of rows, got \`${values.show}\``)
  // Like --rounds, --grep is a look at the tune split only: it must not run the test split.
  if (values.grep !== undefined && values.split !== 'tune') throw new Error('--grep goes with --split tune (it reports on tune rows; the test split is never tuned on)')
  const pattern = values.grep === undefined ? undefined : grepPattern(values.grep)
  const {lint, linter, ruleIds} = await import('../dist/src/index.js')
  const real = readReal(values.file ? path.resolve(values.file) : REAL_FILE)
  if (values.split !== undefined && !['tune', 'test', 'all'].includes(values.split)) {
    throw new Error(`--split must be tune, test or all, got \`${values.split}\``)
  }
  // Rounds are a tune-split view; asking for them must not run the test split as a side effect.
  if (values.rounds && values.split !== 'tune') throw new Error('--rounds goes with --split tune (the rounds are the tune split\'s)')
  // `--split tune` never runs the test split, so tuning cannot see its figures; nor does `--own` alone, which asks for
  // the own-written set (a look at the test split should be asked for).
  const splits = values.split === 'tune' ? ['tune'] : values.own && values.split === undefined ? [] : ['tune', 'test']
  const shown = values.split === undefined ? 'tune' : values.split
  let below = []
  for (const split of splits) {
    const result = await evaluateReal({lint, linter, ruleIds, rows: real.filter((row) => row.split === split)})
    console.log(formatScores(`real sentences, ${split} split (${result.rows.length} rows; ${result.doubles} with two messages)`, result.perRule))
    console.log('')
    if (split === 'test') console.log(formatIntervals(result.rows), '\n')
    if (values.rounds) console.log(formatRounds(result.rows), '\n')
    if (pattern) console.log(formatGrep(result.rows, pattern, Number(values.show ?? 0)), '\n')
    if (split === 'test') below = failing(result.perRule, THRESHOLD, 0.85)
    if (!pattern && (shown === split || shown === 'all')) console.log(formatRealErrors(result.rows, Number(values.show ?? 40)), '\n')
  }
  const own = await evaluate({lint, ruleIds})
  console.log(values.own ? formatReport(own) : formatScores('own-written set (labelled.tsv), each row with its own rule only', own.perRule))
  if (below.length > 0) {
    console.log(`\nOn the test split, below ${THRESHOLD} precision or 0.85 recall: ${below.join(', ')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  })
}
