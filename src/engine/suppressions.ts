/**
 * Bulk suppressions, as ESLint has them: a team adopting the linter on old
 * documents records today's findings once (`--suppress-all`, or one rule at
 * a time with `--suppress-rule`) and from then on only new problems fail the
 * run. The file (`strategy-lint-suppressions.json` in the working folder, or
 * `--suppressions-location`) counts findings per file and rule:
 *
 *   {"docs/payments-strategy.md": {"strategy-vague-goal": {"count": 2, "warnings": 2}}}
 *
 * `warnings` (written when some were) says how many of them were warnings when recorded: a document recorded as a
 * draft, whose errors were warnings then, fails once it is accepted (docs/status.md promises so), since errors beyond
 * those recorded are not hidden. An entry without it (as ESLint writes them) hides errors and warnings alike.
 *
 * A later run hides a file's findings of a rule while there are no more of
 * them than the count; when there are more, it reports all of them, since it
 * cannot tell which are new (ESLint does the same). Counts that are higher
 * than what occurs are left for `--prune-suppressions` to lower, and the run
 * says so. Paths are relative to the working folder, with `/`, so the file
 * can be committed. A file given with `--suppressions-location` that does not
 * exist, or any suppressions file that cannot be read as this format, is a
 * one-line error: never a silent pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {FIX_FAILED, NOT_LINTED} from './run.js'
import {jsonSyntaxError} from './json-syntax.js'
import {makeFolders} from './special-files.js'
import {realPathOr} from '../util.js'

/** The default suppressions file, in the working folder. */
export const DEFAULT_SUPPRESSIONS_FILE = 'strategy-lint-suppressions.json'

/** One file's findings of one rule: how many, and how many of them were warnings, when some were. */
export interface SuppressionEntry {
  count: number
  warnings?: number
}

/** file (relative, `/`) -> rule id -> entry. */
export type Suppressions = Record<string, Record<string, SuppressionEntry>>

export class SuppressionsError extends Error {
  override name = 'SuppressionsError'
}


/** Findings that are never suppressed: a file that could not be linted, or fixed, is not a finding to live with. */
function suppressible(message: VFileMessage): message is VFileMessage & {ruleId: string} {
  return typeof message.ruleId === 'string' && !NOT_LINTED.has(message.ruleId) && message.ruleId !== FIX_FAILED
}

/**
 * Whether `file` was linted: one that was not has no findings to count, so its recorded suppressions are neither stale
 * nor pruned (a file over the time budget on a loaded CI machine wiped its baseline when the advice was followed).
 */
function linted(file: VFile): boolean {
  // (A fatal message with no rule: the file could not be read, a broken link or no permission.)
  return !file.messages.some((message) => (typeof message.ruleId === 'string' ? NOT_LINTED.has(message.ruleId) : message.fatal === true))
}

function isCount(value: unknown): value is SuppressionEntry {
  if (typeof value !== 'object' || value === null) return false
  const {count, warnings} = value as {count?: unknown; warnings?: unknown}
  if (!Number.isSafeInteger(count) || (count as number) <= 0) return false
  return warnings === undefined || (Number.isSafeInteger(warnings) && (warnings as number) >= 0 && (warnings as number) <= (count as number))
}

/** How many of an entry's findings may be errors: all, unless it says how many were warnings. */
function errorsAllowed(entry: SuppressionEntry): number {
  return entry.count - (entry.warnings ?? 0)
}

/**
 * Read the suppressions at `file`. Missing: empty when `required` is false (the
 * default location), else an error. Anything but the format above: an error
 * naming the first thing wrong.
 */
