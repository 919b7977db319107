/**
 * A language-server worker thread (started by src/server/lsp.ts): checks one
 * document at a time with unified-engine, the way remark-language-server does
 * (the workspace's `remark`, its configuration, the built-in fallback of
 * src/server/server.ts), and posts back LSP diagnostics. It runs off the server's
 * main thread so that a document the parser is slow on never stops the
 * server from answering; the main thread ends a worker that runs past the
 * time budget and starts a fresh one.
 */
import path from 'node:path'
import {Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {parentPort} from 'node:worker_threads'
import {loadPlugin} from 'load-plugin'
import {remark} from 'remark'
import {engine, type Options as EngineOptions, type Preset} from 'unified-engine'
import {fromPoint, fromPosition} from 'unist-util-lsp'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Diagnostic} from 'vscode-languageserver/node.js'
import {titleNamesNote} from '../types/doc-types.js'
import {setupProblem} from '../engine/setup-problem.js'
import {checkedStrategyOptions} from '../engine/run.js'
import {costlyIgnorePattern, folderSetupFiles, specialSetupFile} from '../engine/special-files.js'
import {forgetProjectRoots} from '../model/project-root.js'
import {FixPasses} from '../fix.js'
import remarkLintStrategy from '../index.js'
import {addInstalledSyntax, remarkServerOptions, zeroConfigFallback} from './server.js'
import {ignorePlace, rememberBlocks} from './ignore-comment.js'

export interface CheckSettings {
  requireConfig: boolean
  ignorePath: string | undefined
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
}

export interface CheckTask {
  id: number
  /** Absolute path of the document, or undefined for a document that is not a file (`untitled:`). */
  filePath: string | undefined
  /** The folder unified-engine runs in (the workspace folder). */
  cwd: string
  text: string
  settings: CheckSettings
  /** Format: also return the document as the processor prints it. */
  format: boolean
  /** Fix all: return the document with every mechanical fix applied, pass after pass, as `strategy-lint --fix` does. */
  fix?: boolean
}

export type CheckReply =
  | {id: number; started: true}
  | {id: number; diagnostics: Diagnostic[]; output: string | undefined; applied?: number}
  | {id: number; error: string}

const sink = () => new Writable({write: (_chunk, _encoding, done) => done()})

/** The workspace's `remark`, or this package's when the workspace has none (as remark-language-server does). */
async function loadProcessor(cwd: string): Promise<EngineOptions['processor']> {
  try {
    return (await loadPlugin(remarkServerOptions.processorName, {
      from: pathToFileURL(cwd + '/'),
      key: remarkServerOptions.processorSpecifier
    })) as EngineOptions['processor']
  } catch {
    return remark as unknown as EngineOptions['processor']
  }
}

/**
 * Format Document on a draft: unified-engine prints no file with a fatal message, and remark-lint makes every finding
 * of severity error one, so a document with a missing section was left unformatted, silently. A finding is not a parse
 * failure: for a format request (whose diagnostics are dropped), remark-lint's findings are made non-fatal once every
 * transformer has run, and the document is printed. (Not a plugin: a preset attaches its rules while the processor
 * freezes, after any plugin given here, so they would report after it ran.) A parse or plugin failure, which has no
 * `remark-lint` source, still leaves the document as it is.
 */
function printingDespiteFindings(factory: EngineOptions['processor']): EngineOptions['processor'] {
  type Run = (tree: unknown, file: VFile, done: (error?: Error | null, tree?: unknown) => void) => void
  return (() => {
    const one = (factory as unknown as () => {run: Run})()
    const run = one.run.bind(one) as Run
    one.run = (tree, file, done) =>
      run(tree, file, (error, result) => {
        for (const message of file.messages) if (message.source === 'remark-lint' && message.fatal === true) message.fatal = false
        done(error, result)
      })
    return one
  }) as unknown as EngineOptions['processor']
}

