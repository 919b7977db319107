/**
 * Runs every example in docs/rules/*.md, so the rule docs cannot drift from
 * what the rules do.
 *
 * Format (under `## Examples` of a rule page):
 *
 *     ### ok: <title>            or      ### not ok: <title>
 *     ```markdown                        ```markdown
 *     <document>                         <document>
 *     ```                                ```
 *                                        ```text
 *                                        <line>:<column>: <reason>
 *                                        ```
 *
 * Prose may sit between the blocks. A document that itself holds code fences
 * uses a longer fence (````markdown). `ok` documents must get no message from
 * the page's rule; `not ok` documents exactly the listed ones, in order. A
 * `json` block before the `markdown` one holds the plugin options the example
 * runs with (a configured document type, for instance).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lint, rules, type StrategyOptions} from '../src/index.js'

const docsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules')

interface Example {
  kind: 'ok' | 'not ok'
  title: string
  /** 1-based line of the example's heading in its page. */
  line: number
  markdown: string
  /** Plugin options from a `json` block, if the example has one. */
  options: StrategyOptions | undefined
  /** Expected messages; empty for `ok`. */
  expected: string[]
}

interface Page {
  ruleId: string
  file: string
  text: string
  examples: Example[]
}

interface Block {
  info: string
  body: string[]
  line: number
}

/** Parse the examples of a page; throws on anything that does not follow the format. */
function parseExamples(text: string, file: string): Example[] {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((line) => line.trim() === '## Examples')
  if (start === -1) throw new Error(`${file}: no \`## Examples\` section`)

  const examples: Example[] = []
  let current: {kind: Example['kind']; title: string; line: number; blocks: Block[]} | undefined

  const finish = () => {
    if (!current) return
    const where = `${file}:${current.line} (${current.kind}: ${current.title})`
    const options = current.blocks[0]?.info === 'json' ? current.blocks.shift() : undefined
    const [document, messages, ...rest] = current.blocks
    if (!document || document.info !== 'markdown') {
      throw new Error(`${where}: expected a \`markdown\` block first`)
    }
    if (current.kind === 'ok' && (messages || rest.length > 0)) {
      throw new Error(`${where}: an \`ok\` example has only its \`markdown\` block`)
    }
    if (current.kind === 'not ok' && (!messages || messages.info !== 'text' || rest.length > 0)) {
      throw new Error(`${where}: a \`not ok\` example has a \`markdown\` block, then one \`text\` block`)
    }
    const expected = messages ? messages.body.filter((line) => line.trim() !== '') : []
    if (current.kind === 'not ok' && expected.length === 0) {
      throw new Error(`${where}: a \`not ok\` example lists at least one message`)
    }
    examples.push({
      kind: current.kind,
      title: current.title,
      line: current.line,
      markdown: document.body.join('\n') + '\n',
      options: options && (JSON.parse(options.body.join('\n')) as StrategyOptions),
      expected
    })
    current = undefined
  }

  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]
    if (/^#{1,2} /.test(line)) break
    if (line.startsWith('### ')) {
      finish()
      const heading = /^### (ok|not ok): (\S.*)$/.exec(line)
      if (!heading) throw new Error(`${file}:${index + 1}: example headings are \`### ok: title\` or \`### not ok: title\`, got \`${line}\``)
      current = {kind: heading[1] as Example['kind'], title: heading[2].trim(), line: index + 1, blocks: []}
      continue
    }
    const fence = /^(`{3,}|~{3,})\s*([^`\s]*)\s*$/.exec(line)
    if (!fence) continue
    if (!current) throw new Error(`${file}:${index + 1}: code block before the first example heading`)
    const [, marker, info] = fence
    const body: string[] = []
    let end = index + 1
    const closing = new RegExp(`^${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`)
    while (end < lines.length && !closing.test(lines[end])) body.push(lines[end++])
    if (end >= lines.length) throw new Error(`${file}:${index + 1}: code block is not closed`)
    if (info !== 'markdown' && info !== 'text' && info !== 'json') {
      throw new Error(`${file}:${index + 1}: example blocks are \`json\` (options), \`markdown\` or \`text\`, got \`${info || '(no info string)'}\``)
    }
    current.blocks.push({info, body, line: index + 1})
    index = end
  }
  finish()
  return examples
}

function loadPages(): Page[] {
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const file = path.join('docs', 'rules', name)
      const text = readFileSync(path.join(docsDir, name), 'utf8')
      return {ruleId: name.slice(0, -3), file, text, examples: parseExamples(text, file)}
    })
}

const pages = loadPages()
const ruleIds = rules.map((rule) => rule.ruleId)

describe('rule docs', () => {
  it.each(rules.map((rule) => [rule.ruleId, rule] as const))('%s has a page with ok and not ok examples', (ruleId, rule) => {
    const page = pages.find((entry) => entry.ruleId === ruleId)
    expect(page, `docs/rules/${ruleId}.md is missing`).toBeDefined()
    const kinds = new Set(page!.examples.map((example) => example.kind))
    expect([...kinds].sort(), `${page!.file} needs at least one ok and one not ok example`).toEqual(['not ok', 'ok'])
    expect(page!.text.split('\n')[0], `${page!.file} starts with its title`).toBe(`# ${ruleId}`)
    expect(page!.text, `${page!.file} states its default severity`).toMatch(
      new RegExp(`Default severity: \`${rule.defaultSeverity}\``)
    )
    expect(page!.text, `${page!.file} has an Options section`).toMatch(/^## Options$/m)
    expect(rule.url.endsWith(`/docs/rules/${ruleId}.md`), `rule url ${rule.url}`).toBe(true)
  })

  it('has no page for a rule that does not exist', () => {
    expect(pages.map((page) => page.ruleId).filter((id) => !ruleIds.includes(id))).toEqual([])
  })

  it('lists every rule with its default severity in the index', () => {
    const index = readFileSync(path.join(docsDir, 'README.md'), 'utf8')
    for (const rule of rules) {
      const row = index.split('\n').find((line) => line.startsWith(`| [\`${rule.ruleId}\`](./${rule.ruleId}.md) |`))
      expect(row, `docs/rules/README.md has a row for ${rule.ruleId}`).toBeDefined()
      expect(row!.split('|')[2].trim(), `default severity of ${rule.ruleId} in docs/rules/README.md`).toBe(
        `\`${rule.defaultSeverity}\``
      )
    }
  })
})

for (const page of pages) {
  describe(page.file, () => {
    it.each(page.examples.map((example) => [`${example.kind}: ${example.title}`, example] as const))(
      '%s',
      async (_name, example) => {
        const messages = await lint(example.markdown, example.options)
        const actual = messages
          .filter((message) => message.ruleId === page.ruleId)
          .map((message) => `${message.line}:${message.column}: ${message.reason}`)
        const report = [
          `${page.file}:${example.line} (${example.kind}: ${example.title})`,
          `actual messages of ${page.ruleId}:`,
          ...(actual.length > 0 ? actual.map((line) => `  ${line}`) : ['  (none)'])
        ].join('\n')
        expect(actual, report).toEqual(example.expected)
      }
    )
  })
}
