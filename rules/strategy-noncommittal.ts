import {reportFindings} from '../src/language/goal-analysis.js'
import {readPhraseOptions, type PhraseOptions} from '../src/language/phrases.js'
import {createRule} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-noncommittal',
  severity: 'warn',
  description: 'Plans and decisions take a position instead of hedging (`we might`, `explore`, `in the future`, `aim to improve`).',
  options: readPhraseOptions,
  check({document, peers, report}) {
    reportFindings('strategy-noncommittal', document, peers, report)
  }
})
