/**
 * Bulk suppressions through the real `strategy-lint` bin, in a temporary git
 * repository as a team adopting the linter would use them: record today's
 * findings, commit the file, and from then on only new problems fail.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

const FILE = 'strategy-lint-suppressions.json'

function gitRepository(files: Record<string, string>): string {
  const dir = makeProject(files)
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'})
  git('init', '-q')
  git('config', 'user.name', 'Strategy Lint Test')
  git('config', 'user.email', 'strategy-lint@example.com')
  git('add', '-A')
  git('commit', '-qm', 'documents')
  return dir
}

function readJson(file: string): Record<string, Record<string, {count: number}>> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, {count: number}>>
}

function lastLine(stdout: string): string | undefined {
  return stdout.trimEnd().split('\n').at(-1)
}

describe.concurrent('--suppress-all, then only new problems', () => {
  it('records every finding per file and rule; the next run passes and says how many are suppressed', async () => {
    const dir = gitRepository({'docs/missing.md': MISSING_SECTION, 'docs/warn.md': WARNINGS_ONLY, 'docs/good.md': GOOD_STRATEGY})
    const before = await strategyLint(['--format', 'json', 'docs'], dir)
    expect(before.code).toBe(1)
    const findings = (JSON.parse(before.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean | null}>}>).flatMap((file) =>
      file.messages.map((message) => `${file.path}|${message.ruleId}|${message.fatal === true ? 'error' : 'warning'}`)
    )
    const record = await strategyLint(['--suppress-all', 'docs'], dir)
    expect(record.code).toBe(0)
    expect(record.stderr).toBe(`strategy-lint: recorded ${findings.length} findings in ${FILE}; later runs report only what is new\n`)
    // Counted per file and rule, paths relative to the working folder; how many were warnings, when some were.
    const expected: Record<string, Record<string, {count: number; warnings?: number}>> = {}
    for (const finding of findings) {
      const [file, rule, severity] = finding.split('|')
      const entry = ((expected[file] ??= {})[rule] ??= {count: 0})
      entry.count++
      if (severity === 'warning') entry.warnings = (entry.warnings ?? 0) + 1
    }
    expect(Object.values(expected).some((rules) => Object.values(rules).some((entry) => entry.warnings === undefined))).toBe(true)
    expect(Object.values(expected).some((rules) => Object.values(rules).some((entry) => entry.warnings !== undefined))).toBe(true)
    expect(readJson(path.join(dir, FILE))).toEqual(expected)
    expect(Object.keys(expected).sort()).toEqual(['docs/missing.md', 'docs/warn.md'])

    execFileSync('git', ['add', FILE], {cwd: dir})
    execFileSync('git', ['commit', '-qm', 'suppressions'], {cwd: dir})
    const after = await strategyLint(['docs'], dir)
    expect(after).toEqual({code: 0, stdout: `3 files checked, no problems; ${findings.length} suppressed (findings recorded in the suppressions file)\n`, stderr: ''})
    // Machine formats stay valid: the count goes to stderr.
    const json = await strategyLint(['--format', 'json', 'docs'], dir)
    expect((JSON.parse(json.stdout) as Array<{messages: unknown[]}>).every((file) => file.messages.length === 0)).toBe(true)
    expect(json.stderr).toBe(`strategy-lint: ${findings.length} suppressed (recorded in ${FILE})\n`)
  })

  it('a new finding of a rule reports all of that rule in that file (it cannot tell which is new); other files and rules stay quiet', async () => {
    const dir = gitRepository({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY})
    expect((await strategyLint(['--suppress-all'], dir)).code).toBe(0)
    // A second missing section in missing.md: one more strategy-required-sections error.
    fs.writeFileSync(path.join(dir, 'missing.md'), MISSING_SECTION.replace(/## Risks and Mitigations[\s\S]*?(?=## )/, ''))
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
    const missing = files.find((file) => file.path === 'missing.md')!.messages
    expect(missing.map((message) => message.ruleId)).toEqual(['strategy-required-sections', 'strategy-required-sections'])
    expect(missing.map((message) => message.reason).join('\n')).toMatch(/Missing section `Risks and Mitigations`/)
    expect(files.find((file) => file.path === 'warn.md')!.messages).toEqual([])
  })

  it('fixed findings: the run says the counts are stale; --prune-suppressions lowers them', async () => {
    const dir = gitRepository({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY})
    expect((await strategyLint(['--suppress-all'], dir)).code).toBe(0)
    fs.writeFileSync(path.join(dir, 'missing.md'), GOOD_STRATEGY)
    fs.rmSync(path.join(dir, 'warn.md'))
    const stale = await strategyLint([], dir)
    expect(stale.code).toBe(0)
    expect(stale.stderr).toMatch(
      /^strategy-lint: 1 file recorded in strategy-lint-suppressions\.json no longer exists \(warn\.md\); run with --prune-suppressions to drop its entries\nstrategy-lint: \d+ suppressed findings? no longer occurs? as often as recorded in strategy-lint-suppressions\.json; run with --prune-suppressions to lower the counts\n$/
    )
    const pruned = await strategyLint(['--prune-suppressions'], dir)
    expect(pruned.code).toBe(0)
    expect(pruned.stderr).toMatch(/^strategy-lint: pruned \d+ entries of strategy-lint-suppressions\.json that no longer occur\n$/)
    expect(readJson(path.join(dir, FILE))).toEqual({})
    expect((await strategyLint([], dir)).stderr).toBe('')
  })

  it('a file that could not be linted (over the time budget) keeps its entries: not stale, not pruned, and its error not suppressed', async () => {
    // (Long enough that no check of it ends within the 1 ms budget below: the budget's timer is armed when the main
    // thread hears that the worker started the file, so a check shorter than the main thread's delay, on a loaded CI
    // machine, once posted its result first. About 2 s of checking, see LONG.)
    const dir = gitRepository({'missing.md': LONG})
    expect((await strategyLint(['--suppress-all'], dir)).code).toBe(0)
    const recorded = readJson(path.join(dir, FILE))
    // A budget no check meets: the file gets its one `Not linted` error.
    const over = await strategyLint(['--time-budget', '0.001', '--prune-suppressions'], dir)
    expect(over.code).toBe(1)
    expect(over.stdout).toMatch(/Not linted: parsing and checking it took longer than the time budget/)
    expect(over.stderr).toBe('strategy-lint: pruned 0 entries of strategy-lint-suppressions.json that no longer occur\n')
    expect(readJson(path.join(dir, FILE))).toEqual(recorded)
    expect((await strategyLint(['--time-budget', '0.001'], dir)).stderr).toBe('')
    expect((await strategyLint([], dir)).code).toBe(0)
  })

  it('--suppress-all and --suppress-rule keep the entries of a file they could not lint (over the time budget, unreadable)', async () => {
    const long = LONG
    const dir = gitRepository({'docs/a.md': long, 'docs/b.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    const recorded = readJson(path.join(dir, FILE))
    expect(Object.keys(recorded).sort()).toEqual(['docs/a.md', 'docs/b.md'])
    for (const args of [['--suppress-all'], ['--suppress-rule', 'strategy-required-sections']]) {
      const over = await strategyLint([...args, '--time-budget', '0.001', 'docs/a.md'], dir)
      expect(over.stdout, `${args.join(' ')}: ${over.stderr}`).toMatch(/Not linted: parsing and checking it took longer than the time budget/)
      expect(readJson(path.join(dir, FILE)), `${args.join(' ')}: ${over.stdout}${over.stderr}`).toEqual(recorded)
    }
    fs.rmSync(path.join(dir, 'docs', 'b.md'))
    fs.symlinkSync('nowhere.md', path.join(dir, 'docs', 'b.md'))
    await strategyLint(['--suppress-all', 'docs'], dir)
    expect(readJson(path.join(dir, FILE))).toEqual(recorded)
  })

  it('run from a folder below the one the findings were recorded from: says the paths are relative to that folder', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    const below = await strategyLint(['--suppressions-location', `../${FILE}`, '.'], path.join(dir, 'docs'))
    expect(below.code).toBe(1)
    expect(below.stderr).toBe(
      `strategy-lint: the files recorded in ../${FILE} are not found from this folder: its paths are relative to the folder they were recorded from (..); run from there, or record again from here\n`
    )
  })

  it('a FIFO\'s notice is no finding to record: --suppress-all leaves it out, and it is shown on every run', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION})
    execFileSync('mkfifo', [path.join(dir, 'docs', 'pipe.md')])
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    expect(Object.keys(readJson(path.join(dir, FILE)))).toEqual(['docs/a.md'])
    expect((await strategyLint(['docs'], dir)).stdout).toMatch(/Not linted: this is a FIFO/)
  })

  it('run from above the folder the findings were recorded from (as pre-commit and CI run): says where the file is and what to do', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', '.'], path.join(dir, 'docs'))).code).toBe(0)
    const top = await strategyLint(['docs'], dir)
    expect(top.code).toBe(1)
    expect(top.stderr).toBe(
      `strategy-lint: no suppressions file in this folder, so none was applied; docs/${FILE} was recorded from docs, and its paths are relative to it: run from there (\`cd docs\`), or record the findings again from here (\`strategy-lint --suppress-all\`) and delete it\n`
    )
    // Followed, both ways end the failure.
    expect((await strategyLint(['.'], path.join(dir, 'docs'))).code).toBe(0)
  })

  it('files moved with the file named by --suppressions-location: the commands it gives name that file, and followed, keep the baseline', async () => {
    const location = ['--suppressions-location', 'ci/s.json']
    const dir = gitRepository({'docs/adr/0001-x.md': MISSING_SECTION, 'docs/adr/0002-x.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', ...location, 'docs'], dir)).code).toBe(0)
    execFileSync('git', ['mv', 'docs/adr', 'docs/decisions'], {cwd: dir})
    const moved = await strategyLint([...location, 'docs'], dir)
    expect(moved.stderr).toMatch(/record them at their new paths with `strategy-lint --suppress-all --suppressions-location ci\/s\.json docs\/decisions\/0001-x\.md docs\/decisions\/0002-x\.md`, then run with --prune-suppressions --suppressions-location ci\/s\.json to drop the old paths/)
    expect((await strategyLint(['--suppress-all', ...location, 'docs/decisions/0001-x.md', 'docs/decisions/0002-x.md'], dir)).code).toBe(0)
    expect((await strategyLint(['--prune-suppressions', ...location, 'docs'], dir)).code).toBe(0)
    expect(await strategyLint([...location, 'docs'], dir)).toMatchObject({code: 0, stderr: ''})
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false)
  })

  it('files moved (git mv): says they may have been moved and how to move their entries; following it keeps the baseline', async () => {
    const files: Record<string, string> = {}
    for (let index = 1; index <= 5; index++) files[`docs/adr/000${index}-x.md`] = MISSING_SECTION
    const dir = gitRepository(files)
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    execFileSync('git', ['mv', 'docs/adr', 'docs/decisions'], {cwd: dir})
    const moved = await strategyLint(['docs'], dir)
    expect(moved.code).toBe(1)
    expect(moved.stderr).toBe(
      `strategy-lint: 5 files recorded in ${FILE} no longer exist (docs/adr/0001-x.md and 4 more), and 5 files with findings have no entry (docs/decisions/0001-x.md and 4 more); if they were moved or renamed, record them at their new paths with \`strategy-lint --suppress-all docs/decisions\`, then run with --prune-suppressions to drop the old paths (pruning alone drops their entries, and their findings are reported as new)\n`
    )
    // Pruning first says the same, once the old entries are gone.
    const saved = fs.readFileSync(path.join(dir, FILE), 'utf8')
    const pruned = await strategyLint(['--prune-suppressions', 'docs'], dir)
    expect(pruned.stderr).toBe(
      `strategy-lint: pruned 5 entries of ${FILE} that no longer occur; the 5 files with findings and no entry (docs/decisions/0001-x.md and 4 more) may be the same files moved or renamed: record them at their new paths with \`strategy-lint --suppress-all docs/decisions\`\n`
    )
    fs.writeFileSync(path.join(dir, FILE), saved)
    expect((await strategyLint(['--suppress-all', 'docs/decisions'], dir)).code).toBe(0)
    expect((await strategyLint(['--prune-suppressions', 'docs'], dir)).stderr).toBe(`strategy-lint: pruned 5 entries of ${FILE} that no longer occur\n`)
    expect(await strategyLint(['docs'], dir)).toMatchObject({code: 0, stderr: ''})
  })

  it('a file removed and one new file with findings: the files themselves are named to record', async () => {
    const dir = gitRepository({'old.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all'], dir)).code).toBe(0)
    fs.renameSync(path.join(dir, 'old.md'), path.join(dir, 'new.md'))
    expect((await strategyLint([], dir)).stderr).toMatch(/^strategy-lint: 1 file recorded in strategy-lint-suppressions\.json no longer exists \(old\.md\), and 1 file with findings has no entry \(new\.md\); if they were moved or renamed, record them at their new paths with `strategy-lint --suppress-all new\.md`/)
  })

  it('pruning one entry says it in the singular', async () => {
    const dir = gitRepository({'missing.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all'], dir)).code).toBe(0)
    fs.writeFileSync(path.join(dir, 'missing.md'), GOOD_STRATEGY)
    expect((await strategyLint(['--prune-suppressions'], dir)).stderr).toBe(`strategy-lint: pruned 1 entry of ${FILE} that no longer occurs\n`)
  })

  it('a hand-edited file: paths written another way still match; an unknown rule id is named once, with what was meant', async () => {
    const dir = gitRepository({'docs/x/a.md': MISSING_SECTION, 'docs/b.md': MISSING_SECTION})
    fs.writeFileSync(
      path.join(dir, FILE),
      JSON.stringify({
        './docs/x/a.md': {'strategy-required-sections': {count: 1}},
        'docs/x/../b.md': {'strategy-required-sections': {count: 1}, 'strategy-placeholdr': {count: 2}}
      })
    )
    const result = await strategyLint(['docs'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `strategy-lint: ${FILE} names an unknown rule \`strategy-placeholdr\` for docs/b.md, which suppresses nothing; correct the id in the file (did you mean \`strategy-placeholder\`?), or run with --prune-suppressions to drop the entry\n`
    )
    // Pruned, the entry goes and the paths are written as recorded ones are.
    expect((await strategyLint(['--prune-suppressions', 'docs'], dir)).code).toBe(0)
    expect(readJson(path.join(dir, FILE))).toEqual({'docs/x/a.md': {'strategy-required-sections': {count: 1}}, 'docs/b.md': {'strategy-required-sections': {count: 1}}})
  })

  it('a suppressions file saved with a byte order mark (Windows Notepad) is read', async () => {
    const dir = gitRepository({'missing.md': MISSING_SECTION})
    fs.writeFileSync(path.join(dir, FILE), '\uFEFF{"missing.md": {"strategy-required-sections": {"count": 1}}}\n')
    const result = await strategyLint([], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('--suppress-rule after --suppress-all says how many it recorded, and how many the file hides in all', async () => {
    const dir = gitRepository({'warn.md': WARNINGS_ONLY, 'missing.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all'], dir)).stderr).toBe('strategy-lint: recorded 3 findings in strategy-lint-suppressions.json; later runs report only what is new\n')
    const one = await strategyLint(['--suppress-rule', 'strategy-required-sections'], dir)
    expect(one.stderr).toBe('strategy-lint: recorded 1 finding in strategy-lint-suppressions.json (3 suppressed in all); later runs report only what is new\n')
  })

  it('--suppress-rule records one rule; the others still report', async () => {
    const dir = gitRepository({'warn.md': WARNINGS_ONLY, 'missing.md': MISSING_SECTION})
    const result = await strategyLint(['--suppress-rule', 'strategy-required-sections', '--suppressions-location', 'lint/suppressed.json'], dir)
    expect(result.code).toBe(0)
    const recorded = readJson(path.join(dir, 'lint', 'suppressed.json'))
    expect(recorded).toEqual({'missing.md': {'strategy-required-sections': {count: 1}}})
    const later = await strategyLint(['--suppressions-location', 'lint/suppressed.json'], dir)
    expect(later.code).toBe(0)
    expect(later.stdout).toMatch(/warning/)
    expect(later.stdout).not.toMatch(/Missing section/)
    expect(lastLine(later.stdout)).toMatch(/; 1 suppressed \(a finding recorded in the suppressions file\)$/)
  })

  it('the same with --cache and with worker threads', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 10; index++) files[`doc-${index}.md`] = index % 2 ? MISSING_SECTION : WARNINGS_ONLY
    const dir = gitRepository(files)
    expect((await strategyLint(['--suppress-all', '--concurrency', '1', '--time-budget', '0'], dir)).code).toBe(0)
    const runs = await Promise.all([strategyLint(['--concurrency', '2'], dir), strategyLint(['--cache'], dir)])
    const warm = await strategyLint(['--cache'], dir)
    for (const run of [...runs, warm]) {
      expect(run.stderr).toBe('')
      expect(run).toMatchObject({code: 0, stdout: expect.stringMatching(/^10 files checked, no problems; \d+ suppressed/)})
    }
  })
})

describe.concurrent('a suppressions file that cannot be used is an error, never a silent pass', () => {
  const cases: Array<[string, Record<string, string>, string[], RegExp]> = [
    ['not JSON', {[FILE]: '{"missing.md": '}, [], /^strategy-lint: the suppressions file .*strategy-lint-suppressions\.json is not valid JSON \(line 1, column 16: a value expected\); fix it, or delete it and run --suppress-all again\n$/],
    ['the wrong shape', {[FILE]: '{"missing.md": {"strategy-required-sections": 3}}'}, [], /^strategy-lint: the suppressions file .*: `missing.md` `strategy-required-sections` must be \{"count": n\} with a whole n >= 1, and \{"count": n, "warnings": w\} with w from 0 to n\n$/],
    ['an array', {[FILE]: '[]'}, [], /must be an object of files/],
    ['a named file that is missing', {}, ['--suppressions-location', 'nope.json'], /^strategy-lint: cannot read the suppressions file .*nope\.json: ENOENT/],
    ['pruning with no file', {}, ['--prune-suppressions'], /^strategy-lint: nothing to prune: there is no suppressions file strategy-lint-suppressions\.json in this folder; record one with --suppress-all\n$/],
    ['pruning a named file that is missing', {}, ['--prune-suppressions', '--suppressions-location', 'nope.json'], /^strategy-lint: cannot read the suppressions file .*nope\.json: ENOENT/],
    // (A key that is an absolute path matches no file, and pruning never dropped it: the file exists.)
    ['an absolute path', {[FILE]: '{"/tmp/x/missing.md": {"strategy-required-sections": {"count": 1}}}'}, [], /^strategy-lint: the suppressions file .*: `\/tmp\/x\/missing\.md` is an absolute path; write it relative to the folder the findings are recorded from \(such as `docs\/x\.md`\)\n$/],
    ['a Markdown location', {}, ['--suppress-all', '--suppressions-location', 'missing.md'], /^strategy-lint: --suppressions-location missing\.md is a file being linted; refusing to overwrite it: write the suppressions to another file\n$/],
    ['a misspelt rule', {}, ['--suppress-rule', 'strategy-vague-goals'], /^strategy-lint: Unknown rule `strategy-vague-goals` for --suppress-rule; did you mean `strategy-vague-goal`\?\n$/],
    ['two kinds at once', {}, ['--suppress-all', '--prune-suppressions'], /^strategy-lint: --prune-suppressions cannot be combined with --suppress-all or --suppress-rule/],
    ['a rule id far from any', {}, ['--suppress-rule', 'strategy-everything'], /^strategy-lint: Unknown rule `strategy-everything` for --suppress-rule; use a rule id such as `strategy-vague-goal` \(docs\/rules\/README\.md lists them\)\n$/],
    // The findings of --fix-dry-run are those of text it does not write: recorded, they would not match the files.
    ['recording the findings of a dry run', {}, ['--fix-dry-run', '--suppress-all'], /^strategy-lint: --fix-dry-run reports the text the fixes would write, not the files on disk: record or prune suppressions in a run without it\n$/]
  ]
  for (const [name, files, args, stderr] of cases) {
    it(name, async () => {
      const dir = makeProject({'missing.md': MISSING_SECTION, ...files})
      const result = await strategyLint(args, dir)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(stderr)
      expect(result.stderr.split('\n')).toHaveLength(2)
    })
  }

  it('with --fix, the file is checked before any document is written: exit 2 leaves the documents as they were', async () => {
    for (const [files, args, stderr] of [
      [{}, ['--suppressions-location', 'nope.json'], /^strategy-lint: cannot read the suppressions file .*nope\.json: ENOENT/],
      [{[FILE]: '{bad'}, [], /^strategy-lint: the suppressions file .* is not valid JSON/]
    ] as const) {
      const dir = makeProject({'missing.md': MISSING_SECTION, ...files})
      const result = await strategyLint(['--fix', ...args], dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(stderr)
      expect(result.stderr).not.toContain('fixed')
      expect(fs.readFileSync(path.join(dir, 'missing.md'), 'utf8')).toBe(MISSING_SECTION)
    }
  })

  it('no file at the default location: nothing is suppressed, no error', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
  })
})

/**
 * A document whose check takes about 2 s (20,000 paragraphs), for the tests of a file over a 1 ms time budget: with
 * 4,000 (about 0.3 s) a loaded CI machine's main thread heard of the file after the worker was done with it, twice.
 */
