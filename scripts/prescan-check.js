#!/usr/bin/env node
/**
 * Check the pre-scan (src/engine/prescan.ts) against the full parse on every Markdown
 * file of a corpus (default ../shared/corpus): each file is linted twice in
 * process, once with the full parse and once with the pre-scan in front of
 * it, and the two reports (every message field, and the `strategyType`
 * marker) must be equal byte for byte. Prints the files compared, how many
 * the pre-scan skipped, the differences (exit 1 if any) and the time of each
 * side.
 *
 *   node scripts/prescan-check.js [folder...] [--limit N] [--config options.json] [--shard K/N]
 *
 * --config lints with plugin options read from a JSON file (custom types,
 * globs) instead of the defaults; --shard K/N checks only every N-th file from
 * the K-th (0-based), to spread the check over several processes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkLintStrategy from '../dist/src/index.js'
import {builtinTypes, resolveTypes} from '../dist/src/index.js'
import {compileGlobs} from '../dist/src/model/detect.js'
import {PRESCAN_KEY, prescan} from '../dist/src/engine/prescan.js'
import {fileReport} from './file-report.js'
import {markdownFiles} from './markdown-files.js'
import {countOption, requireFolder, scriptArguments} from './script-args.js'

const {values, positionals} = scriptArguments(import.meta.url, {
  allowPositionals: true,
  options: {
    limit: {type: 'string'},
    config: {type: 'string'},
    shard: {type: 'string'}
  }
})
const roots = (positionals.length > 0 ? positionals : ['../shared/corpus']).map((folder) => path.resolve(folder))
const root = roots.length === 1 ? roots[0] : path.dirname(roots[0])
for (const folder of roots) requireFolder(import.meta.url, folder)
const limit = countOption(import.meta.url, '--limit', values.limit) ?? Number.POSITIVE_INFINITY
const options = values.config ? JSON.parse(fs.readFileSync(values.config, 'utf8')) : undefined

const full = remark().use(remarkLintStrategy, options).freeze()
const scanned = remark()
  .data(PRESCAN_KEY, true)
  .use(remarkLintStrategy, options)
  .freeze()

async function lint(processor, filePath, value) {
  const file = new VFile({path: path.relative(root, filePath), value, cwd: root})
  const started = process.hrtime.bigint()
  try {
    await processor.run(processor.parse(file), file)
  } catch (error) {
    file.message(`threw: ${error instanceof Error ? error.message : String(error)}`)
  }
  return {file, nanoseconds: process.hrtime.bigint() - started}
}

const [shard, shards] = (values.shard ?? '0/1').split('/').map(Number)
const files = roots
  .flatMap((folder) => markdownFiles(folder))
  .slice(0, limit)
  .filter((_, index) => index % shards === shard)
let compared = 0
let skipped = 0
let typed = 0
let fullTime = 0n
let scannedTime = 0n
const differences = []
const reasons = {}
const settings = {types: options?.types ? resolveTypes(options.types) : builtinTypes, globs: compileGlobs(options?.globs ?? {})}
for (const filePath of files) {
  const value = fs.readFileSync(filePath)
  const a = await lint(full, filePath, value)
  const b = await lint(scanned, filePath, value)
  fullTime += a.nanoseconds
  scannedTime += b.nanoseconds
  compared++
  if (b.file.data.strategyPrescanned) skipped++
  if (a.file.data.strategyType) typed++
  const left = fileReport(a.file)
  const right = fileReport(b.file)
  if (!b.file.data.strategyPrescanned && !a.file.data.strategyType) {
    // Why an untyped file still took the full parse: what to improve next.
    const reason = prescan(String(a.file).replace(/^\uFEFF/, ''), a.file, settings).replace(/ of type \S+$/, '')
    reasons[reason] = (reasons[reason] ?? 0) + 1
  }
  if (left !== right) differences.push({file: a.file.path, full: left, prescanned: right})
}
const seconds = (nanoseconds) => (Number(nanoseconds) / 1e9).toFixed(1)
console.log(`compared     ${compared} files (${typed} typed by the full parse)`)
console.log(`skipped      ${skipped} by the pre-scan (${compared - skipped} parsed in full)`)
for (const [reason, count] of Object.entries(reasons).sort((x, y) => y[1] - x[1])) console.log(`  untyped, parsed: ${count} ${reason}`)
console.log(`differences  ${differences.length}`)
console.log(`time         full ${seconds(fullTime)} s, pre-scanned ${seconds(scannedTime)} s`)
for (const difference of differences.slice(0, 20)) {
  console.log(`\n${difference.file}\n  full:        ${difference.full.slice(0, 400)}\n  pre-scanned: ${difference.prescanned.slice(0, 400)}`)
}
process.exitCode = differences.length > 0 ? 1 : 0
