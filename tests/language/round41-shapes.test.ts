/**
 * Shapes from the fifty-third session (2026-12-07), left over from the fifty-second's QA passes: a criteria table's
 * row whose metric is one word in Title Case (`| Deploys | 2/wk | | Q3 2027 |`) was read as a title and its empty
 * Target cell went unreported, and a signed target (`-50%`) was quoted without its sign. Each beside a neighbour whose
 * verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, reasonsOf, ruleMessages} from '../support/language.js'

const criteria = (body: string) => reasonsOf('strategy-measurable-criteria', placedIn('Success Criteria', body))
const table = (row: string) => `| Metric | Baseline | Target | Deadline |\n| --- | --- | --- | --- |\n${row}\n`

describe('a criteria table row whose metric is written in Title Case', () => {
  it('an empty Target cell is reported however the metric is capitalised', async () => {
    expect(await criteria(table('| Deploys | 2/wk | | Q3 2027 |'))).toEqual([expect.stringMatching(/`Deploys \| Q3 2027` has no target: its `Target` cell is empty/)])
    expect(await criteria(table('| Lead Time | 2 d | TBD | Q3 2027 |'))).toEqual([expect.stringMatching(/`Lead Time \| Q3 2027` has no target: its `Target` cell says `TBD`/)])
    expect(await criteria(table('| deploys per week | 2 | | Q3 2027 |'))).toEqual([expect.stringMatching(/has no target: its `Target` cell is empty/)])
  })

  it('a row with only an emphasised first cell heads a group of rows: no criterion; a plain metric with empty cells has no target', async () => {
    const rows = '| **Reliability** | | | |\n| Checkout p95 latency | 800 ms | 300 ms | Q3 2027 |\n| _Delivery_ | | | |\n| <br> **Miscellaneous** | | | |'
    expect(await criteria(table(rows))).toEqual([])
    expect(await criteria(table('| Ledger pages per month | | | |'))).toEqual([expect.stringMatching(/its `Target` cell is empty/)])
  })

  it('a filled Target cell is a target, and a list item in Title Case is still a title', async () => {
    expect(await criteria(table('| Deploys | 2/wk | 10/wk | Q3 2027 |'))).toEqual([])
    expect(await criteria('- Release Signoff Checklist')).toEqual([])
  })
})

describe('a signed target is quoted with its sign', () => {
  it('`-50%` and `−30%` keep their sign in the message; a range keeps its numbers', async () => {
    expect(await criteria('- Build time: -50%.')).toEqual([expect.stringMatching(/names a target \(`-50%`\) but no deadline/)])
    expect(await criteria('- Cut build time by −30% at p95.')).toEqual([expect.stringMatching(/names a target \(`−30%`\) but no deadline/)])
    expect(await criteria('- Build time: 10-12 min.')).toEqual([expect.stringMatching(/names a target \(`10-12 min`\) but no deadline/)])
  })

  it('a range after `~` or with thousands separators is quoted whole', async () => {
    expect(await criteria('- Build time: ~10-12 min.')).toEqual([expect.stringMatching(/names a target \(`10-12 min`\)/)])
    expect(await criteria('- Build time: 1,000-1,200 ms.')).toEqual([expect.stringMatching(/names a target \(`1,000-1,200 ms`\)/)])
  })

  it('a number joined to a name or a long number before the dash starts no range', async () => {
    expect(await criteria('- Support x86-64 builds at 100%')).toEqual([expect.stringMatching(/names a target \(`100%`\)/)])
    expect(await criteria('- pkg/kubelet/kuberuntime: 20260517 - 70.9%')).toEqual([expect.stringMatching(/names a target \(`70\.9%`\)/)])
  })
})

describe('a subject that opens with a preposition joined by a hyphen, or runs to three words or more', () => {
  const inActions = (body: string) => reasonsOf('strategy-vague-goal', placedIn('Coherent Actions', body))

  it('criteria: `On-call satisfaction improves`, `Per-team page volume decreases`, `Under load, checkout is faster` are read, not taken for a qualifier of the item above', async () => {
    expect(await criteria('- On-call satisfaction improves.')).toEqual([expect.stringMatching(/`On-call satisfaction improves\.` has no measurable target/)])
    expect(await criteria('- Per team cloud cost goes down.')).toEqual([expect.stringMatching(/has no measurable target/)])
    expect(await criteria('- For every service, latency improves.')).toEqual([expect.stringMatching(/has no measurable target \(`improves` names a change/)])
    expect(await criteria('- Under load, checkout is faster.')).toEqual([expect.stringMatching(/has no measurable target \(`faster`/)])
  })

  it('criteria: a short fragment that qualifies the item above is still no criterion', async () => {
    expect(await criteria('- API latency under 300 ms at p95 by Q3 2027.\n  - for multi-version CRDs')).toEqual([])
  })

  it('actions: a verb of change after a subject of three to five words is the vague change promised', async () => {
    expect(await inActions('- On-call health improves.')).toEqual([expect.stringMatching(/promises an improvement \(`improves`\) with no target or deadline/)])
    expect(await inActions('- Pager team health improves.')).toEqual([expect.stringMatching(/promises an improvement \(`improves`\)/)])
    expect(await inActions('- Per-team page volume decreases.')).toEqual([expect.stringMatching(/promises an improvement \(`decreases`\)/)])
  })

  it('actions: a verb of change followed by an adverb or a clause\'s end has no object', async () => {
    for (const sentence of ['Pager team health improves a lot.', 'Pager team health improves further.', 'Pager team health improves (see below).', 'Pager team health improves as well.']) {
      expect(await inActions(`- ${sentence}`), sentence).toEqual([expect.stringMatching(/promises an improvement \(`improves`\)/)])
    }
  })

  it('actions: a verb of change with an object states a cost or an effect, not a goal', async () => {
    expect(await inActions('- More labels per metric increases memory usage.')).toEqual([])
    expect(await inActions('- Introducing CA certificate support increases complexity for operators.')).toEqual([])
  })

  it('criteria: only a preposition joined by a hyphen opens a compound; `Long-lived, privileged tokens increase ...` is read as before', async () => {
    expect(await criteria('- Long-lived, privileged tokens increase the attack surface.')).toEqual([expect.stringMatching(/has no measurable target \(`increase` names a change/)])
  })

  it('actions: the same with a target and a deadline, or with a relative clause before the verb, is left alone', async () => {
    expect(await inActions('- Pager team health improves from 3.1 to 4.2 by Q3 2027.')).toEqual([])
    expect(await inActions('- The load that each team carries improves.')).toEqual([])
  })
})

describe('goals as teams write them in OKRs and roadmaps (a QA pass, 2026-12-07)', () => {
  const inActions = (body: string) => ruleMessages(placedIn('Coherent Actions', body))

  it('the capacity hedges teams write are hedges: `if capacity allows`, `capacity permitting`, `time permitting`', async () => {
    expect(await inActions('- KR3: Automate certificate rotation if capacity allows.')).toEqual([messageQuoting('strategy-noncommittal', 'if capacity allows')])
    expect(await inActions('- Automate certificate rotation, capacity permitting.')).toEqual([messageQuoting('strategy-noncommittal', 'capacity permitting')])
    expect(await inActions('- Time permitting, automate certificate rotation.')).toEqual([messageQuoting('strategy-noncommittal', 'Time permitting')])
  })

  it('an aside that is no hedge stays an aside', async () => {
    expect(await inActions('- Move the billing service to Postgres 16 by Q3 2027 (possibly with a read replica).')).toEqual([])
  })

  it('an `all` in the reason given is no target: `Adopt a data mesh, because all the big companies are moving to it` adopts without naming what', async () => {
    expect(await inActions('- Adopt a data mesh, because all the big companies are moving to it.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*adopts \(`Adopt`\) without naming/)])
    expect(await inActions('- Because developers wait 45 min, cut build time to 10 min by Q3 2027.')).toEqual([])
  })

  it('criteria: a Target cell that holds a judgement names no level; a state to check does', async () => {
    expect(await criteria(table('| Developer experience | good | great | 2027 |'))).toEqual([expect.stringMatching(/its `Target` cell says `great`, a judgement, not a level/)])
    expect(await criteria(table('| Build status on main | red | green | Q3 2027 |'))).toEqual([])
  })

  it('criteria: a value left to fill after its label is strategy-placeholder\'s, not a result without a deadline; an aside of TBD leaves the rest to read', async () => {
    expect(await criteria('- Alert noise: TBD pending funding for the alerting rewrite.')).toEqual([])
    expect(await criteria('- Sufficient time has passed (amount TBD) for breakages to be resolved.')).toEqual([expect.stringMatching(/has no measurable target/)])
  })

  it('criteria: a level measured at a cadence (`measured monthly`) needs no deadline', async () => {
    expect(await criteria('- Freshness SLO met for 95% of tier-1 tables, measured monthly.')).toEqual([])
    expect(await criteria('- Freshness SLO met for 95% of tier-1 tables.')).toEqual([expect.stringMatching(/names a target \(`95%`\) but no deadline/)])
  })

  it('a cadence dates nothing vague: `Improve developer satisfaction, measured monthly` is still a vague goal, and a criterion without a level still has none', async () => {
    expect(await inActions('- Improve developer satisfaction, measured monthly.')).toEqual([expect.stringMatching(/^strategy-vague-goal: .*promises an improvement/)])
    expect(await criteria('- Reliability gets better, tracked weekly.')).toEqual([expect.stringMatching(/has no measurable target/)])
  })

  it('a TBD in inline code is no leftover strategy-placeholder reports: the criterion is still read', async () => {
    expect(await criteria('- Alert noise: `TBD` pending funding.')).toEqual([expect.stringMatching(/^Success criterion/)])
  })

  it('criteria: `High` and `Low` in a rating\'s scale are levels', async () => {
    expect(await criteria(table('| Security risk rating | High | Low | Q3 2027 |'))).toEqual([])
  })

  it('more capacity hedges: `if capacity permits`, `resources permitting`', async () => {
    expect(await inActions('- Automate certificate rotation if capacity permits.')).toEqual([messageQuoting('strategy-noncommittal', 'if capacity permits')])
    expect(await inActions('- Resources permitting, automate certificate rotation.')).toEqual([messageQuoting('strategy-noncommittal', 'Resources permitting')])
  })
})

describe('a roadmap row is one goal', () => {
  it('two vague cells of one row get one message, on the first; the next row gets its own', async () => {
    const rows = '| Quarter | Initiative | Owner | Outcome |\n| --- | --- | --- | --- |\n| Q3 2027 | Modernize the developer portal | Portal team | Better discoverability |\n| Q4 2027 | Improve onboarding | DX team | Faster ramp-up |'
    expect(await reasonsOf('strategy-vague-goal', placedIn('Coherent Actions', rows))).toEqual([
      expect.stringMatching(/^`Modernize the developer portal` promises an improvement/),
      expect.stringMatching(/^`Improve onboarding` promises an improvement/)
    ])
  })
})
