/**
 * Document status (issue 15, part 1): how it is read (front matter, a Status
 * section, a `Status:` line, a type's own words), what it does to severities
 * (a draft's unfinished parts are warnings) and to ended documents (only the
 * successor link is checked). The examples of docs/status.md are run here;
 * the rest runs the real CLI on real files.
 */
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {fileUri, LspClient} from '../scripts/lsp-client.js'
import remarkLintStrategy, {getDocument, lint, type StrategyOptions} from '../src/index.js'
import {statusOf} from '../src/model/status.js'

const clients: LspClient[] = []

afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()))
  removeProjects()
})

interface JsonMessage {
  ruleId: string | null
  line: number | null
  column: number | null
  reason: string
  fatal: boolean | null
}

/** The examples of docs/status.md: `### title`, an optional `json` block of options, a `markdown` block, a `text` block of `line:column severity rule`. */
function statusExamples(): Array<{title: string; options: StrategyOptions | undefined; markdown: string; expected: string[]}> {
  const text = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'status.md'), 'utf8')
  const section = text.slice(text.indexOf('\n## Examples\n'))
  const examples = []
  for (const part of section.split(/\n### /).slice(1)) {
    const title = part.split('\n')[0]
    const blocks = [...part.matchAll(/^(`{3,})(json|markdown|text)\n([\s\S]*?)^\1$/gm)].map((match) => ({info: match[2], body: match[3]}))
    const options = blocks.find((block) => block.info === 'json')
    const markdown = blocks.find((block) => block.info === 'markdown')
    const messages = blocks.find((block) => block.info === 'text')
    if (!markdown || !messages) throw new Error(`docs/status.md: example \`${title}\` needs a markdown and a text block`)
    examples.push({
      title,
      options: options && (JSON.parse(options.body) as StrategyOptions),
      markdown: markdown.body,
      expected: messages.body.split('\n').filter((line) => line.trim() !== '')
    })
  }
  return examples
}

describe('docs/status.md examples', () => {
  const examples = statusExamples()
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
  })
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const messages = await lint(example.markdown, example.options)
    const actual = messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}`)
    expect(actual).toEqual(example.expected)
  })
})

describe('reading a status', () => {
  it.each([
    ['draft', 'draft'],
    ['Draft', 'draft'],
    ['In Review', 'proposed'],
    ['proposed', 'proposed'],
    ['ACCEPTED', 'accepted'],
    ['Accepted on 2020-01-02', 'accepted'],
    ['active', 'accepted'],
    ['Approved.', 'accepted'],
    ['Superseded by [ADR-0012](0012-x.md)', 'superseded'],
    ['superseded by ADR-0123', 'superseded'],
    ['Deprecated', 'deprecated'],
    ['retired', 'retired'],
    ['Rejected in favour of ADR-3', 'rejected'],
    ['**Status:** Draft', 'draft'],
    // moj-cloud-platform-adrs marks every status with an emoji
    ['✅ Accepted', 'accepted'],
    ['🤔 Proposed', 'proposed'],
    ['🤔 Incomplete', 'draft'],
    ['❌ Rejected (see [019](019-x.md))', 'rejected'],
    ['⌛️ Superseded by [036. Multi-cluster](036-multi-cluster.md)', 'superseded'],
    // A history in one line: where it moved last.
    ['Draft → Accepted', 'accepted'],
    ['Draft -> Accepted', 'accepted'],
    ['Draft, then Accepted on 2026-01-02', 'accepted'],
    ['Proposed => Accepted => Superseded by [ADR-9](0009-x.md)', 'superseded'],
    ['Accepted; now Deprecated', 'deprecated'],
    // A decision undone, and proposals taken back or turned down: ended, with no successor to name.
    ['Reverted', 'deprecated'],
    ['Withdrawn', 'rejected'],
    ['abandoned', 'rejected'],
    ['Declined on 2026-03-01', 'rejected'],
    // Words of other templates: KEPs, PEPs, ADR logs; archived and obsolete records no longer hold and name no successor.
    ['In progress', 'draft'],
    ['On hold', 'proposed'],
    ['provisional', 'draft'],
    ['implementable', 'accepted'],
    ['Implemented in v2.3', 'accepted'],
    ['Final', 'accepted'],
    ['Done', 'accepted'],
    ['Obsolete', 'deprecated'],
    ['Obsoleted by [RFC 2](0002-x.md)', 'deprecated'],
    ['Archived', 'deprecated']
  ])('`%s` is %s', (written, kind) => {
    expect(statusOf(written)).toBe(kind)
  })

  it.each([
    'Active development continues',
    'Drafted by the platform team',
    'Parked',
    'Final decision pending',
    '{proposed | rejected | accepted}',
    '[Proposed, Accepted, Deprecated, Superseded]',
    '[draft | proposed | rejected | accepted | deprecated | … | superseded by ADR-0005]',
    'Proposal',
    ''
  ])(
    '`%s` is no status',
    (written) => {
      expect(statusOf(written)).toBeUndefined()
    }
  )

  async function statusOfDocument(markdown: string, options?: StrategyOptions) {
    const processor = remark().use(remarkLintStrategy, options)
    const file = new VFile(markdown)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    return getDocument(tree, file).status()
  }

  it('a struck-through status in a Status section is the one it was, not the one it is', async () => {
    expect(await statusOfDocument('---\ntype: adr\n---\n\n# ADR 2: X\n\n## Status\n\n~~Accepted~~ Superseded by [3. Z](003-x.md)\n')).toMatchObject({
      kind: 'superseded',
      successor: {target: '003-x.md'}
    })
  })

  it('reads front matter first, then a Status section, then a Status line', async () => {
    expect(await statusOfDocument('---\ntype: adr\nstatus: rejected\n---\n\n# ADR 1: X\n\n## Status\n\nAccepted\n')).toMatchObject({kind: 'rejected', source: 'front matter', place: {start: {line: 3}}})
    expect(await statusOfDocument('---\ntype: adr\n---\n\n# ADR 1: X\n\n## Status\n\nProposed\n\nAccepted\n')).toMatchObject({kind: 'accepted', source: 'status section'})
    expect(await statusOfDocument('---\ntype: madr\n---\n\n# Use X\n\n* Status: superseded by [ADR-0005](0005-example.md)\n* Date: 2020-01-01\n\n## Context and Problem Statement\n\nWhy.\n')).toMatchObject({
      kind: 'superseded',
      source: 'status line',
      successor: {target: '0005-example.md', link: true}
    })
  })

  it('reads a `| Status | ... |` row of a metadata table under the title, a header row or not', async () => {
    const header = '| Status        | Draft |\n:---------------|:------|\n| **Author(s)** | Ada   |\n'
    expect(await statusOfDocument(`---\ntype: strategy\n---\n\n# Build strategy\n\n${header}\n## Context\n\nWhy.\n`)).toMatchObject({kind: 'draft', written: 'Draft', source: 'status line'})
    const body = '| Field | Value |\n| - | - |\n| **Status** | Superseded by [v2](v2.md) |\n'
    expect(await statusOfDocument(`---\ntype: strategy\n---\n\n# Build strategy\n\n${body}\n## Context\n\nWhy.\n`)).toMatchObject({kind: 'superseded', successor: {target: 'v2.md'}})
    // (A table inside a section is the section's content, not the page's metadata.)
    expect(await statusOfDocument(`---\ntype: strategy\n---\n\n# Build strategy\n\n## Context\n\n${header}`)).toBeUndefined()
  })

  it('reads a status marked with an emoji, and its successor', async () => {
    expect(await statusOfDocument('---\ntype: adr\n---\n\n# 21. Multi-cluster\n\n## Status\n\n⌛️ Superseded by [036. Multi-cluster](036-multi-cluster.md)\n')).toMatchObject({
      kind: 'superseded',
      source: 'status section',
      successor: {target: '036-multi-cluster.md', link: true}
    })
  })

  it('reads the successor from the paragraph after an ended status in its section', async () => {
    // moj-modernisation-platform 0025: `⌛ Superseded` / `[Member infrastructure code was moved to the environments repository.](...)`
    const moved = '---\ntype: adr\n---\n\n# 25. Member infrastructure\n\n## Status\n\n⌛ Superseded\n\n[The code was moved to the environments repository.](https://example.com/issues/5926)\n\n## Context\n\nWhy.\n'
    expect(await statusOfDocument(moved)).toMatchObject({kind: 'superseded', successor: {target: 'https://example.com/issues/5926', link: true}})
    // (Without a link there, no successor: the record is still told to name one.)
    expect((await statusOfDocument(moved.replace(/\[(.*)\]\(.*\)/, '$1')))?.successor).toBeUndefined()
    // (A link in the section's next paragraph of a record that holds is no successor: none is read for it.)
    expect((await statusOfDocument(moved.replace('⌛ Superseded', 'Accepted')))?.successor).toBeUndefined()
  })

  it('keeps an ended status over a later line of the history', async () => {
    expect(await statusOfDocument('---\ntype: adr\n---\n\n# ADR 1: X\n\n## Status\n\nSuperseded by [ADR 2](0002-y.md)\n\nAccepted on 2020-01-01\n')).toMatchObject({kind: 'superseded', successor: {target: '0002-y.md'}})
  })

  it('finds the successor in front matter or in a sentence about it', async () => {
    expect(await statusOfDocument('---\ntype: strategy\nstatus: superseded\nsuperseded-by: ../2027/strategy.md\n---\n\n# Strategy\n')).toMatchObject({successor: {target: '../2027/strategy.md', link: true, place: {start: {line: 4}}}})
    expect(await statusOfDocument('---\ntype: strategy\nstatus: retired\n---\n\n# Strategy\n\nThis strategy is replaced by [the 2027 one](2027.md).\n')).toMatchObject({successor: {target: '2027.md'}})
    expect(await statusOfDocument('---\ntype: strategy\nstatus: retired\nsuperseded-by: ADR-0012\n---\n\n# Strategy\n')).toMatchObject({successor: {target: 'ADR-0012', link: false}})
    // A status written in the body, its successor in front matter (as the message tells the author to write it).
    expect(await statusOfDocument('---\ntype: adr\nsuperseded-by: 0002-y.md\n---\n\n# 1. X\n\n## Status\n\nSuperseded\n')).toMatchObject({
      kind: 'superseded',
      source: 'status section',
      successor: {target: '0002-y.md', link: true, place: {start: {line: 3}}}
    })
    // (A link in the body comes first.)
    expect(await statusOfDocument('---\ntype: adr\nsuperseded-by: 0002-y.md\n---\n\n# 1. X\n\n## Status\n\nSuperseded by [3](0003-z.md)\n')).toMatchObject({successor: {target: '0003-z.md'}})
  })

  it('reads a type’s own words before the built-in ones', async () => {
    const options: StrategyOptions = {types: {strategy: {status: {words: {Parked: 'proposed', 'Active Draft': 'draft', Done: 'retired'}}}}}
    expect(await statusOfDocument('---\ntype: strategy\nstatus: parked\n---\n\n# S\n', options)).toMatchObject({kind: 'proposed'})
    // `active draft` is the type's two words, longer than the built-in `active`.
    expect(await statusOfDocument('---\ntype: strategy\nstatus: Active draft\n---\n\n# S\n', options)).toMatchObject({kind: 'draft'})
    expect(await statusOfDocument('---\ntype: strategy\nstatus: Done\n---\n\n# S\n', options)).toMatchObject({kind: 'retired'})
    expect(await statusOfDocument('---\ntype: strategy\nstatus: parked\n---\n\n# S\n')).toBeUndefined()
  })

  it('reads a list of one status and a `state:` key with a known word', async () => {
    expect(await statusOfDocument('---\ntype: adr\nstatus: [Draft]\n---\n\n# 1. X\n')).toMatchObject({kind: 'draft', source: 'front matter'})
    expect(await statusOfDocument('---\ntype: adr\nState: Draft\n---\n\n# 1. X\n')).toMatchObject({kind: 'draft', source: 'front matter'})
    // A list of several is a template's choices; `state:` with another word may mean something else.
    expect(await statusOfDocument('---\ntype: adr\nstatus: [Proposed, Accepted]\n---\n\n# 1. X\n')).toBeUndefined()
    expect(await statusOfDocument('---\ntype: adr\nstate: CA\n---\n\n# 1. X\n')).toBeUndefined()
  })

  it('gives no status to a document without a type', async () => {
    expect(await statusOfDocument('---\nstatus: draft\n---\n\n# Notes\n')).toBeUndefined()
  })
})

