#!/usr/bin/env node
/**
 * Draw candidate sentences and list items from ../shared/corpus for the
 * labelled real-sentence set (tests/language/real.tsv). Deterministic: the
 * same corpus gives the same draw. Writes TSV rows with the source file and
 * line, the heading the text sat under, the section of a built-in type it is
 * placed in for the evaluation, and the bucket that drew it.
 *
 *   node scripts/sample-sentences.js [--corpus ../shared/corpus] [--out file.tsv] [--round 1|2|3]
 *
 * Buckets (why each exists is in tests/language/README.md):
 * - plan: sentences from the plan and goal sections of the strategy, goals,
 *   roadmap, direction and vision sources, placed in Coherent Actions;
 * - rfc-goals: sentences from the summary, motivation and goals sections of
 *   RFCs, KEPs, enhancements and design documents, placed in Coherent Actions;
 * - criteria: list items from success, metrics, milestone and graduation
 *   sections, placed as items of Success Criteria;
 * - hedge-cue / pitch-cue: sentences from any of those sections that contain a
 *   broad list of hedging or pitching cue words (wider than the rules' lists),
 *   so that the rare positives are numerous enough to measure;
 * - pitch-wide (round 2 only): sentences from any prose section of any source,
 *   ADRs included, with a strong pitching cue, placed in Coherent Actions.
 *
 * Round 2 draws the next rows of each bucket's ranking after round 1's, so the
 * two rounds never overlap; ids continue after round 1's.
 *
 * Round 3 draws nothing itself: it writes every candidate of every bucket from
 * the tune split's documents that tests/language/real.tsv does not hold yet,
 * in real.tsv's columns with ids `c00001`..., for scripts/fill-leads.js and
 * then scripts/draw-findings.js, which keeps a sample of what the analysis
 * reports (the false findings a precision pass needs) and of what it does not.
 * The test split gains no row.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createHash} from 'node:crypto'
import {parseArgs} from 'node:util'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {markdownFiles} from './markdown-files.js'
import {plain} from './plain-text.js'

const {values} = parseArgs({
  options: {corpus: {type: 'string', default: '../shared/corpus'}, out: {type: 'string'}, round: {type: 'string', default: '1'}, help: {type: 'boolean'}}
})
if (values.help) {
  console.log('usage: node scripts/sample-sentences.js [--corpus ../shared/corpus] [--out file.tsv] [--round 1|2|3]')
  process.exit(0)
}
const corpus = path.resolve(values.corpus)
if (!fs.existsSync(path.join(corpus, 'MANIFEST.tsv'))) {
  console.error(`sample-sentences: no corpus at ${corpus} (expected MANIFEST.tsv there); pass --corpus`)
  process.exit(2)
}

const STRATEGY_SOURCES = new Set(['sourcegraph-strategy', 'rust-project-goals', 'nodejs-next-10', 'rust-wg-async-vision'])
const RFC_SOURCES = new Set([
  'k8s-keps', 'rust-rfcs', 'openshift-enhancements', 'golang-design', 'dotnet-designs', 'tekton-teps', 'otel-oteps',
  'buildpacks-rfcs', 'tensorflow-rfcs', 'bazel-designs', 'risingwave-rfcs', 'tikv-rfcs', 'prometheus-proposals', 'grpc-proposals'
])

const PLAN_HEADING =
  /goal|plan|propos|work items|next|roadmap|how we get there|shooting for|strateg|theme|priorit|focus|vision|shiny future|milestone|approach|direction|summary|mission|principle|axiom|outputs/i
const RFC_HEADING = /^(?:summary|motivation|goals?|objectives?|proposal|overview)$/i
const CRITERIA_HEADING = /success|metric|measur|criteria|kpi|okr|outcome|done look|what does done|milestone|^alpha|^beta|^ga\b|graduation|deliverable|target/i
const SKIP_HEADING = /non-goal|not working on|faq|frequently|question|alternative|drawback|prior art|test plan|implementation history|reference|resources|changelog|appendix|glossary|definitions|signoff|questionnaire/i

const HEDGE_CUE =
  /\b(?:might|may|could|maybe|perhaps|possibly|potentially|ideally|hopefully|eventually|someday|at some point|in the future|explore|exploring|investigate|investigating|look into|looking into|consider|considering|evaluate|would like|hope to|aim to|aims to|intend|strive|seek to|try to|where (?:possible|feasible|practical)|as appropriate|if possible|in due course|over time|long[- ]term)\b/i
const STRONG_PITCH_CUE =
  /\b(?:industry[- ]standard|best[- ]practices?|best[- ]in[- ]class|world[- ]class|state[- ]of[- ]the[- ]art|cutting[- ]edge|bleeding[- ]edge|modern|outdated|old-fashioned|spaghetti|a mess|messy|elegant|idiomatic|the right way|everyone uses|everybody uses|widely (?:used|adopted|supported)|popular|trend\w*|hype|de[- ]facto|the future|better than|cleaner|more robust|battle[- ]tested|mature)\b/i
const PITCH_CUE =
  /\b(?:industry[- ]standard|best[- ]practices?|best[- ]in[- ]class|world[- ]class|state[- ]of[- ]the[- ]art|cutting[- ]edge|modern|legacy|outdated|old-fashioned|spaghetti|mess|messy|clean|cleaner|elegant|idiomatic|proper|the right way|everyone|everybody|popular|trend|hype|de facto|standard|obvious|obviously|clearly|simply better|better than)\b/i

function hash(text) {
  return createHash('sha256').update(text).digest('hex')
}

/** A deterministic score in [0, 1) for sampling. */
function score(text) {
  return Number.parseInt(hash(text).slice(0, 8), 16) / 2 ** 32
}

