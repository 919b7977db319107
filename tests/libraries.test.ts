/**
 * Libraries in place of hand-written copies (#17 item 5), and where one was not taken, why:
 * - mdast-util-to-string (both options off) gives the heading text `plainText` gave;
 * - markdown-extensions is the list of extensions the walk took before;
 * - vfile-sort orders messages at the same place by severity and rule id, where we keep the order
 *   the rules reported them in, so its comparator is not ours.
 */
import {readFileSync} from 'node:fs'
import type {Heading, Parent, Root} from 'mdast'
import markdownExtensions from 'markdown-extensions'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {compareMessage} from 'vfile-sort'
import {describe, expect, it} from 'vitest'
import {MARKDOWN_EXTENSIONS} from '../src/engine/run.js'
import {lint} from '../src/index.js'
import {plainText} from '../src/model/sections.js'

/** The walk `plainText` was before mdast-util-to-string: text and inline code, through every container. */
function handWritten(node: Parent): string {
  let value = ''
  for (const child of node.children) {
    if (child.type === 'text' || child.type === 'inlineCode') value += child.value
    else if ('children' in child) value += handWritten(child as Parent)
  }
  return value
}

function headings(markdown: string): Heading[] {
  const tree = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown) as Root
  return tree.children.filter((node): node is Heading => node.type === 'heading')
}

describe('plainText through mdast-util-to-string', () => {
  const cases: Array<[string, string]> = [
    ['# Plain words', 'Plain words'],
    ['## Risks <span class="x">and</span> mitigations', 'Risks and mitigations'],
    ['## Title <!-- note -->', 'Title '],
    ['## Diagram ![alt text](d.png) here', 'Diagram  here'],
    ['## ![only an image][ref]\n\n[ref]: d.png', ''],
    ['## [Linked *title*](https://example.com) and [ref][r]\n\n[r]: https://example.com', 'Linked title and ref'],
    ['## The `code` path', 'The code path'],
    ['## **Strong** _emphasis_ ~~struck~~', 'Strong emphasis struck'],
    ['## Footnote[^1]\n\n[^1]: text', 'Footnote'],
    ['Setext *heading*\n---', 'Setext heading'],
    ['## Autolink https://example.com and <https://example.org>', 'Autolink https://example.com and https://example.org'],
    ['## Escaped \\*stars\\* &amp; entities', 'Escaped *stars* & entities']
  ]

  it.each(cases)('%j', (markdown, text) => {
    const [heading] = headings(markdown)
    expect(plainText(heading)).toBe(text)
    expect(plainText(heading)).toBe(handWritten(heading))
  })

  it('gives the hand-written walk’s text for every heading of the docs and fixtures', () => {
    const files = ['README.md', 'docs/rules/README.md', 'fixtures/examples/ci-strategy-draft.md', 'fixtures/examples/platform-vision-draft.md']
    let count = 0
    for (const name of files) {
      for (const heading of headings(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'))) {
        count++
        expect(plainText(heading)).toBe(handWritten(heading))
      }
    }
    expect(count).toBeGreaterThan(20)
  })
})

describe('markdown-extensions', () => {
  it('is the list the walk took before, in the same order', () => {
    expect(MARKDOWN_EXTENSIONS).toEqual(['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn', 'mkdown', 'ron'])
    expect(MARKDOWN_EXTENSIONS).toEqual([...markdownExtensions])
  })
})

describe('vfile-sort is not our message order', () => {
  it('orders messages at one place differently from the order the rules reported them in, which lint keeps', async () => {
    const source = readFileSync(new URL('../fixtures/examples/ci-strategy-draft.md', import.meta.url), 'utf8')
    const messages = await lint(source)
    const sorted = [...messages].sort(compareMessage as never)
    expect(sorted).not.toEqual(messages)
    // Ours: by place only, ties in report order (the registry's rule order).
    const tie = messages.findIndex((message, index) => index > 0 && message.line === messages[index - 1].line && message.column === messages[index - 1].column)
    expect(tie).toBeGreaterThan(0)
    expect(messages.map((message) => `${message.line}:${message.column}`)).toEqual(sorted.map((message) => `${message.line}:${message.column}`))
  })
})
