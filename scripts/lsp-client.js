/**
 * A small Language Server Protocol client over stdio, for the LSP tests
 * (tests/lsp.test.ts) and the latency benchmark (scripts/bench-lsp.js).
 *
 * It spawns a real server process (`node <script> --stdio`) and speaks LSP to
 * it with vscode-languageserver-protocol / vscode-jsonrpc, the libraries VS
 * Code's own client is built on. It answers the requests a server sends to an
 * editor (`workspace/configuration`, `client/registerCapability`) the way an
 * editor with no settings for the server would: `{}` by default, or as the
 * protocol also allows (`answers: 'protocol'`): `null` for every unset
 * section, as Neovim does, and an error for `client/registerCapability`.
 */
import {spawn} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  ShowMessageNotification,
  ShutdownRequest
} from 'vscode-languageserver-protocol/node'

/**
 * @typedef {import('vscode-languageserver-protocol').PublishDiagnosticsParams} PublishDiagnosticsParams
 * @typedef {import('vscode-languageserver-protocol').Diagnostic} Diagnostic
 * @typedef {import('vscode-languageserver-protocol').CodeAction} CodeAction
 * @typedef {import('vscode-languageserver-protocol').Command} Command
 * @typedef {import('vscode-languageserver-protocol').TextEdit} TextEdit
 * @typedef {import('vscode-languageserver-protocol').Range} Range
 */