const LONG = `${MISSING_SECTION}\n${'A paragraph of plain context, written out.\n\n'.repeat(20000)}`

describe('findings recorded as warnings that are errors now', () => {
  it('a draft recorded, then accepted: its errors are reported, with a notice that says why and how to record them again', async () => {
    const draft = '---\ntype: vision\nstatus: draft\n---\n\n# Payments Vision\n\n## Current State\n\nTBD\n'
    const dir = gitRepository({'v.md': draft})
    expect((await strategyLint(['--suppress-all', 'v.md'], dir)).code).toBe(0)
    expect(readJson(path.join(dir, FILE))).toEqual({'v.md': {'strategy-empty-section': {count: 1, warnings: 1}, 'strategy-required-sections': {count: 5, warnings: 5}}})
    expect((await strategyLint(['v.md'], dir)).code).toBe(0)
    fs.writeFileSync(path.join(dir, 'v.md'), draft.replace('status: draft', 'status: accepted'))
    const accepted = await strategyLint(['--format', 'unix', 'v.md'], dir)
    expect(accepted.code).toBe(1)
    expect(accepted.stdout.trim().split('\n')).toHaveLength(6)
    // The command the notice gives records them again, and the next run passes.
    expect((await strategyLint(['--suppress-rule', 'strategy-empty-section', '--suppress-rule', 'strategy-required-sections', 'v.md'], dir)).code).toBe(0)
    expect(await strategyLint(['v.md'], dir)).toMatchObject({code: 0, stderr: ''})
    expect(accepted.stderr).toMatch(
      /^strategy-lint: the findings of strategy-empty-section, strategy-required-sections in v\.md were recorded in strategy-lint-suppressions\.json as warnings and are errors now .*record them again \(`strategy-lint --suppress-rule strategy-empty-section --suppress-rule strategy-required-sections v\.md`\)\n$/
    )
  })

  it('an entry written without `warnings` (as ESLint writes them) hides errors and warnings alike', async () => {
    const dir = gitRepository({'missing.md': MISSING_SECTION, [FILE]: JSON.stringify({'missing.md': {'strategy-required-sections': {count: 1}}})})
    expect(await strategyLint(['missing.md'], dir)).toMatchObject({code: 0, stderr: ''})
  })
})

