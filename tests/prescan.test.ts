/**
 * The pre-scan (src/engine/prescan.ts) must never change a report: every generated
 * document is linted with the full parse and with the pre-scan in front of
 * it, and the messages (every field) and the `strategyType` marker must be
 * equal. The documents are built to trip a line scanner: headings in lists,
 * block quotes, HTML blocks, fenced and indented code, setext headings, inline
 * syntax in headings, front matter variants, CRLF and CR line endings, byte
 * order marks, typed titles and the headings of every built-in type and of a
 * configured one.
 */
import fs from 'node:fs'
import path from 'node:path'
import {toString} from 'mdast-util-to-string'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import remarkLintStrategy, {builtinTypes, ruleIds, type StrategyOptions} from '../src/index.js'
import {codeSpanText, hasOnlyCodeSpanSyntax, MAX_TEXT, PRESCAN_KEY, prescan, runsOnlyThisPlugin, settlePrescanned, UNTYPED_RULES} from '../src/engine/prescan.js'
import {runEngineBatched} from '../src/engine/run.js'
import {MISSING_SECTION} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects} from '../fixtures/cli/project.js'
// The comparison scripts/prescan-check.js makes on the corpus.
import {fileReport} from '../scripts/file-report.js'

const KEP: StrategyOptions = {
  types: {
    kep: {
      name: 'enhancement proposal',
      globs: ['keps/**/README.md'],
      title: ['^KEP-\\d+'],
      minHeadings: 2,
      sections: ['Summary', {heading: 'Motivation', children: ['Goals']}, 'Proposal', 'Design Details']
    }
  },
  globs: {'docs/strategy/**/*.md': 'strategy'}
}

function processors(options?: StrategyOptions) {
  return {
    full: remark().use(remarkLintStrategy, options).freeze(),
    scanned: remark()
      .data(PRESCAN_KEY as never, true as never)
      .use(remarkLintStrategy, options)
      .freeze()
  }
}

type Pair = ReturnType<typeof processors>

async function lintWith(processor: Pair['full'], value: string, filePath: string): Promise<VFile> {
  const file = new VFile({value, path: filePath, cwd: '/project'})
  await processor.run(processor.parse(file), file)
  return file
}

async function compare(pair: Pair, value: string, filePath = 'notes/doc.md') {
  const full = await lintWith(pair.full, value, filePath)
  const scanned = await lintWith(pair.scanned, value, filePath)
  return {full, scanned, same: fileReport(full) === fileReport(scanned)}
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]}
}

const TITLES = [
  'Observability Strategy 2026',
  'A Vision for Search',
  'Search: technical vision',
  'Engineering Strategy',
  'Technical Vision: Payments',
  'ADR 12: Use Postgres',
  'ADR-0007 - Queue choice',
  'KEP-42: Pod resize',
  'Release notes',
  'Strategy',
  'Meeting notes 2026-01-04',
  '`Engineering` Strategy',
  '*Technical* strategy',
  '[Tech strategy](https://example.com)',
  '[Tech strategy]',
  'Tech &amp; strategy',
  '&#84;ech strategy',
  'Tech\\ strategy',
  'Tech <span>strategy</span>',
  'Tech strategy ###',
  'Observability Strategy 2026 #',
  'Vision',
  'Payments — Strategy',
  'ＴＥＣＨ ＳＴＲＡＴＥＧＹ'
]

const SECTIONS = [
  // strategy
  'Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will Not Do', "What We Won't Do", 'What We Wont Do', 'What we dont do', 'Risks and Mitigations', 'Risks & Mitigations', 'Success Criteria',
  // vision
  'Current State', 'Guiding Principles', 'Target State', 'Migration Strategy', 'Key Decisions', 'Success Metrics',
  // adr / madr
  'Status', 'Decision', 'Consequences', 'Context and Problem Statement', 'Considered Options', 'Decision Outcome', 'Decision Drivers', 'Pros and Cons of the Options',
  // kep
  'Summary', 'Motivation', 'Goals', 'Proposal', 'Design Details',
  // others and near misses
  'Installation', 'Usage', 'FAQ', '1. Context', 'Context (2026)', 'Diagnosis: why now', 'Risks and Mitigatons', 'CONTEXT', 'Decisions'
]

