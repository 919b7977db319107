/**
 * strategy-stale-deadline (issue 15, part 2): the last day a deadline allows
 * (the recogniser's dates), which sentences of which sections are read, the
 * review dates in front matter, and the day of the check (setting, option,
 * STRATEGY_LINT_DATE; never the clock in a test). The CLI runs on real files.
 */
import {execFile} from 'node:child_process'
import path from 'node:path'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {linkPackage, makeProject, removeProjects, STRATEGY_LINT_BIN, type RunResult} from '../fixtures/cli/project.js'
import remarkLintStrategy, {lint, type StrategyOptions} from '../src/index.js'
import {deadlineDate, findDeadlines} from '../src/language/recognisers.js'

afterAll(removeProjects)

const RULE = 'strategy-stale-deadline'

/** The last day of each deadline `findDeadlines` finds in `text`, as `span -> day`. */
function days(text: string, fiscalYearStart = 1): string[] {
  const result: string[] = []
  let readTo = 0
  for (const span of findDeadlines(text)) {
    if (span.start < readTo) continue
    const found = deadlineDate(text, span, fiscalYearStart)
    if (!found) continue
    readTo = found.end
    result.push(`${text.slice(span.start, found.end)} -> ${found.date}`)
  }
  return result
}

describe('the last day of a deadline', () => {
  it.each([
    ['Ship it by Q3 2025.', ['Q3 2025 -> 2025-09-30']],
    ['Ship it in 2025-Q3.', ['2025-Q3 -> 2025-09-30']],
    ['Ship it by the end of Q4 2025.', ['by the end of Q4 2025 -> 2025-12-31']],
    ["Ship it in Q1 '26.", ["Q1 '26 -> 2026-03-31"]],
    ['Ship it in H1 2026.', ['H1 2026 -> 2026-06-30']],
    ['Ship it in 2026 H2.', ['2026 H2 -> 2026-12-31']],
    ['Ship it by March 2026.', ['by March 2026 -> 2026-03-31']],
    ['Ship it by end of March 2026.', ['by end of March 2026 -> 2026-03-31']],
    ['Ship it by February 2028.', ['by February 2028 -> 2028-02-29']],
    ['Ship it by 2026-03-15.', ['2026-03-15 -> 2026-03-15']],
    ['Ship it by 2026-03.', ['2026-03 -> 2026-03-31']],
    ['Ship it by June 30, 2027.', ['June 30, 2027 -> 2027-06-30']],
    ['Ship it by 30 June 2027.', ['by 30 June 2027 -> 2027-06-30']],
    ['Ship it by 31/03/2026.', ['31/03/2026 -> 2026-03-31']],
    ['Ship it by 2027.', ['by 2027 -> 2027-12-31']],
    ['Ship it in early 2027.', ['in early 2027 -> 2027-04-30']],
    ['Ship it by mid 2027.', ['by mid 2027 -> 2027-08-31']],
    ['Ship it by the start of 2027.', ['by the start of 2027 -> 2026-12-31']],
    ['Deadline: 2027.', ['2027 -> 2027-12-31']],
    // Before a period: the day before it begins.
    ['Ship it before Q4 2026.', ['Q4 2026 -> 2026-09-30']],
    ['Ship it before 2027.', ['before 2027 -> 2026-12-31']],
    ['Ship it before March 2026.', ['before March 2026 -> 2026-02-28']],
    // Forms a QA pass found passed over: an ordinal day with a comma, a month cut short, a slash, the quarter's number first.
    ['Ship it by September 30th, 2026.', ['September 30th, 2026 -> 2026-09-30']],
    ['Ship it by Sep. 2026.', ['by Sep. 2026 -> 2026-09-30']],
    ['Ship it by Mar. 31, 2026.', ['Mar. 31, 2026 -> 2026-03-31']],
    ['Ship it by Q3/2026.', ['Q3/2026 -> 2026-09-30']],
    ['Ship it by 2026/09/30.', ['2026/09/30 -> 2026-09-30']],
    ['Ship it by 3Q26.', ['3Q26 -> 2026-09-30']],
    ['Ship it by 3Q2026.', ['3Q2026 -> 2026-09-30']],
    ['Ship it by Q3-2026.', ['Q3-2026 -> 2026-09-30']],
    ['Ship it by 2026/9/30.', ['2026/9/30 -> 2026-09-30']],
    ['Ship it by end of Q3/2026.', ['by end of Q3/2026 -> 2026-09-30']],
    ['Ship it by the end of Q1 FY23.', ['by the end of Q1 FY23 -> 2023-03-31']],
    ['Ship it in FY23Q3.', ['FY23Q3 -> 2023-09-30']],
    // A date that tells when something happened, or when work started, is no deadline.
    ['This work began in Q1 2025.', []],
    ['A proposal was made in Q1 2025.', []],
    ['Improve build performance, which got worse in Q1 2026.', []],
    ['- Start Date: 2016-10-04', []],
    ['The API must be stabilized in 2025.', ['in 2025 -> 2025-12-31']],
    // Forms a QA pass on dates found misread or passed over: the day of a date led by `no later than`, `due` or
    // `deadline:`; an ISO week (read as `by 2027`); a calendar year; a half's number first; an ordinal quarter; a month
    // and year with a slash; a day with dots; `before` a day.
    ['Ship it no later than 15 June 2026.', ['15 June 2026 -> 2026-06-15']],
    ['Ship it, deadline: 15 June 2026.', ['15 June 2026 -> 2026-06-15']],
    ['Ship it by 2027-W14.', ['2027-W14 -> 2027-04-11']],
    ['Ship it by 2026-W53.', ['2026-W53 -> 2027-01-03']],
    ['Ship it before 2027-W01.', ['2027-W01 -> 2027-01-03']],
    ['Ship it by CY2027.', ['CY2027 -> 2027-12-31']],
    ['Ship it by 1H27.', ['1H27 -> 2027-06-30']],
    ['Ship it by the second quarter of 2026.', ['by the second quarter of 2026 -> 2026-06-30']],
    ['Ship it in the first half of 2026.', ['in the first half of 2026 -> 2026-06-30']],
    ['Ship it by 06/2026.', ['06/2026 -> 2026-06-30']],
    ['Ship it by 15.04.2027.', ['15.04.2027 -> 2027-04-15']],
    ['Ship it before 2026-06-15.', ['2026-06-15 -> 2026-06-14']],
    ['Ship it before June 15, 2026.', ['June 15, 2026 -> 2026-06-14']],
    ['Ship it on or before 2026-06-15.', ['2026-06-15 -> 2026-06-15']],
    ['Ship it on or before 15 June 2026.', ['before 15 June 2026 -> 2026-06-15']],
    ['Retire it on or before the start of Q3 2026.', ['before the start of Q3 2026 -> 2026-06-30']],
    ['Lock the feature gate in v1.36 (04/2026).', ['04/2026 -> 2026-04-30']],
    ['Due: 06/2025', ['06/2025 -> 2025-06-30']]
  ])('%s', (text, expected) => {
    expect(days(text)).toEqual(expected)
  })

  it.each([
    ['FY25', 1, '2025-12-31'],
    ['FY25', 7, '2025-06-30'],
    ['FY2026', 4, '2026-03-31'],
    ['Q1 FY26', 7, '2025-09-30'],
    ['FY26 Q2', 7, '2025-12-31'],
    ['FY26 H2', 10, '2026-09-30'],
    ['Q3 FY27', 1, '2027-09-30']
  ])('%s with the fiscal year starting in month %i ends on %s', (written, start, day) => {
    const text = `Ship it by ${written}.`
    const [span] = findDeadlines(text)
    expect(deadlineDate(text, span, start)?.date).toBe(day)
  })

  it.each([
    ['a quarter with no year', 'Ship it by Q3.'],
    ['a month with no year', 'Ship it by March.'],
    ['a relative deadline', 'Ship it within 6 months.'],
    ['next quarter', 'Ship it next quarter.'],
    ['a season', 'Ship it by the summer.'],
    ['a start date', 'Run the pilot since Q1 2025.'],
    ['a bare year', 'The 2024 rewrite stays.'],
    ['an ambiguous numeric date', 'Ship it by 03/04/2026.'],
    ['a date that does not exist', 'Ship it by 2026-02-30.'],
    ['a week 53 the year does not have', 'Ship it by 2027-W53.'],
    ['a fiscal or school year across two', 'Ship it by 2025/26.'],
    ['an edition named by its year', 'Ship it by the 2027 edition.'],
    // A month and year with a slash, or a day with dots, only after a word that makes it a deadline.
    ['a version with dots', 'Upgrade all hosts to kernel 5.10.2025 soon.'],
    ['a ratio', 'Raise the pass rate to 11/2019 suites.'],
    ['a ratio alone', '12/2000']
  ])('%s names no day', (_name, text) => {
    expect(days(text)).toEqual([])
  })
})

