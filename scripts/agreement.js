#!/usr/bin/env node
/**
 * How far a second careful reader agrees with the test split's labels, and how
 * the rules score against each labelling. tests/language/test-second-labels.tsv
 * holds a second, blind labelling of every test-split row (labelled on
 * 2026-12-05 by fifteen helpers who had only the protocol in
 * tests/language/README.md and the sources, not the first labels, the rules
 * or their output). Prints:
 *
 * - how often the two labellings agree (exactly, and on flag or not);
 * - per rule, the second labelling scored as if it were a linter against the
 *   first: the precision and recall a careful human reader reaches;
 * - per rule, the rules' TP / FP / FN against the first labels, the second,
 *   and only the rows where the two agree on that rule;
 * - with a third labelling (tests/language/test-third-labels.tsv: the rows the
 *   first two disagree on, mixed with as many more they agree on so that the
 *   third reader cannot tell which are which), how often the third agrees with
 *   the two where they agree, and the rules against the majority label of the
 *   three readers (the agreed label where the first two agree).
 *
 *   node scripts/agreement.js [--second <file>] [--third <file>] [--split test|tune]
 *
 * `--split tune --second tests/language/round13-second-labels.tsv` does the
 * same for a fresh tune round labelled twice (round 13, 2026-12-05), and
 * `--second tests/language/rounds14-16-second-labels.tsv` and
 * `rounds17-18-second-labels.tsv`, `rounds19-21-second-labels.tsv` and
 * `rounds22-23-second-labels.tsv` for rounds 14 to 16, 17 and 18, 19 to 21,
 * and 22 and 23.
 * Runs against dist/ (npm run build first). Reading the rules' figures on the
 * test split is a look at it: report it, never tune on it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fail, scriptArguments} from './script-args.js'
import {LANGUAGE_RULES, evaluateReal, readReal} from './eval.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const {values} = scriptArguments(import.meta.url, {
  options: {
    second: {type: 'string', default: path.join(here, '..', 'tests', 'language', 'test-second-labels.tsv')},
    third: {type: 'string', default: path.join(here, '..', 'tests', 'language', 'test-third-labels.tsv')},
    split: {type: 'string', default: 'test'}
  }
})
if (values.split !== 'test' && values.split !== 'tune') fail('agreement', `--split must be test or tune, got \`${values.split}\``)
const split = values.split
if (!fs.existsSync(values.second)) fail('agreement', `no second labelling at ${values.second}`)
const thirdGiven = process.argv.slice(2).some((argument) => argument === '--third' || argument.startsWith('--third='))
if (thirdGiven && !fs.existsSync(values.third)) fail('agreement', `no third labelling at ${values.third}`)
if (!fs.existsSync(path.join(here, '..', 'dist', 'src', 'index.js'))) fail('agreement', 'no dist/: run npm run build first')

/** id → label of a further labelling (a TSV with `id` and `label` columns). */
function readLabels(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n')
  const columns = header.split('\t')
  const id = columns.indexOf('id')
  const label = columns.indexOf('label')
  if (id === -1 || label === -1) fail('agreement', `${file} needs \`id\` and \`label\` columns`)
  return new Map(lines.map((line) => line.split('\t')).map((cells) => [cells[id], cells[label].trim()]))
}

const second = readLabels(values.second)
// The default third labelling is the test split's: read for the tune split only when named.
const third = (thirdGiven || split === 'test') && fs.existsSync(values.third) ? readLabels(values.third) : undefined
const rows = readReal().filter((row) => row.split === split && second.has(row.id) && row.label !== 'drop' && second.get(row.id) !== 'drop')
if (rows.length === 0) fail('agreement', `none of the ids in ${values.second} is a ${split}-split row of real.tsv`)

const ratio = (a, b) => (b === 0 ? '-' : (a / b).toFixed(2))
/** `TP / FP / FN (P p, R r)` of predictions against labels, over the rows `counted` keeps. */
function figures(results, rule, labelOf, counted = () => true) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const row of results) {
    if (!counted(row)) continue
    const reported = row.predicted.includes(rule)
    const labelled = labelOf(row) === rule
    if (reported && labelled) tp++
    else if (reported) fp++
    else if (labelled) fn++
  }
  return `${tp} / ${fp} / ${fn} (P ${ratio(tp, tp + fp)}, R ${ratio(tp, tp + fn)})`
}

const flags = (label) => label !== 'none'
const exact = rows.filter((row) => row.label === second.get(row.id)).length
const sameFlag = rows.filter((row) => flags(row.label) === flags(second.get(row.id))).length
console.log(`${rows.length} ${split}-split rows labelled twice: the same label on ${exact} (${ratio(exact, rows.length)}), the same flag-or-not on ${sameFlag} (${ratio(sameFlag, rows.length)})`)

console.log('\nthe second labelling scored against the first (a careful reader as a linter)')
for (const rule of LANGUAGE_RULES) {
  const first = rows.filter((row) => row.label === rule).length
  const again = rows.filter((row) => second.get(row.id) === rule).length
  const both = rows.filter((row) => row.label === rule && second.get(row.id) === rule).length
  console.log(`  ${rule.padEnd(29)} first ${first}, second ${again}, both ${both}: P ${ratio(both, again)}, R ${ratio(both, first)}`)
}

const {lint, linter, ruleIds} = await import('../dist/src/index.js')
const {rows: results} = await evaluateReal({lint, linter, ruleIds, rows})
console.log('\nthe rules (TP / FP / FN)')
for (const rule of LANGUAGE_RULES) {
  const agreed = (row) => (row.label === rule) === (second.get(row.id) === rule)
  console.log(`  ${rule}`)
  console.log(`    against the first labels:        ${figures(results, rule, (row) => row.label)}`)
  console.log(`    against the second labels:       ${figures(results, rule, (row) => second.get(row.id))}`)
  console.log(`    on the rows where both agree:    ${figures(results, rule, (row) => row.label, agreed)}`)
}

if (third) {
  /** The label two of the three readers give, the agreed one where the first two agree; undefined when all three differ. */
  const majority = (row) => {
    const [a, b] = [row.label, second.get(row.id)]
    if (a === b) return a
    const c = third.get(row.id)
    return c === a || c === b ? c : undefined
  }
  const agreedAndThird = rows.filter((row) => row.label === second.get(row.id) && third.has(row.id))
  const sameAsBoth = agreedAndThird.filter((row) => third.get(row.id) === row.label).length
  const disputed = rows.filter((row) => row.label !== second.get(row.id))
  const settled = disputed.filter((row) => majority(row) !== undefined)
  const missing = disputed.filter((row) => !third.has(row.id)).length
  console.log(`\na third labelling: the same label as the first two on ${sameAsBoth} of the ${agreedAndThird.length} rows they agree on it read (${ratio(sameAsBoth, agreedAndThird.length)}); it settles ${settled.length} of the ${disputed.length} rows they disagree on${missing ? ` (${missing} of those it did not read)` : ''}`)
  const sideOf = (row) => (majority(row) === row.label ? 'first' : 'second')
  const sides = settled.reduce((count, row) => ({...count, [sideOf(row)]: count[sideOf(row)] + 1}), {first: 0, second: 0})
  console.log(`  the majority sides with the first labels on ${sides.first} and with the second on ${sides.second}`)
  console.log('\nthe rules against the majority of three readers (rows with no majority left out)')
  for (const rule of LANGUAGE_RULES) {
    console.log(`  ${rule.padEnd(29)} ${figures(results, rule, majority, (row) => majority(row) !== undefined)}`)
  }
}
