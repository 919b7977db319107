/**
 * The document model (section tree, type detection, binding of headings to a
 * type's sections), checked through `getDocument` and through `lint`, on the
 * fixture files in `fixtures/detection/` and `fixtures/types/`.
 */
import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkLintStrategy, {getDocument, lint, type LintMessage, type StrategyOptions} from '../src/index.js'
import type {Section} from '../src/model/sections.js'

const fixtureRoot = new URL('../fixtures/', import.meta.url)

function read(name: string): string {
  return readFileSync(new URL(name, fixtureRoot), 'utf8')
}

/** Run the plugin on a fixture and return the model the rules saw. */
async function model(name: string, options?: StrategyOptions, path?: string) {
  const file = new VFile({value: read(name), path})
  const processor = remark().use(remarkLintStrategy, options)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  return {document: getDocument(tree, file), file}
}

async function lintFixture(name: string, options?: StrategyOptions): Promise<LintMessage[]> {
  return lint(read(name), options)
}

/** The source text a message's range covers. */
function textAt(source: string, message: LintMessage): string {
  const lines = source.split(/\r?\n/)
  expect(message.endLine).toBe(message.line)
  return lines[message.line! - 1].slice(message.column! - 1, message.endColumn! - 1)
}

/** The (1-based) line of the first line that equals `text`. */
function lineOf(source: string, text: string): number {
  const index = source.split('\n').indexOf(text)
  expect(index, `line \`${text}\``).toBeGreaterThan(-1)
  return index + 1
}

