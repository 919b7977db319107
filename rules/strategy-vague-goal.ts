import {createRule, PHRASE_OPTIONS, reportFindings, type PhraseOptions} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-vague-goal',
  severity: 'warn',
  description: 'Improvement and adoption goals name a target, a deadline or a named component, not just a direction (`Improve developer productivity`, `Adopt microservices`).',
  // Sections whose statements should be goals: specific, measurable, dated.
  sections: [
    'strategy/guiding-policy',
    'strategy/coherent-actions',
    'strategy/success-criteria',
    'vision/target-state',
    'vision/migration-strategy',
    'vision/success-metrics'
  ],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: PHRASE_OPTIONS,
  check({document, peers, report}) {
    reportFindings('strategy-vague-goal', document, peers, report)
  }
})