export class LspClient {
  /**
   * Spawn `node <script> --stdio` and initialize it with `workspace` (a folder on disk) as its only workspace folder.
   *
   * @param {string} script path of the server's bin
   * @param {string | undefined} workspace absolute path of the workspace folder; undefined for none (a lone file)
   * @param {{cwd?: string, timeout?: number, answers?: 'empty' | 'protocol' | {settings: unknown}, initializationOptions?: unknown, env?: NodeJS.ProcessEnv, versionedEdits?: boolean}} [options]
   */
  static async start(script, workspace, options = {}) {
    const child = spawn(process.execPath, [script, '--stdio'], {
      cwd: options.cwd ?? workspace ?? process.cwd(),
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    // 40 s: a server starting while the test runner fills both cores of a 2-core machine once took over 15 s to
    // answer `initialize` (the same test then passed in 0.8 s alone); a server that hangs still fails the test.
    const client = new LspClient(child, options.timeout ?? 40_000, options.answers ?? 'empty')
    await client.initialize(workspace, options.initializationOptions, options.versionedEdits ?? false)
    return client
  }

  /**
   * @param {import('node:child_process').ChildProcessWithoutNullStreams} child
   * @param {number} timeout
   * @param {'empty' | 'protocol' | {settings: unknown}} [answers] `{settings}`: that value for every configuration item
   */
  constructor(child, timeout, answers = 'empty') {
    this.child = child
    this.timeout = timeout
    /** @type {string[]} stderr of the server */
    this.stderr = []
    /** @type {Array<{type: number, message: string}>} window/logMessage and window/showMessage */
    this.logs = []
    /** @type {PublishDiagnosticsParams[]} every publishDiagnostics, in order */
    this.published = []
    /** @type {Set<(params: PublishDiagnosticsParams) => void>} */
    this.listeners = new Set()
    /** @type {Map<string, {version: number, text: string}>} */
    this.documents = new Map()
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({code, signal})))
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => this.stderr.push(chunk))
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const listener of this.listeners) listener(params)
    })
    this.connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params))
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.logs.push(params))
    /** @type {string[]} the requests the server sent to the client, by method */
    this.requests = []
    /** @type {Array<{method: string, registerOptions?: unknown}>} the capabilities the server registered (`client/registerCapability`) */
    this.registrations = []
    if (answers === 'protocol') {
      // As the protocol allows: `null` for a section the user has not set (Neovim 0.8+), and no dynamic registration.
      this.connection.onRequest(ConfigurationRequest.type, (params) => {
        this.requests.push(ConfigurationRequest.method)
        return params.items.map(() => null)
      })
      this.connection.onRequest(RegistrationRequest.type, () => {
        this.requests.push(RegistrationRequest.method)
        return new ResponseError(ErrorCodes.MethodNotFound, 'client/registerCapability is not supported')
      })
    } else if (typeof answers === 'object') {
      // An editor with these settings for the server.
      this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => answers.settings))
      this.connection.onRequest(RegistrationRequest.type, (params) => void this.registrations.push(...params.registrations))
    } else {
      // An editor without settings for this server: every requested section is empty.
      this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})))
      this.connection.onRequest(RegistrationRequest.type, (params) => void this.registrations.push(...params.registrations))
    }
    this.connection.listen()
  }

  /**
   * @param {string | undefined} workspace
   * @param {unknown} [initializationOptions]
   * @param {boolean} [versionedEdits] declare `workspace.workspaceEdit.documentChanges`, as VS Code, Neovim and Eglot do
   */
  async initialize(workspace, initializationOptions, versionedEdits = false) {
    const uri = workspace === undefined ? null : folderUri(workspace)
    this.capabilities = await this.request(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: uri === null ? null : [{uri, name: 'workspace'}],
      initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: {dynamicRegistration: true},
          didChangeWatchedFiles: {dynamicRegistration: true},
          ...(versionedEdits ? {workspaceEdit: {documentChanges: true}} : {})
        },
        textDocument: {
          synchronization: {dynamicRegistration: false},
          publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
          codeAction: {
            dataSupport: true,
            isPreferredSupport: true,
            codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}
          }
        }
      }
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
    return this.capabilities
  }

  /**
   * A request with a time limit, so a hung server fails the caller instead of hanging it.
   *
   * @template R
   * @param {any} type
   * @param {unknown} params
   * @returns {Promise<R>}
   */
  request(type, params) {
    return withTimeout(this.connection.sendRequest(type, params), this.timeout, `${type.method ?? type} timed out${this.tail()}`)
  }

  /**
   * Wait for the diagnostics of `uri` at `version` (the server tags each publish with the document version it checked).
   *
   * @param {string} uri
   * @param {number} version
   * @returns {Promise<Diagnostic[]>}
   */
  diagnosticsFor(uri, version) {
    const found = this.published.find((params) => params.uri === uri && params.version === version)
    if (found) return Promise.resolve(found.diagnostics)
    return withTimeout(
      new Promise((resolve) => {
        /** @param {PublishDiagnosticsParams} params */
        const listener = (params) => {
          if (params.uri !== uri || params.version !== version) return
          this.listeners.delete(listener)
          resolve(params.diagnostics)
        }
        this.listeners.add(listener)
      }),
      this.timeout,
      `no diagnostics for ${uri} version ${version}${this.tail()}`
    )
  }

  /**
   * Open a document; resolves with its first diagnostics.
   *
   * @param {string} uri
   * @param {string} text
   */
  async open(uri, text) {
    this.documents.set(uri, {version: 1, text})
    const diagnostics = this.diagnosticsFor(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text}
    })
    return diagnostics
  }

  /**
   * Replace a document's text (full sync, as the server asks for); resolves with the new diagnostics.
   *
   * @param {string} uri
   * @param {string} text
   */
  async change(uri, text) {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    const version = document.version + 1
    this.documents.set(uri, {version, text})
    const diagnostics = this.diagnosticsFor(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
    return diagnostics
  }

  /**
   * Replace a document's text without waiting for its diagnostics (a keystroke); returns the new version.
   *
   * @param {string} uri
   * @param {string} text
   */
  async type(uri, text) {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    const version = document.version + 1
    this.documents.set(uri, {version, text})
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
    return version
  }

  /** @param {string} uri */
  async close(uri) {
    this.documents.delete(uri)
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  /**
   * Ask for the quick fixes of `diagnostics` (as an editor does for the diagnostics under the cursor).
   *
   * @param {string} uri
   * @param {Diagnostic[]} diagnostics
   * @param {string[] | null} [only] the kinds asked for (`null`: every kind, as a client's general menu asks)
   * @returns {Promise<Array<CodeAction | Command>>}
   */
  async codeActions(uri, diagnostics, only = ['quickfix']) {
    const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    const result = await this.request(CodeActionRequest.type, {
      textDocument: {uri},
      range,
      context: only === null ? {diagnostics} : {diagnostics, only}
    })
    return result ?? []
  }

  /**
   * Apply a code action's workspace edit to the open document's text and send it as a change;
   * resolves with the new text and the diagnostics for it.
   *
   * @param {string} uri
   * @param {CodeAction} action
   */
  async applyCodeAction(uri, action) {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    const edits = action.edit?.changes?.[uri]
    if (!edits || edits.length === 0) throw new Error(`code action \`${action.title}\` has no edits for ${uri}`)
    const text = applyTextEdits(document.text, edits)
    const diagnostics = await this.change(uri, text)
    return {text, diagnostics}
  }

  /** Shut the server down politely; kill it if it does not exit. */
  async stop() {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown timed out')
      await this.connection.sendNotification(ExitNotification.type)
      await withTimeout(this.exited, 5000, 'exit timed out')
    } catch {
      this.child.kill('SIGKILL')
      await this.exited
    } finally {
      this.connection.dispose()
    }
  }

  tail() {
    const text = this.stderr.join('')
    return text ? `\nserver stderr:\n${text.slice(-2000)}` : ''
  }
}

/** @param {string} folder absolute path */
export function folderUri(folder) {
  return pathToFileURL(folder).href
}

/** @param {string} file absolute path */
export function fileUri(file) {
  return pathToFileURL(file).href
}

/**
 * Apply LSP text edits (UTF-16 line/character positions, non-overlapping) to `text`.
 *
 * @param {string} text
 * @param {TextEdit[]} edits
 */
export function applyTextEdits(text, edits) {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n') lineStarts.push(index + 1)
    else if (text[index] === '\r' && text[index + 1] !== '\n') lineStarts.push(index + 1)
  }
  /** @param {{line: number, character: number}} position */
  const offsetAt = (position) => {
    if (position.line >= lineStarts.length) return text.length
    const start = lineStarts[position.line]
    const next = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : text.length
    return Math.min(start + position.character, next)
  }
  // Back to front; inserts at one place in reverse, as the protocol says their order in the list is their order in the text.
  const sorted = edits
    .map((edit, index) => ({start: offsetAt(edit.range.start), end: offsetAt(edit.range.end), newText: edit.newText, index}))
    .sort((a, b) => b.start - a.start || b.index - a.index)
  let result = text
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end)
  return result
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms)
    })
  ]).finally(() => clearTimeout(timer))
}
