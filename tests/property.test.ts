/**
 * Property-based tests (fast-check): generated Markdown of every shape the
 * rules look at never makes `lint` throw or report a crashed rule, every
 * message lies inside the document, and linting is deterministic.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtinTypes, lint, type LintMessage, type StrategyOptions} from '../src/index.js'

const sectionNames = [...new Set(builtinTypes.flatMap((type) => type.sections.flatMap((spec) => [spec.heading, ...spec.aliases])))]

const wordPool = [
  'we', 'will', 'should', 'maybe', 'improve', 'latency', 'by', '20%', 'Q3', '2027', 'TODO', 'TBD', 'XXX', '???',
  'non-goal', 'principle', 'because', 'risk', 'mitigation', 'AI-powered', 'blockchain', 'p99', 'ms', 'adopt',
  'deadline', 'lagging', 'leading', 'metric', 'héllo', 'naïve', '日本語', '🚀', 'Ωmega', '\u200b', 'ﬁ', 'e\u0301',
  '`code`', '**bold**', '_em_', '[link](http://x.y)', '<b>', '&amp;', '\\', '|', '#', '-', '*', '1.', '>', ':'
]

const word = fc.oneof(fc.constantFrom(...wordPool), fc.string({maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 6}))
const words = fc.array(word, {minLength: 0, maxLength: 12}).map((list) => list.join(' '))
const nonEmptyWords = fc.array(word, {minLength: 1, maxLength: 8}).map((list) => list.join(' '))

const headingText = fc.oneof(
  fc.constantFrom(...sectionNames),
  fc.tuple(fc.nat({max: 12}), fc.constantFrom(...sectionNames)).map(([n, name]) => `${n}. ${name}`),
  fc.tuple(fc.constantFrom(...sectionNames), fc.constantFrom(':', ' (draft)', ' & More', '')).map(([name, tail]) => name + tail),
  fc.constantFrom('Technical Strategy: Payments', 'Engineering Strategy', 'Technical Vision', 'Vision: 2030', 'Strategy'),
  nonEmptyWords
)

const atxHeading = fc
  .tuple(fc.integer({min: 1, max: 6}), headingText, fc.boolean())
  .map(([depth, text, closed]) => `${'#'.repeat(depth)} ${text}${closed ? ` ${'#'.repeat(depth)}` : ''}`)
const setextHeading = fc
  .tuple(headingText, fc.constantFrom('=', '-'), fc.integer({min: 1, max: 10}))
  .map(([text, mark, count]) => `${text.replace(/\n/g, ' ')}\n${mark.repeat(count)}`)
const emptyHeading = fc.constantFrom('#', '##', '### ', '#######', '# #', '## 2.')

const paragraph = nonEmptyWords

const listItem = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), words).map(([mark, text]) => mark + text)
const list = fc.array(listItem, {minLength: 1, maxLength: 6}).map((items) => items.join('\n'))
const nestedList = fc
  .array(fc.tuple(fc.integer({min: 0, max: 5}), listItem), {minLength: 1, maxLength: 8})
  .map((items) => items.map(([depth, item]) => `${'  '.repeat(depth)}${item}`).join('\n'))
const deepList = fc.integer({min: 1, max: 60}).map((depth) => Array.from({length: depth}, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'))
const quote = fc.tuple(fc.integer({min: 1, max: 5}), words).map(([depth, text]) => `${'> '.repeat(depth)}${text}`)

const table = fc
  .tuple(fc.integer({min: 1, max: 4}), fc.array(fc.array(words, {minLength: 1, maxLength: 4}), {maxLength: 4}))
  .map(([columns, rows]) => {
    const row = (cells: string[]) => `| ${Array.from({length: columns}, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`
    return [row(Array.from({length: columns}, (_, i) => `h${i}`)), `|${' --- |'.repeat(columns)}`, ...rows.map(row)].join('\n')
  })

const code = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'ts', 'markdown', 'yaml'), words, fc.boolean())
  .map(([fence, lang, body, closed]) => `${fence}${lang}\n## ${body}\n${body}\n${closed ? fence : ''}`)
const indentedCode = words.map((text) => `    ${text}\n    ## not a heading`)

const html = fc.oneof(
  words.map((text) => `<div>\n${text}\n</div>`),
  fc.constantFrom(
    '<!-- lint disable -->',
    '<!-- lint enable -->',
    '<!-- lint disable strategy-required-sections -->',
    '<!-- lint ignore strategy-placeholder -->',
    '<!-- unclosed comment',
    '<!-- -->',
    '<details><summary>Context</summary>',
    '</details>',
    '<h2>Diagnosis</h2>',
    '<br/>'
  )
)

const misc = fc.constantFrom('---', '***', '___', '', '   ', '\t', '[ref]: http://example.com', '![img](x.png)', '$$\nx\n$$', '\\', '[^1]: note')

const block = fc.oneof(
  {weight: 5, arbitrary: atxHeading},
  {weight: 2, arbitrary: setextHeading},
  {weight: 1, arbitrary: emptyHeading},
  {weight: 5, arbitrary: paragraph},
  {weight: 3, arbitrary: list},
  {weight: 2, arbitrary: nestedList},
  {weight: 1, arbitrary: deepList},
  {weight: 1, arbitrary: quote},
  {weight: 2, arbitrary: table},
  {weight: 2, arbitrary: code},
  {weight: 1, arbitrary: indentedCode},
  {weight: 2, arbitrary: html},
  {weight: 1, arbitrary: misc}
)

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constantFrom('strategy', 'vision', 'Strategy', 'VISION', 'rfc', '', '[strategy]', '123', 'null').map((type) => `---\ntype: ${type}\n---\n`),
  fc.tuple(fc.constantFrom('strategy', 'vision'), words).map(([type, title]) => `---\ntitle: "${title.replace(/["\\\n]/g, '')}"\ntype: ${type}\ntags: [a, b]\n---\n`),
  words.map((text) => `---\ntitle: ${text}\n---\n`),
  fc.constantFrom('---\n: : broken yaml [\n---\n', '---\n---\n', '---\ntype: strategy\n', '---\n\ttype:\tvision\n---\n')
)

const documentText = fc
  .tuple(
    frontMatter,
    fc.array(block, {minLength: 0, maxLength: 25}),
    fc.constantFrom('\n\n', '\n', '\n\n\n'),
    fc.boolean(),
    fc.boolean(),
    fc.boolean()
  )
  .map(([matter, blocks, separator, crlf, bom, trailingNewline]) => {
    let text = matter + blocks.join(separator) + (trailingNewline ? '\n' : '')
    if (crlf) text = text.replace(/\r?\n/g, '\r\n')
    if (bom) text = `\uFEFF${text}`
    return text
  })

const lintOptions: fc.Arbitrary<StrategyOptions | undefined> = fc.constantFrom(undefined, {type: 'strategy'}, {type: 'vision'})

/** 1-based line and column bounds of `text` as the parser counts them (\r\n, \r and \n end lines). */
function inside(text: string, line: number | undefined, column: number | undefined): boolean {
  if (line === undefined && column === undefined) return true
  if (line === undefined || column === undefined) return false
  const lines = text.split(/\r\n|\r|\n/)
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return false
  // The column just after the line's last character is a valid end point.
  return Number.isInteger(column) && column >= 1 && column <= lines[line - 1].length + 1
}

