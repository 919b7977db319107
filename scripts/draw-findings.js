#!/usr/bin/env node
/**
 * Round 3 of tests/language/real.tsv: from the tune split's candidates that
 * `scripts/sample-sentences.js --round 3` wrote (leads filled by
 * scripts/fill-leads.js), keep a deterministic sample of the rows the
 * language rules report, per rule, and of rows with a cue word that no rule
 * reports. The first is where a precision pass finds its false findings (the
 * random buckets of rounds 1 and 2 hold only 3-11 per rule on tune); the
 * second keeps the round from being only findings.
 *
 *   node scripts/draw-findings.js --from candidates.tsv [--out rows.tsv] [--per-rule 100] [--unflagged 80] [--per-document 2]
 *     [--unflagged-buckets criteria,hedge-cue,pitch-cue,pitch-wide] [--cue REGEX]
 *
 * `--unflagged-buckets` and `--cue` choose where the unreported rows come
 * from: round 6 drew them from the plan and RFC goal sections with a wide
 * cue of improvement and hedging words, to find what the rules miss.
 *
 * Rows keep real.tsv's columns, split `tune`, bucket `finding` or
 * `unflagged`, empty label, slot and note, and ids after real.tsv's last.
 * Whether a row was reported is not written: labelling is blind to it.
 * Runs against dist/ (build first).
 */
import fs from 'node:fs'
import {createHash} from 'node:crypto'
import {parseArgs} from 'node:util'
import {LANGUAGE_RULES, REAL_COLUMNS, REAL_FILE, evaluateReal} from './eval.js'
import {countOption} from './script-args.js'

const {values} = parseArgs({
  options: {
    from: {type: 'string'},
    out: {type: 'string'},
    'per-rule': {type: 'string', default: '100'},
    unflagged: {type: 'string', default: '80'},
    'per-document': {type: 'string', default: '2'},
    'unflagged-buckets': {type: 'string', default: 'criteria,hedge-cue,pitch-cue,pitch-wide'},
    cue: {type: 'string'},
    help: {type: 'boolean'}
  }
})
if (values.help || !values.from) {
  console.log('usage: node scripts/draw-findings.js --from candidates.tsv [--out rows.tsv] [--per-rule 100] [--unflagged 80] [--per-document 2] [--unflagged-buckets a,b] [--cue REGEX]')
  process.exit(values.help ? 0 : 2)
}
const perDocument = countOption(import.meta.url, '--per-document', values['per-document'])
const perRule = countOption(import.meta.url, '--per-rule', values['per-rule'])
const unflagged = countOption(import.meta.url, '--unflagged', values.unflagged, 0)

function rank(row) {
  return Number.parseInt(createHash('sha256').update(`round3:${row.source}:${row.line}:${row.text}`).digest('hex').slice(0, 8), 16)
}

function readRows(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n')
  if (header !== REAL_COLUMNS.join('\t')) throw new Error(`${file}:1: header must be ${REAL_COLUMNS.join(', ')}`)
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [REAL_COLUMNS[index], value])))
}

/** Up to `quota` rows in rank order, at most `perDocument` from one source document. */
function take(rows, quota, perDocument, used) {
  const fromDocument = new Map()
  const out = []
  for (const row of [...rows].sort((a, b) => rank(a) - rank(b))) {
    if (out.length === quota) break
    if (used.has(row.id)) continue
    const count = fromDocument.get(row.source) ?? 0
    if (count >= perDocument) continue
    fromDocument.set(row.source, count + 1)
    used.add(row.id)
    out.push(row)
  }
  return out
}

const {lint, linter, ruleIds} = await import('../dist/src/index.js')
const candidates = readRows(values.from)
const {rows: evaluated} = await evaluateReal({lint, linter, ruleIds, rows: candidates})
const used = new Set()
const drawn = []
for (const ruleId of LANGUAGE_RULES) {
  const reported = evaluated.filter((row) => row.predicted.includes(ruleId))
  const kept = take(reported, perRule, perDocument, used)
  console.error(`${ruleId.padEnd(30)} ${String(reported.length).padStart(5)} reported, ${kept.length} drawn`)
  drawn.push(...kept.map((row) => ({...row, bucket: 'finding'})))
}
const quietBuckets = new Set(values['unflagged-buckets'].split(','))
const cue = values.cue ? new RegExp(values.cue, 'i') : undefined
const quiet = evaluated.filter((row) => row.predicted.length === 0 && quietBuckets.has(row.bucket) && (!cue || cue.test(row.text)))
const keptQuiet = take(quiet, unflagged, perDocument, used)
console.error(`${'unflagged'.padEnd(30)} ${String(quiet.length).padStart(5)} candidates, ${keptQuiet.length} drawn`)
drawn.push(...keptQuiet.map((row) => ({...row, bucket: 'unflagged'})))

const lastId = Math.max(...fs.readFileSync(REAL_FILE, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => Number(line.slice(1, line.indexOf('\t')))))
const lines = [REAL_COLUMNS.join('\t')]
drawn
  .sort((a, b) => rank(a) - rank(b))
  .forEach((row, index) => {
    const fields = {...row, id: `r${String(lastId + index + 1).padStart(4, '0')}`, split: 'tune', label: '', slot: '', note: ''}
    lines.push(REAL_COLUMNS.map((name) => fields[name]).join('\t'))
  })
const output = lines.join('\n') + '\n'
if (values.out) fs.writeFileSync(values.out, output)
else process.stdout.write(output)
