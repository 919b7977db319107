#!/usr/bin/env node
/**
 * In-place recall: the sentences the goal rules read on whole corpus
 * documents, forced to a type, that no language rule reports, every k-th of
 * them, for labelling blind (tests/language/in-place-unflagged.tsv,
 * tests/language/README.md). The goal rules read headings that name goals
 * or plans as their `goalHeadings` option does by default (strategy-vague-goal
 * does); with --goal-headings both do.
 *
 *   node scripts/draw-unflagged.js [folder...] [--type strategy|vision] [--goal-headings] [--size 150] [--offset 0] [--out sample.tsv]
 *
 * --offset N takes the N-th sentence of each stretch of k (0 by default), so
 * that a second sample of the same size shares no sentence with the first
 * (it must be below k, which the script prints).
 * Folders default to the corpus's strategy, goals and direction sources
 * (sourcegraph-strategy, rust-project-goals, nodejs-next-10). A sentence on a
 * line that has a finding is left out; so are sentences under 12 or over 400
 * characters (fragments and run-ons). Prints the size of the pool and of the
 * sample; writes `file`, `line`, `text` (paths relative to the corpus).
 * Runs against dist/ (build first).
 */
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkLintStrategy, {getDocument, rules} from '../dist/src/index.js'
import {textUnits} from '../dist/src/language/analysis.js'
import {markdownFiles} from './markdown-files.js'
import {countOption, fail, requireFolder, scriptArguments} from './script-args.js'

const {values, positionals} = scriptArguments(import.meta.url, {
  allowPositionals: true,
  options: {
    type: {type: 'string', default: 'strategy'},
    'goal-headings': {type: 'boolean', default: false},
    size: {type: 'string', default: '150'},
    offset: {type: 'string', default: '0'},
    out: {type: 'string', default: 'unflagged.tsv'}
  }
})
const size = countOption(import.meta.url, '--size', values.size)
const offset = countOption(import.meta.url, '--offset', values.offset, 0)
const corpus = path.resolve('../shared/corpus')
const folders = positionals.length > 0 ? positionals.map((folder) => path.resolve(folder)) : ['sourcegraph-strategy', 'rust-project-goals', 'nodejs-next-10'].map((name) => path.join(corpus, name))
for (const folder of folders) requireFolder(import.meta.url, folder)

const GOAL_RULES = ['strategy-vague-goal', 'strategy-noncommittal']
const LANGUAGE = /^strategy-(?:vague-goal|noncommittal|measurable-criteria|unquantified-pitch)$/
const goalHeadings = values['goal-headings']
const options = {type: values.type, rules: goalHeadings ? Object.fromEntries(GOAL_RULES.map((id) => [id, {goalHeadings: true}])) : {}}
const processor = remark().use(remarkLintStrategy, options).freeze()

/** The goal rules that read headings that name goals or plans: all with --goal-headings, else those whose option is on by default (strategy-vague-goal). */
const readingGoalHeadings = new Set(GOAL_RULES.filter((id) => goalHeadings || rules.find((rule) => rule.ruleId === id)?.meta.options?.goalHeadings?.default === true))

/** Whether a goal rule reads the sentences of `section`, as the configuration says. */
const read = (document, section) => GOAL_RULES.some((id) => document.ruleReads(id, section) || (readingGoalHeadings.has(id) && document.readsGoalHeading(id, section)))

const pool = []
for (const filePath of folders.flatMap((folder) => markdownFiles(folder)).sort()) {
  const file = new VFile({path: path.relative(corpus, filePath), value: fs.readFileSync(filePath), cwd: corpus})
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const document = getDocument(tree, file)
  const reported = new Set(file.messages.filter((message) => LANGUAGE.test(message.ruleId ?? '')).map((message) => message.line))
  for (const unit of textUnits(document)) {
    if (unit.inHeading || !read(document, unit.section)) continue
    for (const sentence of unit.sentences) {
      const line = document.pointAt(unit.toSource(sentence.start)).line
      const text = sentence.text.replace(/\s+/g, ' ')
      if (!reported.has(line) && text.length >= 12 && text.length <= 400) pool.push({file: file.path, line, text})
    }
  }
}
const every = Math.max(1, Math.ceil(pool.length / size))
if (offset >= every) fail('draw-unflagged', `--offset must be below ${every} (one in ${every} of ${pool.length} sentences is drawn), got \`${offset}\``)
const sample = pool.filter((_, index) => index % every === offset)
const rows = sample.map((row) => [row.file, row.line, row.text.replace(/\t/g, ' ')].join('\t'))
fs.writeFileSync(values.out, `file\tline\ttext\n${rows.join('\n')}\n`)
console.log(`pool ${pool.length} unreported sentences read; one in ${every} (offset ${offset}): ${sample.length} written to ${values.out}`)
