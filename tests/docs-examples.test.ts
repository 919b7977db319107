/**
 * Runs every example in docs/rules/*.md, so the rule docs cannot drift from
 * what the rules do. The pages are read with remark: the examples are the
 * `code` nodes under the `### ok:` and `### not ok:` headings of `## Examples`.
 *
 * Format (under `## Examples` of a rule page):
 *
 *     ### ok: <title>            or      ### not ok: <title>
 *     ```markdown                        ```markdown
 *     <document>                         <document>
 *     ```                                ```
 *                                        ```text
 *                                        <line>:<column>-<endLine>:<endColumn>: <reason>
 *                                          fix: "<text>"
 *                                        ```
 *
 * Each expected message gives its full range, then its reason. A message with
 * a mechanical fix (`expected` on the message, what `--fix` writes in place of
 * the range) is followed by one `  fix: ` line per expected text, the text as
 * a JSON string (so an empty text, a removal, reads `  fix: ""`). A message
 * with only a start point gives `<line>:<column>`.
 *
 * Prose may sit between the blocks. A document that itself holds code fences
 * uses a longer fence (````markdown). `ok` documents must get no message from
 * the page's rule; `not ok` documents exactly the listed ones, in order, with
 * the same ranges and fixes. A `json` block before the `markdown` one holds
 * the plugin options the example runs with (a configured document type, or a
 * rule's options: `{"rules": {"<rule-id>": {"<option>": <value>}}}`). Every
 * option a rule declares (`options` in rules/<id>.ts) must be set to a value
 * other than its default in at least one example of the rule's page. An
 * opt-in rule (off unless configured) runs turned on in its own page's
 * examples, unless an example's `json` block sets it.
 *
 * Each rule is also run alone, as a remark-lint plugin without this package's
 * plugin (with GFM and front matter, and without them: the rule adds them), on its page's first `not ok` example
 * that needs no configured type:
 * it must report there with its default severity, origin and docs url.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Code, Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultSeverityText} from '../scripts/generate.js'
import {lint, rules, type LintMessage, type StrategyOptions} from '../src/index.js'

const docsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules')

interface Example {
  kind: 'ok' | 'not ok'
  title: string
  /** 1-based line of the example's heading in its page. */
  line: number
  markdown: string
  /** Plugin options from a `json` block, if the example has one. */
  options: StrategyOptions | undefined
  /** Expected lines (messages and their `fix:` lines); empty for `ok`. */
  expected: string[]
}

interface Page {
  ruleId: string
  file: string
  text: string
  tree: Root
  examples: Example[]
}

const BLOCK_KINDS = ['json', 'markdown', 'text']

/** The heading's text as written in the page (inline code keeps its backticks). */
function headingSource(text: string, heading: Heading): string {
  const first = heading.children[0]?.position?.start.offset
  const last = heading.children.at(-1)?.position?.end.offset
  return first === undefined || last === undefined ? toString(heading) : text.slice(first, last)
}

/** The nodes of the `## Examples` section. */
function examplesSection(tree: Root, file: string): RootContent[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node) === 'Examples')
  if (start === -1) throw new Error(`${file}: no \`## Examples\` section`)
  const rest = tree.children.slice(start + 1)
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2)
  return end === -1 ? rest : rest.slice(0, end)
}

