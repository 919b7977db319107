/**
 * Whether a remark processor runs this package's rules: the plugin, or any of
 * its rules used alone (`remark-lint-strategy/rules/<id>`). `strategy-lint`
 * and its language server add the plugin, with its defaults, to a remark
 * configuration that has neither, so a project's `.remarkrc` written for other
 * plugins never turns the strategy rules off unnoticed.
 */
import type {Processor} from 'unified'
import remarkLintStrategy from '../index.js'
import {ruleIds} from '../rules.js'

const RULE_IDS = new Set(ruleIds)

/** Compared by name and rule id, not identity: a configuration may load another installed copy of the package. */
export function usesStrategyPlugin(processor: Pick<Processor, 'attachers'>): boolean {
  return processor.attachers.some(([plugin]) => {
    const ruleId = (plugin as {ruleId?: unknown}).ruleId
    return plugin.name === remarkLintStrategy.name || (typeof ruleId === 'string' && RULE_IDS.has(ruleId))
  })
}
