/**
 * Shapes from the twenty-fifth session (2026-12-05): the in-place findings
 * that both blind judges call wrong or debatable (tests/language/in-place.tsv,
 * in-place-second-judgements.tsv), where a mechanical reading tells them apart.
 * Each is tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages} from '../support/language.js'

const actions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('a table cell that is one link is the title of another page, whose text states the goal', () => {
  const table = (cell: string) => `| Goal | Owner |\n| --- | --- |\n| ${cell} | Ana |\n\n[drop-range]: https://example.com/pull/91032\n`

  it.each([
    '[Explore sandboxed build scripts](https://example.com/2024h2/sandboxed-build-script.html)',
    '↳ [Improve state machine codegen](https://example.com/2025h1/improve-rustc-codegen.html)',
    '[Improve drop range tracking][drop-range]'
  ])('`%s` in a cell of its own gets no language message', async (cell) => {
    expect(await actions(table(cell))).toEqual([])
  })

  it.each([
    // the same words as the cell's own text
    ['Explore sandboxed build scripts', 'strategy-noncommittal'],
    // a link inside the cell's sentence: the sentence is the authors'
    ['Improve state machine codegen, see [the tracking issue](https://example.com/issues/1)', 'strategy-vague-goal']
  ])('`%s` is still read', async (cell, rule) => {
    expect(await actions(table(cell))).toEqual([expect.stringMatching(new RegExp(`^${rule}: `))])
  })

  it('a list item that is one link stays the authors’ item (both judges called those right)', async () => {
    expect(await actions('- [Improve regression testing tooling](https://example.com/issues/33748)\n')).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .*\(`Improve`\)/)
    ])
  })
})
