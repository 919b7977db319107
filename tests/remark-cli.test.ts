/**
 * The plugin under the stock `remark` CLI (remark-cli), configured the way a
 * user would: `node_modules/remark-lint-strategy` plus a `.remarkrc` or
 * `package.json#remarkConfig`. Real files, real processes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, strategyDoc, VISION_SECTIONS, WARNINGS_ONLY, words} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode, type RunResult} from '../fixtures/cli/project.js'

// remark-cli's package.json has `exports: []`, so its bin cannot be resolved by specifier.
const REMARK_CLI = path.join(PACKAGE_ROOT, 'node_modules', 'remark-cli', 'cli.js')

const RC = JSON.stringify({plugins: ['remark-lint-strategy']})

afterAll(removeProjects)

function project(files: Record<string, string>, config: 'rc' | 'package' = 'rc'): string {
  const configFile: Record<string, string> =
    config === 'rc'
      ? {'.remarkrc': RC}
      : {'package.json': JSON.stringify({name: 'docs', private: true, remarkConfig: JSON.parse(RC) as unknown})}
  const dir = makeProject({...configFile, ...files})
  linkPackage(dir)
  return dir
}

/** `remark . --frail --quiet --no-stdout --no-color`: report problems only, write nothing. */
function remark(dir: string, args: string[] = ['.']): Promise<RunResult> {
  return runNode(REMARK_CLI, [...args, '--frail', '--quiet', '--no-stdout', '--no-color'], dir)
}

/** Each message line of remark's stylish report: `line:column  severity  reason  rule-id  source`. */
function reportLines(report: string): string[] {
  return report.split('\n').filter((line) => /^\s*\d+:\d+/.test(line))
}

