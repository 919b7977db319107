import {createRule, PHRASE_OPTIONS, reportFindings, type PhraseOptions} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-unquantified-pitch',
  severity: 'warn',
  // Opt-in: on real documents a reviewer judged under half of its findings right (docs/rules/strategy-unquantified-pitch.md).
  optIn: true,
  description: 'Justifications rest on a business outcome in numbers, not on taste or fashion (`industry standard`, `best practice`, `spaghetti`).',
  // Every section of a strategy or a vision, the prose under the title too: a pitch argues nowhere.
  sections: [
    'strategy/*',
    'strategy/introduction',
    'vision/*',
    'vision/introduction'
  ],
  scope: 'section',
  draft: 'lenient',
  ended: 'skip',
  options: PHRASE_OPTIONS,
  check({document, peers, report}) {
    reportFindings('strategy-unquantified-pitch', document, peers, report)
  }
})
