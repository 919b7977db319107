/**
 * The language server, end to end: a real server process
 * (`node bin/strategy-lint-language-server.js --stdio`, or the stock
 * remark-language-server setup in tests/stock-remark-language-server.js)
 * spoken to over stdio with vscode-languageserver-protocol, on workspaces
 * written to disk. No mocks. No timing assertions (see `npm run bench:lsp`).
 * The incremental parse (zero configuration and configured) is compared with
 * whole-document parses in tests/lsp-incremental-config.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, TextEdit} from 'vscode-languageserver-protocol'
import {GOOD_STRATEGY, MISSING_SECTION, NEAR_MISS, README, STRATEGY_SECTIONS, strategyDoc, WARNINGS_ONLY, words} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, writeFiles} from '../fixtures/cli/project.js'
import {fileUri, LspClient} from '../scripts/lsp-client.js'
import {diagnosticSummary, OUR_SERVER, STOCK_SERVER, trackedClients} from './support/lsp.js'
// The servers run the built package, so compare with the built package too.
import {fix, lint} from '../dist/src/index.js'


const ERROR = 1
const WARNING = 2

const clients = trackedClients()
const {start} = clients

afterAll(async () => {
  await clients.stopAll()
  removeProjects()
})

let shared: Promise<{client: LspClient; dir: string}> | undefined
let sharedCount = 0

/**
 * One server on one zero-configuration workspace, shared by the tests that
 * neither change the workspace nor care which other documents are open;
 * each gets a file name of its own.
 */
async function zeroConfig(): Promise<{client: LspClient; uri: string; dir: string}> {
  shared ??= (async () => {
    const dir = makeProject()
    return {client: await start(OUR_SERVER, dir), dir}
  })()
  const {client, dir} = await shared
  sharedCount++
  return {client, dir, uri: fileUri(path.join(dir, `strategy-${sharedCount}.md`))}
}

/** A document Format Document changes (its bullets, its table's padding) and that has no error (see `formatted`). */
const FORMAT_ME = '---\nowner: platform\n---\n\n# Notes\n\n- One\n- Two\n\n| a | b |\n| - | - |\n| 10 | 2 |\n'

/** The document after the server's Format Document: one edit over the whole text, or none when nothing changes. */
async function formatted(client: LspClient, uri: string): Promise<string> {
  const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
  if (!edits || edits.length === 0) return FORMAT_ME
  expect(edits).toHaveLength(1)
  return edits[0].newText
}

function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === rule)
}

function find(diagnostics: Diagnostic[], pattern: RegExp): Diagnostic {
  const found = diagnostics.find((diagnostic) => pattern.test(diagnostic.message))
  if (!found) throw new Error(`no diagnostic matches ${pattern}; got:\n${diagnostics.map((d) => d.message).join('\n')}`)
  return found
}


/** What the built-in setup (the `lint()` API) reports, in the same shape. */
async function builtinSummary(text: string): Promise<string[]> {
  const messages = await lint(text)
  return messages.map((m) => `${(m.line ?? 1) - 1}:${(m.column ?? 1) - 1} ${m.ruleId} ${m.reason.split('\n')[0]}`).sort()
}

/** Offset of an LSP position in `text` (UTF-16, `\n` or `\r\n` line ends). */
function offsetAt(text: string, position: {line: number; character: number}): number {
  let offset = 0
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1
  return offset + position.character
}

/** A strategy's section headings in the type's order. */
const STRATEGY_HEADINGS = ['## Context', '## Diagnosis', '## Guiding Policy', '## Coherent Actions', '## What We Will NOT Do', '## Risks and Mitigations', '## Success Criteria']

/** A strategy without its last section (Success Criteria). */
const MISSING_LAST = GOOD_STRATEGY.slice(0, GOOD_STRATEGY.indexOf('## Success Criteria')).trimEnd() + '\n'

