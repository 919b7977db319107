import {describe, expect, it} from 'vitest'
import {boundedDistance, headingKey, isNearMiss, renameHeading, splitHeading} from '../src/model/heading.js'
import {lint} from '../src/index.js'

describe('headingKey', () => {
  it.each([
    ['What We Will NOT Do', 'What we won’t do'],
    ['What We Will NOT Do', "**What we won't do**"],
    ['Risks and Mitigations', 'Risks & Mitigations'],
    ['Risks and Mitigations', '5. Risk and mitigation'],
    ['Target State', '3. Target State (2-3 years)'],
    ['Target State', 'IV. Target State'],
    ['Current State', '1) Current state:'],
    ['Guiding Policy', '`Guiding Policy`'],
    ['Success Criteria', '2.3 Success Criteria [draft]'],
    // Numbering of wikis and chat-era editors, and emoji written as shortcodes (GitHub, MkDocs Material).
    ['Guiding Policy', '(3) Guiding Policy'],
    ['Guiding Policy', '#3 Guiding Policy'],
    ['Guiding Policy', '3\uFE0F\u20E3 Guiding Policy'],
    ['Guiding Policy', '\u278C Guiding Policy'],
    ['Context', '§1 Context'],
    ['Context', '§ 2.1 Context'],
    ['Context', ':earth_africa: Context'],
    ['Diagnosis', ':mag: Diagnosis :+1:'],
    ['Context', ':Context:'],
    ['Context', '(a) Context'],
    ['Context', '(ii) Context']
  ])('%s matches %s', (canonical, variant) => {
    expect(headingKey(variant)).toBe(headingKey(canonical))
  })

  it('keeps different names apart', () => {
    expect(headingKey('Context')).not.toBe(headingKey('Contexts and Goals'))
    expect(headingKey('2026 Plan')).toBe('2026 plan')
    // (A colon inside words is no shortcode: `Decision:Final:` keeps its words.)
    expect(headingKey('Decision:Final:')).toBe('decision final')
    expect(headingKey('(3) Guiding Policy')).toBe('guiding policy')
  })

  it('a document whose headings carry shortcode emoji has its sections, and no fix adds empty copies', async () => {
    const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
    const body = sections.map((name, index) => `## :star: ${index + 1}. ${name}\n\nWe have written this ${name} section out in enough words for the reader to follow it.\n`).join('\n')
    const messages = await lint(`---\ntype: strategy\n---\n\n# Tech Strategy: Search\n\n${body}`)
    expect(messages.filter((message) => /strategy-(?:required-sections|section-order)/.test(message.ruleId ?? ''))).toEqual([])
  })
})

describe('a name misspelt, then extended as the name may be', () => {
  const body = (heading: string) =>
    `---\ntype: strategy\n---\n\n# Tech Strategy: Search\n\n${['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', heading]
      .map((name) => `## ${name}\n\nWe have written this section out in enough words for the reader to follow it well.\n`)
      .join('\n')}`

  it.each([
    ['Sucess Criteria and KPIs', 'Success Criteria and KPIs'],
    ['Sucess Criteria `p95`', 'Success Criteria `p95`'],
    ['3. Sucess Criteria: p95', '3. Success Criteria: p95'],
    [':rocket: Sucess Criteria and KPIs', ':rocket: Success Criteria and KPIs'],
    [':dart::rocket: Sucess Criteria', ':dart::rocket: Success Criteria'],
    ['(k) Sucess Criteria', '(k) Success Criteria']
  ])('`%s` is a near miss renamed to `%s`, not a missing section', async (written, renamed) => {
    const messages = (await lint(body(written))).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Heading `.*` looks like the required section `Success Criteria`; rename it to `/)])
    expect(messages[0].expected).toEqual([renamed])
  })

  it('an alias misspelt and extended by a linking word is a near miss of its section', async () => {
    const messages = (await lint(body('Sucess Metrics for 2027'))).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Heading `Sucess Metrics for 2027` looks like `Success Metrics`, a name of the required section `Success Criteria`; rename it to `Success Metrics for 2027`/)])
  })

  it.each(['What We Will Now Do Next', 'What we will now do'])('`%s` is a plan, not a misspelt `What We Will NOT Do`', async (heading) => {
    const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', heading, 'Risks and Mitigations', 'Success Criteria']
    const text = `---\ntype: strategy\n---\n\n# Tech Strategy: Search\n\n${sections.map((name) => `## ${name}\n\nWe have written this section out in enough words for the reader to follow it well.\n`).join('\n')}`
    expect((await lint(text)).some((message) => /looks like the required section `What We Will NOT Do`/.test(message.reason))).toBe(false)
  })

  it('a single-word name extended by a word that links nothing is no near miss: `Contxt Diagram` is not the Context', async () => {
    const messages = await lint(`---\ntype: strategy\n---\n\n# Tech Strategy: Search\n\n## Contxt Diagram\n\nA diagram.\n`)
    expect(messages.some((message) => /looks like the required section `Context`/.test(message.reason))).toBe(false)
  })
})

