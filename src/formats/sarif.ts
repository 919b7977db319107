/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF consumers:
 * one run; the tool's rules with ids, names, descriptions, help URLs and
 * default levels; each message as a result with its rule, level, text and
 * region, located relative to the repository root (`%SRCROOT%`).
 */
import {pathToFileURL} from 'node:url'
import {rules} from '../rules.js'
import type {ReportInput, ReportMessage, Severity} from './common.js'

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/remark-lint-strategy/remark-lint-strategy'
export const SRCROOT = '%SRCROOT%'

type Level = 'error' | 'warning' | 'note'

interface SarifRule {
  id: string
  name: string
  shortDescription: {text: string; markdown?: string}
  helpUri?: string
  /** `enabled: false` for an opt-in rule, which runs only when the configuration turns it on. */
  defaultConfiguration: {level: Level; enabled?: false}
}

const LEVELS: Record<Severity, Level> = {error: 'error', warning: 'warning', info: 'note'}

/** `strategy-section-order` -> `StrategySectionOrder`: SARIF's `name` is a readable identifier. */
function ruleName(id: string): string {
  const name = id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')
  return name || id
}

function packageRules(): SarifRule[] {
  return rules.map((rule) => ({
    id: rule.ruleId,
    name: ruleName(rule.ruleId),
    shortDescription: {text: rule.description.replace(/`/g, ''), markdown: rule.description},
    helpUri: rule.url,
    defaultConfiguration: {level: rule.defaultSeverity === 'error' ? 'error' : 'warning', ...(rule.meta.optIn ? {enabled: false as const} : {})}
  }))
}

/** A rule of another plugin (from the project's remark configuration), described by its first message. */
function foreignRule(message: ReportMessage): SarifRule {
  return {
    id: message.ruleId,
    name: ruleName(message.ruleId),
    shortDescription: {text: message.ruleId},
    ...(message.url ? {helpUri: message.url} : {}),
    defaultConfiguration: {level: LEVELS[message.severity]}
  }
}

/** A relative path as a URI reference: each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function region(message: ReportMessage) {
  if (message.line === undefined) return undefined
  return {
    startLine: message.line,
    ...(message.column === undefined ? {} : {startColumn: message.column}),
    ...(message.endLine === undefined ? {} : {endLine: message.endLine}),
    ...(message.endLine === undefined || message.endColumn === undefined ? {} : {endColumn: message.endColumn})
  }
}

/** How a finding the suppressions file records is marked: suppressed outside the document, by the baseline file. */
const SUPPRESSED = {kind: 'external', justification: 'recorded in the suppressions file (strategy-lint --suppress-all / --suppress-rule)'}

export function formatSarif(input: ReportInput): string {
  const driverRules = packageRules()
  const indexOf = new Map(driverRules.map((rule, index) => [rule.id, index]))
  const results = []
  // Files that were not checked are not results: SARIF's place for them is a notification of the run.
  const notifications = []
  for (const file of input.files) {
    const artifactLocation = file.inRoot
      ? {uri: relativeUri(file.path), uriBaseId: SRCROOT}
      : {uri: pathToFileURL(file.absolute).href}
    if (file.skipped !== undefined) {
      notifications.push({
        level: 'note',
        message: {text: `Not checked: ${file.skipped}`},
        locations: [{physicalLocation: {artifactLocation}}]
      })
    }
    const reported = [...file.messages.map((message) => ({message, suppressed: false})), ...file.suppressed.map((message) => ({message, suppressed: true}))]
    for (const {message, suppressed} of reported) {
      let ruleIndex = indexOf.get(message.ruleId)
      if (ruleIndex === undefined) {
        ruleIndex = driverRules.push(foreignRule(message)) - 1
        indexOf.set(message.ruleId, ruleIndex)
      }
      const where = region(message)
      results.push({
        ruleId: message.ruleId,
        ruleIndex,
        level: LEVELS[message.severity],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, ...(where ? {region: where} : {})}}],
        // A finding the suppressions file records: still a result, marked suppressed (code scanning closed one that
        // disappeared from the log as fixed, and opened it again when the entry was pruned).
        ...(suppressed ? {suppressions: [SUPPRESSED]} : {})
      })
    }
  }
  const rootUri = pathToFileURL(input.root).href.replace(/\/?$/, '/')
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'strategy-lint',
            version: input.version,
            semanticVersion: input.version,
            informationUri: INFORMATION_URI,
            rules: driverRules
          }
        },
        originalUriBaseIds: {[SRCROOT]: {uri: rootUri}},
        // vfile columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        ...(notifications.length > 0 ? {invocations: [{executionSuccessful: true, toolExecutionNotifications: notifications}]} : {}),
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
