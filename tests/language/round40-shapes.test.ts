/**
 * Shapes from the fifty-second session (2026-12-07): a QA pass on a team's strategy found criteria whose first word is
 * a noun that is also a verb (`Build times improve by Q3 2027`) read as deliverables, done or not, and passed as
 * checkable. A verb of change after it makes that word the subject's noun. Each beside a neighbour whose verdict must
 * not change.
 */
import {describe, expect, it} from 'vitest'
import {messageQuoting, placedIn, reasonsOf, ruleMessages} from '../support/language.js'

const inActions = (body: string) => ruleMessages(placedIn('Coherent Actions', body))
const criteria = (body: string) => reasonsOf('strategy-measurable-criteria', placedIn('Success Criteria', body))

describe('a noun that is also a verb, then a verb of change: a subject, not an instruction', () => {
  it('`Build times improve by Q3 2027` names a change, not a level to reach; dated or not', async () => {
    expect(await criteria('- Build times improve by Q3 2027.')).toEqual([expect.stringMatching(/`Build times improve by Q3 2027\.` has no measurable target \(`improve` names a change, not a level to reach\)/)])
    expect(await criteria('- Build reliability improves significantly.')).toEqual([expect.stringMatching(/has no measurable target \(`improves` names a change/)])
  })

  it('in Coherent Actions, `Deploy times improve for every team` is a vague goal', async () => {
    expect(await inActions('- Deploy times improve for every team.')).toEqual([messageQuoting('strategy-vague-goal', 'improve')])
  })

  it('the same word as the instruction it opens is still one: a deliverable, dated', async () => {
    expect(await criteria('- Build a remote cache for every team by Q3 2027.')).toEqual([])
    expect(await inActions('- Help teams improve their build times by Q3 2027.')).toEqual([])
  })
})