const DAY = {[RULE]: {date: '2026-12-03'}}

async function stale(markdown: string, options: StrategyOptions = {rules: DAY}): Promise<string[]> {
  const messages = await lint(markdown, options)
  return messages.filter((message) => message.ruleId === RULE).map((message) => `${message.line}:${message.column}-${message.endColumn} ${message.reason}`)
}

const strategy = (actions: string, front = '') => `---\ntype: strategy\n${front}---\n\n# CI Strategy\n\n## Context\n\nIn Q1 2024 the pipeline took 41 minutes.\n\n## Coherent Actions\n\n${actions}\n`

describe('which deadlines are reported', () => {
  it('reports a passed deadline once per sentence, at the deadline with its `by`', async () => {
    expect(await stale(strategy('- Move the build to remote caching by Q3 2025 and split the suite by Q4 2025.'))).toEqual([
      '13:67-77 The deadline `by Q4 2025` passed on 2025-12-31: if the goal is met, say so and move it to a results section; if it is late, give a new date'
    ])
  })

  it('reads a month cut short with its full stop as one date, not the end of a sentence', async () => {
    expect(await stale(strategy('- Adopt merge queues by Sep. 2026.\n- Retire Jenkins by Mar. 31, 2026.'))).toEqual([
      expect.stringMatching(/^13:22-34 The deadline `by Sep\. 2026` passed on 2026-09-30/),
      expect.stringMatching(/^14:18-34 The deadline `by Mar\. 31, 2026` passed on 2026-03-31/)
    ])
  })

  it('leaves alone a date in a negated clause: an expectation ruled out or a limit kept is no goal to meet by then', async () => {
    expect(await stale(strategy('- We do not expect the surface language to be stabilized in 2024.\n- We will not migrate before Q3 2025.\n- Ship the exporter by Q1 2025, not later.'))).toEqual([
      expect.stringMatching(/^15:21-31 The deadline `by Q1 2025` passed/)
    ])
  })

  it('leaves alone a date put as a possibility, a table header that names a column, and a date struck with HTML', async () => {
    const actions = [
      '- The work could be completed before the 2025h1 period.',
      '- It might land in Q3 2025 if the vendor agrees.',
      '- Move the cache <del>by Q3 2025</del>.',
      '- Move the cache <s>by Q2 2025</s> <strike>by Q3 2025</strike>.',
      '',
      '| 2024 H2 Milestone | Owner |',
      '| --- | --- |',
      '| Ship the queue | Ann |'
    ].join('\n')
    expect(await stale(strategy(actions))).toEqual([])
    // `May` the month is no modal; the date after a closed `</s>` still counts.
    expect((await stale(strategy('- Release the runners in May 2025.\n- Move the cache <s>by Q2 2025</s> by Q3 2025.'))).map((message) => message.split(' ')[0])).toEqual([
      '13:23-34',
      '14:36-46'
    ])
  })

  it('a deadline that names no day that exists is reported, whatever the day of the check; a year before 100 is that year', async () => {
    const actions = ['- Reduce p95 latency to 200 ms by 2030-02-30.', '- Cut cost to $1 by Q5 2030.', '- Cut errors to 1 by 2030-13-01.', '- Cut errors to 1 by Jan 32 2030.', '- Cut errors to 1 by 2028-02-29.'].join('\n')
    const found = await stale(strategy(actions))
    // (Quoted with the word that leads it, as a deadline that passed is: `by Q5 2030`.)
    expect(found.map((message) => message.split(' ')[0])).toEqual(['13:32-45', '14:18-28', '15:19-32', '16:19-33'])
    expect(found[1]).toMatch(/^\S+ The deadline `by Q5 2030` names no day that exists, so no one can tell when it passes; correct the date/)
    // Only after a word that makes it a deadline: issue and sprint numbers and identifiers are names; a condition is none.
    const names = ['- Migrate the ledger, see issue 2027-13.', '- Migrate the ledger by Sprint 2027-53.', '- Migrate the ledger by ticket JIRA-2027-02-30.', '- Buy runners if we miss Q5 2027.'].join('\n')
    expect(await stale(strategy(names))).toEqual([])
    // `Date.UTC` read years 0-99 as 1900-1999: `by 0050-06` passed on 1950-06-30.
    expect(await stale(strategy('- Cut errors to 1 by 0050-06.'))).toEqual([expect.stringContaining('passed on 0050-06-30')])
  })

  it('a day no calendar has is reported in every written form, with a year after it too, and beside a deadline that names a day (a QA pass on dates)', async () => {
    const actions = [
      '- Adopt C by 31 June 2027.',
      '- Adopt D by the 31st of June 2027.',
      '- Adopt E by 29 February 2027.',
      '- Adopt B by 31/02/2027.',
      '- Adopt S by 9/31/2027.',
      '- Adopt V by 13/13/2027.',
      '- Adopt G by 15.13.2027.',
      '- Adopt T by Q4 2030 and U by 2027-02-30.'
    ].join('\n')
    const found = await stale(strategy(actions))
    expect(found.map((message) => /`([^`]+)`/.exec(message)![1])).toEqual([
      'by 31 June 2027',
      'by the 31st of June 2027',
      'by 29 February 2027',
      'by 31/02/2027',
      'by 9/31/2027',
      'by 13/13/2027',
      'by 15.13.2027',
      'by 2027-02-30'
    ])
    expect(found.every((message) => message.includes('names no day that exists'))).toBe(true)
    // The date to write instead is the month's last day, the year's last week, the last quarter: not always one example.
    expect(found.map((message) => /such as `([^`]+)`/.exec(message)?.[1])).toEqual(['2027-06-30', '2027-06-30', '2027-02-28', '2027-02-28', '2027-09-30', '2027-12-31', '2027-12-31', '2027-02-28'])
    const weeks = await stale(strategy('- Ship it by 2025-W53.\n- Ship it by 31 June.'))
    expect(weeks.map((message) => /`([^`]+)`.*such as `([^`]+)`/.exec(message)!.slice(1))).toEqual([
      ['by 2025-W53', '2025-W52'],
      ['by 31 June', '30 June']
    ])
    // What is a day: a leap day, either order of a day above 12, a fiscal year across two (`2025/26`, no month 26).
    const days = ['- Adopt C by 29 February 2028.', '- Adopt B by 30/04/2031.', '- Adopt S by 4/30/2031.', '- Adopt Gradle by 2025/26.'].join('\n')
    expect(await stale(strategy(days))).toEqual([])
  })

  it('leaves alone a report of what was done (a verb of completion in the past before `in`), and a date in code; not a plan in the passive', async () => {
    const reports = [
      '- The cache shipped in Q1 2025.',
      '- Remote caching launched in Q1 2025.',
      '- The migration has completed in Q3 2025.',
      '- Jenkins went away in Q2 2025.',
      '- Moved the builds to GHA in Q2 2025.',
      '- Back in Q2 2025 the runners moved to ARM.',
      '- Delete the `2025-Q3` tag.',
      '- Retire the `ci-2025-06-30` image.',
      '- Remove the `--until 2025-06-30` flag and the `2027-02-30` label.',
      // (A second regression pass found these reported again once the check was narrowed.)
      '- The remote build cache shipped in Q1 2025.',
      '- Our CI platform team moved the builds to GHA in Q2 2025.',
      '- Migrated 40 services to Kubernetes in Q2 2025.',
      '- Retired Jenkins in Q3 2025.',
      '- Rolled out ARM runners in Q2 2025.',
      '- Completed migration of the billing service in Q1 2025.',
      '- This approach was agreed back in Q2 2025 and still holds.',
      '- The ABCI was first introduced in late 2015.',
      '- Started work in 2022.',
      '- It reached GA back in January 2023.'
    ].join('\n')
    // (A participle before a verb of the present describes the subject: `Replaced hardware gets recycled in Q1 2025`.)
    expect(await stale(strategy('- Replaced hardware gets recycled in Q1 2025.\n- Adopted Kubernetes workloads cut over in Q2 2025.'))).toHaveLength(2)
    expect(await stale(strategy(reports))).toEqual([])
    const plans = ['- The runners will be migrated in Q2 2025.', '- Services migrated to Kubernetes by Q2 2025.', '- Migrate the runners in Q2 2025.', '- The cache is to be shipped in Q1 2025.'].join('\n')
    expect((await stale(strategy(plans))).map((message) => /`([^`]+)`/.exec(message)![1])).toEqual(['Q2 2025', 'by Q2 2025', 'Q2 2025', 'Q1 2025'])
    // A participle that describes or is the state to reach, in a goal (a regression pass found each silenced): reported.
    const goals = [
      '- Remove the deprecated endpoints in Q2 2026.',
      '- Monitor the migrated services during Q2 2026.',
      '- Have all services migrated in Q2 2026.',
      '- Have services migrated in Q2 2026.',
      '- Train the teams moved to the platform in Q2 2026.',
      '- Teams that adopted Bazel move to remote caching in Q1 2026.',
      '- Every repo moved to GitHub gets merge queues in Q2 2026.',
      '- Deprecated endpoints return 410 in Q1 2026.',
      '- Bring the on-call load back in Q1 2026.',
      '- All legacy jobs retired in Q3 2026.'
    ]
    expect(await stale(strategy(goals.join('\n')))).toHaveLength(goals.length)
  })

  it('leaves alone the items under a heading that says they are done (`### Results from 2025`, `### Completed`), not under `### Key Results`', async () => {
    const actions = ['### Results from 2025', '', '- Move the cache by Q1 2025.', '', '### Key Results', '', '- Cut CI time to 10 min by Q2 2025.', '', '### Completed', '', '- Retire Jenkins by Q3 2025.', '', '### Next', '', '- Ship remote execution by Q1 2026.'].join('\n')
    expect((await stale(strategy(actions))).map((message) => /`([^`]+)`/.exec(message)![1])).toEqual(['by Q2 2025', 'by Q1 2026'])
  })

  it('in a metrics table: a check mark under a kind\'s column (`Leading`) closes nothing, under `Done?` it closes the row; a Baseline column is no deadline, a Notes or Now column is read', async () => {
    const table = (header: string, rows: string[]) => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n')
    const vision = (metrics: string) => `---\ntype: vision\n---\n\n# Platform Vision\n\n## Success Metrics\n\n${metrics}\n`
    const kinds = table('| Metric | Leading | Lagging | Target |', ['| Services on the platform | ✓ | | 140 by Q4 2026 |', '| Drift incidents | | ✓ | 2 by Q4 2026 |', '| Old goal | | | 2 by Q4 2026 ✓ |'])
    const options = {rules: {[RULE]: {date: '2027-02-01'}}}
    expect((await stale(vision(kinds), options)).map((message) => message.split(':')[0])).toEqual(['11', '12'])
    const states = table('| Goal | Status |', ['| Retire Jenkins by Q3 2025 | ✓ |'])
    expect(await stale(vision(states), options)).toEqual([])
    const baselines = table('| Metric | Baseline | Target |', ['| Drift incidents | 23 in 2025 | 2 in 2028 |', '| Services | 0 in Q1 2026 | 140 |'])
    expect(await stale(vision(baselines), options)).toEqual([])
    // (A regression pass: a later date in a Notes cell hid the row's passed deadline; `Done?` and `Shipped` marks
    // stopped closing rows; `Now` and `Current ETA` were read as baselines; `✔️` under `Leading` still closed the row.)
    const notes = table('| Goal | Deadline | Notes |', ['| Retire Jenkins | Q2 2025 | Part of the 2028 platform plan |'])
    expect((await stale(vision(notes), options)).map((message) => /`([^`]+)`/.exec(message)![1])).toEqual(['Q2 2025'])
    for (const header of ['Done?', 'Shipped', 'Complete?']) {
      expect(await stale(vision(table(`| Goal | Due | ${header} |`, ['| Remote cache | Q1 2025 | ✓ |'])), options), header).toEqual([])
    }
    expect(await stale(vision(table('| Metric | Leading | Target |', ['| Services | ✔️ | 80% by Q1 2025 |'])), options)).toHaveLength(1)
    const plans = table('| Now | Next | Later |', ['| Retire the Jenkins fleet by Q1 2025 | Remote execution | Hermetic builds |'])
    expect(await stale(vision(plans), options)).toHaveLength(1)
    expect(await stale(vision(table('| Goal | Current ETA |', ['| Migrate auth to OIDC | Q3 2025 |'])), options)).toHaveLength(1)
    // (A third regression pass: a mark under Funded or Approved says agreed, not done; baseline columns go by many names;
    // a ratio alone in a Progress cell is no month.)
    const agreed = table('| Action | Due | Funded | Approved by CTO |', ['| Migrate builds to GHA | Q2 2025 | ✓ | ✅ |'])
    expect(await stale(vision(agreed), options)).toHaveLength(1)
    for (const header of ['Baseline value', 'Today', 'Before', '2025 baseline', 'Actual', 'Last measured', 'Status quo']) {
      expect(await stale(vision(table(`| Metric | ${header} | Target |`, ['| Incidents per quarter | 23 in Q1 2025 | 2 by Q4 2028 |'])), options), header).toEqual([])
    }
    expect(await stale(vision(table('| Goal | Progress | Target |', ['| Repos on the new CI | 12/2000 | 2000 repos by Q4 2027 |'])), options)).toEqual([])
    // A bare year in a Deadline (or Due, When) column is its deadline, as strategy-measurable-criteria reads it; elsewhere not.
    const years = table('| Metric | Target | Deadline |', ['| Cache hit rate | 85% | 2025 |', '| Build time | 10 min | 2028 |'])
    expect((await stale(vision(years), options)).map((message) => /`([^`]+)`/.exec(message)![1])).toEqual(['2025'])
    expect(await stale(vision(table('| Metric | Target | Notes |', ['| Cache hit rate | 85% | 2025 |'])), options)).toEqual([])
  })

  it('leaves alone a date in a condition that ends the sentence, and still reads the goal before it', async () => {
    const actions = ['- We buy more runners if we miss Q3 2025.', '- Drop the feature unless it ships by Q3 2025.', '- Keep the old queue in case the move slips past Q3 2025.'].join('\n')
    expect(await stale(strategy(actions))).toEqual([])
    // The deadline comes before the condition: the goal's own date.
    expect((await stale(strategy('- Move the cache by Q3 2025 if the budget allows.'))).map((message) => message.split(' ')[0])).toEqual(['13:18-28'])
  })

  it('leaves alone a date that says which thing is meant (the changes planned for the 2024 edition), not one that states the plan', async () => {
    const actions = [
      '- Ship the changes planned for the 2024 edition.',
      '- Ship the features scheduled for Q3 2025 that slipped.',
      '- The migration is scheduled for Q3 2025.',
      '- Migrate the ledger, planned for Q3 2025.'
    ].join('\n')
    expect((await stale(strategy(actions))).map((message) => message.split(':')[0])).toEqual(['15', '16'])
  })

  it('leaves alone a date inside a web address written out, which GFM makes a link with no place', async () => {
    expect(await stale(strategy('### Dashboards\n\nWe track usage via (S)[https://x.example/?end=2021-10-12] and https://x.example/2021-10-12.'))).toEqual([])
    // (The date of a link's text too, though the words before it are outside the link.)
    expect(await stale(strategy('- 52% of respondents in the [2023 Rust survey](https://x.example/s) asked for it.'))).toEqual([])
  })

  it('reads the latest date of a sentence: a baseline date is not the deadline', async () => {
    expect(await stale(strategy('- Median pipeline time from 41 minutes (Q1 2025) to 10 minutes by Q2 2027.'))).toEqual([])
  })

  it('leaves alone the past, questions, conditions, done and checked items, and prose outside goal sections', async () => {
    const actions = [
      '- In Q1 2025 we moved every pipeline to GitHub Actions.',
      '- Should we move the build by Q3 2025?',
      '- If the cache misses its Q3 2025 date, we keep the old runners.',
      '- Retire Jenkins by Q2 2025 (done).',
      '- [x] Move the build images by Q2 2025.',
      '- Move the build images by Q2 2025 ✅',
      '- The [FY25 roadmap](https://example.com/fy25) lists the themes we invest in.'
    ].join('\n')
    expect(await stale(strategy(actions))).toEqual([])
  })

  it('reads a table row and skips a row whose Status says done', async () => {
    const table = '| Milestone | Date | Status |\n| --- | --- | --- |\n| Cache | Q2 2025 | Done |\n| Runners | Q3 2025 | Late |'
    expect(await stale(strategy(table))).toEqual([
      '16:13-20 The deadline `Q3 2025` passed on 2025-09-30: if the goal is met, say so and move it to a results section; if it is late, give a new date'
    ])
  })

  it('reports a goal phrased as the state to reach, or marked not done: a done word closes it only as a status', async () => {
    const actions = [
      '- Ensure the ARM migration is done by Q3 2026.',
      '- Have the SOC 2 audit completed by Q3 2026.',
      '- All SLOs met by Q3 2026.',
      '- Adopt merge queues by Q3 2026 (not done).',
      '- Adopt merge queues by Q3 2026 — not met.',
      '- Cut p99 latency by Q3 2026 (incomplete).',
      '- Cut p95 latency by Q3 2026 (partially done).',
      '- Completed checkouts up 10% by Q3 2026.',
      '- The audit will have been completed by Q3 2026.',
      '- Phase 1 done, phase 2 by Q3 2026.',
      '- Migrate the fleet by Q3 2026 (done, except for the EU region).',
      '- Migrate the fleet by Q3 2026 (done but the docs).'
    ]
    expect((await stale(strategy(actions.join('\n')))).map((message) => message.split(' ')[0].split(':')[0])).toEqual(actions.map((_, index) => String(13 + index)))
  })

  it('leaves alone a goal marked done, shipped, cancelled or dropped as a status, and a struck-through one', async () => {
    const actions = [
      '- Adopt merge queues by Q3 2026 — done.',
      '- Done: split the suite by Q3 2026.',
      '- Retire Jenkins by Q3 2026; completed in Q2.',
      '- Ship the CLI by Q3 2026 (shipped in v1.4).',
      '- Adopt merge queues by Q3 2026 (completed by the platform team).',
      '- Adopt merge queues by Q3 2026: it was completed in May.',
      '- Adopt merge queues by Q3 2026. Done.',
      '- Adopt merge queues by Q3 2026 (cancelled).',
      '- Adopt merge queues by Q3 2026 — dropped.',
      '- ~~Adopt merge queues by Q3 2026.~~',
      '- Move the cache by ~~Q3 2026~~ Q2 2027.'
    ].join('\n')
    expect(await stale(strategy(actions))).toEqual([])
    // Only the struck date is withdrawn: the one written in its place still counts.
    expect(await stale(strategy('- Move the cache by ~~Q2 2027~~ Q3 2026.'))).toHaveLength(1)
  })

  it('reads a Status cell as a status: Not done is late, Cancelled is not', async () => {
    const table = '| Milestone | Date | Status |\n| --- | --- | --- |\n| Cache | Q2 2025 | Not done |\n| Runners | Q3 2025 | Cancelled |\n| Queues | Q3 2025 | Completed 2025-09-12 |'
    expect((await stale(strategy(table))).map((message) => message.split(' ')[0])).toEqual(['15:11-18'])
  })

  it('closes a nested item with its parent, not a parent with one nested item', async () => {
    expect(await stale(strategy('- Retire Jenkins by Q3 2025 (done).\n  - Move the last job by Q2 2025.'))).toEqual([])
    expect(await stale(strategy('- Retire Jenkins by Q3 2025.\n  - Move the last job (done).'))).toHaveLength(1)
    expect(await stale(strategy('- Retire Jenkins:\n  - [x] Move the last job by Q2 2025.'))).toEqual([])
  })

  it('checks only documents that still hold: not drafts, not superseded ones', async () => {
    const actions = '- Move the build to remote caching by Q3 2025.'
    expect(await stale(strategy(actions, 'status: active\n'))).toHaveLength(1)
    expect(await stale(strategy(actions, 'status: proposed\n'))).toHaveLength(1)
    expect(await stale(strategy(actions, 'status: draft\n'))).toEqual([])
    // Checked like any document (`ended: check`), the superseded strategy's goals still do not apply.
    expect(await stale(strategy(actions, 'status: superseded\n'), {rules: DAY, types: {strategy: {status: {ended: 'check'}}}})).toEqual([])
  })

  it('reads the sections a configured type lists the rule on, and no others', async () => {
    const types = {plan: {sections: ['Summary', {heading: 'Milestones', rules: ['strategy-stale-deadline']}]}}
    const plan = '---\ntype: plan\n---\n\n# Plan\n\n## Summary\n\nWe ship by Q3 2025.\n\n## Milestones\n\n- Beta by Q4 2025.\n'
    expect(await stale(plan, {rules: DAY, types} as StrategyOptions)).toEqual([
      '13:8-18 The deadline `by Q4 2025` passed on 2025-12-31: if the goal is met, say so and move it to a results section; if it is late, give a new date'
    ])
  })

  it('uses the fiscal year start', async () => {
    const actions = '- Move the build to remote caching by FY26.'
    expect(await stale(strategy(actions), {rules: {[RULE]: {date: '2026-12-03', fiscalYearStart: 7}}})).toHaveLength(1)
    expect(await stale(strategy(actions), {rules: {[RULE]: {date: '2026-12-03'}}})).toEqual([])
  })
})

