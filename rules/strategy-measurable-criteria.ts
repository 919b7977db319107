import {features, sourceRange} from '../src/language/analysis.js'
import {criteriaItems, quote} from '../src/language/goals.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

interface Options {
  /** Report a criterion that has a target but no deadline. */
  requireDeadline: boolean
}

const NAMES: Record<string, string> = {'success-criteria': 'Success criterion', 'success-metrics': 'Success metric'}

export default createRule<Options>({
  id: 'strategy-measurable-criteria',
  severity: 'warn',
  description: 'Each success criterion or metric names a quantified target and a deadline.',
  options: (raw, where) => validateObject<Options>(where, raw, {requireDeadline: checks.boolean()}, {requireDeadline: true}),
  check({document, options, report}) {
    for (const item of criteriaItems(document)) {
      // An empty list item (`- `) states nothing to measure.
      if (item.sentences.length === 0) continue
      const found = item.sentences.map(features)
      const [first] = item.sentences
      const last = item.sentences[item.sentences.length - 1]
      const place = {start: sourceRange(document, first).start, end: sourceRange(document, last).end}
      const text = quote(item.sentences.map((sentence) => sentence.text).join(' '))
      const name = NAMES[item.sectionId] ?? 'Success criterion'
      const hasTarget = found.some((entry) => entry.quantities.length > 0 || entry.baselines.length > 0 || entry.universal)
      const hasDeadline = item.sharedDeadline || found.some((entry) => entry.deadlines.length > 0)
      if (!hasTarget) {
        report(
          `${name} \`${text}\` has no measurable target; write it as \`<metric> from <baseline> to <target> by <date>\` (\`Reduce p95 checkout latency from 900 ms to 300 ms by Q3\`)`,
          {place}
        )
      } else if (options.requireDeadline && !hasDeadline) {
        report(`${name} \`${text}\` has a target but no deadline; say by when (\`by Q3 2027\`, \`within 6 months\`)`, {place})
      }
    }
  }
})