/** Ways to write a heading line (or lines) that a line scanner could get wrong. */
const FORMS: Array<(depth: number, text: string) => string> = [
  (depth, text) => `${'#'.repeat(depth)} ${text}`,
  (depth, text) => `${'#'.repeat(depth)} ${text} ${'#'.repeat(depth)}`,
  (depth, text) => `   ${'#'.repeat(depth)}\t${text}`,
  (depth, text) => `${text}\n${depth === 1 ? '=====' : '-----'}`,
  (depth, text) => `${text}\n${depth === 1 ? '=' : '-'}`,
  (depth, text) => `Some intro line\n${text}\n${depth === 1 ? '===' : '---'}`,
  (depth, text) => `- ${'#'.repeat(depth)} ${text}`,
  (depth, text) => `> ${'#'.repeat(depth)} ${text}`,
  (depth, text) => `> ${text}\n> ${depth === 1 ? '===' : '---'}`,
  (depth, text) => `1. ${text}\n   ${depth === 1 ? '===' : '---'}`,
  (depth, text) => `    ${'#'.repeat(depth)} ${text}`,
  (depth, text) => `\`\`\`\n${'#'.repeat(depth)} ${text}\n\`\`\``,
  (depth, text) => `~~~ sh\n${'#'.repeat(depth)} ${text}\n~~~`,
  (depth, text) => `\`\`\`\`\n\`\`\`\n${'#'.repeat(depth)} ${text}\n\`\`\`\``,
  (depth, text) => `  \`\`\`\n${'#'.repeat(depth)} ${text}\n  \`\`\``,
  (depth, text) => `- item\n\n  \`\`\`\n${'#'.repeat(depth)} ${text}`,
  (depth, text) => `<div>\n\`\`\`\n</div>\n\n${'#'.repeat(depth)} ${text}`,
  (depth, text) => `<!--\n\`\`\`\n-->\n${'#'.repeat(depth)} ${text}`,
  (depth, text) => `<div>\n${'#'.repeat(depth)} ${text}\n</div>`,
  (depth, text) => `[ref]:\n\`\`\`\n${'#'.repeat(depth)} ${text}`,
  (depth, text) => `| a |\n| - |\n\`\`\`\n${'#'.repeat(depth)} ${text}`,
  (depth, text) => `${'#'.repeat(depth)} **${text}**`,
  (depth, text) => `${'#'.repeat(depth)} [${text}](#x)`,
  (depth, text) => `${'#'.repeat(depth)} [${text}]\n\n[${text}]: https://example.com`,
  // Brackets that stay text without a definition, and turn into a link or a footnote call with one.
  (depth, text) => `${'#'.repeat(depth)} [${text}]`,
  (depth, text) => `${'#'.repeat(depth)} ${text} [optional]`,
  (depth, text) => `${'#'.repeat(depth)} ${text} [optional]\n\n[optional]: #optional`,
  (depth, text) => `${'#'.repeat(depth)} ${text}[^1]\n\n[^1]: A note.`,
  (depth, text) => `${'#'.repeat(depth)} ${text} \`[x]\`\n\n[x]: #x`,
  (depth, text) => `${'#'.repeat(depth)} ${text}<span>[x]</span>\n\n[x]: #x`,
  (depth, text) => `${'#'.repeat(depth)} [${text}][x](#y)\n\n[x]: #x`,
  (depth, text) => `${'#'.repeat(depth)} [${text}] [optional]\n\n[other]: #x`,
  (depth, text) => `${'#'.repeat(depth)} [${text}]\n\n- [  ${text.toUpperCase()}\n  ]: #x`,
  (depth, text) => `${'#'.repeat(depth)} [${text}]\n\n[${text}\\]]: #x`,
  (depth, text) => `${'#'.repeat(depth)} ${text} [^Note]\n\n> [^note]: A note.`,
  (depth, text) => `${'#'.repeat(depth)} ${text.replace(/^./, (first) => `&#${first.charCodeAt(0)};`)}`,
  (depth, text) => `${'#'.repeat(depth)} ${text}<!-- note -->`,
  (depth, text) => `${'#'.repeat(depth)} \`${text}\``,
  (depth, text) => `${'#'.repeat(depth)} \`\` ${text.slice(0, 3)}\`\` ${text.slice(3)} \``,
  (depth, text) => `${'#'.repeat(depth)} \`${text.slice(0, 2)}\`\`${text.slice(2)}\` #`,
  (depth, text) => `\\${'#'.repeat(depth)} ${text}`,
  (depth, text) => `${'#'.repeat(depth)}${text}`,
  (depth, text) => `${text}  \nmore\n${depth === 1 ? '===' : '---'}`
]

