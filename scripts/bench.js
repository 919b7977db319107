#!/usr/bin/env node
/**
 * Benchmarks (never run by the tests): prints a table and writes
 * bench-results/bench.json.
 *
 * - parse floor: remark-parse with GFM and front matter over the sample,
 *   versus the full default rule set in the same process (ratio = rules' overhead);
 * - the language rules' cost: the sample forced to \`strategy\` (so the
 *   language analysis reads its prose), every rule on versus every rule but
 *   the four language rules, side by side; the difference over the parse floor
 *   is what the language rules add (goal: at most 15% of the parse);
 * - scaling: one generated strategy at 1x, 10x and 100x size;
 * - CLI end to end on the sample, serial (`--concurrency 1`) and with one
 *   worker thread per core (`--concurrency <cores>`, checking that both print
 *   the same report), versus markdownlint-cli2 with only MD043, when
 *   markdownlint-cli2 is installed;
 * - the language server's didChange-to-diagnostics median, when scripts/bench-lsp.js exists.
 *
 *   node scripts/bench.js [--rounds N] [--corpus ../shared/corpus] [--quick] [--cli-only] [--language-only]
 *
 * `--cli-only` runs only the CLI comparison and writes bench-results/bench-cli.json;
 * `--language-only` runs only the language rules' cost and writes bench-results/bench-language.json.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import remarkLintStrategy, {strategyType} from '../dist/src/index.js'
import {countOption, requireFolder, scriptArguments} from './script-args.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values} = scriptArguments(import.meta.url, {
  options: {
    rounds: {type: 'string', default: '3'},
    corpus: {type: 'string', default: path.join(root, '..', 'shared', 'corpus')},
    quick: {type: 'boolean', default: false},
    'cli-only': {type: 'boolean', default: false},
    'language-only': {type: 'boolean', default: false}
  }
})
const rounds = countOption(import.meta.url, '--rounds', values.rounds)
requireFolder(import.meta.url, values.corpus)
const samplePath = path.join(root, 'bench', 'corpus-sample.txt')

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function time(run) {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

async function timeAsync(run) {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function loadSample() {
  const relative = fs.readFileSync(samplePath, 'utf8').trim().split('\n')
  const files = relative.map((file) => path.join(values.corpus, file)).filter((file) => fs.existsSync(file))
  if (files.length === 0) throw new Error(`No sample files found under ${values.corpus}`)
  return files.map((file) => ({path: file, value: fs.readFileSync(file, 'utf8')}))
}

async function parseFloorVersusRules(sample) {
  const floor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
  const full = remark().use(remarkLintStrategy).freeze()
  const floorTimes = []
  const fullTimes = []
  for (let round = 0; round < rounds; round++) {
    floorTimes.push(time(() => {
      for (const file of sample) floor.parse(file.value)
    }))
    fullTimes.push(await timeAsync(async () => {
      for (const file of sample) {
        const vfile = new VFile({path: file.path, value: file.value})
        await full.run(full.parse(vfile), vfile)
      }
    }))
  }
  const parseMs = median(floorTimes)
  const rulesMs = median(fullTimes)
  return {files: sample.length, parseMs, rulesMs, ratio: rulesMs / parseMs}
}

const LANGUAGE_RULES = ['strategy-vague-goal', 'strategy-noncommittal', 'strategy-unquantified-pitch', 'strategy-measurable-criteria']

/**
 * Parse floor, every rule with the sample forced to `strategy`, and the same
 * without the language rules, interleaved file by file (so a machine whose
 * speed drifts during the run charges the drift to all three alike), in CPU
 * time of this process.
 */
async function languageCost(sample) {
  const floor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
  // All four language rules, the opt-in strategy-unquantified-pitch included: the cost of the whole analysis.
  const withLanguage = remark()
    .use(remarkLintStrategy, {type: 'strategy', rules: Object.fromEntries(LANGUAGE_RULES.map((id) => [id, 'on']))})
    .freeze()
  const withoutLanguage = remark()
    .use(remarkLintStrategy, {type: 'strategy', rules: Object.fromEntries(LANGUAGE_RULES.map((id) => [id, false]))})
    .freeze()
  const cpu = () => {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1000
  }
  const lintOnce = async (processor, file) => {
    const vfile = new VFile({path: file.path, value: file.value})
    await processor.run(processor.parse(vfile), vfile)
    return vfile
  }
  const totals = {floor: [], without: [], with: []}
  let messages = 0
  for (let round = 0; round < rounds; round++) {
    const sums = {floor: 0, without: 0, with: 0}
    for (const file of sample) {
      let start = cpu()
      floor.parse(file.value)
      sums.floor += cpu() - start
      start = cpu()
      await lintOnce(withoutLanguage, file)
      sums.without += cpu() - start
      start = cpu()
      const linted = await lintOnce(withLanguage, file)
      sums.with += cpu() - start
      if (round === 0) messages += linted.messages.filter((message) => LANGUAGE_RULES.includes(message.ruleId)).length
    }
    for (const key of Object.keys(sums)) totals[key].push(sums[key])
  }
  const parseMs = median(totals.floor)
  const withoutMs = median(totals.without)
  const withMs = median(totals.with)
  return {files: sample.length, parseMs, withoutMs, withMs, languageMs: withMs - withoutMs, share: (withMs - withoutMs) / parseMs, messages}
}