function summary(messages: LintMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.ruleId}`)
}

function shape(section: Section): unknown {
  return {depth: section.depth, title: section.title, children: section.children.map(shape)}
}

describe('type detection', () => {
  it.each([
    ['front matter `type: strategy`', 'detection/front-matter-type.md', 'strategy'],
    ['front matter `doc-type: vision`', 'detection/front-matter-doc-type.md', 'vision'],
    ['front matter alias `type: technical-vision`', 'detection/front-matter-alias.md', 'vision']
  ])('reads %s', async (_, name, type) => {
    const {document} = await model(name)
    expect(document.type?.id).toBe(type)
    expect(document.typeSource).toBe('front-matter')
    expect(document.unknownType).toBeUndefined()
    // A typed document is checked: its missing sections are reported.
    const messages = await lintFixture(name)
    expect(messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
  })

  it('reads a glob from the options, matched against the file path', async () => {
    const options = {globs: {'docs/strategy/**': 'strategy'}}
    const matched = await model('detection/glob-target.md', options, 'docs/strategy/build-notes.md')
    expect(matched.document.type?.id).toBe('strategy')
    expect(matched.document.typeSource).toBe('glob')

    const elsewhere = await model('detection/glob-target.md', options, 'docs/notes/build-notes.md')
    expect(elsewhere.document.type).toBeUndefined()
    const noPath = await model('detection/glob-target.md', options)
    expect(noPath.document.type).toBeUndefined()

    const messages = await lint(new VFile({value: read('detection/glob-target.md'), path: 'docs/strategy/build-notes.md'}), options)
    expect(messages.filter((message) => message.ruleId === 'strategy-required-sections').map((message) => message.reason)).toEqual(
      ['Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria'].map((name) =>
        expect.stringContaining(`Missing section \`${name}\``)
      )
    )
    expect(await lint(new VFile({value: read('detection/glob-target.md'), path: 'docs/notes/build-notes.md'}), options)).toEqual([])
  })

  it.each([
    ['# Technical Vision: Payments', 'detection/title-technical-vision.md', 'vision'],
    ['# Tech Strategy: CI', 'detection/title-tech-strategy.md', 'strategy'],
    ['# Engineering Strategy 2027', 'detection/title-engineering-strategy.md', 'strategy']
  ])('reads the H1 title `%s`', async (title, name, type) => {
    expect(read(name).startsWith(`${title}\n`)).toBe(true)
    const {document} = await model(name)
    expect(document.type?.id).toBe(type)
    expect(document.typeSource).toBe('title')
    expect(document.sectionDepth).toBe(2)
    const messages = await lintFixture(name)
    expect(messages).toHaveLength(type === 'strategy' ? 7 : 6)
    // The first goes in as a level-2 heading; each of the others after the one before it, so in order they build the type.
    expect(messages.map((message) => message.ruleId)).toEqual(messages.map(() => 'strategy-required-sections'))
    expect(messages[0].reason).toContain('add it as a level-2 heading')
    for (const [index, message] of messages.entries()) {
      expect(message.reason).toMatch(new RegExp(`^\\(${index + 1}/${messages.length}\\) Missing section`))
      if (index > 0) expect(message.reason).toContain(`add it after \`${/Missing section `([^`]+)`/.exec(messages[index - 1].reason)![1]}\` (reported above)`)
    }
  })

  it('recognises three canonical headings of one type without title or front matter', async () => {
    const {document} = await model('detection/canonical-headings.md')
    expect(document.frontMatter).toBeUndefined()
    expect(document.sections.some((section) => section.depth === 1)).toBe(false)
    expect(document.type?.id).toBe('vision')
    expect(document.typeSource).toBe('headings')
    expect(document.missing.map((spec) => spec.id)).toEqual(['migration-strategy', 'key-decisions', 'success-metrics'])
  })

  it('leaves a file with only two canonical headings untyped, with no messages at all', async () => {
    const {document} = await model('detection/two-canonical-headings.md')
    expect(document.type).toBeUndefined()
    expect(document.typeSource).toBeUndefined()
    expect(document.matches).toEqual([])
    // It has a TODO, a bracketed placeholder, an empty section: none of it is reported.
    expect(await lintFixture('detection/two-canonical-headings.md')).toEqual([])
  })

  it('leaves an ordinary README alone', async () => {
    const {document} = await model('detection/readme.md')
    expect(document.type).toBeUndefined()
    expect(await lintFixture('detection/readme.md')).toEqual([])
  })

  it('lets front matter win over the title', async () => {
    const {document} = await model('detection/front-matter-beats-title.md')
    expect(document.type?.id).toBe('vision')
    expect(document.typeSource).toBe('front-matter')
  })

  it('lets front matter win over a glob, and a glob over the title', async () => {
    const options = {globs: {'docs/strategy/**': 'strategy'}}
    const declared = await model('detection/front-matter-beats-title.md', options, 'docs/strategy/a.md')
    expect(declared.document.typeSource).toBe('front-matter')
    expect(declared.document.type?.id).toBe('vision')
    const titled = await model('detection/title-technical-vision.md', options, 'docs/strategy/b.md')
    expect(titled.document.typeSource).toBe('glob')
    expect(titled.document.type?.id).toBe('strategy')
  })

  it('lets the title win over canonical headings of another type', async () => {
    const {document} = await model('detection/title-beats-headings.md')
    expect(document.type?.id).toBe('strategy')
    expect(document.typeSource).toBe('title')
  })

  it('lets the `type` option win over everything', async () => {
    const options = {type: 'strategy', globs: {'docs/**': 'vision'}}
    const {document} = await model('detection/front-matter-beats-title.md', options, 'docs/x.md')
    expect(document.type?.id).toBe('strategy')
    expect(document.typeSource).toBe('option')
    const readme = await model('detection/readme.md', {type: 'vision'})
    expect(readme.document.type?.id).toBe('vision')
    expect(readme.document.typeSource).toBe('option')

    const messages = await lint(new VFile({value: read('detection/front-matter-beats-title.md'), path: 'docs/x.md'}), options)
    expect(messages.filter((message) => message.ruleId === 'strategy-required-sections')).toHaveLength(7)
  })

  it('reports an unknown declared type once, naming the known types, and nothing else', async () => {
    const {document} = await model('detection/unknown-type.md')
    expect(document.type).toBeUndefined()
    expect(document.unknownType).toBe('roadmap')
    const messages = await lintFixture('detection/unknown-type.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.ruleId).toBe('strategy-document-type')
    expect(message.reason).toContain('`roadmap`')
    expect(message.reason).toContain('`strategy`')
    expect(message.reason).toContain('`vision`')
    expect(message.line).toBe(1)
  })
})

