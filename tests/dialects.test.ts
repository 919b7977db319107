/**
 * Strategy documents written in the Markdown of documentation sites (a QA pass, 2026-12-07): MkDocs Material's
 * collapsible blocks, Docusaurus and MDX components read as Markdown, GitHub's `<details>`. Their syntax is no
 * template leftover, and the author's words inside HTML are the section's content.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MISSING_SECTION} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {lint} from '../src/index.js'

afterAll(removeProjects)

function strategy(sections: Record<string, string>): string {
  return `---\ntype: strategy\n---\n\n# Tech Strategy: Search\n\n${Object.entries(sections)
    .map(([heading, body]) => `## ${heading}\n\n${body}\n`)
    .join('\n')}`
}

async function messagesOf(ruleId: string, markdown: string): Promise<string[]> {
  return (await lint(markdown)).filter((message) => message.ruleId === ruleId).map((message) => message.reason)
}

describe('template leftovers and the syntax of documentation sites', () => {
  it('`??? note "Title"` opens a MkDocs collapsible; `??? ms` is still a number to fill in', async () => {
    const text = strategy({Context: '??? note "How we measure"\n    Search traffic grew from 10k to 40k queries per second during 2026.\n\n???+ warning "Open risk"\n    The index is rebuilt nightly.\n\nLatency is ??? ms today.'})
    expect(await messagesOf('strategy-placeholder', text)).toEqual([expect.stringMatching(/^Template leftover `\?\?\?`; put in what it stands for/)])
  })

  it('`???` in a list item, or before words other than a type and a title, is still a leftover; a team\'s own type is a type', async () => {
    const text = strategy({Context: '- ??? done by Q3\n- ??? failure rate drops below 1%\n\n??? metric "How we measure"\n    Search traffic grew from 10k to 40k queries per second.\n\n??? done by Q3 2027'})
    expect(await messagesOf('strategy-placeholder', text)).toEqual([
      expect.stringMatching(/^Template leftover `\?\?\?`/),
      expect.stringMatching(/^Template leftover `\?\?\?`/),
      expect.stringMatching(/^Template leftover `\?\?\?`/)
    ])
  })

  it('`???` that continues a paragraph is a leftover; `??? Note "Title"` in any case, and one inside a list item\'s later block, open collapsibles', async () => {
    const text = strategy({
      Context: 'Target p95 checkout latency by 2027-06-30:\n??? ms\n\n??? Note "How we measure"\n    Traffic grew from 10k to 40k queries per second.\n\n1. Step one of the rollout.\n\n   ??? note "Details"\n       More words here.'
    })
    expect(await messagesOf('strategy-placeholder', text)).toEqual([expect.stringMatching(/^Template leftover `\?\?\?`/)])
  })

  it('a PascalCase slot inside HTML prose or a table cell is still a slot: only a tag on a line of its own is a component', async () => {
    const text = strategy({Context: '<p>The <ServiceName> team owns it.</p>\n\n<table><tr><td><TeamName></td></tr></table>'})
    expect(await messagesOf('strategy-placeholder', text)).toEqual([expect.stringMatching(/`<ServiceName>`/), expect.stringMatching(/`<TeamName>`/)])
  })

  it('a component tag in a block of raw HTML (`<Tabs>`) is no slot; `<Service>` in running text and `<Owner>` anywhere are', async () => {
    const text = strategy({
      Context: '<Tabs>\n<TabItem value="a" label="A">\nSearch traffic grew from 10k to 40k queries per second during 2026.\n</TabItem>\n</Tabs>\n\n<Owner>\n\nWe deploy to <Service> first.'
    })
    expect(await messagesOf('strategy-placeholder', text)).toEqual([
      expect.stringMatching(/^Template leftover `<Owner>`/),
      expect.stringMatching(/^Template leftover `<Service>`/)
    ])
  })
})

describe('a long leftover quoted in a message', () => {
  it('is cut between whole characters: a flag or a family emoji is never split', async () => {
    for (const emoji of ['\u{1F1EC}\u{1F1E7}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}']) {
      const text = strategy({Context: `We aim for <Insert ${'a'.repeat(48)} ${emoji}${emoji} and more words to make it long>`})
      const [reason] = await messagesOf('strategy-placeholder', text)
      const quoted = /`(<Insert [^`]*)`/.exec(reason)![1]
      const kept = quoted.slice(0, quoted.indexOf('…'))
      // What is kept ends with whole characters: it is a prefix of the text cut at a grapheme boundary.
      const boundaries = [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)].map(({index}) => index)
      const start = text.indexOf('<Insert')
      expect(boundaries).toContain(start + kept.length)
    }
  })

  it('is cut before a character, never through an emoji', async () => {
    const text = strategy({Context: `We need this. <insert the name of the team ${'x'.repeat(30)}\u{1F680} and more words to make it long>`})
    const [reason] = await messagesOf('strategy-placeholder', text)
    expect(reason).toMatch(/x…/)
    expect(reason).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})

describe('the author\'s words inside HTML are content', () => {
  it('a section holding only a `<details>` block with prose is not empty; one holding only tags is', async () => {
    const text = strategy({
      Context: 'Search traffic grew from 10k to 40k queries per second during 2026.',
      Diagnosis: '<details>\n<summary>Root cause</summary>\nAlerts are defined per host and copied across all 400 hosts.\n</details>',
      'Guiding Policy': '<Tabs>\n<TabItem value="a" label="A">\n</TabItem>\n</Tabs>'
    })
    expect(await messagesOf('strategy-empty-section', text)).toEqual([expect.stringMatching(/^Section `Guiding Policy` is empty/)])
  })

  it('character references and comments inside HTML are no words; inline `<code>` in a paragraph of HTML is', async () => {
    const text = strategy({
      Context: '<p>&nbsp;</p>\n<table><tr><td>&mdash;</td><td>&#160;</td></tr></table>',
      Diagnosis: '<div>\n<!-- Describe the forces -> tension, e.g. A => B -->\n</div>',
      'Guiding Policy': '<p>We deploy with <code>kubectl</code> from the release pipeline because the old tool cannot handle the load.</p>'
    })
    expect(await messagesOf('strategy-empty-section', text)).toEqual([expect.stringMatching(/^Section `Context` is empty/), expect.stringMatching(/^Section `Diagnosis` is empty/)])
  })
})

describe('GitHub alerts and Obsidian callouts are the author\'s own text', () => {
  it('a status on the marker\'s own line (`> [!NOTE] Status: Accepted`) is read too', async () => {
    const record = `# 4. Use Redis for sessions\n\n> [!NOTE] Status: Accepted\n\n## Context\n\nSessions are lost on every deploy.\n\n## Decision\n\nWe will store sessions in Redis.\n\n## Consequences\n\nA Redis outage logs everyone out.\n`
    expect((await lint(record, {type: 'adr'})).some((message) => /Missing section `Status`/.test(message.reason))).toBe(false)
  })

  it('a decision record\'s status inside `> [!NOTE]` is its status; a quotation still is none', async () => {
    const record = (status: string) =>
      `# 4. Use Redis for sessions\n\n${status}\n\n## Context\n\nSessions are lost on every deploy.\n\n## Decision\n\nWe will store sessions in Redis.\n\n## Consequences\n\nA Redis outage logs everyone out.\n`
    const missingStatus = async (markdown: string) => (await lint(markdown, {type: 'adr'})).some((message) => /Missing section `Status`/.test(message.reason))
    expect(await missingStatus(record('> [!NOTE]\n> Status: Accepted'))).toBe(false)
    expect(await missingStatus(record('> As the RFC says:\n> Status: Accepted'))).toBe(true)
  })

  it('criteria inside `> [!IMPORTANT]` are read; the same under a plain quotation are not', async () => {
    const criteria = (quote: string) => messagesOf('strategy-measurable-criteria', strategy({'Success Criteria': `${quote}\n> - Improve observability.`}))
    expect(await criteria('> [!IMPORTANT]')).toEqual([expect.stringMatching(/`Improve observability\.` has no measurable target/)])
    expect(await criteria('> [!tip]- Our targets')).toEqual([expect.stringMatching(/`Improve observability\.` has no measurable target/)])
    expect(await criteria('> From the 2024 review:')).toEqual([])
  })
})

describe('Obsidian notes', () => {
  it('a wiki link names the successor of a superseded document, in the text or in front matter; one to no note leads nowhere', async () => {
    const dir = makeProject({
      'old.md': '---\ntype: strategy\nstatus: superseded\n---\n\n# Tech Strategy: Payments 2027\n\nSuperseded by [[Payments Strategy 2028]].\n',
      'old2.md': '---\ntype: strategy\nstatus: superseded\nsuperseded-by: "[[Payments Strategy 2028|next year]]"\n---\n\n# Tech Strategy: Payments 2027\n\nOld.\n',
      'old3.md': '---\ntype: strategy\nstatus: superseded\n---\n\n# Tech Strategy: Payments 2027\n\nSuperseded by [[Payments Strategy 2029]].\n',
      'Payments Strategy 2028.md': '# Payments Strategy 2028\n'
    })
    const result = await strategyLint(['--format', 'json', 'old.md', 'old2.md', 'old3.md'], dir)
    const reasons = (JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string}>}>).map((file) => [file.path, file.messages.map((message) => message.reason)])
    expect(reasons).toEqual([
      ['old.md', []],
      ['old2.md', []],
      ['old3.md', [expect.stringMatching(/^The successor link `Payments Strategy 2029` of this superseded document leads nowhere/)]]
    ])
  })

  it('a section holding only a `%% comment %%`, which Obsidian does not show, is empty', async () => {
    const text = strategy({Context: 'Search traffic grew from 10k to 40k queries per second during 2026.', Diagnosis: '%% none yet %%'})
    expect(await messagesOf('strategy-empty-section', text)).toEqual([expect.stringMatching(/^Section `Diagnosis` is empty/)])
  })
})

describe('MDX files (Docusaurus, Nextra)', () => {
  it('in a folder they are not linted, and the run says so and how to lint them; a folder of them only is no silent pass', async () => {
    const dir = makeProject({'docs/strategy.mdx': MISSING_SECTION, 'docs/plan.mdx': MISSING_SECTION})
    const only = await strategyLint(['docs'], dir)
    expect(only.code).toBe(2)
    expect(only.stderr).toMatch(/^strategy-lint: No Markdown files matching the pattern `docs` were found; 2 files are MDX \(docs\/plan\.mdx, \.\.\.\), not Markdown, and were not linted; to lint them as Markdown, name each file on the command line/)
    fs.writeFileSync(path.join(dir, 'docs', 'notes.md'), MISSING_SECTION)
    const mixed = await strategyLint(['docs'], dir)
    expect(mixed.stderr).toMatch(/^strategy-lint: note: 2 files are MDX .* were not linted/m)
    expect(mixed.stdout).toMatch(/1 file checked/)
    // An MDX file an ignore file leaves out is not named.
    fs.writeFileSync(path.join(dir, '.remarkignore'), 'docs/plan.mdx\n')
    const ignoring = await strategyLint(['docs'], dir)
    expect(ignoring.stderr).toMatch(/^strategy-lint: note: docs\/strategy\.mdx is MDX/m)
    // Named on the command line, an MDX file is linted (as Markdown, without remark-mdx): no note.
    const named = await strategyLint(['docs/strategy.mdx'], dir)
    expect(named.stdout).toMatch(/Missing section/)
    expect(named.stderr).toBe('')
  })

  it('MDX that remark-mdx cannot parse is the author\'s syntax error, placed where it is, not a bug to report', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']}),
      'bad.mdx': '---\ntype: strategy\n---\n\n# Tech Strategy: X\n\n## Context\n\nWe grew from 1 to 2 teams in 2026 <br> and more.\n'
    })
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(dir, 'node_modules', 'remark-mdx'), 'dir')
    const result = await strategyLint(['--format', 'json', 'bad.mdx'], dir)
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{reason: string; line: number; fatal: boolean}>}>
    expect(file.messages).toEqual([expect.objectContaining({line: 9, fatal: true, reason: expect.stringMatching(/^Not valid MDX: Expected a closing tag for `<br>` .*, so this file was not linted; fix it there/)})])
    expect(file.messages[0].reason).not.toMatch(/bug/)
  })
})
