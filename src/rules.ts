/** Every rule of the package, in the order they run. */
import documentType from '../rules/strategy-document-type.js'
import duplicateSection from '../rules/strategy-duplicate-section.js'
import emptySection from '../rules/strategy-empty-section.js'
import placeholder from '../rules/strategy-placeholder.js'
import requiredSections from '../rules/strategy-required-sections.js'
import sectionLength from '../rules/strategy-section-length.js'
import sectionOrder from '../rules/strategy-section-order.js'
import measurableCriteria from '../rules/strategy-measurable-criteria.js'
import noncommittal from '../rules/strategy-noncommittal.js'
import unquantifiedPitch from '../rules/strategy-unquantified-pitch.js'
import vagueGoal from '../rules/strategy-vague-goal.js'
import nonGoals from '../rules/strategy-non-goals.js'
import riskMitigation from '../rules/strategy-risk-mitigation.js'
import principleCount from '../rules/strategy-principle-count.js'
import timeHorizon from '../rules/strategy-time-horizon.js'
import decisionRationale from '../rules/strategy-decision-rationale.js'
import leadingLagging from '../rules/strategy-leading-lagging.js'
import sectionContent from '../rules/strategy-section-content.js'
import headingPattern from '../rules/strategy-heading-pattern.js'
import staleDeadline from '../rules/strategy-stale-deadline.js'
import type {StrategyRule} from './rule.js'

export const rules: readonly StrategyRule[] = [
  documentType,
  requiredSections,
  sectionOrder,
  duplicateSection,
  emptySection,
  placeholder,
  sectionLength,
  sectionContent,
  headingPattern,
  measurableCriteria,
  vagueGoal,
  noncommittal,
  unquantifiedPitch,
  nonGoals,
  riskMitigation,
  principleCount,
  timeHorizon,
  decisionRationale,
  leadingLagging,
  staleDeadline
]

export const ruleIds: readonly string[] = rules.map((rule) => rule.ruleId)
