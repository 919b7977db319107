/**
 * Programmatic use of the plugin, the `lint()` helper and the rule plugins,
 * with the real unified / remark pipeline (no mocks).
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  GOOD_STRATEGY,
  MISSING_SECTION,
  NEAR_MISS,
  README,
  strategyDoc,
  UNTYPED_NOTES,
  visionBody,
  WARNINGS_ONLY,
  words
} from '../fixtures/cli/documents.js'
import decisionRationale from '../rules/strategy-decision-rationale.js'
import documentType from '../rules/strategy-document-type.js'
import duplicateSection from '../rules/strategy-duplicate-section.js'
import emptySection from '../rules/strategy-empty-section.js'
import leadingLagging from '../rules/strategy-leading-lagging.js'
import measurableCriteria from '../rules/strategy-measurable-criteria.js'
import nonGoals from '../rules/strategy-non-goals.js'
import noncommittal from '../rules/strategy-noncommittal.js'
import placeholder from '../rules/strategy-placeholder.js'
import principleCount from '../rules/strategy-principle-count.js'
import requiredSections from '../rules/strategy-required-sections.js'
import riskMitigation from '../rules/strategy-risk-mitigation.js'
import sectionLength from '../rules/strategy-section-length.js'
import sectionOrder from '../rules/strategy-section-order.js'
import sectionContent from '../rules/strategy-section-content.js'
import staleDeadline from '../rules/strategy-stale-deadline.js'
import timeHorizon from '../rules/strategy-time-horizon.js'
import unquantifiedPitch from '../rules/strategy-unquantified-pitch.js'
import vagueGoal from '../rules/strategy-vague-goal.js'
import remarkLintStrategy, {lint, ruleIds, StrategyConfigError, type StrategyOptions} from '../src/index.js'

const RULE_URL = 'https://github.com/remark-lint-strategy/remark-lint-strategy/blob/main/docs/rules/'

/** unified + remark-parse + the plugin, run the way a linter runs it: parse, then run the transformers. */
async function runPipeline(value: string | VFile, options?: StrategyOptions): Promise<VFile> {
  const file = value instanceof VFile ? value : new VFile({path: 'doc.md', value})
  const processor = unified().use(remarkParse).use(remarkLintStrategy, options)
  await processor.run(processor.parse(file), file)
  return file
}

function ruleIdsOf(messages: ReadonlyArray<{ruleId?: string | undefined}>): string[] {
  return messages.map((message) => message.ruleId ?? '(none)').sort()
}