describe('a team that plans in OKRs', () => {
  const body = (sections: string[]) =>
    `---\ntype: strategy\n---\n\n# Tech Strategy: SRE\n\n${sections.map((name) => `## ${name}\n\nWe have written this section out in enough words for the reader to follow it well, by Q3 2027.\n`).join('\n')}`
  const structure = async (sections: string[]) =>
    (await lint(body(sections))).filter((message) => /strategy-(?:required-sections|duplicate-section|section-order)/.test(message.ruleId ?? '')).map((message) => message.reason)

  it('`OKRs` or `Objectives and Key Results` stands in for a missing Coherent Actions, `Key Results` for a missing Success Criteria', async () => {
    expect(await structure(['Context', 'Diagnosis', 'Guiding Policy', 'OKRs', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])).toEqual([])
    expect(await structure(['Context', 'Diagnosis', 'Guiding Policy', 'Objectives and Key Results', 'What We Will NOT Do', 'Risks and Mitigations', 'Key Results'])).toEqual([])
  })

  it('a misspelt Coherent Actions after an `OKRs` section is the near miss, whichever comes first', async () => {
    const near = /^Heading `Coherant Actions` looks like the required section `Coherent Actions`/
    expect(await structure(['Context', 'Diagnosis', 'Guiding Policy', 'OKRs', 'Coherant Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])).toEqual([expect.stringMatching(near)])
    expect(await structure(['Context', 'Diagnosis', 'Guiding Policy', 'Coherant Actions', 'OKRs', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])).toEqual([expect.stringMatching(near)])
  })

  it('beside Coherent Actions, an `OKRs` section is a section of its own, no duplicate', async () => {
    expect(await structure(['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'OKRs', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])).toEqual([])
  })
})

describe('near misses', () => {
  it('accepts typos and one swapped word in long names', () => {
    expect(isNearMiss(headingKey('Sucess Criteria'), headingKey('Success Criteria'))).toBe(true)
    expect(isNearMiss(headingKey('Guidng Policy'), headingKey('Guiding Policy'))).toBe(true)
    expect(isNearMiss(headingKey("What we won't build"), headingKey('What We Will NOT Do'))).toBe(true)
  })

  it('rejects unrelated names', () => {
    expect(isNearMiss(headingKey('Contents'), headingKey('Context'))).toBe(false)
    expect(isNearMiss(headingKey('Success Stories'), headingKey('Success Criteria'))).toBe(false)
    expect(isNearMiss(headingKey('Appendix'), headingKey('Approach'))).toBe(false)
  })

  it('bounds the distance computation', () => {
    expect(boundedDistance('abcdef', 'abcdfe', 1)).toBe(1)
    expect(boundedDistance('a'.repeat(5000), 'b'.repeat(5000), 2)).toBe(3)
  })
})

describe('renameHeading', () => {
  it('keeps numbering and notes', () => {
    expect(renameHeading('3. Taget State (2-3 years)', 'Target State')).toBe('3. Target State (2-3 years)')
    expect(splitHeading('IV. Key Decisons').numbering).toBe('IV. ')
  })

  it('keeps the emoji and symbols around the name, which the key ignores', () => {
    expect(renameHeading('🎯 Sucess Criteria', 'Success Criteria')).toBe('🎯 Success Criteria')
    expect(renameHeading('2. ✅ **Desicion** (draft)', 'Decision')).toBe('2. ✅ **Decision** (draft)')
    expect(renameHeading('Riks ⚠️', 'Risks')).toBe('Risks ⚠️')
    expect(renameHeading('👩🏽‍💻 Contxt', 'Context')).toBe('👩🏽‍💻 Context')
    // Shortcodes too, before or after the name, after numbering.
    expect(renameHeading(':mag: Contxt', 'Context')).toBe(':mag: Context')
    expect(renameHeading('Contxt :mag:', 'Context')).toBe('Context :mag:')
    expect(renameHeading('2. :mag: :rocket: Contxt', 'Context')).toBe('2. :mag: :rocket: Context')
    // Words after the misspelt name are kept (the name extended), and a heading of symbols only is replaced whole.
    expect(renameHeading('Sucess Criteria 2027', 'Success Criteria')).toBe('Success Criteria 2027')
    expect(renameHeading('🎯', 'Success Criteria')).toBe('Success Criteria')
    // What is kept leaves the renamed heading naming its section.
    for (const heading of ['🎯 Sucess Criteria', '✅ **Sucess Criteria**', 'Sucess Criteria ⚠️', '👩🏽‍💻 Sucess Criteria']) {
      expect(headingKey(renameHeading(heading, 'Success Criteria')!), heading).toBe(headingKey('Success Criteria'))
    }
  })

  it('offers no rename that would lose or break markup: a name replaced whole keeps only emphasis around it', () => {
    for (const heading of [
      '[What We Will Not Build](https://example.com/nongoals)',
      'What We Will Not Build ![icon](icon.png)',
      'What We Will Not Build <!-- owner: alice -->',
      'What We Will Not Build <a id="nongoals"></a>',
      '<span id="x">What We Will Not Build</span>',
      '[What We Will Not Build][nb]',
      'What We Wont Build \\#',
      'What We Will Not `Build`',
      'What We Will *not* Build'
    ]) {
      expect(renameHeading(heading, 'What We Will NOT Do'), heading).toBeUndefined()
    }
    expect(renameHeading('*What We Will Not Build*', 'What We Will NOT Do')).toBe('*What We Will NOT Do*')
    expect(renameHeading('`What We Will Not Build`', 'What We Will NOT Do')).toBe('`What We Will NOT Do`')
    // Words that line up are still renamed in place, markup and all.
    expect(renameHeading('[Sucess Criteria](#x)', 'Success Criteria')).toBe('[Success Criteria](#x)')
  })
})

describe('attribute blocks and markup in headings', () => {
  it('a trailing attribute block (heading ids) is no part of the key, nor is it all of a heading', () => {
    for (const heading of ['Context {#context}', 'Context {#context .wide}', 'Context {: #context}', 'Context { #context }', 'Context {: #context }', 'Context {.unnumbered}', 'Context {-}', 'Context  {#context}  ']) {
      expect(headingKey(heading), heading).toBe('context')
    }
    expect(splitHeading('Target State (2-3 years) {#target}')).toEqual({numbering: '', name: 'Target State', note: ' (2-3 years)', attributes: ' {#target}'})
    // Braces that are no attribute block are words of the heading.
    expect(headingKey('Decision {draft}')).toBe('decision draft')
    expect(headingKey('{#context}')).toBe('context')
  })

  it('a rename replaces the words where they stand and keeps the markup, ids, anchors and comments', () => {
    const cases: Array<[string, string, string]> = [
      ['Sucess Criteria {#success-criteria}', 'Success Criteria', 'Success Criteria {#success-criteria}'],
      ['Sucess Criteria <a name="success"></a>', 'Success Criteria', 'Success Criteria <a name="success"></a>'],
      ['<a id="sc"></a>Sucess Criteria', 'Success Criteria', '<a id="sc"></a>Success Criteria'],
      ['Sucess Criteria <!-- owner: bob -->', 'Success Criteria', 'Success Criteria <!-- owner: bob -->'],
      ['[Sucess Criteria](#success-criteria)', 'Success Criteria', '[Success Criteria](#success-criteria)'],
      ['**Sucess** Criteria', 'Success Criteria', '**Success** Criteria'],
      ['`Sucess Criteria`', 'Success Criteria', '`Success Criteria`'],
      ['Sucess Criteria:', 'Success Criteria', 'Success Criteria:'],
      ['SUCESS CRITERIA', 'Success Criteria', 'SUCCESS CRITERIA'],
      ['Riks &amp; Mitigations', 'Risks and Mitigations', 'Risks and Mitigations'],
      ['Riks &amp; Mitigations Plan', 'Risks and Mitigations', 'Risks and Mitigations'],
      ['3. Taget State (2-3 years) {#target}', 'Target State', '3. Target State (2-3 years) {#target}'],
      // Words that do not line up one for one: the name is replaced whole, what is around it kept.
      ["What We Won't Do {#not}", 'What We Will NOT Do', 'What We Will NOT Do {#not}']
    ]
    for (const [heading, name, renamed] of cases) {
      expect(renameHeading(heading, name), heading).toBe(renamed)
    }
  })
})

describe('splitHeading', () => {
  it('takes the white space before a trailing note into the note, however long the run, and keeps a note that is the whole heading', () => {
    expect(splitHeading('Target State (2-3 years)')).toEqual({numbering: '', name: 'Target State', note: ' (2-3 years)', attributes: ''})
    expect(splitHeading(`Target State${' \u00a0\t'.repeat(3)}[draft]  `)).toEqual({numbering: '', name: 'Target State', note: `${' \u00a0\t'.repeat(3)}[draft]`, attributes: ''})
    expect(splitHeading('(2-3 years)')).toEqual({numbering: '', name: '(2-3 years)', note: '', attributes: ''})
    expect(splitHeading('Target (State) x')).toEqual({numbering: '', name: 'Target (State) x', note: '', attributes: ''})
    const spaces = ' '.repeat(100_000)
    expect(splitHeading(`Context${spaces}x`).name).toBe(`Context${spaces}x`)
    expect(splitHeading(`Context${spaces}(why)`)).toEqual({numbering: '', name: 'Context', note: `${spaces}(why)`, attributes: ''})
  })
})

describe('bilingual headings (a Japanese, a Portuguese team)', () => {
  const STRATEGY = '---\ntype: strategy\n---\n\n# Platform strategy\n\n'
  const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
  const documentWith = (contextHeading: string) =>
    STRATEGY + sections.map((name) => `## ${name === 'Context' ? contextHeading : name}\n\nBuilds take 45 minutes, and the shared runners are saturated at peak hours every working day.\n`).join('\n')
  const structure = async (heading: string) =>
    (await lint(documentWith(heading))).filter((message) => /required-sections|section-order|duplicate-section/.test(message.ruleId ?? '')).map((message) => message.reason)

  it('the translation in full-width brackets, or after a slash or a bar, either side of the name, is the section', async () => {
    for (const heading of ['Context（背景）', 'Context【背景】', 'Context / 背景', '背景 / Context', 'Context｜背景', '背景｜Context', 'Context／背景', 'Contexto / Context', 'Context：背景']) {
      expect(await structure(heading), heading).toEqual([])
    }
  })

  it('two English topics after a slash are not a translation: `Alternatives / Background` is no Context', async () => {
    expect(await structure('Alternatives / Background')).toContainEqual(expect.stringMatching(/^\(1\/1\) Missing section `Context`|^Missing section `Context`/))
  })
})
