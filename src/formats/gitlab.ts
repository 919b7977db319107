/**
 * GitLab Code Quality (a subset of the Code Climate format): a JSON array of
 * issues, each with a description, check name, stable fingerprint, severity
 * and location (https://docs.gitlab.com/ci/testing/code_quality/).
 */
import {createHash} from 'node:crypto'
import type {ReportInput, Severity} from './common.js'

const SEVERITIES: Record<Severity, 'major' | 'minor' | 'info'> = {error: 'major', warning: 'minor', info: 'info'}

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'major' | 'minor' | 'info'
  location: {path: string; lines: {begin: number}}
}

/**
 * The same problem gets the same fingerprint on every run, so GitLab can tell new issues from old ones: a hash of the
 * path, the rule and the message, without its line, and without what a numbered series adds (`unnumbered`). With the
 * line, a sentence added at the top of a document changed every fingerprint below it, and GitLab's merge request
 * showed each problem as fixed and again as new. Identical messages in one file are told apart by their order.
 */
export function fingerprint(file: string, ruleId: string, reason: string, occurrence: number): string {
  const parts = [file, ruleId, reason]
  if (occurrence > 0) parts.push(String(occurrence))
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}

/**
 * A message without what changes when text elsewhere in the file is edited: what a numbered series adds to it, the
 * count (`(2/5) Missing section ...`) and the pointer to a member given before (`add it after \`Diagnosis\` (reported
 * above)`), and the line of another place it names (`first at line 7`).
 */
function unnumbered(reason: string): string {
  return reason
    .replace(/^\(\d+\/\d+\) /, '')
    .replaceAll(' (reported above)', '')
    // (`first at line 7`, `opened at line 12`: the line of another place, which moves with the text above it too.)
    .replace(/\bline \d+\b/g, 'line N')
}

export function gitlabIssues(input: ReportInput): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = []
  for (const file of input.files) {
    const seen = new Map<string, number>()
    for (const message of file.messages) {
      const reason = unnumbered(message.reason)
      const key = [message.ruleId, reason].join('\0')
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      issues.push({
        description: message.reason,
        check_name: message.ruleId,
        fingerprint: fingerprint(file.path, message.ruleId, reason, occurrence),
        severity: SEVERITIES[message.severity],
        location: {path: file.path, lines: {begin: message.line ?? 1}}
      })
    }
  }
  return issues
}

export function formatGitlab(input: ReportInput): string {
  return `${JSON.stringify(gitlabIssues(input), null, 2)}\n`
}
