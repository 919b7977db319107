#!/usr/bin/env node
/**
 * A fresh round of tune-split rows drawn the way the test split's buckets were
 * (tests/language/README.md, "Round 9"): from the candidates that
 * `node scripts/sample-sentences.js --round 3` writes (every tune-split
 * candidate that tests/language/real.tsv does not hold yet), per bucket the
 * first rows of a ranking by a hash of the round's name and the row, at most
 * two rows per document, texts of three words or more. Labelled blind before
 * any rule is tuned on them, the rows give a fresh estimate of the rules on
 * text like the test split's, without looking at the test split.
 *
 *   node scripts/draw-fresh.js --candidates c.tsv --round 9 --first-id 4798 [--out round.tsv]
 *     [--quota plan=220,criteria=140,hedge-cue=110,pitch-wide=70,rfc-goals=60]
 *
 * Writes real.tsv's columns with empty labels (ids `r<first-id>`...). Fill the
 * criteria rows' lead-ins with `node scripts/fill-leads.js --file <out> --write`
 * before labelling. Deterministic: the same candidates and round give the same draw.
 * Once labelled and appended to real.tsv, add the round's ids to TUNE_ROUNDS in
 * scripts/eval.js, so that `node scripts/eval.js --split tune --rounds` reports it.
 */
import fs from 'node:fs'
import {createHash} from 'node:crypto'
import {fail, scriptArguments} from './script-args.js'

const {values} = scriptArguments(import.meta.url, {
  options: {
    candidates: {type: 'string'},
    round: {type: 'string'},
    'first-id': {type: 'string'},
    out: {type: 'string', default: 'fresh.tsv'},
    quota: {type: 'string', default: 'plan=220,criteria=140,hedge-cue=110,pitch-wide=70,rfc-goals=60'}
  }
})
if (!values.candidates || !values.round || !values['first-id']) fail('draw-fresh', 'give --candidates, --round and --first-id (see node scripts/draw-fresh.js --help)')
if (!fs.existsSync(values.candidates)) fail('draw-fresh', `no candidates file at ${values.candidates} (write it with node scripts/sample-sentences.js --round 3 --out <file>)`)
const firstId = Number.parseInt(values['first-id'], 10)
if (!Number.isInteger(firstId) || firstId < 1) fail('draw-fresh', `--first-id must be a positive whole number, got \`${values['first-id']}\``)

/** `plan=220,criteria=140`: rows to draw per bucket. */
function parseQuota(text) {
  const quota = new Map()
  for (const part of text.split(',')) {
    const [bucket, count] = part.split('=')
    const n = Number.parseInt(count, 10)
    if (!bucket || !Number.isInteger(n) || n < 0) fail('draw-fresh', `--quota takes bucket=count pairs joined by commas, got \`${part}\``)
    quota.set(bucket.trim(), n)
  }
  return quota
}

const MAX_PER_DOCUMENT = 2
const [header, ...lines] = fs.readFileSync(values.candidates, 'utf8').trimEnd().split('\n')
const columns = header.split('\t')
for (const name of ['id', 'bucket', 'source', 'line', 'text']) {
  if (!columns.includes(name)) fail('draw-fresh', `${values.candidates} has no \`${name}\` column: is it the output of sample-sentences.js --round 3?`)
}
const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [columns[index], value])))
const rank = (row) => createHash('sha256').update(`round${values.round}:${row.source}${row.line}${row.text}`).digest('hex')

const perDocument = new Map()
const drawn = []
for (const [bucket, count] of parseQuota(values.quota)) {
  const ranked = rows
    .filter((row) => row.bucket === bucket && row.text.split(/\s+/).length >= 3)
    .map((row) => ({row, key: rank(row)}))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  let taken = 0
  for (const {row} of ranked) {
    if (taken === count) break
    const held = perDocument.get(row.source) ?? 0
    if (held >= MAX_PER_DOCUMENT) continue
    perDocument.set(row.source, held + 1)
    drawn.push(row)
    taken++
  }
  if (taken < count) console.error(`draw-fresh: bucket \`${bucket}\` had ${taken} rows for a quota of ${count}`)
}
drawn.forEach((row, index) => {
  row.id = `r${firstId + index}`
})
fs.writeFileSync(values.out, [header, ...drawn.map((row) => columns.map((name) => row[name] ?? '').join('\t'))].join('\n') + '\n')
console.log(`${drawn.length} rows from ${perDocument.size} documents written to ${values.out}`)