/** The split of a source document: decided once, by document, so no document feeds both splits. */
export function splitOf(relativePath) {
  return Number.parseInt(hash(`split:${relativePath}`).slice(0, 8), 16) % 2 === 0 ? 'tune' : 'test'
}

const processor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Sentence ends: a full stop, `!` or `?` followed by a space and a capital, digit or quote. */
function sentencesOf(text) {
  const out = []
  let start = 0
  const pattern = /[.!?]["'”’)\]]?\s+(?=["'“‘(\[`]?[\p{Lu}\p{N}])/gu
  let match
  while ((match = pattern.exec(text))) {
    const before = text.slice(Math.max(0, match.index - 6), match.index + 1)
    if (/\b(?:e\.g|i\.e|etc|vs|cf|Mr|Ms|Dr|No)\.$/i.test(before)) continue
    out.push(text.slice(start, match.index + 1).trim())
    start = match.index + match[0].length
  }
  out.push(text.slice(start).trim())
  return out.filter((sentence) => /\p{L}{3}/u.test(sentence))
}

function headingText(node, source) {
  return plain(source.slice(node.position.start.offset, node.position.end.offset).replace(/^#+\s*/, '').replace(/\s*#+\s*$/, ''))
}

/** Every paragraph (in lists or not) with its heading path and whether it is the first paragraph of a list item. */
function* blocks(tree, source) {
  const headings = []
  function* visit(node, inItem) {
    for (const child of node.children ?? []) {
      if (child.type === 'heading') {
        headings.length = Math.max(0, child.depth - 1)
        headings[child.depth - 1] = headingText(child, source)
        continue
      }
      if (['code', 'html', 'yaml', 'toml', 'blockquote', 'table', 'definition', 'footnoteDefinition'].includes(child.type)) continue
      if (child.type === 'paragraph') {
        yield {node: child, item: inItem, headings: headings.filter(Boolean)}
        inItem = false
        continue
      }
      if (child.type === 'listItem') {
        yield* visit(child, true)
        continue
      }
      yield* visit(child, false)
    }
  }
  yield* visit(tree, false)
}

function bucketOf(source, headings) {
  const nearest = headings[headings.length - 1] ?? ''
  if (headings.some((heading) => SKIP_HEADING.test(heading))) return undefined
  if (CRITERIA_HEADING.test(nearest)) return 'criteria'
  if (STRATEGY_SOURCES.has(source) && headings.slice(1).some((heading) => PLAN_HEADING.test(heading))) return 'plan'
  if (RFC_SOURCES.has(source) && RFC_HEADING.test(nearest)) return 'rfc-goals'
  return undefined
}

const candidates = {plan: [], 'rfc-goals': [], criteria: [], 'hedge-cue': [], 'pitch-cue': [], 'pitch-wide': []}
const ALL_SOURCES_SKIP = /template/i
const seen = new Set()
/** Kept apart so that round 1's draw does not depend on round 2's bucket. */
const seenWide = new Set()
const files = markdownFiles(corpus)
for (const filePath of files) {
  const relative = path.relative(corpus, filePath).split(path.sep).join('/')
  const source = relative.split('/')[0]
  // Files at the corpus root (SOURCES.md) describe the corpus; no document of a source sits there.
  if (ALL_SOURCES_SKIP.test(relative) || !relative.includes('/')) continue
  const planSource = STRATEGY_SOURCES.has(source) || RFC_SOURCES.has(source)
  const text = fs.readFileSync(filePath, 'utf8')
  if (text.length > 400_000) continue
  const tree = processor.parse(text)
  for (const {node, item, headings} of blocks(tree, text)) {
    const bucket = planSource ? bucketOf(source, headings) : undefined
    if (!bucket) {
      // Any prose section of any source, for the rare pitches.
      if (headings.some((heading) => SKIP_HEADING.test(heading))) continue
      const flat = plain(text.slice(node.position.start.offset, node.position.end.offset))
      for (const sentence of sentencesOf(flat)) {
        if (sentence.length < 15 || sentence.length > 320 || !STRONG_PITCH_CUE.test(sentence)) continue
        const key = sentence.toLowerCase()
        if (seenWide.has(key)) continue
        seenWide.add(key)
        candidates['pitch-wide'].push({path: relative, line: node.position.start.line, heading: headings[headings.length - 1] ?? '', split: splitOf(relative), section: 'Coherent Actions', text: sentence, bucket: 'pitch-wide'})
      }
      continue
    }
    const markdown = text.slice(node.position.start.offset, node.position.end.offset)
    const flat = plain(markdown)
    if (flat.length < 12 || flat.length > 600) continue
    const line = node.position.start.line
    const base = {path: relative, line, heading: headings[headings.length - 1] ?? '', split: splitOf(relative)}
    if (bucket === 'criteria') {
      if (!item || flat.length > 300) continue
      const key = flat.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      candidates.criteria.push({...base, bucket, section: 'Success Criteria', text: flat})
      continue
    }
    for (const sentence of sentencesOf(flat)) {
      if (sentence.length < 15 || sentence.length > 320) continue
      const key = sentence.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      const row = {...base, section: 'Coherent Actions', text: sentence}
      if (PITCH_CUE.test(sentence)) candidates['pitch-cue'].push({...row, bucket: 'pitch-cue'})
      else if (HEDGE_CUE.test(sentence)) candidates['hedge-cue'].push({...row, bucket: 'hedge-cue'})
      else candidates[bucket].push({...row, bucket})
    }
  }
}

const ROUNDS = {
  1: {plan: 650, 'rfc-goals': 330, criteria: 380, 'hedge-cue': 300, 'pitch-cue': 240},
  2: {plan: 330, criteria: 300, 'pitch-wide': 380}
}
const round = Number(values.round)
if (round === 3) {
  writeCandidates()
  process.exit(0)
}
if (!ROUNDS[round]) {
  console.error(`sample-sentences: --round must be 1, 2 or 3, got ${values.round}`)
  process.exit(2)
}

/** Round 3: every tune-split candidate not yet in real.tsv, in real.tsv's columns. */
function writeCandidates() {
  const realFile = new URL('../tests/language/real.tsv', import.meta.url)
  const [header, ...existing] = fs.readFileSync(realFile, 'utf8').trimEnd().split('\n')
  const column = Object.fromEntries(header.split('\t').map((name, index) => [name, index]))
  const held = new Set(existing.map((line) => line.split('\t')).map((fields) => `${fields[column.source]}\t${fields[column.text].toLowerCase()}`))
  const rows = Object.values(candidates)
    .flat()
    .filter((row) => row.split === 'tune' && !held.has(`${row.path}\t${row.text.replace(/\t/g, ' ').toLowerCase()}`))
    .sort((a, b) => score(`order:${a.path}:${a.line}:${a.text}`) - score(`order:${b.path}:${b.line}:${b.text}`))
  const lines = [header]
  rows.forEach((row, index) => {
    const fields = {id: `c${String(index + 1).padStart(5, '0')}`, split: row.split, bucket: row.bucket, source: row.path, line: row.line, heading: row.heading.replace(/\t/g, ' '), lead: '', section: row.section, label: '', slot: '', text: row.text.replace(/\t/g, ' '), note: ''}
    lines.push(header.split('\t').map((name) => fields[name]).join('\t'))
  })
  const output = lines.join('\n') + '\n'
  if (values.out) fs.writeFileSync(values.out, output)
  else process.stdout.write(output)
  console.error(`${rows.length} tune-split candidates not in real.tsv (of ${held.size} rows held)`)
}
const rows = []
for (const [bucket, quota] of Object.entries(ROUNDS[round])) {
  const skip = round === 2 ? (ROUNDS[1][bucket] ?? 0) : 0
  const drawn = candidates[bucket]
    .map((row) => ({row, rank: score(`${row.path}:${row.line}:${row.text}`)}))
    .sort((a, b) => a.rank - b.rank)
    .slice(skip, skip + quota)
    .map(({row}) => row)
  rows.push(...drawn)
  console.error(`${bucket.padEnd(10)} ${String(candidates[bucket].length).padStart(6)} candidates, ${drawn.length} drawn`)
}
rows.sort((a, b) => score(`order:${a.path}:${a.line}:${a.text}`) - score(`order:${b.path}:${b.line}:${b.text}`))
const header = ['id', 'split', 'bucket', 'source', 'line', 'heading', 'section', 'text']
const lines = [header.join('\t')]
rows.forEach((row, index) => {
  const first = round === 2 ? Object.values(ROUNDS[1]).reduce((sum, quota) => sum + quota, 0) : 0
  const id = `r${String(first + index + 1).padStart(4, '0')}`
  lines.push([id, row.split, row.bucket, row.path, row.line, row.heading.replace(/\t/g, ' '), row.section, row.text.replace(/\t/g, ' ')].join('\t'))
})
const output = lines.join('\n') + '\n'
if (values.out) fs.writeFileSync(values.out, output)
else process.stdout.write(output)