/** The engine over one file. `quiet` and a reporter that prints nothing: nothing is written to a stream nobody reads. */
async function checkFile(task: CheckTask, file: VFile): Promise<void> {
  const {settings} = task
  // A FIFO or a link to /dev/zero among the configurations would hold this thread until the time budget, and the
  // diagnostic would then blame the document's Markdown: name the file instead, before anything reads it.
  const reads = {configuration: true, remarkignore: settings.ignorePath === undefined, gitignore: false}
  const given = settings.ignorePath === undefined ? [] : [{file: path.resolve(task.cwd, settings.ignorePath), as: 'an ignore file (ignorePath)'}]
  const special =
    specialSetupFile([...given, ...folderSetupFiles([path.resolve(task.cwd, task.filePath!)], reads)], (found) => path.relative(task.cwd, found) || found) ??
    // (An ignore pattern that takes minutes to match would hold it too, and be blamed on the Markdown.)
    costlyIgnorePattern([task.filePath!], task.cwd, settings.ignorePath)
  if (special) {
    const message = file.message(special, {ruleId: 'configuration', source: 'strategy-lint'})
    message.fatal = true
    return
  }
  const processor = await loadProcessor(task.cwd)
  await new Promise<void>((resolve) => {
    engine(
      {
        processor: task.format ? printingDespiteFindings(processor) : processor,
        files: [file],
        cwd: task.cwd,
        alwaysStringify: task.format,
        rcName: remarkServerOptions.rcName,
        packageField: remarkServerOptions.packageField,
        ignoreName: remarkServerOptions.ignoreName,
        pluginPrefix: remarkServerOptions.pluginPrefix,
        configTransform: (config: unknown, filePath: string) => checkedStrategyOptions(config, filePath, task.cwd) as Preset,
        plugins: [zeroConfigFallback as never, rememberBlocks as never],
        ignoreUnconfigured: settings.requireConfig,
        ignorePath: settings.ignorePath,
        ignorePathResolveFrom: settings.ignorePathResolveFrom,
        silentlyIgnore: true,
        quiet: true,
        output: false,
        out: false,
        reporter: () => '',
        streamError: sink(),
        streamOut: sink()
      },
      (error) => {
        if (error) file.message(error).fatal = true
        resolve()
      }
    )
  })
}

/** A document that is not a file (`untitled:`): the built-in setup, as for a file with no configuration. */
async function checkUntitled(task: CheckTask, file: VFile): Promise<void> {
  const processor = remark().use(remarkLintStrategy).use(rememberBlocks)
  try {
    const tree = processor.parse(file)
    await processor.run(tree, file)
    if (task.format) file.value = processor.stringify(tree, file)
  } catch (error) {
    file.message(error as Error).fatal = true
  }
}

