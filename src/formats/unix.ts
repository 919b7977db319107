/**
 * `--format unix`: one line per message in the GNU form compilers use, `path:line:column: severity: message [rule]`,
 * which Vim's quickfix (`:make`, `errorformat`), Emacs's compilation mode, efm-langserver and ALE read without
 * configuration, and grep and awk split on `:`. Paths are relative to the working folder, as the editor that ran the
 * command resolves them; a message about the whole file is placed at 1:1. No summary line: every line is a message.
 * Control characters and line breaks are escaped as in the stylish report, so one message is always one line.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {byPlace} from '../util.js'
import {escapeControls, placeOfMessage, severityOf} from './common.js'

function startOf(message: VFileMessage): {line: number; column: number} {
  const {line, column} = placeOfMessage(message)
  return line === undefined ? {line: 1, column: 1} : {line, column: column ?? 1}
}

/** The report, one line per message, each ending with a newline; '' when no file has a message. */
export function formatUnix(files: readonly VFile[]): string {
  let out = ''
  for (const file of files) {
    const name = escapeControls(file.path.replace(/\n/g, '\\n')) || '<stdin>'
    for (const message of [...file.messages].sort(byPlace)) {
      const {line, column} = startOf(message)
      const rule = message.ruleId ?? message.source
      const text = escapeControls(message.reason).replace(/\n/g, ' ')
      out += `${name}:${line}:${column}: ${severityOf(message)}: ${text}${rule ? ` [${rule}]` : ''}\n`
    }
  }
  return out
}