describe('review dates in front matter', () => {
  it('reports a passed review-by once, and does not read last-reviewed then', async () => {
    expect(await stale(strategy('- Ship by 2028.', 'review-by: 2026-12-02\nlast-reviewed: 2020-01-01\n'))).toEqual([
      '3:1-22 The review date `review-by: 2026-12-02` has passed (checked on 2026-12-03); review the document, then set the next `review-by` date, or mark it superseded'
    ])
    expect(await stale(strategy('- Ship by 2028.', 'review-by: 2026-12-03\nlast-reviewed: 2020-01-01\n'))).toEqual([])
  })

  it('reports last-reviewed older than the allowed age', async () => {
    const document = strategy('- Ship by 2028.', 'last_reviewed: 2025-12-02\n')
    expect(await stale(document)).toEqual([
      '3:1-26 The document was last reviewed on 2025-12-02, more than 12 months before 2026-12-03 (a review was due by 2026-12-02); review it and update `last_reviewed`, or mark it superseded'
    ])
    expect(await stale(strategy('- Ship by 2028.', 'last_reviewed: 2025-12-03\n'))).toEqual([])
    expect(await stale(document, {rules: {[RULE]: {date: '2026-12-03', maxReviewAgeMonths: 18}}})).toEqual([])
  })

  it('says once, on its line, that a review date cannot be read or is not in the calendar, and which form to use', async () => {
    expect(await stale(strategy('- Ship by 2028.', 'review-by: soon\nlast-reviewed: 2026-13-01\n'))).toEqual([
      '3:1-16 The date `review-by: soon` cannot be read, so it is not checked; write a day as YYYY-MM-DD, such as `review-by: 2027-03-03`',
      '4:1-26 The date `last-reviewed: 2026-13-01` is not a day of the calendar (there is no month 13), so it is not checked; write the day you mean, as YYYY-MM-DD'
    ])
    expect(await stale(strategy('- Ship by 2028.', 'review-by: 2027-02-30\n'))).toEqual([
      '3:1-22 The date `review-by: 2027-02-30` is not a day of the calendar (February 2027 has 28 days), so it is not checked; write the day you mean, as YYYY-MM-DD'
    ])
  })

  it.each([
    ['review-by: 2026/11/30', '2026/11/30'],
    ['review-by: 2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z'],
    ['review-by: 2026-11-30 09:30:00+01:00', '2026-11-30 09:30:00+01:00'],
    ['review-by: Q3 2026', 'Q3 2026` has passed (it ended on 2026-09-30;']
  ])('reads `%s`', async (line, said) => {
    const [message] = await stale(strategy('- Ship by 2028.', `${line}\n`))
    expect(message).toContain(`\`review-by: ${said}`)
    expect(message).toContain('has passed')
    expect(await stale(strategy('- Ship by 2028.', `${line.replace('2026', '2027')}\n`))).toEqual([])
  })

  it('reports a last-reviewed date after the day of the check', async () => {
    expect(await stale(strategy('- Ship by 2028.', 'last-reviewed: 2027-05-01\n'))).toEqual([
      '3:1-26 The document says it was last reviewed on 2027-05-01 (`last-reviewed`), after the day of the check (2026-12-03); write the day of the last review, as YYYY-MM-DD, or give the next review as `review-by: 2027-05-01`'
    ])
    expect(await stale(strategy('- Ship by 2028.', 'last-reviewed: 2026-12-03\n'))).toEqual([])
  })
})

