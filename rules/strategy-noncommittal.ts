import {createRule, PHRASE_OPTIONS, reportFindings, type PhraseOptions} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Plans and decisions take a position instead of hedging (`we might`, `explore`, `in the future`, `aim to improve`).',
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: PHRASE_OPTIONS,
  check({document, peers, report}) {
    reportFindings('strategy-noncommittal', document, peers, report)
  }
})