function languageRows(cost) {
  return [
    ['parse floor (remark + GFM + front matter), CPU', `${cost.parseMs.toFixed(0)} ms`, `${cost.files} files`],
    ['every rule, sample forced to strategy, language rules off', `${cost.withoutMs.toFixed(0)} ms`, ''],
    ['every rule, sample forced to strategy, language rules on', `${cost.withMs.toFixed(0)} ms`, `${cost.messages} language messages`],
    ['language rules over the parse', `${cost.languageMs.toFixed(0)} ms`, `${(cost.share * 100).toFixed(1)}% of the parse (goal <= 15%)`]
  ]
}

function generatedStrategy(targetBytes) {
  const paragraph =
    'We will move payment capture to the new service by Q3 2027 and reduce lead time from 5 days to 1 day. ' +
    'Each step is reversible until the next one starts, and the owner reports progress every sprint.\n\n'
  const sections = strategyType.sections.map((spec) => spec.heading)
  const perSection = Math.max(1, Math.round(targetBytes / sections.length / paragraph.length))
  let text = '---\ntype: strategy\n---\n\n# Tech Strategy: Benchmark\n\n'
  for (const heading of sections) text += `## ${heading}\n\n${paragraph.repeat(perSection)}`
  return text
}

async function scaling() {
  const processor = remark().use(remarkLintStrategy).freeze()
  const sizes = values.quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000]
  const results = []
  for (const size of sizes) {
    const text = generatedStrategy(size)
    const times = []
    for (let round = 0; round < (size >= 10_000_000 ? 1 : rounds); round++) {
      times.push(await timeAsync(async () => {
        const file = new VFile(text)
        await processor.run(processor.parse(file), file)
      }))
    }
    results.push({bytes: text.length, ms: median(times), msPerMB: median(times) / (text.length / 1e6)})
  }
  const first = results[0]
  const last = results[results.length - 1]
  return {runs: results, growth: last.ms / first.ms, sizeGrowth: last.bytes / first.bytes}
}

function cliVersusMarkdownlint(sample) {
  const files = sample.map((file) => file.path)
  const markdownlint = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')
  const hasMarkdownlint = fs.existsSync(markdownlint)
  const config = path.join(os.tmpdir(), `strategy-lint-bench-${process.pid}.markdownlint-cli2.jsonc`)
  // MD043 with the strategy's required headings, the closest markdownlint gets to this linter's structure check.
  const headings = ['*', ...strategyType.sections.map((spec) => `## ${spec.heading}`), '*']
  fs.writeFileSync(config, JSON.stringify({config: {default: false, MD043: {headings}}, noInlineConfig: true}))
  const cores = os.availableParallelism()
  const strategyLint = (concurrency) => {
    let result
    const ms = time(() => {
      result = spawnSync(
        process.execPath,
        [path.join(root, 'bin', 'strategy-lint.js'), '--format', 'json', '--no-gitignore', '--concurrency', String(concurrency), ...files],
        {cwd: values.corpus, maxBuffer: 1 << 30, encoding: 'utf8'}
      )
    })
    return {ms, result}
  }
  const serial = []
  const parallel = []
  const theirs = []
  let sameOutput = true
  // Alternate the tools so machine noise hits them alike.
  for (let round = 0; round < rounds; round++) {
    const one = strategyLint(1)
    serial.push(one.ms)
    const many = strategyLint(cores)
    parallel.push(many.ms)
    sameOutput &&= one.result.stdout === many.result.stdout && one.result.status === many.result.status && one.result.stdout.length > 0
    if (hasMarkdownlint) {
      theirs.push(time(() => spawnSync(process.execPath, [markdownlint, '--config', config, ...files], {cwd: values.corpus, maxBuffer: 1 << 30})))
    }
  }
  fs.rmSync(config, {force: true})
  const serialMs = median(serial)
  const parallelMs = median(parallel)
  const theirsMs = hasMarkdownlint ? median(theirs) : undefined
  return {
    files: files.length,
    rounds,
    cores,
    strategyLintMs: serialMs,
    strategyLintParallelMs: parallelMs,
    speedup: serialMs / parallelMs,
    sameOutput,
    markdownlintMd043Ms: theirsMs,
    ratio: theirsMs ? serialMs / theirsMs : undefined,
    parallelRatio: theirsMs ? parallelMs / theirsMs : undefined,
    roundsMs: {serial, parallel, markdownlint: theirs}
  }
}

