/**
 * Shapes from the fifty-third session (2026-12-07), left over from the fifty-second's QA passes: a criteria table's
 * row whose metric is one word in Title Case (`| Deploys | 2/wk | | Q3 2027 |`) was read as a title and its empty
 * Target cell went unreported, and a signed target (`-50%`) was quoted without its sign. Each beside a neighbour whose
 * verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, reasonsOf} from '../support/language.js'

const criteria = (body: string) => reasonsOf('strategy-measurable-criteria', placedIn('Success Criteria', body))
const table = (row: string) => `| Metric | Baseline | Target | Deadline |\n| --- | --- | --- | --- |\n${row}\n`

describe('a criteria table row whose metric is written in Title Case', () => {
  it('an empty Target cell is reported however the metric is capitalised', async () => {
    expect(await criteria(table('| Deploys | 2/wk | | Q3 2027 |'))).toEqual([expect.stringMatching(/`Deploys \| Q3 2027` has no target: its `Target` cell is empty/)])
    expect(await criteria(table('| Lead Time | 2 d | TBD | Q3 2027 |'))).toEqual([expect.stringMatching(/`Lead Time \| Q3 2027` has no target: its `Target` cell says `TBD`/)])
    expect(await criteria(table('| deploys per week | 2 | | Q3 2027 |'))).toEqual([expect.stringMatching(/has no target: its `Target` cell is empty/)])
  })

  it('a row with words in its first cell only heads a group of rows: no criterion', async () => {
    const rows = '| **Reliability** | | | |\n| Checkout p95 latency | 800 ms | 300 ms | Q3 2027 |\n| _Delivery_ | | | |'
    expect(await criteria(table(rows))).toEqual([])
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
