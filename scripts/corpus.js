#!/usr/bin/env node
/**
 * Lint every Markdown file of a corpus (default ../shared/corpus) in process with the
 * default setup, and print: files, crashes, the type each file was assigned, messages
 * per rule and the time taken. Exit 1 if any file crashed the linter.
 *
 *   node scripts/corpus.js [folder|file.md...] [--root folder] [--limit N]
 *     [--json out.json] [--type strategy|vision] [--rules all|structure|language]
 *     [--only id,id...] [--goal-headings] [--findings N]
 *
 * --type forces every file to a type; --rules runs a subset; --only runs just the
 * named rules (comma-separated ids, combined with --rules; an opt-in rule, off
 * by default, runs when named here); --goal-headings turns on the
 * `goalHeadings` option of the rules that have it (they also read headings
 * that name goals or plans, src/model/goal-headings.ts); --findings prints a
 * deterministic sample of N messages (every k-th) for reading by hand. A Markdown
 * file may be named instead of a folder; --root sets the folder the printed paths
 * are relative to (default: the folder given, or the parent of the first one).
 */
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkLintStrategy, {getDocument, ruleIds, rules} from '../dist/src/index.js'
import {markdownFiles} from './markdown-files.js'
import {countOption, requireFolder, scriptArguments} from './script-args.js'

const {values, positionals} = scriptArguments(import.meta.url, {
  allowPositionals: true,
  options: {
    limit: {type: 'string'},
    root: {type: 'string'},
    json: {type: 'string'},
    type: {type: 'string'},
    rules: {type: 'string', default: 'all'},
    findings: {type: 'string'},
    only: {type: 'string'},
    'goal-headings': {type: 'boolean', default: false}
  }
})
const roots = (positionals.length > 0 ? positionals : ['../shared/corpus']).map((folder) => path.resolve(folder))
const isMarkdownFile = (name) => /\.(?:md|markdown)$/i.test(name) && fs.statSync(name, {throwIfNoEntry: false})?.isFile() === true
const root = values.root
  ? path.resolve(values.root)
  : roots.length === 1 && !isMarkdownFile(roots[0])
    ? roots[0]
    : path.dirname(roots[0])
if (values.root) requireFolder(import.meta.url, root, 'the --root')
for (const folder of roots) if (!isMarkdownFile(folder)) requireFolder(import.meta.url, folder)
const limit = countOption(import.meta.url, '--limit', values.limit) ?? Number.POSITIVE_INFINITY
const wantedFindings = countOption(import.meta.url, '--findings', values.findings)

const LANGUAGE_RULES = new Set([
  'strategy-measurable-criteria',
  'strategy-vague-goal',
  'strategy-noncommittal',
  'strategy-unquantified-pitch'
])
const only = values.only
  ? new Set(
      values.only
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    )
  : undefined
for (const id of only ?? []) {
  if (!ruleIds.includes(id)) {
    console.error(`corpus: unknown rule \`${id}\` in --only; rules are ${ruleIds.join(', ')}`)
    process.exit(2)
  }
}
const keep = (id) =>
  (only === undefined || only.has(id)) &&
  (values.rules === 'all' || (values.rules === 'language' ? LANGUAGE_RULES.has(id) : !LANGUAGE_RULES.has(id)))
const options = {
  ...(values.type ? {type: values.type} : {}),
  rules: {
    ...Object.fromEntries(ruleIds.filter((id) => !keep(id)).map((id) => [id, false])),
    // An opt-in rule (off by default) runs when --only names it.
    ...Object.fromEntries(rules.filter((rule) => rule.meta.optIn && only?.has(rule.ruleId) && keep(rule.ruleId)).map((rule) => [rule.ruleId, true])),
    // The goal rules with `goalHeadings` on (issue #12's in-place check of headings that name goals).
    ...(values['goal-headings']
      ? Object.fromEntries(rules.filter((rule) => rule.meta.options?.goalHeadings && keep(rule.ruleId)).map((rule) => [rule.ruleId, {goalHeadings: true}]))
      : {})
  }
}

const files = roots.flatMap((folder) => (isMarkdownFile(folder) ? [folder] : markdownFiles(folder))).slice(0, limit)
const processor = remark().use(remarkLintStrategy, options).freeze()
const findings = []
const types = {}
/** Types assigned per corpus source (the first folder of each path), for sources where any file got a type. */
const typesBySource = {}
const sources = {}
const perRule = {}
const crashes = []
let bytes = 0
let messages = 0
const started = process.hrtime.bigint()
for (const filePath of files) {
  const value = fs.readFileSync(filePath)
  bytes += value.length
  const file = new VFile({path: path.relative(root, filePath), value, cwd: root})
  try {
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const document = getDocument(tree, file)
    const type = document.type?.id ?? (document.unknownType ? 'unknown' : 'none')
    types[type] = (types[type] ?? 0) + 1
    const source = file.path.split(/[\\/]/)[0]
    typesBySource[source] ??= {}
    typesBySource[source][type] = (typesBySource[source][type] ?? 0) + 1
    if (document.typeSource) sources[document.typeSource] = (sources[document.typeSource] ?? 0) + 1
    for (const message of file.messages) {
      if (message.fatal && !message.ruleId) crashes.push(`${file.path}: ${message.reason}`)
      if (/crashed on this file/.test(message.reason)) crashes.push(`${file.path}: ${message.reason}`)
      findings.push(`${file.path}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
      const id = message.ruleId ?? '(none)'
      perRule[id] = (perRule[id] ?? 0) + 1
      messages++
    }
  } catch (error) {
    crashes.push(`${file.path}: ${error instanceof Error ? error.stack : String(error)}`)
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9

const summary = {
  corpus: root,
  files: files.length,
  megabytes: Number((bytes / 1e6).toFixed(1)),
  seconds: Number(seconds.toFixed(2)),
  filesPerSecond: Math.round(files.length / seconds),
  crashes: crashes.length,
  types,
  typeSources: sources,
  typesBySource: Object.fromEntries(Object.entries(typesBySource).filter(([, counts]) => Object.keys(counts).some((type) => type !== 'none'))),
  messages,
  messagesPerRule: Object.fromEntries(Object.entries(perRule).sort(([a], [b]) => a.localeCompare(b)))
}
console.log(`files      ${summary.files} (${summary.megabytes} MB) in ${summary.seconds} s, ${summary.filesPerSecond} files/s`)
console.log(`crashes    ${summary.crashes}`)
console.log(`types      ${Object.entries(types).map(([id, count]) => `${id} ${count}`).join(', ')}`)
console.log(`detected   ${Object.entries(sources).map(([id, count]) => `${id} ${count}`).join(', ') || 'none'}`)
for (const [source, counts] of Object.entries(summary.typesBySource)) {
  console.log(`  ${source.padEnd(32)} ${Object.entries(counts).map(([id, count]) => `${id} ${count}`).join(', ')}`)
}
console.log(`messages   ${messages}`)
for (const [id, count] of Object.entries(summary.messagesPerRule)) console.log(`  ${id.padEnd(28)} ${count}`)
for (const crash of crashes.slice(0, 20)) console.error(`CRASH ${crash}`)
if (wantedFindings !== undefined) {
  const wanted = wantedFindings
  const step = Math.max(1, Math.floor(findings.length / wanted))
  console.log(`\nsample of ${Math.min(wanted, findings.length)} findings (every ${step}th):`)
  for (let index = 0, shown = 0; index < findings.length && shown < wanted; index += step, shown++) console.log(findings[index])
}
if (values.json) fs.writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n')
process.exitCode = crashes.length > 0 ? 1 : 0
