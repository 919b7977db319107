/**
 * Missing-section messages as a user reads them in the terminal: in document
 * order, each saying where the section goes, so that following them top to
 * bottom gives the type's order. And a horizon in the Target State heading
 * counts. Real `strategy-lint`, files on disk.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, visionBody, words} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {strategyType} from '../src/types/doc-types.js'

afterAll(removeProjects)

/** Drop the `## heading` sections named in `names` from a document. */
function withoutSections(text: string, names: readonly string[]): string {
  const parts = text.split(/(?=^## )/m)
  return parts.filter((part) => !names.some((name) => part.startsWith(`## ${name}\n`))).join('')
}

/** Follow "Missing section `X`; add it after `Y`" / "before `Y`" instructions in the order printed, on the list of headings. */
function follow(headings: string[], lines: readonly string[]): string[] {
  const result = [...headings]
  for (const line of lines) {
    const found = /Missing section `([^`]+)`; add it (after|before) `([^`]+)`/.exec(line)
    if (!found) continue
    const [, name, where, anchor] = found
    const at = result.indexOf(anchor)
    expect(at, `"${anchor}" exists when "${name}" is added (line: ${line})`).toBeGreaterThanOrEqual(0)
    result.splice(where === 'after' ? at + 1 : at, 0, name)
  }
  return result
}

describe.concurrent('missing sections, in order', () => {
  it.each([
    ['a run after the first section', ['Diagnosis', 'Guiding Policy', 'Coherent Actions']],
    ['a run at the start and one at the end', ['Context', 'Diagnosis', 'Risks and Mitigations', 'Success Criteria']],
    ['every other section', ['Diagnosis', 'Coherent Actions', 'Risks and Mitigations']],
    ['all but one', ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Success Criteria']]
  ])('%s: printed top to bottom, the messages rebuild the type order', async (_name, missing) => {
    const dir = makeProject({'s.md': withoutSections(GOOD_STRATEGY, missing)})
    const result = await strategyLint(['s.md'], dir)
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n').filter((line) => line.includes('strategy-required-sections'))
    expect(lines).toHaveLength(missing.length)
    // In the type's order, not by name.
    expect(lines.map((line) => /Missing section `([^`]+)`/.exec(line)?.[1])).toEqual(missing)
    const present = strategyType.sections.map((spec) => spec.heading).filter((heading) => !missing.includes(heading))
    expect(follow(present, lines)).toEqual(strategyType.sections.map((spec) => spec.heading))
  })

  it('a run of missing sections numbers its messages and chains them; a lone one reads as before', async () => {
    const dir = makeProject({'s.md': withoutSections(GOOD_STRATEGY, ['Diagnosis', 'Guiding Policy', 'Success Criteria'])})
    const result = await strategyLint(['--format', 'json', 's.md'], dir)
    const reasons = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>)
      .flatMap((file) => file.messages)
      .filter((message) => message.ruleId === 'strategy-required-sections')
      .map((message) => message.reason.replace(/ and [^`]*$/, ''))
    expect(reasons).toEqual([
      '(1/2) Missing section `Diagnosis`; add it after `Context`',
      '(2/2) Missing section `Guiding Policy`; add it after `Diagnosis` (reported above)',
      'Missing section `Success Criteria`; add it after `Risks and Mitigations`'
    ])
  })

  it("names the author's heading, as written, for the section to add after", async () => {
    const text = withoutSections(GOOD_STRATEGY, ['Diagnosis']).replace('## Context\n', '## Context and Background\n')
    const result = await strategyLint(['--format', 'json', 's.md'], makeProject({'s.md': text}))
    const reasons = (JSON.parse(result.stdout) as Array<{messages: Array<{reason: string}>}>).flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons).toContainEqual(expect.stringMatching(/^Missing section `Diagnosis`; add it after `Context and Background` and /))
  })

  it.each(['Target State (2028)', 'Target State: FY27'])('a horizon in the heading `%s` satisfies strategy-time-horizon', async (heading) => {
    const body = visionBody('Payments Vision', {'Target State': words(60, 3)})
    const dated = makeProject({'v.md': `---\ntype: vision\n---\n\n${body.replace('## Target State\n', `## ${heading}\n`)}`})
    const undated = makeProject({'v.md': `---\ntype: vision\n---\n\n${body}`})
    const ruleIds = async (dir: string) =>
      (JSON.parse((await strategyLint(['--format', 'json', 'v.md'], dir)).stdout) as Array<{messages: Array<{ruleId: string}>}>)
        .flatMap((file) => file.messages)
        .map((message) => message.ruleId)
    expect(await ruleIds(undated)).toContain('strategy-time-horizon')
    expect(await ruleIds(dated)).not.toContain('strategy-time-horizon')
  })
})
