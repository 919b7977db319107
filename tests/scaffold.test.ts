/**
 * `strategy-lint init strategy|vision`: the skeleton it prints or writes, and
 * what the linter says about it, before and after it is filled in. Real bin,
 * real files in temporary folders.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {STRATEGY_SECTIONS, VISION_SECTIONS, words} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, removeProjects, strategyLint, writeFiles, type RunResult} from '../fixtures/cli/project.js'
import {strategyType, visionType, type DocType} from '../src/types/doc-types.js'

afterAll(removeProjects)

interface JsonMessage {
  ruleId: string | null
  line: number | null
  column: number | null
  position: {start: {line: number; column: number}; end: {line: number; column: number}} | null
  reason: string
  fatal: boolean | null
}

/** The rules about a document's structure: its type, its sections, their order, uniqueness and length. */
const STRUCTURE_RULES = [
  'strategy-document-type',
  'strategy-required-sections',
  'strategy-section-order',
  'strategy-duplicate-section',
  'strategy-section-length'
]

const TYPES: Array<[string, DocType, string]> = [
  ['strategy', strategyType, 'Technical Strategy'],
  ['vision', visionType, 'Technical Vision']
]

/** The skeleton, written out independently of src/types/scaffold.ts. */
function expectedSkeleton(type: DocType, title: string): string {
  const sections = type.sections.map((spec) => `## ${spec.heading}\n\nTODO: ${spec.prompt}\n`).join('\n')
  return `---\ntype: ${type.id}\n---\n\n# ${title}\n\n${sections}`
}

function parseJson(stdout: string): Array<{messages: JsonMessage[]}> {
  return JSON.parse(stdout) as Array<{messages: JsonMessage[]}>
}

function expectOneLineError(result: RunResult, pattern: RegExp): void {
  expect(result.code, result.stderr + result.stdout).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.split('\n')).toEqual([expect.stringMatching(pattern), ''])
  expect(result.stderr).toMatch(/^strategy-lint: /)
}

async function lintJson(dir: string, file: string): Promise<{code: number; messages: JsonMessage[]}> {
  const result = await strategyLint(['--format', 'json', file], dir)
  const [report] = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
  return {code: result.code, messages: report.messages}
}

