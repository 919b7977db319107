/**
 * The language server against clients and documents that once stopped it
 * (issue 16, items 1-5): a real server process over stdio, a client that
 * answers exactly as the protocol allows (`null` settings, refused
 * registration), documents with many problems, bursts of edits, a document
 * the parser is slow on, stale quick fixes and a lying Content-Length. No
 * timing assertions: each test checks what is published, not how fast.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-protocol'
import {GOOD_STRATEGY, NEAR_MISS, words} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects} from '../fixtures/cli/project.js'
import {fileUri, LspClient} from '../scripts/lsp-client.js'
import {lint} from '../dist/src/index.js'

const SERVER = path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js')

const clients: LspClient[] = []

afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()))
  removeProjects()
})

async function start(workspace: string | undefined, options: Parameters<typeof LspClient.start>[2] = {}): Promise<LspClient> {
  const client = await LspClient.start(SERVER, workspace, {answers: 'protocol', ...options})
  clients.push(client)
  return client
}

function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message.split('\n')[0]}`).sort()
}

async function builtinSummary(text: string): Promise<string[]> {
  const messages = await lint(text)
  return messages.map((m) => `${(m.line ?? 1) - 1}:${(m.column ?? 1) - 1} ${m.ruleId} ${m.reason.split('\n')[0]}`).sort()
}

/** `[` × n then `]` × n: micromark takes seconds for 10,000 and over a minute for 50,000. */
function brackets(count: number): string {
  return '['.repeat(count) + ']'.repeat(count) + '\n'
}

describe('a client that answers as the protocol allows', () => {
  it('null settings and a refused registration: the server checks with the defaults and stays up', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(summary(diagnostics)).toEqual(await builtinSummary(NEAR_MISS))
    // The server asked, got `null` and an error, and carried on.
    expect(client.requests).toContain('workspace/configuration')
    expect(client.requests).toContain('client/registerCapability')
    expect(summary(await client.change(uri, GOOD_STRATEGY))).toEqual(await builtinSummary(GOOD_STRATEGY))
  })

  it('an untitled: document with no workspace folder gets the built-in setup', async () => {
    const client = await start(undefined)
    const diagnostics = await client.open('untitled:Untitled-1', NEAR_MISS)
    expect(summary(diagnostics)).toEqual(await builtinSummary(NEAR_MISS))
  })

  it.each(['file://', 'file:///', 'folder'])('a file: URI that names no file (%s: Neovim\'s for a buffer with no name, or a folder) is checked as untitled', async (form) => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = form === 'folder' ? `${fileUri(dir)}/` : form
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(summary(diagnostics)).toEqual(await builtinSummary(NEAR_MISS))
    expect(((await client.codeActions(uri, [], ['source.fixAll'])) as Array<{kind?: string}>).map((action) => action.kind)).toEqual(['source.fixAll'])
  })

  it('a file: URI with %2F in it is checked (as the path with a slash)', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = `${fileUri(dir)}/docs%2Fstrategy.md`
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(summary(diagnostics)).toEqual(await builtinSummary(NEAR_MISS))
  })
})

describe('documents with many problems', () => {
  it.each([50, 80, 400])('the good strategy plus %i placeholder paragraphs: every problem is published', async (count) => {
    const dir = makeProject()
    const client = await start(dir)
    const text = GOOD_STRATEGY + '\n' + Array.from({length: count}, (_, index) => `Paragraph ${index} TBD.\n`).join('\n')
    const diagnostics = await client.open(fileUri(path.join(dir, `many-${count}.md`)), text)
    expect(diagnostics.filter((d) => d.code === 'strategy-placeholder').length).toBeGreaterThanOrEqual(count)
    expect(summary(diagnostics)).toEqual(await builtinSummary(text))
  })
})

describe('a burst of edits', () => {
  it('1,000 quick edits to a 2,000-line document: only the latest version is published, never an older one after it', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'long.md'))
    const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
    const base =
      '# Plan\n\n' +
      sections
        .map((heading, index) => `## ${heading}\n\n${Array.from({length: 80}, (_, item) => `### Part ${item}\n\n${words(30, index + item)}\n`).join('\n')}`)
        .join('\n')
    expect(base.split('\n').length).toBeGreaterThan(2000)
    await client.open(uri, base)
    let text = base
    let version = 1
    for (let edit = 0; edit < 1000; edit++) {
      text += edit % 50 === 0 ? '\n' : 'x'
      version = await client.type(uri, text)
    }
    const last = await client.diagnosticsFor(uri, version)
    expect(summary(last)).toEqual(await builtinSummary(text))
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version!)
    // Each publish is newer than the one before, and most versions were never checked: one check per
    // edit would publish 1,001 times; one check at a time, each at the latest version, a few dozen.
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions.length).toBeLessThan(250)
  })
})

