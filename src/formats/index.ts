/** The machine-readable report formats of `strategy-lint --format`. */
import type {ReportInput} from './common.js'
import {formatGithub} from './github.js'
import {formatGitlab} from './gitlab.js'
import {formatJunit} from './junit.js'
import {formatMarkdown} from './markdown.js'
import {formatSarif} from './sarif.js'

export {holdsRepository, repositoryRoot, toReportInput} from './common.js'
export type {ReportFile, ReportInput, ReportMessage} from './common.js'

export const REPORT_FORMATS = ['sarif', 'github', 'junit', 'gitlab', 'markdown'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const FORMATTERS: Record<ReportFormat, (input: ReportInput) => string> = {
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
  markdown: formatMarkdown
}

export function formatReport(format: ReportFormat, input: ReportInput): string {
  return FORMATTERS[format](input)
}
