/** `--suppress-all`, `--suppress-rule`, `--prune-suppressions`: the suppressions file (src/engine/suppressions.ts) in a run. */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {
  applySuppressions,
  countRecorded,
  DEFAULT_SUPPRESSIONS_FILE,
  missingFiles,
  pruneSuppressions,
  readSuppressions,
  recordSuppressions,
  SuppressionsError,
  unrecordedWithFindings,
  writeSuppressions,
  type Applied,
  type Suppressions
} from '../engine/suppressions.js'
import {oneLine} from '../util.js'
import {unknownRuleHint, type CliOptions} from './arguments.js'
import type {CliIo} from './io.js'

/**
 * Record, prune and apply the suppressions file (src/engine/suppressions.ts); says
 * on stderr what it wrote and what it hid when the report format cannot say
 * it. Undefined when the file cannot be read or written (exit 2).
 */
export function suppress(files: VFile[], options: CliOptions, io: CliIo): Applied | undefined {
  const {given, file, shown, recording} = suppressionsSetup(options, io)
  try {
    const suppressions = readAsAsked(options, io)
    // (Read before pruning drops the entries of missing files: what the run found where nothing is recorded.)
    const missingBefore = missingFiles(suppressions, io.cwd)
    if (recording || options.pruneSuppressions) refuseRecordedElsewhere(Object.keys(suppressions), file, shown, io.cwd, recording)
    const unrecorded = unrecordedWithFindings(suppressions, files, io.cwd)
    let recorded = 0
    if (recording) {
      const only = options.suppressAll ? undefined : new Set(options.suppressRules)
      recorded = countRecorded(files, only)
      recordSuppressions(suppressions, files, io.cwd, only)
      writeSuppressions(file, suppressions)
    } else if (options.pruneSuppressions) {
      const changed = pruneSuppressions(suppressions, files, io.cwd)
      writeSuppressions(file, suppressions)
      const moved = missingBefore.length > 0 && unrecorded.length > 0 ? `; ${movedHint(missingBefore, unrecorded, suppressions, true, given)}` : ''
      io.stderr(`strategy-lint: pruned ${changed} ${changed === 1 ? 'entry' : 'entries'} of ${shown} that no longer ${changed === 1 ? 'occurs' : 'occur'}${moved}\n`)
    }
    // (After recording and pruning, which may have dropped such an entry.)
    const unknown = unknownRuleNotice(suppressions, shown)
    if (unknown) io.stderr(`strategy-lint: ${unknown}\n`)
    const applied = applySuppressions(suppressions, files, io.cwd, (ruleId) => unknownRuleHint(ruleId) === undefined)
    if (recording) {
      // (With --suppress-rule over earlier entries, what this run recorded is fewer than what the file now hides.)
      const inAll = applied.suppressed !== recorded ? ` (${applied.suppressed} suppressed in all)` : ''
      io.stderr(`strategy-lint: recorded ${recorded} ${recorded === 1 ? 'finding' : 'findings'} in ${shown}${inAll}; later runs report only what is new\n`)
    }
    else if (applied.suppressed > 0 && options.format !== 'stylish') io.stderr(`strategy-lint: ${applied.suppressed} suppressed (recorded in ${shown})\n`)
    if (given === undefined && !recording && !options.pruneSuppressions && !fs.existsSync(file)) {
      const above = suppressionsAbove(io.cwd)
      const withFindings = files.filter((linted) => linted.messages.length > 0)
      if (above && withFindings.length > 0) io.stderr(`strategy-lint: ${aboveNotice(above, io.cwd)}\n`)
      // (Recorded from `docs/`, run from the top, as pre-commit and CI run: every recorded finding failed the hook unexplained.)
      const below = above ? undefined : suppressionsBelow(withFindings, io.cwd)
      if (below) io.stderr(`strategy-lint: ${belowNotice(below, io.cwd)}\n`)
    }
    if (!recording && !options.pruneSuppressions) {
      const missing = missingFiles(suppressions, io.cwd)
      if (missing.length > 0) io.stderr(`strategy-lint: ${missingNotice(missing, unrecorded, suppressions, file, shown, io.cwd, given)}\n`)
    }
    if (applied.nowErrors.length > 0) io.stderr(`strategy-lint: ${nowErrorsNotice(applied.nowErrors, shown)}\n`)
    if (applied.stale > 0) {
      io.stderr(`strategy-lint: ${applied.stale} suppressed ${applied.stale === 1 ? 'finding no longer occurs' : 'findings no longer occur'} as often as recorded in ${shown}; run with --prune-suppressions to lower the counts\n`)
    }
    return applied
  } catch (error) {
    io.stderr(`strategy-lint: ${error instanceof SuppressionsError ? error.message : `cannot write the suppressions file ${shown}: ${oneLine(error)}`}\n`)
    return undefined
  }
}

