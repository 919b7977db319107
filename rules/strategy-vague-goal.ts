import {reportFindings} from '../src/language/goal-analysis.js'
import {readPhraseOptions, type PhraseOptions} from '../src/language/phrases.js'
import {createRule} from '../src/rule.js'

export default createRule<PhraseOptions>({
  id: 'strategy-vague-goal',
  severity: 'warn',
  description: 'Improvement and adoption goals say what is reached (a target) and, for an adoption, where (a scope).',
  options: readPhraseOptions,
  check({document, peers, report}) {
    reportFindings('strategy-vague-goal', document, peers, report)
  }
})