export function readSuppressions(file: string, required: boolean): Suppressions {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as {code?: string}).code === 'ENOENT' && !required) return {}
    throw new SuppressionsError(`cannot read the suppressions file ${file}: ${(error as Error).message.split('\n')[0]}`)
  }
  let data: unknown
  try {
    // (Without the byte order mark Windows editors put first, which JSON does not allow and no one sees.)
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const where = jsonSyntaxError(text) ?? (error as Error).message.split('\n')[0]
    throw new SuppressionsError(`the suppressions file ${file} is not valid JSON (${where}); fix it, or delete it and run --suppress-all again`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SuppressionsError(`the suppressions file ${file} must be an object of files, such as {"docs/a.md": {"strategy-vague-goal": {"count": 2}}}`)
  }
  const result: Suppressions = {}
  for (const [name, rules] of Object.entries(data)) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      throw new SuppressionsError(`the suppressions file ${file}: \`${name}\` must map rule ids to {"count": n}`)
    }
    const key = normalKey(name)
    // (An absolute path matches no file: keys are relative to the folder the findings were recorded from.)
    if (path.posix.isAbsolute(key) || /^[A-Za-z]:\//.test(key)) {
      throw new SuppressionsError(`the suppressions file ${file}: \`${name}\` is an absolute path; write it relative to the folder the findings are recorded from (such as \`docs/x.md\`)`)
    }
    for (const [ruleId, entry] of Object.entries(rules as Record<string, unknown>)) {
      if (!isCount(entry)) {
        throw new SuppressionsError(`the suppressions file ${file}: \`${name}\` \`${ruleId}\` must be {"count": n} with a whole n >= 1, and {"count": n, "warnings": w} with w from 0 to n`)
      }
      // (Two spellings of one file, `docs/x.md` and `./docs/x.md`, with one rule: the larger count, as either allowed it.)
      const rules = (result[key] ??= {})
      const earlier = rules[ruleId]
      rules[ruleId] = !earlier || entry.count > earlier.count ? withWarnings(entry.count, entry.warnings) : earlier
    }
  }
  return result
}

/**
 * A recorded path as `suppressionKey` writes it, however it was edited by hand: `./docs/x.md`, `docs/adr/../adr/x.md`
 * and `docs\\x.md` are `docs/x.md` and `docs/adr/x.md`, so they match the file (and are written back so).
 */
function normalKey(name: string): string {
  const key = path.posix.normalize(name.replace(/\\/g, '/'))
  return key === '.' ? name : key
}