describe('the plugin in a unified pipeline', () => {
  it('reports with ruleId, source and url', async () => {
    const file = await runPipeline(MISSING_SECTION)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'strategy-required-sections',
      source: 'remark-lint',
      url: `${RULE_URL}strategy-required-sections.md`,
      fatal: true
    })
    expect(message.reason).toMatch(/^Missing section `Diagnosis`; add it after `Context`/)
    expect(message.line).toEqual(expect.any(Number))
    expect(message.column).toBe(1)
  })

  it('process() works with a compiler: remark() from the `remark` dependency', async () => {
    const {remark} = await import('remark')
    const file = await remark().use(remarkLintStrategy).process(WARNINGS_ONLY)
    expect(ruleIdsOf(file.messages)).toEqual(['strategy-placeholder', 'strategy-section-length'])
    for (const message of file.messages) {
      expect(message).toMatchObject({source: 'remark-lint', fatal: false, url: `${RULE_URL}${message.ruleId}.md`})
    }
    // Linting does not change the document.
    expect(String(file)).toBe(WARNINGS_ONLY)
  })

  it('a clean strategy and an untyped README get no messages', async () => {
    expect((await runPipeline(GOOD_STRATEGY)).messages).toEqual([])
    expect((await runPipeline(README)).messages).toEqual([])
  })

  // (Any capitalised key was an error, whatever its value: `Type: docs`, a site generator's, failed a folder run.)
  it('a type key in other case: an error only when its value names a type, or nearly; never the key written right', async () => {
    const reasonsFor = async (frontMatter: string) =>
      (await lint(`---\n${frontMatter}\n---\n\nSome text.\n`)).filter((message) => message.ruleId === 'strategy-document-type').map((message) => `${message.line}: ${message.reason}`)
    expect(await reasonsFor('Type: docs')).toEqual([])
    expect(await reasonsFor('Type: [strategy]')).toEqual([])
    expect(await reasonsFor('Type: mdr')).toEqual([expect.stringMatching(/^2: Front matter key `Type` declares no type: keys are case-sensitive; write `type: adr` or `type: madr`/)])
    expect(await reasonsFor('type: null\nType: strategy')).toEqual([expect.stringMatching(/^3: Front matter key `Type` declares no type: keys are case-sensitive; write `type: strategy`/)])
  })

  it('adds the syntax it needs: front matter and GFM tables', async () => {
    // Front matter declares the type; its `---` must not be read as a thematic break and heading.
    const vision = `---\ntype: vision\n---\n\n# Payments Platform 2027\n\n## Current State\n\n${words(60, 1)}\n`
    const file = await runPipeline(vision)
    expect(file.messages.map((message) => message.reason)).toContainEqual(
      expect.stringMatching(/^(?:\(\d+\/\d+\) )?Missing section `Target State`/)
    )

    // A section holding only a table of bare placeholders is placeholder-only.
    const table = strategyDoc({success: '| TBD | TODO: fill in |\n| --- | --- |'})
    const tableFile = await runPipeline(table)
    expect(tableFile.messages.map((message) => message.reason)).toContainEqual(
      expect.stringMatching(/^Section `Success Criteria` holds only a placeholder/)
    )
  })
})

describe('lint()', () => {
  it('returns plain message objects sorted by place', async () => {
    const messages = await lint(WARNINGS_ONLY)
    expect(messages.map((message) => message.ruleId)).toEqual(['strategy-section-length', 'strategy-placeholder'])
    for (const message of messages) {
      expect(Object.getPrototypeOf(message)).toBe(Object.prototype)
      expect(JSON.parse(JSON.stringify(message))).toEqual(
        Object.fromEntries(Object.entries(message).filter(([, value]) => value !== undefined))
      )
      expect(message).toMatchObject({source: 'remark-lint', fatal: false, url: `${RULE_URL}${message.ruleId}.md`})
      expect(message.line).toEqual(expect.any(Number))
      expect(message.column).toEqual(expect.any(Number))
      expect(message.reason).toEqual(expect.any(String))
    }
    const [length, leftover] = messages
    expect(length.line! < leftover.line!).toBe(true)
    expect(leftover.reason).toBe('Template leftover `TBD`; finish the thought or remove the marker')
    const line = WARNINGS_ONLY.split('\n')[leftover.line! - 1]
    expect(line.slice(leftover.column! - 1, leftover.endColumn! - 1)).toBe('TBD')
    expect(leftover.endLine).toBe(leftover.line)
  })

  it('gives the near-miss heading message `expected`', async () => {
    const [message, ...rest] = await lint(NEAR_MISS)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'strategy-required-sections',
      fatal: true,
      column: 4,
      expected: ['Success Criteria']
    })
    expect(NEAR_MISS.split('\n')[message.line! - 1]).toBe('## Sucess Criteria')
  })

  it('accepts a VFile and reports on that file', async () => {
    const file = new VFile({path: 'strategy.md', value: MISSING_SECTION})
    const messages = await lint(file)
    expect(ruleIdsOf(messages)).toEqual(['strategy-required-sections'])
    expect(file.messages).toHaveLength(1)
  })
})

