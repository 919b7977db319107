import {createRule, PHRASE_OPTIONS, reportFindings, type PhraseOptions} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Plans and decisions take a position instead of hedging (`we might`, `explore`, `in the future`, `aim to improve`).',
  // Where the authors decide and plan, and the prose under the title; not where hedging is the job (context, diagnosis, risks).
  sections: [
    'strategy/guiding-policy',
    'strategy/coherent-actions',
    'strategy/success-criteria',
    'strategy/introduction',
    'vision/guiding-principles',
    'vision/target-state',
    'vision/migration-strategy',
    'vision/key-decisions',
    'vision/success-metrics',
    'vision/introduction',
    'adr/decision',
    'madr/decision-outcome'
  ],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: PHRASE_OPTIONS,
  check({document, peers, report}) {
    reportFindings('strategy-noncommittal', document, peers, report)
  }
})
