/**
 * The language server's connection and scheduling: what
 * `strategy-lint-language-server` runs (see src/server/server.ts for the checking
 * itself and docs/robustness.md for what it guarantees).
 *
 * It follows remark-language-server (unified-language-server 4) in what it
 * offers: full document sync, diagnostics from unified-engine with the
 * workspace's configuration, quick fixes from `expected` and document
 * formatting. It differs in how it gets there, so that no client the
 * protocol allows and no document can stop it:
 *
 * - Settings: a `workspace/configuration` answer of `null` (what Neovim sends
 *   for a server without settings) or a refused request means the defaults;
 *   a refused `client/registerCapability` is logged and ignored.
 * - Documents: `untitled:` and other non-file documents get the built-in
 *   setup; a `file:` URI that Node will not turn into a path (`%2F`) is
 *   decoded by hand; a file outside every workspace folder still gets checked.
 * - Checks run in worker threads (src/server/lsp-worker.ts), at most one per
 *   document at a time and only for its latest version: edits that arrive
 *   while a check runs are merged into the next check, and the results of a
 *   version that is no longer current are dropped. A check that runs past the
 *   time budget (10 s unless `initializationOptions.timeBudget` or
 *   `STRATEGY_LINT_TIME_BUDGET` say otherwise, in seconds) is stopped, its
 *   worker replaced, and the document gets one diagnostic saying it was not
 *   checked and why. Two workers keep other documents
 *   checked while one is slow; the main thread only answers requests.
 * - Quick fixes are offered only for diagnostics of the document's current
 *   version whose text is still what the fix replaces.
 * - Over stdio, a message that does not match its `Content-Length` (the body
 *   is not valid JSON, or never completes) ends the server with one line on
 *   stderr instead of leaving it silent: the client sees the exit and can
 *   restart it.
 */
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import fs from 'node:fs'
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  type CancellationToken,
  type Diagnostic,
  type FileSystemWatcher,
  Position,
  ProposedFeatures,
  Range,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  TextDocumentEdit,
  TextEdit,
  VersionedTextDocumentIdentifier,
  type WorkspaceEdit,
  type Connection
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CheckReply, CheckSettings, CheckTask} from './lsp-worker.js'
import {chooseFixes, type FixableMessage} from '../fix.js'
import {lineEndingOf} from '../util.js'
import {blockName, type IgnorePlace} from './ignore-comment.js'

/** What a check ends with: the worker's reply, or why there is none. */
type Result = Exclude<CheckReply, {started: true}>
import {REMARK_NAMES} from './names.js'
import {changedLines} from './line-edits.js'

const WORKER_URL = new URL('./lsp-worker.js', import.meta.url)

/** How long a check waits for the client's answer to `workspace/configuration` before it uses the default settings. */
const CONFIGURATION_WAIT_MS = 5000

/** Default time budget per check, in seconds (the CLI's default too). */
export const DEFAULT_TIME_BUDGET = 10

/**
 * The heap each check worker may use, in MB (`STRATEGY_LINT_MEMORY_LIMIT` says otherwise). The parser's memory grows
 * faster than its input (16,000 nested block quotes, 16 KB, took a worker to 2.2 GB; a 0.8 MB table to 1.8 GB), and two
 * workers may check at once: past the limit a worker stops, and its document gets one diagnostic saying so. Real
 * documents need a few hundred MB at most.
 */
export const DEFAULT_MEMORY_LIMIT_MB = 1536

/**
 * A document is checked by at most one worker at a time. An edit while none
 * runs is checked at once (no added latency); edits that arrive while a check
 * runs wait for it and are then checked once, at the latest version. So a
 * burst of edits costs a few checks, one after the other, not one per edit.
 * THROTTLE_MS can add a minimum gap between two checks of one document; it is
 * 0, as back-to-back checks already merge every edit made meanwhile.
 */
const THROTTLE_MS = 0

/** How long a message body may stay incomplete before the server gives up on the stream. */
const PARTIAL_MESSAGE_TIMEOUT_MS = 5000

const DEFAULT_SETTINGS: CheckSettings = {requireConfig: false, ignorePath: undefined, ignorePathResolveFrom: undefined}

/** Settings from a `workspace/configuration` answer or `didChangeConfiguration`: anything else than an object means the defaults. */
function parseSettings(raw: unknown): CheckSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS
  const settings = raw as Record<string, unknown>
  return {
    // (`"false"` from a client that sends every setting as text is false, not a non-empty string.)
    requireConfig: settings.requireConfig === true || settings.requireConfig === 'true',
    ignorePath: typeof settings.ignorePath === 'string' ? settings.ignorePath : undefined,
    ignorePathResolveFrom: settings.ignorePathResolveFrom === 'cwd' || settings.ignorePathResolveFrom === 'dir' ? settings.ignorePathResolveFrom : undefined
  }
}

/** A time budget in seconds from an option or the environment; `undefined` when it is not a positive number. */
function parseBudget(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined
}

/** The files whose change changes a check: the remark configurations, and the ignore files. */
const CONFIGURATION_WATCHERS: FileSystemWatcher[] = ['**/.remarkrc', '**/.remarkrc.{json,js,cjs,mjs,yml,yaml}', '**/package.json', '**/.remarkignore', '**/.gitignore'].map(
  (globPattern) => ({globPattern})
)

