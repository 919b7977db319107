/**
 * Shapes from the thirty-sixth session (2026-12-06), each tested beside a neighbour whose verdict must not change. They
 * come from the 33 strategy-noncommittal findings the default run gives on the corpus's decision records (every ADR
 * source, type detected, no option), which three blind judges read (`in-place-adrs.tsv`): 14 right by all three. The
 * faults are general, so they are fixed wherever the rules read. The sentences here are new ones of the same shapes.
 */
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, ruleMessages} from '../support/language.js'

/** A decision record whose Decision section holds `body`. */
function decisionRecord(body: string): string {
  return `---\ntype: adr\n---\n\n# 12. Queue for build events\n\n## Status\n\nAccepted\n\n## Context\n\nBuild events are lost when the collector restarts.\n\n## Decision\n\n${body}\n\n## Consequences\n\nOne more service to run.\n`
}

const inDecision = (body: string) => ruleMessages(decisionRecord(body))
const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a phrase whose last word begins a compound is not there', () => {
  // govuk-infrastructure-adrs 0008:98 (wrong by all three): `in the future` matched in `the future-facing project`
  it('`in the future-facing project` holds no `in the future`', async () => {
    expect(await inDecision('Given that the old library is deprecated, we should invest our time in the future-facing project.')).toEqual([])
  })

  it('`in the future` on its own still puts the step off', async () => {
    expect(await inDecision('We will move the queue to the managed service in the future.')).toEqual([messageQuoting('strategy-noncommittal', 'in the future')])
  })
})

describe('a thing open to additions is no decision left open', () => {
  // arachne-adrs adr-012:32 (wrong by all three): `The set of validators is open`
  it.each(['The set of event types is open, and each module adds its own.', 'The protocol is open (anyone may implement it).'])('`%s` is fine', async (sentence) => {
    expect(await inDecision(sentence)).toEqual([])
  })

  it('`The choice of broker is open.` still leaves the decision open', async () => {
    expect(await inDecision('The choice of broker is open.')).toEqual([messageQuoting('strategy-noncommittal', 'is open')])
  })
})

describe('what another party may do, in the passive, is a permission', () => {
  // arachne-adrs adr-006:35 (wrong by all three): `Component entities may be added ... by end users ... or by modules`
  it.each(['Event handlers may be added to the config directly by end users (via an init script) or by plugins.', 'The old collector could be retired by end users.'])('`%s` is fine', async (sentence) => {
    expect(await inDecision(sentence)).toEqual([])
  })

  it.each([
    ['The old collector may be retired by the platform team.', 'may'],
    ['The old collector might be retired by us once the queue is stable.', 'might']
  ])('`%s` is still a hedge', async (sentence, cue) => {
    expect(await inDecision(sentence)).toEqual([messageQuoting('strategy-noncommittal', cue)])
  })
})

describe('what a design lets the authors do, in a clause of consequence, is no step left open', () => {
  // arachne-adrs adr-009:27 (wrong by all three): `(such that we could conceivably in the future generate an OWL ontology ...)`
  it('`such that we could in the future` is fine', async () => {
    expect(await inDecision('Events will use the CloudEvents envelope (such that we could in the future route them through any broker).')).toEqual([])
  })

  it('`in the future we could` in a clause of its own still puts a step off', async () => {
    expect(await inDecision('Events will use our own envelope; in the future we could move them to CloudEvents.')).toEqual([
      messageQuoting('strategy-noncommittal', 'in the future')
    ])
  })
})

describe('`at some point` in a scenario told in the present shows how a thing works', () => {
  // govuk-aws-adrs 0015:44 (wrong by all three): `For instance, ... At some point, a new Puppet stack 'blue' is provisioned to test a new version, and ... we switch the CNAME`
  it('`At some point, a new queue is provisioned ..., and we switch` is fine', async () => {
    expect(await inDecision('Each producer writes to the alias. At some point, a new queue is provisioned to test a new version, and once it has been tested we switch the alias.')).toEqual([])
  })

  it.each([
    ['At some point we will move the queue to the managed service.', 'At some point'],
    ['At some point, the queue should move to the managed service.', 'At some point']
  ])('`%s` still puts the step off', async (sentence, cue) => {
    expect(await inDecision(sentence)).toEqual([messageQuoting('strategy-noncommittal', cue)])
  })
})