describe('options', () => {
  it('`rules: {id: false}` turns a rule off', async () => {
    expect(ruleIdsOf(await lint(WARNINGS_ONLY, {rules: {'strategy-placeholder': false}}))).toEqual([
      'strategy-section-length'
    ])
    expect(ruleIdsOf(await lint(WARNINGS_ONLY, {rules: {'strategy-placeholder': 'off', 'strategy-section-length': 0}}))).toEqual([])
  })

  it('a severity changes how a rule reports', async () => {
    const messages = await lint(WARNINGS_ONLY, {rules: {'strategy-placeholder': 'error', 'strategy-section-length': ['warn']}})
    expect(messages.find((message) => message.ruleId === 'strategy-placeholder')!.fatal).toBe(true)
    expect(messages.find((message) => message.ruleId === 'strategy-section-length')!.fatal).toBe(false)
    const relaxed = await lint(MISSING_SECTION, {rules: {'strategy-required-sections': 'warn'}})
    expect(relaxed).toEqual([expect.objectContaining({ruleId: 'strategy-required-sections', fatal: false})])
  })

  it('rule options apply: `[severity, options]`', async () => {
    // `nearMiss: false` accepts the misnamed heading without asking for a rename.
    expect(await lint(NEAR_MISS, {rules: {'strategy-required-sections': ['error', {nearMiss: false}]}})).toEqual([])
    expect(await lint(WARNINGS_ONLY, {rules: {'strategy-placeholder': ['warn', {allow: ['TBD']}]}})).toEqual([
      expect.objectContaining({ruleId: 'strategy-section-length'})
    ])
  })

  it('`type` forces a type', async () => {
    expect(await lint(UNTYPED_NOTES)).toEqual([])
    const reasons = (await lint(UNTYPED_NOTES, {type: 'vision'})).map((message) => message.reason)
    expect(reasons).toContainEqual(expect.stringMatching(/^(?:\(\d+\/\d+\) )?Missing section `Target State`/))
    expect(reasons).not.toContainEqual(expect.stringMatching(/^(?:\(\d+\/\d+\) )?Missing section `Current State`/))
    // It wins over the document's own type.
    const forced = (await lint(GOOD_STRATEGY, {type: 'vision'})).map((message) => message.reason)
    expect(forced).toContainEqual(expect.stringMatching(/^(?:\(\d+\/\d+\) )?Missing section `Current State`/))
  })

  it('`globs` types a file by its path', async () => {
    const value = `# Q3 Planning\n\n## Context\n\n${words(80, 1)}\n`
    const options = {globs: {'docs/strategy/**/*.md': 'strategy'}}
    const matched = await lint(new VFile({path: 'docs/strategy/x.md', value}), options)
    const reasons = matched.map((message) => message.reason)
    for (const heading of ['Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']) {
      expect(reasons).toContainEqual(expect.stringMatching(new RegExp(`^(?:\\(\\d+/\\d+\\) )?Missing section \`${heading}\``)))
    }
    expect(reasons).not.toContainEqual(expect.stringMatching(/Missing section `Context`/))
    expect(await lint(new VFile({path: 'docs/notes/x.md', value}), options)).toEqual([])
    expect(await lint(new VFile({path: 'docs/strategy/x.md', value}))).toEqual([])
  })

  it('`globs` also work through a unified pipeline', async () => {
    const file = new VFile({path: 'docs/strategy/deep/plan.md', value: `# Q3 Planning\n\n## Context\n\n${words(80, 1)}\n`})
    await runPipeline(file, {globs: {'docs/strategy/**/*.md': 'strategy'}})
    expect(file.messages.length).toBeGreaterThan(0)
    expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(new Set(['strategy-required-sections']))
  })

  describe('validation: one-line StrategyConfigError naming the rule or option', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['an unknown top-level option', {bogus: 1}, /^remark-lint-strategy: unknown option `bogus`, expected one of `type`, `globs`, `rules`, `types`$/],
      ['an unknown rule id', {rules: {'strategy-nope': 'error'}}, /^remark-lint-strategy: option `rules`: unknown rule `strategy-nope`, expected one of .*`strategy-placeholder`/],
      ['a phrase to remove that is in no list', {rules: {'strategy-vague-goal': {remove: ['imporve']}}}, /^remark-lint-strategy: rule `strategy-vague-goal`: option `remove`\[0\]: `imporve` is in none of the rule's lists, so it removes nothing; did you mean `improve`\?$/],
      ['a misspelt rule id', {rules: {'strategy-placehold': 'error'}}, /^remark-lint-strategy: option `rules`: unknown rule `strategy-placehold`, did you mean `strategy-placeholder`\?$/],
      ['a rule id without its prefix', {rules: {placeholder: 'error'}}, /^remark-lint-strategy: option `rules`: unknown rule `placeholder`, did you mean `strategy-placeholder`\?$/],
      ['a rule id with the package name before it', {rules: {'remark-lint-strategy-placeholder': 'error'}}, /unknown rule `remark-lint-strategy-placeholder`, did you mean `strategy-placeholder`\?$/],
      ['a bad severity', {rules: {'strategy-placeholder': 'loud'}}, /^remark-lint-strategy: rule `strategy-placeholder`: got "loud", expected a severity/],
      ['a bad severity in an array', {rules: {'strategy-placeholder': [7]}}, /^remark-lint-strategy: rule `strategy-placeholder`: got number 7, expected a severity/],
      ['a bad rule option type', {rules: {'strategy-section-length': ['warn', {tolerance: 'x'}]}}, /^remark-lint-strategy: rule `strategy-section-length`: option `tolerance`: got "x", expected a number >= 1$/],
      ['an unknown rule option', {rules: {'strategy-placeholder': ['warn', {allowed: ['TBD']}]}}, /^remark-lint-strategy: rule `strategy-placeholder`: unknown option `allowed`, did you mean `allow`\?$/],
      ['options for a rule that takes none', {rules: {'strategy-section-order': ['error', {strict: true}]}}, /^remark-lint-strategy: rule `strategy-section-order`: takes no options/],
      ['an unknown type', {type: 'roadmap'}, /^remark-lint-strategy: option `type`: unknown document type: got "roadmap", expected one of `strategy`, `vision`, `adr`, `madr`$/],
      ['a glob mapped to an unknown type', {globs: {'docs/**/*.md': 'roadmap'}}, /^remark-lint-strategy: option `globs`: glob `docs\/\*\*\/\*\.md`: got "roadmap", expected one of `strategy`, `vision`, `adr`, `madr`$/],
      ['rules that are not an object', {rules: ['strategy-placeholder']}, /^remark-lint-strategy: option `rules`: got an array, expected an object/],
      ['options that are not an object', 'strategy', /^remark-lint-strategy: got "strategy", expected an options object$/]
    ]

    it.each(cases)('lint() rejects %s', async (_name, options, pattern) => {
      const error = await lint(GOOD_STRATEGY, options as StrategyOptions).then(
        () => undefined,
        (error: unknown) => error
      )
      expect(error).toBeInstanceOf(StrategyConfigError)
      const {message, name} = error as StrategyConfigError
      expect(name).toBe('StrategyConfigError')
      expect(message).not.toContain('\n')
      expect(message).toMatch(pattern)
    })

    it.each(cases)('a unified pipeline throws for %s when it is frozen', (_name, options, pattern) => {
      const processor = unified()
        .use(remarkParse)
        .use(remarkLintStrategy as Plugin<[unknown?], Root>, options)
      let error: unknown
      try {
        processor.freeze()
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(StrategyConfigError)
      expect((error as Error).message).toMatch(pattern)
    })
  })

  it('accepts every documented setting form', async () => {
    const settings: unknown[] = [true, 'on', 'warn', 'error', 'off', 0, 1, 2, false, ['error'], ['warn', {}], {}]
    for (const setting of settings) {
      await expect(lint(GOOD_STRATEGY, {rules: {'strategy-section-order': setting}})).resolves.toEqual([])
    }
  })
})

