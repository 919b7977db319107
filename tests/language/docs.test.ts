/**
 * Runs the examples of docs/phrases.md (the language analysis page): each row
 * of the table under `## Examples` is placed in its section of a minimal
 * strategy with only the language rules on, and must get exactly the finding
 * the table gives (or none). The page is read with remark, not patterns.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {linter, ruleIds} from '../../src/index.js'
// @ts-expect-error: a plain ES module without type declarations.
import {LANGUAGE_RULES, placeText} from '../../scripts/eval.js'

const page = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'phrases.md')
const tree = remark().use(remarkGfm).parse(readFileSync(page, 'utf8')) as Root

/** The table after the `## Examples` heading, as rows of cell text. */
function exampleRows(): Array<{section: string; sentence: string; finding: string}> {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node) === 'Examples')
  const table = tree.children.slice(start).find((node): node is Table => node.type === 'table')
  if (start === -1 || !table) throw new Error('docs/phrases.md: no table under `## Examples`')
  const [header, ...rows] = table.children.map((row) => row.children.map((cell) => toString(cell).trim()))
  expect(header).toEqual(['Section', 'Sentence', 'Finding'])
  return rows.map(([section, sentence, finding]) => ({section, sentence, finding}))
}

const rows = exampleRows()
const lintOne = linter({rules: Object.fromEntries(ruleIds.map((id) => [id, (LANGUAGE_RULES as string[]).includes(id) ? 'on' : false]))})

describe('docs/phrases.md examples', () => {
  it('has examples of every rule and of sentences left alone', () => {
    for (const finding of [...(LANGUAGE_RULES as string[]), 'none']) expect(rows.some((row) => row.finding === finding), finding).toBe(true)
  })

  it.each(rows.map((row) => [`${row.section}: ${row.sentence}`, row] as const))('%s', async (_name, row) => {
    const {markdown, line} = placeText(row.section, row.sentence) as {markdown: string; line: number}
    const found = (await lintOne(markdown))
      .filter((message) => (message.line ?? 0) <= line && (message.endLine ?? message.line ?? 0) >= line)
      .map((message) => message.ruleId)
    expect(found).toEqual(row.finding === 'none' ? [] : [row.finding])
  })
})