describe.concurrent('remark-cli with remark-lint-strategy', () => {
  it('the remark-cli bin is installed', () => {
    expect(fs.existsSync(REMARK_CLI)).toBe(true)
  })

  it.each(['rc', 'package'] as const)('reports strategy rules from %s configuration; --frail exits 1', async (config) => {
    const dir = project({'good.md': GOOD_STRATEGY, 'strategy.md': MISSING_SECTION, 'notes.txt': MISSING_SECTION}, config)
    const result = await remark(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const {stderr} = result
    expect(stderr).toMatch(/^strategy\.md$/m)
    expect(stderr).toMatch(/error\s+Missing section `Diagnosis`.*strategy-required-sections\s+remark-lint/)
    // --quiet: files without messages are not listed.
    expect(stderr).not.toMatch(/good\.md/)
    expect(stderr).not.toMatch(/notes\.txt/)
    expect(reportLines(stderr)).toHaveLength(1)
  })

  it('warnings only: --frail exits 1, without --frail exits 0', async () => {
    const dir = project({'strategy.md': WARNINGS_ONLY})
    const frail = await remark(dir)
    expect(frail.code).toBe(1)
    expect(frail.stderr).toMatch(/warning\s+Template leftover `TBD`.*strategy-placeholder/)
    expect(frail.stderr).toMatch(/warning\s+Section `Context` is a single line \(\d+ words\).*strategy-section-length/)
    const lenient = await runNode(REMARK_CLI, ['.', '--quiet', '--no-stdout', '--no-color'], dir)
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toMatch(/strategy-placeholder/)
  })

  it('an invalid option is the one line that says what to fix under each file, with no stack', async () => {
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {rfc: {sectons: ['Summary']}}}]]}), 'a.md': GOOD_STRATEGY, 'b.md': GOOD_STRATEGY})
    linkPackage(dir)
    const result = await remark(dir)
    expect(result.code).toBe(1)
    expect(result.stderr.match(/StrategyConfigError: remark-lint-strategy: option `types\.rfc`: unknown option `sectons`/g)).toHaveLength(2)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  it('a clean strategy exits 0 with nothing reported', async () => {
    const dir = project({'strategy.md': GOOD_STRATEGY})
    const result = await remark(dir)
    expect(result.code).toBe(0)
    expect(reportLines(result.stderr)).toEqual([])
    expect(result.stderr).not.toMatch(/strategy-/)
  })

  it('`lint disable` and `lint ignore` comments silence those rules', async () => {
    const body = strategyDoc({context: `${words(60, 1)} The owner is TBD. TODO confirm the budget.`, risks: ''})
    const silenced =
      '<!-- lint disable strategy-placeholder -->\n\n' +
      body.replace('## Risks and Mitigations', '<!-- lint ignore strategy-empty-section -->\n\n## Risks and Mitigations')
    const dir = project({'plain.md': body, 'silenced.md': silenced})

    const result = await remark(dir)
    expect(result.code).toBe(1)
    const sections = result.stderr.split(/\n(?=\S+\.md\n)/)
    const plain = sections.find((section) => section.startsWith('plain.md'))!
    expect(plain).toMatch(/Template leftover `TBD`.*strategy-placeholder/)
    expect(plain).toMatch(/Template leftover `TODO`.*strategy-placeholder/)
    expect(plain).toMatch(/Section `Risks and Mitigations` is empty.*strategy-empty-section/)
    expect(sections.find((section) => section.startsWith('silenced.md'))).toBeUndefined()

    const alone = await remark(dir, ['silenced.md'])
    expect(alone.code).toBe(0)
    expect(alone.stderr).not.toMatch(/strategy-/)
  })

  it('a misspelt rule in a `lint` comment: remark prints the message the README gives, with the id to use', async () => {
    // (vfile-reporter prints a message's `stack`: the rewording reached `reason` only, and remark showed the raw one.)
    const dir = project({'strategy.md': `<!-- lint disable strategy-measureable-criteria -->\n\n${GOOD_STRATEGY}`})
    const lines = reportLines((await remark(dir)).stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/error\s+Unknown rule `strategy-measureable-criteria` in a `<!-- lint disable -->` comment, so the comment does nothing for it; did you mean `strategy-measurable-criteria`\?\s+control-comment\s+remark-lint-strategy/)
  })

  it('`lint ignore` only silences the next node, `lint disable` only the rule it names', async () => {
    const doc =
      '<!-- lint disable strategy-placeholder -->\n\n' +
      strategyDoc({context: `${words(60, 1)} The owner is TBD.`, risks: '', success: ''}).replace(
        '## Risks and Mitigations',
        '<!-- lint ignore strategy-empty-section -->\n\n## Risks and Mitigations'
      )
    const dir = project({'strategy.md': doc})
    const result = await remark(dir)
    expect(result.code).toBe(1)
    const lines = reportLines(result.stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/Section `Success Criteria` is empty.*strategy-empty-section/)
  })

  it('`lint ignore strategy-empty-section` over a section of leftovers shows the leftovers it stood for, with or without remark-lint listed', async () => {
    // (The language server's "ignore in this paragraph" action writes this comment: it dismissed every `TBD` of the section too.)
    const doc = strategyDoc({context: 'TBD for [Team Name].', diagnosis: 'TBD'}).replace('## Context', '<!-- lint ignore strategy-empty-section -->\n\n## Context')
    const context = doc.split('\n').indexOf('TBD for [Team Name].') + 1
    const diagnosis = doc.split('\n').indexOf('## Diagnosis') + 1
    // (remark-lint by its path: the project links only this package.)
    const remarkLint = path.join(PACKAGE_ROOT, 'node_modules', 'remark-lint', 'index.js')
    for (const plugins of [['remark-lint-strategy'], [remarkLint, 'remark-lint-strategy']]) {
      const dir = makeProject({'.remarkrc': JSON.stringify({plugins}), 'strategy.md': doc})
      linkPackage(dir)
      const lines = reportLines((await remark(dir)).stderr)
      expect(lines.filter((line) => /strategy-(placeholder|empty-section)/.test(line)).map((line) => line.trim().replace(/\s+/g, ' ').split(' ').slice(0, 5).join(' ')), plugins.join()).toEqual([
        `${context}:1-${context}:4 warning Template leftover \`TBD\`;`,
        `${context}:9-${context}:20 warning Template leftover \`[Team`,
        `${diagnosis}:1-${diagnosis}:13 error Section \`Diagnosis\` holds`
      ])
    }
  })

  it('a configured remark-gfm keeps its options when remark writes the document out, before or after the plugin', async () => {
    const remarkGfm = path.join(PACKAGE_ROOT, 'node_modules', 'remark-gfm', 'index.js')
    const gfm = [remarkGfm, {tablePipeAlign: false, singleTilde: false}]
    const text = '# T\n\n| a | b |\n| - | - |\n| 1 | 22222 |\n\n~one~ and ~~two~~\n'
    for (const plugins of [[gfm, 'remark-lint-strategy'], ['remark-lint-strategy', gfm]]) {
      const dir = makeProject({'.remarkrc': JSON.stringify({plugins}), 't.md': text})
      linkPackage(dir)
      const result = await runNode(REMARK_CLI, ['t.md', '--quiet', '--no-color'], dir)
      // (Unaligned as written, and a single tilde is no strikethrough, so remark escapes it.)
      expect(result.stdout, JSON.stringify(plugins)).toBe(text.replace('~one~', '\\~one\\~'))
    }
  })

  it('parses YAML front matter: `type: vision` there makes the file a vision', async () => {
    const vision = (front: string) =>
      `${front}# Payments Platform 2027\n\n## Current State\n\n${words(60, 1)}\n\n## Target State\n\n${VISION_SECTIONS['Target State']}\n`
    const dir = project({
      'declared.md': vision('---\ntype: vision\nowner: platform\n---\n\n'),
      'undeclared.md': vision('')
    })
    const result = await remark(dir)
    expect(result.code).toBe(1)
    expect(result.stderr).not.toMatch(/undeclared\.md/)
    const lines = reportLines(result.stderr)
    for (const heading of ['Guiding Principles', 'Migration Strategy', 'Key Decisions', 'Success Metrics']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`Missing section \`${heading}\`.*strategy-required-sections`)))
    }
    expect(lines).toHaveLength(4)
    // Front matter is not read as a thematic break and a setext heading.
    expect(result.stderr).not.toMatch(/type: vision/)
  })

  it('parses GFM tables: a section holding only a table of prompts is placeholder-only', async () => {
    const doc =
      '---\ntype: vision\n---\n\n# Payments Platform 2027\n\n' +
      [
        ['Current State', `| Metric | Today |\n| --- | --- |\n| p99 latency | 900 ms |\n\n${words(40, 1)}`],
        ['Guiding Principles', VISION_SECTIONS['Guiding Principles']],
        ['Target State', VISION_SECTIONS['Target State']],
        ['Migration Strategy', VISION_SECTIONS['Migration Strategy']],
        ['Key Decisions', VISION_SECTIONS['Key Decisions']],
        ['Success Metrics', '| TODO: fill in | TODO: fill in |\n| --- | --- |']
      ]
        .map(([heading, text]) => `## ${heading}\n\n${text}\n`)
        .join('\n')
    const dir = project({'vision.md': doc})
    const result = await remark(dir)
    expect(result.code).toBe(1)
    const lines = reportLines(result.stderr)
    const heading = doc.split('\n').indexOf('## Success Metrics') + 1
    // One problem, one message: the table's prompts are strategy-empty-section's to report, not strategy-placeholder's as well.
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^${heading}:1-${heading}:19\\s+error\\s+Section \`Success Metrics\` holds only a placeholder.*strategy-empty-section`)
      )
    ])
  })
})