const FRONT_MATTER = [
  '',
  '---\ntitle: Observability Strategy 2026\n---\n',
  '---\ntitle: Release notes\nauthor: someone\n---\n',
  '---\ntype: strategy\n---\n',
  '---\ntype: nonsense\n---\n',
  '---\ndoc-type: vision\n---\n',
  '---\ntitle: [broken\n---\n',
  '---\n---\n',
  '--- \ntitle: Tech Strategy\n---  \n',
  '+++\ntitle = "Tech Strategy"\n+++\n',
  '+++\ntype = "strategy"\n+++\n',
  '---\ntitle: Unclosed\n',
  '----\n',
  '---\n"\\x74ype": strategy\n---\n',
  '---\n# Context\n# Diagnosis\n---\n'
]

const FILLER = [
  'Plain paragraph text with a [link](https://example.com) and `code`.',
  '```js\n// # Context\nconst x = 1\n```',
  '    indented code\n    # Diagnosis',
  '- list item\n- another',
  '> quoted line',
  '<details>\n<summary>More</summary>\n\n# Guiding Policy\n</details>',
  '***',
  '<!-- lint disable strategy-placeholder -->',
  '<!-- lint disable no-such-rule -->',
  'TODO: fill in',
  '| Metric | Target |\n| --- | --- |\n| p99 | 200 ms |'
]

function generate(seed: number): string {
  const {next, pick} = random(seed)
  const parts: string[] = []
  if (next() < 0.4) {
    const depth = next() < 0.8 ? 1 : 2
    parts.push(pick(FORMS)(depth, pick(TITLES)))
  }
  const count = Math.floor(next() * 7)
  for (let index = 0; index < count; index++) {
    if (next() < 0.5) parts.push(pick(FILLER))
    const depth = next() < 0.7 ? 2 : pick([1, 3])
    // Plain headings most of the time, so that documents do reach a type.
    const form = next() < 0.5 ? FORMS[0] : pick(FORMS)
    parts.push(form(depth, pick(SECTIONS)))
    if (next() < 0.7) parts.push('We will do the thing by 2027 and measure it.')
  }
  let text = (next() < 0.3 ? pick(FRONT_MATTER) : '') + parts.join(next() < 0.8 ? '\n\n' : '\n') + '\n'
  const ending = next()
  if (ending < 0.2) text = text.replace(/\n/g, '\r\n')
  else if (ending < 0.25) text = text.replace(/\n/g, '\r')
  if (next() < 0.15) text = '\uFEFF' + text
  return text
}

