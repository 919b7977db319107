/**
 * The six section content rules (non-goals, risk mitigation, principle count,
 * time horizon, decision rationale, leading/lagging) on real fixture files in
 * fixtures/content/: through `lint`, the `strategy-lint` bin and the stock
 * `remark` CLI. Tables and lists, and the edge cases of issue 4: nested lists,
 * a table with merged prose, a section that only links elsewhere, `None` /
 * `N/A`, sub-headings and numbered lists, horizon in the heading, the text or
 * nowhere, decisions in a table or grouped, metrics labelled or recognised by
 * wording.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode, strategyLint} from '../fixtures/cli/project.js'
import {lint, StrategyConfigError, type StrategyOptions} from '../src/index.js'

afterAll(removeProjects)

const FIXTURES = path.join(PACKAGE_ROOT, 'fixtures', 'content')
const REMARK_CLI = path.join(PACKAGE_ROOT, 'node_modules', 'remark-cli', 'cli.js')

const CONTENT_RULES = [
  'strategy-non-goals',
  'strategy-risk-mitigation',
  'strategy-principle-count',
  'strategy-time-horizon',
  'strategy-decision-rationale',
  'strategy-leading-lagging'
]

const MITIGATION = 'has no mitigation; add what you will do if it happens'
const NON_GOALS = 'list at least one explicit item this strategy deliberately leaves out, as a list (`- We will not extract other domains in 2027`)'
const FEW_PRINCIPLES = 'a vision needs 3-5 that will govern decisions (`- Services own their data and publish domain events`), one per list item'
const NO_HORIZON =
  'names no time horizon; say when this will be the state of things, in the heading or the text (`Target State (2-3 years)`, `by 2028`)'
const NO_RATIONALE = 'gives no rationale; say why (`... because <reason>`, or a `Rationale:` line)'
const METRIC_EXAMPLES =
  'labelled (`Leading: share of services publishing events, 0% to 80% by Q4`, `Lagging: checkout incidents, 11 to 2 a year by 2028`)'

/** Expected messages of the six rules per fixture, as `line:column rule-id reason`, in order. */
const EXPECTED: Record<string, string[]> = {
  // Table form: an empty cell and a `-` cell are missing mitigations; the line
  // written under the table without a blank line (GFM makes it a row) is prose.
  'risks-table.md': [
    `11:1 strategy-risk-mitigation Risk \`Kafka operational load\` ${MITIGATION}`,
    `13:1 strategy-risk-mitigation Risk \`Team churn during the migration\` ${MITIGATION}`
  ],
  // A risk register without a Mitigation column: one message on its header, none per row;
  // the second table (owners) is not a risks table.
  'risks-table-no-mitigation-column.md': [
    '9:1 strategy-risk-mitigation The risks table has no Mitigation column; add one and say for each risk what you will do if it happens'
  ],
  // List form: `Risk: ... Mitigation: ...`, a nested mitigation, an arrow, `risk: what we do`;
  // a bare risk and a risk that is only labelled are reported (the label is not quoted); a question is a prompt.
  'risks-list.md': [
    `14:1 strategy-risk-mitigation Risk \`Key engineers leave during the migration\` ${MITIGATION}`,
    `15:1 strategy-risk-mitigation Risk \`budget cut in the second half\` ${MITIGATION}`
  ],
  // One sub-heading per risk: a `#### Mitigation:` sub-heading or prose that `prevents` it answers it.
  'risks-headings.md': [`21:1 strategy-risk-mitigation Risk \`Key engineers leave during the migration\` ${MITIGATION}`],
  // A list of risks, then a list under `The risks are mitigated as follows:` answers them; a later group does not.
  'risks-then-mitigations.md': [`21:1 strategy-risk-mitigation Risk \`Budget cut in the second half\` ${MITIGATION}`],
  // Lists under `### Risk: ...` and `### Mitigations` are answers, not risks; a group of risks after them is checked.
  'risks-grouped.md': [`20:1 strategy-risk-mitigation Risk \`Key engineers leave during the migration\` ${MITIGATION}`],
  // `**Risk:** ...` paragraphs: a `Mitigation:` list or a `We will ...` sentence answers them.
  'risks-paragraphs.md': [`16:1 strategy-risk-mitigation Risk \`the event bus becomes a single point of failure.\` ${MITIGATION}`],
  // A label or an arrow with no answer after it (`Mitigation: TBD`, `: TBD`, `-> ?`) answers nothing, nor do nested items
  // that are a register's lines (`Likelihood: high`); quoted without the empty answer.
  'risks-empty-answers.md': [
    `8:1 strategy-risk-mitigation Risk \`Bazel migration stalls.\` ${MITIGATION}`,
    `9:1 strategy-risk-mitigation Risk \`Remote cache poisoning\` ${MITIGATION}`,
    `11:1 strategy-risk-mitigation Risk \`Team churn\` ${MITIGATION}`,
    `12:1 strategy-risk-mitigation Risk \`Vendor price rise\` ${MITIGATION}`,
    `13:1 strategy-risk-mitigation Risk \`Budget cut\` ${MITIGATION}`
  ],
  'risks-empty-headings.md': [
    `8:1 strategy-risk-mitigation Risk \`Spot interruptions fail long builds\` ${MITIGATION}`,
    `14:1 strategy-risk-mitigation Risk \`Remote cache poisoning\` ${MITIGATION}`
  ],
  // `To be defined` and `None yet` in a register's Mitigation column answer nothing; `See below` points on.
  'risks-table-unanswered.md': [
    `11:1 strategy-risk-mitigation Risk \`Cache outage\` ${MITIGATION}`,
    `12:1 strategy-risk-mitigation Risk \`Key person leaves\` ${MITIGATION}`
  ],
  // Sections that only link to another document are checked there, not here.
  'strategy-link-only.md': [],
  'vision-link-only.md': [],
  'non-goals-none.md': [`7:1 strategy-non-goals \`What We Will NOT Do\` lists nothing concrete; ${NON_GOALS}`],
  'non-goals-na-list.md': [`7:1 strategy-non-goals \`Non-Goals\` lists nothing concrete; ${NON_GOALS}`],
  'non-goals-vague.md': [`7:1 strategy-non-goals \`What We Will NOT Do\` lists nothing concrete; ${NON_GOALS}`],
  'non-goals-list.md': [],
  'non-goals-prose.md': [],
  // Sub-headings are the principles; the example list under the first one does not count.
  'principles-headings.md': [],
  'principles-numbered.md': [
    '7:1 strategy-principle-count `Guiding Principles` has 6 principles; keep the 3-5 that really govern decisions, so people remember them, and move the rest to an appendix'
  ],
  'principles-none.md': [`7:1 strategy-principle-count \`Guiding Principles\` has 0 principles; ${FEW_PRINCIPLES}`],
  // A row's number is no principle: `| 3 | - | - |` and `| 4 | | |` say nothing.
  'principles-table-numbered.md': [`7:1 strategy-principle-count \`Guiding Principles\` has 2 principles; ${FEW_PRINCIPLES}`],
  // Paragraphs with bold lead-ins are the principles; the paragraph that introduces them is none (6, not 7).
  'principles-bold-intro.md': [
    '7:1 strategy-principle-count `Guiding Principles` has 6 principles; keep the 3-5 that really govern decisions, so people remember them, and move the rest to an appendix'
  ],
  'horizon-heading.md': [],
  'horizon-text.md': [],
  // `10 years of point-to-point calls` is an age and `every quarter` a cadence, not horizons.
  'horizon-missing.md': [`7:1 strategy-time-horizon \`Target State\` ${NO_HORIZON}`],
  // The open row needs no rationale; the empty Rationale cell of a decided row does.
  'decisions-table.md': [`12:1 strategy-decision-rationale Decision \`Avro schemas in a registry\` ${NO_RATIONALE}`],
  'decisions-grouped.md': [`12:1 strategy-decision-rationale Decision \`Avro schemas in a registry\` ${NO_RATIONALE}`],
  'decisions-headings.md': [`13:1 strategy-decision-rationale Decision \`Avro schemas in a registry (decided)\` ${NO_RATIONALE}`],
  // `open to partners` is not an `Open:` label, so nothing tells made from open.
  'decisions-unlabelled.md': [
    '7:1 strategy-decision-rationale `Key Decisions` does not tell decisions made from decisions still open; label them (`Decided:` / `Open:`) or group them under `Decisions made` and `Open decisions`',
    `10:1 strategy-decision-rationale Decision \`Keep the public API open to partners\` ${NO_RATIONALE}`
  ],
  // A `Status:` line under a sub-heading labels it, as in a decision record: the open one needs no rationale.
  'decisions-status-lines.md': [`19:1 strategy-decision-rationale Decision \`Runner images\` ${NO_RATIONALE}`],
  // The decision is named by its Decision cell, not the id or status before it; a `Decided?` column's `No` is open.
  'decisions-table-columns.md': [
    `12:1 strategy-decision-rationale Decision \`Self-hosted runners on Kubernetes\` ${NO_RATIONALE}`,
    `17:1 strategy-decision-rationale Decision \`Use Renovate\` ${NO_RATIONALE}`
  ],
  // The decision is named by its Decision or Outcome cell, not a `Decision status`, a date or the options weighed; a
  // `Final` column's `N` and an `Open?` column's `Yes` say open (no rationale asked).
  'decisions-table-names.md': [
    `11:1 strategy-decision-rationale Decision \`Single GraphQL gateway\` ${NO_RATIONALE}`,
    `15:1 strategy-decision-rationale Decision \`Tempo for traces\` ${NO_RATIONALE}`,
    `19:1 strategy-decision-rationale Decision \`Tempo\` ${NO_RATIONALE}`
  ],
  // A paragraph before or after bold lead-ins that speaks of the principles is none (5); a bold title alone and the
  // paragraph after it are one principle (4).
  'principles-bold-intro-closing.md': [],
  'principles-bold-titles.md': [],
  // The decision is named by a header with `decision`, `selected`, `name` or `outcome` in it (`Key decision`, `Final
  // decision`, which is no status column either).
  'decisions-table-headers.md': [
    `11:1 strategy-decision-rationale Decision \`Adopt Kafka for domain events\` ${NO_RATIONALE}`,
    `15:1 strategy-decision-rationale Decision \`Kafka for domain events\` ${NO_RATIONALE}`,
    `16:1 strategy-decision-rationale Decision \`Keep the open-source runners on bare metal\` ${NO_RATIONALE}`,
    `20:1 strategy-decision-rationale Decision \`Kafka for domain events\` ${NO_RATIONALE}`,
    `24:1 strategy-decision-rationale Decision \`Bazel everywhere\` ${NO_RATIONALE}`,
    `28:1 strategy-decision-rationale Decision \`Tempo\` ${NO_RATIONALE}`
  ],
  // A register's line answers a risk when it says what is done (`Status: mitigated by ...`, `Owner: SRE, who will fail
  // over ...`), not when it only rates it (`Likelihood: high`) or names its owner; `Status-page updates` is a step.
  'risks-register-lines.md': [
    `22:1 strategy-risk-mitigation Risk \`Budget cut\` ${MITIGATION}`,
    `25:1 strategy-risk-mitigation Risk \`Key person leaves\` ${MITIGATION}`,
    `27:1 strategy-risk-mitigation Risk \`Team churn.\` ${MITIGATION}`,
    `28:1 strategy-risk-mitigation Risk \`Vendor change.\` ${MITIGATION}`,
    `29:1 strategy-risk-mitigation Risk \`Deprecate the flag\` ${MITIGATION}`
  ],
  // Plain paragraphs among bold lead-ins are principles too: 4, within the bounds.
  'principles-mixed-lead-ins.md': [],
  // `No` and `✗` under a kind's column say the metric is not of that kind.
  'metrics-table-no.md': [`7:1 strategy-leading-lagging \`Success Metrics\` has no leading indicator; add one, ${METRIC_EXAMPLES}`],
  'metrics-labelled.md': [],
  'metrics-wording.md': [],
  'metrics-neither.md': [`7:1 strategy-leading-lagging \`Success Metrics\` has no leading or lagging indicator; add one of each, ${METRIC_EXAMPLES}`],
  'metrics-leading-only.md': [`7:1 strategy-leading-lagging \`Success Metrics\` has no lagging indicator; add one, ${METRIC_EXAMPLES}`]
}