/** Found by this property: an empty success-criteria item (`- `) once crashed strategy-measurable-criteria. */
const EMPTY_CRITERION = '---\ntype: strategy\n---\n\n## Success Criteria\n\n- !\n- \n'

function checkMessages(text: string, messages: LintMessage[]): void {
  for (const message of messages) {
    expect(message.reason, message.reason).not.toMatch(/crashed/i)
    expect(inside(text, message.line, message.column), `start ${message.line}:${message.column} of ${JSON.stringify(message)}`).toBe(true)
    expect(inside(text, message.endLine, message.endColumn), `end ${message.endLine}:${message.endColumn} of ${JSON.stringify(message)}`).toBe(true)
    if (message.line !== undefined && message.endLine !== undefined) {
      const ordered = message.endLine > message.line || (message.endLine === message.line && message.endColumn! >= message.column!)
      expect(ordered, `end before start in ${JSON.stringify(message)}`).toBe(true)
    }
  }
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)

/**
 * One turn of the event loop per run: the runs of a property are one test, chained by promises only,
 * and vitest's progress messages wait for the loop (see tests/support/yield-between-tests.ts).
 */
function eventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

describe('property: lint on generated Markdown', () => {
  it('never throws, never reports a crashed rule, keeps positions inside the document, is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, lintOptions, async (text, options) => {
        await eventLoopTurn()
        const first = await lint(text, options)
        checkMessages(text, first)
        const second = await lint(text, options)
        expect(second).toEqual(first)
      }),
      {numRuns: RUNS}
    )
  })

  it('an empty success-criteria item does not crash strategy-measurable-criteria', async () => {
    const messages = await lint(EMPTY_CRITERION)
    expect(messages.map((message) => message.reason).filter((reason) => /crashed/.test(reason))).toEqual([])
  })

  it('never throws on arbitrary unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'grapheme', maxLength: 400}), lintOptions, async (text, options) => {
        await eventLoopTurn()
        const messages = await lint(text, options)
        checkMessages(text, messages)
      }),
      {numRuns: Math.ceil(RUNS / 2)}
    )
  })
})