describe('a status the linter does not know', () => {
  const record = (status: string) => `---\ntype: adr\n${status}---\n\n# 1. Use Postgres\n\n## Context\n\nWe need a database.\n\n## Decision\n\nWe will use Postgres.\n\n## Consequences\n\nWe run it ourselves.\n`
  const messagesOf = async (markdown: string, options?: StrategyOptions) =>
    (await lint(markdown, options)).map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`)

  it('is one warning on its line, naming the known words and the type option, instead of Missing section Status', async () => {
    expect(await messagesOf(record('status: Parked\n'))).toEqual([
      '3:1 warning strategy-document-type: The status `status: Parked` is not one the linter knows, so the document is checked as in force, as if it had no status; use draft, proposed, accepted, superseded, deprecated, retired or rejected (or a word docs/status.md maps to one, such as `WIP` or `withdrawn`), or map this word in the type\'s `status` option: `{"types": {"adr": {"status": {"words": {"parked": "proposed"}}}}}`'
    ])
  })

  it('proposes the mapping the word most likely means, and a slot to fill where nothing says (a QA reader pasted `"cancelled": "accepted"`)', async () => {
    const proposed = async (word: string) => /\{"words": \{"[^"]*": "([^"]*)"\}/.exec((await messagesOf(record(`status: ${word}\n`)))[0])?.[1]
    const guesses: Record<string, string> = {Cancelled: 'rejected', "Won't do": 'rejected', 'Not accepted': 'rejected', Dropped: 'rejected', Deferred: 'rejected', Parked: 'proposed', Completed: 'accepted', Live: 'accepted', Sketch: 'draft', Unapproved: 'proposed', Undecided: 'proposed', Unreleased: 'proposed', Blue: '<status>'}
    for (const [word, kind] of Object.entries(guesses)) expect(await proposed(word), word).toBe(kind)
    expect((await messagesOf(record('status: Blue\n')))[0]).toMatch(/"blue": "<status>"\}\}\}\}\}`, with `<status>` one of draft, proposed, accepted, superseded, deprecated, retired or rejected$/)
  })

  it('is said of a short `Status:` line under the title too, not of a placeholder there', async () => {
    const line = (status: string) => record('').replace('# 1. Use Postgres\n', `# 1. Use Postgres\n\nStatus: ${status}\n`)
    expect(await messagesOf(line('Parked'))).toEqual([expect.stringMatching(/^7:1 warning strategy-document-type: The status `Status: Parked` is not one the linter knows/)])
    expect((await messagesOf(line('TBD'))).some((message) => message.includes('not one the linter knows'))).toBe(false)
    expect((await messagesOf(line('we will decide once the pilot in the second region has run for a month')))).toContainEqual(expect.stringMatching(/Missing section `Status`/))
  })

  it('is said of a Status section whose first paragraph is a word or three no list knows, not of known words, prose or a placeholder there', async () => {
    const section = (status: string) => record('').replace('## Context', `## Status\n\n${status}\n\n## Context`)
    expect(await messagesOf(section('Parked'))).toEqual([
      expect.stringMatching(/^9:1 warning strategy-document-type: The status `Parked` \(in the Status section\) is not one the linter knows, .*"parked": "proposed"/)
    ])
    expect(await messagesOf(section('**Parked for now**'))).toEqual([expect.stringMatching(/^9:1 warning .*`Parked for now` \(in the Status section\)/)])
    // (Words ADR logs write: `Pending` waits for its decision, `Partly superseded` still holds in part.)
    for (const known of ['Accepted', 'Pending', 'Partially Accepted', 'Partly superseded']) expect(await messagesOf(section(known)), known).toEqual([])
    expect(await messagesOf(section('TBD'))).not.toContainEqual(expect.stringMatching(/not one the linter knows/))
    expect(await messagesOf(section('We will decide once the pilot in the second region has run for a month.'))).toEqual([])
  })

  it('is not said of a placeholder in front matter (`status: TODO`), and is said on its line in front matter ended by lone CRs', async () => {
    const unknown = async (markdown: string) => (await lint(markdown)).filter((message) => message.ruleId === 'strategy-document-type').map((message) => `${message.line}: ${message.reason.slice(0, 40)}`)
    expect(await unknown('---\ntype: adr\nstatus: TODO\n---\n\n# 1. Use Postgres\n\n## Context\n\nx\n')).toEqual([])
    expect(await unknown('---\rtype: adr\rtitle: x\rstatus: Parked\r---\r\r# 1. Use Postgres\r\r## Context\r\rx\r')).toEqual([expect.stringMatching(/^4: /)])
  })

  it('is not said of a word the type maps, a known word, or a template of choices', async () => {
    expect(await messagesOf(record('status: Parked\n'), {types: {adr: {status: {words: {parked: 'proposed'}}}}})).toEqual([])
    expect(await messagesOf(record('status: On hold\n'))).toEqual([])
    expect(await messagesOf(record('status: Obsolete\n'))).toEqual([])
    expect(await messagesOf(record('status: Implemented\n'))).toEqual([])
    expect(await messagesOf(record('status: "{proposed | accepted}"\n'))).toEqual([expect.stringMatching(/Missing section `Status`/)])
  })
})

