/**
 * The language server against what real clients and workspaces do that once broke it or misled the user (forty-third
 * session's QA): a client that closes the stream without `shutdown`, a malformed `$/cancelRequest`, a plugin that
 * prints to stdout, a document closed and opened again, a CRLF document formatted, settings sent as text, fix all on
 * save right after an edit, a `.remarkrc.mjs` edited, a broken `.remarkrc`. A real server process over stdio; no
 * timing assertions.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {CancellationTokenSource, CodeActionRequest, createProtocolConnection, type CodeAction, type TextEdit} from 'vscode-languageserver-protocol'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects} from '../fixtures/cli/project.js'
import {applyTextEdits, fileUri, LspClient} from '../scripts/lsp-client.js'

const SERVER = path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js')
const clients: LspClient[] = []

afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()))
  removeProjects()
})

async function start(workspace: string, options: Parameters<typeof LspClient.start>[2] = {}): Promise<LspClient> {
  const client = await LspClient.start(SERVER, workspace, options)
  clients.push(client)
  return client
}

/** A strategy whose `Diagnosis` holds a template leftover: strategy-placeholder's one finding. */
const WITH_PLACEHOLDER = NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria').replace(/## Diagnosis\n\n/, '## Diagnosis\n\nTBD\n\n')

function frame(message: unknown): string {
  const body = JSON.stringify(message)
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

describe('the stream and the protocol', () => {
  it('a client that closes the stream without shutdown, and sent processId null: the server exits', async () => {
    const dir = makeProject()
    const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
    child.stdout.resume()
    child.stderr.resume()
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    let answered: () => void
    const initialized = new Promise<void>((resolve) => (answered = resolve))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('"capabilities"')) answered()
    })
    child.stdin.write(frame({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}}))
    await initialized
    child.stdin.end()
    // Without `exit`, as for a client that stops without it: 1 (0 only after `shutdown`).
    expect(await exited).toBe(1)
  })

  it('before `initialize`: a request is refused with ServerNotInitialized and nothing is published; after it, the documents opened early are checked; a second `initialize` is refused', async () => {
    const dir = makeProject()
    const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
    child.stderr.resume()
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const published: unknown[] = []
    let initializeSent = false
    const early: unknown[] = []
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      published.push(params)
      if (!initializeSent) early.push(params)
    })
    connection.listen()
    try {
      const uri = fileUri(path.join(dir, 'strategy.md'))
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: NEAR_MISS}})
      const range = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
      await expect(connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics: []}})).rejects.toMatchObject({code: -32002})
      initializeSent = true
      await connection.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {}})
      await connection.sendNotification('initialized', {})
      await expect.poll(() => published.length, {timeout: 30_000}).toBeGreaterThan(0)
      expect(early).toEqual([])
      await expect(connection.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {}})).rejects.toMatchObject({code: -32600})
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
    } finally {
      connection.dispose()
      child.kill()
    }
  })

  it('a client that offers only UTF-8 positions is told they are UTF-16, and a range after astral characters counts UTF-16 code units', async () => {
    const dir = makeProject()
    const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
    child.stderr.resume()
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const published: Array<{uri: string; diagnostics: Array<{message: string; range: {start: {character: number}}}>}> = []
    connection.onNotification('textDocument/publishDiagnostics', (params) => published.push(params))
    connection.listen()
    try {
      const answer = await connection.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {general: {positionEncodings: ['utf-8']}}})
      expect((answer as {capabilities: {positionEncoding?: string}}).capabilities.positionEncoding).toBe('utf-16')
      await connection.sendNotification('initialized', {})
      const uri = fileUri(path.join(dir, 'strategy.md'))
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: WITH_PLACEHOLDER.replace('TBD', '😀😀 TBD')}})
      await expect.poll(() => published.find((params) => params.uri === uri && params.diagnostics.length > 0), {timeout: 30_000}).toBeTruthy()
      const leftover = published.find((params) => params.uri === uri)!.diagnostics.find((diagnostic) => /TBD/.test(diagnostic.message))!
      // Two emoji are four UTF-16 code units (eight UTF-8 bytes), and a space: `TBD` starts at character 5.
      expect(leftover.range.start.character).toBe(5)
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
    } finally {
      connection.dispose()
      child.kill()
    }
  })

  it('a $/cancelRequest with params null, {} or none is dropped with a line on stderr; the server goes on', async () => {
    const dir = makeProject()
    const client = await start(dir)
    for (const params of [null, {}, undefined]) await client.connection.sendNotification('$/cancelRequest', params)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(diagnostics.some((diagnostic) => /looks like the required section/.test(diagnostic.message))).toBe(true)
    expect(client.stderr.join('')).toMatch(/a message \(\$\/cancelRequest\) could not be handled and was dropped/)
  })

  it('notifications with params null are dropped with a line on stderr, not shown to the user as errors; the server goes on', async () => {
    const dir = makeProject()
    const client = await start(dir)
    for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'workspace/didChangeWorkspaceFolders', '$/progress']) {
      client.child.stdin!.write(frame({jsonrpc: '2.0', method, params: null}))
    }
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(diagnostics.some((diagnostic) => /looks like the required section/.test(diagnostic.message))).toBe(true)
    expect(client.logs.filter((entry) => entry.type === 1)).toEqual([])
    expect(client.stderr.join('')).toMatch(/a notification \(textDocument\/didOpen\) with params null was dropped: params must be an object or an array/)
  })

  it('a plugin that prints to stdout: its text goes to stderr, and the client reads every message', async () => {
    // A worker thread's stdout was the process's: `console.log` in a plugin broke the Content-Length framing.
    const dir = makeProject({
      '.remarkrc.mjs': `import strategy from 'remark-lint-strategy'\nimport loud from './loud.mjs'\nexport default {plugins: [strategy, loud]}\n`,
      'loud.mjs': `export default function loud() {\n  return () => {\n    console.log('HELLO FROM PLUGIN')\n  }\n}\n`
    })
    linkPackage(dir)
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(diagnostics.some((diagnostic) => /looks like the required section/.test(diagnostic.message))).toBe(true)
    // A second check after the first printed: the stream is still whole.
    const next = await client.change(uri, WITH_PLACEHOLDER)
    expect(next.some((diagnostic) => diagnostic.code === 'strategy-placeholder')).toBe(true)
    await expect.poll(() => client.stderr.join('')).toMatch(/HELLO FROM PLUGIN/)
  })

  it('workspace/didChangeWorkspaceFolders with event null: no error, the documents are checked again', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    await client.open(uri, NEAR_MISS)
    const before = client.published.length
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {event: null})
    await expect.poll(() => client.published.length).toBeGreaterThan(before)
    expect(client.stderr.join('')).not.toMatch(/TypeError/)
  })
})