/** The suppressions file this run reads, as given and as shown, and whether it records findings in it. */
function suppressionsSetup(options: CliOptions, io: CliIo): {given: string | undefined; file: string; shown: string; recording: boolean} {
  const given = options.suppressionsLocation
  const file = path.resolve(io.cwd, given ?? DEFAULT_SUPPRESSIONS_FILE)
  return {given, file, shown: path.relative(io.cwd, file) || file, recording: options.suppressAll || options.suppressRules.length > 0}
}

/** The suppressions as this run may read them; a SuppressionsError when it may not (missing where required, broken). */
function readAsAsked(options: CliOptions, io: CliIo): Suppressions {
  const {given, file, recording} = suppressionsSetup(options, io)
  if (given === undefined && (recording || options.pruneSuppressions)) refuseBelowAbove(file, io.cwd, recording)
  return readSuppressions(file, (given !== undefined && !recording) || options.pruneSuppressions)
}

/**
 * Whether the suppressions file can be read as this run asks, said on stderr when not: checked before `--fix` writes
 * anything, so that a run that ends with exit 2 for it has changed no document.
 */
export function suppressionsReadable(options: CliOptions, io: CliIo): boolean {
  try {
    readAsAsked(options, io)
    return true
  } catch (error) {
    if (!(error instanceof SuppressionsError)) throw error
    io.stderr(`strategy-lint: ${error.message}\n`)
    return false
  }
}

/**
 * Recording or pruning with the default file from below the repository's suppressions file: recording made a second
 * file here, which the run from the top never reads, and pruning found no file. Refused, with the folder to run from.
 */
function refuseBelowAbove(file: string, cwd: string, recording: boolean): void {
  if (fs.existsSync(file)) return
  const above = suppressionsAbove(cwd)
  if (above) {
    const folder = path.relative(cwd, path.dirname(above))
    throw new SuppressionsError(
      `not ${recording ? 'recorded' : 'pruned'}: no suppressions file in this folder; ${path.join(folder, DEFAULT_SUPPRESSIONS_FILE)} is the one above it, and its paths are relative to ${folder}: run from there (\`cd ${folder}\`)${recording ? ', or give --suppressions-location to keep a file of its own here' : ''}`
    )
  }
  if (!recording) throw new SuppressionsError(`nothing to prune: there is no suppressions file ${DEFAULT_SUPPRESSIONS_FILE} in this folder; record one with --suppress-all`)
}

/**
 * Recording or pruning from another folder than the one the file's paths are relative to (`--suppressions-location
 * ../strategy-lint-suppressions.json` from `docs/`): pruning dropped every entry as a file gone, and recording added
 * paths relative to this folder beside them. Refused, with the folder to run from.
 */
function refuseRecordedElsewhere(keys: readonly string[], file: string, shown: string, cwd: string, recording: boolean): void {
  const folder = recordedFromElsewhere(keys, file, cwd)
  if (folder === undefined) return
  throw new SuppressionsError(
    `not ${recording ? 'recorded' : 'pruned'}: the paths in ${shown} are relative to the folder they were recorded from (${folder}), where its files are, not to this one; run from there (\`cd ${folder}\`)`
  )
}