/** As unified-language-server turns a vfile message into a diagnostic, plus the text the quick fix replaces. */
export function toDiagnostic(message: VFileMessage, text: string, file?: VFile): Diagnostic {
  const place = message.place
  const range = withByteOrderMark(
    place
      ? 'start' in place
        ? fromPosition(place)
        : {start: fromPoint(place), end: fromPoint(place)}
      : {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    text
  )
  // (The parser counts offsets from after a byte order mark, as the CLI's --fix does.)
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const diagnostic: Diagnostic = {
    range,
    message: message.reason,
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  // (An engine error, such as a configuration that cannot be parsed, has none: shown unattributed beside ours.)
  diagnostic.source = message.source ?? 'strategy-lint'
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.expected) {
    const start = place && 'start' in place ? place.start.offset : undefined
    const end = place && 'start' in place ? place.end.offset : undefined
    diagnostic.data = {
      expected: message.expected,
      // What the quick fix replaces: checked again when a code action is asked for.
      actual: start !== undefined && end !== undefined ? body.slice(start, end) : undefined
    }
  }
  // Where `<!-- lint ignore <rule> -->` would dismiss a finding that has no mechanical fix (src/server/ignore-comment.ts);
  // one that has, is fixed.
  const ignore = message.expected ? undefined : ignorePlace(message, file?.data.strategyBlocks)
  if (ignore) diagnostic.data = {ignore}
  // (A broken configuration or a plugin it lists that is not installed: the chain of causes in one line, and how to get
  // the plugin, say all, with no stack; as the CLI says it. The engine's own reason alone, `Cannot process file`, says
  // nothing of which file or why.)
  const setup = setupProblem(message)
  if (setup && setup !== message.reason) diagnostic.message = setup.startsWith(message.reason) ? setup : `${message.reason}: ${setup}`
  else if (typeof message.cause === 'object' && message.cause && 'stack' in message.cause) {
    diagnostic.message += '\n' + String(message.cause.stack)
  }
  if (message.note) diagnostic.message += '\n' + message.note
  return diagnostic
}

/**
 * A range in the editor's text when that text starts with a byte order mark (a client that does not strip it): the
 * parser counts the first line's columns from after the mark, the editor from before it, so they move one on.
 */
function withByteOrderMark(range: Diagnostic['range'], text: string): Diagnostic['range'] {
  if (!text.startsWith('\uFEFF')) return range
  const moved = (position: Diagnostic['range']['start']) => (position.line === 0 ? {line: 0, character: position.character + 1} : position)
  return {start: moved(range.start), end: moved(range.end)}
}

async function check(task: CheckTask): Promise<CheckReply> {
  if (task.fix) return fixAll(task)
  const file = await checked(task, task.text)
  const diagnostics = file.messages.map((message) => toDiagnostic(message, task.text, file))
  const unchecked = notCheckedHint(file)
  return {id: task.id, diagnostics: unchecked ? [...diagnostics, unchecked] : diagnostics, output: task.format ? String(file) : undefined}
}

/**
 * A page titled like a strategy or a vision that no type reads (`# Cody strategy`): a hint that it was not checked and
 * how to check it, where a writer saw nothing and took the page for clean. (Any other untyped Markdown stays silent:
 * the server is often attached to every Markdown file, and a hint on each README would be noise.)
 */
function notCheckedHint(file: VFile): Diagnostic | undefined {
  const titled = file.data.strategyType === null ? file.data.strategyTitleNames : undefined
  if (typeof titled !== 'string') return undefined
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: 4,
    source: 'strategy-lint',
    code: 'no-document-type',
    message: `Not checked, no document type: ${titleNamesNote(titled, file.data.strategyTomlFrontMatter === true)}`
  }
}

/** The document's text checked as the editor's diagnostics are. */
async function checked(task: CheckTask, text: string): Promise<VFile> {
  forgetProjectRoots()
  const file = new VFile({cwd: task.cwd, path: task.filePath, value: text})
  if (task.filePath) await checkFile(task, file)
  else await checkUntitled(task, file)
  return file
}

/**
 * `source.fixAll` asked for by kind (on save, from a key): the passes `strategy-lint --fix` makes (src/fix.ts), with
 * the workspace's configuration; the missing sections held back while a heading's level is fixed come in a later pass.
 * The output is the fixed text, and `applied` how many fixes it holds.
 */
async function fixAll(task: CheckTask): Promise<CheckReply> {
  const bom = task.text.startsWith('\uFEFF') ? '\uFEFF' : ''
  const passes = new FixPasses(task.text.slice(bom.length))
  for (let linted = passes.text; ; linted = passes.text) {
    const file = await checked(task, bom + linted)
    if (passes.next(file.messages) === undefined && passes.text === linted) return {id: task.id, diagnostics: [], output: bom + linted, applied: passes.applied}
  }
}

// Before the first check, as part of loading: the installed syntax packages, recognised next to this build's.
await addInstalledSyntax()

const port = parentPort!
port.on('message', (task: CheckTask) => {
  // The time budget starts now, not while the thread was still loading its modules.
  port.postMessage({id: task.id, started: true} satisfies CheckReply)
  check(task).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({id: task.id, error: error instanceof Error ? error.stack ?? error.message : String(error)})
  )
})
