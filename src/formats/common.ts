/**
 * What every machine-readable report needs from a lint run: the files with
 * paths relative to the repository root, and their messages with severities
 * and 1-based positions.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {byPlace, realPathOr} from '../util.js'

export type Severity = 'error' | 'warning' | 'info'

export interface ReportMessage {
  /** The rule's id (`strategy-placeholder`), or the message's source when it has no rule. */
  ruleId: string
  reason: string
  severity: Severity
  /** 1-based; undefined when the message is about the whole file. */
  line: number | undefined
  column: number | undefined
  endLine: number | undefined
  endColumn: number | undefined
  url: string | undefined
}

export interface ReportFile {
  /** Path relative to the repository root, with `/` separators. */
  path: string
  /** Absolute path on disk. */
  absolute: string
  /** Whether `path` is inside the repository root (else it is the absolute path). */
  inRoot: boolean
  messages: ReportMessage[]
  /** Why the file was not checked (`no document type`), when it was not. */
  skipped: string | undefined
  /** The document type it was checked as. */
  type: string | undefined
  /** Its status (`draft`, `accepted`, ...), when it states one. */
  status: string | undefined
  /** Findings the suppressions file hides: SARIF reports them as suppressed, the other formats leave them out. */
  suppressed: ReportMessage[]
}

declare module 'vfile' {
  interface DataMap {
    /** Why strategy-lint did not check the file (`no document type`); set by the CLI, read by the reports. */
    strategySkipped: string
  }
}

export interface ReportInput {
  files: ReportFile[]
  /** The repository root (git top-level of the working folder, else the working folder), absolute. */
  root: string
  version: string
  /**
   * Why the run fails beyond its findings' errors: `3 warnings, more than --max-warnings 2`. A report that shows a
   * pass (JUnit's green cases, a ⚠️ summary) on a run that exits 1 reads as a pass.
   */
  runFailure?: string
  /** Warnings `--quiet` keeps out of the report. */
  hiddenWarnings?: number
}

/** Id given to messages that carry neither a rule id nor a source. */
const UNKNOWN_RULE = 'strategy-lint'

/**
 * The git top-level of `cwd`, else the nearest folder above it holding `.git` (a folder, or a file for worktrees and
 * submodules), else `cwd` itself; real paths, so symlinked temp folders compare equal. (Git refuses a repository
 * another user owns, as in a CI container job, and a job image may have no git: report paths then became relative to
 * the working folder, and GitHub annotations pointed at files that do not exist.)
 */
export function repositoryRoot(cwd: string): string {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000
    }).trim()
    if (top) return realPathOr(path.resolve(top))
  } catch {
    // Not a git repository, or git cannot answer: look for the repository's `.git` ourselves.
  }
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (holdsRepository(folder)) return realPathOr(path.resolve(folder))
    if (path.dirname(folder) === folder) return realPathOr(path.resolve(cwd))
  }
}

/**
 * Whether a folder is a repository's working tree root: it holds `.git`, a folder with a `HEAD`, or a file that points
 * to one (`gitdir: ...`, for worktrees and submodules). (A stray empty `.git` folder, which git itself says is no
 * repository, moved report paths and drew a warning.)
 */
export function holdsRepository(folder: string): boolean {
  const dotGit = path.join(folder, '.git')
  try {
    if (fs.statSync(dotGit).isDirectory()) return fs.existsSync(path.join(dotGit, 'HEAD'))
    return fs.readFileSync(dotGit, 'utf8').slice(0, 8) === 'gitdir: '
  } catch {
    return false
  }
}

export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

function byPlaceThenRule(a: ReportMessage, b: ReportMessage): number {
  return byPlace(a, b) || a.ruleId.localeCompare(b.ruleId)
}

/** Where a message is, 1-based, as every format writes it. */
export interface MessagePlace {
  /** Undefined when the message is about the whole file. */
  line: number | undefined
  column: number | undefined
  endLine: number | undefined
  endColumn: number | undefined
}

/**
 * A message's place, checked: other plugins of the remark configuration hand over what they like (line 0, column -1,
 * 2.5, an end before its start, an end with no column), which SARIF, GitHub and editors reject or misplace. A line that
 * is no whole number from 1 makes the message one about the whole file; a column that is none is left out; an end
 * before the start is left out.
 */
export function placeOfMessage(message: VFileMessage): MessagePlace {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const line = positive(start?.line ?? message.line)
  if (line === undefined) return {line: undefined, column: undefined, endLine: undefined, endColumn: undefined}
  const column = positive(start?.column ?? message.column)
  const endLine = positive(end?.line)
  const endColumn = endLine === undefined ? undefined : positive(end?.column)
  const endsAfter = endLine !== undefined && (endLine > line || (endLine === line && (endColumn === undefined || column === undefined || endColumn >= column)))
  return endsAfter ? {line, column, endLine, endColumn} : {line, column, endLine: undefined, endColumn: undefined}
}

/** A message's documentation address, when it is an absolute URL (a report's `helpUri` must be one; a plugin may give a path). */
/**
 * A message's docs address as an absolute URI that RFC 3986 allows (SARIF's `helpUri` must be one, and GitHub's upload
 * rejects a file with one that is not): another plugin's `https://wiki.example.com/règles/a b` becomes
 * `https://wiki.example.com/r%C3%A8gles/a%20b`. `URL` encodes what it must; the few ASCII characters it leaves
 * (`|`, `^`, a `%` not starting an escape) are encoded here.
 */
function absoluteUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || !/^[a-z][a-z\d+.-]*:/i.test(url) || !URL.canParse(url)) return undefined
  return new URL(url).href.replace(/%(?![\da-fA-F]{2})|[^\w\-.~:/?#[\]@!$&'()*+,;=%]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function toReportMessage(message: VFileMessage): ReportMessage {
  return {
    ruleId: message.ruleId ?? message.source ?? UNKNOWN_RULE,
    reason: message.reason,
    severity: severityOf(message),
    ...placeOfMessage(message),
    url: absoluteUrl(message.url)
  }
}

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined
}

/** Files and messages of a run, with paths relative to `root`. */
export function toReportInput(files: readonly VFile[], root: string, version: string): ReportInput {
  return {
    root,
    version,
    files: files.map((file) => {
      // The folder's real path, for the comparison with the root (a temporary folder reached through a link); the
      // file keeps its own name, so a linked file is named as the stylish report names it, not as its target.
      const given = path.resolve(file.cwd, file.path)
      const absolute = path.join(realPathOr(path.resolve(path.dirname(given))), path.basename(given))
      const relative = path.relative(root, absolute)
      const inRoot = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      return {
        path: inRoot ? relative.split(path.sep).join('/') : absolute.split(path.sep).join('/'),
        absolute,
        inRoot,
        messages: file.messages.map(toReportMessage).sort(byPlaceThenRule),
        skipped: file.data.strategySkipped,
        type: file.data.strategyType ?? undefined,
        status: file.data.strategyStatus ?? undefined,
        suppressed: (file.data.strategySuppressed ?? []).map(toReportMessage).sort(byPlaceThenRule)
      }
    })
  }
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const CONTROL_BUT_CR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * Control characters as `\xHH` (tab and line feed kept, and carriage return
 * when asked: each format decides about line breaks): a document's bytes
 * quoted in a message must not reach a terminal or a CI log as escape
 * sequences that recolour, hide or rewrite it.
 */
export function escapeControls(text: string, {keepCarriageReturn = false} = {}): string {
  return text.replace(keepCarriageReturn ? CONTROL_BUT_CR : CONTROL, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
