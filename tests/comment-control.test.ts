/**
 * Control comments naming a rule no configured rule has
 * (`<!-- lint disable strategy-measureable-criteria -->`): reported with the
 * closest known id; comments of another form that cannot do what they are
 * meant to (`<!-- lint disable-next-line x -->`, `<!-- markdownlint-disable
 * strategy-x -->`), reported with the comment that would; through the real
 * `strategy-lint` on files on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, UNTYPED_NOTES, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

interface JsonMessage {
  ruleId: string | null
  source: string | null
  line: number | null
  reason: string
  fatal: boolean | null
  expected?: string[]
}

async function lintJson(dir: string, file: string): Promise<{code: number; messages: JsonMessage[]}> {
  const result = await strategyLint(['--format', 'json', file], dir)
  const files = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
  return {code: result.code, messages: files.flatMap((entry) => entry.messages)}
}

/** `text` with `comment` on its own line after the title (line 3). */
function withComment(text: string, comment: string): string {
  const [title, ...rest] = text.split('\n')
  return [title, '', comment, ...rest].join('\n')
}

describe.concurrent('unknown rule ids in control comments', () => {
  it('reports a misspelt id on the comment line, as an error, with the closest known id', async () => {
    const dir = makeProject({'s.md': withComment(GOOD_STRATEGY, '<!-- lint disable strategy-measureable-criteria -->')})
    const clean = await lintJson(makeProject({'s.md': GOOD_STRATEGY}), 's.md')
    expect(clean).toEqual({code: 0, messages: []})
    const {code, messages} = await lintJson(dir, 's.md')
    expect(code).toBe(1)
    expect(messages).toHaveLength(1)
    // The fix is the comment as it should read (the message's place is the whole comment).
    expect(messages[0]).toMatchObject({line: 3, fatal: true, expected: ['<!-- lint disable strategy-measurable-criteria -->'], ruleId: 'control-comment', source: 'remark-lint-strategy'})
    expect(messages[0].url).toMatch(/docs\/rules\/README\.md#turning-rules-off-inline$/)
    expect(messages[0].reason).toBe(
      'Unknown rule `strategy-measureable-criteria` in a `<!-- lint disable -->` comment, so the comment does nothing for it; did you mean `strategy-measurable-criteria`?'
    )
  })

  // (It named `<!-- lint disable -->`, a form MDX cannot parse.)
  it('in MDX, names the comment in MDX\'s form and fixes it in that form', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']}),
      's.mdx': withComment(GOOD_STRATEGY, '{/* lint disable strategy-measureable-criteria */}')
    })
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(dir, 'node_modules', 'remark-mdx'), 'dir')
    const {messages} = await lintJson(dir, 's.mdx')
    expect(messages).toEqual([
      expect.objectContaining({
        line: 3,
        reason: 'Unknown rule `strategy-measureable-criteria` in a `{/* lint disable */}` comment, so the comment does nothing for it; did you mean `strategy-measurable-criteria`?',
        expected: ['{/* lint disable strategy-measurable-criteria */}']
      })
    ])
  })

  // (The fix wrote an HTML comment, which MDX cannot parse: after --fix the file was no longer linted.)
  it('in MDX, another form of comment is fixed to MDX\'s form of a lint comment, and --fix leaves a file that parses', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-mdx', 'remark-lint-strategy']}),
      'n.mdx': withComment(GOOD_STRATEGY, '{/* lint disable-next-line strategy-vague-goal */}'),
      'm.mdx': withComment(GOOD_STRATEGY, '{/* markdownlint-disable strategy-vague-goal */}')
    })
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-mdx'), path.join(dir, 'node_modules', 'remark-mdx'), 'dir')
    const next = await lintJson(dir, 'n.mdx')
    expect(next.messages).toEqual([
      expect.objectContaining({
        reason: expect.stringMatching(/^`\{\/\* lint disable-next-line strategy-vague-goal \*\/\}` suppresses nothing: .*; write `\{\/\* lint ignore strategy-vague-goal \*\/\}`/),
        expected: ['{/* lint ignore strategy-vague-goal */}']
      })
    ])
    expect((await lintJson(dir, 'm.mdx')).messages).toEqual([expect.objectContaining({expected: ['{/* lint disable strategy-vague-goal */}']})])
    await strategyLint(['--fix', 'n.mdx', 'm.mdx'], dir)
    expect(fs.readFileSync(path.join(dir, 'n.mdx'), 'utf8')).toContain('{/* lint ignore strategy-vague-goal */}')
    expect(await lintJson(dir, 'n.mdx')).toEqual({code: 0, messages: []})
    expect(await lintJson(dir, 'm.mdx')).toEqual({code: 0, messages: []})
  })

  it('names the verb of `ignore` and `enable` comments, and an id nothing resembles gets no guess', async () => {
    const text = withComment(GOOD_STRATEGY, '<!-- lint ignore strategy-placholder -->\n\n<!-- lint enable no-such-thing -->')
    const {messages} = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(messages.map((message) => [message.line, message.reason.replace(/;.*/, '')])).toEqual([
      [3, 'Unknown rule `strategy-placholder` in a `<!-- lint ignore -->` comment, so the comment does nothing for it'],
      [5, 'Unknown rule `no-such-thing` in a `<!-- lint enable -->` comment, so the comment does nothing for it']
    ])
    expect(messages[0].reason).toMatch(/did you mean `strategy-placeholder`\?$/)
    expect(messages[1].reason).toMatch(/no rule in this configuration has that id; name a rule listed in docs\/rules\/README\.md/)
    expect(messages[1].expected).toBeUndefined()
  })

  it('a correct id still disables its rule and draws no report', async () => {
    const before = await lintJson(makeProject({'s.md': WARNINGS_ONLY}), 's.md')
    expect(before.messages.map((message) => message.ruleId)).toContain('strategy-placeholder')
    const text = withComment(WARNINGS_ONLY, '<!-- lint disable strategy-placeholder -->')
    const after = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(after.messages.map((message) => message.ruleId)).not.toContain('strategy-placeholder')
    expect(after.messages.map((message) => message.ruleId)).not.toContain('known')
    expect(after.messages).toHaveLength(before.messages.length - 1)
  })

  it('ids of other remark-lint plugins in the configuration are known; ids of plugins not configured are not', async () => {
    const plugin = [
      '// A remark-lint rule as unified-lint-rule makes one: a plugin named `remark-lint:<id>`.',
      'export default function noHtml() {}',
      "Object.defineProperty(noHtml, 'name', {value: 'remark-lint:no-html'})",
      ''
    ].join('\n')
    const text = withComment(GOOD_STRATEGY, '<!-- lint disable no-html -->')
    const configured = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy', './no-html.js']}),
      'no-html.js': plugin,
      's.md': text
    })
    linkPackage(configured)
    expect(await lintJson(configured, 's.md')).toEqual({code: 0, messages: []})
    const bare = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(bare.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Unknown rule `no-html` in a `<!-- lint disable -->` comment/)
    ])
  })

  it('leaves the comments of files with no document type alone', async () => {
    const text = withComment(UNTYPED_NOTES, '<!-- lint disable strategy-measureable-criteria -->')
    const {code, messages} = await lintJson(makeProject({'notes.md': text}), 'notes.md')
    expect(code).toBe(0)
    expect(messages.filter((message) => message.ruleId === 'known')).toEqual([])
  })
})