/**
 * The path of a `file:` URI, or undefined for any other scheme. Node refuses
 * `%2F` (an encoded `/`) in a file URL; no file name on POSIX holds a `/`, so
 * such a URI is decoded by hand and means the same path as with `/`.
 */
export function uriToPath(uri: string): string | undefined {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return undefined
  }
  if (url.protocol !== 'file:') return undefined
  // (`file://`, Neovim's URI for a buffer with no name, and a folder's `file:///tmp/docs/` name no file: checked as an
  // untitled document, with the built-in setup, rather than as a path with no file name, which the engine refuses.)
  if (url.pathname === '' || url.pathname.endsWith('/')) return undefined
  try {
    return fileURLToPath(url)
  } catch {
    // (`file://fileserver/docs/a.md` names a file on another machine, no local path: checked as untitled, with the
    // built-in setup, rather than under this machine's `/docs` and its configuration.)
    if (url.host !== '' && url.host !== 'localhost') return undefined
    try {
      return path.resolve(decodeURIComponent(url.pathname))
    } catch {
      return undefined
    }
  }
}

/**
 * A workspace folder's path: its URI may end in `/` or not, as the protocol allows (uriToPath takes a URI ending in `/`
 * for no file, as a document's it is). Dropped, a folder written `file:///proj/` left its documents with another
 * working folder: its configuration's globs typed nothing, and a silent pass followed.
 */
