/** `--suppress-all`, `--suppress-rule`, `--prune-suppressions`: the suppressions file (src/engine/suppressions.ts) in a run. */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {applySuppressions, countRecorded, DEFAULT_SUPPRESSIONS_FILE, missingFiles, pruneSuppressions, readSuppressions, recordSuppressions, SuppressionsError, writeSuppressions, type Applied} from '../engine/suppressions.js'
import {oneLine} from '../util.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'

/**
 * Record, prune and apply the suppressions file (src/engine/suppressions.ts); says
 * on stderr what it wrote and what it hid when the report format cannot say
 * it. Undefined when the file cannot be read or written (exit 2).
 */
export function suppress(files: VFile[], options: CliOptions, io: CliIo): Applied | undefined {
  const given = options.suppressionsLocation
  const file = path.resolve(io.cwd, given ?? DEFAULT_SUPPRESSIONS_FILE)
  const shown = path.relative(io.cwd, file) || file
  const recording = options.suppressAll || options.suppressRules.length > 0
  try {
    const suppressions = readSuppressions(file, (given !== undefined && !recording) || options.pruneSuppressions)
    let recorded = 0
    if (recording) {
      const only = options.suppressAll ? undefined : new Set(options.suppressRules)
      recorded = countRecorded(files, only)
      recordSuppressions(suppressions, files, io.cwd, only)
      writeSuppressions(file, suppressions)
    } else if (options.pruneSuppressions) {
      const changed = pruneSuppressions(suppressions, files, io.cwd)
      writeSuppressions(file, suppressions)
      io.stderr(`strategy-lint: pruned ${changed} ${changed === 1 ? 'entry' : 'entries'} of ${shown} that no longer occur\n`)
    }
    const applied = applySuppressions(suppressions, files, io.cwd)
    if (recording) {
      // (With --suppress-rule over earlier entries, what this run recorded is fewer than what the file now hides.)
      const inAll = applied.suppressed !== recorded ? ` (${applied.suppressed} suppressed in all)` : ''
      io.stderr(`strategy-lint: recorded ${recorded} ${recorded === 1 ? 'finding' : 'findings'} in ${shown}${inAll}; later runs report only what is new\n`)
    }
    else if (applied.suppressed > 0 && options.format !== 'stylish') io.stderr(`strategy-lint: ${applied.suppressed} suppressed (recorded in ${shown})\n`)
    if (!recording && !options.pruneSuppressions) {
      const missing = missingFiles(suppressions, io.cwd)
      if (missing.length > 0) io.stderr(`strategy-lint: ${missingNotice(missing, file, shown, io.cwd)}\n`)
    }
    if (applied.stale > 0) {
      io.stderr(`strategy-lint: ${applied.stale} suppressed ${applied.stale === 1 ? 'finding no longer occurs' : 'findings no longer occur'} as often as recorded in ${shown}; run with --prune-suppressions to lower the counts\n`)
    }
    return applied
  } catch (error) {
    io.stderr(`strategy-lint: ${error instanceof SuppressionsError ? error.message : `cannot write the suppressions file ${shown}: ${oneLine(error)}`}\n`)
    return undefined
  }
}

/**
 * Why recorded files are not found: the suppressions were recorded from the folder that holds the file and this run
 * starts elsewhere (its paths are relative to the working folder of the run that recorded them), or the files were
 * renamed or deleted; a new file at an old path would be covered by the old counts, unnoticed.
 */
function missingNotice(missing: readonly string[], file: string, shown: string, cwd: string): string {
  const recordedFrom = path.dirname(file)
  if (recordedFrom !== cwd && missing.every((key) => fs.existsSync(path.resolve(recordedFrom, key)))) {
    const folder = path.relative(cwd, recordedFrom) || recordedFrom
    return `the files recorded in ${shown} are not found from this folder: its paths are relative to the folder they were recorded from (${folder}); run from there, or record again from here`
  }
  const named = `${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''}`
  return `${missing.length} ${missing.length === 1 ? 'file' : 'files'} recorded in ${shown} no longer ${missing.length === 1 ? 'exists' : 'exist'} (${named}); run with --prune-suppressions to drop ${missing.length === 1 ? 'its entries' : 'their entries'}`
}