describe.concurrent('a bare `<!-- lint disable -->`', () => {
  // A strategy with findings on lines 7-10 (a near-miss heading and missing sections).
  const findings = '---\ntype: strategy\n---\n\n# S\n\n## Diagnoses\n\nThe problem is X.\n'

  it('turns the rules off from where it is, not above it: one at the end of the page hides nothing', async () => {
    const without = await lintJson(makeProject({'s.md': findings}), 's.md')
    expect(without.messages.length).toBeGreaterThan(3)
    const atEnd = await lintJson(makeProject({'s.md': `${findings}\n<!-- lint disable -->\n`}), 's.md')
    // Those on the text above the comment (lines 7-9) are all reported; the missing sections, reported at the end, are below it.
    const above = without.messages.filter((message) => message.line! < 10)
    expect(above.length).toBeGreaterThanOrEqual(3)
    expect(atEnd).toEqual({code: 1, messages: above})
  })

  it('in the middle: the findings above it are reported, those below it are not, and `enable` turns them on again', async () => {
    const middle = `${findings.replace('## Diagnoses', '<!-- lint disable -->\n\n## Diagnoses')}`
    const {messages} = await lintJson(makeProject({'s.md': middle}), 's.md')
    // (The missing sections are reported at the end of the page, below the comment: none is left.)
    expect(messages).toEqual([])
    const stretch = `${findings.replace('## Diagnoses', '<!-- lint disable -->\n\n## Diagnoses')}\n<!-- lint enable -->\n\nMore text.\n`
    const enabled = await lintJson(makeProject({'s.md': stretch}), 's.md')
    expect(enabled.messages.map((message) => message.ruleId)).toContain('strategy-required-sections')
    // (The comments are on lines 7 and 13: nothing of the stretch between them is reported.)
    expect(enabled.messages.every((message) => message.line! > 13)).toBe(true)
  })
})

