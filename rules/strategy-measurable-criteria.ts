import {reportFindings, type CriteriaOptions} from '../src/language/goal-analysis.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

export default createRule<CriteriaOptions>({
  id: 'strategy-measurable-criteria',
  severity: 'warn',
  description: 'Each success criterion or metric names a target (a number or a checkable result) and a deadline (a date or a named milestone).',
  options: (raw, where) =>
    validateObject<CriteriaOptions>(where, raw, {requireDeadline: checks.boolean(), milestones: checks.stringArray()}, {requireDeadline: true, milestones: []}),
  check({document, peers, report}) {
    reportFindings('strategy-measurable-criteria', document, peers, report)
  }
})
