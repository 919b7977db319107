/**
 * `--format markdown` through the real bin: the pull-request summary, read
 * back with remark and GFM as GitHub would read it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

/** `text` with `status:` in its front matter (added when it has none). */
function withStatus(text: string, status: string): string {
  return text.startsWith('---\n') ? text.replace(/^---\n/, `---\nstatus: ${status}\n`) : `---\nstatus: ${status}\n---\n\n${text}`
}

function parse(markdown: string): Root {
  return remark().use(remarkGfm).parse(markdown)
}

function tableRows(tree: Root): string[][] {
  const tables: Table[] = []
  visit(tree, 'table', (node) => {
    tables.push(node)
  })
  expect(tables).toHaveLength(1)
  return tables[0].children.map((row) => row.children.map((cell) => toString(cell)))
}

describe.concurrent('--format markdown', () => {
  it('a run that --max-warnings fails is headed ❌ and says why; warnings --quiet hides are counted, not read as none', async () => {
    const dir = makeProject({'warn.md': WARNINGS_ONLY})
    const over = await strategyLint(['-f', 'markdown', '--max-warnings', '0', 'warn.md'], dir)
    expect(over.code).toBe(1)
    const [heading, , because] = over.stdout.split('\n')
    expect(heading).toMatch(/^### ❌ strategy-lint: 1 document checked: 0 errors, \d+ warnings?$/)
    expect(because).toMatch(/^The run fails: \d+ warnings?, more than --max-warnings 0\.$/)
    const within = await strategyLint(['-f', 'markdown', 'warn.md'], dir)
    expect(within.code).toBe(0)
    expect(within.stdout).toMatch(/^### ⚠️ /)
    expect(within.stdout).not.toMatch(/The run fails/)
    const quiet = await strategyLint(['-f', 'markdown', '--quiet', 'warn.md'], dir)
    expect(quiet.stdout.split('\n')[0]).toMatch(/^### ⚠️ strategy-lint: 1 document checked: 0 errors, 0 warnings \(\d+ not shown: --quiet\)$/)
  })

  it('a table of the checked documents (type, status, errors, warnings), the findings per file, skipped files counted', async () => {
    const dir = makeProject({
      'docs/missing.md': MISSING_SECTION,
      'docs/draft.md': withStatus(WARNINGS_ONLY, 'draft'),
      'docs/good.md': withStatus(GOOD_STRATEGY, 'accepted'),
      'docs/README.md': '# Docs\n'
    })
    const [markdown, json] = await Promise.all([strategyLint(['-f', 'markdown', 'docs'], dir), strategyLint(['-f', 'json', 'docs'], dir)])
    expect(markdown.code).toBe(json.code)
    const files = JSON.parse(json.stdout) as Array<{path: string; skipped?: string; messages: Array<{fatal: boolean | null; reason: string}>}>
    const checked = files.filter((file) => file.skipped === undefined)
    const tree = parse(markdown.stdout)
    expect(toString(tree.children[0])).toMatch(/^. strategy-lint: 3 documents checked: \d+ errors?, \d+ warnings?$/)
    const rows = tableRows(tree)
    expect(rows[0]).toEqual(['Document', 'Type', 'Status', 'Errors', 'Warnings'])
    const byPath = new Map(rows.slice(1).map((row) => [row[0], row]))
    for (const file of checked) {
      const row = byPath.get(file.path)!
      expect(row[1]).toBe('strategy')
      expect(row[3]).toBe(String(file.messages.filter((message) => message.fatal === true).length))
      expect(row[4]).toBe(String(file.messages.filter((message) => message.fatal === false).length))
    }
    expect(byPath.get('docs/good.md')![2]).toBe('accepted')
    expect(byPath.get('docs/draft.md')![2]).toBe('draft')
    expect(byPath.get('docs/missing.md')![2]).toBe('—')
    expect(markdown.stdout).toContain('\n1 Markdown file skipped: no document type.\n')
    // Each file with problems has its findings in a collapsed block.
    for (const file of checked.filter((entry) => entry.messages.length > 0)) {
      expect(markdown.stdout).toContain(`<summary>${file.path}: `)
      for (const message of file.messages) expect(markdown.stdout).toContain(message.reason.split('`')[0])
    }
    expect(markdown.stdout).not.toContain('<summary>docs/good.md')
  })

  it('a clean run is one line and a table; long lists of findings are cut at 20 per file', async () => {
    const clean = await strategyLint(['-f', 'markdown'], makeProject({'good.md': GOOD_STRATEGY}))
    expect(clean.code).toBe(0)
    expect(clean.stdout.split('\n')[0]).toBe('### ✅ strategy-lint: 1 document checked, no problems')
    const many = WARNINGS_ONLY + Array.from({length: 30}, (_, index) => `\nPlaceholder ${index} TBD.\n`).join('')
    const result = await strategyLint(['-f', 'markdown'], makeProject({'many.md': many}))
    const items = result.stdout.split('\n').filter((line) => line.startsWith('- '))
    expect(items).toHaveLength(21)
    expect(items.at(-1)).toMatch(/^- … and \d+ more \(run `strategy-lint` locally for all\)$/)
  })

  it('a summary written into the folder it lints is written over by the next run of the same command', async () => {
    const dir = makeProject({'docs/bad.md': MISSING_SECTION})
    const args = ['-f', 'markdown', '-o', 'docs/summary.md', 'docs']
    const first = await strategyLint(args, dir)
    expect(first.code, first.stderr).toBe(1)
    const second = await strategyLint(args, dir)
    expect(second.code, second.stderr).toBe(1)
    expect(second.stderr).toBe('')
    expect(fs.readFileSync(path.join(dir, 'docs', 'summary.md'), 'utf8')).toMatch(/^### \S+ strategy-lint: /)
  })

  it('a file name with a pipe or backticks keeps the table intact', async () => {
    const result = await strategyLint(['-f', 'markdown'], makeProject({'a|b `c`.md': MISSING_SECTION}))
    const rows = tableRows(parse(result.stdout))
    expect(rows[1][0]).toBe('a|b `c`.md')
    expect(rows[1]).toHaveLength(5)
  })

  it('every message counts, as in the exit code: an untyped file\'s warning and a front matter\'s unknown type are shown; a file that could not be checked is not counted as checked', async () => {
    const dir = makeProject({'notes.md': '# Notes\n\nx\n', 'plan.md': '---\ntype: strategie\n---\n\n# Plan\n\nText.\n', 'docs/good.md': GOOD_STRATEGY})
    fs.symlinkSync('nowhere.md', path.join(dir, 'docs', 'broken.md'))
    const named = await strategyLint(['-f', 'markdown', '--max-warnings', '0', 'notes.md', 'plan.md'], dir)
    expect(named.code).toBe(1)
    expect(named.stdout.split('\n')[0]).toBe('### ❌ strategy-lint: 0 documents checked: 1 error, 1 warning')
    expect(named.stdout).toContain('<summary>notes.md: 0 errors, 1 warning</summary>')
    expect(named.stdout).toMatch(/<summary>plan\.md: 1 error, 0 warnings<\/summary>\n\n- \*\*error\*\* line 1: Unknown document type `strategie`/)
    const folder = await strategyLint(['-f', 'markdown', 'docs'], dir)
    expect(folder.code).toBe(1)
    expect(folder.stdout.split('\n')[0]).toBe('### ❌ strategy-lint: 1 document checked, 1 could not be checked: 1 error, 0 warnings')
    const rows = tableRows(parse(folder.stdout))
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['docs/good.md', 'strategy', '0'],
      ['docs/broken.md', 'not checked', '1']
    ])
  })

  it('a carriage return alone in a file name keeps the table row whole', async () => {
    const result = await strategyLint(['-f', 'markdown'], makeProject({'cr\rname.md': MISSING_SECTION, 'good.md': GOOD_STRATEGY}))
    const rows = tableRows(parse(result.stdout))
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => row[0]).sort()).toEqual(['Document', 'cr name.md', 'good.md'])
  })

  it('control characters from a file name or a document show as \\xHH: no escape sequence reaches a log or a terminal that shows the summary', async () => {
    const dir = makeProject({'esc\u001bname.md': MISSING_SECTION, 'plan.md': '---\ntype: strategie\u0007\u001b[31m\n---\n\n# Plan\n\nText.\n'})
    const result = await strategyLint(['-f', 'markdown', 'esc\u001bname.md', 'plan.md'], dir)
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(tableRows(parse(result.stdout))[1][0]).toBe('esc\\x1bname.md')
    expect(result.stdout).toContain('<summary>esc\\x1bname.md:')
    expect(result.stdout).toContain('`type: strategie\\x07\\x1b[31m`')
  })
})
