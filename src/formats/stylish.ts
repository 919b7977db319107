/**
 * The terminal report (`--format stylish`, the default). Written here rather
 * than taken from vfile-reporter, which pads every line to the longest
 * message of the run (316 columns on `npm start`, so every line wrapped in an
 * 80-column terminal) and has no width option:
 *
 * - one line per message: place, severity, message, rule id; the place and
 *   severity columns are aligned, the message is never padded;
 * - on a terminal (`columns` known), a message too long for it is wrapped at
 *   word boundaries, its continuation lines indented under the message; piped
 *   output (CI logs, grep) keeps one line per message;
 * - control characters in paths and messages are shown as `\xHH`, never sent
 *   to the terminal (a file name holding an escape sequence);
 * - files without messages are left out; the last line counts errors and
 *   warnings as vfile-reporter did (`3 messages (✖ 1 error, ⚠ 2 warnings)`).
 *
 * Linear in the number of messages: a report of 100,000 messages is one pass.
 */
import stringWidth from 'string-width'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {byPlace} from '../util.js'
import {escapeControls, placeOfMessage, severityOf} from './common.js'

export interface StylishOptions {
  color: boolean
  /** The terminal's width; undefined when the output is not a terminal (no wrapping). */
  columns: number | undefined
}

/** Narrower than this, wrapping would make a column of single words: lines are then left whole. */
const MIN_MESSAGE_WIDTH = 30

interface Style {
  underline: (text: string) => string
  red: (text: string) => string
  yellow: (text: string) => string
  dim: (text: string) => string
}

function style(color: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text)
  return {underline: wrap(4, 24), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22)}
}

function placeOf(message: VFileMessage): string {
  const {line, column, endLine, endColumn} = placeOfMessage(message)
  if (line === undefined) return '1:1'
  const start = `${line}:${column ?? 1}`
  return endLine === undefined || endColumn === undefined ? start : `${start}-${endLine}:${endColumn}`
}

/**
 * `text` broken at spaces into lines of at most `width` terminal columns (a longer word keeps a line of its own). Columns,
 * not characters: a Chinese or Japanese character or an emoji takes two, and a line of them counted as one each ran
 * past an 80-column terminal, which broke its hanging indent.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const word of text.split(' ')) {
    const columns = stringWidth(word)
    if (line === '') {
      line = word
      used = columns
    } else if (used + 1 + columns <= width) {
      line += ` ${word}`
      used += 1 + columns
    } else {
      lines.push(line)
      line = word
      used = columns
    }
  }
  lines.push(line)
  return lines
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The report, ending with a newline, or '' when no file has a message. */
export function formatStylish(files: readonly VFile[], options: StylishOptions): string {
  const paint = style(options.color)
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const file of files) {
    if (file.messages.length === 0) continue
    const messages = [...file.messages].sort(byPlace)
    const places = messages.map(placeOf)
    // A loop, not Math.max(...): a file may have more messages than a call can take arguments.
    let placeWidth = 0
    for (const place of places) placeWidth = Math.max(placeWidth, place.length)
    if (out.length > 0) out.push('')
    out.push(paint.underline(escapeControls(file.path.replace(/\n/g, '\\n')) || '<stdin>'))
    messages.forEach((message, index) => {
      const severity = severityOf(message)
      if (severity === 'error') errors++
      else if (severity === 'warning') warnings++
      else infos++
      const label = severity === 'error' ? paint.red('error  ') : severity === 'warning' ? paint.yellow('warning') : 'info   '
      const lead = `${places[index].padEnd(placeWidth)}  ${label}  `
      const indent = placeWidth + 2 + 7 + 2
      const rule = message.ruleId ?? message.source ?? ''
      const text = escapeControls(message.reason).replace(/\n/g, ' ')
      const room = options.columns === undefined ? undefined : options.columns - indent
      const width = room !== undefined && room >= MIN_MESSAGE_WIDTH ? room : undefined
      const lines = width === undefined ? [text] : wrap(text, width)
      const last = lines.length - 1
      // The rule id ends the message's last line, or has a line of its own when it does not fit there.
      if (rule && (width === undefined || stringWidth(lines[last]) + 2 + rule.length <= width)) lines[last] += `  ${paint.dim(rule)}`
      else if (rule) lines.push(paint.dim(rule))
      out.push(`${lead}${lines[0]}`)
      for (const line of lines.slice(1)) out.push(`${' '.repeat(indent)}${line}`)
    })
  }
  if (out.length === 0) return ''
  const total = errors + warnings + infos
  const parts = [errors > 0 ? paint.red(`✖ ${plural(errors, 'error')}`) : '', warnings > 0 ? paint.yellow(`⚠ ${plural(warnings, 'warning')}`) : '', infos > 0 ? plural(infos, 'info message') : ''].filter(
    Boolean
  )
  out.push('', parts.length > 1 ? `${plural(total, 'message')} (${parts.join(', ')})` : parts[0])
  return `${out.join('\n')}\n`
}