describe('the status option of a type', () => {
  it.each([
    [{words: {implementable: 'done'}}, /option `types\.kep\.status\.words\.implementable`: got "done", expected one of `draft`, `proposed`, `accepted`, `superseded`, `deprecated`, `retired`, `rejected`/],
    [{draft: 'lenient'}, /option `types\.kep\.status\.draft`: got "lenient", expected one of `warn`, `check`/],
    [{ended: true}, /option `types\.kep\.status\.ended`: got boolean true, expected one of `successor`, `skip`, `check`/],
    [{wordz: {}}, /option `types\.kep\.status`: unknown option `wordz`, did you mean `words`\?/],
    [{nothingLike: {}}, /option `types\.kep\.status`: unknown option `nothingLike`, expected one of `words`, `draft`, `ended`/],
    [{words: {' ': 'draft'}}, /option `types\.kep\.status\.words`: got " ", expected a status word/]
  ])('rejects %j in one line', async (status, pattern) => {
    const options = {types: {kep: {sections: ['Summary'], status}}} as unknown as StrategyOptions
    const error = await lint('# x\n', options).then(
      () => undefined,
      (cause: Error) => cause.message
    )
    expect(error).toMatch(pattern)
    expect(error).not.toContain('\n')
  })
})

const ACCEPTED_STRATEGY = (status: string) => `---
type: strategy
status: ${status}
---

# CI Strategy

## Context

Median pipeline time grew from 12 to 41 minutes in a year; TBD which teams suffer most.
`

