/**
 * Shapes found on 2026-12-05 (twenty-second session) among the wrong findings
 * in place and the fresh tune round 17's rows. Tested on new sentences of the
 * same shape, each beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('`open` before a noun qualifies it: no decision left open', () => {
  it.each([
    'Because there are open design questions that have not been resolved, we will ship the flag disabled.',
    'There are open support tickets in every queue, so the on-call rotation grows to six people.'
  ])('`%s`', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })

  it.each([
    ['Which storage backend to use is still open.', 'still open'],
    ['The choice of runner remains open whether or not the pilot succeeds.', 'remains open'],
    ['Which storage backend to use is an open question.', 'is an open']
  ])('`%s` still leaves a decision open', async (sentence, hedge) => {
    expect(await actions(sentence)).toEqual([expect.stringContaining(`strategy-noncommittal: \`${sentence}\` hedges (\`${hedge}\`)`)])
  })
})