function cliRows(cli) {
  return [
    ['CLI end to end (strategy-lint --concurrency 1)', `${cli.strategyLintMs.toFixed(0)} ms`, `${cli.files} files`],
    [
      `CLI end to end, --concurrency ${cli.cores}`,
      `${cli.strategyLintParallelMs.toFixed(0)} ms`,
      `${cli.speedup.toFixed(2)}x faster than serial; ${cli.sameOutput ? 'same' : 'DIFFERENT'} output`
    ],
    [
      'markdownlint-cli2, MD043 only',
      cli.markdownlintMd043Ms ? `${cli.markdownlintMd043Ms.toFixed(0)} ms` : 'not installed',
      cli.ratio ? `ratio ${cli.ratio.toFixed(2)} serial, ${cli.parallelRatio.toFixed(2)} with --concurrency ${cli.cores} (goal <= 0.5)` : ''
    ]
  ]
}

function printRows(machine, rows) {
  const width = Math.max(...rows.map((row) => row[0].length))
  console.log(`machine: ${machine.cpus} cores, ${machine.memoryGB} GB, ${machine.model}, Node ${machine.node}`)
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${note}`)
}

const machine = {cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version}

if (values['cli-only']) {
  const cli = cliVersusMarkdownlint(loadSample())
  printRows(machine, cliRows(cli))
  fs.mkdirSync(path.join(root, 'bench-results'), {recursive: true})
  fs.writeFileSync(path.join(root, 'bench-results', 'bench-cli.json'), JSON.stringify({machine, date: new Date().toISOString(), cli}, null, 2) + '\n')
  process.exit(0)
}

function languageServer() {
  const script = path.join(root, 'scripts', 'bench-lsp.js')
  if (!fs.existsSync(script)) return undefined
  const output = execFileSync(process.execPath, [script, '--json'], {cwd: root, encoding: 'utf8'})
  const line = output.trim().split('\n').pop()
  try {
    return JSON.parse(line)
  } catch {
    return {output}
  }
}

if (values['language-only']) {
  const language = await languageCost(loadSample())
  printRows(machine, languageRows(language))
  fs.mkdirSync(path.join(root, 'bench-results'), {recursive: true})
  fs.writeFileSync(path.join(root, 'bench-results', 'bench-language.json'), JSON.stringify({machine, date: new Date().toISOString(), language}, null, 2) + '\n')
  process.exit(0)
}

const sample = loadSample()
const results = {
  machine,
  date: new Date().toISOString(),
  parse: await parseFloorVersusRules(sample),
  language: await languageCost(sample),
  scaling: await scaling(),
  cli: values.quick ? undefined : cliVersusMarkdownlint(sample),
  lsp: values.quick ? undefined : languageServer()
}

const rows = [
  ['parse floor (remark + GFM + front matter)', `${results.parse.parseMs.toFixed(0)} ms`, `${results.parse.files} files`],
  ['full default rule set, same process', `${results.parse.rulesMs.toFixed(0)} ms`, `ratio ${results.parse.ratio.toFixed(2)} (goal <= 1.15)`],
  ...languageRows(results.language).slice(1),
  ...results.scaling.runs.map((run) => [`scaling: ${(run.bytes / 1e6).toFixed(1)} MB strategy`, `${run.ms.toFixed(0)} ms`, `${run.msPerMB.toFixed(0)} ms/MB`]),
  ['scaling: time growth / size growth', results.scaling.growth.toFixed(1), `size x${results.scaling.sizeGrowth.toFixed(0)} (goal: time within 1.1x of size growth)`]
]
if (results.cli) rows.push(...cliRows(results.cli))
if (results.lsp?.medianMs !== undefined) {
  rows.push(['language server didChange -> diagnostics, 2,000 lines', `${results.lsp.medianMs.toFixed(1)} ms median`, `p90 ${results.lsp.p90Ms?.toFixed(1)} ms (goal < 100 ms)`])
}
printRows(results.machine, rows)
fs.mkdirSync(path.join(root, 'bench-results'), {recursive: true})
fs.writeFileSync(path.join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2) + '\n')
