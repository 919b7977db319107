/**
 * Shapes from the twenty-fifth session (2026-12-05): the in-place findings
 * that both blind judges call wrong or debatable (tests/language/in-place.tsv,
 * in-place-second-judgements.tsv), where a mechanical reading tells them apart.
 * Each is tested beside a neighbour whose verdict must not change.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {LANGUAGE_RULE, placedIn, ruleMessages} from '../support/language.js'

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

describe('a table with a column that ranks or counts records a tally, not the authors’ goals', () => {
  const tally = (header: string, row: string) => `## Key focus areas\n\n${header}\n| --- | --- | --- |\n${row}\n`
  /** A strategy whose goals sit under a heading that names them, read with `goalHeadings` on. */
  const underGoalHeading = async (text: string) =>
    (
      await lint(`---\ntype: strategy\n---\n\n# Tech Strategy: Tally\n\n${text}`, {
        rules: {'strategy-vague-goal': {goalHeadings: true}, 'strategy-noncommittal': {goalHeadings: true}}
      })
    )
      .filter((message) => LANGUAGE_RULE.test(message.ruleId ?? ''))
      .map((message) => `${message.ruleId}: ${message.reason}`)

  it.each([
    ['| 2022 | 2023 | Change |', '| Faster startup time | Security | new |'],
    ['| Topic | Votes | Owner |', '| Make onboarding easier | 14 | Ana |'],
    ['| Theme | Rank | Note |', '| Improve the docs | 2 | from the survey |'],
    ['| Q1 2026 | Q2 2026 | Trend |', '| Faster startup time | Security | down |']
  ])('`%s` / `%s` gets no language message', async (header, row) => {
    expect(await ruleMessages(placedIn('Coherent Actions', `${header}\n| --- | --- | --- |\n${row}\n`))).toEqual([])
  })

  it.each([
    '| Task | Owner | Notes |',
    // the changes planned, component by component
    '| Component | Change | Owner |',
    // goals graded at the end of a period
    '| Objective | Score | Owner |'
  ])('the same cells under `%s` are still read', async (header) => {
    expect(await ruleMessages(placedIn('Coherent Actions', `${header}\n| --- | --- | --- |\n| Make onboarding easier | Ana | |\n`))).toEqual([
      expect.stringMatching(/^strategy-vague-goal: .*\(`easier`\)/)
    ])
  })

  it('with `goalHeadings` on, a tally under a goal heading is left alone, and a table of tasks there is read', async () => {
    expect(await underGoalHeading(tally('| 2022 | 2023 | Change |', '| Faster startup time | Security | new |'))).toEqual([])
    expect(await underGoalHeading(tally('| Task | Owner | Notes |', '| Faster startup time | Ana | |'))).toEqual([expect.stringMatching(/^strategy-vague-goal: .*\(`Faster`\)/)])
  })
})

describe('an instruction that makes an improvement without a target, after `and` or in a relative clause', () => {
  it.each([
    // a second instruction joined by `and`, its verb a making verb (in place: `Build our sitemap, and make other key improvements to our SEO.`)
    ['Build the sitemap, and make other key improvements to our search ranking.', 'improvements'],
    // what the instruction produces, promised to be better
    ['Build search results that are easier to scan.', 'easier'],
    ['Create templates which are easier to adapt.', 'easier']
  ])('`%s` is a vague goal', async (sentence, word) => {
    expect(await actions(sentence)).toEqual([expect.stringMatching(new RegExp(`^strategy-vague-goal: .* promises an improvement \\(\`${word}\`\\)`))])
  })

  it.each([
    // the second instruction names no improvement
    'Build the sitemap, and make the old pages redirect to it.',
    // the improvement has its target and deadline
    'Ship the cache and make reads 5x faster by Q3 2027.',
    // a deliverable named by its kind, not produced for people
    'Add a flag that is more visible.',
    // a description of what a team does, not an instruction
    'Our team builds dashboards that are easier to read.'
  ])('`%s` stays fine', async (sentence) => {
    expect(await actions(sentence)).toEqual([])
  })
})
