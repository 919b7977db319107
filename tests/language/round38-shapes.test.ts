/**
 * Shapes from the thirty-eighth session (2026-12-06), each tested beside a neighbour whose verdict must not change.
 * They come from the strategy-noncommittal findings on the corpus's decision records that three blind judges called
 * wrong (`in-place-adrs.tsv`); the sentences here are new ones of the same shapes.
 */
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, ruleMessages} from '../support/language.js'

/** A decision record whose Decision section holds `body`. */
function decisionRecord(body: string): string {
  return `---\ntype: adr\n---\n\n# 12. Compact flag encoding\n\n## Status\n\nAccepted\n\n## Context\n\nEvery message carries a set of flags.\n\n## Decision\n\n${body}\n\n## Consequences\n\nMessages get smaller.\n`
}

const inDecision = (body: string) => ruleMessages(decisionRecord(body))
const inActions = (body: string) => ruleMessages(placedIn('Coherent Actions', body))

describe('a modal before `be` and a verb in -ing supposes what is so, not a plan left open', () => {
  // cometbft-adrs adr-019:128 (wrong by all three): `However we may be encoding a full byte for what we actually only
  // need 1-7 bits for.`, a cost of the current encoding, in the record that fixes it.
  it.each([
    ['a record’s Decision', inDecision, 'The length is written first. However we may be storing a whole word for what needs only a few bits. We keep the count of spare bits beside it.'],
    ['a strategy’s Coherent Actions', inActions, 'We may be paging the on-call twice for the same alert, so we will merge the two alert rules by Q3.']
  ])('in %s it is not reported', async (_, messagesOf, body) => {
    expect(await messagesOf(body)).toEqual([])
  })

  it.each([
    ['a time to come', 'We may be experimenting with this in the future.', 'We may'],
    ['`later`', 'We might be moving the API to gRPC later.', 'might']
  ])('with %s it still puts a plan off', async (_, sentence, cue) => {
    expect(await inActions(sentence)).toEqual([messageQuoting('strategy-noncommittal', cue)])
  })

  it('`may be willing to` is a hedged plan, not a supposition', async () => {
    expect(await inActions('We may be willing to support two versions of the API.')).toEqual([messageQuoting('strategy-noncommittal', 'We may')])
  })

  it('the same modal before a plain verb still hedges', async () => {
    expect(await inActions('We may store a whole word for each flag.')).toEqual([messageQuoting('strategy-noncommittal', 'We may')])
  })
})