describe('section tree', () => {
  it('nests sections by heading level', async () => {
    const {document} = await model('types/strategy-shape.md')
    expect(document.root.depth).toBe(0)
    expect(document.root.heading).toBeUndefined()
    expect(document.root.children.map(shape)).toEqual([
      {
        depth: 1,
        title: 'Shape Strategy',
        children: [
          {
            depth: 2,
            title: 'Context',
            children: [{depth: 3, title: 'Detail', children: [{depth: 4, title: 'Deeper', children: []}]}]
          },
          {depth: 2, title: 'Diagnosis', children: []},
          {depth: 2, title: 'Guiding Policy', children: []}
        ]
      }
    ])
    expect(document.sections.map((section) => section.title)).toEqual([
      'Shape Strategy',
      'Context',
      'Detail',
      'Deeper',
      'Diagnosis',
      'Guiding Policy'
    ])
    const [title, context, detail, deeper, diagnosis] = document.sections
    expect(context.parent).toBe(title)
    expect(deeper.parent).toBe(detail)
    // A section extends to the next heading at its level or higher.
    expect(context.end).toEqual(diagnosis.start)
    expect(detail.end).toEqual(diagnosis.start)
    expect(document.root.end.line).toBe(read('types/strategy-shape.md').split('\n').length)
    // Front matter is not content.
    expect(document.frontMatter?.declaredType).toBe('strategy')
    expect(document.root.nodes).toEqual([])
  })

  it('counts words, paragraphs, list items and tables, own and total', async () => {
    const {document} = await model('types/strategy-shape.md')
    const byTitle = new Map(document.sections.map((section) => [section.title, section]))
    const stats = (title: string) => {
      const section = byTitle.get(title)!
      return {own: {...section.own}, total: {...section.total}}
    }
    // "A preamble paragraph of seven words here."
    expect(stats('Shape Strategy').own).toMatchObject({words: 7, paragraphs: 1, listItems: 0, tables: 0})
    // 5 words, then 6 words around 2 words of inline code.
    expect(stats('Context').own).toMatchObject({words: 13, paragraphs: 2, listItems: 0, tables: 0})
    // Three list items of two words, each holding a paragraph.
    expect(stats('Detail').own).toMatchObject({words: 6, paragraphs: 3, listItems: 3, tables: 0})
    expect(stats('Deeper').own).toMatchObject({words: 2, paragraphs: 1, listItems: 0, tables: 0})
    expect(stats('Detail').total).toMatchObject({words: 8, paragraphs: 4, listItems: 3, tables: 0})
    expect(stats('Context').total).toMatchObject({words: 21, paragraphs: 6, listItems: 3, tables: 0})
    // Six words in table cells, four in a block quote.
    expect(stats('Diagnosis').own).toMatchObject({words: 10, paragraphs: 1, listItems: 0, tables: 1})
    // A code block holds no words; an image counts as one.
    expect(stats('Guiding Policy').own).toMatchObject({words: 1, paragraphs: 1, listItems: 0, tables: 0})
    expect(stats('Shape Strategy').total).toMatchObject({words: 39, paragraphs: 9, listItems: 3, tables: 1})
    expect(document.root.total).toMatchObject({words: 39, paragraphs: 9, listItems: 3, tables: 1})
  })

  it('matches numbered H3 sections under an H2 title at depth 3', async () => {
    const {document} = await model('types/vision-h3.md')
    expect(document.type?.id).toBe('vision')
    expect(document.sectionDepth).toBe(3)
    expect(document.matches.map((match) => [match.section.title, match.spec.id, match.kind])).toEqual([
      ['1. Current State', 'current-state', 'exact'],
      ['2. Guiding Principles', 'guiding-principles', 'exact'],
      ['3. Target State', 'target-state', 'exact'],
      ['4. Migration Strategy', 'migration-strategy', 'exact'],
      ['5. Key Decisions', 'key-decisions', 'exact'],
      ['6. Success Metrics', 'success-metrics', 'exact']
    ])
    expect(document.missing).toEqual([])
    expect(await lintFixture('types/vision-h3.md')).toEqual([])
  })

  it('does not count a heading at another depth as a section (no duplicate)', async () => {
    const source = read('types/strategy-nested-context.md')
    const {document} = await model('types/strategy-nested-context.md')
    expect(document.sectionDepth).toBe(2)
    const contexts = document.sections.filter((section) => section.title === 'Context')
    expect(contexts.map((section) => section.depth)).toEqual([2, 4])
    expect(contexts[1].parent?.title).toBe('Coherent Actions')
    expect(contexts[1].start.line).toBe(lineOf(source, '#### Context'))
    expect(document.matches.filter((match) => match.spec.id === 'context')).toHaveLength(1)
    expect(await lintFixture('types/strategy-nested-context.md')).toEqual([])
  })

  it('reports a required section present only at another depth as a level problem', async () => {
    const source = read('types/strategy-wrong-level.md')
    const {document} = await model('types/strategy-wrong-level.md')
    expect(document.sectionDepth).toBe(2)
    expect(document.missing.map((spec) => spec.id)).toEqual(['diagnosis'])
    const elsewhere = [...document.atOtherDepth].map(([spec, section]) => [spec.id, section.depth, section.title])
    expect(elsewhere).toEqual([['diagnosis', 3, 'Diagnosis']])

    const messages = await lintFixture('types/strategy-wrong-level.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.ruleId).toBe('strategy-required-sections')
    expect(message.line).toBe(lineOf(source, '### Diagnosis'))
    expect(message.reason).toMatch(/level-3/)
    expect(message.reason).toMatch(/level 2/)
    expect(message.reason).toContain('`## Diagnosis`')
    expect(message.reason).not.toMatch(/^Missing/)
  })
})

describe('binding headings to sections', () => {
  it('reports a near-miss heading with a rename covering exactly the heading text', async () => {
    const source = read('types/strategy-near-miss.md')
    const {document} = await model('types/strategy-near-miss.md')
    const near = document.matches.filter((match) => match.kind === 'near')
    expect(near.map((match) => [match.section.title, match.spec.id])).toEqual([['Sucess Criteria', 'success-criteria']])
    expect(document.missing).toEqual([])

    const messages = await lintFixture('types/strategy-near-miss.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.ruleId).toBe('strategy-required-sections')
    expect(message.reason).toContain('`Sucess Criteria`')
    expect(message.reason).toContain('`Success Criteria`')
    expect(message.expected).toEqual(['Success Criteria'])
    expect(message.line).toBe(lineOf(source, '## Sucess Criteria'))
    expect(message.column).toBe(4)
    expect(textAt(source, message)).toBe('Sucess Criteria')
  })

  describe("a stand-in heading (a decision record's `Proposal`) names its section only while no heading does", () => {
    const record = (sections: string) => `---\ntype: adr\n---\n\n# ADR 12: Queue for build events\n\n${sections}`
    const body = (heading: string) => `## ${heading}\n\nWe will put build events on a queue between the agents and the collector.\n\n`
    const status = body('Status').replace(/We will.*/, 'Accepted')
    const context = body('Context').replace(/We will.*/, 'Build events are lost when the collector restarts, about twice a week, and nobody notices for days.')
    const consequences = body('Consequences').replace(/We will.*/, 'One more service to run, and the collector can restart without losing events.')
    const structural = (messages: LintMessage[]) => messages.filter((message) => /required-sections|duplicate-section|section-order/.test(message.ruleId ?? ''))

    it.each(['Proposal', 'Proposed solution', 'Proposed Decision', 'What’s proposed', "What's proposed", 'What is proposed'])('`## %s` alone is the Decision', async (heading) => {
      const messages = await lint(record(status + context + body(heading) + consequences))
      expect(structural(messages)).toEqual([])
    })

    it('beside `## Decision` it is an extra section, not a duplicate', async () => {
      const messages = await lint(record(status + context + body('Proposed solution') + body('Decision') + consequences))
      expect(structural(messages)).toEqual([])
    })

    it('its place is not checked: it keeps the order of the template it comes from (a proposal before its context)', async () => {
      expect(structural(await lint(record(status + body('Proposal') + context + consequences)))).toEqual([])
      // A `Decision` in that place is still out of order.
      expect(structural(await lint(record(status + body('Decision') + context + consequences))).map((message) => message.reason)).toEqual([
        'Section `Decision` is out of order; move it after `Context`'
      ])
    })

    it('`## Proposal: <what>` stands in too, as a name before a colon does', async () => {
      expect(structural(await lint(record(status + context + body('Proposal: Eager state sync with light client checks') + consequences)))).toEqual([])
    })

    it('a custom type that renames the section keeps its stand-ins', async () => {
      const options: StrategyOptions = {types: {'our-adr': {extends: 'adr', sections: ['status', 'context', {id: 'decision', heading: 'Outcome'}, 'consequences']}}}
      const ours = (heading: string) => record(status + context + body(heading) + consequences).replace('type: adr', 'type: our-adr')
      expect(structural(await lint(ours('Proposal'), options))).toEqual([])
      expect(structural(await lint(ours('Something Else'), options)).map((message) => message.reason)).toEqual([
        expect.stringMatching(/^Missing section `Outcome`; add it after `Context`/)
      ])
    })
  })

  it('keeps the numbering in the rename of a numbered near miss', async () => {
    const source = read('types/strategy-near-miss-numbered.md')
    const messages = await lintFixture('types/strategy-near-miss-numbered.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.expected).toEqual(['7. Success Criteria'])
    expect(message.line).toBe(lineOf(source, '## 7. Sucess Criteria'))
    expect(textAt(source, message)).toBe('7. Sucess Criteria')
  })

  it('says where a missing section belongs and carries the text to insert', async () => {
    const source = read('types/strategy-missing.md')
    const {document} = await model('types/strategy-missing.md')
    expect(document.missing.map((spec) => spec.id)).toEqual(['diagnosis'])

    const messages = await lintFixture('types/strategy-missing.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.ruleId).toBe('strategy-required-sections')
    expect(message.reason).toContain('Missing section `Diagnosis`')
    expect(message.reason).toContain('after `Context`')
    // Between Context and Guiding Policy.
    expect(message.line).toBe(lineOf(source, '## Guiding Policy'))
    expect(message.column).toBe(1)
    expect(message.expected).toHaveLength(1)
    const [insertion] = message.expected!
    expect(insertion).toMatch(/^\n*## Diagnosis\n\n/)
    expect(insertion).toContain('TODO')

    // Applying the insertion gives a document with the section in place: nothing is missing or out of order.
    const lines = source.split('\n')
    const offset = lines.slice(0, message.line! - 1).join('\n').length + 1
    const fixed = source.slice(0, offset) + insertion + source.slice(offset)
    const after = await lint(fixed)
    expect(after.filter((other) => other.ruleId === 'strategy-required-sections')).toEqual([])
    expect(after.filter((other) => other.ruleId === 'strategy-section-order')).toEqual([])
    // The inserted prompt still reads as unfinished: strategy-empty-section reports the section, an error.
    const headingLine = fixed.split('\n').indexOf('## Diagnosis') + 1
    expect(after.some((other) => other.ruleId === 'strategy-empty-section' && other.line === headingLine && other.fatal)).toBe(true)
  })

  it('reports one section of a swapped pair, naming the section it should follow', async () => {
    const source = read('types/strategy-swapped.md')
    const messages = await lintFixture('types/strategy-swapped.md')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message.ruleId).toBe('strategy-section-order')
    expect(message.reason).toContain('`Guiding Policy`')
    expect(message.reason).toContain('after `Diagnosis`')
    expect(message.line).toBe(lineOf(source, '## Guiding Policy'))
  })

  it('reports a duplicate section once, pointing at the first', async () => {
    const source = read('types/strategy-duplicate.md')
    const {document} = await model('types/strategy-duplicate.md')
    expect(document.matches.filter((match) => match.spec.id === 'context')).toHaveLength(2)
    const first = lineOf(source, '## Context')
    const messages = await lintFixture('types/strategy-duplicate.md')
    expect(summary(messages)).toEqual([`${source.split('\n').lastIndexOf('## Context') + 1}:strategy-duplicate-section`])
    expect(messages[0].reason).toContain(`line ${first}`)
  })

  it('reports an empty section', async () => {
    const source = read('types/strategy-empty.md')
    const messages = await lintFixture('types/strategy-empty.md')
    expect(summary(messages)).toEqual([`${lineOf(source, '## Risks and Mitigations')}:strategy-empty-section`])
    expect(messages[0].reason).toMatch(/`Risks and Mitigations` is empty/)
  })

  it('reports placeholder-only sections, but not prose with `owner TBD`', async () => {
    const source = read('types/strategy-placeholder-only.md')
    const {document} = await model('types/strategy-placeholder-only.md')
    const only = Object.fromEntries(document.matches.map((match) => [match.spec.id, document.isPlaceholderOnly(match.section)]))
    expect(only).toEqual({
      context: false,
      diagnosis: false,
      'guiding-policy': true,
      'coherent-actions': false,
      'what-we-will-not-do': true,
      'risks-and-mitigations': true,
      'success-criteria': false
    })

    const messages = await lintFixture('types/strategy-placeholder-only.md')
    const empty = messages.filter((message) => message.ruleId === 'strategy-empty-section')
    expect(empty.map((message) => message.line)).toEqual([
      lineOf(source, '## Guiding Policy'),
      lineOf(source, '## What We Will NOT Do'),
      lineOf(source, '## Risks and Mitigations')
    ])
    for (const message of empty) expect(message.reason).toMatch(/placeholder/)
    // One problem, one message: the leftovers of those sections are theirs; the `owner TBD` in prose is strategy-placeholder's.
    const leftovers = messages.filter((message) => message.ruleId === 'strategy-placeholder')
    expect(leftovers.map((message) => textAt(source, message))).toEqual(['TBD'])
    expect(messages.every((message) => ['strategy-empty-section', 'strategy-placeholder'].includes(message.ruleId!))).toBe(true)
  })
})

describe('strategy and vision fixtures', () => {
  it.each([
    ['types/strategy-good.md', 'strategy'],
    ['types/vision-good.md', 'vision']
  ])('%s produces no messages', async (name, type) => {
    const {document} = await model(name)
    expect(document.type?.id).toBe(type)
    expect(document.missing).toEqual([])
    expect(document.matches.every((match) => match.kind === 'exact')).toBe(true)
    expect(document.matches).toHaveLength(document.type!.sections.length)
    expect(await lintFixture(name)).toEqual([])
  })

  it('reports every problem of a bad strategy', async () => {
    const source = read('types/strategy-bad.md')
    const {document} = await model('types/strategy-bad.md')
    expect(document.typeSource).toBe('title')
    const messages = await lintFixture('types/strategy-bad.md')
    expect(summary(messages)).toEqual([
      `${lineOf(source, '## Context')}:strategy-section-length`,
      // Missing Diagnosis, right after Context.
      `${lineOf(source, '## Guiding Policies')}:strategy-required-sections`,
      // Five specific, numbered actions: a short list, not a thin section (measured in items).
      `${lineOf(source, '   team, by <insert date>.')}:strategy-placeholder`,
      `${lineOf(source, '## Risks and Mitigations')}:strategy-section-order`,
      `${source.split('\n').lastIndexOf('## Success Criteria') + 1}:strategy-duplicate-section`
    ])
    const byRule = (id: string) => messages.filter((message) => message.ruleId === id)
    expect(byRule('strategy-required-sections')[0].reason).toContain('Missing section `Diagnosis`')
    expect(textAt(source, byRule('strategy-placeholder')[0])).toBe('<insert date>')
    expect(byRule('strategy-section-order')[0].reason).toContain('after `What We Will NOT Do`')
    expect(byRule('strategy-section-length').map((message) => message.reason)).toEqual([
      expect.stringContaining('`Context` is a single line (3 words)')
    ])
  })

  it('reports every problem of a bad vision', async () => {
    const source = read('types/vision-bad.md')
    const messages = await lintFixture('types/vision-bad.md')
    expect(summary(messages)).toEqual([
      `${lineOf(source, '[System Name] serves every search query from one Elasticsearch cluster that')}:strategy-placeholder`,
      `${lineOf(source, '## Target State')}:strategy-section-order`,
      // `TBD` alone under the heading: one problem, one message (not also a strategy-placeholder warning).
      `${lineOf(source, '## Guiding Principles')}:strategy-empty-section`,
      `${lineOf(source, '## Migration Strategy')}:strategy-empty-section`,
      `${lineOf(source, '## Key Decisons')}:strategy-required-sections`,
      `${source.split('\n').length}:strategy-required-sections`
    ])
    const required = messages.filter((message) => message.ruleId === 'strategy-required-sections')
    expect(required[0].expected).toEqual(['Key Decisions'])
    expect(textAt(source, required[0])).toBe('Key Decisons')
    expect(required[1].reason).toContain('Missing section `Success Metrics`')
    expect(required[1].expected?.[0]).toContain('## Success Metrics\n')
  })
})

describe('text the language rules read', () => {
  async function unitTexts(source: string): Promise<string[]> {
    const {textUnits} = await import('../src/language/analysis.js')
    const file = new VFile({value: source})
    const processor = remark().use(remarkLintStrategy)
    const tree = processor.parse(file) as Root
    await processor.run(tree, file)
    return textUnits(getDocument(tree, file)).map((unit) => unit.text)
  }

  // One definition of "starts with a marker" (src/model/placeholders.ts LEADING_MARKER): a template prompt is
  // strategy-placeholder's, but `XXX-large` is no marker there, so the language rules read it (they used to skip it).
  it('leaves template prompts out but reads text starting with XXX-large', async () => {
    const texts = await unitTexts('# Strategy\n\nTODO: list the risks we accept here.\n\nXXX-large runners stay for the monorepo.\n')
    expect(texts).not.toContainEqual(expect.stringContaining('TODO'))
    expect(texts).toContain('XXX-large runners stay for the monorepo.')
  })
})

describe('settings reach the model explicitly', () => {
  const source = '# Notes\n\n## Context\n\nSome text.\n'

  it('builds one model per settings: an earlier caller with other settings does not decide what the rules see', async () => {
    const file = new VFile({value: source})
    const processor = remark().use(remarkLintStrategy, {type: 'strategy'})
    const tree = processor.parse(file) as Root
    // Before the change the first caller's settings (none: no type) stuck to the tree, and no type rule ran.
    expect(getDocument(tree, file, {}).type).toBeUndefined()
    await processor.run(tree, file)
    expect(file.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
    expect(file.data.strategyType).toBe('strategy')
  })

  it('gives the same model to the same settings object and another to other settings', async () => {
    const file = new VFile({value: source})
    const tree = remark().parse(file) as Root
    const settings = {type: 'strategy'}
    const typed = getDocument(tree, file, settings)
    expect(getDocument(tree, file, settings)).toBe(typed)
    expect(typed.type?.id).toBe('strategy')
    expect(getDocument(tree, file, {}).type).toBeUndefined()
  })
})