describe('a run from a folder below the suppressions file', () => {
  it('says the file above was not applied and where to run from; a run from the top applies it', async () => {
    const dir = gitRepository({'docs/missing.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    const below = await strategyLint(['.'], path.join(dir, 'docs'))
    expect(below.code).toBe(1)
    expect(below.stderr).toBe(
      `strategy-lint: no suppressions file in this folder, so none was applied; ../${FILE} is the one above it, and its paths are relative to ..: run from there (\`cd ..\`)\n`
    )
    expect(await strategyLint(['docs'], dir)).toMatchObject({code: 0, stderr: ''})
  })

  it('recording or pruning there is refused with the folder to run from; the file above is left as it was', async () => {
    const dir = gitRepository({'docs/missing.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    const recorded = fs.readFileSync(path.join(dir, FILE), 'utf8')
    const docs = path.join(dir, 'docs')
    const record = await strategyLint(['--suppress-all', '.'], docs)
    expect(record).toMatchObject({code: 2, stdout: ''})
    expect(record.stderr).toBe(
      `strategy-lint: not recorded: no suppressions file in this folder; ../${FILE} is the one above it, and its paths are relative to ..: run from there (\`cd ..\`), or give --suppressions-location to keep a file of its own here\n`
    )
    expect(fs.existsSync(path.join(docs, FILE))).toBe(false)
    const prune = await strategyLint(['--prune-suppressions', '.'], docs)
    expect(prune).toMatchObject({code: 2, stdout: ''})
    expect(prune.stderr).toMatch(/^strategy-lint: not pruned: no suppressions file in this folder; \.\.\/strategy-lint-suppressions\.json is the one above it/)
    // Named with --suppressions-location, the paths still are the top folder's: pruning from here dropped every entry.
    for (const [flag, word] of [['--prune-suppressions', 'pruned'], ['--suppress-all', 'recorded']]) {
      const named = await strategyLint([flag, '--suppressions-location', `../${FILE}`, '.'], docs)
      expect(named).toMatchObject({code: 2, stdout: ''})
      expect(named.stderr).toBe(
        `strategy-lint: not ${word}: the paths in ../${FILE} are relative to the folder they were recorded from (..), where its files are, not to this one; run from there (\`cd ..\`)\n`
      )
    }
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe(recorded)
    expect(await strategyLint(['--prune-suppressions', 'docs'], dir)).toMatchObject({code: 0})
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe(recorded)
  })

  it('a file kept in a subfolder and used from the top still records and prunes after a move; a prune from below with most files gone is refused', async () => {
    const location = ['--suppressions-location', 'docs/strategy-lint-suppressions.json']
    const dir = gitRepository({'strategy.md': MISSING_SECTION, 'notes.md': MISSING_SECTION, 'docs/other.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', ...location, 'strategy.md', 'notes.md', 'docs'], dir)).code).toBe(0)
    fs.renameSync(path.join(dir, 'strategy.md'), path.join(dir, 'docs', 'strategy.md'))
    fs.rmSync(path.join(dir, 'notes.md'))
    expect((await strategyLint(['--suppress-all', ...location, 'docs/strategy.md'], dir)).code).toBe(0)
    expect((await strategyLint(['--prune-suppressions', ...location, 'docs'], dir)).code).toBe(0)
    expect(Object.keys(readJson(path.join(dir, 'docs', 'strategy-lint-suppressions.json')))).toEqual(['docs/other.md', 'docs/strategy.md'])

    const many = gitRepository({'docs/a.md': MISSING_SECTION, 'docs/b.md': MISSING_SECTION, 'docs/c.md': MISSING_SECTION, 'docs/d.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], many)).code).toBe(0)
    for (const name of ['a', 'b', 'c']) fs.rmSync(path.join(many, 'docs', `${name}.md`))
    const prune = await strategyLint(['--prune-suppressions', '--suppressions-location', `../${FILE}`, '.'], path.join(many, 'docs'))
    expect(prune.code).toBe(2)
    expect(Object.keys(readJson(path.join(many, FILE)))).toHaveLength(4)
  })

  it('still refused when one recorded file is gone, the very case pruning is for (it emptied the file)', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION, 'docs/b.md': MISSING_SECTION, 'docs/gone.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'docs'], dir)).code).toBe(0)
    fs.rmSync(path.join(dir, 'docs', 'gone.md'))
    const recorded = fs.readFileSync(path.join(dir, FILE), 'utf8')
    const prune = await strategyLint(['--prune-suppressions', '--suppressions-location', `../${FILE}`, '.'], path.join(dir, 'docs'))
    expect(prune).toMatchObject({code: 2, stdout: ''})
    expect(prune.stderr).toMatch(/^strategy-lint: not pruned: the paths in \.\.\/strategy-lint-suppressions\.json are relative to the folder they were recorded from \(\.\.\)/)
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe(recorded)
    // From the top, the gone file's entries are pruned and the others kept.
    expect((await strategyLint(['--prune-suppressions', 'docs'], dir)).code).toBe(0)
    expect(Object.keys(readJson(path.join(dir, FILE)))).toEqual(['docs/a.md', 'docs/b.md'])
  })
})
