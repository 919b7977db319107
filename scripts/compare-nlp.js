#!/usr/bin/env node
/**
 * Compare NLP libraries with the language rules' own word lists and frames on
 * the labelled real sentences (tune split only): size, load time, speed,
 * what each could contribute (hedges, voice, numbers and dates), and
 * maintenance. docs/language-libraries.md reports a run and the decision.
 *
 *   node scripts/compare-nlp.js --libs <folder> [--runs 3] [--no-npm]
 *
 * <folder> holds a node_modules with wink-nlp, wink-eng-lite-web-model,
 * compromise, unified, retext-english, retext-intensify (and, optionally,
 * compromise-dates); the project's package.json is not touched:
 *
 *   mkdir -p /tmp/nlpcmp2 && cd /tmp/nlpcmp2 && npm init -y &&
 *     npm i wink-nlp wink-eng-lite-web-model compromise retext retext-english retext-intensify compromise-dates
 *
 * Needs dist/ (`npx tsc -p .`). Reads tests/language/real.tsv, rows of split
 * `tune` only. Every timing runs in a fresh child process of this script, one
 * library per process; speed is the median of --runs passes after one
 * warm-up pass. Prints Markdown tables. --no-npm skips `npm view`.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

const started = performance.now()
const script = fileURLToPath(import.meta.url)
const root = path.resolve(path.dirname(script), '..')
const TSV = path.join(root, 'tests', 'language', 'real.tsv')
const DIST = path.join(root, 'dist', 'src', 'language')
const INSTALL =
  'mkdir -p /tmp/nlpcmp2 && cd /tmp/nlpcmp2 && npm init -y && npm i wink-nlp wink-eng-lite-web-model compromise retext retext-english retext-intensify compromise-dates'

const USAGE = `Usage: node scripts/compare-nlp.js --libs <folder> [--runs N] [--no-npm]

Compares wink-nlp (+ wink-eng-lite-web-model), compromise (+ compromise-dates
if installed) and retext-english + retext-intensify with the project's own
phrase lists and frames on the tune split of tests/language/real.tsv.

  --libs <folder>  folder whose node_modules holds the libraries; install them with
                   ${INSTALL}
  --runs N         timed passes (and load-time processes) per library, median reported (default 3)
  --no-npm         skip the maintenance table (npm view)
  --help           this text

Needs dist/: run \`npx tsc -p .\` in the repository first. Exit 2 on a missing library or dist/.`

/** What each contender needs, and which packages count towards its size. */
const CONTENDERS = {
  wink: {title: 'wink-nlp + wink-eng-lite-web-model', packages: ['wink-nlp', 'wink-eng-lite-web-model']},
  compromise: {title: 'compromise', packages: ['compromise']},
  'compromise-dates': {title: 'compromise + compromise-dates', packages: ['compromise', 'compromise-dates'], optional: true},
  retext: {title: 'retext-english + retext-intensify', packages: ['unified', 'vfile', 'retext-english', 'retext-intensify']}
}

const MODALS = new Set(['will', 'shall', 'should', 'must', 'might', 'may', 'could', 'would', 'can', "'ll", "'d"])
const AUTHOR_WORDS = new Set(['we', 'i'])