/** Parse the examples of a page; throws on anything that does not follow the format. */
function parseExamples(tree: Root, text: string, file: string): Example[] {
  const examples: Example[] = []
  let current: {kind: Example['kind']; title: string; line: number; blocks: Code[]} | undefined

  const finish = () => {
    if (!current) return
    const where = `${file}:${current.line} (${current.kind}: ${current.title})`
    const options = current.blocks[0]?.lang === 'json' ? current.blocks.shift() : undefined
    const [document, messages, ...rest] = current.blocks
    if (!document || document.lang !== 'markdown') {
      throw new Error(`${where}: expected a \`markdown\` block first`)
    }
    if (current.kind === 'ok' && (messages || rest.length > 0)) {
      throw new Error(`${where}: an \`ok\` example has only its \`markdown\` block`)
    }
    if (current.kind === 'not ok' && (!messages || messages.lang !== 'text' || rest.length > 0)) {
      throw new Error(`${where}: a \`not ok\` example has a \`markdown\` block, then one \`text\` block`)
    }
    const expected = messages ? messages.value.split('\n').filter((line) => line.trim() !== '') : []
    if (current.kind === 'not ok' && expected.length === 0) {
      throw new Error(`${where}: a \`not ok\` example lists at least one message`)
    }
    examples.push({
      kind: current.kind,
      title: current.title,
      line: current.line,
      markdown: document.value + '\n',
      options: options && (JSON.parse(options.value) as StrategyOptions),
      expected
    })
    current = undefined
  }

  for (const node of examplesSection(tree, file)) {
    const line = node.position?.start.line ?? 0
    if (node.type === 'heading' && node.depth === 3) {
      finish()
      const heading = headingSource(text, node)
      const kind = heading.startsWith('ok: ') ? 'ok' : heading.startsWith('not ok: ') ? 'not ok' : undefined
      const title = kind ? heading.slice(kind.length + 2).trim() : ''
      if (!kind || title === '') throw new Error(`${file}:${line}: example headings are \`### ok: title\` or \`### not ok: title\`, got \`### ${heading}\``)
      current = {kind, title, line, blocks: []}
      continue
    }
    if (node.type !== 'code') continue
    if (!current) throw new Error(`${file}:${line}: code block before the first example heading`)
    if (!BLOCK_KINDS.includes(node.lang ?? '')) {
      throw new Error(`${file}:${line}: example blocks are \`json\` (options), \`markdown\` or \`text\`, got \`${node.lang ?? '(no info string)'}\``)
    }
    current.blocks.push(node)
  }
  finish()
  return examples
}

/** An example's options with an opt-in rule turned on (`true`) unless the example sets it: its page shows what it finds when on. */
function turnedOn(options: StrategyOptions | undefined, ruleId: string): StrategyOptions {
  const ruleSettings = (options?.rules as Record<string, unknown> | undefined) ?? {}
  return {...options, rules: {[ruleId]: true, ...ruleSettings}}
}

/** A message as an example's `text` block gives it: its range and reason, then a `fix:` line per expected text. */
function describeMessage(message: LintMessage): string[] {
  const start = `${message.line}:${message.column}`
  const range = message.endLine === undefined ? start : `${start}-${message.endLine}:${message.endColumn}`
  return [`${range}: ${message.reason}`, ...(message.expected ?? []).map((text) => `  fix: ${JSON.stringify(text)}`)]
}

/** The options an example gives a rule (`{"rules": {id: {...}}}` or `{"rules": {id: [severity, {...}]}}`). */
function ruleOptions(example: Example, ruleId: string): Record<string, unknown> {
  const setting = (example.options?.rules as Record<string, unknown> | undefined)?.[ruleId]
  const options = Array.isArray(setting) ? setting[1] : setting
  return options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {}
}

function loadPages(): Page[] {
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const file = path.join('docs', 'rules', name)
      const text = readFileSync(path.join(docsDir, name), 'utf8')
      const tree = remark().parse(text)
      return {ruleId: name.slice(0, -3), file, text, tree, examples: parseExamples(tree, text, file)}
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
    const [title] = page!.tree.children
    expect(title?.type === 'heading' && title.depth === 1 && toString(title), `${page!.file} starts with its title`).toBe(ruleId)
    expect(page!.text.includes(`Default severity: ${defaultSeverityText(rule.meta)}`), `${page!.file} states its default severity`).toBe(true)
    const options = page!.tree.children.some((node) => node.type === 'heading' && node.depth === 2 && toString(node) === 'Options')
    expect(options, `${page!.file} has an Options section`).toBe(true)
    expect(rule.url.endsWith(`/docs/rules/${ruleId}.md`), `rule url ${rule.url}`).toBe(true)
  })

  it.each(rules.filter((rule) => Object.keys(rule.meta.options ?? {}).length > 0).map((rule) => [rule.ruleId, rule] as const))(
    '%s has an example of each of its options set to a value other than its default',
    (ruleId, rule) => {
      const page = pages.find((entry) => entry.ruleId === ruleId)
      expect(page, `docs/rules/${ruleId}.md is missing`).toBeDefined()
      const missing = Object.entries(rule.meta.options ?? {})
        .filter(([name, schema]) => !page!.examples.some((example) => {
          const options = ruleOptions(example, ruleId)
          return name in options && JSON.stringify(options[name]) !== JSON.stringify(schema.default)
        }))
        .map(([name]) => name)
      expect(missing, `${page!.file}: options with no example that sets them (in a \`json\` block, {"rules": {"${ruleId}": {...}}})`).toEqual([])
    }
  )

  it('has no page for a rule that does not exist', () => {
    expect(pages.map((page) => page.ruleId).filter((id) => !ruleIds.includes(id))).toEqual([])
  })

  it('lists every rule with its default severity in the index', () => {
    const index = readFileSync(path.join(docsDir, 'README.md'), 'utf8')
    for (const rule of rules) {
      const row = index.split('\n').find((line) => line.startsWith(`| [\`${rule.ruleId}\`](./${rule.ruleId}.md) |`))
      expect(row, `docs/rules/README.md has a row for ${rule.ruleId}`).toBeDefined()
      expect(row!.split('|')[2].trim(), `default severity of ${rule.ruleId} in docs/rules/README.md`).toBe(defaultSeverityText(rule.meta))
    }
  })
})

