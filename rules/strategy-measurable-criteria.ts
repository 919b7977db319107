import {createRule, reportFindings, type CriteriaOptions} from '../src/rule.js'

export default createRule<CriteriaOptions>({
  id: 'strategy-measurable-criteria',
  severity: 'warn',
  description: 'Each success criterion or metric names a target (a number or a checkable result) and a deadline (a date or a named milestone).',
  sections: ['strategy/success-criteria', 'vision/success-metrics'],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: {
    requireDeadline: {type: 'boolean', default: true, description: 'Report a criterion that has a target but no deadline.'},
    milestones: {
      type: 'array',
      items: {type: 'string', minLength: 1},
      default: [],
      description: 'Names of milestones that serve as deadlines besides the built-in ones (`GA`, `beta`, ...), such as `M3` or `Beta 2`.'
    }
  },
  check({document, peers, report}) {
    reportFindings('strategy-measurable-criteria', document, peers, report)
  }
})
