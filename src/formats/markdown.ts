/**
 * `--format markdown`: a summary people read in a pull request, short enough
 * for `$GITHUB_STEP_SUMMARY` or a PR comment. One table of the checked files
 * (type, status, errors, warnings; a file that could not be checked says so),
 * then the findings of each file with problems in a collapsed block, at most
 * MAX_FINDINGS per file; files no type applies to are counted in one line, not
 * listed in the table, and their findings are shown as any file's.
 */
import {HOW_TO_DECLARE_TYPE, NO_TYPE} from '../types/doc-types.js'
import {escapeControls} from './common.js'
import type {ReportFile, ReportInput, ReportMessage} from './common.js'

/** Findings shown per file; the rest are counted. */
export const MAX_FINDINGS = 20

/**
 * Text safe in a list item: one line, control characters as `\xHH`, and `<`
 * outside code spans written as an entity, so `<Reduce|Increase>` is not taken
 * for HTML (inside a code span an entity would show as written, and `<` is
 * safe there).
 */
function inline(text: string): string {
  return escapeControls(text.replace(/\r\n|[\r\n]/g, ' '))
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('')
}

/** Text safe in a table cell: as `inline`, with `|` escaped (GFM reads `\|` as a pipe even in a code span there). */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

/** A file path as inline code: a backtick run longer than any in the path. */
function code(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text
  return `${fence}${escapeControls(padded.replace(/\r\n|[\r\n]/g, ' '))}${fence}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function count(file: ReportFile, severity: ReportMessage['severity']): number {
  return file.messages.filter((message) => message.severity === severity).length
}

function finding(message: ReportMessage): string {
  const where = message.line === undefined ? 'file' : `line ${message.line}`
  return `- **${message.severity}** ${where}: ${inline(message.reason)} (${code(message.ruleId)})`
}

/** Files the run meant to check and could not (a broken link, a file over the time budget, a parse that failed): their errors say why. */
function notChecked(file: ReportFile): boolean {
  return file.type === undefined && file.skipped === undefined
}

export function formatMarkdown(input: ReportInput): string {
  const checked = input.files.filter((file) => file.type !== undefined)
  const unchecked = input.files.filter(notChecked)
  // Over every file, as the exit code: an untyped file's unknown `type:` is an error, its missing type a warning.
  const errors = input.files.reduce((sum, file) => sum + count(file, 'error'), 0)
  const warnings = input.files.reduce((sum, file) => sum + count(file, 'warning'), 0)
  const withProblems = input.files.filter((file) => file.messages.length > 0)
  // Nothing checked because no type applies to any file: a green tick would read as a pass.
  const nothingTyped = checked.length + unchecked.length === 0 && input.files.some((file) => file.skipped?.startsWith(NO_TYPE))
  const verdict = errors > 0 || input.runFailure !== undefined ? '❌' : warnings + (input.hiddenWarnings ?? 0) > 0 || nothingTyped ? '⚠️' : '✅'
  // (`--quiet` keeps warnings out of the report; `0 warnings` over hidden ones would read as none.)
  const hidden = input.hiddenWarnings ? ` (${input.hiddenWarnings} not shown: --quiet)` : ''
  const totals = errors + warnings + (input.hiddenWarnings ?? 0) > 0 ? `: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${hidden}` : nothingTyped ? '' : ', no problems'
  const notCheckedCount = unchecked.length > 0 ? `, ${unchecked.length} could not be checked` : ''
  const lines = [`### ${verdict} strategy-lint: ${plural(checked.length, 'document')} checked${notCheckedCount}${totals}`, '']
  if (input.runFailure !== undefined) lines.push(`The run fails: ${inline(input.runFailure)}.`, '')
  if (checked.length + unchecked.length > 0) {
    lines.push('| Document | Type | Status | Errors | Warnings |', '| --- | --- | --- | ---: | ---: |')
    for (const file of [...checked, ...unchecked]) {
      const type = notChecked(file) ? 'not checked' : (file.type ?? '—')
      lines.push(`| ${code(file.path).replace(/\|/g, '\\|')} | ${cell(type)} | ${cell(file.status ?? '—')} | ${count(file, 'error')} | ${count(file, 'warning')} |`)
    }
    lines.push('')
  }
  // By why: no type applies (`no document type`, with its detail), or the configuration turns every rule off.
  const reasons = new Map<string, number>()
  for (const file of input.files) {
    if (file.skipped === undefined) continue
    const reason = file.skipped.startsWith(NO_TYPE) ? NO_TYPE : file.skipped
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
  for (const [reason, count] of reasons) lines.push(`${plural(count, 'Markdown file')} skipped: ${reason}.`, '')
  if (nothingTyped) lines.push(`To check them, ${inline(HOW_TO_DECLARE_TYPE)}.`, '')
  for (const file of withProblems) {
    const shown = file.messages.slice(0, MAX_FINDINGS)
    lines.push(
      '<details>',
      `<summary>${escapeControls(file.path.replace(/\r\n|[\r\n]/g, ' ')).replace(/&/g, '&amp;').replace(/</g, '&lt;')}: ${plural(count(file, 'error'), 'error')}, ${plural(count(file, 'warning'), 'warning')}</summary>`,
      '',
      ...shown.map(finding)
    )
    if (file.messages.length > shown.length) lines.push(`- … and ${file.messages.length - shown.length} more (run \`strategy-lint\` locally for all)`)
    lines.push('', '</details>', '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