describe('documents and their diagnostics', () => {
  it('closed and opened again with other text at version 1: never the old text\'s diagnostics', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    // A first text the parser is slow on (seconds), so its check still runs when the document is closed and opened again.
    const slow = `${NEAR_MISS}\n${'['.repeat(10_000)}${']'.repeat(10_000)}\n`
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: slow}})
    // (Time for its check to start: closed at once, it is never started.)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const beforeClose = client.published.length
    await client.close(uri)
    // The close clears the document's diagnostics (an empty list); what comes after that is for the text opened again.
    await expect.poll(() => client.published.slice(beforeClose).some((params) => params.uri === uri && params.diagnostics.length === 0)).toBe(true)
    const short = '# Notes\n\nNothing yet.\n'
    const reopened = client.published.length
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: short}})
    const afterReopen = () => client.published.slice(reopened).filter((params) => params.uri === uri)
    // The short text's own check: an untyped note, so no diagnostics.
    await expect.poll(() => afterReopen().some((params) => params.version === 1 && params.diagnostics.length === 0), {timeout: 30_000}).toBe(true)
    expect(afterReopen().flatMap((params) => params.diagnostics).map((diagnostic) => diagnostic.message)).toEqual([])
  })

  it('Format Document keeps a CRLF document\'s line endings', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const crlf = '---\r\ntype: adr\r\n---\r\n\r\n# 1. Use X\r\n\r\n## Status\r\nAccepted\r\n\r\n* one\r\n* two\r\n'
    await client.open(uri, crlf)
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    expect(edits).not.toBeNull()
    const formatted = applyTextEdits(crlf, edits!)
    expect(formatted).not.toBe(crlf)
    expect(formatted.replace(/\r\n/g, '')).not.toContain('\n')
    expect(formatted).toContain('## Status\r\n\r\nAccepted\r\n')
  })

  it('a format request still waiting or running at `shutdown` is answered (no edit); requests after `shutdown` are errors, not silence', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    // Long enough that the format is still running when `shutdown` arrives.
    const long = `${NEAR_MISS}\n${'Some more context on the plan, written out at length.\n\n'.repeat(20_000)}`
    await client.open(uri, long)
    const format = () => client.connection.sendRequest('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const pending = [format(), format()]
    await client.connection.sendRequest('shutdown')
    // (Never answered, they would hold the test to its time limit.)
    const answers = await Promise.all(pending)
    for (const answer of answers) expect(answer === null || Array.isArray(answer)).toBe(true)
    await expect(format()).rejects.toMatchObject({code: -32600, message: expect.stringMatching(/shutting down/)})
    await expect(client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})).rejects.toMatchObject({code: -32600})
    await client.connection.sendNotification('exit')
  })

  it('a document whose text starts with a byte order mark (a client that keeps it): quick fixes apply, fix all fixes as many as without it, formatting keeps the mark', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const plainUri = fileUri(path.join(dir, 'plain.md'))
    const withMark = `\uFEFF${NEAR_MISS}`
    const diagnostics = await client.open(uri, withMark)
    const plain = await client.open(plainUri, NEAR_MISS)
    const rename = diagnostics.find((diagnostic) => diagnostic.message.includes('Sucess Criteria'))!
    expect((rename.data as {actual?: string}).actual).toBe('Sucess Criteria')
    const [fix] = (await client.codeActions(uri, [rename])).filter((action) => action.edit)
    const {text, diagnostics: after} = await client.applyCodeAction(uri, fix)
    expect(text).toBe(`\uFEFF${NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria')}`)
    expect(after.some((diagnostic) => diagnostic.message.includes('Sucess Criteria'))).toBe(false)
    const fixAllTitle = async (target: string) => (await client.codeActions(target, [], ['source.fixAll'])).map((action) => action.title)
    await client.change(uri, withMark)
    expect(await fixAllTitle(uri)).toEqual(await fixAllTitle(plainUri))
    expect(plain.length).toBe(diagnostics.length)
    const crlfList = `\uFEFF---\ntype: adr\n---\n\n# 1. Use X\n\n## Status\nAccepted\n\n* one\n* two\n`
    await client.change(uri, crlfList)
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const formatted = applyTextEdits(crlfList, edits!)
    expect(formatted.startsWith('\uFEFF---\ntype: adr')).toBe(true)
    expect(formatted).toContain('## Status\n\nAccepted\n')
  })

  it('a document with lone-CR line endings: the ignore comment ends with CR, and an insertion\'s title shows its first line only', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const text = WITH_PLACEHOLDER.replace(/^## Success Criteria\n[\s\S]*$/m, '').replace(/\n/g, '\r')
    const diagnostics = await client.open(uri, text)
    const actions = await client.codeActions(uri, diagnostics, null)
    const inserts = actions.filter((action) => action.title.startsWith('Insert'))
    expect(inserts.length).toBeGreaterThan(0)
    for (const action of [...actions]) expect(action.title).not.toMatch(/[\r\n]/)
    const ignore = actions.find((action) => action.title.startsWith('Ignore'))!
    const [edit] = ignore.edit!.changes![uri]
    expect(edit.newText).toMatch(/^<!-- lint ignore [\w-]+ -->\r$/)
  })

  it('requireConfig sent as the text "false" is false: a workspace without configuration is checked', async () => {
    const dir = makeProject()
    const client = await start(dir, {answers: {settings: {requireConfig: 'false'}}})
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect((await client.open(uri, NEAR_MISS)).length).toBeGreaterThan(0)
  })

  it('diagnostics sent back without their data (a client without dataSupport) still get their quick fixes', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    const near = diagnostics.find((diagnostic) => /looks like the required section/.test(diagnostic.message))!
    // (An undefined `data` is left out of the message sent.)
    const actions = (await client.codeActions(uri, [{...near, data: undefined}])) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual(['Replace `Sucess Criteria` with `Success Criteria`'])
    const {diagnostics: after} = await client.applyCodeAction(uri, actions[0])
    expect(after.some((diagnostic) => /looks like the required section/.test(diagnostic.message))).toBe(false)
  })

  it('fix all asked for right after an edit (on save) waits for that edit\'s check', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    await client.open(uri, WITH_PLACEHOLDER)
    await client.type(uri, NEAR_MISS)
    const actions = (await client.codeActions(uri, [], ['source.fixAll'])) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual(['Fix all 1 mechanical problem (strategy-lint --fix)'])
  })
})