describe('a rule listed as its own plugin beside the plugin', () => {
  async function placeholderSeverities(use: (processor: ReturnType<typeof unified>) => void): Promise<Array<boolean | null | undefined>> {
    const processor = unified().use(remarkParse).use(remarkFrontmatter)
    use(processor)
    const file = new VFile(WARNINGS_ONLY)
    await processor.run(processor.parse(file), file)
    return file.messages.filter((message) => message.ruleId === 'strategy-placeholder').map((message) => message.fatal)
  }

  it('keeps its own setting, before or after the plugin, over the plugin\'s (which replaced it in silence when after)', async () => {
    expect(await placeholderSeverities((processor) => processor.use(remarkLintStrategy).use(placeholder, 'error'))).toEqual([true])
    expect(await placeholderSeverities((processor) => processor.use(placeholder, 'error').use(remarkLintStrategy))).toEqual([true])
    expect(await placeholderSeverities((processor) => processor.use(remarkLintStrategy, {rules: {'strategy-placeholder': 'off'}}).use(placeholder, 'error'))).toEqual([true])
    expect(await placeholderSeverities((processor) => processor.use(placeholder, false).use(remarkLintStrategy))).toEqual([])
    expect(await placeholderSeverities((processor) => processor.use(remarkLintStrategy))).toEqual([false])
  })
})

