/**
 * How a language message quotes its sentence: at most 80 characters, cut at a space, never between the halves of an
 * emoji, and with the phrase the message names in sight (a QA pass found `simpler` named but cut off, a lone surrogate
 * in the JSON report, and `very-long-service-n…`).
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {quote} from '../../src/language/goals.js'

describe('quote', () => {
  it('keeps a short sentence whole, with its spaces made one', () => {
    expect(quote('Improve   the\ndeploy flow.')).toBe('Improve the deploy flow.')
  })

  it('cuts a long one at a space, not mid-word', () => {
    const text = 'We will improve the reliability of the payments API and the `very-long-service-name-crossing-the-cut` endpoint.'
    expect(quote(text)).toBe('We will improve the reliability of the payments API and the…')
  })

  it('never leaves half of an emoji', () => {
    const text = `${'a'.repeat(78)}\u{1F680} service`
    const quoted = quote(text)
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(quoted.endsWith('…')).toBe(true)
  })

  it('shows the phrase the message names when it lies past the cut', () => {
    const text = 'We are working with the payments, ledger, billing and notifier teams on the rollout and making it simpler.'
    const quoted = quote(text, 80, 'simpler')
    expect(quoted).toBe('…ledger, billing and notifier teams on the rollout and making it simpler.')
    expect(quoted.length).toBeLessThanOrEqual(80)
  })
})

describe('sentences', () => {
  it('end after `300 ms.` and `etc.` before a capital, so the next one is read on its own; `Dr.` and `e.g.` still do not end one', async () => {
    const doc =
      '---\ntype: strategy\n---\n\n# T\n\n## Guiding Policy\n\n' +
      'We will reduce latency in the future from 900 ms to 300 ms. Improve the deploy flow.\n\n' +
      'We will eventually support Go, Rust, etc. Improve the build flow.\n\n' +
      'We will ask Dr. Smith, e.g. Improve nothing.\n'
    const found = (await lint(doc)).filter((message) => message.ruleId === 'strategy-vague-goal' || message.ruleId === 'strategy-noncommittal')
    expect(found.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [9, 1, 'strategy-noncommittal'],
      [9, 61, 'strategy-vague-goal'],
      [11, 1, 'strategy-noncommittal'],
      [11, 43, 'strategy-vague-goal']
    ])
  })
})

describe('in a message', () => {
  it('names a phrase the quote shows', async () => {
    const doc = '---\ntype: strategy\n---\n\n# T\n\n## Guiding Policy\n\nWe are working with the payments, ledger, billing and notifier teams on the rollout and making it simpler.\n'
    const vague = (await lint(doc)).filter((message) => message.ruleId === 'strategy-vague-goal')
    expect(vague.map((message) => message.reason.split(' promises')[0])).toEqual(['`…ledger, billing and notifier teams on the rollout and making it simpler.`'])
    expect(vague[0].reason).toMatch(/promises an improvement \(`simpler`\)/)
  })

  it('a hedged plan that has its date is asked to keep it, not for a date again', async () => {
    const doc = '---\ntype: strategy\n---\n\n# T\n\n## Guiding Policy\n\nWe would like to reduce build times by 2027-06-30.\n\nWe might migrate the ledger.\n'
    const hedges = (await lint(doc)).filter((message) => message.ruleId === 'strategy-noncommittal').map((message) => message.reason.split('; ')[1])
    expect(hedges).toEqual([
      'take a position and keep the date (`We will <decision> by 2027-06-30, because <reason>`), or list it as an open decision',
      'take a position (`We will <decision> by <date>, because <reason>`) or list it as an open decision with a date to settle it'
    ])
  })

  it('the date kept is the one written, its year and binding word once (a QA reader got `by by April`)', async () => {
    const dates = ['by April 2027', 'by January 2027', 'before June 2027', 'by end of March 2027', 'by the end of March 2027', 'by Q1 2027', 'in Q3 2027', 'by March 3, 2027']
    const doc = '---\ntype: strategy\n---\n\n# T\n\n## Coherent Actions\n\n' + dates.map((date) => `- Hopefully, move the ledger to two replicas ${date}.\n`).join('')
    const hedges = (await lint(doc)).filter((message) => message.ruleId === 'strategy-noncommittal')
    expect(hedges.map((message) => /`We will <decision> (.*), because <reason>`/.exec(message.reason)?.[1])).toEqual(dates)
    const opening = (await lint(doc.replace(/- Hopefully, move the ledger to two replicas (by April 2027)\./, '- By the end of the year, I hope to move the ledger.'))).filter((message) => message.ruleId === 'strategy-noncommittal')
    expect(opening[0].reason).toContain('`We will <decision> by the end of the year, because <reason>`')
  })

  it('a table row of Success Criteria is quoted with its cells apart, as the row shows them', async () => {
    const doc = '---\ntype: strategy\n---\n\n# T\n\n## Success Criteria\n\n| Metric | Target |\n| --- | --- |\n| Developer satisfaction | Better than today |\n| Build time | Faster |\n'
    const criteria = (await lint(doc)).filter((message) => message.ruleId === 'strategy-measurable-criteria')
    expect(criteria.map((message) => /^Success criterion `([^`]*)`/.exec(message.reason)?.[1])).toEqual(['Developer satisfaction | Better than today', 'Build time | Faster'])
  })
})