describe('the workspace configuration', () => {
  it('a .remarkrc.mjs edited (didChangeWatchedFiles): the next check uses the new one', async () => {
    const config = (on: boolean) => `import strategy from 'remark-lint-strategy'\nexport default {plugins: [[strategy, {rules: {'strategy-placeholder': ${on}}}]]}\n`
    const dir = makeProject({'.remarkrc.mjs': config(false)})
    linkPackage(dir)
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    expect((await client.open(uri, WITH_PLACEHOLDER)).filter((diagnostic) => diagnostic.code === 'strategy-placeholder')).toEqual([])
    fs.writeFileSync(path.join(dir, '.remarkrc.mjs'), config(true))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: fileUri(path.join(dir, '.remarkrc.mjs')), type: 2}]})
    const after = await client.change(uri, `${WITH_PLACEHOLDER}\n`)
    expect(after.filter((diagnostic) => diagnostic.code === 'strategy-placeholder')).toHaveLength(1)
  })

  it('a client that takes versioned edits gets every fix for the version it was made for, so one applied to newer text is refused', async () => {
    const dir = makeProject({})
    const client = await start(dir, {versionedEdits: true})
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    const fixable = diagnostics.filter((diagnostic) => (diagnostic.data as {expected?: unknown} | undefined)?.expected)
    expect(fixable.length).toBeGreaterThan(0)
    const actions = [...((await client.codeActions(uri, fixable)) as CodeAction[]), ...((await client.codeActions(uri, [], ['source.fixAll'])) as CodeAction[])]
    expect(actions.length).toBeGreaterThan(1)
    for (const action of actions) {
      expect(action.edit?.changes, action.title).toBeUndefined()
      expect(action.edit?.documentChanges, action.title).toEqual([{textDocument: {uri, version: 1}, edits: expect.any(Array)}])
    }
    // Without the capability, plain `changes`, as every client takes.
    const plain = await start(dir)
    await plain.open(uri, NEAR_MISS)
    const [action] = (await plain.codeActions(uri, [], ['source.fixAll'])) as CodeAction[]
    expect(Object.keys(action.edit?.changes ?? {})).toEqual([uri])
  })

  it('a page titled `<subject> strategy`, which no type reads, gets one hint that it was not checked and how to check it; other untyped pages nothing', async () => {
    const dir = makeProject({})
    const client = await start(dir)
    const titled = await client.open(fileUri(path.join(dir, 'cody.md')), '# Cody strategy\n\n## Vision\n\nEvery developer uses Cody daily.\n')
    expect(titled).toEqual([
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: 4,
        source: 'strategy-lint',
        code: 'no-document-type',
        message: 'Not checked, no document type: its title names a strategy only as `<subject> strategy`, which also names a technique (`Rollout strategy`); to check it as one, declare `type: strategy` in its front matter'
      }
    ])
    expect(await client.open(fileUri(path.join(dir, 'notes.md')), '# Notes\n\nSome notes.\n')).toEqual([])
    // Declared, it is checked, and the hint is gone.
    const declared = await client.change(fileUri(path.join(dir, 'cody.md')), '---\ntype: strategy\n---\n\n# Cody strategy\n\n## Vision\n\nEvery developer uses Cody daily.\n')
    expect(declared.map((diagnostic) => diagnostic.code)).not.toContain('no-document-type')
    expect(declared.map((diagnostic) => diagnostic.code)).toContain('strategy-required-sections')
  })

  it('asks a client that can watch files to watch the configurations and ignore files (Eglot and VS Code send their changes only when asked)', async () => {
    const dir = makeProject({})
    const client = await start(dir)
    await client.open(fileUri(path.join(dir, 'strategy.md')), NEAR_MISS)
    const watched = client.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles')
    const patterns = (watched?.registerOptions as {watchers: Array<{globPattern: string}>} | undefined)?.watchers.map((watcher) => watcher.globPattern)
    expect(patterns).toEqual(['**/.remarkrc', '**/.remarkrc.{json,js,cjs,mjs,yml,yaml}', '**/package.json', '**/.remarkignore', '**/.gitignore'])
  })

  it("a package's own .remarkrc globs type its documents in an editor opened at the monorepo's root", async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy']}),
      'packages/a/.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {globs: {'docs/*.md': 'strategy'}}]]})
    })
    fs.mkdirSync(path.join(dir, '.git'))
    linkPackage(dir)
    const client = await start(dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'packages', 'a', 'docs', 'plan.md')), '# Payments plan\n\n## Context\n\nTBD\n')
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('strategy-required-sections')
  })

  it('a .remarkrc that is a FIFO: one diagnostic that names it, at once (not the time budget blaming the Markdown); shutdown is answered', async () => {
    const dir = makeProject({})
    execFileSync('mkfifo', [path.join(dir, '.remarkrc')])
    const client = await start(dir)
    const diagnostics = await client.open(fileUri(path.join(dir, 'strategy.md')), NEAR_MISS)
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '.remarkrc is a FIFO (named pipe), not a file: the linter reads it as a remark configuration, and opening it would wait for a writer for ever; remove it or make it a regular file'
    ])
    await client.stop()
    // Ended by `exit`, not killed after shutdown timed out.
    expect(client.child.signalCode).toBeNull()
    expect(client.child.exitCode).toBe(0)
  })

  it('a .remarkignore pattern that takes hours to match: one diagnostic that names it, at once (not the time budget blaming the Markdown)', async () => {
    const dir = makeProject({'.remarkignore': '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n'})
    const client = await start(dir)
    const diagnostics = await client.open(fileUri(path.join(dir, `${'a'.repeat(40)}.md`)), NEAR_MISS)
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "the ignore file .remarkignore, line 1: pattern `*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` has 17 `*` wildcards (at most 3 in one segment): matching it takes time that grows as a power of the path's length (minutes on a long file name); use fewer wildcards, such as `docs/**/*strategy*.md`"
    ])
    await client.stop()
  })

  it('a .remarkrc that is not valid JSON: one diagnostic that names the file and why, with no stack', async () => {
    const dir = makeProject({'.remarkrc': '{"plugins": [,}'})
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const diagnostics = await client.open(uri, NEAR_MISS)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].message).toMatch(/^Cannot process file: Cannot parse file `\.remarkrc`: .*JSON/)
    // (It had no source: editors showed it unattributed beside the rules' own.)
    expect(diagnostics[0].source).toBe('strategy-lint')
    expect(diagnostics[0].message).not.toMatch(/\n\s+at /)
  })
})

/** A server over stdio driven by hand-written frames, for what a protocol library would not send or would answer itself. */
function rawServer(dir: string) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
  let stdout = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => (stdout += chunk))
  child.stderr.resume()
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {child, exited, send: (message: unknown) => child.stdin.write(frame(message)), stdout: () => stdout}
}

describe('clients as the forty-eighth session\'s QA drove them', () => {
  it('started by hand: with no connection named, one line and the usage, exit 2 (not the library\'s stack); --help and --version answer', () => {
    const bare = spawnSync(process.execPath, [SERVER], {encoding: 'utf8', timeout: 30_000})
    expect(bare.status).toBe(2)
    // (`--socket` with no port names none either.)
    expect(spawnSync(process.execPath, [SERVER, '--socket'], {encoding: 'utf8', timeout: 30_000}).status).toBe(2)
    expect(bare.stderr).toMatch(/^strategy-lint-language-server: no connection named; start it with --stdio \(or --node-ipc, --socket=<port>\)\n\nusage: /)
    expect(bare.stderr).not.toMatch(/\n\s+at /)
    const help = spawnSync(process.execPath, [SERVER, '--help'], {encoding: 'utf8', timeout: 30_000})
    expect(help).toMatchObject({status: 0, stderr: ''})
    expect(help.stdout).toMatch(/^usage: strategy-lint-language-server --stdio/)
    const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}
    expect(spawnSync(process.execPath, [SERVER, '--version'], {encoding: 'utf8', timeout: 30_000})).toMatchObject({status: 0, stdout: `${manifest.version}\n`})
  })

  it('`initialized` and `exit` sent with params null (Emacs\'s jsonrpc.el, under Eglot) are read as sent without: the server registers, and exits with 0 after shutdown; a request with params null gets InvalidParams', async () => {
    const server = rawServer(makeProject())
    // (`capabilities` left out too: read as a client that declares none of the rest.)
    server.send({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null}})
    await expect.poll(server.stdout, {timeout: 30_000}).toMatch(/"capabilities"/)
    // A request with params null (not JSON-RPC): InvalidParams from the handler, not a TypeError of the library.
    server.send({jsonrpc: '2.0', id: 2, method: 'textDocument/codeAction', params: null})
    await expect.poll(server.stdout, {timeout: 30_000}).toMatch(/"id":2,"error":\{"code":-32602,"message":"the request names no document/)
    server.child.kill('SIGKILL')
    const registering = rawServer(makeProject())
    registering.send({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {workspace: {configuration: true, didChangeConfiguration: {dynamicRegistration: true}}}}})
    await expect.poll(registering.stdout, {timeout: 30_000}).toMatch(/"capabilities"/)
    registering.send({jsonrpc: '2.0', method: 'initialized', params: null})
    await expect.poll(registering.stdout, {timeout: 30_000}).toMatch(/client\/registerCapability/)
    registering.send({jsonrpc: '2.0', id: 2, method: 'shutdown'})
    await expect.poll(registering.stdout, {timeout: 30_000}).toMatch(/"id":2,"result":null/)
    registering.send({jsonrpc: '2.0', method: 'exit', params: null})
    expect(await registering.exited).toBe(0)
  })

  it('a client that never answers workspace/configuration: its documents are checked with the default settings all the same', async () => {
    const server = rawServer(makeProject())
    server.send({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {workspace: {configuration: true}}}})
    server.send({jsonrpc: '2.0', method: 'initialized', params: {}})
    server.send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri: 'untitled:draft', languageId: 'markdown', version: 1, text: NEAR_MISS}}})
    await expect.poll(server.stdout, {timeout: 30_000}).toMatch(/workspace\/configuration/)
    await expect.poll(server.stdout, {timeout: 30_000}).toMatch(/"method":"textDocument\/publishDiagnostics".*looks like the required section/)
    server.child.kill('SIGKILL')
  })

  it('the general code action list is answered from what is at hand while the document is checked; fix all asked for by kind and then cancelled is answered as cancelled', async () => {
    const dir = makeProject()
    // A budget far beyond the test: the check of this text is still running when the requests are answered.
    const client = await start(dir, {initializationOptions: {timeBudget: 600}})
    const uri = fileUri(path.join(dir, 'slow.md'))
    void client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: `${'['.repeat(60_000)}${']'.repeat(60_000)}\n`}})
    expect(await client.codeActions(uri, [], null)).toEqual([])
    const source = new CancellationTokenSource()
    const fixAll = client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: [], only: ['source.fixAll']}}, source.token)
    source.cancel()
    await expect(fixAll).rejects.toMatchObject({code: -32800})
    expect(client.published.some((params) => params.uri === uri)).toBe(false)
    // Stopped here: the slow check would keep a core busy until the suite ends.
    await client.stop()
  })

  it('a file: URI of another host is not read as a local path: checked with the built-in setup, not the local folder\'s configuration', async () => {
    const dir = makeProject({'.remarkrc': '{"plugins": [,}'})
    const client = await start(dir)
    const diagnostics = await client.open(`file://fileserver${fileUri(path.join(dir, 'strategy.md')).slice('file://'.length)}`, NEAR_MISS)
    expect(diagnostics.some((diagnostic) => /looks like the required section/.test(diagnostic.message))).toBe(true)
    expect(diagnostics.some((diagnostic) => /Cannot process file/.test(diagnostic.message))).toBe(false)
  })

  it('requests without the document they are about get InvalidParams; a diagnostic sent back without a range is passed over', async () => {
    const dir = makeProject()
    const client = await start(dir)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    await client.open(uri, NEAR_MISS)
    await expect(client.connection.sendRequest('textDocument/codeAction', {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}})).rejects.toMatchObject({code: -32602, message: 'the request names no document: `textDocument.uri` must be a string'})
    await expect(client.connection.sendRequest('textDocument/formatting', {options: {tabSize: 2, insertSpaces: true}})).rejects.toMatchObject({code: -32602})
    const actions = await client.request(CodeActionRequest.type, {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: [{message: 'no range', code: 'strategy-required-sections'}], only: ['quickfix']}})
    expect(actions).toEqual([])
    expect(client.stderr.join('')).not.toMatch(/TypeError/)
  })
})
