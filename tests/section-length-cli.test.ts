/**
 * strategy-section-length as a reviewer reads documents: concise sections
 * that do their job pass (lists measured in items), one-line and vague
 * one-sentence sections are too thin, long ones too long. Real
 * `strategy-lint` on files on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {CORPUS, corpusPresent} from './support/corpus.js'
import {GOOD_STRATEGY, words} from '../fixtures/cli/documents.js'
import {countWords} from '../src/model/sections.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

interface JsonMessage {
  ruleId: string | null
  line: number | null
  reason: string
}

async function lengthMessages(dir: string, file: string): Promise<string[]> {
  const result = await strategyLint(['--format', 'json', file], dir)
  return (JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>)
    .flatMap((entry) => entry.messages)
    .filter((message) => message.ruleId === 'strategy-section-length')
    .map((message) => `${message.line}: ${message.reason}`)
}

function count(text: string): number {
  return countWords(text)
}

/** Concise, as the realistic documents were (a 47-word Diagnosis, a 59-word Guiding Policy, six dated actions in 77 words): each under half its word minimum. */
const DIAGNOSIS =
  'Every pipeline rebuilds every dependency from scratch, because the build cache was switched off in 2025 after one stale-artifact incident. ' +
  'Nobody owns turning it back on, so each team has added runners instead, and the queue grows with every new repository.'
const POLICY =
  'Trust a shared, content-addressed build cache and make it safe instead of avoiding it: every step is cached by the hash of its inputs, ' +
  'a nightly full rebuild checks the cache, and the platform team owns it. We accept slower nightly builds and one more service to run in return for fast merges.'
const ACTIONS = [
  '1. January 2027: remote cache on for the monorepo (owner: Ana).',
  '2. February 2027: content-hash every Docker layer (owner: Li).',
  '3. March 2027: nightly full rebuild with alerts (owner: Ana).',
  '4. April 2027: shared runners for the five busiest repos (owner: Sam).',
  '5. May 2027: retire the per-team runners (owner: Sam).',
  '6. June 2027: publish pipeline times per team (owner: Li).'
].join('\n')

function replaceSection(text: string, heading: string, body: string): string {
  const start = text.indexOf(`## ${heading}\n`)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const next = text.indexOf('\n## ', start + 1)
  return `${text.slice(0, start)}## ${heading}\n\n${body}\n${next === -1 ? '' : text.slice(next)}`
}

describe.concurrent('strategy-section-length on files', () => {
  it.each(['payments-strategy.md', 'event-driven-vision.md'])('the clean example %s draws no length message', async (name) => {
    expect(await lengthMessages(PACKAGE_ROOT, path.join('fixtures', 'examples', name))).toEqual([])
  })

  it('concise sections that do their job draw none, though each is under half its word minimum (50, 62.5 and 125 words)', async () => {
    expect(count(DIAGNOSIS)).toBeLessThan(50)
    expect(count(POLICY)).toBeLessThan(62.5)
    expect(count(ACTIONS)).toBeLessThan(125)
    let text = replaceSection(GOOD_STRATEGY, 'Diagnosis', DIAGNOSIS)
    text = replaceSection(text, 'Guiding Policy', POLICY)
    text = replaceSection(text, 'Coherent Actions', ACTIONS)
    expect(await lengthMessages(makeProject({'s.md': text}), 's.md')).toEqual([])
  })

  it('a one-line section and a single vague sentence are too thin, each with what it is for and what to write', async () => {
    let text = replaceSection(GOOD_STRATEGY, 'Diagnosis', 'Our builds are slow.')
    text = replaceSection(text, 'Guiding Policy', 'We should consider whether a shared build cache could potentially improve how quickly changes get merged across teams.')
    const lines = text.split('\n')
    expect(await lengthMessages(makeProject({'s.md': text}), 's.md')).toEqual([
      `${lines.indexOf('## Diagnosis') + 1}: Section \`Diagnosis\` is a single line (4 words), too thin to name the actual problem, not its symptoms; write it out (about 100 words), or as a list of specific points`,
      `${lines.indexOf('## Guiding Policy') + 1}: Section \`Guiding Policy\` is a single vague sentence (18 words), too thin to state the approach you will take and the tradeoffs you accept; write it out (about 125 words), or as a list of specific points`
    ])
  })

  it('a single sentence that puts the content off is vague (as a Roadmap section on the corpus reads)', async () => {
    const text = replaceSection(GOOD_STRATEGY, 'Coherent Actions', 'We are currently in the process of defining our platform roadmap and will update this section accordingly.')
    expect(await lengthMessages(makeProject({'s.md': text}), 's.md')).toEqual([
      expect.stringMatching(/Section `Coherent Actions` is a single vague sentence \(17 words\), too thin to list specific, sequenced initiatives;/)
    ])
  })

  it('a section far over its budget is too long, as before', async () => {
    const text = replaceSection(GOOD_STRATEGY, 'Success Criteria', `Checkout p95 latency from 900 ms to 300 ms by Q3 2027. ${words(300, 4)}`)
    const [message, ...rest] = await lengthMessages(makeProject({'s.md': text}), 's.md')
    expect(rest).toEqual([])
    expect(message).toMatch(/Section `Success Criteria` has \d+ words, far over its budget of a quarter of a page \(about 125 words\)/)
  })

  it('a minimum the team set in words (`budgets`) is measured in words', async () => {
    const text = replaceSection(GOOD_STRATEGY, 'Diagnosis', DIAGNOSIS)
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': ['warn', {budgets: {diagnosis: {minWords: 200}}}]}}]]}),
      's.md': text
    })
    linkPackage(dir)
    expect(await lengthMessages(dir, 's.md')).toEqual([
      expect.stringMatching(/Section `Diagnosis` has \d+ words, far too thin to name the actual problem, not its symptoms \(it needs about 200 words\)$/)
    ])
  })
})

describe.skipIf(!corpusPresent('the judged one-line Contexts of decision records (tests/section-length-cli.test.ts)'))('a decision record\'s one-line Context', () => {
  // The five one-line-Context warnings the corpus's decision records got while the `adr` Context had a minimum, judged
  // blind by three (tests/judged/adr-context-length.tsv): the four on the record `adr init` writes wrong by all three,
  // one right by two to one. A check right one time in five is gone: none of them is reported.
  const [, ...rows] = fs.readFileSync(path.join(PACKAGE_ROOT, 'tests', 'judged', 'adr-context-length.tsv'), 'utf8').split('\n').filter(Boolean)
  const judged = rows.map((row) => {
    const [file, line, , ...verdicts] = row.split('\t')
    return {file, line: Number(line), right: verdicts.slice(0, 3).filter((verdict) => verdict === 'right').length}
  })

  it('the five were judged, one right by the majority, and none is reported now', async () => {
    expect(judged.map((row) => row.right >= 2)).toEqual([false, false, false, false, true])
    for (const {file, line} of judged) {
      const messages = await lint(new VFile({value: fs.readFileSync(path.join(CORPUS, file)), path: file, cwd: CORPUS}))
      expect(messages.filter((message) => message.ruleId === 'strategy-section-length' && message.line === line), file).toEqual([])
    }
  })
})