async function lintJson(dir: string, args: string[]): Promise<{code: number; files: Array<{path: string; messages: JsonMessage[]}>; stderr: string}> {
  const result = await strategyLint(['--format', 'json', ...args], dir)
  return {code: result.code, files: result.stdout ? (JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>) : [], stderr: result.stderr}
}

describe.concurrent('strategy-lint on documents with a status', () => {
  it('passes a draft with missing sections and placeholders (warnings), and fails the same document once accepted', async () => {
    const dir = makeProject({'draft.md': ACCEPTED_STRATEGY('draft'), 'review.md': ACCEPTED_STRATEGY('In Review'), 'accepted.md': ACCEPTED_STRATEGY('Accepted')})
    const draft = await lintJson(dir, ['draft.md'])
    expect(draft.code).toBe(0)
    const [draftFile] = draft.files
    expect(draftFile.messages.filter((message) => message.ruleId === 'strategy-required-sections')).toHaveLength(6)
    expect(draftFile.messages.every((message) => message.fatal === false)).toBe(true)

    for (const name of ['review.md', 'accepted.md']) {
      const result = await lintJson(dir, [name])
      expect(result.code, name).toBe(1)
      const required = result.files[0].messages.filter((message) => message.ruleId === 'strategy-required-sections')
      expect(required).toHaveLength(6)
      expect(required.every((message) => message.fatal === true), name).toBe(true)
    }
  })

  it('keeps a configured error for a rule outside the draft list (section order) in a draft', async () => {
    const dir = makeProject({
      'draft.md': `---\ntype: strategy\nstatus: draft\n---\n\n# CI Strategy\n\n## Diagnosis\n\nBuilds are slow.\n\n## Context\n\nBuilds got slow.\n`
    })
    const {code, files} = await lintJson(dir, ['draft.md'])
    expect(code).toBe(1)
    const order = files[0].messages.filter((message) => message.ruleId === 'strategy-section-order')
    expect(order.length).toBeGreaterThan(0)
    expect(order.every((message) => message.fatal === true)).toBe(true)
  })

  it('checks a superseded decision record only for its successor link, against the files next to it', async () => {
    const record = (status: string) => `# 1. Use X\n\nDate: 2020-01-01\n\n## Status\n\n${status}\n\n## Context\n\nTODO\n`
    const dir = makeProject({
      'docs/adr/0001-use-x.md': record('Superseded by [2. Use Y](0002-use-y.md)'),
      'docs/adr/0002-use-y.md': '# 2. Use Y\n\n## Status\n\nAccepted\n\n## Context\n\nWe need Y.\n\n## Decision\n\nWe will use Y.\n\n## Consequences\n\nY is faster.\n',
      'docs/adr/0003-use-z.md': record('Superseded by [4. Use W](0004-use-w.md)'),
      'docs/adr/0005-old.md': record('Superseded'),
      'docs/adr/0006-gone.md': record('Rejected'),
      'docs/adr/0007-elsewhere.md': record('Superseded by [ADR 12](https://example.com/adr/12)'),
      // A path from the repository's root (the run's folder), as OpenShift's enhancements write it.
      'docs/adr/0008-from-root.md': record('Superseded by [2. Use Y](docs/adr/0002-use-y.md)')
    })
    const {code, files} = await lintJson(dir, ['docs/adr'])
    expect(code).toBe(1)
    const byFile = Object.fromEntries(files.map((file) => [path.basename(file.path), file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)]))
    expect(byFile['0001-use-x.md']).toEqual([])
    expect(byFile['0003-use-z.md']).toEqual([
      `7:15 strategy-document-type The successor link \`0004-use-w.md\` of this superseded document leads nowhere: there is no \`${path.join('docs', 'adr', '0004-use-w.md')}\`; point it at the document that replaces this one (a path relative to this file, or a URL)`
    ])
    expect(byFile['0005-old.md']).toEqual([
      '7:1 strategy-document-type This document is superseded (`Superseded`) but names no successor; link the document that replaces it, as in `Superseded by [ADR-0012](0012-use-postgres.md)` or front matter `superseded-by: ../2027/strategy.md`, so readers find what holds now'
    ])
    // A rejected record needs no successor, and its empty Context is not checked.
    expect(byFile['0006-gone.md']).toEqual([])
    expect(byFile['0007-elsewhere.md']).toEqual([])
    expect(byFile['0008-from-root.md']).toEqual([])
  })

  it('checks a retired strategy’s front matter successor against the file system', async () => {
    const dir = makeProject({
      'strategy/2025.md': '---\ntype: strategy\nstatus: retired\nsuperseded-by: 2028.md\n---\n\n# CI Strategy 2025\n\n## Context\n\nTBD\n',
      'strategy/2026.md': '---\ntype: strategy\nstatus: retired\nsuperseded-by: ../strategy/2027.md\n---\n\n# CI Strategy 2026\n',
      'strategy/2027.md': ACCEPTED_STRATEGY('active')
    })
    const {files} = await lintJson(dir, ['strategy/2025.md', 'strategy/2026.md'])
    const byFile = Object.fromEntries(files.map((file) => [path.basename(file.path), file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)]))
    expect(byFile['2025.md']).toEqual(['4:1 strategy-document-type'])
    expect(files[0].messages[0].reason).toContain(`there is no \`${path.join('strategy', '2028.md')}\``)
    expect(byFile['2026.md']).toEqual([])
  })

  it('run from inside a git repository\'s `docs/adr/`: the records are still typed by their folder, and a successor written from the root resolves', async () => {
    const dir = makeProject({
      'docs/adr/0003-redis.md': '# 3. Use Redis\n\n## Status\n\nSuperseded by [4. Use Memcached](0004-missing.md)\n\n## Context\n\nTODO\n',
      'docs/adr/0002-x.md': '---\nstatus: superseded\nsuperseded-by: docs/adr/0003-redis.md\n---\n\n# 2. Use X\n\n## Status\n\nSuperseded\n'
    })
    fs.mkdirSync(path.join(dir, '.git'))
    const inside = await strategyLint(['--format', 'json', '.'], path.join(dir, 'docs', 'adr'))
    const byFile = Object.fromEntries((JSON.parse(inside.stdout) as Array<{path: string; type?: string; messages: Array<{reason: string}>}>).map((file) => [file.path, file]))
    expect(byFile['0003-redis.md'].type).toBe('adr')
    expect(byFile['0003-redis.md'].messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^The successor link `0004-missing\.md` of this superseded document leads nowhere/)])
    expect(byFile['0002-x.md']).toMatchObject({type: 'adr', messages: []})
    expect(inside.code).toBe(1)
  })

  it('a successor link back to the record itself is said to be one; a link out of the repository is not looked up (a pull request could probe the machine)', async () => {
    const dir = makeProject({
      'adr/0007-v.md': '# 7. Use V\n\n## Status\n\nSuperseded by [self](0007-v.md)\n',
      'adr/0008-w.md': '---\nstatus: superseded\nsuperseded-by: ../../../../../../../etc/passwd\n---\n\n# 8. Use W\n',
      'adr/0009-x.md': '---\nstatus: superseded\nsuperseded-by: ../../../../../../../etc/no-such-file\n---\n\n# 9. Use X\n'
    })
    fs.mkdirSync(path.join(dir, '.git'))
    const {files} = await lintJson(dir, ['adr'])
    const byFile = Object.fromEntries(files.map((file) => [path.basename(file.path), file.messages.map((message) => message.reason.split(';')[0])]))
    expect(byFile['0007-v.md']).toEqual(['The successor link `0007-v.md` of this superseded document leads back to this document itself'])
    // The same message whether the file exists or not.
    expect(byFile['0008-w.md']).toEqual([expect.stringMatching(/^The successor link `\.\.\/.*\/etc\/passwd` of this superseded document leads outside the repository \(`.*etc\/passwd`\), so it was not looked up$/)])
    expect(byFile['0009-x.md']).toEqual([expect.stringMatching(/leads outside the repository \(`.*etc\/no-such-file`\), so it was not looked up$/)])
    // Through a link inside the repository that leads out of it, and out of a repository past the working folder: the
    // same message whether the file is there or not.
    fs.symlinkSync('/etc', path.join(dir, 'adr', 'out'))
    fs.writeFileSync(path.join(dir, 'adr', '0010-y.md'), '---\nstatus: superseded\nsuperseded-by: out/passwd\n---\n\n# 10. Use Y\n')
    fs.writeFileSync(path.join(dir, 'adr', '0011-z.md'), '---\nstatus: superseded\nsuperseded-by: out/no-such-file\n---\n\n# 11. Use Z\n')
    const linked = await lintJson(dir, ['adr/0010-y.md', 'adr/0011-z.md'])
    expect(linked.files.map((file) => file.messages.map((message) => message.reason.split(';')[0].replace(/`[^`]*`/g, '`…`')))).toEqual([
      ['The successor link `…` of this superseded document leads outside the repository (`…`), so it was not looked up'],
      ['The successor link `…` of this superseded document leads outside the repository (`…`), so it was not looked up']
    ])
    const noRepository = makeProject({
      'adr/0008-w.md': '---\nstatus: superseded\nsuperseded-by: ../../../../../../../etc/passwd\n---\n\n# 8. Use W\n',
      'adr/0009-x.md': '---\nstatus: superseded\nsuperseded-by: ../../../../../../../etc/no-such-file\n---\n\n# 9. Use X\n'
    })
    // Out of a repository, nothing is linted from a pull request: the link is looked up as written (run from a
    // subfolder, `../other/0009-y.md` is a document's own link).
    const outside = await lintJson(noRepository, ['adr/0008-w.md', 'adr/0009-x.md'])
    expect(outside.files.map((file) => file.messages.map((message) => message.reason.split(':')[0]))).toEqual([[], ['The successor link `../../../../../../../etc/no-such-file` of this superseded document leads nowhere']])
    fs.mkdirSync(path.join(noRepository, 'other'))
    fs.writeFileSync(path.join(noRepository, 'other', '0009-y.md'), '# 9. Use Y\n')
    fs.writeFileSync(path.join(noRepository, 'adr', '0011.md'), '---\ntype: adr\n---\n\n# 11. Use Q\n\n## Status\n\nSuperseded by [next](../other/0009-y.md)\n')
    expect((await lintJson(path.join(noRepository, 'adr'), ['0011.md'])).files[0].messages).toEqual([])
  })

  it('front matter: a bare successor name that is a file next to it is a link; a link written in the status value is the successor', async () => {
    const record = '# 3. Use Q\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n## Decision\n\nWe will.\n\n## Consequences\n\nFine.\n'
    const dir = makeProject({
      'adr/0003-q.md': record,
      'adr/0002-x.md': '---\nstatus: superseded\nsuperseded-by: 0003-q\n---\n\n# 2. Use X\n\n## Status\n\nSuperseded\n',
      'adr/0004-y.md': '---\nstatus: superseded by [RFC 3](0003-q.md)\n---\n\n# 4. Use Y\n',
      'adr/0005-z.md': '---\nstatus: superseded by [RFC 9](0009-nope.md)\n---\n\n# 5. Use Z\n',
      'adr/0006-w.md': '---\nstatus: superseded\nsuperseded-by: ADR-0012\n---\n\n# 6. Use W\n'
    })
    const {files} = await lintJson(dir, ['adr/0002-x.md', 'adr/0004-y.md', 'adr/0005-z.md', 'adr/0006-w.md'])
    const byFile = Object.fromEntries(files.map((file) => [path.basename(file.path), file.messages.map((message) => message.reason.split(';')[0])]))
    expect(byFile['0002-x.md']).toEqual([])
    expect(byFile['0004-y.md']).toEqual([])
    expect(byFile['0005-z.md']).toEqual(['The successor link `0009-nope.md` of this superseded document leads nowhere: there is no `adr/0009-nope.md`'])
    expect(byFile['0006-w.md']).toEqual(['This document is superseded (`status: superseded`) and names its successor `ADR-0012` without a link'])
  })

  it('follows a type’s `status` option from a .remarkrc: its own words, drafts checked as configured, ended documents skipped', async () => {
    const config = {
      plugins: [
        [
          'remark-lint-strategy',
          {
            types: {
              kep: {globs: ['keps/*.md'], sections: ['Summary', 'Motivation'], status: {words: {provisional: 'draft', withdrawn: 'rejected', replaced: 'superseded'}, draft: 'check', ended: 'skip'}}
            }
          }
        ]
      ]
    }
    const dir = makeProject({
      '.remarkrc': JSON.stringify(config),
      'keps/provisional.md': '---\nstatus: provisional\n---\n\n# KEP-1\n\n## Summary\n\nTODO\n',
      'keps/replaced.md': '---\nstatus: replaced\n---\n\n# KEP-2\n\n## Summary\n\nTODO\n'
    })
    linkPackage(dir)
    const {code, files} = await lintJson(dir, ['keps'])
    expect(code).toBe(1)
    const byFile = Object.fromEntries(files.map((file) => [path.basename(file.path), file.messages.map((message) => `${message.ruleId} ${message.fatal ? 'error' : 'warning'}`)]))
    expect(byFile['provisional.md']).toEqual(['strategy-empty-section error', 'strategy-required-sections error'])
    // `ended: skip`: not checked at all, not even for its successor.
    expect(byFile['replaced.md']).toEqual([])
  })

  it('init writes no status, so an unfilled skeleton fails until it is filled in or marked draft', async () => {
    const dir = makeProject()
    const init = await strategyLint(['init', 'strategy', '--output', 'strategy.md'], dir)
    expect(init.code).toBe(0)
    const skeleton = fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')
    expect(skeleton).not.toMatch(/^status\s*:/im)
    expect((await lintJson(dir, ['strategy.md'])).code).toBe(1)
    fs.writeFileSync(path.join(dir, 'strategy.md'), skeleton.replace('type: strategy\n', 'type: strategy\nstatus: draft\n'))
    const draft = await lintJson(dir, ['strategy.md'])
    expect(draft.code).toBe(0)
    expect(draft.files[0].messages.length).toBeGreaterThan(0)
  })
})

describe('the language server', () => {
  it('shows a draft’s missing sections as warnings, and as errors once the document is accepted', async () => {
    const dir = makeProject()
    const client = await LspClient.start(path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js'), dir)
    clients.push(client)
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const severities = (diagnostics: Array<{code?: unknown; severity?: number}>) =>
      [...new Set(diagnostics.filter((diagnostic) => diagnostic.code === 'strategy-required-sections').map((diagnostic) => diagnostic.severity))]
    // 1: error, 2: warning.
    expect(severities(await client.open(uri, ACCEPTED_STRATEGY('draft')))).toEqual([2])
    expect(severities(await client.change(uri, ACCEPTED_STRATEGY('accepted')))).toEqual([1])
  })
})
