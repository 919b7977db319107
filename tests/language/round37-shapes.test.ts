/**
 * Shapes from the thirty-seventh session (2026-12-06), each tested beside a neighbour whose verdict must not change.
 * They come from the strategy-noncommittal findings on the corpus's decision records that three blind judges called
 * wrong (`in-place-adrs.tsv`); the sentences here are new ones of the same shapes.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, ruleMessages} from '../support/language.js'

/** A decision record whose Decision section holds `body`. */
function decisionRecord(body: string): string {
  return `---\ntype: adr\n---\n\n# 7. Alerting for member accounts\n\n## Status\n\nAccepted\n\n## Context\n\nMember accounts have no alerting of their own.\n\n## Decision\n\n${body}\n\n## Consequences\n\nOne more service to run.\n`
}

const inDecision = (body: string) => ruleMessages(decisionRecord(body))

describe('what stands before a `Decision:` label is the context it weighs', () => {
  // moj-modernisation-platform-adrs 0017:64 and :72 (wrong by all three): each subsection of the Decision weighs an
  // option, then settles it under a `Decision:` label.
  it.each([
    ['a label paragraph', 'Decision:\n\nWe will not be doing this at this time.'],
    ['a bold label that opens the decision', '**Decision:** we will not be doing this at this time.'],
    ['a bold label with the colon after it', '**Decision**: we will not be doing this at this time.']
  ])('a wish before %s is not reported', async (_, label) => {
    const body = `### Dashboards for member accounts\n\nWe would like to offer users dashboards out of the box. We would most likely use a managed Grafana.\n\n${label}`
    expect(await inDecision(body)).toEqual([])
  })

  it('the same wish with no label after it is still reported', async () => {
    expect(await inDecision('### Dashboards for member accounts\n\nWe would like to offer users dashboards out of the box.')).toEqual([
      messageQuoting('strategy-noncommittal', 'would like to offer')
    ])
  })

  it('a hedge in the decision after the label is still reported', async () => {
    expect(await inDecision('### Dashboards for member accounts\n\nUsers have asked for dashboards.\n\nDecision:\n\nWe might offer a managed Grafana.')).toEqual([
      messageQuoting('strategy-noncommittal', 'might')
    ])
  })

  it('a label in another subsection settles only its own', async () => {
    const body = '### Dashboards\n\nWe would like to offer users dashboards.\n\n### Alarms\n\nUsers want alarms.\n\nDecision:\n\nWe will ship the baseline alarms.'
    expect(await inDecision(body)).toEqual([messageQuoting('strategy-noncommittal', 'would like to offer')])
  })
})

describe('a sketch of how a put-off option would be done is the same problem', () => {
  // cometbft-adrs adr-025:122 (wrong by two, debatable by one): `To implement it, we could change the Commit.BlockID
  // field to a slice`, after `We may want to consider supporting other blockIDs later` in the same paragraph.
  it('one message, on the hedge that puts the option off', async () => {
    const paragraph = 'We may want to support other event kinds later. We should first learn which ones help. To implement it, we might add a kind field to the envelope.'
    expect(await inDecision(paragraph)).toEqual([messageQuoting('strategy-noncommittal', 'We may')])
  })

  it('the sketch alone is still reported', async () => {
    expect(await inDecision('To implement it, we might add a kind field to the envelope.')).toEqual([messageQuoting('strategy-noncommittal', 'might')])
  })

  it('a second hedge of another shape in the paragraph is still reported', async () => {
    const paragraph = 'We may want to support other event kinds later. We will probably drop the old queue too.'
    expect(await inDecision(paragraph)).toHaveLength(2)
  })
})

describe('the `Decision:` example of docs/phrases.md', () => {
  // The page's example, read from the page, placed in a strategy's Coherent Actions.
  const page = fs.readFileSync(new URL('../../docs/phrases.md', import.meta.url), 'utf8')
  const example = /`Decision:` label[\s\S]*?```markdown\n([\s\S]*?)```/.exec(page)?.[1] ?? ''

  it('is on the page, and nothing before its label is reported', async () => {
    expect(example).toContain('Decision:')
    expect(await ruleMessages(placedIn('Coherent Actions', example))).toEqual([])
  })

  it('without its label, the wish is reported', async () => {
    const withoutLabel = example.replace(/Decision:\n\n/, '')
    expect(await ruleMessages(placedIn('Coherent Actions', withoutLabel))).toEqual([messageQuoting('strategy-noncommittal', 'would like to offer')])
  })
})

describe('a bare `could` in a decision record\'s Decision names a way the design can be built', () => {
  // cometbft adr-001:37 and :68 (wrong by all three, debatable by all three): `These funcs could be implemented as
  // helpers`, `This logger could be implemented using any logger`.
  it.each(['The retry helpers could be implemented as plain functions.', 'We could build the envelope with any JSON library, so long as it keeps field order.'])('`%s` is fine in a Decision', async (sentence) => {
    expect(await inDecision(sentence)).toEqual([])
  })

  it('a `could` with a time to come still puts a step off', async () => {
    expect(await inDecision('We could move the envelope to protobuf later.')).toEqual([messageQuoting('strategy-noncommittal', 'We could')])
  })

  it('the same `could` in a strategy\'s Coherent Actions is still a hedge', async () => {
    expect(await ruleMessages(placedIn('Coherent Actions', 'The retry helpers could be implemented as plain functions.'))).toEqual([messageQuoting('strategy-noncommittal', 'could')])
  })

  it('`may` in a Decision is still a hedge', async () => {
    expect(await inDecision('The crypto package may be split out to a separate module.')).toEqual([messageQuoting('strategy-noncommittal', 'may')])
  })
})
