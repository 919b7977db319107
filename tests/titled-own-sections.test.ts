/**
 * A page that only its title types, written in headings of its own that name none of the type's sections, gets one
 * message on its title instead of a `Missing section` error for each (rules/strategy-required-sections.ts,
 * `writtenInOtherSections`); every neighbouring case keeps a message per missing section, with its fix.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fix, lint} from '../src/index.js'

const OWN_SECTIONS = '## Why\n\nPipelines take 41 minutes.\n\n## How\n\nWe will offer one paved road for deploys.\n'

async function requiredSections(text: string, path?: string, options?: {globs?: Record<string, string>}) {
  const messages = await lint(new VFile({value: text, path}), options)
  return messages.filter((message) => message.ruleId === 'strategy-required-sections')
}

describe('a page titled as a type, written in sections of its own', () => {
  it('a strategy: one message on the title, naming the seven sections in order, with no fix', async () => {
    const messages = await requiredSections(`# Platform Engineering Strategy 2027\n\n${OWN_SECTIONS}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 1, column: 1})
    expect(messages[0].reason).toBe(
      'Titled as a technical strategy (`Platform Engineering Strategy 2027`), but no heading names one of its sections; write the page in them, in this order, renaming a heading that already holds one: `Context`, `Diagnosis`, `Guiding Policy`, `Coherent Actions`, `What We Will NOT Do`, `Risks and Mitigations`, `Success Criteria` (or list the page in `.remarkignore` if it is not meant to follow the template)'
    )
    expect(messages[0].expected).toBeUndefined()
  })

  it('`fix` leaves such a page as it is: which heading holds which section is the author’s call', async () => {
    const text = `# Platform Engineering Strategy 2027\n\n${OWN_SECTIONS}`
    const fixed = await fix(text)
    expect(fixed.text).toBe(text)
    expect(fixed.messages.filter((message) => message.ruleId === 'strategy-required-sections')).toHaveLength(1)
  })

  it('a vision: the vision’s six sections', async () => {
    const [message, ...rest] = await requiredSections(`# A Vision for Search\n\n${OWN_SECTIONS}`)
    expect(rest).toEqual([])
    expect(message.reason).toMatch(/^Titled as a technical vision \(`A Vision for Search`\), .*: `Current State`, `Guiding Principles`, `Target State`, `Migration Strategy`, `Key Decisions`, `Success Metrics` \(/)
  })

  it('a title from front matter (no H1): the message names it and stands on the front matter', async () => {
    const messages = await requiredSections(`---\ntitle: Platform Strategy 2027\n---\n\n${OWN_SECTIONS}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 1, column: 1})
    expect(messages[0].reason).toMatch(/^Titled as a technical strategy \(`Platform Strategy 2027`\), but no heading/)
    // With no heading of its own, each section is missing, with its fix.
    expect(await requiredSections('---\ntitle: Platform Strategy 2027\n---\n\nPipelines take 41 minutes.\n')).toHaveLength(7)
  })

  it('subsections of its own count as its own headings (`## FY23` / `### Why`)', async () => {
    const messages = await requiredSections(`# Product/Engineering strategy\n\n## FY23\n\n### Why\n\nText.\n\n### How\n\nMore text.\n`)
    expect(messages.map((message) => message.reason.slice(0, 26))).toEqual(['Titled as a technical stra'])
  })
})

describe('neighbours that keep a message per missing section', () => {
  const perSection = (messages: Awaited<ReturnType<typeof requiredSections>>) => messages.map((message) => /Missing section `([^`]+)`/.exec(message.reason)?.[1])

  it('a page that is only its title: each section, with the fix that inserts it', async () => {
    const messages = await requiredSections('# Platform Engineering Strategy 2027\n\nPipelines take 41 minutes.\n')
    expect(perSection(messages)).toEqual(['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])
    expect(messages.every((message) => message.expected?.length === 1)).toBe(true)
  })

  it('a titled page that names one section (an alias counts): the others, one by one', async () => {
    const messages = await requiredSections(`# Platform Engineering Strategy 2027\n\n## Background\n\nPipelines take 41 minutes.\n\n${OWN_SECTIONS}`)
    expect(perSection(messages)).toEqual(['Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])
  })

  it('a titled page that names a section under a heading of its own (`## Why` / `### Context`): the others, one by one', async () => {
    const messages = await requiredSections(`# Platform Engineering Strategy 2027\n\n## Why\n\n### Context\n\nPipelines take 41 minutes.\n\n## How\n\nText.\n`)
    expect(perSection(messages)).toEqual(['Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'])
  })

  it('a type declared in front matter: the team says the page follows the template', async () => {
    const messages = await requiredSections(`---\ntype: strategy\n---\n\n# Platform Engineering Strategy 2027\n\n${OWN_SECTIONS}`)
    expect(perSection(messages)).toHaveLength(7)
  })

  it('a type given by a folder glob', async () => {
    const messages = await requiredSections(`# Platform Engineering Strategy 2027\n\n${OWN_SECTIONS}`, 'docs/strategy/platform.md', {globs: {'docs/strategy/**': 'strategy'}})
    expect(perSection(messages)).toHaveLength(7)
  })
})
