/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice`
 * line per message, which the runner turns into annotations on the file and
 * lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
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
  const entries: Array<[string, string | number | undefined]> = [
    ['file', file],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
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
  return out
}