/**
 * The folder, relative to `cwd`, that the suppressions file's paths are relative to, when it is not `cwd`: more of its
 * recorded files are found from the file's own folder than from here. (Counted over every entry: requiring all the
 * missing ones to be found there let a prune from below through once one recorded file was deleted, the very case
 * pruning is for, and a share of them refused a file kept in `docs/` and used from the top after a move.)
 */
function recordedFromElsewhere(keys: readonly string[], file: string, cwd: string): string | undefined {
  const recordedFrom = path.dirname(file)
  if (recordedFrom === cwd || keys.length === 0) return undefined
  const foundFrom = (folder: string) => keys.filter((key) => fs.existsSync(path.resolve(folder, key))).length
  return foundFrom(recordedFrom) > foundFrom(cwd) ? path.relative(cwd, recordedFrom) || recordedFrom : undefined
}

/**
 * The suppressions file of a folder above the working one, up to the repository's top (a folder holding `.git`): a run
 * started in `docs/` (an editor task, a shell left there) reads none, and reported every recorded finding unexplained.
 */
function suppressionsAbove(cwd: string): string | undefined {
  let folder = cwd
  while (!fs.existsSync(path.join(folder, '.git'))) {
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
    const candidate = path.join(folder, DEFAULT_SUPPRESSIONS_FILE)
    if (fs.existsSync(candidate)) return candidate
  }
  return undefined
}

/** A suppressions file in a folder between the working folder and a linted file with findings (the first found), if any. */
function suppressionsBelow(files: readonly VFile[], cwd: string): string | undefined {
  const asked = new Set<string>()
  for (const file of files) {
    for (let folder = path.dirname(path.resolve(cwd, file.path)); folder !== cwd && !asked.has(folder); folder = path.dirname(folder)) {
      if (path.relative(cwd, folder).startsWith('..') || path.dirname(folder) === folder) break
      asked.add(folder)
      const candidate = path.join(folder, DEFAULT_SUPPRESSIONS_FILE)
      if (fs.existsSync(candidate)) return candidate
    }
  }
  return undefined
}

function belowNotice(below: string, cwd: string): string {
  const folder = path.relative(cwd, path.dirname(below))
  return `no suppressions file in this folder, so none was applied; ${path.join(folder, DEFAULT_SUPPRESSIONS_FILE)} was recorded from ${folder}, and its paths are relative to it: run from there (\`cd ${folder}\`), or record the findings again from here (\`strategy-lint --suppress-all\`) and delete it`
}

function aboveNotice(above: string, cwd: string): string {
  const folder = path.relative(cwd, path.dirname(above))
  return `no suppressions file in this folder, so none was applied; ${path.join(folder, DEFAULT_SUPPRESSIONS_FILE)} is the one above it, and its paths are relative to ${folder}: run from there (\`cd ${folder}\`)`
}

/**
 * Findings recorded as warnings that are errors now: most often a document recorded while a draft (whose errors are
 * warnings) and accepted since. They are reported, not hidden: the baseline was a draft's.
 */
function nowErrorsNotice(pairs: ReadonlyArray<{file: string; ruleId: string}>, shown: string): string {
  const files = [...new Set(pairs.map((pair) => pair.file))]
  const rules = [...new Set(pairs.map((pair) => pair.ruleId))]
  const which = `${rules.join(', ')} in ${named(files)}`
  // (One command records them all: the rules named, over the files named.)
  const command = `strategy-lint ${rules.map((rule) => `--suppress-rule ${rule}`).join(' ')} ${files.join(' ')}`
  return (
    `the findings of ${which} were recorded in ${shown} as warnings and are errors now (a draft since accepted, ` +
    `or a rule made an error): they are reported; fix them, or record them again (\`${command}\`)`
  )
}

/**
 * Why recorded files are not found: the suppressions were recorded from the folder that holds the file and this run
 * starts elsewhere (its paths are relative to the working folder of the run that recorded them), or the files were
 * renamed or deleted; a new file at an old path would be covered by the old counts, unnoticed.
 */