describe.concurrent('control comments of another form', () => {
  it('`lint disable-next-line` is reported with the `ignore` comment that does it, and the other files are still linted', async () => {
    // It once threw inside unified-message-control, and the whole run stopped (exit 2) with no file reported.
    const text = withComment(WARNINGS_ONLY, '<!-- lint disable-next-line strategy-placeholder -->')
    const dir = makeProject({'a.md': text, 'b.md': WARNINGS_ONLY})
    const result = await strategyLint(['--format', 'json', 'a.md', 'b.md'], dir)
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(files.map((entry) => path.basename(entry.path))).toEqual(['a.md', 'b.md'])
    const [control] = files[0].messages.filter((message) => message.ruleId === 'control-comment')
    expect(control).toMatchObject({line: 3, fatal: true, expected: ['<!-- lint ignore strategy-placeholder -->']})
    expect(control.reason).toMatch(/^`<!-- lint disable-next-line strategy-placeholder -->` suppresses nothing: `disable-next-line` is no keyword of a `lint` comment/)
    expect(files[1].messages.map((message) => message.ruleId)).toContain('strategy-placeholder')
  })

  it('another tool’s comment naming one of these rules is reported; one naming its own rules is not', async () => {
    const text = withComment(GOOD_STRATEGY, '<!-- markdownlint-disable strategy-placeholder -->\n\n<!-- markdownlint-disable MD013 -->\n\n<!-- eslint-disable-next-line strategy-vague-goal -->')
    const {messages} = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(messages.map((message) => [message.line, message.ruleId, message.expected])).toEqual([
      [3, 'control-comment', ['<!-- lint disable strategy-placeholder -->']],
      [7, 'control-comment', ['<!-- lint ignore strategy-vague-goal -->']]
    ])
  })

  it('Vale\'s form naming one of these rules (`= NO` with or without spaces, `= YES`) is reported with the `lint` comment; Vale\'s own are not', async () => {
    const text = withComment(
      GOOD_STRATEGY,
      '<!-- vale strategy-placeholder = NO -->\n\n<!-- vale strategy-vague-goal=NO -->\n\n<!-- vale strategy-placeholder = YES -->\n\n<!-- vale off -->\n\n<!-- vale Microsoft.Passive = NO -->\n\n<!-- vale Microsoft.Passive = NO strategy-vague-goal = NO -->'
    )
    const {messages} = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(messages.map((message) => [message.line, message.ruleId, message.expected])).toEqual([
      [3, 'control-comment', ['<!-- lint disable strategy-placeholder -->']],
      [5, 'control-comment', ['<!-- lint disable strategy-vague-goal -->']],
      [7, 'control-comment', ['<!-- lint enable strategy-placeholder -->']],
      [13, 'control-comment', undefined]
    ])
    expect(messages[3].reason).toMatch(/; write `<!-- lint disable strategy-vague-goal -->` beside it \(/)
    // One rule off and another on: no single comment does both, so no fix picks one.
    const mixed = await lintJson(makeProject({'s.md': withComment(GOOD_STRATEGY, '<!-- vale strategy-vague-goal = NO strategy-noncommittal = YES -->')}), 's.md')
    expect(mixed.messages.map((message) => [message.line, message.ruleId, message.expected])).toEqual([[3, 'control-comment', undefined]])
  })

  it('the comment to write names a misspelt rule as it is spelt (it was repeated, and then reported as unknown)', async () => {
    const text = withComment(GOOD_STRATEGY, '<!-- lint disable-next-line strategy-vage-goal -->\n\n<!-- eslint-disable strategy-placholder -->')
    const {messages} = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(messages.map((message) => [message.line, message.ruleId, message.expected])).toEqual([
      [3, 'control-comment', ['<!-- lint ignore strategy-vague-goal -->']],
      [5, 'control-comment', ['<!-- lint disable strategy-placeholder -->']]
    ])
    expect(messages[0].reason).toMatch(/; write `<!-- lint ignore strategy-vague-goal -->` \(/)
  })

  it('another tool’s comment that also names its own rules is reported with the comment to add beside it, and no fix', async () => {
    const text = withComment(GOOD_STRATEGY, '<!-- markdownlint-disable MD013 strategy-placeholder -->')
    const {messages} = await lintJson(makeProject({'s.md': text}), 's.md')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 3, ruleId: 'control-comment', fatal: true})
    expect(messages[0].expected).toBeUndefined()
    expect(messages[0].reason).toMatch(/; write `<!-- lint disable strategy-placeholder -->` beside it \(/)
  })

  it('a `lint` comment with no keyword is reported, with no fix to guess', async () => {
    const {messages} = await lintJson(makeProject({'s.md': withComment(GOOD_STRATEGY, '<!-- lint -->')}), 's.md')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 3, ruleId: 'control-comment', fatal: true})
    expect(messages[0].expected).toBeUndefined()
    expect(messages[0].reason).toMatch(/write `<!-- lint ignore <rule-id> -->`/)
  })

  it('in a file with no document type such a comment neither stops the run nor is reported', async () => {
    const text = withComment(UNTYPED_NOTES, '<!-- lint disable-next-line strategy-placeholder -->')
    const {code, messages} = await lintJson(makeProject({'notes.md': text}), 'notes.md')
    expect(code).toBe(0)
    expect(messages.filter((message) => message.ruleId === 'control-comment')).toEqual([])
  })

  it('`--fix` rewrites the comment as it should read, and the rule it names is then off for the next block', async () => {
    const text = withComment(WARNINGS_ONLY, '<!-- lint disable-next-line strategy-placeholder -->\n\n<!-- lint disable strategy-placeholdr -->')
    const dir = makeProject({'s.md': text})
    await strategyLint(['--fix', 's.md'], dir)
    const fixed = fs.readFileSync(path.join(dir, 's.md'), 'utf8')
    expect(fixed).toContain('<!-- lint ignore strategy-placeholder -->\n\n<!-- lint disable strategy-placeholder -->')
    const after = await lintJson(dir, 's.md')
    expect(after.messages.map((message) => message.ruleId)).not.toContain('control-comment')
    expect(after.messages.map((message) => message.ruleId)).not.toContain('known')
    expect(after.messages.map((message) => message.ruleId)).not.toContain('strategy-placeholder')
  })
})

describe('a plugin of the configuration that fails a file on purpose', () => {
  it('remark-lint’s own comment control on `lint disable-next-line`: that file gets one error, and the run goes on', async () => {
    // The plugin's fatal message had no rule id, which the CLI read as a broken setup: the run stopped (exit 2) and no
    // other file was reported.
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint', 'remark-lint-strategy']}),
      'a.md': withComment(WARNINGS_ONLY, '<!-- lint disable-next-line strategy-placeholder -->'),
      'b.md': WARNINGS_ONLY
    })
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-lint'), path.join(dir, 'node_modules', 'remark-lint'), 'dir')
    const result = await strategyLint(['--format', 'json', 'a.md', 'b.md'], dir)
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(files.map((entry) => path.basename(entry.path))).toEqual(['a.md', 'b.md'])
    expect(files[0].messages).toEqual([
      expect.objectContaining({
        ruleId: 'lint-failed',
        fatal: true,
        line: 3,
        reason: expect.stringMatching(/^Not linted: a plugin stopped checking this file \(Unknown keyword `disable-next-line`: .*\); the other files were linted$/)
      })
    ])
    expect(files[1].messages.map((message) => message.ruleId)).toContain('strategy-placeholder')
  })
})