/** The two Diagnosis/Context sections swapped: an order problem. */
const SWAPPED = GOOD_STRATEGY.replace(/## Context\n\n([^\n]*)\n\n## Diagnosis\n\n([^\n]*)\n/, '## Diagnosis\n\n$2\n\n## Context\n\n$1\n')

describe('zero configuration: a workspace with no remark configuration', () => {
  it('reports what the built-in setup reports, with remark-lint codes, docs links and severities', async () => {
    const dir = makeProject({'notes/README.md': README})
    const client = await start(OUR_SERVER, dir)
    expect(client.capabilities).toMatchObject({
      capabilities: {textDocumentSync: 1, codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll']}}
    })
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(diagnosticSummary(diagnostics)).toEqual(await builtinSummary(NEAR_MISS))
    const near = find(diagnostics, /Heading `Sucess Criteria` looks like the required section `Success Criteria`/)
    expect(near).toMatchObject({
      code: 'strategy-required-sections',
      source: 'remark-lint',
      severity: ERROR,
      codeDescription: {href: expect.stringMatching(/docs\/rules\/strategy-required-sections\.md$/)}
    })
    // A document that is not a strategy gets nothing.
    expect(await client.open(fileUri(path.join(dir, 'notes', 'README.md')), README)).toEqual([])
  })

  it('the stock remark-language-server setup reports nothing there: that is the difference', async () => {
    const dir = makeProject()
    linkPackage(dir)
    const client = await start(STOCK_SERVER, dir)
    expect(await client.open(fileUri(path.join(dir, 'strategy.md')), NEAR_MISS)).toEqual([])
  })

  it('a .remarkrc added later takes over on the next check, and removing it brings the built-in setup back', async () => {
    const dir = makeProject()
    linkPackage(dir)
    const client = await start(OUR_SERVER, dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const builtin = await client.open(uri, MISSING_SECTION)
    expect(byRule(builtin, 'strategy-required-sections')).toHaveLength(1)
    writeFiles(dir, {
      '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': false}}]]})
    })
    const configured = await client.change(uri, MISSING_SECTION)
    expect(byRule(configured, 'strategy-required-sections')).toEqual([])
    fs.rmSync(path.join(dir, '.remarkrc.json'))
    expect(diagnosticSummary(await client.change(uri, MISSING_SECTION))).toEqual(diagnosticSummary(builtin))
  })

  it('parses YAML front matter and GFM tables (the built-in syntax)', async () => {
    const {client, uri} = await zeroConfig()
    // The type comes from front matter only: the title names no type.
    const text = `---\ntype: strategy\n---\n\n# Q3 Plan\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n## Context\n\n${words(80, 1)}\n`
    const diagnostics = await client.open(uri, text)
    expect(diagnosticSummary(diagnostics)).toEqual(await builtinSummary(text))
    find(diagnostics, /Missing section `Diagnosis`/)
  })

  it('Format Document prints as remark does by default, keeping the front matter and tables', async () => {
    const {client, uri} = await zeroConfig()
    await client.open(uri, FORMAT_ME)
    expect(await formatted(client, uri)).toBe('---\nowner: platform\n---\n\n# Notes\n\n* One\n* Two\n\n| a  | b |\n| -- | - |\n| 10 | 2 |\n')
  })

  it('Format Document prints a draft with errors too, in a zero-configuration and in a configured workspace; its findings stay', async () => {
    // remark-language-server leaves such a document as it is: unified-engine prints no file with a fatal message, and
    // remark-lint makes every error one.
    const draft = '---\ntype: strategy\n---\n\n# Q3 Plan\n\n## Context\n\n- One\n- Two\n\n## Diagnosis\n\nTBD\n'
    const printed = draft.replace('- One\n- Two', '* One\n* Two')
    const configured = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']})})
    linkPackage(configured)
    const zero = await zeroConfig()
    for (const [client, uri] of [[zero.client, zero.uri], [await start(OUR_SERVER, configured), fileUri(path.join(configured, 'draft.md'))]] as const) {
      const diagnostics = await client.open(uri, draft)
      expect(diagnostics.filter((d) => d.severity === ERROR).length).toBeGreaterThan(0)
      const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
      expect(edits?.map((edit) => edit.newText)).toEqual([printed])
      expect(diagnosticSummary(await client.change(uri, printed))).toEqual(diagnosticSummary(diagnostics))
    }
  })

  it('near-miss heading: the quick fix replaces the heading text only, and the diagnostic goes away', async () => {
    const {client, uri} = await zeroConfig()
    const text = NEAR_MISS.replace('## Sucess Criteria', '### 7. Sucess Criteria').replace(/^## /gm, '### ')
    const diagnostics = await client.open(uri, text)
    const near = find(diagnostics, /looks like the required section `Success Criteria`/)
    // The range is exactly the heading's text: after `### `, up to the end of the line.
    const from = offsetAt(text, near.range.start)
    const to = offsetAt(text, near.range.end)
    expect(text.slice(from, to)).toBe('7. Sucess Criteria')
    // `actual` and `version` let the server refuse a quick fix for text that has changed since.
    expect(near.data).toEqual({expected: ['7. Success Criteria'], actual: '7. Sucess Criteria', version: 1})

    const actions = (await client.codeActions(uri, [near])) as CodeAction[]
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({
      title: 'Replace `7. Sucess Criteria` with `7. Success Criteria`',
      kind: 'quickfix',
      isPreferred: true
    })
    const result = await client.applyCodeAction(uri, actions[0])
    expect(result.text).toBe(text.replace('### 7. Sucess Criteria', '### 7. Success Criteria'))
    expect(result.diagnostics.filter((d) => /looks like the required section/.test(d.message))).toEqual([])
    expect(diagnosticSummary(result.diagnostics)).toEqual(await builtinSummary(result.text))
  })

  it('a control comment in ESLint’s form: one error on it, a quick fix that rewrites it, and the error goes away', async () => {
    const {client, uri} = await zeroConfig()
    const text = NEAR_MISS.replace('## Context\n', '## Context\n\n<!-- lint disable-next-line strategy-section-length -->\n')
    const diagnostics = await client.open(uri, text)
    const control = find(diagnostics, /^`<!-- lint disable-next-line strategy-section-length -->` suppresses nothing/)
    expect(control.code).toBe('control-comment')
    const actions = (await client.codeActions(uri, [control])) as CodeAction[]
    expect(actions).toHaveLength(1)
    expect(actions[0].title).toBe('Replace `<!-- lint disable-next-line strategy-section-length -->` with `<!-- lint ignore strategy-section-length -->`')
    const result = await client.applyCodeAction(uri, actions[0])
    expect(result.text).toBe(text.replace('lint disable-next-line', 'lint ignore'))
    expect(result.diagnostics.filter((d) => d.code === 'control-comment')).toEqual([])
    expect(diagnosticSummary(result.diagnostics)).toEqual(await builtinSummary(result.text))
  })

  it('missing section: the quick fix inserts heading and prompt where it belongs; the error goes away', async () => {
    const {client, uri} = await zeroConfig()
    const diagnostics = await client.open(uri, MISSING_SECTION)
    const missing = find(diagnostics, /Missing section `Diagnosis`; add it after `Context`/)
    expect(missing.severity).toBe(ERROR)
    // An insertion: an empty range at the start of the line of the next section's heading.
    expect(missing.range.start).toEqual(missing.range.end)
    expect(MISSING_SECTION.slice(offsetAt(MISSING_SECTION, missing.range.start))).toMatch(/^## Guiding Policy\n/)

    const actions = (await client.codeActions(uri, [missing])) as CodeAction[]
    expect(actions).toHaveLength(1)
    expect(actions[0].title).toBe('Insert `## Diagnosis` (2 lines)')
    const {text, diagnostics: after} = await client.applyCodeAction(uri, actions[0])
    expect(text).toMatch(/\n\n## Diagnosis\n\nTODO: [^\n]+\n\n## Guiding Policy\n/)
    expect(text.indexOf('## Context')).toBeLessThan(text.indexOf('## Diagnosis'))
    expect(after.filter((d) => /Missing section/.test(d.message))).toEqual([])
    expect(byRule(after, 'strategy-section-order')).toEqual([])
    // The prompt is a TODO on purpose: the new section still reads as unfinished (one message, from strategy-empty-section).
    expect(byRule(after, 'strategy-empty-section').length).toBeGreaterThan(0)
    expect(diagnosticSummary(after)).toEqual(await builtinSummary(text))
  })

  it.each([
    ['LF', MISSING_LAST],
    ['CRLF', MISSING_LAST.replace(/\n/g, '\r\n')],
    ['LF, no final newline', MISSING_LAST.trimEnd()]
  ])('missing last section (%s): inserted at the end of the document', async (_name, original) => {
    const {client, uri} = await zeroConfig()
    const eol = original.includes('\r\n') ? '\r\n' : '\n'
    const missing = find(await client.open(uri, original), /Missing section `Success Criteria`/)
    const [action] = (await client.codeActions(uri, [missing])) as CodeAction[]
    const {text, diagnostics} = await client.applyCodeAction(uri, action)
    expect(text.startsWith(original)).toBe(true)
    const added = text.slice(original.length)
    expect(added).toMatch(new RegExp(`^(${eol}){1,2}## Success Criteria${eol}${eol}TODO: [^\\r\\n]+${eol}$`))
    expect(text).not.toMatch(/\n\n\n/)
    expect(diagnostics.filter((d) => /Missing section/.test(d.message))).toEqual([])
  })

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n']
  ])('source.fixAll (%s): every mechanical fix in one action, as `strategy-lint --fix` makes them', async (_name, eol) => {
    const {client, uri} = await zeroConfig()
    // A misspelt heading and three sections missing at one place, whose skeletons must come in the type's order.
    const original = NEAR_MISS.split('\n## ')
      .filter((part) => !/^(Diagnosis|Guiding Policy|Coherent Actions)\n/.test(part))
      .join('\n## ')
      .replace(/\n/g, eol)
    const diagnostics = await client.open(uri, original)
    expect(diagnostics.filter((d) => /Missing section|looks like the required section/.test(d.message))).toHaveLength(4)

    const [all, ...others] = (await client.codeActions(uri, [], ['source.fixAll'])) as CodeAction[]
    expect(others).toEqual([])
    expect(all).toMatchObject({title: 'Fix all 4 mechanical problems (strategy-lint --fix)', kind: 'source.fixAll'})
    const {text, diagnostics: after} = await client.applyCodeAction(uri, all)
    expect(text).toBe((await fix(original)).text)
    expect(text.split(eol).filter((line) => line.startsWith('## '))).toEqual(STRATEGY_HEADINGS)
    expect(after.filter((d) => /Missing section|looks like the required section/.test(d.message))).toEqual([])
    // Nothing left to fix: not offered, even when asked for by kind.
    expect(await client.codeActions(uri, [], ['source.fixAll'])).toEqual([])
  })

  it('source.fixAll asked for by kind makes every pass `--fix` makes: heading levels first, then the sections held back meanwhile', async () => {
    const {client, uri} = await zeroConfig()
    const original = '# Tech Strategy: Levels\n\n### Context\n\nWe run CI on Jenkins.\n\n#### Diagnosis\n\nBuilds are slow.\n\n## Guiding Policy\n\nOne pipeline.\n'
    await client.open(uri, original)
    const [all] = (await client.codeActions(uri, [], ['source.fixAll'])) as CodeAction[]
    const expected = await fix(original)
    expect(all.title).toBe(`Fix all ${expected.applied} mechanical problems (strategy-lint --fix)`)
    const {text} = await client.applyCodeAction(uri, all)
    expect(text).toBe(expected.text)
    expect(text.split('\n').filter((line) => line.startsWith('## '))).toEqual(STRATEGY_HEADINGS)
    expect(await client.codeActions(uri, [], ['source.fixAll'])).toEqual([])
  })

  it('source.fixAll is listed with the quick fixes (no kind asked for) only when it does more than one fix; `source` covers it', async () => {
    const {client, uri} = await zeroConfig()
    const one = find(await client.open(uri, MISSING_SECTION), /Missing section `Diagnosis`/)
    expect(((await client.codeActions(uri, [one], null)) as CodeAction[]).map((action) => action.kind)).toEqual(['quickfix'])
    expect(((await client.codeActions(uri, [one], ['source'])) as CodeAction[]).map((action) => action.kind)).toEqual(['source.fixAll'])
    // Neovim 0.7's help writes `only` as one string; the protocol says a list. Both are understood.
    // A context without diagnostics (the protocol requires them): read as none, not refused.
    const bare = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: one.range, context: {only: ['source.fixAll']}})
    expect(bare.map((action) => action.kind)).toEqual(['source.fixAll'])
    expect(((await client.codeActions(uri, [one], 'source.fixAll' as unknown as string[])) as CodeAction[]).map((action) => action.kind)).toEqual(['source.fixAll'])
    const two = strategyDoc({diagnosis: null, successHeading: 'Sucess Criteria'})
    const near = find(await client.change(uri, two), /looks like the required section/)
    expect(((await client.codeActions(uri, [near], null)) as CodeAction[]).map((action) => action.kind)).toEqual(['quickfix', 'source.fixAll'])
    expect(((await client.codeActions(uri, [near], ['quickfix'])) as CodeAction[]).map((action) => action.kind)).toEqual(['quickfix'])
  })

  it('an order problem, a placeholder or vague language has no fix to apply, only the comment that ignores it where it stands', async () => {
    const {client, uri} = await zeroConfig()
    const text = SWAPPED.replace('## Guiding Policy\n\n', '## Guiding Policy\n\nWe will improve reliability.\n\n').replace(
      '## Risks and Mitigations\n\n',
      '## Risks and Mitigations\n\nThe rollout date is TBD.\n\n'
    )
    const diagnostics = await client.open(uri, text)
    const order = byRule(diagnostics, 'strategy-section-order')
    expect(order).toHaveLength(1)
    expect(order[0].message).toMatch(/is out of order; move it/)
    const placeholder = byRule(diagnostics, 'strategy-placeholder')
    expect(placeholder.length).toBeGreaterThan(0)
    const vague = byRule(diagnostics, 'strategy-vague-goal')
    expect(vague.length).toBeGreaterThan(0)
    const noFix = [...order, ...placeholder, ...vague]
    for (const diagnostic of noFix) expect((diagnostic.data as {expected?: unknown}).expected).toBeUndefined()
    expect(((await client.codeActions(uri, noFix)) as CodeAction[]).map((action) => action.title)).toEqual([
      'Ignore `strategy-section-order` in this heading (<!-- lint ignore -->)',
      'Ignore `strategy-placeholder` in this paragraph (<!-- lint ignore -->)',
      'Ignore `strategy-vague-goal` in this paragraph (<!-- lint ignore -->)'
    ])
  })

  // (It wrote an HTML comment, which MDX cannot parse: one click made a file of ten findings one that was not linted.)
  it('ignore here in MDX: the comment is MDX\'s own, the file still parses, and the finding is gone', async () => {
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']})})
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(dir, 'node_modules', 'remark-mdx'), 'dir')
    const client = await start(OUR_SERVER, dir)
    const uri = fileUri(path.join(dir, 'plan.mdx'))
    const text = GOOD_STRATEGY.replace('## Guiding Policy\n\n', '## Guiding Policy\n\nWe will improve reliability.\n\n')
    const [vague] = byRule(await client.open(uri, text), 'strategy-vague-goal')
    expect(vague).toBeDefined()
    const [ignore] = (await client.codeActions(uri, [vague])) as CodeAction[]
    expect(ignore.title).toBe('Ignore `strategy-vague-goal` in this paragraph ({/* lint ignore */})')
    const once = await client.applyCodeAction(uri, ignore)
    expect(once.text).toContain('## Guiding Policy\n\n{/* lint ignore strategy-vague-goal */}\nWe will improve reliability')
    expect(once.diagnostics.map((diagnostic) => diagnostic.message)).not.toContainEqual(expect.stringMatching(/Not linted|Cannot parse/))
    expect(byRule(once.diagnostics, 'strategy-vague-goal')).toEqual([])
  })

  // (Checks waited in the order their documents were queued: an edit waited behind every document opened before it,
  // 7 s behind the 200 a session restore opened.)
  it('an edit to a document already checked goes ahead of the documents waiting to be checked', async () => {
    const dir = makeProject()
    const client = await start(OUR_SERVER, dir)
    const active = fileUri(path.join(dir, 'active.md'))
    await client.open(active, GOOD_STRATEGY)
    const background = Array.from({length: 40}, (_, index) => fileUri(path.join(dir, `background-${index}.md`)))
    const opened = background.map((uri) => client.open(uri, WARNINGS_ONLY))
    const edited = client.change(active, GOOD_STRATEGY.replace('## Guiding Policy\n\n', '## Guiding Policy\n\nWe will improve reliability.\n\n'))
    await Promise.all([...opened, edited])
    const order = client.published.filter((params) => params.diagnostics.length > 0 || params.uri === active).map((params) => `${params.uri}@${params.version}`)
    const editAt = order.indexOf(`${active}@2`)
    const backgroundAfter = order.slice(editAt + 1).filter((entry) => background.some((uri) => entry.startsWith(`${uri}@`)))
    // At most the checks already running finish first (two workers); the rest wait for the edit.
    expect(backgroundAfter.length, order.join('\n')).toBeGreaterThanOrEqual(background.length - 4)
  })

  // (The protocol allows a folder URI with or without a trailing `/`; written `file:///proj/`, the folder was dropped,
  // its documents got another working folder, and the configuration's globs typed nothing: a silent pass.)
  it('a workspace folder given with a trailing slash is the same folder', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {rfca: {name: 'RFC A', globs: ['docs/*.md'], sections: ['Summary', 'Motivation']}}}]]}),
      'pkg/docs/a.md': '# Thing\n\n## Summary\n\nWe will ship X.\n'
    })
    linkPackage(dir)
    const results: string[][] = []
    for (const workspace of [path.join(dir, 'pkg'), `${path.join(dir, 'pkg')}/`]) {
      const client = await start(OUR_SERVER, workspace)
      const uri = fileUri(path.join(dir, 'pkg', 'docs', 'a.md'))
      results.push((await client.open(uri, fs.readFileSync(path.join(dir, 'pkg', 'docs', 'a.md'), 'utf8'))).map((diagnostic) => diagnostic.message))
    }
    expect(results[0]).toEqual([expect.stringMatching(/Missing section `Motivation`/)])
    expect(results[1]).toEqual(results[0])
  })

  // (The form was guessed from the file: a `.md` read with remark-mdx got an HTML comment and stopped parsing, and an
  // `.mdx` read as Markdown got `{/* */}`, which it shows as text.)
  it('ignore here: the comment\'s form follows the parser, not the file name', async () => {
    const mdxDir = makeProject({'.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']})})
    linkPackage(mdxDir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(mdxDir, 'node_modules', 'remark-mdx'), 'dir')
    const text = GOOD_STRATEGY.replace('## Guiding Policy\n\n', '## Guiding Policy\n\nWe will improve reliability.\n\n')
    for (const [dir, name, form] of [
      [mdxDir, 'plan.md', '{/* lint ignore strategy-vague-goal */}'],
      [makeProject(), 'plan.mdx', '<!-- lint ignore strategy-vague-goal -->']
    ]) {
      const client = await start(OUR_SERVER, dir)
      const uri = fileUri(path.join(dir, name))
      const [vague] = byRule(await client.open(uri, text), 'strategy-vague-goal')
      const [ignore] = (await client.codeActions(uri, [vague])) as CodeAction[]
      const once = await client.applyCodeAction(uri, ignore)
      expect(once.text).toContain(`${form}\nWe will improve reliability`)
      expect(byRule(once.diagnostics, 'strategy-vague-goal')).toEqual([])
    }
  })

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n']
  ])('ignore here (%s): the comment goes above the block, dismisses that finding only, and a second rule joins the comment', async (_name, eol) => {
    const {client, uri} = await zeroConfig()
    const text = GOOD_STRATEGY.replace('## Guiding Policy\n\n', '## Guiding Policy\n\nWe will improve reliability. We may explore caching where possible.\n\n')
      .replace('## What We Will NOT Do', 'We will improve the build.\n\n## What We Will NOT Do')
      .replace(/\n/g, eol)
    const diagnostics = await client.open(uri, text)
    const [first, second] = byRule(diagnostics, 'strategy-vague-goal')
    expect(first.range.start.line).toBeLessThan(second.range.start.line)
    const [ignoreFirst] = (await client.codeActions(uri, [first])) as CodeAction[]
    expect(ignoreFirst.title).toBe('Ignore `strategy-vague-goal` in this paragraph (<!-- lint ignore -->)')
    const once = await client.applyCodeAction(uri, ignoreFirst)
    expect(once.text).toContain(`## Guiding Policy${eol}${eol}<!-- lint ignore strategy-vague-goal -->${eol}We will improve reliability`)
    // That finding is gone; the same rule's finding in another paragraph stays.
    expect(byRule(once.diagnostics, 'strategy-vague-goal').map((d) => d.range.start.line)).toEqual([second.range.start.line + 1])

    const hedge = byRule(once.diagnostics, 'strategy-noncommittal').find((d) => d.range.start.line === first.range.start.line + 1)
    expect(hedge, JSON.stringify(once.diagnostics.map((d) => [d.code, d.range.start.line]))).toBeDefined()
    const [ignoreHedge] = (await client.codeActions(uri, [hedge!])) as CodeAction[]
    const twice = await client.applyCodeAction(uri, ignoreHedge)
    expect(twice.text).toContain(`${eol}<!-- lint ignore strategy-vague-goal strategy-noncommittal -->${eol}We will improve reliability`)
    expect(twice.diagnostics.filter((d) => d.range.start.line === first.range.start.line + 1)).toEqual([])
    expect(byRule(twice.diagnostics, 'strategy-vague-goal')).toHaveLength(1)
  })
})