describe('pre-scan against the full parse', () => {
  it('reads a heading whose only inline syntax is backticks as the parser does', () => {
    const parser = remark().use(remarkGfm).freeze()
    const {next, pick} = random(7)
    const pieces = ['`', '``', '```', ' ', '  ', '\t', 'a', 'Context', 'x y', 'www.example.com', 'a@b.co', 'https://x.org', 'HTTP://x.org', 'mailto:a', 'xmpp:b', 'RFC: ', 'http:', '#', '.']
    let checked = 0
    for (let round = 0; round < 12000; round++) {
      const length = 1 + Math.floor(next() * 9)
      const content = Array.from({length}, () => pick(pieces)).join('').trim()
      if (!hasOnlyCodeSpanSyntax(content) || /^#|#$/.test(content)) continue
      checked++
      const [heading] = parser.parse(`## ${content}`).children
      expect(codeSpanText(content), JSON.stringify(content)).toBe(heading.type === 'heading' ? toString(heading) : undefined)
    }
    expect(checked).toBeGreaterThan(1000)
    // Lines an autolink literal may run through are left to the parser.
    expect(['www.example.com.`x`', 'see https://x.org/`a`', 'a@b.co`x`', 'mailto:a`x`'].filter(hasOnlyCodeSpanSyntax)).toEqual([])
    expect(hasOnlyCodeSpanSyntax('KEP-1: `foo` http:')).toBe(true)
  })

  it('gives the same report on 500 generated documents with the built-in types', async () => {
    const pair = processors()
    let skipped = 0
    let typed = 0
    const differing: string[] = []
    for (let seed = 1; seed <= 500; seed++) {
      // Let the test runner's messages through now and then.
      if (seed % 25 === 0) await new Promise((resolve) => setImmediate(resolve))
      const value = generate(seed)
      const {full, scanned, same} = await compare(pair, value)
      if (!same) differing.push(JSON.stringify(value))
      if (scanned.data.strategyPrescanned) skipped++
      if (full.data.strategyType) typed++
      // A skipped file is one the full parse leaves untyped, always.
      if (scanned.data.strategyPrescanned) expect(full.data.strategyType).toBeNull()
    }
    expect(differing).toEqual([])
    // The generator reaches both sides: many typed documents, many skipped.
    expect(typed).toBeGreaterThan(90)
    expect(skipped).toBeGreaterThan(80)
  }, 600_000)

  it('gives the same report with a configured type and globs, at several paths', async () => {
    const pair = processors(KEP)
    const paths = ['notes/doc.md', 'keps/42/README.md', 'docs/strategy/2026.md', 'docs/adr/0001-x.md', 'docs/decisions/README.md']
    let skipped = 0
    const differing: string[] = []
    for (let seed = 2001; seed <= 2300; seed++) {
      if (seed % 25 === 0) await new Promise((resolve) => setImmediate(resolve))
      const value = generate(seed)
      const filePath = paths[seed % paths.length]
      const {scanned, same} = await compare(pair, value, filePath)
      if (!same) differing.push(`${filePath}: ${JSON.stringify(value)}`)
      if (scanned.data.strategyPrescanned) skipped++
    }
    expect(differing).toEqual([])
    expect(skipped).toBeGreaterThan(15)
  }, 600_000)

  it('rules out a heading with inline syntax without parsing it only when its key can be no canonical one', async () => {
    const pair = processors(KEP)
    // Two plain canonical headings of each type; a third, written with inline syntax, decides whether the document is typed.
    // Each base with the headings that can make its type (the rest of SECTIONS, near misses and others, with every base).
    const bases: Array<[string, string[]]> = [
      ['## Context\n\n## Diagnosis', ['Guiding Policy', 'Coherent Actions', 'What We Will Not Do', "What We Won't Do", 'Risks and Mitigations', 'Risks & Mitigations', 'Success Criteria']],
      ['## Current State\n\n## Target State', ['Guiding Principles', 'Migration Strategy', 'Key Decisions', 'Success Metrics']],
      ['## Status\n\n## Decision', ['Context', 'Consequences']],
      ['## Decision Drivers\n\n## Considered Options', ['Context and Problem Statement', 'Decision Outcome', 'Pros and Cons of the Options']],
      ['## Summary', ['Motivation', 'Goals', 'Proposal', 'Design Details']]
    ]
    const others = SECTIONS.filter((name) => !bases.some(([base, names]) => names.includes(name) || base.includes(`## ${name}\n`) || base.endsWith(`## ${name}`)))
    const writings: Array<(name: string) => string> = [
      (name) => `\`${name}\``,
      (name) => `*${name}*`,
      (name) => name.replace(/(\w)(\w+)$/, '$1**$2**'),
      (name) => `[${name}](https://example.com/${name.replace(/ /g, '-')})`,
      (name) => `[${name}][x]\n\n[x]: https://example.com`,
      (name) => `${name} [optional]\n\n[optional]: #optional`,
      (name) => `<b>${name}</b>`,
      (name) => `1. \`${name}\` (draft)`,
      (name) => `~~Old~~ ${name}`,
      (name) => `${name}[^1]\n\n[^1]: A note.`,
      // What a heading key adds: contractions (a backtick left as text is an apostrophe), `+` and `&` as `and`, references.
      (name) => name.replace(/'/g, '`').replace(/ Not /, 'n`t '),
      (name) => name.replace(/ and /i, ' + ').replace(/^Risks$/, 'Risks +'),
      (name) => name.replace(/ and /i, ' &amp; '),
      (name) => `&#${name.charCodeAt(0)};${name.slice(1)}`,
      (name) => `&#x${name.charCodeAt(0).toString(16)};${name.slice(1)}`,
      (name) => `\`${name.toUpperCase()}\``,
      // The most numbering a key drops, and a long line that is no section's name.
      (name) => `Chapter 123.456.789.123.456 \`${name}\``,
      (name) => `\`${name}\` and what the other teams think of it, and why`,
      // Text dropped after a closing bracket: an HTML comment or a link title that holds one, an escaped one in a label.
      (name) => `${name} <!-- a > ${'b'.repeat(60)} -->`,
      (name) => `[${name}](#x "a) ${'b'.repeat(60)}")`,
      (name) => `[${name}][a\\] ${'b'.repeat(60)}]\n\n[a\\] ${'b'.repeat(60)}]: #x`,
      // A trailing attribute block (a heading id), whose letters the key drops.
      (name) => `\`${name}\` {#${'b'.repeat(60)}}`,
      (name) => `*${name}* {: #x .${'b'.repeat(60)}}`
    ]
    let typed = 0
    let skipped = 0
    const differing: string[] = []
    for (const [base, names] of bases) {
      for (const name of [...names, ...others]) {
        for (const write of writings) {
          const value = `# Notes\n\n${base}\n\n## ${write(name)}\n`
          const {full, scanned, same} = await compare(pair, value)
          if (!same) differing.push(JSON.stringify(value))
          if (full.data.strategyType) typed++
          if (scanned.data.strategyPrescanned) skipped++
        }
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(differing).toEqual([])
    expect(typed).toBeGreaterThan(150)
    expect(skipped).toBeGreaterThan(400)
  }, 600_000)

  it('parses in full what each detection path needs', async () => {
    const pair = processors(KEP)
    const cases: Array<[string, string]> = [
      ['# Observability Strategy 2026\n\nText.\n', 'notes/a.md'],
      ['# A Vision for Search\n', 'notes/a.md'],
      ['# Search: technical vision\n', 'notes/a.md'],
      ['# KEP-7: thing\n', 'notes/a.md'],
      ['Notes\n\n## Summary\n\n## Proposal\n', 'notes/a.md'],
      ['## Context\n\n## Diagnosis\n\n## Guiding Policy\n', 'notes/a.md'],
      ['# Notes\n', 'keps/1/README.md'],
      ['# Notes\n', 'docs/strategy/x.md'],
      ['# Notes\n', 'docs/adr/0001-use-x.md'],
      ['---\ntype: stratgy\n---\n# Notes\n', 'notes/a.md'],
      ['---\ndoc-type: whatever\n---\n# Notes\n', 'notes/a.md'],
      ['# Notes\n\n<!-- lint disable strategy-placeholdr -->\n', 'notes/a.md']
    ]
    for (const [value, filePath] of cases) {
      const {scanned, same} = await compare(pair, value, filePath)
      expect(same, value).toBe(true)
      expect(scanned.data.strategyPrescanned, value).toBeUndefined()
    }
    // A site generator's `type:` (Hugo's `type: docs`) declares nothing here: the page is read as any other.
    for (const value of ['---\ntype: docs\ntitle: Install\n---\n# Install\n', '---\ntype: docs\n---\n# Platform Strategy 2027\n']) {
      const {scanned, same} = await compare(pair, value, 'content/a.md')
      expect(same, value).toBe(true)
      expect(scanned.data.strategyPrescanned, value).toBe(value.includes('Install') ? true : undefined)
    }
    const {scanned, full} = await compare(pair, '# Release notes\n\n## Installation\n\n```sh\n# Context\n# Diagnosis\n# Guiding Policy\n```\n')
    expect(scanned.data.strategyPrescanned).toBe(true)
    expect(scanned.data.strategyType).toBeNull()
    expect(full.data.strategyType).toBeNull()
    // Front matter YAML cannot read declares nothing and titles nothing: skipped, unless it may be about a type.
    const broken = '---\nreviewers:\n  - "@someone”\n---\n\n# Release notes\n'
    expect((await compare(pair, broken)).scanned.data.strategyPrescanned).toBe(true)
    const brokenType = '---\ntype: "nonsense\n---\n\n# Release notes\n'
    const typed = await compare(pair, brokenType)
    expect(typed.same).toBe(true)
    expect(typed.scanned.data.strategyPrescanned).toBeUndefined()
    expect(typed.full.messages.map((message) => message.ruleId)).toContain('strategy-document-type')
    // Front matter is read as the model reads it: `type` in a title or a nested key declares nothing; an escaped key does.
    for (const declaresNothing of ['---\ntitle: The load balancer type\nmeta:\n  type: strategy\n---\n\n# Notes\n', '---\napi-type: rest\n---\n\n# Notes\n']) {
      const result = await compare(pair, declaresNothing)
      expect(result.same, declaresNothing).toBe(true)
      expect(result.scanned.data.strategyPrescanned, declaresNothing).toBe(true)
    }
    const escaped = await compare(pair, '---\n"\\x74ype": strategy\n---\n\n# Notes\n')
    expect(escaped.same).toBe(true)
    expect(escaped.full.data.strategyType).toBe('strategy')
  })

  it('never skips when a type is forced, or another plugin runs', async () => {
    const untyped = '# Release notes\n\nText.\n'
    const forcedByOption = processors({type: 'strategy'})
    expect((await compare(forcedByOption, untyped)).scanned.data.strategyPrescanned).toBeUndefined()
    const forcedBySetting = remark()
      .data(PRESCAN_KEY as never, true as never)
      .data('settings', {strategyType: 'strategy'})
      .use(remarkLintStrategy)
      .freeze()
    const file = await lintWith(forcedBySetting, untyped, 'a.md')
    expect(file.data.strategyPrescanned).toBeUndefined()
    expect(file.data.strategyType).toBe('strategy')
    const withGfm = remark()
      .data(PRESCAN_KEY as never, true as never)
      .use(remarkLintStrategy)
      .use(remarkGfm)
      .freeze()
    expect(runsOnlyThisPlugin(withGfm, remarkLintStrategy as never)).toBe(false)
    expect((await lintWith(withGfm, untyped, 'a.md')).data.strategyPrescanned).toBeUndefined()
    const twice = remark()
      .data(PRESCAN_KEY as never, true as never)
      .use(remarkLintStrategy)
      .use(remarkLintStrategy, {type: 'vision'})
      .freeze()
    expect((await lintWith(twice, untyped, 'a.md')).data.strategyPrescanned).toBeUndefined()
    const alone = processors().scanned
    expect((await lintWith(alone, untyped, 'a.md')).data.strategyPrescanned).toBe(true)
    // Without the processor flag (remark-cli, the language server), never.
    expect((await lintWith(processors().full, untyped, 'a.md')).data.strategyPrescanned).toBeUndefined()
  })

  it('knows every rule that reports on untyped documents', () => {
    // A skipped file gets an empty tree: a new rule that reads untyped documents must be checked against the pre-scan first.
    const folder = path.join(import.meta.dirname, '..', 'rules')
    const untyped = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && /\buntyped:\s*true\b/.test(fs.readFileSync(path.join(folder, name), 'utf8')))
      .map((name) => name.replace(/\.ts$/, ''))
    expect(new Set(untyped)).toEqual(UNTYPED_RULES)
  })

  it('settles a skipped file as running the rules on its empty tree would', async () => {
    // The engine does not run the rules on a file the pre-scan skipped (src/engine/processor.ts): they must find nothing there.
    const every = Object.fromEntries(ruleIds.map((id) => [id, 'error']))
    const {scanned} = processors({rules: every, globs: {'notes/**': 'strategy'}} as StrategyOptions)
    const untyped = ['# Release notes\n\nText.\n', '---\ntitle: Notes\nstatus: superseded\n---\n\n# Notes\n', '---\nreviewers:\n  - "@a”\n---\n', '']
    for (const value of untyped) {
      const ran = await lintWith(scanned, value, 'other/doc.md')
      expect(ran.data.strategyPrescanned, value).toBe(true)
      expect(ran.messages, value).toEqual([])
      const settled = new VFile({value, path: 'other/doc.md'})
      settled.data.strategyPrescanned = true
      expect(settlePrescanned(settled)).toBe(true)
      expect(settled.data).toEqual(ran.data)
    }
    expect(settlePrescanned(new VFile('# Notes\n'))).toBe(false)
  })

  it('is linear on hostile lines', () => {
    const settings = {types: builtinTypes, globs: []}
    const file = {path: 'a.md', cwd: '/project'}
    const hashes = '# '.repeat(2_500_000)
    // One 5 MB heading line: too long to read cheaply, so it is parsed in full (and the scan returns at once).
    expect(prescan(hashes, file, settings)).toBeDefined()
    // 5 MB of lines that are all candidates, of every kind the scanner handles.
    const lines = ['## a`b`', '## x      y', '- > 1. ## *Context*', 'para\n---', '<!--', '```'].join('\n')
    const many = (lines + '\n').repeat(Math.ceil(5_000_000 / lines.length))
    const started = performance.now()
    prescan(many, file, settings)
    prescan(`## ${'x '.repeat(MAX_TEXT)}\n`.repeat(20_000), file, settings)
    prescan(`text${' '.repeat(5_000_000)}x\n---\n`, file, settings)
    // Setext underline after underline under one paragraph: each would re-read the paragraph above, so past
    // a budget per file they are headings not read (wildcards), and the file takes the full parse.
    expect(prescan(`x\n${'-\n'.repeat(1000)}\n`.repeat(2500), file, settings)).toBe('headings that cannot be read cheaply')
    // Quadratic work on these inputs would take hours; a generous bound, not a benchmark.
    expect(performance.now() - started).toBeLessThan(60_000)
  }, 120_000)
})

describe('a run that lints in worker threads', () => {
  it('keeps the files the pre-scan proves untyped in its own thread, and hands over the others', async () => {
    const dir = makeProject({'notes.md': '# Notes\n\nSome text.\n', 'strategy.md': MISSING_SECTION, 'typed.md': '---\ntype: strategy\n---\n\n# S\n'})
    try {
      const deferred: string[] = []
      const settings = {cwd: dir, type: undefined, ignorePath: undefined, ignorePatterns: []}
      const context = await runEngineBatched(settings, ['.'], {defer: (file) => deferred.push(file.path)})
      expect(deferred.sort()).toEqual(['strategy.md', 'typed.md'])
      // The untyped file was linted here: it ran, and no rule found a type.
      const notes = context.files?.find((file) => file.path === 'notes.md')
      expect(notes?.data.strategyPrescanned).toBe(true)
      // With --type every file may be typed: all are handed over.
      const forced: string[] = []
      await runEngineBatched({...settings, type: 'strategy'}, ['.'], {defer: (file) => forced.push(file.path)})
      expect(forced.sort()).toEqual(['notes.md', 'strategy.md', 'typed.md'])
    } finally {
      removeProjects()
    }
  })
})
