/**
 * JUnit XML, for CI systems that show test reports: one test suite per file;
 * in it one test case per rule that reported, listing its messages, which
 * fails when the rule reported an error (warnings alone do not fail a run, so
 * they do not fail a test: they are in the case's `system-out`), or one
 * passing test case when the file has no messages. A file no document type
 * applies to was not checked: its suite holds one skipped test case, and a
 * failing one for each rule that reported an error on it.
 */
import {escapeControls} from './common.js'
import type {ReportFile, ReportInput, ReportMessage} from './common.js'

/**
 * Text and attribute values: the five special characters, and no characters
 * XML 1.0 forbids (control characters shown as `\xHH`, as the other formats
 * show them; lone surrogates and U+FFFE/U+FFFF as U+FFFD). A carriage return
 * is written as a character reference: a raw one is read as a line feed (XML
 * 1.0, 2.11 End-of-Line Handling), so `\r\n` in a message lost its `\r`.
 */
export function escapeXml(value: string): string {
  return escapeControls(value, {keepCarriageReturn: true})
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
}

/**
 * An attribute value: escaped as text, and its tabs and line breaks as character references, which a parser keeps (it
 * turns a raw one into a space, so a file named with a line break no longer matched its path).
 */
export function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

/** The name of the passing test case of a file without messages. */
export const CLEAN_CASE = 'strategy-lint'

function place(message: ReportMessage): string {
  if (message.line === undefined) return '1:1'
  return `${message.line}:${message.column ?? 1}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The messages of a file by rule, in the order the rules first report. */
function byRule(messages: readonly ReportMessage[]): Map<string, ReportMessage[]> {
  const grouped = new Map<string, ReportMessage[]>()
  for (const message of messages) {
    const list = grouped.get(message.ruleId)
    if (list) list.push(message)
    else grouped.set(message.ruleId, [message])
  }
  return grouped
}

function lines(file: ReportFile, messages: readonly ReportMessage[]): string {
  return messages.map((message) => `${file.path}:${place(message)} ${message.severity} ${message.reason}`).join('\n')
}

/** One test case for one rule's messages: failing when one is an error, else passing with the messages as its output. */
function ruleCase(file: ReportFile, ruleId: string, messages: readonly ReportMessage[]): {xml: string; failed: boolean} {
  const name = escapeAttribute(file.path)
  const count = (severity: ReportMessage['severity']) => messages.filter((message) => message.severity === severity).length
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')]
  const summary = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
    infos > 0 ? plural(infos, 'info message') : ''
  ]
    .filter(Boolean)
    .join(', ')
  const body = lines(file, messages)
  const result =
    errors > 0
      ? `      <failure type="error" message="${escapeAttribute(summary)}">${escapeXml(body)}</failure>\n`
      : `      <system-out>${escapeXml(`${summary}\n${body}`)}</system-out>\n`
  return {xml: `    <testcase name="${escapeAttribute(ruleId)}" classname="${name}" file="${name}" time="0">\n${result}    </testcase>`, failed: errors > 0}
}

/**
 * A file no type applies to: one skipped case, its warnings as that case's output; and a failing case for each rule
 * that reported an error on it (a front matter's unknown `type:`), so a run that exits 1 for it does not look green.
 */
function skippedSuite(file: ReportFile): {xml: string; tests: number; failures: number} {
  const name = escapeAttribute(file.path)
  const failing = [...byRule(file.messages)].filter(([, messages]) => messages.some((message) => message.severity === 'error'))
  const failingRules = new Set(failing.map(([ruleId]) => ruleId))
  const body = lines(file, file.messages.filter((message) => !failingRules.has(message.ruleId)))
  const cases = [
    `    <testcase name="${CLEAN_CASE}" classname="${name}" file="${name}" time="0">\n` +
      `      <skipped message="${escapeAttribute(`Not checked: ${file.skipped}`)}"/>\n` +
      (body ? `      <system-out>${escapeXml(body)}</system-out>\n` : '') +
      `    </testcase>`,
    ...failing.map(([ruleId, messages]) => ruleCase(file, ruleId, messages).xml)
  ]
  return {
    xml: `  <testsuite name="${name}" tests="${cases.length}" failures="${failing.length}" errors="0" skipped="1" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    tests: cases.length,
    failures: failing.length
  }
}

export function formatJunit(input: ReportInput): string {
  const suites: string[] = []
  let totalTests = 0
  let totalFailures = 0
  let totalSkipped = 0
  for (const file of input.files) {
    if (file.skipped !== undefined) {
      const suite = skippedSuite(file)
      suites.push(suite.xml)
      totalTests += suite.tests
      totalFailures += suite.failures
      totalSkipped += 1
      continue
    }
    const name = escapeAttribute(file.path)
    const cases: string[] = []
    let failures = 0
    for (const [ruleId, messages] of byRule(file.messages)) {
      const testCase = ruleCase(file, ruleId, messages)
      cases.push(testCase.xml)
      if (testCase.failed) failures++
    }
    if (cases.length === 0) cases.push(`    <testcase name="${CLEAN_CASE}" classname="${name}" file="${name}" time="0"/>`)
    totalTests += cases.length
    totalFailures += failures
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
        `${cases.join('\n')}\n` +
        `  </testsuite>`
    )
  }
  // The run's own verdict (`--max-warnings`): warnings pass their cases, so without a failing case of its own a run
  // that exits 1 showed all green.
  if (input.runFailure !== undefined) {
    const failure = escapeAttribute(input.runFailure)
    suites.push(
      `  <testsuite name="strategy-lint" tests="1" failures="1" errors="0" skipped="0" time="0">\n` +
        `    <testcase name="max-warnings" classname="strategy-lint" time="0">\n` +
        `      <failure type="max-warnings" message="${failure}">${escapeXml(input.runFailure)}</failure>\n` +
        `    </testcase>\n` +
        `  </testsuite>`
    )
    totalTests += 1
    totalFailures += 1
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="strategy-lint" tests="${totalTests}" failures="${totalFailures}" errors="0" skipped="${totalSkipped}" time="0">\n` +
    (suites.length > 0 ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  )
}
