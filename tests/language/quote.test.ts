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

describe('in a message', () => {
  it('names a phrase the quote shows', async () => {
    const doc = '---\ntype: strategy\n---\n\n# T\n\n## Guiding Policy\n\nWe are working with the payments, ledger, billing and notifier teams on the rollout and making it simpler.\n'
    const vague = (await lint(doc)).filter((message) => message.ruleId === 'strategy-vague-goal')
    expect(vague.map((message) => message.reason.split(' promises')[0])).toEqual(['`…ledger, billing and notifier teams on the rollout and making it simpler.`'])
    expect(vague[0].reason).toMatch(/promises an improvement \(`simpler`\)/)
  })
})