const fixtureNames = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md'))
  .sort()

function read(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8')
}

async function contentMessages(input: string, options?: StrategyOptions): Promise<string[]> {
  const messages = await lint(input, options)
  return messages
    .filter((message) => message.ruleId !== undefined && CONTENT_RULES.includes(message.ruleId))
    .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
}

describe('content rules on fixtures/content', () => {
  it('every fixture has expectations and every expectation a fixture', () => {
    expect(fixtureNames).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(fixtureNames)('%s', async (name) => {
    expect(await contentMessages(read(name))).toEqual(EXPECTED[name])
  })

  it('messages are warnings with the rule docs url and no quick fix', async () => {
    const messages = (await lint(read('risks-table.md'))).filter((message) => message.ruleId === 'strategy-risk-mitigation')
    expect(messages).toHaveLength(2)
    for (const message of messages) {
      expect(message.fatal).toBe(false)
      expect(message.source).toBe('remark-lint')
      expect(message.url).toMatch(/\/docs\/rules\/strategy-risk-mitigation\.md$/)
      expect(message.expected).toBeUndefined()
      // The whole row is the place.
      expect([message.line, message.column, message.endColumn]).toEqual([message.line, 1, expect.any(Number)])
    }
  })
})

describe('content rules: options and settings', () => {
  it('strategy-non-goals `minimum` counts explicit items (a vague `Anything else` is not one)', async () => {
    expect(await contentMessages(read('non-goals-list.md'), {rules: {'strategy-non-goals': {minimum: 3}}})).toEqual([
      '7:1 strategy-non-goals `What We Will NOT Do` lists only 2 explicit items; list at least 3 explicit items this strategy deliberately leaves out, as a list (`- We will not extract other domains in 2027`)'
    ])
    expect(await contentMessages(read('non-goals-list.md'), {rules: {'strategy-non-goals': {minimum: 2}}})).toEqual([])
  })

  it('strategy-non-goals: a label does not make nothing a non-goal, a numbered row is named by its text, a struck item is withdrawn', async () => {
    // (Each of these passed: a QA pass on strategies.)
    const section = (body: string) => `---\ntype: strategy\n---\n\n# S\n\n## What We Will NOT Do\n\n${body}\n`
    const nothing = [
      'Out of scope: N/A',
      'Out of scope: none for now.',
      '- Deferred to 2028:\n  - N/A',
      '| # | Non-goal |\n| --- | --- |\n| 1 | N/A |',
      '- ~~Migrate mobile builds~~\n- ~~Build our own orchestrator~~'
    ]
    for (const body of nothing) {
      expect(await contentMessages(section(body)), body).toEqual([`7:1 strategy-non-goals \`What We Will NOT Do\` lists nothing concrete; ${NON_GOALS}`])
    }
    for (const body of ['- Deferred to 2028:\n  - Mobile builds', '- Out of scope: mobile builds', 'Out of scope: mobile builds and the data platform.', '| # | Non-goal |\n| --- | --- |\n| 1 | Mobile builds |']) {
      expect(await contentMessages(section(body)), body).toEqual([])
    }
  })

  it('strategy-principle-count bounds are options', async () => {
    const numbered = read('principles-numbered.md')
    expect(await contentMessages(numbered, {rules: {'strategy-principle-count': {maximum: 6}}})).toEqual([])
    expect(await contentMessages(read('principles-headings.md'), {rules: {'strategy-principle-count': {minimum: 4, maximum: 6}}})).toEqual([
      `7:1 strategy-principle-count \`Guiding Principles\` has 3 principles; a vision needs 4-6 that will govern decisions (\`- Services own their data and publish domain events\`), one per list item`
    ])
  })

  it('invalid options are configuration errors naming the rule and option', async () => {
    const text = read('principles-numbered.md')
    await expect(lint(text, {rules: {'strategy-principle-count': {minimum: 6, maximum: 5}}})).rejects.toThrow(
      /strategy-principle-count`: option `minimum`: got number 6, expected at most maximum \(5\)/
    )
    // `maximum` alone below the default minimum: the message says the minimum is the default, not one the user set.
    await expect(lint(text, {rules: {'strategy-principle-count': {maximum: 2}}})).rejects.toThrow(
      /option `minimum`: got number 3, expected at most maximum \(2\); the defaults are minimum 3 and maximum 5, so set both when one goes past the other's default$/
    )
    await expect(lint(text, {rules: {'strategy-non-goals': {minimum: 0}}})).rejects.toThrow(StrategyConfigError)
    await expect(lint(text, {rules: {'strategy-non-goals': {minimu: 2}}})).rejects.toThrow(/unknown option `minimu`/)
    for (const id of ['strategy-risk-mitigation', 'strategy-time-horizon', 'strategy-decision-rationale', 'strategy-leading-lagging']) {
      await expect(lint(text, {rules: {[id]: {strict: true}}})).rejects.toThrow(/takes no options/)
    }
  })

  it('severity and `off` settings apply', async () => {
    const messages = await lint(read('horizon-missing.md'), {rules: {'strategy-time-horizon': 'error'}})
    expect(messages.find((message) => message.ruleId === 'strategy-time-horizon')?.fatal).toBe(true)
    expect(await contentMessages(read('horizon-missing.md'), {rules: {'strategy-time-horizon': false}})).toEqual([])
  })

  it('`lint disable` comments silence a content rule', async () => {
    const text = read('risks-list.md').replace('## Risks and Mitigations', '<!-- lint disable strategy-risk-mitigation -->\n\n## Risks and Mitigations')
    expect(await contentMessages(text)).toEqual([])
  })

  it('a placeholder-only or empty section is left to strategy-empty-section', async () => {
    const text = '---\ntype: strategy\n---\n\n# Payments Platform Strategy\n\n## Risks and Mitigations\n\n- TODO\n\n## What We Will NOT Do\n\nTBD\n'
    const messages = await lint(text)
    expect(messages.filter((message) => message.ruleId !== undefined && CONTENT_RULES.includes(message.ruleId))).toEqual([])
    expect(messages.filter((message) => message.ruleId === 'strategy-empty-section').map((message) => message.line)).toEqual([7, 11])
  })

  it('documents of the other type, or without a type, are not checked', async () => {
    // Guiding Principles is a vision section: a strategy with one is not checked for its count.
    const strategy = read('principles-numbered.md').replace('type: vision', 'type: strategy')
    expect(await contentMessages(strategy)).toEqual([])
    expect(await contentMessages(read('risks-list.md').replace(/^---\ntype: strategy\n---\n\n/, ''))).toEqual([])
  })
})

interface JsonFile {
  path: string
  messages: Array<{ruleId: string | null; line: number | null; column: number | null; reason: string}>
}

describe('content rules through the command lines', () => {
  it('strategy-lint --format json reports the same messages', async () => {
    const files = fixtureNames.map((name) => path.join('fixtures', 'content', name))
    const result = await runNode(path.join(PACKAGE_ROOT, 'bin', 'strategy-lint.js'), ['--format', 'json', ...files], PACKAGE_ROOT)
    // Missing required sections are errors in every fixture.
    expect(result.code, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout) as JsonFile[]
    const byName = Object.fromEntries(
      report.map((file) => [
        path.basename(file.path),
        file.messages
          .filter((message) => message.ruleId !== null && CONTENT_RULES.includes(message.ruleId))
          .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
      ])
    )
    expect(Object.keys(byName).sort()).toEqual(fixtureNames)
    for (const name of fixtureNames) expect(byName[name], name).toEqual(EXPECTED[name])
  })

  it('strategy-lint --type forces the type: a vision fixture checked as a strategy gets no vision rules', async () => {
    const dir = makeProject({'doc.md': read('principles-numbered.md').replace(/^---\ntype: vision\n---\n\n/, '')})
    const result = await strategyLint(['--format', 'json', '--type', 'vision', 'doc.md'], dir)
    const [file] = JSON.parse(result.stdout) as JsonFile[]
    expect(file.messages.filter((message) => message.ruleId === 'strategy-principle-count').map((message) => message.line)).toEqual([3])
    const asStrategy = await strategyLint(['--format', 'json', '--type', 'strategy', 'doc.md'], dir)
    const [other] = JSON.parse(asStrategy.stdout) as JsonFile[]
    expect(other.messages.filter((message) => message.ruleId === 'strategy-principle-count')).toEqual([])
  })

  it('the stock remark CLI with a .remarkrc reports the same messages', async () => {
    const files = Object.fromEntries(fixtureNames.map((name) => [name, read(name)]))
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}), ...files})
    linkPackage(dir)
    const result = await runNode(REMARK_CLI, ['.', '--quiet', '--no-stdout', '--no-color'], dir)
    expect(result.code, result.stderr).toBe(1)
    const byName: Record<string, string[]> = {}
    let current: string | undefined
    for (const line of result.stderr.split('\n')) {
      if (/^\S+\.md$/.test(line)) {
        current = line
        byName[current] = []
        continue
      }
      // `11:1-11:40  warning  Risk ... has no mitigation; ...  strategy-risk-mitigation  remark-lint`
      const message = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s+(.+?)\s+(strategy-[a-z-]+)\s+remark-lint\s*$/.exec(line)
      if (!message || !current || !CONTENT_RULES.includes(message[4])) continue
      byName[current].push(`${message[1]}:${message[2]} ${message[4]} ${message[3]}`)
    }
    for (const name of fixtureNames) expect(byName[name] ?? [], name).toEqual(EXPECTED[name])
  })
})