for (const page of pages) {
  describe(page.file, () => {
    it.each(page.examples.map((example) => [`${example.kind}: ${example.title}`, example] as const))(
      '%s',
      async (_name, example) => {
        const rule = rules.find((entry) => entry.ruleId === page.ruleId)
        const messages = await lint(example.markdown, rule?.meta.optIn ? turnedOn(example.options, page.ruleId) : example.options)
        const actual = messages.filter((message) => message.ruleId === page.ruleId).flatMap(describeMessage)
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

/** The first `not ok` example a rule used alone can run: its `json` block, if any, sets only this rule's options. */
function aloneExample(page: Page): Example | undefined {
  return page.examples.find((example) => {
    if (example.kind !== 'not ok') return false
    const keys = Object.keys(example.options ?? {})
    const ruleKeys = Object.keys((example.options?.rules as Record<string, unknown> | undefined) ?? {})
    return keys.every((key) => key === 'rules') && ruleKeys.every((key) => key === page.ruleId)
  })
}

/** An expected line's reason: `7:1-7:22: reason` -> `reason`. */
function reasonOf(line: string): string {
  return line.replace(/^\d+:\d+(?:-\d+:\d+)?: /, '')
}

describe('each rule used alone with remark-lint (no remark-lint-strategy plugin)', () => {
  it.each(rules.map((rule) => [rule.ruleId, rule] as const))('%s', async (ruleId, rule) => {
    const page = pages.find((entry) => entry.ruleId === ruleId)
    expect(page, `docs/rules/${ruleId}.md is missing`).toBeDefined()
    const example = aloneExample(page!)
    const notOk = page!.examples.filter((entry) => entry.kind === 'not ok')
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).use(remarkLint)
    if (!example) {
      // Every problem this rule finds needs a configured document type (the plugin's `types`), which a
      // rule alone does not have: it must stay silent, not fail.
      expect(notOk.every((entry) => entry.options?.types !== undefined), `${page!.file}: a \`not ok\` example without a configured type`).toBe(true)
      processor.use(rule)
      const file = new VFile({path: 'doc.md', value: notOk[0].markdown})
      await processor.run(processor.parse(file), file)
      expect(file.messages).toEqual([])
      return
    }
    const options = (example.options?.rules as Record<string, unknown> | undefined)?.[ruleId]
    processor.use(rule, options)
    const file = new VFile({path: 'doc.md', value: example.markdown})
    await processor.run(processor.parse(file), file)
    // Without remark-gfm and remark-frontmatter given: the rule adds the syntax it reads (a table row, front matter
    // `type:`), as the plugin does; it passed such a document in silence.
    const bare = unified().use(remarkParse).use(remarkLint).use(rule, options)
    const bareFile = new VFile({path: 'doc.md', value: example.markdown})
    await bare.run(bare.parse(bareFile), bareFile)
    expect(bareFile.messages.map(String)).toEqual(file.messages.map(String))
    const where = `${page!.file}:${example.line} (not ok: ${example.title}) with ${ruleId} alone`
    expect(file.messages.length, where).toBeGreaterThan(0)
    for (const message of file.messages) {
      expect(message, where).toMatchObject({ruleId, source: 'remark-lint', url: rule.url, fatal: rule.defaultSeverity === 'error'})
    }
    expect(file.messages.map((message) => message.reason), where).toContain(reasonOf(example.expected[0]))
  })
})