describe('a document the parser is slow on', () => {
  it('past the time budget: one diagnostic saying it was not checked and why; the next documents are checked', async () => {
    const dir = makeProject()
    const client = await start(dir, {initializationOptions: {timeBudget: 2}})
    const slow = await client.open(fileUri(path.join(dir, 'slow.md')), brackets(30_000))
    expect(slow).toHaveLength(1)
    expect(slow[0]).toMatchObject({severity: 1, source: 'strategy-lint', code: 'time-budget'})
    expect(slow[0].message).toMatch(/^Not checked: checking this document took longer than the time budget of 2 s/)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect(summary(await client.open(uri, NEAR_MISS))).toEqual(await builtinSummary(NEAR_MISS))
  })

  it('Format Document past the time budget changes nothing and says why, rather than nothing', async () => {
    // A plugin that never returns: the check and the format both run out of time.
    const dir = makeProject({'.remarkrc.mjs': "import strategy from 'remark-lint-strategy'\nimport spin from './spin.mjs'\nexport default {plugins: [strategy, spin]}\n", 'spin.mjs': 'export default function spin() {\n  return () => {\n    for (;;) {}\n  }\n}\n'})
    linkPackage(dir)
    const client = await start(dir, {initializationOptions: {timeBudget: 2}})
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect((await client.open(uri, NEAR_MISS)).map((diagnostic) => diagnostic.code)).toEqual(['time-budget'])
    const edits = await client.request('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    expect(edits).toBeNull()
    await expect.poll(() => client.logs.map((entry) => entry.message), {timeout: 15_000}).toContainEqual('strategy-lint: formatting this document took longer than the time budget of 2 s, so it was left as it is')
  })

  it('past the memory limit: one diagnostic saying so and how to raise it; the next documents are checked', async () => {
    const dir = makeProject()
    // (A 5,000-row table: the parser holds hundreds of MB of events for it, far past a limit of 64 MB.)
    const table = `# Strategy: Table\n\n## Context\n\n| a | b | c |\n| - | - | - |\n${'| x | y | z |\n'.repeat(5_000)}`
    const client = await start(dir, {env: {...process.env, STRATEGY_LINT_MEMORY_LIMIT: '64'}, initializationOptions: {timeBudget: 120}})
    const heavy = await client.open(fileUri(path.join(dir, 'table.md')), table)
    expect(heavy).toHaveLength(1)
    expect(heavy[0]).toMatchObject({severity: 1, source: 'strategy-lint', code: 'check-failed'})
    expect(heavy[0].message).toMatch(/^Not checked: checking this document needed more than the memory limit of 64 MB, so it was stopped\..*STRATEGY_LINT_MEMORY_LIMIT \(MB\)\.$/)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect(summary(await client.open(uri, NEAR_MISS))).toEqual(await builtinSummary(NEAR_MISS))
  })

  it('while it is being checked, other documents are checked and requests answered', async () => {
    const dir = makeProject()
    // A budget far beyond the client's 15 s wait: the slow check is still running when the others are answered.
    const client = await start(dir, {initializationOptions: {timeBudget: 600}})
    void client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: fileUri(path.join(dir, 'slow.md')), languageId: 'markdown', version: 1, text: brackets(60_000)}
    })
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect(summary(await client.open(uri, NEAR_MISS))).toEqual(await builtinSummary(NEAR_MISS))
    const near = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'strategy-required-sections')!
    expect(await client.codeActions(uri, [near])).toHaveLength(1)
    expect(client.published.some((params) => params.uri.endsWith('slow.md'))).toBe(false)
    // Stopped here, not with the others after the file: the slow check would keep a core busy until then.
    await client.stop()
  })
})

describe('quick fixes and the protocol stream', () => {
  it('a quick fix asked for with the diagnostics of an older version offers nothing', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const first = await client.open(uri, NEAR_MISS)
    const near = first.find((d) => /looks like the required section/.test(d.message))!
    expect(await client.codeActions(uri, [near])).toHaveLength(1)
    // Ten lines fewer at the top: the old range now points at other text.
    const shorter = NEAR_MISS.split('\n').slice(10).join('\n')
    await client.change(uri, shorter)
    expect(await client.codeActions(uri, [near])).toEqual([])
    // The current diagnostics still get their fix.
    const current = (await client.diagnosticsFor(uri, 2)).find((d) => /looks like the required section/.test(d.message))!
    const actions = (await client.codeActions(uri, [current])) as CodeAction[]
    expect(actions).toHaveLength(1)
    const {diagnostics} = await client.applyCodeAction(uri, actions[0])
    expect(diagnostics.filter((d) => /looks like the required section/.test(d.message))).toEqual([])
  })

  it.each([
    ['shorter than the body', -10],
    ['longer than the body', 40]
  ])('a Content-Length %s: one line on stderr and the server exits', async (_name, delta) => {
    const dir = makeProject()
    const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.stdout.resume()
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    const body = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}})
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body) + delta}\r\n\r\n${body}`)
    const code = await exited
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^strategy-lint-language-server: .*Content-Length header .* exiting/)
  })
})