describe('an item that ends in `such as:` announces examples in its nested list', () => {
  // moj-cloud-platform-adrs 036:42 (wrong by all three): `though there may be slight differences such as:` /
  // `  - hours of operation, for e.g. we may turn off the non-production cluster ... if there is appetite ...`
  it('a possibility in the nested list of examples is fine', async () => {
    const body = [
      '- treat staging as a second production queue, though there may be small differences such as:',
      '  - retention, where staging events are not kept as long',
      '  - hours of operation, for e.g. we may turn off the non-production staging queue out of hours or on weekends if there is appetite to do so with our users to save on cost'
    ].join('\n')
    expect(await inDecision(body)).toEqual([])
  })

  it('an item that names examples but does not end in a colon leads into no list of examples: the hedge there is still reported', async () => {
    const body = ['- replay the events lost in restarts, such as deploys', '  - we might also turn off the staging queue at weekends'].join('\n')
    expect(await inDecision(body)).toEqual([messageQuoting('strategy-noncommittal', 'might')])
  })
})

describe('a lead-in `..., which are:` describes a thing in its items', () => {
  // moj-modernisation-platform-adrs 0042:43 (wrong by all three): `... than S3 Server Access Logging files, which are:` / `- Delivered eventually (not real-time)`
  it('`- Delivered eventually (not real-time)` under it is fine', async () => {
    const body = 'The events API is more useful for alerting than the nightly export files, which are:\n\n- Delivered eventually (not real-time)\n- Often large and noisy'
    expect(await inDecision(body)).toEqual([])
  })

  it('the same items under a lead-in of the plan are still read', async () => {
    const body = 'We will replace the nightly export:\n\n- Perhaps keep the export for a month'
    expect(await inDecision(body)).toEqual([messageQuoting('strategy-noncommittal', 'Perhaps')])
  })
})

describe('a wish in a clause that describes a noun after `a` picks out the noun', () => {
  // govuk-aws-adrs 0019:37 (wrong by all three): `We would also need a way to pass secrets ...; a complexity we'd like to defer.`
  it("`...; a complexity we'd like to defer.` is fine", async () => {
    expect(await inDecision("We would also need a way to pass secrets back and forth between the two code bases; a complexity we'd like to defer.")).toEqual([])
  })

  it("`We'd like to avoid that complexity.` is still a wish", async () => {
    expect(await inActions("We'd like to avoid that complexity.")).toEqual([messageQuoting('strategy-noncommittal', "We'd like to avoid")])
  })
})

describe('a wish to propose is the proposal', () => {
  // cometbft-adrs adr-051:29, adr-052:47 (debatable by all three): `We would like to suggest by introducing X parameter ...`
  it.each(['We would like to suggest a simple mode abstraction for the collector.', "We'd like to propose the following structure for the event payload:"])('`%s` is fine', async (sentence) => {
    expect(await inDecision(sentence)).toEqual([])
  })

  it("`We'd like to introduce a mode abstraction.` is still a wish", async () => {
    expect(await inDecision("We'd like to introduce a mode abstraction for the collector.")).toEqual([messageQuoting('strategy-noncommittal', "We'd like to introduce")])
  })
})

describe('what a rule allows, beside what it forbids or requires, is a permission', () => {
  // govuk-aws-adrs 0039:38 and cometbft-rfcs rfc-014:61-62, new once `Proposal` stood for the Decision (no judge needed:
  // a normative MAY and a rule pair): `a Non-GOV.UK domain MAY be used ...`, `New endpoints may be added, but old
  // endpoints may not be removed`
  it.each([
    'To be clear, an internal domain MAY be used to serve pages, provided it is never exposed to the browser.',
    'New event types may be added, but old event types may not be removed.',
    'Old events may be extended with new fields, but consumers that ignore those fields must work as before.'
  ])('`%s` is fine', async (sentence) => {
    expect(await inDecision(sentence)).toEqual([])
  })

  it.each([
    ['The old collector may be retired later, but the new one must ship first.', 'may'],
    ['The old collector may be retired.', 'may']
  ])('`%s` still hedges', async (sentence, cue) => {
    expect(await inDecision(sentence)).toEqual([messageQuoting('strategy-noncommittal', cue)])
  })
})
