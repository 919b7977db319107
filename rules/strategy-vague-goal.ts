import {createRule, goalRuleOptions, reportFindings, type GoalRuleOptions} from '../src/rule.js'

export default createRule<GoalRuleOptions>({
  id: 'strategy-vague-goal',
  severity: 'warn',
  description: 'Improvement and adoption goals name a target, a deadline or a named component, not just a direction (`Improve developer productivity`, `Adopt microservices`).',
  // Sections whose statements should be goals: specific, measurable, dated; with `goalHeadings`, headings outside them that name goals or plans.
  sections: [
    'strategy/guiding-policy',
    'strategy/coherent-actions',
    'strategy/success-criteria',
    'strategy/goal-headings',
    'vision/target-state',
    'vision/migration-strategy',
    'vision/success-metrics',
    'vision/goal-headings'
  ],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: goalRuleOptions(true),
  check({document, peers, report}) {
    reportFindings('strategy-vague-goal', document, peers, report)
  }
})
