/**
 * The one processor factory every engine run uses (src/engine/run.ts): remark
 * with the file's remark configuration, as unified-engine attaches it, and
 * around remark's parse and run what strategy-lint adds, in this order:
 *
 * 1. the plugins are attached (a missing plugin or a bad option stays a
 *    configuration error), with remark-lint-strategy added when the
 *    configuration does not list it;
 * 2. a UTF-16 file is decoded;
 * 3. a file the cache knows is replayed instead of parsed and checked;
 * 4. a file to be linted elsewhere (a worker process) is handed to `defer`,
 *    unless the pre-scan proves it untyped (src/engine/prescan.ts);
 * 5. the rest are parsed and checked, and an exception on one file (a stack
 *    overflow, a crashing rule) becomes one error on it instead of ending the
 *    run; a file that ran cleanly is stored in the cache.
 */
import type {Root} from 'mdast'
import {remark} from 'remark'
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import remarkLintStrategy from '../index.js'
import type {LintCache} from './cache.js'
import {usesStrategyPlugin} from './plugin-presence.js'
import {PRESCAN_KEY, prescanProvesUntyped, settlePrescanned} from './prescan.js'
import {decodeUtf16, failedMessage, holdsNulBytes, isConfigurationError, markNotText} from './run.js'
import {NOT_REGULAR} from './special-files.js'

/** What a run adds around each file's parse and check; every hook is optional. */
export interface FileHooks {
  /** `--cache`: files it knows are replayed, files that ran cleanly are remembered. */
  cache?: LintCache
  /** Files to lint elsewhere (worker processes), handed over instead of parsed here. */
  defer?: (file: VFile) => void
  /** A file starts parsing, or checking: a worker reports it, so the time budget is charged to that file. */
  onFile?: (file: VFile) => void
  /** A file was parsed and all its rules ran without an error. */
  onRan?: (file: VFile) => void
  /** The file's configuration is attached to its processor (`strategy-lint init` reads the configured types there). */
  onAttached?: (processor: object, file: VFile) => void
}

type Processor = ReturnType<typeof remark>
type Done = (error?: Error, tree?: unknown) => void

export function engineProcessor(hooks: FileHooks = {}): EngineOptions['processor'] {
  const base = remark()
  // Files whose parse was skipped (replayed, deferred) or failed: their rules do not run on the empty tree left in its place.
  const notParsed = new WeakSet<VFile>()
  return (() => {
    const one = base()
    // Nothing reads the tree but the rules: a file that can have no document type may skip the parse (src/engine/prescan.ts).
    one.data(PRESCAN_KEY as never, true as never)
    const parse = one.parse.bind(one)
    const run = one.run.bind(one)
    one.parse = ((file: VFile) => {
      attachPlugins(one, file)
      hooks.onAttached?.(one, file)
      // (Found to be no regular file as its batch was read, src/engine/run.ts `literalPath`: not read, nothing to parse.)
      if (file.data.strategySkipped === NOT_REGULAR) {
        notParsed.add(file)
        return emptyRoot()
      }
      decodeUtf16(file)
      if (holdsNulBytes(file)) {
        markNotText(file)
        notParsed.add(file)
        return emptyRoot()
      }
      const known = hooks.cache?.lookup(file, one.attachers, one.data('settings')) ?? false
      // A file the pre-scan proves untyped is linted here (an empty tree, nothing for a worker to do or a budget to bound).
      if (known || (hooks.defer && !prescanProvesUntyped(one, file))) {
        if (!known) hooks.defer!(file)
        notParsed.add(file)
        return emptyRoot()
      }
      hooks.onFile?.(file)
      try {
        return parse(file)
      } catch (error) {
        if (isConfigurationError(error)) throw error
        failedMessage(file, error, 'parsing')
        notParsed.add(file)
        return emptyRoot()
      }
    }) as typeof one.parse
    one.run = ((tree: Root, file: VFile, done: Done) => {
      if (hooks.cache?.replay(file) || notParsed.has(file)) {
        done(undefined, tree)
        return
      }
      // What the rules would find on the empty tree of a file the pre-scan proved untyped, without running them
      // (thirty rule wrappers and comment control per file: most of a run's files are such files).
      if (settlePrescanned(file)) {
        hooks.cache?.remember(file)
        hooks.onRan?.(file)
        done(undefined, tree)
        return
      }
      hooks.onFile?.(file)
      try {
        run(tree, file, (error, result) => {
          if (error && !isConfigurationError(error)) {
            failedMessage(file, error, 'checking')
            done(undefined, tree)
            return
          }
          if (!error) {
            hooks.cache?.remember(file)
            hooks.onRan?.(file)
          }
          done(error ?? undefined, result)
        })
      } catch (error) {
        if (isConfigurationError(error)) throw error
        failedMessage(file, error, 'checking')
        done(undefined, tree)
      }
    }) as unknown as typeof one.run
    return one
  }) as unknown as EngineOptions['processor']
}

/**
 * Attach the configured plugins (unified-engine defers that to the first
 * parse), outside any guard: a missing plugin or a bad option stays a
 * configuration problem. A configuration without this plugin (`{"plugins":
 * []}`, settings only) would check nothing and pass: strategy-lint always
 * runs the strategy rules, with their defaults; the rest of that
 * configuration applies.
 */
function attachPlugins(processor: Processor, file: VFile): void {
  if (!usesStrategyPlugin(processor)) {
    processor.use(remarkLintStrategy)
    file.data.strategyPluginAdded = true
  }
  processor.freeze()
}

function emptyRoot(): Root {
  return {type: 'root', children: []}
}
