/**
 * Strategy documents written in the Markdown of documentation sites (a QA pass, 2026-12-07): MkDocs Material's
 * collapsible blocks, Docusaurus and MDX components read as Markdown, GitHub's `<details>`. Their syntax is no
 * template leftover, and the author's words inside HTML are the section's content.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

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
