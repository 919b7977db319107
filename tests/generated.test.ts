/**
 * One source of truth per rule: the registry, the schema's rule parts and the
 * rule tables are generated from the rule files (scripts/generate.js), and
 * must be what the generator writes today; the facts the type model keeps
 * about rules (which sections read which section-scoped rule) name rules
 * that exist with that scope; every rule option is validated from its
 * schema with one-line errors.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript script, without type declarations.
import {generate, sectionRulesOf} from '../scripts/generate.js'
import {allSections, builtinTypes} from '../src/types/doc-types.js'
import {lint, rules} from '../src/index.js'

interface Generated {
  file: string
  current: string
  wanted: string
}

const generated = (await generate()) as Generated[]

describe('generated files', () => {
  it.each(generated)('$file is what `npm run generate` writes', ({file, current, wanted}) => {
    expect(current === wanted, `${file} is stale: run \`npm run generate\` (it builds, then writes it from rules/*.ts)`).toBe(true)
  })
})

describe('rule facts', () => {
  it('every rule a built-in section names is a section-scoped rule', () => {
    const scopes = new Map(rules.map((rule) => [rule.ruleId, rule.meta.scope]))
    for (const type of builtinTypes) {
      const named = [...type.otherProseRules, ...allSections(type).flatMap((spec) => [...spec.rules])]
      for (const id of named) expect(scopes.get(id), `${type.id} names \`${id}\``).toBe('section')
    }
  })

  it('every section-scoped rule is read by some built-in section, so it does something out of the box', () => {
    const read = new Set(builtinTypes.flatMap((type) => allSections(type).flatMap((spec) => [...spec.rules])))
    const unread = rules.filter((rule) => rule.meta.scope === 'section' && !read.has(rule.ruleId)).map((rule) => rule.ruleId)
    expect(unread).toEqual([])
  })
})

describe('the built-in sections a rule declares', () => {
  const types = builtinTypes.map((type) => ({id: type.id, allSections: allSections(type)}))
  const map = (metas: object[]) => new Map(sectionRulesOf(metas, types) as Array<[string, string[]]>)

  it('make the sections read it: one named, every section of a type (`*`), the introduction and the goal headings', () => {
    const read = map([
      {id: 'strategy-new-rule', scope: 'section', sections: ['strategy/coherent-actions', 'vision/*', 'adr/introduction', 'strategy/goal-headings'], options: {goalHeadings: {type: 'boolean', default: false}}}
    ])
    const vision = allSections(builtinTypes.find((type) => type.id === 'vision')!).map((spec) => `vision/${spec.id}`)
    expect([...read.keys()]).toEqual(['strategy/coherent-actions', 'strategy/goal-headings', ...vision, 'adr/introduction'])
    for (const readers of read.values()) expect(readers).toEqual(['strategy-new-rule'])
  })

  it('are the built-in types\' section rules, as generated', () => {
    const read = map(rules.map((rule) => rule.meta))
    for (const type of builtinTypes) {
      expect([...type.otherProseRules].sort(), `${type.id}/introduction`).toEqual([...(read.get(`${type.id}/introduction`) ?? [])].sort())
      expect([...type.goalHeadingRules].sort(), `${type.id}/goal-headings`).toEqual([...(read.get(`${type.id}/goal-headings`) ?? [])].sort())
      for (const spec of allSections(type)) expect([...spec.rules].sort(), `${type.id}/${spec.id}`).toEqual([...(read.get(`${type.id}/${spec.id}`) ?? [])].sort())
    }
  })

  it.each([
    ['a section no built-in type has', {id: 'strategy-x', scope: 'section', sections: ['strategy/roadmap']}, /rules\/strategy-x\.ts: `strategy\/roadmap` names no built-in section; expected `<type>\/<section id>`/],
    ['a part of a type that is neither a section nor the introduction nor its goal headings', {id: 'strategy-x', scope: 'section', sections: ['strategy/goals']}, /`strategy\/goals` names no built-in section; expected .*`<type>\/introduction` or `<type>\/goal-headings`/],
    ['goal headings, without a `goalHeadings` option to read them', {id: 'strategy-x', scope: 'section', sections: ['strategy/goal-headings']}, /`strategy\/goal-headings` is read only through a `goalHeadings` option, and the rule has none/],
    ['a type that is not built in', {id: 'strategy-x', scope: 'section', sections: ['rfc/*']}, /`rfc\/\*` names no built-in section/],
    ['sections for a document-scoped rule', {id: 'strategy-x', scope: 'document', sections: ['strategy/context']}, /`sections` is for section-scoped rules, and its scope is `document`/]
  ])('are refused when they name %s', (_name, meta, pattern) => {
    expect(() => map([meta])).toThrow(pattern)
  })
})

describe('rule options are validated from their schema', () => {
  const error = (options: unknown) =>
    lint('# x\n', options as never).then(
      () => undefined,
      (problem: Error) => problem.message
    )

  it.each([
    ['the first wrong option as written', {'strategy-section-length': {tolerance: 0, wordsPerPage: 0}}, /option `tolerance`: got number 0, expected a number >= 1$/],
    ['the first wrong option as written (the other way round)', {'strategy-section-length': {wordsPerPage: 0, tolerance: 0}}, /option `wordsPerPage`: got number 0, expected an integer >= 1$/],
    ['an unknown option before a wrong one', {'strategy-principle-count': {bogus: 1, minimum: 0}}, /: unknown option `bogus`, expected one of `minimum`, `maximum`$/],
    ['an entry of an array by its index', {'strategy-measurable-criteria': {milestones: ['M1', '']}}, /option `milestones`\[1\]: got "", expected a non-empty string$/],
    ['a map entry by its key', {'strategy-section-length': {budgets: {context: {maxWords: 'ten'}}}}, /option `budgets\.context\.maxWords`: got "ten", expected an integer >= 0$/],
    ['an options list that is not an object', {'strategy-non-goals': ['warn', 3]}, /rule `strategy-non-goals`: got number 3, expected an options object$/],
    ['a rule that takes none, given an array', {'strategy-time-horizon': ['warn', []]}, /rule `strategy-time-horizon`: takes no options, got \[\]$/],
    ['a month out of range, in its own words', {'strategy-stale-deadline': {fiscalYearStart: 0}}, /option `fiscalYearStart`: got number 0, expected a month number from 1 \(January\) to 12 \(December\)$/],
    ['a day that is not in the calendar', {'strategy-stale-deadline': {date: '2026-02-30'}}, /option `date`: got "2026-02-30", expected a date as YYYY-MM-DD, such as 2026-12-03$/]
  ])('reports %s', async (_name, setting, pattern) => {
    const message = await error({rules: setting})
    expect(message).toMatch(pattern)
    expect(message?.split('\n')).toHaveLength(1)
  })

  it('fills in the defaults the schema declares, and keeps what was given', async () => {
    // Options are accepted (no error) and behave as the defaults: the same messages as with none.
    const text = '---\ntype: vision\n---\n\n# Vision\n\n## Guiding Principles\n\n- One\n- Two\n'
    const withDefaults = await lint(text, {rules: {'strategy-principle-count': {minimum: 3, maximum: 5}}})
    const without = await lint(text)
    expect(withDefaults).toEqual(without)
    const given = {minimum: 1}
    await lint(text, {rules: {'strategy-principle-count': given}})
    // The caller's object is not written into.
    expect(given).toEqual({minimum: 1})
  })
})
