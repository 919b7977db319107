/**
 * Shapes from the thirty-third session (2026-12-06), from the findings three blind judges called not right in place,
 * each tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, messageQuoting} from '../support/language.js'

/** A table under Coherent Actions (every language rule on). */
const table = (...rows: string[]) => ruleMessages(placedIn('Coherent Actions', ['| Goal | Timespan | What and why |', '| --- | --- | --- |', ...rows].join('\n')))


describe('a table row’s first cell beside a description names the item; the description is read', () => {
  it.each([
    // rust-project-goals 2026/roadmap-binary-size-reduction.md:39, wrong by two of three judges
    '| Overhaul size flags | Future | Add proper analysis in the compiler for size-sensitive optimisations |',
    '| Better automatic outlining | Future | Implement function outlining in MIR for cold paths |'
  ])('`%s` is fine', async (row) => {
    expect(await table(row)).toEqual([])
  })

  it('a vague description is reported, once for the row', async () => {
    // rust-project-goals 2026/roadmap-fast-builds.md:46: the name and the description each got a message
    expect(await table("| Better build parallelization | *Future* | Improve Cargo's ability to coordinate parallel compilation across crates |")).toEqual([
      messageQuoting('strategy-vague-goal', 'Improve')
    ])
  })

  it.each([
    // owners, links and dates beside a name describe nothing: the name is the goal (rust-project-goals cargo-plumbing.md:71)
    ['| Optimize cargo | @epage | [#123](https://example.com) |', 'Optimize'],
    ['| Improve the UX and styling | @orhun | 2026 |', 'Improve']
  ])('`%s` is still a vague goal', async (row, cue) => {
    expect(await table(row)).toEqual([messageQuoting('strategy-vague-goal', cue)])
  })

  it('a hedge in the name still hedges the item (rust-project-goals 2026/wasm-components.md:57)', async () => {
    expect(await table('| Experiment with `#[repr(wasm)]` | 2026 | This item is more aspirational than the others and sits last. |')).toEqual([
      messageQuoting('strategy-noncommittal', 'Experiment with')
    ])
  })
})