describe('a workspace whose .remarkrc configures remark-lint-strategy', () => {
  const RC = JSON.stringify({
    plugins: [
      [
        'remark-lint-strategy',
        {rules: {'strategy-placeholder': 'error', 'strategy-section-length': false, 'strategy-vague-goal': 'off'}}
      ]
    ]
  })
  // Without configuration this document gets section-length, vague-goal and placeholder warnings (checked below).
  const TEXT = strategyDoc({
    diagnosis: null,
    // One short line: too thin for a Context (strategy-section-length), with a placeholder in it.
    context: 'The launch date is TBD.',
    guidingPolicy: `${STRATEGY_SECTIONS.guidingPolicy} We will improve reliability.`
  })

  it('the document under test has what the configuration changes', async () => {
    const builtin = await lint(TEXT)
    for (const rule of ['strategy-section-length', 'strategy-vague-goal', 'strategy-placeholder']) {
      expect(builtin.filter((m) => m.ruleId === rule && !m.fatal).length, rule).toBeGreaterThan(0)
    }
  })

  it.each([
    ['strategy-lint-language-server', OUR_SERVER],
    ['stock remark-language-server setup', STOCK_SERVER]
  ])('through %s: configured severities and rules turned off; fixes work', async (_name, server) => {
    const dir = makeProject({'.remarkrc': RC})
    linkPackage(dir)
    const client = await start(server, dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, TEXT)
    expect(byRule(diagnostics, 'strategy-section-length')).toEqual([])
    expect(byRule(diagnostics, 'strategy-vague-goal')).toEqual([])
    const placeholder = byRule(diagnostics, 'strategy-placeholder')
    expect(placeholder).toHaveLength(1)
    expect(placeholder[0].severity).toBe(ERROR)
    // Other rules keep their default severity.
    expect(byRule(diagnostics, 'strategy-non-goals').every((d) => d.severity === WARNING)).toBe(true)

    const missing = find(diagnostics, /Missing section `Diagnosis`/)
    const [action] = (await client.codeActions(uri, [missing])) as CodeAction[]
    const {diagnostics: after} = await client.applyCodeAction(uri, action)
    expect(after.filter((d) => /Missing section/.test(d.message))).toEqual([])
  })

  it('both servers report the same diagnostics', async () => {
    const dir = makeProject({'.remarkrc': RC})
    linkPackage(dir)
    const [ours, stock] = await Promise.all([start(OUR_SERVER, dir), start(STOCK_SERVER, dir)])
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const [a, b] = await Promise.all([ours.open(uri, TEXT), stock.open(uri, TEXT)])
    expect(a.length).toBeGreaterThan(0)
    // The same, except what this server adds to `data` to check a quick fix against the current text
    // (and the place of the `lint ignore` comment for a finding without a fix).
    const withoutChecks = a.map(({data, ...d}) => ((data as {expected?: unknown} | undefined)?.expected ? {...d, data: {expected: (data as {expected: unknown}).expected}} : d))
    expect(withoutChecks).toEqual(b)
  })

  it('package.json#remarkConfig counts as configuration too', async () => {
    const dir = makeProject({'package.json': JSON.stringify({name: 'docs', private: true, remarkConfig: JSON.parse(RC)})})
    linkPackage(dir)
    const client = await start(OUR_SERVER, dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'strategy.md')), TEXT)
    expect(byRule(diagnostics, 'strategy-placeholder').map((d) => d.severity)).toEqual([ERROR])
    expect(byRule(diagnostics, 'strategy-section-length')).toEqual([])
  })

  it('a remark configuration without this plugin still gets the strategy rules, as in the CLI; the stock server runs none', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: []}), 'sub/package.json': '{"name": "sub"}'})
    const [ours, stock] = await Promise.all([start(OUR_SERVER, dir), start(STOCK_SERVER, dir)])
    for (const file of ['strategy.md', path.join('sub', 'strategy.md')]) {
      const uri = fileUri(path.join(dir, file))
      find(await ours.open(uri, MISSING_SECTION), /Missing section `Diagnosis`/)
      expect(await stock.open(uri, MISSING_SECTION)).toEqual([])
    }
  })

  it('Format Document prints with the configuration’s settings and the built-in syntax (front matter, tables)', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({settings: {bullet: '-'}})})
    const client = await start(OUR_SERVER, dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    await client.open(uri, FORMAT_ME)
    expect(await formatted(client, uri)).toBe('---\nowner: platform\n---\n\n# Notes\n\n- One\n- Two\n\n| a  | b |\n| -- | - |\n| 10 | 2 |\n')
  })

  it('a configuration with other plugins and no strategy rules: both run', async () => {
    const dir = makeProject({
      '.remarkrc': JSON.stringify({plugins: ['./note.mjs']}),
      'note.mjs': "export default function note() {\n  return (tree, file) => {\n    file.message('the configured plugin ran', {ruleId: 'note', source: 'local'})\n  }\n}\n"
    })
    const client = await start(OUR_SERVER, dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'strategy.md')), MISSING_SECTION)
    find(diagnostics, /Missing section `Diagnosis`/)
    find(diagnostics, /the configured plugin ran/)
  })
})

