/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice`
 * line per message, which the runner turns into annotations on the file and
 * lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import {HOW_TO_DECLARE_TYPE, NO_TYPE} from '../types/doc-types.js'
import {escapeControls} from './common.js'
import type {ReportInput, ReportMessage, Severity} from './common.js'

const COMMANDS: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * The message part: `%`, CR and LF are the characters a command line cannot
 * hold; other control characters are shown as `\xHH`, or an escape sequence
 * quoted from a document would recolour or hide the runner's log.
 */
export function escapeData(value: string): string {
  return escapeControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** A property value: as data, and also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function properties(file: string, message: ReportMessage): string {
  // Columns only for a range on one line: the runner drops `col` and `endColumn` when `endLine` differs from `line`
  // (actions/runner's ValidateLinesAndColumns), so a report that gives them there says what is not shown.
  const oneLine = message.endLine === undefined || message.endLine === message.line
  const entries: Array<[string, string | number | undefined]> = [
    ['file', file],
    ['line', message.line],
    ['col', oneLine ? message.column : undefined],
    ['endLine', message.endLine],
    ['endColumn', oneLine ? message.endColumn : undefined],
    ['title', message.ruleId]
  ]
  return entries
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
}

export function formatGithub(input: ReportInput): string {
  let out = ''
  for (const file of input.files) {
    for (const message of file.messages) {
      out += `::${COMMANDS[message.severity]} ${properties(file.path, message)}::${escapeData(message.reason)}\n`
    }
  }
  return out === '' ? nothingCheckedNotice(input) : out
}

/**
 * A run that checked nothing because no type applies to any of its files, and has nothing else to say: one notice,
 * or the job's log and annotations stay empty and it passes as if every document were fine.
 */
function nothingCheckedNotice(input: ReportInput): string {
  if (input.files.some((file) => file.type !== undefined || file.skipped === undefined)) return ''
  const untyped = input.files.filter((file) => file.skipped?.startsWith(NO_TYPE)).length
  if (untyped === 0) return ''
  const files = `${untyped} Markdown ${untyped === 1 ? 'file' : 'files'}`
  return `::notice title=strategy-lint::${escapeData(`0 documents checked: no document type applies to the ${files} found; to check them, ${HOW_TO_DECLARE_TYPE}`)}\n`
}
