/**
 * The `fix` export: the same mechanical fixes as `strategy-lint --fix`, on
 * text, for tools that build on the package.
 */
import {describe, expect, it} from 'vitest'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {fix, lint} from '../dist/src/index.js'

describe('fix()', () => {
  it('the skeletons it inserts do not change which text the language rules read: no finding appears on text it did not touch', async () => {
    // Three sections of the type at level 3 under headings of the page's own: loosely bound, so the roadmap under a
    // quarter's heading is not read as Coherent Actions; the four skeletons inserted must not bind it.
    const text = [
      '---\ntype: strategy\n---\n\n# Payments strategy\n\n## Where we are\n\n### Background\n',
      'The payments platform handles card and wallet payments for every storefront, and it was built in 2019.\n\n### Problem\n',
      'The payment service is slow at peak and its deploys take a day.\n\n## FY 2027 Q3 goals\n\n### Roadmap\n',
      '- Get adoption for the new checkout and make deployments easier.\n'
    ].join('\n')
    const language = (messages: Array<{ruleId?: string | null}>) => messages.filter((message) => /^strategy-(?:vague-goal|noncommittal)$/.test(message.ruleId ?? ''))
    expect(language(await lint(text))).toEqual([])
    const fixed = await fix(text)
    expect(fixed.applied).toBeGreaterThan(0)
    expect(language(fixed.messages)).toEqual([])
  })

  it('renames a near-miss heading and returns what remains; fixing the result changes nothing', async () => {
    const first = await fix(NEAR_MISS)
    expect(first.applied).toBe(1)
    expect(first.text).toBe(NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria'))
    expect(first.messages).toEqual(await lint(first.text))
    const second = await fix(first.text)
    expect(second).toEqual({text: first.text, applied: 0, messages: first.messages})
  })

  it('headings with ids, emoji and anchors name their sections, and a rename keeps them', async () => {
    // Docusaurus, Hugo, kramdown, Pandoc and MkDocs write heading ids so; `## Context {#context}` was `Missing section`.
    const decorated = NEAR_MISS.replace('## Context', '## Context {#context}')
      .replace('## Diagnosis', '## 🩺 Diagnosis <a id="diagnosis"></a>')
      .replace('## Sucess Criteria', '## [Sucess Criteria](#goals) {#success-criteria}')
    const result = await fix(decorated)
    expect(result.applied).toBe(1)
    expect(result.text).toBe(decorated.replace('[Sucess Criteria]', '[Success Criteria]'))
    expect(result.messages).toEqual([])
  })

  // (The parser's offsets leave the mark out: the comment was sliced one character off, and the fix wrote an unclosed
  // `<!-- ... --` that took in the rest of the document.)
  it('corrects a misspelt id in a lint comment of a file with a byte order mark, and nothing else', async () => {
    for (const at of ['first line', 'after a heading']) {
      const comment = '<!-- lint disable strategy-measureable-criteria -->'
      const source = at === 'first line' ? `\uFEFF${comment}\n\n${NEAR_MISS}` : `\uFEFF${NEAR_MISS.replace('\n\n', `\n\n${comment}\n\n`)}`
      const result = await fix(source)
      expect(result.text).toBe(source.replace('measureable', 'measurable').replace('## Sucess Criteria', '## Success Criteria'))
    }
  })

  it('inserts missing sections in the type order and keeps a byte order mark', async () => {
    const source = '\uFEFF---\ntype: vision\n---\n\n# Search Vision\n\n## Current State\n\nSearch runs on one cluster with a nightly reindex.\n'
    const result = await fix(source)
    expect(result.text.startsWith('\uFEFF---\n')).toBe(true)
    expect(result.text.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Current State',
      '## Guiding Principles',
      '## Target State',
      '## Migration Strategy',
      '## Key Decisions',
      '## Success Metrics'
    ])
    expect(result.messages.some((message) => /Missing section/.test(message.reason))).toBe(false)
  })

  it('a document of setext headings gets its missing sections as setext headings, CRLF kept; a mixed one gets `##`', async () => {
    // Inserting `## Diagnosis` among underlined headings would mix two styles (markdownlint's MD003 reports it).
    const setext = '---\r\ntype: vision\r\n---\r\n\r\nSearch Vision\r\n=============\r\n\r\nCurrent State\r\n-------------\r\n\r\nSearch runs on one cluster.\r\n'
    const result = await fix(setext)
    expect(result.text).toContain('\r\n\r\nGuiding Principles\r\n------------------\r\n\r\nTODO: ')
    expect(result.text).not.toMatch(/^#/m)
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(result.messages.some((message) => /Missing section/.test(message.reason))).toBe(false)
    expect((await fix(result.text)).applied).toBe(0)

    const mixed = setext.replace('Current State\r\n-------------', '## Current State')
    expect((await fix(mixed)).text).toContain('\r\n## Guiding Principles\r\n\r\nTODO: ')
  })

  describe('a document that ends inside an open code or HTML block', () => {
    const RECORD = '---\ntype: adr\n---\n\n# 1. Use X\n\n## Status\n\nAccepted\n\n## Context\n\nBuilds take 3 days.\n\n## Decision\n\nWe will use X:\n\n'
    const open: Array<[string, string, string, string]> = [
      ['an unclosed fence', '```sh\nmake x\n', 'code block', '`` ``` ``'],
      ['an unclosed tilde fence with a backtick fence inside', '~~~~\n```\nmake x\n```\n', 'code block', '`~~~~`'],
      ['an unclosed comment', '<!-- draft\nmore notes\n', 'HTML comment', '`-->`'],
      ['an unclosed <pre>', '<pre>\nmake x\n', '<pre> block', '`</pre>`'],
      ['an unclosed fence with no final newline', '```\nmake x', 'code block', '`` ``` ``']
    ]
    it.each(open)('%s: no fix (a heading added there would be part of the block); the message says to close it', async (_, ending, kind, closer) => {
      // The section appended inside the block was never a section: `--fix` wrote it ten times, and again on each run.
      const result = await fix(RECORD + ending)
      expect(result).toMatchObject({text: RECORD + ending, applied: 0})
      const missing = result.messages.filter((message) => /Missing section `Consequences`/.test(message.reason))
      expect(missing).toHaveLength(1)
      expect(missing[0].expected).toBeUndefined()
      expect(missing[0].reason).toContain(`; but first close the ${kind} opened at line 19 with a ${closer} line: the document ends inside it`)
    })

    it('closed, the same blocks take the section after them, and a second fix changes nothing', async () => {
      for (const ending of ['```sh\nmake x\n```\n', '<!-- draft\nmore notes -->\n', '<pre>\nmake x\n</pre>\n', '<!-- one line -->\n']) {
        const result = await fix(RECORD + ending)
        expect(result.applied).toBe(1)
        expect(result.text).toBe(`${RECORD}${ending}\n## Consequences\n\nTODO: What becomes easier or more difficult because of this change?\n`)
        expect((await fix(result.text)).applied).toBe(0)
      }
    })

    it('a section that goes before the open block is still fixed', async () => {
      // `Context` is missing and goes before `Decision`; only `Consequences` would land in the block.
      const result = await fix(RECORD.replace('## Context\n\nBuilds take 3 days.\n\n', '') + '```sh\nmake x\n')
      expect(result.applied).toBe(1)
      expect(result.text).toContain('## Status\n\nAccepted\n\n## Context\n\nTODO: ')
      expect(result.messages.filter((message) => /Missing section/.test(message.reason)).map((message) => message.reason.slice(0, 38))).toEqual([
        'Missing section `Consequences`; add it'
      ])
    })

    it('a chain of sections at the end: each message says so, the first how to close the block', async () => {
      const strategy = '---\ntype: strategy\n---\n\n# S\n\n## Context\n\n```\nnotes\n'
      const result = await fix(strategy)
      expect(result.applied).toBe(0)
      const reasons = result.messages.filter((message) => /Missing section/.test(message.reason)).map((message) => message.reason)
      expect(reasons).toHaveLength(6)
      expect(reasons[0]).toMatch(/^\(1\/6\) .*; but first close the code block opened at line 9 with a `` ``` `` line/)
      for (const reason of reasons.slice(1)) expect(reason).toMatch(/; but first close the code block opened at line 9 \(reported above\)$/)
    })
  })

  describe('the fixed document breaks no order rule', () => {
    const headingsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('#'))
    it('a stand-in written before `Context`: the missing section goes after the later of the two', async () => {
      // moj-cloud-platform 025-027: `Consequences` went after `Proposal` (the Decision's stand-in), before `Context`.
      const record = '---\ntype: adr\n---\n\n# 1. Use managed Prometheus\n\n## Status\n\nAccepted\n\n## Proposal\n\nWe will use Amazon Managed Prometheus.\n\n## Context\n\nOur Prometheus runs out of memory every week.\n'
      const before = await fix(record)
      expect(before.messages.map((message) => message.reason).filter((reason) => /Missing section/.test(reason))).toHaveLength(0)
      expect(headingsOf(before.text)).toEqual(['# 1. Use managed Prometheus', '## Status', '## Proposal', '## Context', '## Consequences'])
      expect(before.messages.some((message) => message.ruleId === 'strategy-section-order')).toBe(false)
    })

    it('a section at the wrong level counts where it stands: a missing one goes after it, not before', async () => {
      const record = '---\ntype: adr\n---\n\n# 2. Domain names\n\n## Status\n\nAccepted\n\n## Introduction\n\nWe need domain names.\n\n### Context\n\nCertificates take a day to issue by hand.\n'
      const result = await fix(record)
      expect(headingsOf(result.text)).toEqual(['# 2. Domain names', '## Status', '## Introduction', '## Context', '## Decision', '## Consequences'])
      expect(result.messages.some((message) => message.ruleId === 'strategy-section-order')).toBe(false)
    })

    it('a section written above the section level holds the sections after it: the missing one goes after its own text', async () => {
      const strategy = '---\ntype: strategy\n---\n\n# Payments\n\n## Context\n\nWe run payments in 40 countries.\n\n### Guiding Policy\n\nOne adapter per acquirer.\n\n### Coherent Actions\n\n1. Q1: define the adapter.\n'
      const result = await fix(strategy)
      expect(headingsOf(result.text).slice(0, 5)).toEqual(['# Payments', '### Context', '### Diagnosis', '### Guiding Policy', '### Coherent Actions'])
      expect(result.messages.some((message) => message.ruleId === 'strategy-section-order')).toBe(false)
    })
  })

  it('a section written one level down among its neighbour\'s subsections is not raised where it stands, and nothing lands between them', async () => {
    // `### Non-goals` raised to `##` inside `## Coherent Actions` took in the `### Rollout` after it, and the missing
    // sections went in before `### Rollout`: the rollout plan ended up under Success Criteria.
    const strategy = [
      '---\ntype: strategy\n---\n\n# CI Strategy\n',
      '## Context\n\nPipelines take 41 minutes.\n',
      '## Diagnosis\n\nThe suite runs serially.\n',
      '## Guiding Policy\n\nOwn the runners centrally.\n',
      '## Coherent Actions\n\n### Non-goals\n\n- We will not rewrite the test framework.\n',
      '### Rollout\n\n- Move the suite to dedicated runners by Q3 2027.\n'
    ].join('\n')
    const result = await fix(strategy)
    expect(result.text).toContain('### Non-goals\n\n- We will not rewrite the test framework.\n\n### Rollout\n\n- Move the suite to dedicated runners by Q3 2027.\n\n## Risks and Mitigations\n')
    const message = result.messages.find((entry) => /is a level-3 heading/.test(entry.reason))!
    expect(message.reason).toBe(
      "Section `What We Will NOT Do` is a level-3 heading, but this document's sections are level 2; make it `## Non-goals` and move it below `Rollout` and the rest of `Coherent Actions`: raised where it stands, it would take them in"
    )
    expect(message.expected).toBeUndefined()
    expect(result.messages.some((entry) => /Section `Coherent Actions` is empty/.test(entry.reason))).toBe(false)
  })

  // (A pattern that left out every `#` gave these no level fix.)
  it('a closed heading, or one with a `#` in its text, one level off: the level fix keeps its text and its closing `#`s', async () => {
    const strategy = await import('node:fs').then((fs) => fs.readFileSync('fixtures/examples/payments-strategy.md', 'utf8'))
    for (const [written, fixed] of [
      ['### Success Criteria ###', '## Success Criteria ##'],
      ['### Success Criteria #', '## Success Criteria ##'],
      ['### Success Criteria', '## Success Criteria']
    ]) {
      const result = await fix(strategy.replace('## Success Criteria', written))
      expect(result.text).toBe(strategy.replace('## Success Criteria', fixed))
    }
  })

  it('a section one level down that, raised where it stands, would be out of order: no level fix, the message says where it goes', async () => {
    // `### Non-Goals` under `## Motivation`, before `## Diagnosis`: raised, it came before Diagnosis, a new order error.
    const strategy = '---\ntype: strategy\n---\n\n# Strategy\n\n## Context\n\nWe run many services in three regions.\n\n### Non-Goals\n\n- Moving off the database this year.\n\n## Diagnosis\n\nThe shared database is the bottleneck for every team.\n'
    const message = (await lint(strategy)).find((entry) => /is a level-3 heading/.test(entry.reason))!
    expect(message.reason).toBe(
      "Section `What We Will NOT Do` is a level-3 heading, but this document's sections are level 2; make it `## Non-Goals` and move it below `Diagnosis`: raised where it stands, it would be out of order"
    )
    expect(message.expected).toBeUndefined()
    const result = await fix(strategy)
    expect(result.text).toContain('### Non-Goals\n')
    expect(result.messages.some((entry) => entry.ruleId === 'strategy-section-order')).toBe(false)
  })

  it('a bold line made the heading of a later section: the missing sections before it go in above it, so the fixed page is in order', async () => {
    const headingsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('#'))
    const strategy = '---\ntype: strategy\n---\n\n# Background\n\nWe run many services in three regions.\n\n**Non-Goals:**\n\n- Moving off the database this year.\n\n# Validation\n\n- Cut p95 latency from 900 ms to 300 ms by Q3 2027.\n'
    const result = await fix(strategy)
    expect(headingsOf(result.text)).toEqual([
      '# Background', '# Diagnosis', '# Guiding Policy', '# Coherent Actions', '# Non-Goals', '# Risks and Mitigations', '# Success Criteria', '# Validation'
    ])
    expect(result.messages.some((entry) => entry.ruleId === 'strategy-section-order')).toBe(false)
  })

  it('a subsection one edit from a missing section is a subsection of its own, not that section misspelt (a vision\'s `### Target Date`)', async () => {
    const vision = [
      '---\ntype: vision\n---\n\n# Platform Vision\n',
      '## Current State\n\nOur builds run on three separate CI systems with different owners.\n',
      '## Guiding Principles\n\n- One pipeline definition per repository.\n',
      '### Target Date\n\nWe finish the principles review with all teams by March 2027.\n',
      '## Migration Strategy\n\nMove repositories team by team.\n',
      '## Key Decisions\n\n- We will use the shared runner pool.\n',
      '## Success Metrics\n\n- Median build time from 40 min to 15 min by Q4 2027.\n'
    ].join('\n')
    const missing = (await lint(vision)).filter((message) => message.ruleId === 'strategy-required-sections').map((message) => message.reason)
    expect(missing).toEqual([expect.stringMatching(/^Missing section `Target State`; add it after `Guiding Principles`/)])
    expect((await fix(vision)).text).toContain('### Target Date\n')
  })

  it('one letter off one level down is still the section misspelt: renamed and raised, not doubled by an empty skeleton', async () => {
    const strategy = '---\ntype: strategy\n---\n\n# S\n\n## Context\n\nWhy now.\n\n### Diagnosys\n\nThe problem.\n\n## Guiding Policy\n\nThe approach.\n\n## Coherent Actions\n\n- Do it.\n\n## What We Will NOT Do\n\n- Not that.\n\n## Risks and Mitigations\n\n- Risk.\n\n## Success Criteria\n\n- p95 from 900 ms to 300 ms by Q3 2027.\n'
    const message = (await lint(strategy)).find((entry) => entry.ruleId === 'strategy-required-sections')!
    expect(message.reason).toBe("Section `Diagnosis` is a level-3 heading (`Diagnosys`, misspelt), but this document's sections are level 2; make it `## Diagnosis`")
    expect((await fix(strategy)).text).toContain('## Diagnosis\n\nThe problem.\n')
  })

  it('a heading written as the section\'s own name at another level is not called misspelt, though it is one letter from an alias (`Guiding Policies`)', async () => {
    const strategy = '---\ntype: strategy\n---\n\n# S\n\n## Context\n\nWhy now.\n\n## Diagnosis\n\nThe problem.\n\n#### Guiding Policy\n\nThe approach.\n\n## Coherent Actions\n\n- Do it.\n\n## What We Will NOT Do\n\n- Not that.\n\n## Risks and Mitigations\n\n- Risk.\n\n## Success Criteria\n\n- p95 from 900 ms to 300 ms by Q3 2027.\n'
    const message = (await lint(strategy)).find((entry) => /is a level-4 heading/.test(entry.reason))!
    expect(message.reason).toBe("Section `Guiding Policy` is a level-4 heading, but this document's sections are level 2; make it `## Guiding Policy`")
  })

  it('a section out of order elsewhere does not keep a heading one level down from being raised in place', async () => {
    // `## Success Criteria` written first is out of order itself; Diagnosis, under Context, is where it goes.
    const strategy = '---\ntype: strategy\n---\n\n# S\n\n## Success Criteria\n\n- p95 from 900 ms to 300 ms by Q3 2027.\n\n## Context\n\nWhy now.\n\n### Diagnosis\n\nThe problem.\n\n## Guiding Policy\n\nThe approach.\n\n## Coherent Actions\n\n- Do it.\n\n## What We Will NOT Do\n\n- Not that.\n\n## Risks and Mitigations\n\n- Risk.\n'
    const message = (await lint(strategy)).find((entry) => /is a level-3 heading/.test(entry.reason))!
    expect(message.reason).toBe("Section `Diagnosis` is a level-3 heading, but this document's sections are level 2; make it `## Diagnosis`")
    expect(message.expected).toEqual(['## Diagnosis'])
  })

  it('a misspelt heading at another level is renamed and relevelled, not doubled by an empty skeleton', async () => {
    const headingsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('#'))
    const strategy = '# Technical Strategy: Payments\n\n## Contxt\n\nWe run many services today in three regions.\n\n### Diagnosis\n\nThe database is the bottleneck.\n'
    const before = await lint(strategy)
    expect(before.find((message) => message.ruleId === 'strategy-required-sections' && /Contxt/.test(message.reason))?.reason).toBe(
      "Section `Context` is a level-2 heading (`Contxt`, misspelt), but this document's sections are level 3; make it `### Context`"
    )
    const result = await fix(strategy)
    expect(headingsOf(result.text).slice(0, 3)).toEqual(['# Technical Strategy: Payments', '### Context', '### Diagnosis'])
    expect(result.text).toContain('### Context\n\nWe run many services today in three regions.\n')
  })

  it('an empty file gets its sections one blank line apart; a few CRLF lines in an LF file do not make the added lines CRLF', async () => {
    const empty = await fix('', {type: 'adr'})
    expect(empty.text).toMatch(/^## Status\n\nTODO: [^\n]*\n\n## Context\n\n/)
    const pasted = '# Tech Strategy: X\n\n## Context\n\n```\nline one\r\nline two\n```\n'
    expect((await fix(pasted)).text.match(/\r/g)).toHaveLength(1)
  })

  it('fixing a page adds no finding on text the fix did not touch: sections of placeholders do not make the introduction read', async () => {
    const intro = '# Search RFC\n\nWe might explore caching in the future.\n\n## Summary\n\nText.\n'
    const ruleIds = (messages: Array<{ruleId?: string | undefined}>) => new Set(messages.map((message) => message.ruleId))
    const before = ruleIds(await lint(intro, {type: 'strategy'}))
    const after = ruleIds((await fix(intro, {type: 'strategy'})).messages)
    expect([...after].filter((id) => !before.has(id) && id !== 'strategy-empty-section')).toEqual([])
  })

  it('sections added at the end of a file with no final newline are one blank line apart, as elsewhere', async () => {
    const record = '---\ntype: adr\n---\n\n# 1. X\n\n## Status\n\nAccepted'
    const result = await fix(record)
    expect(result.applied).toBe(3)
    expect(result.text).not.toMatch(/\n\n\n/)
    expect(result.text.slice(record.length)).toMatch(/^\n\n## Context\n\nTODO: [^\n]*\n\n## Decision\n\nTODO: [^\n]*\n\n## Consequences\n\nTODO: [^\n]*\n$/)
  })

  it('a section goes in above the lint comment or anchor on the line over the next heading, and before the definitions and footnotes that end the file', async () => {
    const record = [
      '---\ntype: adr\n---\n',
      '# 1. Use X\n',
      '## Status\n\nAccepted\n',
      '<!-- lint ignore strategy-section-length -->',
      '<a name="decision"></a>',
      '## Decision\n\nWe use [X][x].[^why]\n',
      '[x]: https://example.com/x',
      '[^why]: It is cheaper.\n'
    ].join('\n')
    const result = await fix(record)
    expect(result.text).toContain('Accepted\n\n## Context\n\nTODO: ')
    expect(result.text).toMatch(/\n\n<!-- lint ignore strategy-section-length -->\n<a name="decision"><\/a>\n## Decision\n/)
    expect(result.text).toMatch(/## Consequences\n\nTODO: [^\n]*\n\n\[x\]: https:\/\/example\.com\/x\n\[\^why\]: It is cheaper\.\n$/)
    expect((await fix(result.text)).text).toBe(result.text)
  })

  it('a heading near an alias is renamed to that alias, not to the section\'s own name; a contraction without its apostrophe is one', async () => {
    const vision = '---\ntype: vision\n---\n\n# Search Vision\n\n## Where we are now\n\nSearch runs on one cluster.\n'
    const messages = await lint(vision)
    expect(messages.map((message) => message.reason)).toContain(
      'Heading `Where we are now` looks like `Where We Are Today`, a name of the required section `Current State`; rename it to `Where We Are Today`'
    )
    expect((await fix(vision)).text).toContain('\n## Where We Are Today\n\nSearch runs on one cluster.\n')
    const strategy = (heading: string) => `---\ntype: strategy\n---\n\n# Payments Strategy\n\n## Context\n\nText.\n\n## ${heading}\n\nWe will not build a ledger.\n`
    const about = (reasons: string[]) => reasons.filter((reason) => /Missing section `What We Will NOT Do`|looks like/.test(reason))
    expect(about((await lint(strategy('What We Wont Do'))).map((message) => message.reason))).toEqual([])
    expect(about((await lint(strategy("What We Won't Do"))).map((message) => message.reason))).toEqual([])
  })
})