describe('rule plugins used alone with remark-lint', () => {
  type Case = {rule: Plugin<[unknown?], Root> & {ruleId: string; defaultSeverity: string}; doc: string; reason: RegExp}
  const VISION = (sections: Partial<Record<string, string>>) => `---\ntype: vision\n---\n\n${visionBody(undefined, sections)}`
  const ORDER = strategyDoc().replace(
    /## Diagnosis\n\n([^\n]*)\n\n## Guiding Policy\n\n([^\n]*)\n/,
    '## Guiding Policy\n\n$2\n\n## Diagnosis\n\n$1\n'
  )
  const cases: Case[] = [
    {rule: requiredSections, doc: MISSING_SECTION, reason: /^Missing section `Diagnosis`/},
    {rule: sectionOrder, doc: ORDER, reason: /is out of order/},
    {rule: duplicateSection, doc: `${GOOD_STRATEGY}\n## Context\n\n${words(20, 9)}\n`, reason: /^Section `Context` appears again \(first at line \d+\); merge this one into it$/},
    // Numbered, it is the same name: no `as`.
    {rule: duplicateSection, doc: `${GOOD_STRATEGY}\n## 8. Context\n\n${words(20, 9)}\n`, reason: /^Section `Context` appears again \(first at line \d+\); merge this one into it$/},
    // Under an alias, the heading as written: line N holds `Context`, not `Background`.
    {rule: duplicateSection, doc: `${GOOD_STRATEGY}\n## Background\n\n${words(20, 9)}\n`, reason: /^Section `Context` appears again as `Background` \(first at line \d+\); merge this one into it$/},
    {rule: emptySection, doc: strategyDoc({risks: ''}), reason: /^Section `Risks and Mitigations` is empty/},
    {rule: placeholder, doc: WARNINGS_ONLY, reason: /^Template leftover `TBD`/},
    {rule: sectionLength, doc: WARNINGS_ONLY, reason: /^Section `Context` is a single line \(\d+ words\), too thin/},
    {rule: documentType, doc: `---\ntype: stratgy\n---\n\n${GOOD_STRATEGY}`, reason: /^Unknown document type `stratgy` \(did you mean `strategy`\?\)/},
    // Keys are case-sensitive: the file was skipped as untyped, with a message asking for the `type:` it seemed to have.
    {rule: documentType, doc: `---\nType: strategy\n---\n\n${GOOD_STRATEGY}`, reason: /^Front matter key `Type` declares no type: keys are case-sensitive; write `type: strategy`/},
    // As near one type as another: both, not the first listed.
    {rule: documentType, doc: `---\ntype: mdr\n---\n\n${GOOD_STRATEGY}`, reason: /^Unknown document type `mdr` \(did you mean `adr` or `madr`\?\)/},
    {rule: measurableCriteria, doc: strategyDoc({success: '- Developers are happier with the build.'}), reason: /^Success criterion `Developers are happier with the build\.` has no measurable target/},
    {rule: vagueGoal, doc: strategyDoc({guidingPolicy: 'Improve developer productivity.'}), reason: /^`Improve developer productivity\.` promises an improvement \(`Improve`\) with no target or deadline/},
    {rule: noncommittal, doc: strategyDoc({guidingPolicy: 'We should evaluate whether microservices make sense.'}), reason: /^`We should evaluate whether microservices make sense\.` hedges/},
    {rule: unquantifiedPitch, doc: strategyDoc({context: 'The code is spaghetti.'}), reason: /^`The code is spaghetti\.` argues from taste or fashion/},
    {rule: nonGoals, doc: strategyDoc({notDo: 'We keep every current commitment.'}), reason: /^`What We Will NOT Do` lists nothing concrete/},
    {rule: riskMitigation, doc: strategyDoc({risks: '- The shared cache becomes a single point of failure.'}), reason: /^Risk `The shared cache becomes a single point of failure\.?` has no mitigation/},
    {rule: principleCount, doc: VISION({'Guiding Principles': '- Services own their data.'}), reason: /^`Guiding Principles` has 1 principle/},
    {rule: timeHorizon, doc: VISION({'Target State': 'Every domain publishes its state changes as events, and no service reads another service\'s database.'}), reason: /^`Target State` names no time horizon/},
    {rule: decisionRationale, doc: VISION({'Key Decisions': '- Decided: we use Kafka for events.'}), reason: /^Decision `.*` gives no rationale/},
    {rule: leadingLagging, doc: VISION({'Success Metrics': '- Lagging: checkout incidents, from 11 a year to 2 a year by 2029.'}), reason: /^`Success Metrics` has no leading indicator/},
    {rule: staleDeadline, doc: strategyDoc({coherentActions: '- Move the build to remote caching by Q3 2020.'}), reason: /^The deadline `by Q3 2020` passed on 2020-09-30/},
    {
      rule: sectionContent,
      doc: '# Use PostgreSQL\n\n## Context and Problem Statement\n\nWe need a ledger store.\n\n## Considered Options\n\n- PostgreSQL\n\n## Decision Outcome\n\nChosen option: PostgreSQL, because the team runs it.\n',
      reason: /^Section `Considered Options` has 1 item; the architectural decision record \(MADR\) type asks for at least 2/
    }
  ]
  // Every rule of the registry, new ones included, is also run alone on its doc page's first `not ok`
  // example (tests/docs-examples.test.ts), so a new rule needs no case here.

  it.each(cases.map((entry) => [entry.rule.ruleId, entry] as const))('%s reports alone with its default severity', async (id, {rule, doc, reason}) => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLint).use(rule)
    const file = new VFile({path: 'doc.md', value: doc})
    await processor.run(processor.parse(file), file)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages) {
      expect(message).toMatchObject({
        ruleId: id,
        source: 'remark-lint',
        url: `${RULE_URL}${id}.md`,
        fatal: rule.defaultSeverity === 'error'
      })
    }
    expect(file.messages.map((message) => message.reason)).toContainEqual(expect.stringMatching(reason))
  })

  it('default severities: structure rules are errors; placeholder, length, language and content rules are warnings', () => {
    expect(Object.fromEntries(cases.map(({rule}) => [rule.ruleId, rule.defaultSeverity]))).toEqual({
      'strategy-document-type': 'error',
      'strategy-required-sections': 'error',
      'strategy-section-order': 'error',
      'strategy-duplicate-section': 'error',
      'strategy-empty-section': 'error',
      'strategy-placeholder': 'warn',
      'strategy-section-length': 'warn',
      'strategy-section-content': 'warn',
      'strategy-measurable-criteria': 'warn',
      'strategy-vague-goal': 'warn',
      'strategy-noncommittal': 'warn',
      'strategy-unquantified-pitch': 'warn',
      'strategy-non-goals': 'warn',
      'strategy-risk-mitigation': 'warn',
      'strategy-principle-count': 'warn',
      'strategy-time-horizon': 'warn',
      'strategy-decision-rationale': 'warn',
      'strategy-leading-lagging': 'warn',
      'strategy-stale-deadline': 'warn'
    })
  })

  it('a rule used alone takes a severity and options', async () => {
    const processor = unified().use(remarkParse).use(remarkLint).use(placeholder, ['error', {allow: ['TODO']}])
    const file = new VFile({path: 'doc.md', value: strategyDoc({risks: `${words(30, 6)} TODO and TBD remain.`})})
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([expect.objectContaining({ruleId: 'strategy-placeholder', fatal: true})])
    expect(file.messages[0].reason).toMatch(/`TBD`/)
    expect(() => unified().use(remarkParse).use(placeholder, ['warn', {allow: 'TODO'}]).freeze()).toThrow(
      /^remark-lint-strategy: rule `strategy-placeholder`: option `allow`: got "TODO", expected an array of non-empty strings$/
    )
  })

  it('the package exports the built rules as `remark-lint-strategy/rules/<id>`', async () => {
    for (const id of ruleIds) {
      const built = (await import(`remark-lint-strategy/rules/${id}`)) as {default: {ruleId: string; defaultSeverity: string}}
      expect(built.default.ruleId).toBe(id)
    }
  })
})