describe.concurrent('strategy-lint init: the skeleton', () => {
  it.each(TYPES)('init %s prints front matter, the title, every section in order and a TODO prompt in each', async (id, type, title) => {
    const result = await strategyLint(['init', id], makeProject())
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(expectedSkeleton(type, title))
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual(['---', `type: ${id}`, '---'])
    expect(lines.filter((line) => line.startsWith('# '))).toEqual([`# ${title}`])
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(type.sections.map((spec) => `## ${spec.heading}`))
    for (const spec of type.sections) {
      const at = lines.indexOf(`## ${spec.heading}`)
      expect(lines[at + 2]).toBe(`TODO: ${spec.prompt}`)
    }
  })

  it('--title sets the H1, on one line', async () => {
    const dir = makeProject()
    const result = await strategyLint(['init', 'strategy', '--title', 'Payments Platform Strategy 2027'], dir)
    expect(result.stdout).toBe(expectedSkeleton(strategyType, 'Payments Platform Strategy 2027'))
    const multiline = await strategyLint(['init', 'vision', '--title', '  Event-Driven\n  Architecture  '], dir)
    expect(multiline.stdout).toBe(expectedSkeleton(visionType, 'Event-Driven Architecture'))
  })

  it('--output writes the file (making its folder) and says so in one line', async () => {
    const dir = makeProject()
    const result = await strategyLint(['init', 'vision', '--output', 'docs/vision/2027.md', '--title', 'Platform Vision'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')).toEqual([expect.stringMatching(/^Wrote docs\/vision\/2027\.md: a technical vision skeleton/), ''])
    expect(fs.readFileSync(path.join(dir, 'docs', 'vision', '2027.md'), 'utf8')).toBe(expectedSkeleton(visionType, 'Platform Vision'))
    const short = await strategyLint(['init', 'strategy', '-o', 'strategy.md'], dir)
    expect(short.code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')).toBe(expectedSkeleton(strategyType, 'Technical Strategy'))
  })

  it('--output never overwrites an existing file: exit 2, one line, the file untouched', async () => {
    const dir = makeProject({'docs/strategy.md': 'my work in progress\n'})
    const result = await strategyLint(['init', 'strategy', '--output', 'docs/strategy.md'], dir)
    expectOneLineError(result, /^strategy-lint: docs\/strategy\.md already exists; not overwriting it/)
    expect(fs.readFileSync(path.join(dir, 'docs', 'strategy.md'), 'utf8')).toBe('my work in progress\n')
  })

  it('--output naming a folder says to give a file name in it, rather than that it already exists', async () => {
    const dir = makeProject({'docs/keep.md': 'x\n'})
    const result = await strategyLint(['init', 'vision', '--output', 'docs/'], dir)
    expectOneLineError(result, /^strategy-lint: docs\/ is a folder; give --output a file name in it \(`docs\/new-vision\.md`\)$/)
  })

  it.each([
    [[], /init needs a document type: strategy or vision/],
    [['roadmap'], /Unknown document type `roadmap` for init; use strategy or vision or adr or madr, or a type configured under `types` in the remark configuration$/],
    [['road map'], /Unknown document type `road map` for init; use strategy or vision or adr or madr, or a type configured under `types`$/],
    [['strategy', 'vision'], /init takes one document type, got 2/],
    [['strategy', '--title', ' '], /--title needs some text/],
    [['strategy', '--output', ''], /--output needs a file name/],
    [['strategy', '--force'], /unknown option `--force` \(see strategy-lint init --help\)/]
  ])('usage error %j exits 2 with one line', async (args, pattern) => {
    expectOneLineError(await strategyLint(['init', ...args], makeProject()), pattern)
  })

  // (A team on a shared configuration, which lint runs read with `--config`, could not scaffold its own type.)
  it('init --config: a type configured in the shared configuration, which no .remarkrc here names', async () => {
    const dir = makeProject({'org/shared.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {okr: {name: 'Quarterly OKRs', sections: ['Objectives', 'Key Results']}}}]]})})
    linkPackage(dir)
    fs.symlinkSync(path.join(dir, 'node_modules'), path.join(dir, 'org', 'node_modules'), 'dir')
    const result = await strategyLint(['init', 'okr', '-c', 'org/shared.json'], dir)
    expect(result.stdout).toBe('---\ntype: okr\n---\n\n# Quarterly OKRs\n\n## Objectives\n\nTODO: Write the Objectives section.\n\n## Key Results\n\nTODO: Write the Key Results section.\n')
    expectOneLineError(await strategyLint(['init', 'okr'], dir), /Unknown document type `okr` for init/)
    // (An acronym is read by its letters: it said `a RFC`.)
    writeFiles(dir, {'org/rfc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {rfc: {name: 'RFC', sections: ['Summary']}}}]]})})
    expect((await strategyLint(['init', 'rfc', '-c', 'org/rfc.json', '-o', 'new.md'], dir)).stdout).toMatch(/^Wrote new\.md: an RFC skeleton/)
    expectOneLineError(await strategyLint(['init', 'okr', '--config', 'org/missing.json'], dir), /^strategy-lint: cannot read --config org\/missing\.json: ENOENT/)
  })

  it('a type configured in the remark configuration: its sections in order, subsections one level down, and the linter reads it as that type', async () => {
    const types = {
      rfc: {
        name: 'request for comments',
        sections: [
          {heading: 'Summary', prompt: 'What this RFC proposes, in one paragraph.'},
          {heading: 'Design', children: [{heading: 'API'}, {heading: 'Migration', required: false}]},
          {heading: 'Drawbacks'}
        ]
      },
      kep: {headings: ['?', '## Summary', '## Motivation', '*', '## Alternatives']},
      runbook: {headings: ['?', '## Overview', '+', '## Alerts', '?', '*', '## Rollback']},
      // Both lists, as a type migrating from one to the other: the skeleton passes both.
      okr: {headings: ['?', '## Context', '+', '## Retrospective', '*'], sections: [{heading: 'Context', prompt: 'Where we stand.'}, {heading: 'Retrospective', required: false}]}
    }
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types}]]})})
    linkPackage(dir)
    const rfc = await strategyLint(['init', 'rfc', '--title', 'Async IO', '--output', 'docs/rfcs/0001-async-io.md'], dir)
    expect(rfc).toEqual({code: 0, stdout: 'Wrote docs/rfcs/0001-async-io.md: a request for comments skeleton; replace each TODO prompt with real content.\n', stderr: ''})
    expect(fs.readFileSync(path.join(dir, 'docs/rfcs/0001-async-io.md'), 'utf8')).toBe(
      '---\ntype: rfc\n---\n\n# Async IO\n\n## Summary\n\nTODO: What this RFC proposes, in one paragraph.\n\n## Design\n\nTODO: Write the Design section.\n\n' +
        '### API\n\nTODO: Write the API section.\n\n### Migration\n\nTODO: Write the Migration section.\n\n## Drawbacks\n\nTODO: Write the Drawbacks section.\n'
    )
    // Checked as an RFC: nothing missing, only the prompts left to replace.
    const lint = parseJson((await strategyLint(['docs/rfcs/0001-async-io.md', '--format', 'json'], dir)).stdout)
    expect([...new Set(lint[0].messages.map((message) => message.ruleId))]).toEqual(['strategy-empty-section'])

    const kep = await strategyLint(['init', 'kep', '--title', 'Pod resize'], dir)
    expect(kep.stdout).toBe('---\ntype: kep\n---\n\n# Pod resize\n\n## Summary\n\nTODO: Write the Summary section.\n\n## Motivation\n\nTODO: Write the Motivation section.\n\n## Alternatives\n\nTODO: Write the Alternatives section.\n')
    writeFiles(dir, {'kep.md': kep.stdout})
    const kepLint = parseJson((await strategyLint(['kep.md', '--format', 'json'], dir)).stdout)
    expect(kepLint[0].messages.filter((message) => message.ruleId !== 'strategy-placeholder')).toEqual([])

    // A list that asks for headings of the author's own (`+`, `?`) gets one to name in each place, so that once the
    // prompts are replaced the file passes the heading list.
    const runbook = await strategyLint(['init', 'runbook'], dir)
    expect(runbook.stdout).toBe(
      '---\ntype: runbook\n---\n\n# Runbook\n\n## Overview\n\nTODO: Write the Overview section.\n\n' +
        '## TODO: name this section\n\nTODO: The heading list asks for a heading of your own here (`+`): name it and write it.\n\n' +
        '## Alerts\n\nTODO: Write the Alerts section.\n\n' +
        '## TODO: name this section\n\nTODO: The heading list asks for a heading of your own here (`?`): name it and write it.\n\n' +
        '## Rollback\n\nTODO: Write the Rollback section.\n'
    )
    let named = 0
    const filled = runbook.stdout.replace(/^TODO: .*$/gm, 'Written out for the team.').replace(/^## TODO: name this section$/gm, () => `## Own part ${++named}`)
    writeFiles(dir, {'runbook.md': filled})
    expect(parseJson((await strategyLint(['runbook.md', '--format', 'json'], dir)).stdout)[0].messages).toEqual([])

    const okr = await strategyLint(['init', 'okr', '--title', 'Q3'], dir)
    expect(okr.stdout).toBe(
      '---\ntype: okr\n---\n\n# Q3\n\n## Context\n\nTODO: Where we stand.\n\n' +
        '## TODO: name this section\n\nTODO: The heading list asks for a heading of your own here (`+`): name it and write it.\n\n' +
        '## Retrospective\n\nTODO: Write the Retrospective section.\n'
    )
    const okrFilled = okr.stdout.replace(/^TODO: .*$/gm, 'Written out for the team.').replace(/^## TODO: name this section$/m, '## Objectives')
    writeFiles(dir, {'okr.md': okrFilled})
    expect(parseJson((await strategyLint(['okr.md', '--format', 'json'], dir)).stdout)[0].messages).toEqual([])

    expectOneLineError(await strategyLint(['init', 'adrs-v2'], dir), /^strategy-lint: Unknown document type `adrs-v2` for init; use strategy or vision or adr or madr, or a type configured here: rfc, kep, runbook, okr$/)
  })

  it('init --help and the main --help describe it', async () => {
    const dir = makeProject()
    const help = await strategyLint(['init', '--help'], dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: strategy-lint init strategy\|vision/)
    const main = await strategyLint(['--help'], dir)
    expect(main.stdout).toMatch(/strategy-lint init strategy\|vision/)
  })
})

describe.concurrent('strategy-lint init: what the linter says about the skeleton', () => {
  it.each(TYPES)('a %s skeleton: no structure messages; one strategy-empty-section error per required section holding its TODO prompt, so it exits 1', async (id, type) => {
    const dir = makeProject()
    // A title that names no type: the front matter alone makes it a document of the type.
    await strategyLint(['init', id, '--title', 'Payments 2027', '--output', 'doc.md'], dir)
    const lines = fs.readFileSync(path.join(dir, 'doc.md'), 'utf8').split('\n')
    const {code, messages} = await lintJson(dir, 'doc.md')

    expect(messages.filter((message) => STRUCTURE_RULES.includes(message.ruleId ?? ''))).toEqual([])

    // One problem, one message: the section is unfilled (an error at its heading); its `TODO` is not also a placeholder warning.
    const required = type.sections.filter((spec) => spec.required)
    expect(required.length).toBeGreaterThan(0)
    const empty = messages.filter((message) => message.ruleId === 'strategy-empty-section')
    expect(empty.map((message) => [message.line, message.reason, message.fatal])).toEqual(
      required.map((spec) => [
        lines.indexOf(`## ${spec.heading}`) + 1,
        `Section \`${spec.heading}\` holds only its template prompt; replace the prompt with what it asks for: ${spec.purpose}`,
        true
      ])
    )
    // An optional section holding only its prompt is strategy-placeholder's warning, once, at its heading.
    const optionalHeadingLines = type.sections.filter((spec) => !spec.required).map((spec) => lines.indexOf(`## ${spec.heading}`) + 1)
    expect(messages.filter((message) => message.ruleId === 'strategy-placeholder').map((message) => message.line)).toEqual(optionalHeadingLines)
    expect(code).toBe(1)
  })

  it('a madr skeleton: each optional section holding only its prompt gets one warning at its heading, not a `TODO` leftover', async () => {
    const dir = makeProject()
    await strategyLint(['init', 'madr', '--output', 'doc.md'], dir)
    const {messages} = await lintJson(dir, 'doc.md')
    expect(messages.filter((message) => message.ruleId === 'strategy-placeholder').map((message) => message.reason)).toEqual(
      ['Decision Drivers', 'Pros and Cons of the Options', 'More Information'].map(
        (heading) => `Optional section \`${heading}\` holds only its template prompt; write what it asks for, or delete the section if it does not apply`
      )
    )
  })

  it.each(TYPES)('a %s skeleton gets messages from strategy-empty-section (and strategy-placeholder for optional sections) only', async (id, type) => {
    const dir = makeProject()
    await strategyLint(['init', id, '--output', 'doc.md'], dir)
    const {messages} = await lintJson(dir, 'doc.md')
    const expected = type.sections.some((spec) => !spec.required) ? ['strategy-empty-section', 'strategy-placeholder'] : ['strategy-empty-section']
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(new Set(expected))
  })

  it.each(TYPES)('a %s skeleton with every TODO prompt replaced by real content gets no messages', async (id, type) => {
    const content: Record<string, string> =
      type === strategyType
        ? {
            Context: words(80, 1),
            Diagnosis: words(80, 2),
            'Guiding Policy': STRATEGY_SECTIONS.guidingPolicy,
            'Coherent Actions': STRATEGY_SECTIONS.coherentActions,
            'What We Will NOT Do': STRATEGY_SECTIONS.notDo,
            'Risks and Mitigations': STRATEGY_SECTIONS.risks,
            'Success Criteria': STRATEGY_SECTIONS.success
          }
        : {'Current State': words(60, 1), ...VISION_SECTIONS}
    const dir = makeProject()
    await strategyLint(['init', id, '--title', 'Payments 2027', '--output', 'doc.md'], dir)
    let text = fs.readFileSync(path.join(dir, 'doc.md'), 'utf8')
    for (const spec of type.sections) {
      expect(content[spec.heading], spec.heading).toBeDefined()
      text = text.replace(`TODO: ${spec.prompt}`, () => content[spec.heading])
    }
    expect(text).not.toMatch(/TODO/)
    fs.writeFileSync(path.join(dir, 'doc.md'), text)
    expect(await lintJson(dir, 'doc.md')).toEqual({code: 0, messages: []})
  })
})
