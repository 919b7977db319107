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
 * The same problem at the same place gets the same fingerprint on every run,
 * so GitLab can tell new issues from old ones; identical messages on one line
 * are told apart by their occurrence number.
 */
export function fingerprint(file: string, ruleId: string, line: number, reason: string, occurrence: number): string {
  const parts = [file, ruleId, String(line), reason]
  if (occurrence > 0) parts.push(String(occurrence))
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}

export function gitlabIssues(input: ReportInput): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = []
  for (const file of input.files) {
    const seen = new Map<string, number>()
    for (const message of file.messages) {
      const line = message.line ?? 1
      const key = [message.ruleId, line, message.reason].join('\0')
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      issues.push({
        description: message.reason,
        check_name: message.ruleId,
        fingerprint: fingerprint(file.path, message.ruleId, line, message.reason, occurrence),
        severity: SEVERITIES[message.severity],
        location: {path: file.path, lines: {begin: line}}
      })
    }
  }
  return issues
}

export function formatGitlab(input: ReportInput): string {
  return `${JSON.stringify(gitlabIssues(input), null, 2)}\n`
}