describe('the day of the check', () => {
  async function withSettings(markdown: string, settings: Record<string, unknown>, options?: StrategyOptions) {
    const processor = remark().use(remarkLintStrategy, options).data('settings', settings)
    const file = new VFile(markdown)
    await processor.run(processor.parse(file), file)
    return file.messages.filter((message) => message.ruleId === RULE).map((message) => message.reason)
  }
  const late = strategy('- Move the build to remote caching by Q3 2025.')

  it('takes the processor setting strategyDate over the rule option', async () => {
    expect(await withSettings(late, {strategyDate: '2025-09-30'}, {rules: {[RULE]: {date: '2026-12-03'}}})).toEqual([])
    expect(await withSettings(late, {strategyDate: '2025-10-01'}, {rules: {[RULE]: {date: '2025-01-01'}}})).toHaveLength(1)
  })

  it('takes STRATEGY_LINT_DATE when neither gives a day (the suite sets it)', async () => {
    expect(process.env.STRATEGY_LINT_DATE).toBe('2026-12-03')
    expect(await stale(late, {})).toHaveLength(1)
    expect(await stale(late, {rules: {[RULE]: {date: '2025-09-30'}}})).toEqual([])
  })

  it.each([
    [{rules: {[RULE]: {date: '2026-13-01'}}}, /rule `strategy-stale-deadline`: option `date`: got "2026-13-01", expected a date as YYYY-MM-DD, such as 2026-12-03$/],
    [{rules: {[RULE]: {date: 20261203}}}, /option `date`: got number 20261203, expected a date as YYYY-MM-DD/],
    [{rules: {[RULE]: {fiscalYearStart: 13}}}, /option `fiscalYearStart`: got number 13, expected a month number from 1 \(January\) to 12 \(December\)$/],
    [{rules: {[RULE]: {maxReviewAgeMonths: 0}}}, /option `maxReviewAgeMonths`: got number 0, expected an integer >= 1$/]
  ])('rejects %j in one line', async (options, pattern) => {
    const error = await lint(late, options as StrategyOptions).then(
      () => undefined,
      (cause: Error) => cause.message
    )
    expect(error).toMatch(pattern)
  })

  it('rejects an invalid strategyDate setting in one line', async () => {
    await expect(withSettings(late, {strategyDate: '3 Dec 2026'})).rejects.toThrow(
      /^remark-lint-strategy: setting `strategyDate` \(--date\): got "3 Dec 2026", expected a date as YYYY-MM-DD, such as 2026-12-03$/
    )
  })
})