function fail(line) {
  console.error(line)
  process.exit(2)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// ---------------------------------------------------------------- data

function readRows() {
  const lines = readFileSync(TSV, 'utf8').split(/\r?\n/)
  const header = lines[0].split('\t')
  const rows = []
  for (const line of lines.slice(1)) {
    if (line === '') continue
    const fields = line.split('\t')
    const row = Object.fromEntries(header.map((name, index) => [name, fields[index] ?? '']))
    if (row.split === 'tune') rows.push(row)
  }
  return rows
}

// ---------------------------------------------------------------- loading libraries

function modulesFolder(libs) {
  const inside = path.join(libs, 'node_modules')
  if (existsSync(inside)) return inside
  if (path.basename(libs) === 'node_modules' && existsSync(libs)) return libs
  return inside
}

/** The ESM entry (or CommonJS main) of an installed package folder. */
function entryFile(directory) {
  const pkg = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'))
  let target = pkg.exports
  if (target && typeof target === 'object' && !Array.isArray(target)) {
    const keys = Object.keys(target)
    if (keys.includes('.')) target = target['.']
    else if (keys.some((key) => key.startsWith('.'))) target = undefined
  }
  const pick = (value) => {
    if (typeof value === 'string') return value
    if (Array.isArray(value)) return pick(value[0])
    if (value && typeof value === 'object') return pick(value.node ?? value.import ?? value.default ?? value.require)
    return undefined
  }
  return path.join(directory, pick(target) ?? pkg.module ?? pkg.main ?? 'index.js')
}

async function importPackage(modules, name) {
  return import(pathToFileURL(entryFile(path.join(modules, name))).href)
}

function packageVersion(modules, name) {
  return JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version
}

/** Load a contender; returns a per-text analyser. Time to load is measured around this. */
async function loadContender(name, modules) {
  if (name === 'wink') {
    const winkNLP = (await importPackage(modules, 'wink-nlp')).default
    const model = (await importPackage(modules, 'wink-eng-lite-web-model')).default
    const nlp = winkNLP(model)
    return (text) => analyseWink(nlp, text)
  }
  if (name === 'compromise' || name === 'compromise-dates') {
    const nlp = (await importPackage(modules, 'compromise')).default
    if (name === 'compromise-dates') nlp.plugin((await importPackage(modules, 'compromise-dates')).default)
    return (text) => analyseCompromise(nlp, text, name === 'compromise-dates')
  }
  if (name === 'retext') {
    const {unified} = await importPackage(modules, 'unified')
    const {VFile} = await importPackage(modules, 'vfile')
    const retextEnglish = (await importPackage(modules, 'retext-english')).default
    const retextIntensify = (await importPackage(modules, 'retext-intensify')).default
    const processor = unified().use(retextEnglish).use(retextIntensify).freeze()
    return (text) => {
      const file = new VFile(text)
      processor.runSync(processor.parse(file), file)
      const rules = new Set(file.messages.map((message) => message.ruleId))
      return {hedge: rules.has('hedge'), weasel: rules.has('weasel'), filler: rules.has('filler')}
    }
  }
  if (name === 'project') {
    const {tokenize, PhraseMatcher} = await import(pathToFileURL(path.join(DIST, 'matcher.js')).href)
    const {frameOf} = await import(pathToFileURL(path.join(DIST, 'voice.js')).href)
    const {findQuantities, findDeadlines} = await import(pathToFileURL(path.join(DIST, 'recognisers.js')).href)
    const phrases = JSON.parse(readFileSync(path.join(DIST, 'phrases.json'), 'utf8'))
    const lists = Object.fromEntries(Object.entries(phrases).filter(([key, value]) => !key.startsWith('$') && Array.isArray(value)))
    const all = new PhraseMatcher(lists)
    const hedging = new Set(['hedge', 'exploration', 'aspiration'])
    return (text) => {
      const tokens = tokenize(text)
      const hits = all.match(tokens)
      // The verbs the rules pass to frameOf (goal-analysis.ts, actionWords): first words of every list but fashion and milestone.
      const actions = new Set(hits.filter((hit) => hit.category !== 'fashion' && hit.category !== 'milestone').map((hit) => hit.phrase.split(' ')[0].toLowerCase()))
      const bare = frameOf(text, tokens, new Set())
      const withActions = frameOf(text, tokens, actions)
      return {
        hedgeList: hits.some((hit) => hit.category === 'hedge'),
        explorationList: hits.some((hit) => hit.category === 'exploration'),
        aspirationList: hits.some((hit) => hit.category === 'aspiration'),
        hedge: hits.some((hit) => hedging.has(hit.category)),
        plan: bare.plan,
        planWithActions: withActions.plan,
        numbers: findQuantities(text).map((span) => span.text),
        dates: findDeadlines(text).map((span) => span.text)
      }
    }
  }
  if (name === 'markdown') {
    // The Markdown parse the linter does on every file, as scripts/bench.js's parse floor (parse only), from the project's own node_modules.
    const {remark} = await import('remark')
    const remarkGfm = (await import('remark-gfm')).default
    const remarkFrontmatter = (await import('remark-frontmatter')).default
    const processor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
    return (text) => processor.parse(text)
  }
  throw new Error(`unknown contender ${name}`)
}

// ---------------------------------------------------------------- the detectors built on the libraries' tags

/**
 * Plan or not, from tags alone, the same for both taggers. Each token is
 * {word, verb, modal, form} with form one of base, present, past, gerund.
 * - question: ends with `?` -> not a plan;
 * - imperative: the first word is a verb in its base form (not a modal) -> plan;
 * - first person: `we` / `I` / `let's`, then (after adverbs) a modal or a
 *   present-tense verb -> plan, a past-tense verb -> not a plan (a report);
 * - variant B only: no verb at all and at most 18 words -> plan (a goal written as a noun phrase).
 */
function planFromTags(text, tokens) {
  const result = {plan: false, planB: false, past: false}
  if (/\?["'”’)]*\s*$/.test(text.trim())) return result
  const words = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.word))
  const first = words[0]
  let plan = false
  if (first && first.verb && !first.modal && first.form === 'base') plan = true
  if (words.length > 1 && words[0].word === 'let' && (words[1].word === 'us' || words[1].word === "'s")) plan = true
  if (!plan) {
    for (let index = 0; index < words.length; index++) {
      if (!AUTHOR_WORDS.has(words[index].word) && words[index].word !== "let's") continue
      let next = index + 1
      while (next < words.length && !words[next].verb && next - index <= 3) next++
      const verb = words[next]
      if (!verb || !verb.verb) continue
      if (verb.form === 'past') {
        result.past = true
        break
      }
      if (verb.modal || verb.form === 'base' || verb.form === 'present') plan = true
      break
    }
  }
  result.plan = plan
  result.planB = plan || (!words.some((token) => token.verb) && words.length > 0 && words.length <= 18)
  return result
}

function analyseCompromise(nlp, text, withDates) {
  const doc = nlp(text)
  const tokens = []
  for (const sentence of doc.json({terms: {normal: true}})) {
    for (const term of sentence.terms) {
      const tags = new Set(term.tags)
      const word = (term.implicit || term.normal || term.text || '').toLowerCase()
      const verb = tags.has('Verb')
      let form
      if (tags.has('PastTense')) form = 'past'
      else if (tags.has('Gerund')) form = 'gerund'
      else if (tags.has('Infinitive') || tags.has('Imperative')) form = 'base'
      else if (tags.has('PresentTense') || tags.has('Copula')) form = 'present'
      tokens.push({word, verb, modal: tags.has('Modal') || (verb && MODALS.has(word)), form})
    }
  }
  const voice = planFromTags(text, tokens)
  const out = {...voice, numbers: doc.numbers().out('array'), dateTags: doc.match('#Date').out('array')}
  if (withDates) out.dates = doc.dates().out('array')
  return out
}

function analyseWink(nlp, text) {
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const values = doc.tokens().out(its.normal)
  const pos = doc.tokens().out(its.pos)
  const lemmas = doc.tokens().out(its.lemma)
  const tokens = values.map((word, index) => {
    const tag = pos[index]
    const lemma = lemmas[index]
    const verb = tag === 'VERB' || tag === 'AUX'
    let form
    if (verb) {
      // wink-eng-lite-web-model gives universal tags, no tense: the form is read from the word against its lemma.
      if (word === lemma) form = 'base'
      else if (word.endsWith('ing')) form = 'gerund'
      else if (['is', 'are', 'am', "'s", "'re", "'m"].includes(word)) form = 'present'
      else if (word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`) || word === 'has' || word === 'does') form = 'present'
      else form = 'past'
    }
    return {word, verb, modal: tag === 'AUX' && MODALS.has(word), form}
  })
  const voice = planFromTags(text, tokens)
  const entities = doc.entities().out(its.detail)
  const of = (types) => entities.filter((entity) => types.includes(entity.type)).map((entity) => `${entity.value} (${entity.type})`)
  return {...voice, numbers: of(['CARDINAL', 'PERCENT', 'MONEY', 'ORDINAL']), dates: of(['DATE']), datesOrDurations: of(['DATE', 'DURATION'])}
}

// ---------------------------------------------------------------- child processes

async function child(task, name, modules, runs) {
  if (task === 'load') {
    const before = performance.now()
    const analyse = await loadContender(name, modules)
    const loaded = performance.now()
    analyse(name === 'markdown' ? '# Title\n\nWe will cut build times to 10 min by Q3 2027.\n' : 'We will cut build times to 10 min by Q3 2027.')
    const first = performance.now()
    process.stdout.write(JSON.stringify({load: loaded - before, first: first - loaded, sinceStart: first - started}))
    return
  }
  const texts = readRows().map((row) => row.text)
  const analyse = await loadContender(name, modules)
  if (task === 'speed') {
    const input = name === 'markdown' ? [texts.join('\n\n')] : texts
    const pass = () => {
      const out = []
      const start = performance.now()
      for (const text of input) out.push(analyse(text))
      return {ms: performance.now() - start, out}
    }
    const warm = pass()
    const times = []
    for (let run = 0; run < runs; run++) times.push(pass().ms)
    process.stdout.write(JSON.stringify({times, warmup: warm.ms, results: name === 'markdown' ? [] : warm.out}))
  }
}

function runChild(task, name, modules, runs) {
  const result = spawnSync(process.execPath, [script, '--child', task, '--name', name, '--libs', modules, '--runs', String(runs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.status !== 0) throw new Error(`child ${task} ${name} failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`)
  return JSON.parse(result.stdout)
}

// ---------------------------------------------------------------- size

/** Package folders a set of packages brings, following dependencies as Node resolves them. */
function closure(modules, names) {
  const folders = new Map()
  const visit = (name, from) => {
    let directory = from
    let found
    for (;;) {
      const candidate = path.join(directory, 'node_modules', name)
      if (existsSync(path.join(candidate, 'package.json'))) {
        found = candidate
        break
      }
      const parent = path.dirname(directory)
      if (parent === directory || !directory.startsWith(path.dirname(modules))) break
      directory = parent
    }
    if (!found) {
      const top = path.join(modules, name)
      if (existsSync(path.join(top, 'package.json'))) found = top
    }
    if (!found || folders.has(found)) return
    const pkg = JSON.parse(readFileSync(path.join(found, 'package.json'), 'utf8'))
    folders.set(found, `${pkg.name}@${pkg.version}`)
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, found)
  }
  for (const name of names) visit(name, path.dirname(modules))
  return folders
}

function du(paths) {
  if (paths.length === 0) return {kb: 0, bytes: 0}
  const last = (flags) => Number(execFileSync('du', [...flags, ...paths], {encoding: 'utf8'}).trim().split('\n').at(-1).split(/\s+/)[0])
  return {kb: last(['-skc']), bytes: last(['-sbc'])}
}

function fileCount(paths) {
  let count = 0
  const walk = (target) => {
    const stat = statSync(target)
    if (stat.isDirectory()) for (const entry of readdirSync(target)) walk(path.join(target, entry))
    else count++
  }
  for (const target of paths) walk(target)
  return count
}

// ---------------------------------------------------------------- scoring and tables

function score(rows, predicted, actual) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const row of rows) {
    const p = predicted(row)
    const a = actual(row)
    if (p && a) tp++
    else if (p) fp++
    else if (a) fn++
  }
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {tp, fp, fn, precision, recall, f1}
}

const fixed = (value, digits = 2) => value.toFixed(digits)
const percent = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '-')

function table(title, header, rows) {
  console.log(`\n### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`| ${header.map(() => '---').join(' | ')} |`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

function scoreRow(name, s) {
  return [name, s.tp, s.fp, s.fn, fixed(s.precision), fixed(s.recall), fixed(s.f1)]
}

function npmView(name) {
  try {
    const raw = execFileSync('npm', ['view', name, 'version', 'license', 'dependencies', 'time', '--json'], {encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe']})
    return JSON.parse(raw)
  } catch (error) {
    return {error: String(error.message).split('\n')[0]}
  }
}

/** Which code dist/ was built from, as far as git can tell. */
function describeCheckout() {
  try {
    const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src/language'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
    return `commit ${head}${dirty ? ' (src/language has uncommitted changes: dist/ may hold them)' : ''}`
  } catch {
    return `${root} (not a git checkout)`
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const {values} = parseArgs({
    options: {
      libs: {type: 'string'},
      runs: {type: 'string', default: '3'},
      'no-npm': {type: 'boolean', default: false},
      help: {type: 'boolean', default: false},
      child: {type: 'string'},
      name: {type: 'string'}
    }
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3)
  if (values.child) {
    await child(values.child, values.name, values.libs, runs)
    return
  }
  if (!values.libs) fail(`compare-nlp: --libs <folder> is required (a folder whose node_modules holds the libraries; install with: ${INSTALL})`)
  const modules = modulesFolder(path.resolve(values.libs))
  for (const file of ['matcher.js', 'voice.js', 'recognisers.js', 'phrases.json']) {
    if (!existsSync(path.join(DIST, file))) fail(`compare-nlp: dist/ is missing or not built (no dist/src/language/${file}); run \`npx tsc -p .\` in ${root} first`)
  }
  const contenders = []
  const required = new Set()
  const notes = []
  for (const [name, contender] of Object.entries(CONTENDERS)) {
    const missing = contender.packages.filter((pkg) => !existsSync(path.join(modules, pkg, 'package.json')))
    if (missing.length === 0) contenders.push(name)
    else if (contender.optional) notes.push(`note: ${missing.join(', ')} not installed in ${modules}: the ${contender.title} rows are left out (npm i ${missing.join(' ')})`)
    else for (const pkg of missing) required.add(pkg)
  }
  if (required.size > 0) fail(`compare-nlp: ${[...required].join(', ')} missing in ${modules}; install with: ${INSTALL}`)
  for (const note of notes) console.log(note)

  const rows = readRows()
  const judged = rows.filter((row) => row.label !== 'drop')
  const bytes = rows.reduce((sum, row) => sum + Buffer.byteLength(row.text), 0)
  console.log(`# NLP libraries versus the project's lists (scripts/compare-nlp.js)\n`)
  console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${os.platform()}, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} at start`)
  console.log(`analysis measured: dist/ of ${describeCheckout()}`)
  console.log(`tune split: ${rows.length} rows (${judged.length} judged, ${rows.length - judged.length} drop), ${(bytes / 1e6).toFixed(3)} MB of text; libraries from ${modules}`)

  // 1. size
  const projectModules = path.join(root, 'node_modules')
  const projectHas = new Set([...closure(projectModules, ['remark', 'remark-gfm', 'remark-frontmatter', 'unified', 'vfile']).values()])
  const markdownFolders = closure(projectModules, ['remark', 'remark-gfm', 'remark-frontmatter'])
  const markdownSize = du([...markdownFolders.keys()])
  const ownFiles = readdirSync(DIST).filter((file) => file.endsWith('.js') || file.endsWith('.json')).map((file) => path.join(DIST, file))
  const ownSize = du(ownFiles)
  const sizeRows = [
    ['project lists + frames (dist/src/language *.js, phrases.json)', ownFiles.length, ownSize.kb, fixed(ownSize.bytes / 1e6, 3), '-', '-', percent(ownSize.kb, markdownSize.kb)],
    ['Markdown parse (remark + remark-gfm + remark-frontmatter, project node_modules)', markdownFolders.size, markdownSize.kb, fixed(markdownSize.bytes / 1e6, 3), '-', '-', '100%']
  ]
  for (const name of contenders) {
    const folders = closure(modules, CONTENDERS[name].packages)
    const size = du([...folders.keys()])
    const added = [...folders].filter(([, id]) => !projectHas.has(id)).map(([folder]) => folder)
    const addedSize = du(added)
    sizeRows.push([CONTENDERS[name].title, folders.size, size.kb, fixed(size.bytes / 1e6, 3), `${added.length} (${fileCount(added)} files)`, addedSize.kb, percent(addedSize.kb, markdownSize.kb)])
  }
  table('1a. Size on disk (package folders with their dependencies)', ['what', 'packages', 'du -sk (KB)', 'apparent (MB)', 'new to the project', 'new du (KB)', 'new / Markdown parse'], sizeRows)

  // load time
  const loadRows = []
  for (const name of ['project', 'markdown', ...contenders]) {
    const samples = []
    for (let run = 0; run < runs; run++) samples.push(runChild('load', name, modules, runs))
    const title = name === 'project' ? 'project lists + frames' : name === 'markdown' ? 'Markdown parse (remark + gfm + frontmatter)' : CONTENDERS[name].title
    loadRows.push([title, fixed(median(samples.map((s) => s.load)), 1), fixed(median(samples.map((s) => s.first)), 1), fixed(median(samples.map((s) => s.load + s.first)), 1), samples.map((s) => fixed(s.load, 0)).join(' / ')])
  }
  table(`1b. Time to load, fresh process each (median of ${runs})`, ['what', 'import + model (ms)', 'first sentence (ms)', 'ready (ms)', 'import + model, each run'], loadRows)

  // speed (also collects the per-row results for the quality tables)
  const results = {}
  const speed = {}
  for (const name of ['markdown', 'project', ...contenders]) {
    const measured = runChild('speed', name, modules, runs)
    speed[name] = measured
    if (name !== 'markdown') results[name] = new Map(rows.map((row, index) => [row.id, measured.results[index]]))
  }
  const parseMs = median(speed.markdown.times)
  const speedRows = []
  for (const name of ['markdown', 'project', ...contenders]) {
    const ms = median(speed[name].times)
    const title = name === 'project' ? 'project: tokenize + all phrase lists + frameOf ×2 + findQuantities + findDeadlines' : name === 'markdown' ? 'Markdown parse of the same text (rows as paragraphs of one document)' : CONTENDERS[name].title
    speedRows.push([
      title,
      fixed(ms, 1),
      speed[name].times.map((t) => fixed(t, 0)).join(' / '),
      name === 'markdown' ? '-' : Math.round((rows.length / ms) * 1000),
      fixed(bytes / 1e6 / (ms / 1000), 3),
      name === 'markdown' ? '100%' : percent(ms, parseMs)
    ])
  }
  table(`1c. Throughput on the text of all ${rows.length} tune rows (${(bytes / 1e6).toFixed(3)} MB), median of ${runs} passes after a warm-up`, ['what', 'ms', 'each pass (ms)', 'sentences/s', 'MB/s', 'time / Markdown parse'], speedRows)

  // 2a. hedges
  const noncommittal = (row) => row.label === 'strategy-noncommittal'
  const project = (row) => results.project.get(row.id)
  const retext = (row) => results.retext.get(row.id)
  const positives = judged.filter(noncommittal).length
  const hedgeRows = [
    scoreRow('project list `hedge`', score(judged, (row) => project(row).hedgeList, noncommittal)),
    scoreRow('project lists `hedge` + `exploration`', score(judged, (row) => project(row).hedgeList || project(row).explorationList, noncommittal)),
    scoreRow('project lists `hedge` + `exploration` + `aspiration`', score(judged, (row) => project(row).hedge, noncommittal)),
    scoreRow('retext-intensify `hedge`', score(judged, (row) => retext(row).hedge, noncommittal)),
    scoreRow('retext-intensify `weasel`', score(judged, (row) => retext(row).weasel, noncommittal)),
    scoreRow('retext-intensify `hedge` + `weasel`', score(judged, (row) => retext(row).hedge || retext(row).weasel, noncommittal)),
    scoreRow('project lists OR retext `hedge` + `weasel`', score(judged, (row) => project(row).hedge || retext(row).hedge || retext(row).weasel, noncommittal))
  ]
  table(`2a. Hedges: the sentence contains one, against rows labelled strategy-noncommittal (${judged.length} judged rows, ${positives} positive)`, ['detector', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], hedgeRows)
  const onlyRetext = judged.filter((row) => noncommittal(row) && !project(row).hedge && (retext(row).hedge || retext(row).weasel))
  const onlyLists = judged.filter((row) => noncommittal(row) && project(row).hedge && !(retext(row).hedge || retext(row).weasel))
  console.log(`\nnoncommittal rows found by retext only: ${onlyRetext.length}${onlyRetext.length ? ` (${onlyRetext.map((row) => `${row.id}: ${row.slot}`).join('; ')})` : ''}`)
  console.log(`noncommittal rows found by the lists only: ${onlyLists.length}`)

  // 2b. voice
  const NOT_PLAN_SLOTS = new Set(['past', 'description', 'other-party', 'question', 'spec'])
  const isRule = (row) => row.label !== 'none' && row.label !== 'drop'
  const voiceRows = judged.filter((row) => isRule(row) || (row.label === 'none' && NOT_PLAN_SLOTS.has(row.slot)))
  const voiceDetectors = [
    ['project frameOf(text, tokenize(text), new Set())', 'frameOf', (row) => project(row).plan],
    ["project frameOf with the phrase lists' verbs (as the rules call it)", 'frameOf +verbs', (row) => project(row).planWithActions]
  ]
  for (const name of ['compromise', 'wink']) {
    if (!results[name]) continue
    voiceDetectors.push([`${CONTENDERS[name].title}: A (imperative, we + modal/present, we + past = report)`, `${name} A`, (row) => results[name].get(row.id).plan])
    voiceDetectors.push([`${CONTENDERS[name].title}: B (A + verbless ≤ 18 words = noun-phrase goal)`, `${name} B`, (row) => results[name].get(row.id).planB])
  }
  for (const name of ['compromise', 'wink']) {
    if (!results[name]) continue
    voiceDetectors.push([`combined: frameOf AND ${name} B`, `frameOf AND ${name} B`, (row) => project(row).plan && results[name].get(row.id).planB])
    voiceDetectors.push([`combined: frameOf OR ${name} B`, `frameOf OR ${name} B`, (row) => project(row).plan || results[name].get(row.id).planB])
  }
  const nPositive = voiceRows.filter(isRule).length
  table(`2b. Voice: 'plan' versus not, on ${voiceRows.length} rows (${nPositive} labelled with a rule; ${voiceRows.length - nPositive} none with slot ${[...NOT_PLAN_SLOTS].join('/')})`, ['detector', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], voiceDetectors.map(([title, , predict]) => scoreRow(title, score(voiceRows, predict, isRule))))
  const groups = [
    ...['strategy-noncommittal', 'strategy-vague-goal', 'strategy-measurable-criteria', 'strategy-unquantified-pitch'].map((label) => [`${label} (plan: want high)`, (row) => row.label === label]),
    ...[...NOT_PLAN_SLOTS].map((slot) => [`none / ${slot} (plan: want low)`, (row) => row.label === 'none' && row.slot === slot])
  ]
  table(
    'Voice by group: share of rows called a plan',
    ['group', 'n', ...voiceDetectors.map(([, short]) => short)],
    groups.map(([title, member]) => {
      const group = voiceRows.filter(member)
      return [title, group.length, ...voiceDetectors.map(([, , predict]) => percent(group.filter(predict).length, group.length))]
    })
  )
  const pastRows = voiceRows.filter((row) => row.slot === 'past')
  const pastSeen = [['project frameOf (reason past)', null], ...['compromise', 'wink'].filter((name) => results[name]).map((name) => [CONTENDERS[name].title, name])]
  console.log(`\nrows none/past (${pastRows.length}) whose tags show "we" + a past-tense verb: ${pastSeen.slice(1).map(([title, name]) => `${title} ${pastRows.filter((row) => results[name].get(row.id).past).length}`).join('; ')}`)

  // 2c. numbers and dates
  const criteriaGroups = [
    ['strategy-measurable-criteria / no-target', (row) => row.label === 'strategy-measurable-criteria' && row.slot === 'no-target'],
    ['strategy-measurable-criteria / no-deadline', (row) => row.label === 'strategy-measurable-criteria' && row.slot === 'no-deadline'],
    ['strategy-measurable-criteria / all', (row) => row.label === 'strategy-measurable-criteria'],
    ['none / measurable (criteria items)', (row) => row.label === 'none' && row.slot === 'measurable' && row.bucket === 'criteria']
  ]
  // Each finder gives the strings it found; a row counts when there is one.
  const spansOf = [
    ['project findQuantities', (row) => project(row).numbers],
    ['project findDeadlines', (row) => project(row).dates]
  ]
  if (results.compromise) {
    spansOf.push(['compromise .numbers()', (row) => results.compromise.get(row.id).numbers])
    spansOf.push(['compromise #Date tag (no plugin)', (row) => results.compromise.get(row.id).dateTags])
  }
  if (results['compromise-dates']) spansOf.push(['compromise-dates .dates()', (row) => results['compromise-dates'].get(row.id).dates])
  if (results.wink) {
    spansOf.push(['wink entities CARDINAL/PERCENT/MONEY/ORDINAL', (row) => results.wink.get(row.id).numbers])
    spansOf.push(['wink entity DATE', (row) => results.wink.get(row.id).dates])
    spansOf.push(['wink entity DATE or DURATION', (row) => results.wink.get(row.id).datesOrDurations])
  }
  const finders = spansOf.map(([title, found]) => [title, (row) => found(row).length > 0, found])
  table(
    '2c. Numbers and dates: share of criteria rows where each finds one',
    ['finder', ...criteriaGroups.map(([title, member]) => `${title} (n=${judged.filter(member).length})`)],
    finders.map(([title, found]) => [title, ...criteriaGroups.map(([, member]) => {
      const group = judged.filter(member)
      return percent(group.filter(found).length, group.length)
    })])
  )
  const either = (a, b) => (row) => a(row) || b(row)
  const pairs = [['project (quantity or deadline)', either(finders[0][1], finders[1][1])]]
  const finder = (title) => finders.find(([name]) => name === title)[1]
  if (results.compromise) pairs.push(['compromise (.numbers() or #Date)', either(finder('compromise .numbers()'), finder('compromise #Date tag (no plugin)'))])
  if (results['compromise-dates']) pairs.push(['compromise + dates (.numbers() or .dates())', either(finder('compromise .numbers()'), finder('compromise-dates .dates()'))])
  if (results.wink) pairs.push(['wink (number entity or DATE/DURATION)', either(finder('wink entities CARDINAL/PERCENT/MONEY/ORDINAL'), finder('wink entity DATE or DURATION'))])
  table('Either a number or a date', ['finder', ...criteriaGroups.map(([title]) => title)], pairs.map(([title, found]) => [title, ...criteriaGroups.map(([, member]) => {
    const group = judged.filter(member)
    return percent(group.filter(found).length, group.length)
  })]))

  const criteriaRows = judged.filter((row) => criteriaGroups.some(([, member]) => member(row)))
  const short = (row) => `${row.id} "${row.text.length > 70 ? `${row.text.slice(0, 67)}...` : row.text}"`
  for (const [title, found, strings] of finders.slice(2)) {
    const base = /date|DATE/i.test(title) ? finders[1] : finders[0]
    const extra = criteriaRows.filter((row) => found(row) && !base[1](row))
    const missed = criteriaRows.filter((row) => !found(row) && base[1](row))
    console.log(`\n${title} versus ${base[0]} on these ${criteriaRows.length} rows: finds ${extra.length} it does not, misses ${missed.length} it finds`)
    for (const row of extra.slice(0, 10)) console.log(`  + ${short(row)} -> ${JSON.stringify(strings(row))}`)
    for (const row of missed.slice(0, 10)) console.log(`  - ${short(row)}; ${base[0]}: ${JSON.stringify(base[2](row))}`)
  }

  // 3. maintenance
  if (values['no-npm']) {
    console.log('\n(maintenance table skipped: --no-npm)')
  } else {
    const names = [...new Set(contenders.flatMap((name) => CONTENDERS[name].packages.filter((pkg) => pkg !== 'vfile')))]
    const maintenance = names.map((name) => {
      const view = npmView(name)
      if (view.error) return [name, packageVersion(modules, name), view.error, '', '', '', '', '']
      const times = Object.entries(view.time ?? {}).filter(([key]) => key !== 'created' && key !== 'modified')
      const newest = times.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', ''])
      return [
        name,
        packageVersion(modules, name),
        view.version,
        (view.time?.[view.version] ?? '?').slice(0, 10),
        `${newest[0]} ${newest[1].slice(0, 10)}`,
        (view.time?.modified ?? 'not shown').slice(0, 10),
        view.license,
        Object.keys(view.dependencies ?? {}).length
      ]
    })
    table('3. Maintenance (npm view <pkg> version license dependencies time; npm view shows no weekly downloads)', ['package', 'installed', 'latest', 'latest published', 'newest entry in time', 'time.modified', 'licence', 'dependencies'], maintenance)
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

main().catch((error) => {
  console.error(error.stack ?? String(error))
  process.exit(1)
})