function missingNotice(missing: readonly string[], unrecorded: readonly string[], suppressions: Suppressions, file: string, shown: string, cwd: string, given: string | undefined): string {
  const folder = recordedFromElsewhere(Object.keys(suppressions), file, cwd)
  if (folder !== undefined) {
    return `the files recorded in ${shown} are not found from this folder: its paths are relative to the folder they were recorded from (${folder}); run from there, or record again from here`
  }
  const gone = `${count(missing.length, 'file')} recorded in ${shown} no longer ${missing.length === 1 ? 'exists' : 'exist'} (${named(missing)})`
  if (unrecorded.length > 0) return `${gone}, and ${count(unrecorded.length, 'file')} with findings ${unrecorded.length === 1 ? 'has' : 'have'} no entry (${named(unrecorded)}); ${movedHint(missing, unrecorded, suppressions, false, given)}`
  return `${gone}; run with --prune-suppressions to drop ${missing.length === 1 ? 'its entries' : 'their entries'}`
}

/**
 * Recorded files gone and files with findings not recorded, in one run: most likely the same files, moved or renamed
 * (`git mv docs/adr docs/decisions`). Pruning alone drops their entries and reports their findings as new; the way to
 * move the entries is to record the new paths and prune the old ones. `pruned`: the old ones are already dropped.
 */
function movedHint(missing: readonly string[], unrecorded: readonly string[], suppressions: Suppressions, pruned: boolean, given: string | undefined): string {
  const paths = pathsToRecord(unrecorded, missing, suppressions)
  // (The file named as this run named it: followed without it, the command recorded into a second, default file.)
  const location = given === undefined ? '' : ` --suppressions-location ${given}`
  const record = `record them at their new paths with \`strategy-lint --suppress-all${location} ${paths}\``
  if (pruned) return `the ${count(unrecorded.length, 'file')} with findings and no entry (${named(unrecorded)}) may be the same files moved or renamed: ${record}`
  return `if they were moved or renamed, ${record}, then run with --prune-suppressions${location} to drop the old paths (pruning alone drops their entries, and their findings are reported as new)`
}

/**
 * What to give `--suppress-all` to record the unrecorded files: the files when they are few, else their folders when
 * no file still recorded is in them (recording a folder records all its files' findings again, new ones included).
 */
function pathsToRecord(unrecorded: readonly string[], missing: readonly string[], suppressions: Suppressions): string {
  if (unrecorded.length <= 3) return unrecorded.join(' ')
  const folders = [...new Set(unrecorded.map((key) => path.posix.dirname(key)))]
  const gone = new Set(missing)
  const kept = Object.keys(suppressions).filter((key) => !gone.has(key))
  const clear = folders.every((folder) => folder !== '.' && !kept.some((key) => key.startsWith(`${folder}/`)))
  return folders.length <= 3 && clear ? folders.join(' ') : '<the new paths>'
}

/** `docs/a.md`, or `docs/a.md and 10 more`. */
function named(keys: readonly string[]): string {
  return `${keys[0]}${keys.length > 1 ? ` and ${keys.length - 1} more` : ''}`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * Rule ids of the file that name none of ours (`strategy-placeholdr`, hand-edited): such an entry suppresses nothing,
 * so say which, where, and what was likely meant, once for the run.
 */
function unknownRuleNotice(suppressions: Suppressions, shown: string): string | undefined {
  const unknown: Array<{key: string; ruleId: string; hint: string}> = []
  for (const [key, rules] of Object.entries(suppressions)) {
    for (const ruleId of Object.keys(rules)) {
      const hint = unknownRuleHint(ruleId)
      if (hint) unknown.push({key, ruleId, hint})
    }
  }
  const [first] = unknown
  if (!first) return undefined
  const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown ${unknown.length === 2 ? 'id' : 'ids'})` : ''
  return `${shown} names an unknown rule \`${first.ruleId}\` for ${first.key}${more}, which suppresses nothing; correct the id in the file (${first.hint}), or run with --prune-suppressions to drop the entry`
}
