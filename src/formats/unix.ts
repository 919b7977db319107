/**
 * `--format unix`: one line per message in the GNU form compilers use, `path:line:column: severity: message [rule]`,
 * which Vim's quickfix (`:make`, `errorformat`), Emacs's compilation mode, efm-langserver and ALE read without
 * configuration, and grep and awk split on `:`. Paths are relative to the working folder, as the editor that ran the
 * command resolves them; a message about the whole file is placed at 1:1. No summary line: every line is a message.
 * Control characters and line breaks are escaped as in the stylish report, so one message is always one line.
 *
 * The column counts bytes of the line's UTF-8, from 1, as Vim's quickfix reads `%c` (and clang writes it): counted in
 * characters, as the other reports do, `:cc` landed a word early after `Ça`, `🚀` or `团队` on the line.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {byPlace} from '../util.js'
import {escapeControls, placeOfMessage, severityOf} from './common.js'

function startOf(message: VFileMessage): {line: number; column: number} {
  const {line, column} = placeOfMessage(message)
  return line === undefined ? {line: 1, column: 1} : {line, column: column ?? 1}
}

/**
 * A column in characters (UTF-16 units, as the parser counts) as a column in UTF-8 bytes, on the file's text as the
 * parser read it (without a byte order mark, which Vim does not show either); the column as given when the text is
 * not at hand (a file that was not read) or the place is past it.
 */
function byteColumns(file: VFile): (line: number, column: number) => number {
  if (file.value === undefined || file.value === null) return (_line, column) => column
  const text = String(file.value).replace(/^\uFEFF/, '')
  const locate = location(text)
  return (line, column) => {
    const lineStart = locate.toOffset({line, column: 1})
    if (lineStart === undefined || column <= 1) return column
    const before = text.slice(lineStart, lineStart + column - 1)
    if (before.length < column - 1 || /[\r\n]/.test(before)) return column
    return Buffer.byteLength(before, 'utf8') + 1
  }
}

/** The report, one line per message, each ending with a newline; '' when no file has a message. */
export function formatUnix(files: readonly VFile[]): string {
  let out = ''
  for (const file of files) {
    const name = escapeControls(file.path.replace(/\n/g, '\\n')) || '<stdin>'
    const inBytes = byteColumns(file)
    for (const message of [...file.messages].sort(byPlace)) {
      const start = startOf(message)
      const {line} = start
      const column = inBytes(line, start.column)
      const rule = message.ruleId ?? message.source
      const text = escapeControls(message.reason).replace(/\n/g, ' ')
      out += `${name}:${line}:${column}: ${severityOf(message)}: ${text}${rule ? ` [${rule}]` : ''}\n`
    }
  }
  return out
}