/** Write `suppressions` with sorted keys, so the file diffs well in review. */
export function writeSuppressions(file: string, suppressions: Suppressions): void {
  const sorted: Suppressions = {}
  for (const name of Object.keys(suppressions).sort()) {
    const rules = suppressions[name]
    const ids = Object.keys(rules).sort()
    if (ids.length === 0) continue
    sorted[name] = Object.fromEntries(ids.map((id) => [id, rules[id]]))
  }
  makeFolders(path.dirname(file))
  // Through a symbolic link (a file shared between repositories), the file it names is written and the link kept.
  const target = realPathOr(file)
  const temporary = `${target}.${process.pid}.tmp`
  try {
    fs.writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`)
    fs.renameSync(temporary, target)
  } catch (error) {
    // (Not left in the repository for `git add .` to pick up: a full disk or a read-only file left one per run.)
    fs.rmSync(temporary, {force: true})
    throw error
  }
}

/** The key of a linted file: its path relative to the working folder, with `/`. */
export function suppressionKey(file: VFile, cwd: string): string {
  return path.relative(cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
}

/** An entry of `count` findings, `warnings` of them warnings: the field is written only when some are. */
function withWarnings(count: number, warnings: number | undefined): SuppressionEntry {
  return warnings ? {count, warnings} : {count}
}

/** How many suppressible findings of each rule a file has, and how many of them are errors. */
function countByRule(file: VFile): Map<string, {count: number; errors: number}> {
  const counts = new Map<string, {count: number; errors: number}>()
  for (const message of file.messages) {
    if (!suppressible(message)) continue
    const counted = counts.get(message.ruleId) ?? {count: 0, errors: 0}
    counted.count++
    if (message.fatal === true) counted.errors++
    counts.set(message.ruleId, counted)
  }
  return counts
}

/**
 * Record the findings of `files` (every rule, or the rules in `only`): their
 * counts replace the recorded ones for those files and rules; other entries
 * stay, and so do all of a file that could not be linted (it has no findings to
 * count: recording over it wiped its baseline).
 */
export function recordSuppressions(suppressions: Suppressions, files: readonly VFile[], cwd: string, only?: ReadonlySet<string>): void {
  for (const file of files) {
    if (!linted(file)) continue
    const key = suppressionKey(file, cwd)
    const counts = countByRule(file)
    const rules = (suppressions[key] ??= {})
    for (const ruleId of Object.keys(rules)) if ((!only || only.has(ruleId)) && !counts.has(ruleId)) delete rules[ruleId]
    for (const [ruleId, {count, errors}] of counts) if (!only || only.has(ruleId)) rules[ruleId] = withWarnings(count, count - errors)
    if (Object.keys(rules).length === 0) delete suppressions[key]
  }
}

/** How many findings `recordSuppressions` records for `files` (every rule, or the rules in `only`). */
export function countRecorded(files: readonly VFile[], only?: ReadonlySet<string>): number {
  let count = 0
  for (const file of files) {
    if (!linted(file)) continue
    for (const message of file.messages) if (suppressible(message) && (!only || only.has(message.ruleId))) count++
  }
  return count
}

/**
 * Lower the counts of `files` to what occurs now, and drop entries of files
 * that no longer exist. Returns how many entries changed.
 */
export function pruneSuppressions(suppressions: Suppressions, files: readonly VFile[], cwd: string): number {
  let changed = 0
  for (const file of files) {
    const key = suppressionKey(file, cwd)
    const rules = suppressions[key]
    if (!rules || !linted(file)) continue
    const counts = countByRule(file)
    for (const [ruleId, entry] of Object.entries(rules)) {
      const now = counts.get(ruleId)?.count ?? 0
      if (now >= entry.count) continue
      changed++
      // (Lowered with the errors it allowed kept where they fit: what was a warning when recorded stays one.)
      if (now === 0) delete rules[ruleId]
      else rules[ruleId] = withWarnings(now, Math.max(0, now - errorsAllowed(entry)))
    }
    if (Object.keys(rules).length === 0) delete suppressions[key]
  }
  for (const key of Object.keys(suppressions)) {
    if (!fs.existsSync(path.resolve(cwd, key))) {
      changed += Object.keys(suppressions[key]).length
      delete suppressions[key]
    }
  }
  return changed
}

/** The linted files with findings that have no entry: next to missing ones, likely the same files moved or renamed. */
export function unrecordedWithFindings(suppressions: Suppressions, files: readonly VFile[], cwd: string): string[] {
  const keys: string[] = []
  for (const file of files) {
    const key = suppressionKey(file, cwd)
    if (!suppressions[key] && linted(file) && file.messages.some((message) => suppressible(message))) keys.push(key)
  }
  return keys
}

/** The recorded files that do not exist from `cwd` (renamed, deleted, or recorded from another folder). */
export function missingFiles(suppressions: Suppressions, cwd: string): string[] {
  return Object.keys(suppressions).filter((key) => !fs.existsSync(path.resolve(cwd, key)))
}

export interface Applied {
  /** Findings hidden because the file had no more of their rule than recorded. */
  suppressed: number
  /** File and rule pairs that have fewer findings than recorded: `--prune-suppressions` would lower them. */
  stale: number
  /** File and rule pairs whose findings were recorded as warnings and are errors now (a draft since accepted): reported. */
  nowErrors: Array<{file: string; ruleId: string}>
}

/**
 * Hide the findings the suppressions cover, in place. An entry whose rule is not `known` (a misspelt id) hides
 * nothing and is not counted stale: the run names it once, on its own.
 */
export function applySuppressions(suppressions: Suppressions, files: readonly VFile[], cwd: string, known: (ruleId: string) => boolean = () => true): Applied {
  const applied: Applied = {suppressed: 0, stale: 0, nowErrors: []}
  for (const file of files) {
    const key = suppressionKey(file, cwd)
    const rules = suppressions[key]
    if (!rules || !linted(file)) continue
    const counts = countByRule(file)
    const hidden = new Set<string>()
    for (const [ruleId, entry] of Object.entries(rules)) {
      const {count: now, errors} = counts.get(ruleId) ?? {count: 0, errors: 0}
      if (now < entry.count && known(ruleId)) applied.stale++
      if (now === 0 || now > entry.count) continue
      if (errors > errorsAllowed(entry)) applied.nowErrors.push({file: key, ruleId})
      else hidden.add(ruleId)
    }
    if (hidden.size === 0) continue
    const suppressed: VFileMessage[] = []
    file.messages = file.messages.filter((message) => {
      if (!suppressible(message) || !hidden.has(message.ruleId)) return true
      applied.suppressed++
      suppressed.push(message)
      return false
    })
    // (Kept for SARIF, whose consumers close a result that disappears as fixed, but keep one marked suppressed.)
    file.data.strategySuppressed = suppressed
  }
  return applied
}

declare module 'vfile' {
  interface DataMap {
    /** The findings the suppressions file hid on this file (src/formats/sarif.ts reports them as suppressed). */
    strategySuppressed: VFileMessage[]
  }
}
