import {createRule, goalRuleOptions, reportFindings, type GoalRuleOptions} from '../src/rule.js'

export default createRule<GoalRuleOptions>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Plans and decisions take a position instead of hedging (`we might`, `explore`, `in the future`, `aim to improve`).',
  // Where the authors decide and plan (with `goalHeadings`, also headings such as `## Goals` or `### The next 6 months`), and
  // the prose under the title; not where hedging is the job (context, diagnosis, risks).
  sections: [
    'strategy/guiding-policy',
    'strategy/coherent-actions',
    'strategy/success-criteria',
    'strategy/introduction',
    'strategy/goal-headings',
    'vision/guiding-principles',
    'vision/target-state',
    'vision/migration-strategy',
    'vision/key-decisions',
    'vision/success-metrics',
    'vision/introduction',
    'vision/goal-headings',
    'adr/decision',
    'madr/decision-outcome'
  ],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: goalRuleOptions(true),
  check({document, peers, report}) {
    reportFindings('strategy-noncommittal', document, peers, report)
  }
})
