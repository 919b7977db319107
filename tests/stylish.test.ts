/**
 * The terminal report (`--format stylish`): no padding to the longest
 * message, wrapping to the terminal's width when there is one, control
 * characters escaped, the counts at the end.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {runCli} from '../dist/src/cli/main.js'
import {formatStylish} from '../dist/src/formats/stylish.js'

afterAll(removeProjects)

function fileWith(path: string, messages: Array<{reason: string; line: number; fatal: boolean; ruleId: string}>): VFile {
  const file = new VFile({path})
  for (const {reason, line, fatal, ruleId} of messages) {
    file.message(reason, {place: {start: {line, column: 1}, end: {line, column: 9}}, ruleId, source: 'remark-lint'}).fatal = fatal
  }
  return file
}

const LONG = 'Section `Diagnosis` holds only its template prompt; replace the prompt with what it asks for: name the actual problem, not its symptoms'

describe('formatStylish', () => {
  it('piped: one line per message, place and severity aligned, the message never padded', () => {
    const file = fileWith('docs/a.md', [
      {reason: 'Short.', line: 2, fatal: false, ruleId: 'strategy-placeholder'},
      {reason: LONG, line: 10, fatal: true, ruleId: 'strategy-empty-section'}
    ])
    expect(formatStylish([file], {color: false, columns: undefined})).toBe(
      'docs/a.md\n' +
        '2:1-2:9    warning  Short.  strategy-placeholder\n' +
        `10:1-10:9  error    ${LONG}  strategy-empty-section\n` +
        '\n' +
        '2 messages (✖ 1 error, ⚠ 1 warning)\n'
    )
  })

  it('wide characters (Chinese, Japanese, emoji) take two columns each: no line is wider than the terminal', async () => {
    const {default: stringWidth} = await import('string-width')
    const reason = '`Improve developer productivity for 開発者体験チーム and 测试团队 across all offices 🚀🚀.` promises an improvement (`Improve`) with no target or deadline'
    const report = formatStylish([fileWith('c.md', [{reason, line: 3, fatal: false, ruleId: 'strategy-vague-goal'}])], {color: false, columns: 80})
    for (const line of report.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80)
    expect(report).toMatch(/開発者体験チーム/)
  })

  it('on a terminal, long messages wrap under the message column and no line is wider than the terminal', () => {
    const file = fileWith('a.md', [{reason: LONG, line: 10, fatal: true, ruleId: 'strategy-empty-section'}])
    const report = formatStylish([file], {color: false, columns: 60})
    const lines = report.split('\n')
    expect(lines[1]).toBe('10:1-10:9  error    Section `Diagnosis` holds only its')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60)
    expect(lines.slice(2, -3).every((line) => line.startsWith(' '.repeat(20)))).toBe(true)
    // The words, in order, and the rule id once.
    expect(lines.slice(1, -3).map((line, index) => (index === 0 ? line.slice(20) : line.trim())).join(' ')).toBe(`${LONG} strategy-empty-section`)
  })

  it('a terminal too narrow to wrap usefully keeps lines whole', () => {
    const file = fileWith('a.md', [{reason: LONG, line: 1, fatal: true, ruleId: 'strategy-empty-section'}])
    expect(formatStylish([file], {color: false, columns: 35}).split('\n')[1]).toBe(`1:1-1:9  error    ${LONG}  strategy-empty-section`)
  })

  it('escapes control characters in paths and messages; leaves files without messages out; nothing to say is empty', () => {
    const file = fileWith('evil\u001b[2J.md', [{reason: 'Bad \u0007 bell', line: 1, fatal: false, ruleId: 'x'}])
    const report = formatStylish([new VFile({path: 'clean.md'}), file], {color: false, columns: undefined})
    expect(report).toBe('evil\\x1b[2J.md\n1:1-1:9  warning  Bad \\x07 bell  x\n\n⚠ 1 warning\n')
    expect(formatStylish([new VFile({path: 'clean.md'})], {color: false, columns: undefined})).toBe('')
  })

  it('a file with more messages than a function call takes arguments', () => {
    const file = new VFile({path: 'big.md'})
    const template = file.message('TBD', {place: {line: 1, column: 1}, ruleId: 'strategy-placeholder'})
    template.fatal = false
    // Copies of one message (a VFileMessage captures a stack trace each, which would take most of the test's time).
    for (let line = 2; line <= 150_000; line++) file.messages.push(Object.assign(Object.create(template) as typeof template, {line, place: {line, column: 1}}))
    const report = formatStylish([file], {color: false, columns: undefined})
    expect(report.endsWith('\n⚠ 150000 warnings\n')).toBe(true)
    expect(report.split('\n')[150_000]).toBe('150000:1  warning  TBD  strategy-placeholder')
  })
})

describe.concurrent('the CLI report', () => {
  it('piped: no line is padded with trailing spaces', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').filter((line) => / $/.test(line))).toEqual([])
  })

  it('to a terminal of 80 columns, every line fits', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY})
    let stdout = ''
    const code = await runCli(['--concurrency', '1', '--time-budget', '0'], {cwd: dir, stdout: (text) => (stdout += text), stderr: () => {}, color: false, columns: 80})
    expect(code).toBe(1)
    expect(stdout).toMatch(/Missing section/)
    expect(stdout.split('\n').filter((line) => line.length > 80)).toEqual([])
  })
})
