/**
 * Sections whose heading line is not a heading: written as bold text (`**Context**` alone on its line), or with no
 * space after the `#`s (`##Context`). One message on the line, with the heading as its fix, instead of `Missing
 * section` for a section the author wrote (src/model/unheaded.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {fix, lint} from '../dist/src/index.js'

const ADR = (body: string) => `---\ntype: adr\n---\n\n# 1. Use PostgreSQL\n\n${body}\n`

const BOLD_RECORD = ADR(
  [
    '**Status**',
    'Accepted',
    '**Context:**',
    'We need a relational store for orders; the team knows Postgres well.',
    '**Decision**:',
    'We will use PostgreSQL 16 on RDS for the orders service.',
    '**Consequences**',
    'We must run Flyway migrations and pay for a Multi-AZ instance.'
  ].join('\n\n')
)

async function reasons(text: string): Promise<string[]> {
  return (await lint(text)).filter((message) => message.ruleId === 'strategy-required-sections').map((message) => `${message.line}: ${message.reason}`)
}

describe('sections written as bold text', () => {
  it('each gets one message on its line, naming the heading to make of it, whatever the colon', async () => {
    expect(await reasons(BOLD_RECORD)).toEqual([
      '7: Section `Status` is written as bold text, not as a heading; make the line `## Status`',
      '11: Section `Context` is written as bold text, not as a heading; make the line `## Context`',
      '15: Section `Decision` is written as bold text, not as a heading; make the line `## Decision`',
      '19: Section `Consequences` is written as bold text, not as a heading; make the line `## Consequences`'
    ])
  })

  it('the fix makes each line a heading, and the record is then clean', async () => {
    const fixed = await fix(BOLD_RECORD)
    expect(fixed.applied).toBe(4)
    expect(fixed.text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# 1. Use PostgreSQL', '## Status', '## Context', '## Decision', '## Consequences'])
    expect(fixed.messages).toEqual([])
  })

  it('the heading made of a bold line keeps what the bold text holds: a link, a note, a comment, code', async () => {
    for (const [bold, heading] of [
      ['**[Context](https://example.com/context-doc)**', '## [Context](https://example.com/context-doc)'],
      ['**Context[^1]**', '## Context[^1]'],
      ['**Context <!-- reviewed by legal -->**:', '## Context <!-- reviewed by legal -->'],
      ['**`Context`:**', '## `Context`']
    ]) {
      const fixed = await fix(BOLD_RECORD.replace('**Context:**', bold) + '\n[^1]: A note.\n')
      expect(fixed.text.split('\n'), bold).toContain(heading)
    }
  })

  it('in a document of setext headings, the bold line becomes a setext heading: the message says so and the fix writes it', async () => {
    const text = ADR('Status\n------\n\nAccepted\n\nContext\n-------\n\nWe need a relational store.\n\n**Decision**\n\nWe will use PostgreSQL 16.\n\nConsequences\n------------\n\nWe run Flyway.')
      .replace('# 1. Use PostgreSQL', 'ADR 1: Use PostgreSQL\n=====================')
    expect(await reasons(text)).toEqual(['18: Section `Decision` is written as bold text, not as a heading; make it the heading `Decision` underlined with `--------`'])
    const fixed = await fix(text)
    expect(fixed.text).toContain('We need a relational store.\n\nDecision\n--------\n\nWe will use PostgreSQL 16.')
    expect(fixed.messages).toEqual([])
  })

  it('a bold label inside a section of the type counts; the sections written as headings are left alone', async () => {
    const text = ADR('## Status\n\nAccepted\n\n## Context\n\nWe need a relational store.\n\n**Decision**\n\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    expect(await reasons(text)).toEqual(['15: Section `Decision` is written as bold text, not as a heading; make the line `## Decision`'])
  })

  it('no label: bold words that open a paragraph, bold inside text, a label under a heading of its own (a record split by topic)', async () => {
    const missingDecision = /^\d+: (?:\(\d\/\d\) )?Missing section `Decision`/
    for (const body of [
      '## Status\n\nAccepted\n\n## Context\n\nWe need a store.\n\n**Decision:** we will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.',
      '## Status\n\nAccepted\n\n## Context\n\nWe need a store. **Decision** pending.\n\n## Consequences\n\nWe run Flyway.',
      '## Status\n\nAccepted\n\n## Context\n\nWe need a store.\n\n## Orders domain\n\n### Cluster-specific domains\n\n**Decision:**\n\n* live: orders.example.com\n\n## Consequences\n\nWe run Flyway.'
    ]) {
      const found = await reasons(ADR(body))
      expect(found.filter((reason) => /written as bold text/.test(reason)), body).toEqual([])
      expect(found.some((reason) => missingDecision.test(reason)), body).toBe(true)
    }
  })

  it('a strategy written in bold labels under its title gets them as headings', async () => {
    const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
    const text = `---\ntype: strategy\n---\n\n# Payments Strategy\n\n${sections.map((name) => `**${name}**\n\nSomething specific about ${name.toLowerCase()}.`).join('\n\n')}\n`
    const found = await reasons(text)
    expect(found).toHaveLength(7)
    expect(found.every((reason) => /is written as bold text, not as a heading; make the line `## /.test(reason))).toBe(true)
  })
})

describe('headings with no space after their #s', () => {
  it('`##Context` gets one message with the fix; the text that follows on the next line stays', async () => {
    const text = ADR('## Status\n\nAccepted\n\n##Context\nWe need a relational store.\n\n## Decision\n\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    expect(await reasons(text)).toEqual(['11: `##Context` is not a heading: Markdown needs a space after the `#`; make the line `## Context`'])
    const fixed = await fix(text)
    expect(fixed.text).toBe(text.replace('##Context\n', '## Context\n'))
    expect(fixed.messages).toEqual([])
  })

  it('keeps CRLF line ends, and leaves `#1 priority` lines and names of no missing section alone', async () => {
    const crlf = ADR('## Status\n\nAccepted\n\n###Context\n\nWe need a store.\n\n## Decision\n\nWe will use it.\n\n## Consequences\n\nWe run it.').replace(/\n/g, '\r\n')
    const fixed = await fix(crlf)
    expect(fixed.text).toBe(crlf.replace('###Context', '## Context'))
    const other = ADR('## Status\n\nAccepted\n\n## Context\n\n#1 priority is latency.\n\n##Decisionmaking\n\n## Decision\n\nWe will use it.\n\n## Consequences\n\nWe run it.')
    expect(await reasons(other)).toEqual([])
  })

  it('in a file whose lines end with CR alone, the line ends at its CR: the same message and fix as with LF', async () => {
    const text = ADR('## Status\n\nAccepted\n\n##Context\nWe need a relational store.\n\n## Decision\n\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    const cr = text.replace(/\n/g, '\r')
    expect(await reasons(cr)).toEqual(await reasons(text))
    expect((await fix(cr)).text).toBe(cr.replace('##Context\r', '## Context\r'))
  })

  it('a non-breaking space after the `#`s (pasted from a word processor) is no space: the message says so, and the fix writes a plain one', async () => {
    const text = ADR('## Status\n\nAccepted\n\n##\u00a0Context\n\nWe need a relational store.\n\n## Decision\n\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    expect(await reasons(text)).toEqual(['11: `##\u00a0Context` is not a heading: the space after the `#` is a non-breaking space (U+00A0), which Markdown does not read as one; make the line `## Context`'])
    const fixed = await fix(text)
    expect(fixed.text).toBe(text.replace('##\u00a0Context', '## Context'))
    expect(fixed.messages).toEqual([])
  })
})

describe('headings inside a list item or a block quote', () => {
  const STRATEGY = (body: string) => `---\ntype: strategy\n---\n\n# Strategy: Build\n\n## Context\n\nOur CI takes 45 minutes at p50 and teams wait on it.\n\n${body}\n`

  it('say the section is there but starts none, with no fix that adds an empty copy', async () => {
    const text = STRATEGY('- ## Diagnosis\n\n  The build graph is rebuilt from scratch.\n\n> ## Guiding Policy\n>\n> Cache the graph.')
    const found = await reasons(text)
    expect(found.slice(0, 2)).toEqual([
      '11: Section `Diagnosis` is a heading inside a list item, so it starts no section; take it out: `## Diagnosis` at the start of its line without the `-`, the item\'s text below it unindented',
      '15: Section `Guiding Policy` is a heading inside a block quote, so it starts no section; take it out: `## Guiding Policy` at the start of its line without the `>`, the quoted text below it without its `>`s'
    ])
    expect(found.filter((reason) => /Missing section `(Diagnosis|Guiding Policy)`/.test(reason))).toEqual([])
    const fixed = await fix(text)
    expect(fixed.text).not.toMatch(/^## (Diagnosis|Guiding Policy)$/m)
    expect(fixed.text).toMatch(/^## Coherent Actions$/m)
  })

  it('name the numbered item\'s marker, and a heading of no missing section stays unmentioned', async () => {
    expect((await reasons(STRATEGY('1. ### Diagnosis')))[0]).toBe(
      '11: Section `Diagnosis` is a heading inside a list item, so it starts no section; take it out: `## Diagnosis` at the start of its line without the `1.`, the item\'s text below it unindented'
    )
    expect((await reasons(STRATEGY('- ## Why not a monorepo?'))).filter((reason) => /inside a list item/.test(reason))).toEqual([])
  })

  it('in a file whose lines end with CR alone, the message names the marker and the place is the heading\'s line', async () => {
    const text = STRATEGY('- ## Diagnosis\n\n  The build graph is rebuilt from scratch.')
    const cr = text.replace(/\n/g, '\r')
    const inList = async (markdown: string) => (await lint(markdown)).find((message) => /inside a list item/.test(message.reason))
    const [lf, withCr] = [await inList(text), await inList(cr)]
    expect(withCr?.reason).toBe(lf?.reason)
    expect(withCr?.place).toEqual(lf?.place)
  })
})

// (Left unread, each HTML heading drew `Missing section`, and the fix appended an empty duplicate of each.)
describe('sections written as HTML headings', () => {
  const HTML_RECORD = ADR(
    [
      '<h2>Status</h2>',
      'Accepted',
      '<h2 id="context">Context</h2>',
      'We need a relational store for orders; the team knows Postgres well.',
      '<H2><a name="decision"></a>Decision</H2>',
      'We will use PostgreSQL 16 on RDS for the orders service.',
      '## Consequences',
      'We must run Flyway migrations and pay for a Multi-AZ instance.'
    ].join('\n\n')
  )

  it('each gets one message on its line naming the Markdown heading, and the fix makes it one', async () => {
    expect(await reasons(HTML_RECORD)).toEqual([
      '7: Section `Status` is an HTML heading (`<h2>Status</h2>`), which starts no Markdown section; make the line `## Status`',
      '11: Section `Context` is an HTML heading (`<h2 id="context">Context</h2>`), which starts no Markdown section; make the line `## Context`',
      '15: Section `Decision` is an HTML heading (`<H2><a name="decision"></a>Decision</H2>`), which starts no Markdown section; make the line `## Decision`'
    ])
    const fixed = await fix(HTML_RECORD)
    expect(fixed.text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# 1. Use PostgreSQL', '## Status', '## Context', '## Decision', '## Consequences'])
    expect(fixed.messages).toEqual([])
  })

  // (The block goes on to the next blank line: with the text right under it, the heading was not seen, and --fix added
  // an empty duplicate.)
  it('the text right under the HTML heading, and entities in it: the first line is the heading, and the fix replaces it alone', async () => {
    const record = ADR('<h2>Status</h2>\nAccepted\n\n<h2>Context</h2>\nWe need a relational store for orders.\n\n<h2>Decision&#33;</h2>\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    expect(await reasons(record)).toEqual([
      '7: Section `Status` is an HTML heading (`<h2>Status</h2>`), which starts no Markdown section; make the line `## Status`',
      '10: Section `Context` is an HTML heading (`<h2>Context</h2>`), which starts no Markdown section; make the line `## Context`',
      '13: Section `Decision!` is an HTML heading (`<h2>Decision&#33;</h2>`), which starts no Markdown section; make the line `## Decision!`'
    ])
    const fixed = await fix(record)
    expect(fixed.text).toContain('## Status\nAccepted\n\n## Context\nWe need a relational store for orders.\n\n## Decision!\nWe will use PostgreSQL 16.\n')
    expect(fixed.messages.filter((message) => message.ruleId === 'strategy-required-sections')).toEqual([])
  })

  it('an HTML heading over several lines is not read as one', async () => {
    const reasonsOf = await reasons(ADR('<h2>\nStatus\n</h2>\n<p>Accepted</p>\n\n## Context\n\nText.\n\n## Decision\n\nWe will.\n\n## Consequences\n\nSome.'))
    expect(reasonsOf).toEqual([expect.stringMatching(/Missing section `Status`/)])
  })
})

// (In MDX, `<h2>Context</h2>` is JSX: it drew `Missing section`, and --fix added an empty duplicate.)
describe('an HTML heading in MDX', () => {
  afterAll(removeProjects)

  it('is read as JSX and fixed to a Markdown heading', async () => {
    const record = ADR('## Status\n\nAccepted\n\n<h2>Context</h2>\n\nWe need a relational store for orders.\n\n## Decision\n\nWe will use PostgreSQL 16.\n\n## Consequences\n\nWe run Flyway.')
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']}), 'r.mdx': record})
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(dir, 'node_modules', 'remark-mdx'), 'dir')
    const result = await strategyLint(['r.mdx', '--format', 'json'], dir)
    expect((JSON.parse(result.stdout) as Array<{messages: Array<{reason: string}>}>)[0].messages.map((message) => message.reason)).toEqual([
      'Section `Context` is an HTML heading (`<h2>Context</h2>`), which starts no Markdown section; make the line `## Context`'
    ])
    await strategyLint(['--fix', 'r.mdx'], dir)
    expect(fs.readFileSync(path.join(dir, 'r.mdx'), 'utf8')).toBe(record.replace('<h2>Context</h2>', '## Context'))
  })
})