describe('opt-in rules (strategy-unquantified-pitch)', () => {
  const pitchDoc = strategyDoc({context: `${words(40, 1)} The code is spaghetti.`})
  const pitches = async (options?: StrategyOptions) => (await lint(pitchDoc, options)).filter((message) => message.ruleId === 'strategy-unquantified-pitch')

  it('is off by default, and declares itself opt-in', async () => {
    expect(unquantifiedPitch.meta.optIn).toBe(true)
    expect(await pitches()).toEqual([])
    expect(await pitches({rules: {'strategy-unquantified-pitch': false}})).toEqual([])
    expect(await pitches({rules: {'strategy-unquantified-pitch': 'off'}})).toEqual([])
  })

  it.each([
    ['true', true, false],
    ['`on`', 'on', false],
    ['`warn`', 'warn', false],
    ['`error`', 'error', true],
    ['options', {remove: ['messy']}, false],
    ['[severity, options]', ['error', {add: ['legacy cruft']}], true]
  ] as const)('is turned on by %s', async (_name, setting, fatal) => {
    expect(await pitches({rules: {'strategy-unquantified-pitch': setting}})).toEqual([
      expect.objectContaining({reason: expect.stringMatching(/^`The code is spaghetti\.` argues from taste or fashion/), fatal})
    ])
  })

  it('a configured type that lists it does not turn it on; a configuration that does gets it in those sections', async () => {
    const types = {pitch: {sections: [{heading: 'Background', rules: ['strategy-unquantified-pitch']}]}}
    const doc = '---\ntype: pitch\n---\n\n# Pitch\n\n## Background\n\nThe code is spaghetti.\n'
    const ids = async (options: StrategyOptions) => (await lint(doc, options)).map((message) => message.ruleId)
    expect(await ids({types})).toEqual([])
    expect(await ids({types, rules: {'strategy-unquantified-pitch': true}})).toEqual(['strategy-unquantified-pitch'])
  })

  it('a `lint` comment naming it is a known id while it is off', async () => {
    const messages = await lint(`<!-- lint disable strategy-unquantified-pitch -->\n\n${pitchDoc}`)
    expect(messages.filter((message) => /Unknown rule/.test(message.reason))).toEqual([])
  })
})

describe('language rule options', () => {
  it('apply to each configuration, however many processors are set up with it (the phrase matchers are shared by options)', async () => {
    const text = strategyDoc({coherentActions: '- Synergize the platform teams.\n- Move the ledger service to Postgres by Q3 2027.'})
    const added: StrategyOptions = {rules: {'strategy-vague-goal': ['warn', {add: ['synergize']}]}}
    const vague = async (options?: StrategyOptions) =>
      (await lint(text, options)).filter((message) => message.ruleId === 'strategy-vague-goal').map((message) => message.reason.split(';')[0])
    const flagged = await vague(added)
    expect(flagged).toEqual([expect.stringContaining('Synergize the platform teams')])
    // Each call sets up a new processor: the default lists, the added word again, then another word.
    expect(await vague()).toEqual([])
    expect(await vague({rules: {'strategy-vague-goal': ['warn', {add: ['synergize']}]}})).toEqual(flagged)
    expect(await vague({rules: {'strategy-vague-goal': ['warn', {add: ['harmonize']}]}})).toEqual([])
  })
})