export function folderUriToPath(uri: string): string | undefined {
  return uriToPath(uri.replace(/(?<=[^/])\/+(?=$|[?#])/, ''))
}

/** The nearest folder up from `folder` with a package.json or .git (what remark-language-server uses without workspace folders). */
function projectFolder(folder: string): string | undefined {
  for (let current = folder; ; ) {
    if (fs.existsSync(path.join(current, 'package.json')) || fs.existsSync(path.join(current, '.git'))) return current
    const parent = path.dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

interface Slot {
  /** Started when the slot first has work (see `slotCount`). */
  worker: Worker | undefined
  /** The `moduleGeneration` its worker was started in: an older worker holds modules loaded before they changed. */
  generation: number
  busy: {task: CheckTask; uri: string; version: number; timer: NodeJS.Timeout | undefined; done: (reply: Result) => void} | undefined
  /** The document this worker checked last: its section cache is there. */
  last: string | undefined
}

/** Why a check that was waiting or running when the client asked the server to shut down has no result. */
const SHUT_DOWN = 'the server is shutting down'

/** How long `shutdown` waits for the worker threads to stop before it answers. */
const SHUTDOWN_WAIT_MS = 2000

/** Whether the client asked the server to shut down: the exit code when the client closes the stream, as for `exit`. */
let shutdownAsked = false

/**
 * The stdio connection, with a reader that ends the server on a message that does not match its Content-Length, and
 * when the client closes the stream (vscode-languageserver does that only for the streams it reads itself, and a
 * client that sends `processId: null` would otherwise leave the server and its workers running).
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin)
  reader.partialMessageTimeout = PARTIAL_MESSAGE_TIMEOUT_MS
  const fail = (what: string) => {
    process.stderr.write(`strategy-lint-language-server: ${what}; the stream cannot be read further, exiting (restart the server)\n`)
    process.exit(1)
  }
  reader.onError((error) => fail(`a message from the client could not be read (${error.message.split('\n')[0]}), so its Content-Length header does not match its body`))
  reader.onPartialMessage((info) =>
    fail(`a message body stayed incomplete for ${Math.round(info.waitingTime / 1000)} s, so its Content-Length header is larger than the body sent`)
  )
  reader.onClose(() => process.exit(shutdownAsked ? 0 : 1))
  return createConnection(ProposedFeatures.all, handlingErrorsApart(reader), new StreamMessageWriter(process.stdout))
}

/**
 * The reader reports a message the connection fails to handle (a `$/cancelRequest` with `params: null`) as an error of
 * the stream, which ends the server. A message that was read whole leaves the stream intact: the error is logged and
 * the message dropped, and only errors of reading itself reach `onError`.
 */
/** A request cancelled while it waited is answered as such (LSP 3.17 `$/cancelRequest`). */
function refuseIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled')
}

/** Whether a diagnostic a client sent back has a range of numbers to act on. */
function hasRange(diagnostic: unknown): diagnostic is Diagnostic {
  const range = (diagnostic as {range?: {start?: Partial<Position>; end?: Partial<Position>}} | null | undefined)?.range
  return [range?.start, range?.end].every((point) => typeof point?.line === 'number' && typeof point.character === 'number')
}

/**
 * A message as its handler can read it. `params` null, which JSON-RPC does not allow, is read as none for a message
 * that takes none (Emacs's jsonrpc.el, which Eglot uses, writes it for `exit` and `initialized`: the server never
 * exited), and as `{}` for any other request; `initialize` without `capabilities` declares none. The protocol library
 * reads a request's params before any handler runs, and answered such one with a TypeError as an internal error; now
 * the handler answers InvalidParams where the request names no document. (Other notifications with params null are
 * dropped by the caller.)
 */
function wellFormed(message: {method: string; params?: unknown; id?: unknown}): void {
  if (message.params === null && TAKES_NO_PARAMS.has(message.method)) delete message.params
  else if (message.params === null && message.id !== undefined) message.params = {}
  const params = message.params as {capabilities?: unknown} | undefined
  if (message.method === 'initialize' && typeof params === 'object' && (typeof params.capabilities !== 'object' || params.capabilities === null)) params.capabilities = {}
}

/** The messages that carry no params: one sent with `"params": null` is read as one without. */
const TAKES_NO_PARAMS = new Set(['exit', 'initialized', 'shutdown'])

function handlingErrorsApart(reader: StreamMessageReader): StreamMessageReader {
  const listen = reader.listen.bind(reader)
  reader.listen = (callback) =>
    listen((message) => {
      if (typeof (message as {method?: unknown}).method === 'string') wellFormed(message as unknown as {method: string; params?: unknown; id?: unknown})
      const {method, params, id} = message as {method?: unknown; params?: unknown; id?: unknown}
      if (typeof method === 'string' && id === undefined && 'params' in message && (params === null || typeof params !== 'object')) {
        // JSON-RPC allows no `params` that is not an object or an array; a handler given one fails, and the library
        // then shows the user an error about the client's message. Dropped here, with a line in the log.
        process.stderr.write(`strategy-lint-language-server: a notification (${method}) with params ${JSON.stringify(params)} was dropped: params must be an object or an array\n`)
        return
      }
      try {
        callback(message)
      } catch (error) {
        const method = (message as {method?: unknown}).method
        process.stderr.write(`strategy-lint-language-server: a message${typeof method === 'string' ? ` (${method})` : ''} could not be handled and was dropped: ${error instanceof Error ? error.message : String(error)}\n`)
      }
    })
  return reader
}

/**
 * Start the server on the connection given on the command line (`--stdio`, `--node-ipc`, `--socket=<port>`):
 * remark-language-server's behaviour with `zeroConfigFallback`, checked off the main thread.
 */
export function startLanguageServer(): void {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const workspaces = new Set<string>()
  const settingsCache = new Map<string, Promise<CheckSettings>>()
  let globalSettings = DEFAULT_SETTINGS
  let hasConfiguration = false
  /**
   * Whether the client takes versioned edits (`workspace.workspaceEdit.documentChanges`): then a fix names the version
   * of the text it was made for, and a client whose text has changed since refuses it rather than apply it to the new
   * text (a fix-all applied after two lines were typed put a heading inside a list and dropped a risk).
   */
  let versionedEdits = false
  let budgetSeconds = parseBudget(process.env.STRATEGY_LINT_TIME_BUDGET) ?? DEFAULT_TIME_BUDGET
  const memoryLimitMb = Math.round(parseBudget(process.env.STRATEGY_LINT_MEMORY_LIMIT) ?? DEFAULT_MEMORY_LIMIT_MB)

  const log = (message: string) => connection.console.log(message)

  function settingsFor(uri: string): Promise<CheckSettings> {
    if (!hasConfiguration) return Promise.resolve(globalSettings)
    let settings = settingsCache.get(uri)
    if (!settings) {
      const asked = connection.workspace.getConfiguration({scopeUri: uri, section: REMARK_NAMES.configurationSection}).then(
        (raw: unknown) => parseSettings(raw),
        (error: unknown) => {
          log(`workspace/configuration failed (${error instanceof Error ? error.message : String(error)}); using the default settings`)
          return DEFAULT_SETTINGS
        }
      )
      // A client that never answers held every check (and formatting) for good: after a while, the default settings.
      let timer: NodeJS.Timeout | undefined
      const unanswered = new Promise<CheckSettings>((resolve) => {
        timer = setTimeout(() => {
          log(`workspace/configuration got no answer in ${CONFIGURATION_WAIT_MS / 1000} s; using the default settings`)
          resolve(DEFAULT_SETTINGS)
        }, CONFIGURATION_WAIT_MS)
        timer.unref()
      })
      settings = Promise.race([asked, unanswered]).finally(() => clearTimeout(timer))
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /** The workspace folder the engine runs in for `filePath`: the closest workspace folder, else the project folder, else the file's folder. */
  function cwdFor(filePath: string | undefined): string {
    if (filePath) {
      const folders = [...workspaces]
        .map(folderUriToPath)
        .filter((folder): folder is string => folder !== undefined)
        .sort((a, b) => b.length - a.length)
      const ancestor = folders.find((folder) => filePath.startsWith(folder.replace(/[/\\]$/, '') + path.sep))
      return ancestor ?? projectFolder(path.dirname(filePath)) ?? path.dirname(filePath)
    }
    const first = [...workspaces].map(folderUriToPath).find((folder) => folder !== undefined)
    return first ?? process.cwd()
  }

  // Workers ----------------------------------------------------------------

  // Two even on one core: the operating system shares it, and a slow document then delays the others instead of stopping them.
  // The first worker starts with the server, so the first check does not wait for it to load; the second only when
  // two checks overlap, as most sessions never need it (each worker loads the whole linter: about 0.5 s of CPU, and
  // its own heap).
  const slotCount = 2
  const slots: Slot[] = []
  let nextId = 1
  let shuttingDown = false
  /** Whether `initialize` came: before it the protocol allows no request but it, and no notification from the server. */
  let initialized = false

  /**
   * Counts changes to files that are not Markdown (a `.remarkrc.mjs`, a local plugin, a package): Node keeps a module
   * it imported, so a worker would go on linting with the old configuration; the next check starts a fresh one.
   */
  let moduleGeneration = 0

  function newWorker(slot: Slot): Worker {
    slot.generation = moduleGeneration
    // (stdout is the protocol's stream: what a plugin prints there, `console.log` included, goes to stderr, the log.)
    const worker = new Worker(WORKER_URL, {stdout: true, resourceLimits: {maxOldGenerationSizeMb: memoryLimitMb}})
    worker.stdout.pipe(process.stderr)
    let outOfMemory = false
    worker.on('message', (reply: CheckReply) => {
      const busy = slot.busy
      if (!busy || busy.task.id !== reply.id) return
      if ('started' in reply) {
        busy.timer = setTimeout(() => overBudget(slot, busy.task.id), budgetSeconds * 1000)
        return
      }
      clearTimeout(busy.timer)
      slot.busy = undefined
      busy.done(reply)
      pump()
    })
    worker.on('error', (error) => {
      outOfMemory ||= (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      log(`a check worker failed: ${error.message}`)
    })
    worker.on('exit', () => {
      if (slot.worker !== worker || shuttingDown) return
      // Out of memory or another crash: the document gets one error; a fresh worker takes over.
      const busy = slot.busy
      slot.busy = undefined
      slot.worker = newWorker(slot)
      slot.last = undefined
      if (busy) {
        clearTimeout(busy.timer)
        busy.done({
          id: busy.task.id,
          error: outOfMemory
            ? `checking this document needed more than the memory limit of ${memoryLimitMb} MB, so it was stopped. Some Markdown makes the parser use far more memory than its size (thousands of nested block quotes or list levels, tables of tens of thousands of rows); simplify that part, or raise the limit with STRATEGY_LINT_MEMORY_LIMIT (MB).`
            : 'the check stopped unexpectedly (the worker thread exited, for example out of memory)'
        })
      }
      pump()
    })
    return worker
  }

  for (let index = 0; index < slotCount; index++) {
    const slot: Slot = {worker: undefined, generation: 0, busy: undefined, last: undefined}
    if (index === 0) slot.worker = newWorker(slot)
    slots.push(slot)
  }

  /** Past the budget: stop the worker; its replacement serves the next document. */
  function overBudget(slot: Slot, id: number): void {
    const busy = slot.busy
    if (!busy || busy.task.id !== id) return
    slot.busy = undefined
    const old = slot.worker
    slot.worker = newWorker(slot)
    slot.last = undefined
    void old?.terminate()
    busy.done({id, error: 'budget'})
    pump()
  }

  function run(slot: Slot, uri: string, version: number, task: CheckTask, done: (reply: Result) => void): void {
    // The budget timer starts when the worker says it has started (see lsp-worker.ts).
    slot.busy = {task, uri, version, timer: undefined, done}
    slot.last = uri
    if (slot.worker && slot.generation !== moduleGeneration) {
      const old = slot.worker
      slot.worker = newWorker(slot)
      void old.terminate()
    }
    slot.worker ??= newWorker(slot)
    slot.worker.postMessage(task)
  }

  // Scheduling ---------------------------------------------------------------

  /** Documents waiting for a check: uri -> the time it may start. */
  const dirty = new Map<string, number>()
  /** The diagnostics last sent for each open document, and for which version: what `source.fixAll` fixes. */
  const published = new Map<string, {version: number; diagnostics: Diagnostic[]}>()
  /** Who waits for a document's next diagnostics (`checkedNow`): told on each publish and on close. */
  const publishListeners = new Map<string, Set<() => void>>()
  const tellListeners = (uri: string) => {
    for (const listener of [...(publishListeners.get(uri) ?? [])]) listener()
  }
  /** Format and fix-all requests waiting for a worker; `done` answers one that never starts (the server shuts down first). */
  const formats: Array<{uri: string; start: (slot: Slot) => void; done: (reply: Result) => void}> = []
  let wakeTimer: NodeJS.Timeout | undefined

  /** When the last check of each document started. */
  const lastStart = new Map<string, number>()

  /**
   * Queue a check of `uri`. `first`: ahead of the documents waiting (an edit to a document already checked: the one
   * being typed in). In the queue's order, an edit waited behind every document opened before it: 7 s behind 200
   * documents a session restore opened.
   */
  function schedule(uri: string, throttle = true, first = false): void {
    const now = Date.now()
    const due = throttle && THROTTLE_MS > 0 ? Math.max(now, (lastStart.get(uri) ?? 0) + THROTTLE_MS) : now
    if (first && dirty.size > 0 && dirty.keys().next().value !== uri) {
      const waiting = [...dirty].filter(([other]) => other !== uri)
      dirty.clear()
      dirty.set(uri, due)
      for (const [other, when] of waiting) dirty.set(other, when)
    } else dirty.set(uri, due)
    pump()
  }

  function runningFor(uri: string): boolean {
    return slots.some((slot) => slot.busy?.uri === uri)
  }

  /**
   * A slot for a check of `uri`: the one that checked it last (its section cache is there), else one whose
   * worker is running, so that a second worker starts only when two checks overlap.
   */
  function idleSlot(uri: string): Slot | undefined {
    const idle = slots.filter((slot) => !slot.busy)
    return idle.find((slot) => slot.last === uri) ?? idle.find((slot) => slot.worker !== undefined) ?? idle[0]
  }

  function pump(): void {
    if (shuttingDown || !initialized) return
    while (formats.length > 0) {
      const slot = idleSlot(formats[0].uri)
      if (!slot) return
      formats.shift()!.start(slot)
    }
    const now = Date.now()
    let nextDue = Infinity
    for (const [uri, due] of dirty) {
      if (runningFor(uri)) continue
      if (due > now) {
        nextDue = Math.min(nextDue, due)
        continue
      }
      const slot = idleSlot(uri)
      if (!slot) break
      dirty.delete(uri)
      lastStart.set(uri, now)
      void startCheck(slot, uri)
    }
    if (wakeTimer) clearTimeout(wakeTimer)
    wakeTimer = nextDue === Infinity ? undefined : setTimeout(pump, Math.max(0, nextDue - Date.now()))
  }

  /**
   * The task for the document as it is now, with its version: TextDocuments updates a document
   * in place, so text and version are read together, before anything is awaited.
   */
  async function taskFor(document: TextDocument, format: boolean): Promise<{task: CheckTask; version: number}> {
    const filePath = uriToPath(document.uri)
    const text = document.getText()
    const version = document.version
    const settings = await settingsFor(document.uri)
    return {task: {id: nextId++, filePath, cwd: cwdFor(filePath), text, settings, format}, version}
  }

  async function startCheck(slot: Slot, uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    // Reserve the slot while the settings are fetched.
    const placeholder = {task: {id: -1} as CheckTask, uri, version: document.version, timer: undefined, done: () => {}}
    slot.busy = placeholder
    let prepared: {task: CheckTask; version: number}
    try {
      prepared = await taskFor(document, false)
    } finally {
      if (slot.busy === placeholder) slot.busy = undefined
    }
    const {task, version} = prepared
    const current = documents.get(uri)
    // (Closed and opened again meanwhile, it is another document, whose version may be the same number.)
    if (current !== document || current.version !== version || slot.busy) {
      // Changed or closed meanwhile (or the slot was taken): check the latest version later.
      if (current) schedule(uri, false)
      else pump()
      return
    }
    run(slot, uri, version, task, (reply) => publish(document, version, reply))
  }

  function publish(checked: TextDocument, version: number, reply: Result): void {
    const uri = checked.uri
    const document = documents.get(uri)
    // Stale: the document changed or closed since (closed and opened again, it is another document, whose versions may
    // start at 1 again); the latest version is checked (or cleared) on its own.
    if (document !== checked || document.version !== version || shuttingDown) return
    let diagnostics: Diagnostic[]
    if ('error' in reply) {
      diagnostics = [notChecked(reply.error)]
    } else {
      diagnostics = reply.diagnostics
      for (const diagnostic of diagnostics) {
        if (diagnostic.data && typeof diagnostic.data === 'object') (diagnostic.data as Record<string, unknown>).version = version
      }
    }
    published.set(uri, {version, diagnostics})
    void connection.sendDiagnostics({uri, version, diagnostics})
    tellListeners(uri)
  }

  function notChecked(error: string): Diagnostic {
    const message =
      error === 'budget'
        ? `Not checked: checking this document took longer than the time budget of ${budgetSeconds} s, so it was stopped. ` +
          'Some Markdown makes the parser slow (thousands of nested brackets, backticks or list levels); simplify that part, ' +
          'or raise the budget with the `timeBudget` initialization option or STRATEGY_LINT_TIME_BUDGET (seconds).'
        : `Not checked: ${error.split('\n')[0]}`
    return {range: Range.create(0, 0, 0, 0), message, severity: 1, source: 'strategy-lint', code: error === 'budget' ? 'time-budget' : 'check-failed'}
  }

  // Connection ---------------------------------------------------------------

  connection.onInitialize((event) => {
    if (initialized) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized: `initialize` is sent once')
    initialized = true
    // The documents a client opened before `initialize` are checked once its answer is on its way (no notification
    // goes before it).
    setImmediate(pump)
    for (const folder of event.workspaceFolders ?? []) workspaces.add(folder.uri)
    if (workspaces.size === 0 && event.rootUri) workspaces.add(event.rootUri)
    // (`capabilities` is required; a client that leaves it out is read as one that declares none.)
    const workspace = event.capabilities?.workspace
    hasConfiguration = Boolean(workspace?.configuration)
    versionedEdits = Boolean(workspace?.workspaceEdit?.documentChanges)
    const options = event.initializationOptions as {timeBudget?: unknown} | null | undefined
    budgetSeconds = parseBudget(options?.timeBudget) ?? budgetSeconds
    const folders = Boolean(workspace?.workspaceFolders)
    const canRegister = Boolean(workspace?.didChangeConfiguration?.dynamicRegistration)
    const canWatch = Boolean(workspace?.didChangeWatchedFiles?.dynamicRegistration)
    connection.onInitialized(() => {
      if (hasConfiguration && canRegister) {
        connection.client.register(DidChangeConfigurationNotification.type, undefined).catch((error: unknown) => {
          log(`the client refused client/registerCapability (${error instanceof Error ? error.message : String(error)}); settings changes are picked up on didChangeConfiguration only`)
        })
      }
      // Clients send didChangeWatchedFiles for the files a server asks for (Eglot, VS Code's client): unasked, an edited
      // `.remarkrc.json` reached the open documents only at their next edit.
      if (canWatch) {
        connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: CONFIGURATION_WATCHERS}).catch((error: unknown) => {
          log(`the client refused to watch the configuration files (${error instanceof Error ? error.message : String(error)}); a changed configuration applies at each document's next check`)
        })
      }
      if (folders) {
        connection.workspace.onDidChangeWorkspaceFolders((change) => {
          for (const folder of change?.removed ?? []) workspaces.delete(folder.uri)
          for (const folder of change?.added ?? []) workspaces.add(folder.uri)
          checkAll()
        })
      }
    })
    return {
      capabilities: {
        // Said, not left to the default: positions count UTF-16 code units, whatever encodings the client offers
        // (`general.positionEncodings`). UTF-16 is the one every client must support; a client that offers only
        // UTF-8 learns from this answer how to read the ranges.
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Full,
        documentFormattingProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]},
        workspace: folders ? {workspaceFolders: {supported: true, changeNotifications: true}} : undefined
      }
    }
  })

  function checkAll(): void {
    for (const document of documents.all()) schedule(document.uri, false)
  }

  documents.onDidChangeContent((event) => schedule(event.document.uri, true, published.has(event.document.uri)))
  documents.onDidClose((event) => {
    published.delete(event.document.uri)
    dirty.delete(event.document.uri)
    lastStart.delete(event.document.uri)
    settingsCache.delete(event.document.uri)
    void connection.sendDiagnostics({uri: event.document.uri, version: event.document.version, diagnostics: []})
    tellListeners(event.document.uri)
  })
  connection.onDidChangeWatchedFiles((change) => {
    const changes = Array.isArray(change?.changes) ? change.changes : []
    if (changes.some((file) => typeof file?.uri !== 'string' || !/\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdx)$/i.test(file.uri))) moduleGeneration++
    checkAll()
  })
  connection.onDidChangeConfiguration((change) => {
    if (hasConfiguration) settingsCache.clear()
    else globalSettings = parseSettings((change.settings as Record<string, unknown> | null | undefined)?.[REMARK_NAMES.configurationSection])
    checkAll()
  })

  connection.onDocumentFormatting(async (event) => {
    refuseOutsideSession()
    const document = documents.get(documentUri(event))
    if (!document) return null
    const {task, version} = await taskFor(document, true)
    const reply = await new Promise<Result>((resolve) => {
      if (shuttingDown) resolve({id: task.id, error: SHUT_DOWN})
      formats.push({uri: document.uri, start: (slot) => run(slot, document.uri, version, task, resolve), done: resolve})
      pump()
    })
    if ('error' in reply && reply.error === 'budget') {
      // Format Document that does nothing, with no word why, reads as a broken command. (A notification: the request
      // `showWarningMessage` sends waits on a client that may not answer it.)
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `strategy-lint: formatting this document took longer than the time budget of ${budgetSeconds} s, so it was left as it is`
      })
    }
    if ('error' in reply || reply.output === undefined) return null
    const current = documents.get(document.uri)
    if (current !== document || current.version !== version) return null
    const text = task.text
    // remark prints `\n`; a document written with CRLF keeps it, or every line of it would change. A byte order mark
    // the client left in the text stays too (remark drops it).
    const printed = text.startsWith('\uFEFF') && !reply.output.startsWith('\uFEFF') ? `\uFEFF${reply.output}` : reply.output
    const output = text.includes('\r\n') ? printed.replace(/\r?\n/g, '\r\n') : printed
    if (output === text) return null
    return [TextEdit.replace(Range.create(Position.create(0, 0), document.positionAt(text.length)), output)]
  })

  connection.onCodeAction(async (event, token) => {
    refuseOutsideSession()
    const uri = documentUri(event)
    const only = kindsAsked(event.context?.only)
    // A kind asked for covers its subkinds (`source` covers `source.fixAll`); no `only` asks for every kind.
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    // Fix all on save comes right after the last edit: asked for by kind, it waits for that version's check rather
    // than find nothing. The general list, asked for each time the cursor moves, answers at once from what is at hand.
    if (only && wants(CodeActionKind.SourceFixAll)) {
      await checkedNow(uri, token)
      refuseIfCancelled(token)
    }
    const document = documents.get(uri)
    if (!document) return null
    // (A diagnostic sent back without a range, which a client may garble, has no place to fix.)
    const diagnostics = (Array.isArray(event.context?.diagnostics) ? event.context.diagnostics : []).filter(hasRange)
    const actions = wants(CodeActionKind.QuickFix) ? quickFixes(document, diagnostics) : []
    if (wants(CodeActionKind.SourceFixAll)) {
      // Asked for by kind (VS Code's codeActionsOnSave, a key bound to it): offered for one fix too, with every pass
      // `--fix` makes; in the general list, only where it does more than the one quick fix under the cursor, and from
      // the diagnostics at hand (one pass: no check runs each time the cursor moves).
      const all = only ? (token.isCancellationRequested ? undefined : await fixAllPasses(document)) : fixAll(document, 2)
      refuseIfCancelled(token)
      if (all) actions.push(all)
    }
    return actions
  })

  /** `edits` of `document` as a workspace edit: for the version they were made for, when the client takes versioned edits. */
  function editOf(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    return versionedEdits
      ? {documentChanges: [TextDocumentEdit.create(VersionedTextDocumentIdentifier.create(document.uri, document.version), edits)]}
      : {changes: {[document.uri]: edits}}
  }

  /**
   * `source.fixAll` asked for by kind: the document as `strategy-lint --fix` leaves it, every pass made by a check
   * worker with the workspace's configuration (one edit per run of changed lines, src/server/line-edits.ts); undefined
   * when nothing is fixed, the document changed meanwhile, or the fix ran past the time budget.
   */
  async function fixAllPasses(document: TextDocument): Promise<CodeAction | undefined> {
    const {task, version} = await taskFor(document, false)
    task.fix = true
    const reply = await new Promise<Result>((resolve) => {
      if (shuttingDown) resolve({id: task.id, error: SHUT_DOWN})
      formats.push({uri: document.uri, start: (slot) => run(slot, document.uri, version, task, resolve), done: resolve})
      pump()
    })
    if ('error' in reply || reply.output === undefined || !reply.applied) return undefined
    const current = documents.get(document.uri)
    if (current !== document || current.version !== version || reply.output === task.text) return undefined
    const edits = changedLines(task.text, reply.output).map((edit) => TextEdit.replace(Range.create(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text))
    const title = `Fix all ${reply.applied} mechanical ${reply.applied === 1 ? 'problem' : 'problems'} (strategy-lint --fix)`
    return CodeAction.create(title, editOf(document, edits), CodeActionKind.SourceFixAll)
  }

  /**
   * Resolves once the diagnostics of the document's current version are published (at once when they are), or when it
   * closes, or when the request waiting on it is cancelled, or after the time budget and a second, when a check is
   * stopped or never comes.
   */
  function checkedNow(uri: string, token?: CancellationToken): Promise<void> {
    const ready = () => {
      const document = documents.get(uri)
      return !document || published.get(uri)?.version === document.version
    }
    // (A request cancelled before it got here: its token fires no more.)
    if (ready() || token?.isCancellationRequested) return Promise.resolve()
    return new Promise((resolve) => {
      const listeners = publishListeners.get(uri) ?? new Set<() => void>()
      publishListeners.set(uri, listeners)
      const finish = () => {
        clearTimeout(timer)
        cancelled?.dispose()
        listeners.delete(listener)
        if (listeners.size === 0 && publishListeners.get(uri) === listeners) publishListeners.delete(uri)
        resolve()
      }
      const listener = () => {
        if (ready()) finish()
      }
      const timer = setTimeout(finish, budgetSeconds * 1000 + 1000)
      const cancelled = token?.onCancellationRequested(finish)
      listeners.add(listener)
    })
  }

  /**
   * The document a request names: a client that sends no `textDocument.uri` gets InvalidParams, not a TypeError from
   * deep in a handler as an internal error.
   */
  function documentUri(params: unknown): string {
    const uri = (params as {textDocument?: {uri?: unknown} | null} | null | undefined)?.textDocument?.uri
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'the request names no document: `textDocument.uri` must be a string')
    return uri
  }

  /**
   * The kinds a code action request asks for: its `only` list, or `undefined` for every kind. Neovim 0.7's
   * `vim.lsp.buf.code_action({only = 'source.fixAll'})`, as its own help writes it, sends one kind as a string.
   */
  function kindsAsked(only: unknown): string[] | undefined {
    if (typeof only === 'string') return [only]
    return Array.isArray(only) ? only.filter((kind): kind is string => typeof kind === 'string') : undefined
  }

  /** The quick fixes of `diagnostics` whose fix still applies to the document's current text. */
  function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const actions: CodeAction[] = []
    const ignored = new Set<string>()
    for (const diagnostic of diagnostics) {
      const data = (diagnostic.data ?? publishedData(document, diagnostic)) as {expected?: unknown; actual?: unknown; version?: unknown; ignore?: unknown} | undefined
      if (typeof data !== 'object' || !data) continue
      // A diagnostic of another version: its range and places no longer mean the same text.
      if (typeof data.version === 'number' && data.version !== document.version) continue
      if (Array.isArray(data.expected)) actions.push(...replacements(document, diagnostic, data.expected, data.actual))
      const ignore = ignoreAction(document, diagnostic, data.ignore)
      // One per rule and block: two findings of a rule in one paragraph are dismissed by the same comment.
      const key = `${String(diagnostic.code)} ${(data.ignore as {line?: unknown} | undefined)?.line}`
      if (ignore && !ignored.has(key)) {
        ignored.add(key)
        actions.push(ignore)
      }
    }
    return actions
  }

  /**
   * The `data` of the diagnostic published for the current version with the same range, code and message, for a
   * client that sends diagnostics back without the `data` it was given (one that does not declare `dataSupport`): its
   * quick fixes were missing.
   */
  function publishedData(document: TextDocument, diagnostic: Diagnostic): unknown {
    const last = published.get(document.uri)
    if (!last || last.version !== document.version) return undefined
    const same = last.diagnostics.find(
      (candidate) =>
        candidate.code === diagnostic.code &&
        candidate.message === diagnostic.message &&
        candidate.range.start.line === diagnostic.range?.start?.line &&
        candidate.range.start.character === diagnostic.range?.start?.character &&
        candidate.range.end.line === diagnostic.range?.end?.line &&
        candidate.range.end.character === diagnostic.range?.end?.character
    )
    return same?.data
  }

  /** The quick fixes a diagnostic's `expected` texts make, while the text they replace is still what it was. */
  function replacements(document: TextDocument, diagnostic: Diagnostic, expected: unknown[], written: unknown): CodeAction[] {
    const actual = document.getText(diagnostic.range)
    if (typeof written === 'string' && written !== actual) return []
    const {start, end} = diagnostic.range
    if (end.line >= document.lineCount) return []
    const actions: CodeAction[] = []
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const title = replacement
        ? start.line === end.line && start.character === end.character
          ? `Insert ${shown(replacement)}`
          : `Replace ${shown(actual)} with ${shown(replacement)}`
        : `Remove ${shown(actual)}`
      const action = CodeAction.create(title, editOf(document, [TextEdit.replace(diagnostic.range, replacement)]), CodeActionKind.QuickFix)
      if (expected.length === 1) action.isPreferred = true
      actions.push(action)
    }
    return actions
  }

  /**
   * A text in an action's title, which editors show on one line: its first line that is not blank, and how many lines
   * it has when more (`Insert \`## Context\` (2 lines)`: the heading and its TODO prompt).
   */
  function shown(text: string): string {
    const lines = text.split(/\r\n|[\r\n]/)
    const first = lines.find((line) => line.trim() !== '') ?? ''
    const count = lines.filter((line) => line.trim() !== '').length
    return `\`${first.trim()}\`${count > 1 ? ` (${count} lines)` : ''}`
  }

  /**
   * `<!-- lint ignore <rule> -->` above the block the diagnostic is in (src/server/ignore-comment.ts), or the rule
   * added to the `lint ignore` comment already there; undefined when the worker gave no place for it.
   */
  function ignoreAction(document: TextDocument, diagnostic: Diagnostic, place: unknown): CodeAction | undefined {
    const rule = diagnostic.code
    if (typeof rule !== 'string' || !/^[\w-]+$/.test(rule) || typeof place !== 'object' || !place) return undefined
    const {line, block, comment, mdx} = place as Partial<IgnorePlace>
    if (typeof line !== 'number' || line < 0 || line >= document.lineCount || typeof block !== 'string') return undefined
    const eol = lineEndingOf(document.getText())
    // (MDX reads no HTML comment: its own form is an expression holding a comment.)
    const written = (rules: string) => (mdx ? `{/* lint ignore ${rules} */}` : `<!-- lint ignore ${rules} -->`)
    const title = `Ignore \`${rule}\` in this ${blockName(block)} (${mdx ? '{/* lint ignore */}' : '<!-- lint ignore -->'})`
    const edit =
      comment && Array.isArray(comment.rules)
        ? comment.rules.includes(rule)
          ? undefined
          : TextEdit.replace(Range.create(comment.start, comment.end), written([...comment.rules, rule].join(' ')))
        : TextEdit.insert(Position.create(line, 0), `${written(rule)}${eol}`)
    return edit ? CodeAction.create(title, editOf(document, [edit]), CodeActionKind.QuickFix) : undefined
  }

  /**
   * `source.fixAll`: every mechanical fix of the document's current diagnostics in one action, chosen as
   * `strategy-lint --fix` chooses in one pass (src/fix.ts: one `expected` each, no two overlapping); undefined with
   * fewer than `least`, or when the diagnostics are not those of the current version.
   */
  function fixAll(document: TextDocument, least: number): CodeAction | undefined {
    const last = published.get(document.uri)
    if (!last || last.version !== document.version) return undefined
    const text = document.getText()
    const fixable: FixableMessage[] = []
    for (const diagnostic of last.diagnostics) {
      const data = diagnostic.data as {expected?: unknown; actual?: unknown} | undefined
      if (typeof data !== 'object' || !data || !Array.isArray(data.expected)) continue
      const start = document.offsetAt(diagnostic.range.start)
      const end = document.offsetAt(diagnostic.range.end)
      if (typeof data.actual === 'string' && text.slice(start, end) !== data.actual) continue
      const point = (offset: number, position: Position) => ({line: position.line + 1, column: position.character + 1, offset})
      fixable.push({
        expected: data.expected as string[],
        place: {start: point(start, diagnostic.range.start), end: point(end, diagnostic.range.end)},
        ruleId: typeof diagnostic.code === 'string' ? diagnostic.code : undefined
      })
    }
    // chooseFixes lists the fixes back to front; an edit list is read front to back, and inserts at one place in order.
    const chosen = chooseFixes(text, fixable).reverse()
    if (chosen.length < least) return undefined
    const edits = chosen.map((edit) => TextEdit.replace(Range.create(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text))
    return CodeAction.create(`Fix all ${chosen.length} mechanical ${chosen.length === 1 ? 'problem' : 'problems'} (strategy-lint --fix)`, editOf(document, edits), CodeActionKind.SourceFixAll)
  }

  /** Before `initialize` and after `shutdown`, a request is an error (the protocol says so), answered rather than dropped. */
  function refuseOutsideSession(): void {
    if (!initialized) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send `initialize` first')
    if (shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down: send `exit`, or start it again')
  }

  connection.onShutdown(async () => {
    shuttingDown = true
    shutdownAsked = true
    if (wakeTimer) clearTimeout(wakeTimer)
    // Every format request still waiting or running is answered (with no edit): a client that formats on save and then
    // closes waits for that answer.
    for (const waiting of formats.splice(0)) waiting.done({id: -1, error: SHUT_DOWN})
    const stopped = Promise.all(
      slots.map((slot) => {
        const busy = slot.busy
        slot.busy = undefined
        if (busy) {
          clearTimeout(busy.timer)
          busy.done({id: busy.task.id, error: SHUT_DOWN})
        }
        return slot.worker?.terminate()
      })
    )
    // A worker blocked in a system call (a plugin reading a FIFO) cannot be stopped: answer anyway, so the client's
    // `exit` still ends the process.
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref())])
  })
  documents.listen(connection)
  connection.listen()
}