describe('a broken option in .remarkrc', () => {
  it('gives one clear error for the files it configures; the server keeps serving the others', async () => {
    const broken = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-no-such-rule': 'error'}}]]})
    const valid = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': false}}]]})
    const dir = makeProject({'.remarkrc': broken, 'good/.remarkrc': valid})
    linkPackage(dir)
    const client = await start(OUR_SERVER, dir)
    const brokenUri = fileUri(path.join(dir, 'strategy.md'))
    const first = await client.open(brokenUri, MISSING_SECTION)
    expect(first).toHaveLength(1)
    expect(first[0].severity).toBe(ERROR)
    expect(first[0].range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    expect(first[0].message).toMatch(/unknown rule `strategy-no-such-rule`/)

    // Another file, under a valid configuration, is checked normally.
    const goodUri = fileUri(path.join(dir, 'good', 'strategy.md'))
    const good = await client.open(goodUri, MISSING_SECTION)
    find(good, /Missing section `Diagnosis`/)
    expect(byRule(good, 'strategy-section-length')).toEqual([])

    // The broken one still gets its one error on every change, and the server stays up.
    const again = await client.change(brokenUri, NEAR_MISS)
    expect(again).toHaveLength(1)
    expect(again[0].message).toMatch(/unknown rule `strategy-no-such-rule`/)
    expect(diagnosticSummary(await client.change(goodUri, MISSING_SECTION))).toEqual(diagnosticSummary(good))
  })

  it('a plugin the .remarkrc lists that is not installed: one error that says how to install it, without a stack', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-lint-not-installed-xyz']})})
    const client = await start(OUR_SERVER, dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'strategy.md')), MISSING_SECTION)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].severity).toBe(ERROR)
    expect(diagnostics[0].message).toMatch(
      /^Cannot process file: Cannot find module `remark-lint-not-installed-xyz`.*; the remark configuration lists it: install it \(`npm install --save-dev remark-lint-not-installed-xyz`\), or run where the project's dependencies are installed$/
    )
  })

  it('a .remarkrc that is not valid JSON: one error, not a crash', async () => {
    const dir = makeProject({'.remarkrc': '{"plugins": [', 'other/.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy']})})
    linkPackage(dir)
    const client = await start(OUR_SERVER, dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'strategy.md')), MISSING_SECTION)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].severity).toBe(ERROR)
    expect(diagnostics[0].message).toMatch(/Cannot parse file `\.remarkrc`/)
    find(await client.open(fileUri(path.join(dir, 'other', 'strategy.md')), MISSING_SECTION), /Missing section `Diagnosis`/)
  })
})