/** The real CLI with its own environment (`STRATEGY_LINT_DATE` given or removed). */
function cli(args: string[], cwd: string, date: string | undefined): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  if (date === undefined) delete env.STRATEGY_LINT_DATE
  else env.STRATEGY_LINT_DATE = date
  return new Promise((resolve) => {
    execFile(process.execPath, [STRATEGY_LINT_BIN, ...args], {cwd, encoding: 'utf8', timeout: 30_000, env}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, stdout, stderr})
    })
  })
}

describe.concurrent('strategy-lint and stale deadlines', () => {
  const files = {
    'docs/ci-strategy.md': strategy('- Move the build to remote caching by Q3 2025.\n- Split the suite by Q2 2027.', 'status: active\nlast-reviewed: 2025-06-01\n'),
    'docs/draft.md': strategy('- Move the build to remote caching by Q3 2025.', 'status: draft\n')
  }

  it('reports passed deadlines and an old review as warnings, with the day from STRATEGY_LINT_DATE', async () => {
    const dir = makeProject(files)
    const result = await cli(['--format', 'json', 'docs'], dir, '2026-12-03')
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; fatal: boolean}>}>
    const found = report.flatMap((file) => file.messages.filter((message) => message.ruleId === RULE).map((message) => `${file.path}:${message.line}:${message.column} ${message.fatal}`))
    expect(found).toEqual([`${path.join('docs', 'ci-strategy.md')}:4:1 false`, `${path.join('docs', 'ci-strategy.md')}:15:36 false`])
  })

  it('takes the rule option from a .remarkrc, at the severity configured there', async () => {
    const dir = makeProject({
      ...files,
      '.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {[RULE]: ['error', {date: '2025-10-01', maxReviewAgeMonths: 24}]}}]]})
    })
    linkPackage(dir)
    const result = await cli(['docs/ci-strategy.md'], dir, undefined)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/15:36-15:46\s+error\s+The deadline `by Q3 2025` passed on 2025-09-30: if the goal is met, say so and move it to a results section; if it is late, give a new date\s+strategy-stale-deadline/)
    expect(result.stdout).not.toMatch(/last reviewed/)
  })

  it('stops with one line for an invalid STRATEGY_LINT_DATE', async () => {
    const dir = makeProject(files)
    const result = await cli(['docs'], dir, '2026-02-30')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/environment variable `STRATEGY_LINT_DATE`: got "2026-02-30", expected a date as YYYY-MM-DD/)])
  })

  it('--date wins over STRATEGY_LINT_DATE, which is then not read: an invalid one does not stop the run', async () => {
    // (The pre-scan attached the plugin once without the setting, and its rule read the variable.)
    const dir = makeProject(files)
    const result = await cli(['--date', '2026-01-01', 'docs'], dir, '2026-02-30')
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/The deadline `by Q3 2025` passed on 2025-09-30/)
  })
})
