/**
 * The `strategy-lint` command as a user runs it, in a temporary folder of
 * real files, no mocks: in this process through the `main` that
 * bin/strategy-lint.js runs, and (the last group) as the bin itself in a
 * node process of its own, which must print the same.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {
  GOOD_STRATEGY,
  MISSING_SECTION,
  NEAR_MISS,
  README,
  strategyDoc,
  UNTYPED_NOTES,
  WARNINGS_ONLY
} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode, STRATEGY_LINT_BIN, strategyLint, strategyLintProcess, writeFiles} from '../fixtures/cli/project.js'
import {rules} from '../src/rules.js'

afterAll(removeProjects)

interface JsonMessage {
  ruleId: string | null
  source: string | null
  line: number | null
  column: number | null
  reason: string
  fatal: boolean | null
  url: string | null
  expected?: string[]
}

interface JsonFile {
  path: string
  messages: JsonMessage[]
}

function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

/** A usage or configuration error: exit 2, one `strategy-lint:` line on stderr, no stack trace. */
function expectOneLineError(result: {code: number; stdout: string; stderr: string}, pattern?: RegExp): void {
  expect(result.code, result.stderr + result.stdout).toBe(2)
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^strategy-lint: /)
  expect(result.stderr).not.toMatch(/\n\s+at |\[cause\]|internal error/)
  expect(result.stdout).not.toMatch(/\n\s+at /)
  if (pattern) expect(lines[0]).toMatch(pattern)
}

const RULE_URL = 'https://github.com/remark-lint-strategy/remark-lint-strategy/blob/main/docs/rules/'

describe.concurrent('strategy-lint: files and exit codes', () => {
  it('lints `.` by default: Markdown files recursively, whatever the case of their extension, not .txt files, not node_modules', async () => {
    const dir = makeProject({
      'top.md': MISSING_SECTION,
      // (Saved on Windows or macOS, whose file systems ignore case: left out of the folder's files without a word.)
      'docs/STRATEGY.MD': MISSING_SECTION,
      'docs/Plan.Markdown': MISSING_SECTION,
      'docs/strategy/nested.md': MISSING_SECTION,
      'docs/deeper/still/vision.markdown': MISSING_SECTION,
      'notes.txt': MISSING_SECTION,
      'node_modules/some-dep/strategy.md': MISSING_SECTION
    })
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    const paths = parseJson(result.stdout).map((file) => file.path.split(path.sep).join('/')).sort()
    expect(paths).toEqual(['docs/Plan.Markdown', 'docs/STRATEGY.MD', 'docs/deeper/still/vision.markdown', 'docs/strategy/nested.md', 'top.md'])
  })

  it('a good strategy document exits 0 with "no problems"', async () => {
    const dir = makeProject({'strategy.md': GOOD_STRATEGY})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/1 file checked, no problems/)
    expect(result.stderr).toBe('')
  })

  it('a missing required section exits 1 with a stylish report naming the rule', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    const result = await strategyLint(['strategy.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^strategy\.md$/m)
    expect(result.stdout).toMatch(/\d+:\d+\s+error\s+Missing section `Diagnosis`.*strategy-required-sections$/m)
    expect(result.stdout).toMatch(/✖ 1 error/)
    expect(result.stdout).not.toMatch(/\u001B\[/)
  })

  it('warnings only exit 0 and are reported', async () => {
    const dir = makeProject({'strategy.md': WARNINGS_ONLY})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/warning\s+Template leftover `TBD`.*strategy-placeholder/)
    expect(result.stdout).toMatch(/warning\s+Section `Context` is a single line \(\d+ words\).*strategy-section-length/)
    expect(result.stdout).toMatch(/⚠ 2 warnings/)
    expect(result.stdout).not.toMatch(/\berror\b/)
  })

  it('--max-warnings 0 fails on warnings; --max-warnings 100 does not', async () => {
    const dir = makeProject({'strategy.md': WARNINGS_ONLY})
    const strict = await strategyLint(['--max-warnings', '0'], dir)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(/strategy-placeholder/)
    expect(strict.stderr).toMatch(/^strategy-lint: 2 warnings, more than --max-warnings 0$/m)
    const loose = await strategyLint(['--max-warnings', '100'], dir)
    expect(loose.code).toBe(0)
    expect(loose.stderr).toBe('')
    // `-1` is no limit, as in ESLint, whose CI lines teams copy; so is a number too large to hold.
    for (const limit of ['-1', '99999999999999999999']) {
      const unlimited = await strategyLint(['--max-warnings', limit], dir)
      expect(unlimited.code, limit).toBe(0)
      expect(unlimited.stderr, limit).toBe('')
    }
  })

  it('a named file with an unknown `type:` gets that error alone, not also the warning that it has no type', async () => {
    const dir = makeProject({'plan.md': '---\ntype: strategie\n---\n\n# Plan\n\nText.\n'})
    const files = parseJson((await strategyLint(['-f', 'json', 'plan.md'], dir)).stdout)
    expect(files[0].messages.map((message) => message.ruleId)).toEqual(['strategy-document-type'])
  })

  it('front matter that declares `type` twice with different values is an error on the second, not a silent choice of the last', async () => {
    const dir = makeProject({
      'dup.md': '---\ntitle: x\ntype: strategy\ntype: vision\n---\n\n# Plan\n',
      'same.md': '---\ntype: strategy\ntype: strategy\n---\n\n# Plan\n'
    })
    const files = parseJson((await strategyLint(['-f', 'json', 'dup.md', 'same.md'], dir)).stdout)
    const dup = files.find((file) => file.path === 'dup.md')!
    expect(dup.messages.map((message) => [message.ruleId, message.line, message.reason.split(';')[0]])).toEqual([
      ['strategy-document-type', 4, 'Front matter cannot be read (`type` is declared twice: `strategy`, then `vision`']
    ])
    const same = files.find((file) => file.path === 'same.md')!
    expect(same.messages.some((message) => message.ruleId === 'strategy-document-type')).toBe(false)
  })

  it('a time budget longer than a timer can hold (24.8 days) means no limit, not a budget of 1 ms', async () => {
    const dir = makeProject({'strategy.md': WARNINGS_ONLY})
    for (const budget of ['2147484', '99999999']) {
      const result = await strategyLint(['--time-budget', budget], dir)
      expect(result.stdout).not.toMatch(/Not linted/)
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
    }
  })

  it('--quiet with --max-warnings counts the warnings it hides, and says so', async () => {
    const dir = makeProject({'strategy.md': WARNINGS_ONLY})
    const strict = await strategyLint(['-q', '--max-warnings', '0'], dir)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toBe('1 file checked, no errors; 2 warnings not shown (--quiet)\n')
    expect(strict.stderr).toBe('strategy-lint: 2 warnings, more than --max-warnings 0 (not shown: --quiet hides warnings; run without it to see them)\n')
    const loose = await strategyLint(['--quiet', '--max-warnings', '2'], dir)
    expect(loose.code).toBe(0)
    expect(loose.stderr).toBe('')
  })

  it('--quiet hides warnings but keeps errors', async () => {
    const warnDir = makeProject({'strategy.md': WARNINGS_ONLY})
    const quiet = await strategyLint(['--quiet'], warnDir)
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).not.toMatch(/strategy-placeholder|strategy-section-length/)
    // Not `no problems`: there are warnings, only not shown (and `--max-warnings` still counts them).
    expect(quiet.stdout).toMatch(/^1 file checked, no errors; \d+ warnings? not shown \(--quiet\)\n$/)

    const errorDir = makeProject({'strategy.md': MISSING_SECTION.replace('TBD', 'x') + '\nTBD in a trailing note.\n'})
    const withErrors = await strategyLint(['-q'], errorDir)
    expect(withErrors.code).toBe(1)
    expect(withErrors.stdout).toMatch(/strategy-required-sections/)
    expect(withErrors.stdout).not.toMatch(/^\s*\d+:\d+\S*\s+warning/m)
    // The warnings it hides are counted beside the errors too.
    expect(withErrors.stdout).toMatch(/^1 file checked; \d+ warnings? not shown \(--quiet\)\n$/m)
  })

  it('--format json prints every file with its messages and their fields', async () => {
    const dir = makeProject({'near.md': NEAR_MISS, 'good.md': GOOD_STRATEGY, 'warn.md': WARNINGS_ONLY})
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const files = parseJson(result.stdout)
    expect(Array.isArray(files)).toBe(true)
    expect(files.map((file) => file.path).sort()).toEqual(['good.md', 'near.md', 'warn.md'])
    for (const file of files) {
      expect(typeof file.path).toBe('string')
      expect(Array.isArray(file.messages)).toBe(true)
    }
    expect(files.find((file) => file.path === 'good.md')!.messages).toEqual([])

    const warnings = files.find((file) => file.path === 'warn.md')!.messages
    expect(warnings.map((message) => message.ruleId).sort()).toEqual(['strategy-placeholder', 'strategy-section-length'])
    for (const message of warnings) {
      expect(message).toMatchObject({source: 'remark-lint', fatal: false})
      expect(message.line).toEqual(expect.any(Number))
      expect(message.column).toEqual(expect.any(Number))
      expect(message.reason).toEqual(expect.any(String))
      expect(message.url).toBe(`${RULE_URL}${message.ruleId}.md`)
    }

    const [nearMiss, ...others] = files.find((file) => file.path === 'near.md')!.messages
    expect(others).toEqual([])
    expect(nearMiss).toMatchObject({
      ruleId: 'strategy-required-sections',
      source: 'remark-lint',
      fatal: true,
      column: 4,
      url: `${RULE_URL}strategy-required-sections.md`,
      expected: ['Success Criteria']
    })
    expect(nearMiss.reason).toMatch(/Heading `Sucess Criteria` looks like the required section `Success Criteria`/)
    const lines = NEAR_MISS.split('\n')
    expect(lines[nearMiss.line! - 1]).toBe('## Sucess Criteria')
  })

  it('--type vision checks an untyped document as a vision', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    const untyped = await strategyLint(['--format', 'json'], dir)
    expect(untyped.code).toBe(0)
    expect(parseJson(untyped.stdout)[0].messages).toEqual([])

    const forced = await strategyLint(['--type', 'vision', '--format', 'json'], dir)
    expect(forced.code).toBe(1)
    const reasons = parseJson(forced.stdout)[0].messages.map((message) => message.reason)
    for (const heading of ['Guiding Principles', 'Target State', 'Migration Strategy', 'Key Decisions', 'Success Metrics']) {
      expect(reasons).toContainEqual(expect.stringContaining(`Missing section \`${heading}\``))
    }
    expect(reasons).not.toContainEqual(expect.stringContaining('Missing section `Current State`'))
    expect(reasons).not.toContainEqual(expect.stringContaining('Diagnosis'))
  })

  it('an untyped README gets no messages', async () => {
    const dir = makeProject({'README.md': README})
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(0)
    expect(parseJson(result.stdout)).toEqual([expect.objectContaining({path: 'README.md', messages: []})])
  })

  it('never modifies the files it lints', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'missing.md': MISSING_SECTION, 'near.md': NEAR_MISS, 'warn.md': WARNINGS_ONLY})
    const old = new Date('2020-01-02T03:04:05Z')
    const before = new Map<string, {bytes: Buffer; mtimeMs: number}>()
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name)
      fs.utimesSync(file, old, old)
      before.set(name, {bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs})
    }
    for (const args of [[], ['--type', 'vision', '--format', 'json']]) {
      const result = await strategyLint(args, dir)
      expect(result.code).toBe(1)
    }
    expect(fs.readdirSync(dir).sort()).toEqual([...before.keys()].sort())
    for (const [name, {bytes, mtimeMs}] of before) {
      const file = path.join(dir, name)
      expect(fs.readFileSync(file).equals(bytes), name).toBe(true)
      expect(fs.statSync(file).mtimeMs, name).toBe(mtimeMs)
    }
  })
})

describe.concurrent('strategy-lint: ignore files', () => {
  it('respects .remarkignore', async () => {
    const dir = makeProject({
      '.remarkignore': 'drafts/\nscratch.md\n',
      'good.md': GOOD_STRATEGY,
      'scratch.md': MISSING_SECTION,
      'drafts/one.md': MISSING_SECTION
    })
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(0)
    expect(parseJson(result.stdout).map((file) => file.path)).toEqual(['good.md'])
  })

  it('respects .gitignore, and --no-gitignore turns that off', async () => {
    const dir = makeProject({
      '.gitignore': '# build output\nbuild/\n\ngenerated.md\n',
      'good.md': GOOD_STRATEGY,
      'build/out.md': MISSING_SECTION,
      'generated.md': MISSING_SECTION
    })
    const withGitignore = await strategyLint(['--format', 'json'], dir)
    expect(withGitignore.code).toBe(0)
    expect(parseJson(withGitignore.stdout).map((file) => file.path)).toEqual(['good.md'])

    const without = await strategyLint(['--no-gitignore', '--format', 'json'], dir)
    expect(without.code).toBe(1)
    expect(parseJson(without.stdout).map((file) => file.path.split(path.sep).join('/')).sort()).toEqual([
      'build/out.md',
      'generated.md',
      'good.md'
    ])
  })

  it('an explicitly passed ignored file does not fail', async () => {
    const dir = makeProject({
      '.remarkignore': 'ignored.md\n',
      '.gitignore': 'build/\n',
      'ignored.md': MISSING_SECTION,
      'build/out.md': MISSING_SECTION
    })
    const remarkignored = await strategyLint(['ignored.md'], dir)
    expect(remarkignored.code).toBe(0)
    expect(remarkignored.stdout).not.toMatch(/Missing section|error/i)
    expect(remarkignored.stderr).toBe('')
    // Not read as a pass: the summary says the named file was not linted, and --verbose says which and why.
    expect(remarkignored.stdout).toBe(
      '0 files checked, no problems; 1 named file not linted: matched by an ignore file (.remarkignore, --ignore-path, or .gitignore) (--verbose lists them)\n'
    )
    const verbose = await strategyLint(['ignored.md', '--verbose'], dir)
    expect(verbose.stderr).toMatch(/^strategy-lint: not linted ignored\.md: matched by an ignore file/m)

    const gitignored = await strategyLint(['build/out.md'], dir)
    expect(gitignored.code).toBe(0)
    expect(gitignored.stdout).not.toMatch(/Missing section/)
  })

  it('a folder or glob all of whose Markdown files are ignored: one-line error (exit 2), as ESLint; the flag for unmatched patterns allows it', async () => {
    const dir = makeProject({'.remarkignore': 'drafts/\n', 'good.md': GOOD_STRATEGY, 'drafts/one.md': MISSING_SECTION, 'drafts/two.md': MISSING_SECTION})
    for (const input of ['drafts', 'drafts/*.md']) {
      expectOneLineError(await strategyLint([input, 'good.md'], dir), new RegExp(`^strategy-lint: All Markdown files matching \`${input.replace(/[.*]/g, '\\$&')}\` are ignored, by \\.remarkignore`))
    }
    const allowed = await strategyLint(['drafts', '--no-error-on-unmatched-pattern'], dir)
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toBe('0 files checked, no problems\n')
    // Some of a folder's files ignored is what ignore files are for: no error.
    const some = await strategyLint(['.', '--format', 'json'], dir)
    expect(some.code).toBe(0)
    expect(parseJson(some.stdout).map((file) => file.path)).toEqual(['good.md'])
  })

  it('--ignore-path uses another ignore file', async () => {
    const dir = makeProject({
      'custom-ignore': 'skip.md\n',
      'good.md': GOOD_STRATEGY,
      'skip.md': MISSING_SECTION
    })
    const result = await strategyLint(['--ignore-path', 'custom-ignore', '--format', 'json'], dir)
    expect(result.code).toBe(0)
    expect(parseJson(result.stdout).map((file) => file.path)).toEqual(['good.md'])
  })
})

describe.concurrent('strategy-lint: a file that cannot be read', () => {
  it.each(['1', '2'])('found in a folder, it gets an error of its own and the other files are linted (--concurrency %s)', async (concurrency) => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'draft.md': MISSING_SECTION})
    fs.symlinkSync('nowhere.md', path.join(dir, 'broken.md'))
    const result = await strategyLint(['--format', 'json', '--concurrency', concurrency], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const byPath = Object.fromEntries(parseJson(result.stdout).map((file) => [file.path, file.messages]))
    expect(byPath['broken.md']).toEqual([
      // (Where the link points, as written: not Node's `stat '/home/runner/...'`, which named the runner's folders.)
      expect.objectContaining({fatal: true, ruleId: null, source: 'strategy-lint', reason: 'Cannot read this file: it is a symbolic link to `nowhere.md`, which does not exist; it was not linted: point the link at the file or remove it, or ignore it in .remarkignore'})
    ])
    expect(byPath['good.md']).toEqual([])
    expect(byPath['draft.md'].map((message) => message.reason)).toContainEqual(expect.stringMatching(/^Missing section `Diagnosis`/))
  })

  it('named on the command line, it is a usage error (exit 2, one line)', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    fs.symlinkSync('nowhere.md', path.join(dir, 'broken.md'))
    const result = await strategyLint(['broken.md', 'good.md'], dir)
    expectOneLineError(result, /No such file or folder: broken\.md/)
  })
})

describe.concurrent('strategy-lint: usage errors', () => {
  it.each([
    [['--type', 'bogus'], /Unknown document type `bogus` for --type \(the `strategyType` setting\); use one of `strategy`, `vision`, `adr`, `madr`, or a type configured under `types`/],
    [['--type', 'no such type'], /Unknown document type `no such type` for --type/],
    [['--format', 'xml'], /Unknown format `xml`/],
    [['--max-warnings', '-3'], /max-warnings/],
    [['--max-warnings=-2'], /--max-warnings needs a whole number/],
    [['--bogus'], /--bogus/],
    // A value given twice was the last one, silently (a CI template's -o and a job's own: one report went missing).
    [['-f', 'json', '-o', 'a.json', '-o', 'b.json'], /^strategy-lint: --output-file is given twice \(`a\.json`, then `b\.json`\) and takes one value; give it once$/],
    [['-t', 'vision', '--type', 'strategy'], /^strategy-lint: --type is given twice \(`vision`, then `strategy`\)/],
    [['-o=x.json'], /^strategy-lint: `-o=x\.json`: a short option takes its value after a space \(`-o x\.json`\) or as `--output-file=x\.json`$/],
    [['--time-budget', ''], /^strategy-lint: --time-budget needs a number of seconds >= 0 \(0 for no limit\), got an empty value$/],
    [['--ignore-path='], /^strategy-lint: --ignore-path needs a file name$/],
    [['init', 'strategy', '--title', 'A', '--title', 'B'], /^strategy-lint: --title is given twice/]
  ])('%j exits 2 with one line on stderr', async (args, pattern) => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    const result = await strategyLint(args, dir)
    expectOneLineError(result, pattern)
    expect(result.stdout).toBe('')
  })

  it('spaces around a number or a day are taken alike, from a flag or the environment', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    for (const args of [['--max-warnings', ' 1'], ['--concurrency', ' 1 '], ['--date', ' 2027-01-01 '], ['--time-budget', ' 5']]) {
      expect((await strategyLint([...args, 'good.md'], dir)).code, args.join(' ')).toBe(0)
    }
    expect((await strategyLint(['good.md'], dir, {STRATEGY_LINT_DATE: ' 2027-01-01\n'})).code).toBe(0)
  })

  it('colours the report at a terminal unless NO_COLOR; FORCE_COLOR colours it anywhere (a CI log), FORCE_COLOR=0 nowhere', async () => {
    const {colorWanted} = await import('../src/cli/io.js')
    expect(colorWanted({}, true)).toBe(true)
    expect(colorWanted({}, false)).toBe(false)
    expect(colorWanted({NO_COLOR: '1'}, true)).toBe(false)
    expect(colorWanted({NO_COLOR: ''}, true)).toBe(true)
    expect(colorWanted({TERM: 'dumb'}, true)).toBe(false)
    expect(colorWanted({TERM: 'dumb', FORCE_COLOR: '1'}, true)).toBe(true)
    expect(colorWanted({TERM: 'xterm-256color'}, true)).toBe(true)
    expect(colorWanted({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(colorWanted({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(colorWanted({FORCE_COLOR: '0'}, true)).toBe(false)
    expect(colorWanted({FORCE_COLOR: 'false'}, true)).toBe(false)
    // Through the real bin, whose output is a pipe here.
    const dir = makeProject({'warn.md': WARNINGS_ONLY})
    const forced = await runNode(STRATEGY_LINT_BIN, ['warn.md'], dir, {FORCE_COLOR: '1'})
    expect(forced.stdout).toMatch(/\u001b\[/)
    expect((await runNode(STRATEGY_LINT_BIN, ['warn.md'], dir)).stdout).not.toMatch(/\u001b\[/)
  })

  it('--help exits 0 with usage', async () => {
    const dir = makeProject()
    const result = await strategyLint(['--help'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: strategy-lint/)
    expect(result.stdout).toMatch(/--max-warnings/)
    // The opt-in rules, from the registry.
    expect(result.stdout).toMatch(/^\(opt-in, so off unless the configuration turns them on: strategy-unquantified-pitch\)\.$/m)
    expect(result.stderr).toBe('')
  })

  it('--version exits 0 with the package version', async () => {
    const dir = makeProject()
    const {version} = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}
    const result = await strategyLint(['--version'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
    expect(result.stderr).toBe('')
  })
})

describe.concurrent('strategy-lint: project configuration', () => {
  function configured(files: Record<string, string>): string {
    const dir = makeProject(files)
    linkPackage(dir)
    return dir
  }

  it('strategy-unquantified-pitch is opt-in: off with the built-in setup, on when a .remarkrc turns it on', async () => {
    const pitch = GOOD_STRATEGY.replace(/^## Context\n\n/m, '## Context\n\nThe code is spaghetti.\n\n')
    expect(pitch).not.toBe(GOOD_STRATEGY)
    const ids = (stdout: string) => (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)
    const builtIn = await strategyLint(['--format', 'json', 'strategy.md'], makeProject({'strategy.md': pitch}))
    expect(ids(builtIn.stdout)).toEqual([])
    const config = {plugins: [['remark-lint-strategy', {rules: {'strategy-unquantified-pitch': true}}]]}
    const on = await strategyLint(['--format', 'json', 'strategy.md'], configured({'.remarkrc': JSON.stringify(config), 'strategy.md': pitch}))
    expect(ids(on.stdout)).toEqual(['strategy-unquantified-pitch'])
  })

  it.each([
    ['an unknown plugin option', {plugins: [['remark-lint-strategy', {bogus: 1}]]}, /unknown option `bogus`/],
    [
      'a bad rule option',
      {plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': ['warn', {tolerance: 'x'}]}}]]},
      /strategy-section-length.*`tolerance`.*"x"/
    ],
    [
      'an unknown rule id',
      {plugins: [['remark-lint-strategy', {rules: {'strategy-nope': 'error'}}]]},
      /unknown rule `strategy-nope`/
    ],
    // Keys remark never reads, which passed in silence with the options they held.
    [
      'a top-level rules key',
      {plugins: ['remark-lint-strategy'], rules: {'strategy-vague-goal': 'off'}},
      /^strategy-lint: \.remarkrc has a top-level `rules`, which remark does not read: put the rules in the plugin's options/m
    ],
    ['plugin for plugins', {plugin: ['remark-lint-strategy']}, /^strategy-lint: \.remarkrc has `plugin`, which remark does not read: did you mean `plugins`\?$/m],
    // A package.json's `remarkConfig` copied whole into a .remarkrc (or a shared --config file).
    [
      'a remarkConfig wrapper',
      {remarkConfig: {plugins: [['remark-lint-strategy', {rules: {'strategy-placeholder': 'off'}}]]}},
      /^strategy-lint: \.remarkrc has a `remarkConfig` wrapper, which remark reads only in a package\.json: write what it holds at the top level/m
    ],
    [
      "the plugin's name as a key",
      {'remark-lint-strategy': {rules: {'strategy-placeholder': 'off'}}},
      /^strategy-lint: \.remarkrc has `remark-lint-strategy` as a top-level key, which remark does not read: list it under `plugins`/m
    ],
    ["ESLint's extends", {extends: './base.json', plugins: ['remark-lint-strategy']}, /^strategy-lint: \.remarkrc has `extends`, which remark does not read: list the shared configuration as a preset under `plugins`/m],
    // A team moving from markdownlint pasted its MD043 block, or the plugin's own options, at the top level.
    [
      "markdownlint's MD043 block",
      {plugins: ['remark-lint-strategy'], MD043: {headings: ['# T', '## Summary']}},
      /^strategy-lint: \.remarkrc has `MD043` as a top-level key, which remark does not read: an MD043 `headings` list goes in a type of the plugin's options, .*"headings": \[\.\.\.\]\}\}\}\]\]\} \(docs\/custom-types\.md, "Migrating from markdownlint MD043"\)$/m
    ],
    ["the plugin's globs at the top level", {plugins: ['remark-lint-strategy'], globs: {'docs/*.md': 'strategy'}}, /^strategy-lint: \.remarkrc has `globs` as a top-level key, which remark does not read: it is an option of the plugin, \{"plugins": \[\["remark-lint-strategy", \{"globs": \.\.\.\}\]\]\}$/m]
  ])('a .remarkrc with %s exits 2 with one line', async (_name, config, pattern) => {
    const dir = configured({'.remarkrc': JSON.stringify(config), 'good.md': GOOD_STRATEGY, 'warn.md': WARNINGS_ONLY})
    const result = await strategyLint([], dir)
    expectOneLineError(result, pattern)
  })

  it.each([
    // The module object, not its `default`: unified-engine read it as a preset of no plugins, and the options were dropped.
    ['.remarkrc.cjs', 'module.exports = {plugins: [[require("remark-lint-strategy"), {rules: {"strategy-placeholder": "off"}}]]}\n', /lists the package's module object .*; write `require\('remark-lint-strategy'\)\.default`.* \(in \.remarkrc\.cjs\)$/],
    ['.remarkrc.mjs', 'import * as strategy from "remark-lint-strategy"\nexport default {plugins: [strategy]}\n', /lists the package's module object .* \(in \.remarkrc\.mjs\)$/],
    // The plugin imported by a JS configuration: its options' errors name the file, as a JSON configuration's do.
    ['.remarkrc.mjs', 'import strategy from "remark-lint-strategy"\nexport default {plugins: [[strategy, {rules: {"strategy-placehodler": "off"}}]]}\n', /unknown rule `strategy-placehodler`, did you mean `strategy-placeholder`\? \(in \.remarkrc\.mjs\)$/],
    ['.remarkrc.json', JSON.stringify({plugins: [['remark-lint-strategy', 'strategy']]}), /got "strategy", expected an options object; write them as an object: \{"type": "strategy"\}.* \(in \.remarkrc\.json\)$/]
  ])('a %s that drops or misplaces the options exits 2 with one line naming it', async (name, content, pattern) => {
    const dir = configured({[name]: content, 'good.md': GOOD_STRATEGY})
    expectOneLineError(await strategyLint([], dir), pattern)
  })

  it.each([
    ['.remarkrc', '{bad json', /Cannot parse file `\.remarkrc`/],
    // Saved with a byte order mark, as Notepad and PowerShell 5 write UTF-8: said as such, not as JSON to be written.
    ['.remarkrc', '\uFEFF{"plugins": ["remark-lint-strategy"]}', /^strategy-lint: Cannot parse file `\.remarkrc`: it starts with a byte order mark \(U\+FEFF\), which JSON does not allow; save it as UTF-8 without a byte order mark$/],
    ['.remarkrc.json', '\uFEFF{"plugins": ["remark-lint-strategy"]}', /^strategy-lint: Cannot parse file `\.remarkrc\.json`: it starts with a byte order mark/],
    ['.remarkrc', 'plugins:\n  - remark-lint-strategy\n', /; a `\.remarkrc` is read as JSON: write it in JSON, or for YAML name it `\.remarkrc\.yaml`$/m],
    ['.remarkrc.yml', 'plugins: [unclosed', /Cannot parse file `\.remarkrc\.yml`/],
    ['.remarkrc', JSON.stringify({plugins: ['remark-lint-not-installed-xyz']}), /Cannot find module `remark-lint-not-installed-xyz`/],
    // A typo of this package's name is not to be installed: it could be someone else's package.
    ['.remarkrc', JSON.stringify({plugins: ['remark-lint-stratgy']}), /; the remark configuration lists it: did you mean `remark-lint-strategy`\? \(check the spelling before installing anything\)$/m],
    ['.remarkrc', JSON.stringify({plugins: ['remark-lint-strategy/rules/strategy-vague-goa']}), /; `remark-lint-strategy\/rules\/strategy-vague-goa` is no rule of remark-lint-strategy; did you mean `remark-lint-strategy\/rules\/strategy-vague-goal`\?$/m]
  ])('a broken %s (%s) exits 2 with one line', async (name, content, pattern) => {
    const dir = configured({[name]: content, 'good.md': GOOD_STRATEGY, 'warn.md': WARNINGS_ONLY})
    expectOneLineError(await strategyLint([], dir), pattern)
  })

  it('a configuration whose only strategy entry turns its rule off: the files are counted as skipped, and why, not passed over', async () => {
    const dir = configured({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy/rules/strategy-measurable-criteria', 'off']]}), 'good.md': GOOD_STRATEGY})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    // (No `no problems`: nothing was checked.)
    expect(result.stdout).toBe('0 files checked; 1 skipped: no strategy rule ran: the remark configuration turns them all off (--verbose lists them)\n')
    const json = parseJson((await strategyLint(['-f', 'json'], dir)).stdout) as unknown as Array<{skipped?: string}>
    expect(json[0].skipped).toBe('no strategy rule ran: the remark configuration turns them all off')
  })

  it('the plugin with every rule turned off in its options: the files are skipped as no rule ran, not checked and passed', async () => {
    const off = Object.fromEntries(rules.map((rule) => [rule.ruleId, 'off']))
    const dir = configured({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: off}]]}), 'missing.md': MISSING_SECTION})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('0 files checked; 1 skipped: no strategy rule ran: the remark configuration turns them all off (--verbose lists them)\n')
    // One rule left on checks the file.
    const oneOn = configured({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {...off, 'strategy-required-sections': 'error'}}]]}), 'missing.md': MISSING_SECTION})
    expect((await strategyLint([], oneOn)).stdout).toMatch(/^1 file checked$/m)
  })

  it('--config naming a folder exits 2 with one line (not an error on every document)', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'cfg/.remarkrc.json': '{}'})
    expectOneLineError(await strategyLint(['--config', 'cfg', 'good.md'], dir), /^strategy-lint: --config cfg is a folder; name the configuration file in it \(such as cfg\/\.remarkrc\.json\)$/m)
  })

  it('a path that does not exist exits 2 with one line', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    expectOneLineError(await strategyLint(['missing.md'], dir), /No such file or folder: missing\.md/)
  })

  it('an option error in a nested configuration names that file', async () => {
    const dir = configured({
      'docs/archive/.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-noncommital': 'off'}}]]}),
      'docs/archive/good.md': GOOD_STRATEGY,
      'good.md': GOOD_STRATEGY
    })
    expectOneLineError(
      await strategyLint([], dir),
      /^strategy-lint: remark-lint-strategy: option `rules`: unknown rule `strategy-noncommital`, did you mean `strategy-noncommittal`\? \(in docs\/archive\/\.remarkrc\.json\)$/m
    )
  })

  it('the same option errors from package.json#remarkConfig exit 2 with one line', async () => {
    const dir = configured({
      'package.json': JSON.stringify({
        name: 'docs',
        private: true,
        remarkConfig: {plugins: [['remark-lint-strategy', {rules: {'strategy-nope': 'error'}}]]}
      }),
      'good.md': GOOD_STRATEGY
    })
    expectOneLineError(await strategyLint([], dir), /unknown rule `strategy-nope`/)
  })

  it('uses a .remarkrc: turning strategy-section-length off removes its warnings', async () => {
    // Without configuration this document gets a strategy-section-length warning (see 'warnings only exit 0').
    const dir = configured({
      '.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': false}}]]}),
      'strategy.md': WARNINGS_ONLY
    })
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/strategy-section-length/)
    expect(result.stdout).toMatch(/warning\s+Template leftover `TBD`.*strategy-placeholder/)
  })

  it('uses a .remarkrc: strategy-placeholder as an error exits 1', async () => {
    const dir = configured({
      '.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-placeholder': 'error'}}]]}),
      'strategy.md': WARNINGS_ONLY
    })
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    const messages = parseJson(result.stdout)[0].messages
    expect(messages.find((message) => message.ruleId === 'strategy-placeholder')).toMatchObject({fatal: true})
    expect(messages.find((message) => message.ruleId === 'strategy-section-length')).toMatchObject({fatal: false})
  })

  it('uses package.json#remarkConfig the same way', async () => {
    const dir = configured({
      'package.json': JSON.stringify({
        name: 'docs',
        private: true,
        remarkConfig: {
          plugins: [
            ['remark-lint-strategy', {rules: {'strategy-placeholder': 'error', 'strategy-section-length': 'off'}}]
          ]
        }
      }),
      'strategy.md': WARNINGS_ONLY
    })
    const result = await strategyLint([], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error\s+Template leftover `TBD`.*strategy-placeholder/)
    expect(result.stdout).not.toMatch(/strategy-section-length/)
  })

  it('a .remarkrc listing the plugin with no options behaves like the built-in setup', async () => {
    const dir = configured({
      '.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}),
      'good.md': GOOD_STRATEGY,
      'missing.md': MISSING_SECTION
    })
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.find((file) => file.path === 'good.md')!.messages).toEqual([])
    expect(files.find((file) => file.path === 'missing.md')!.messages.map((message) => message.ruleId)).toEqual([
      'strategy-required-sections'
    ])
  })

  it('a .remarkrc can use one rule alone, as `remark-lint-strategy/rules/<id>` with remark-lint', async () => {
    const dir = configured({
      '.remarkrc': JSON.stringify({
        plugins: ['remark-lint', ['remark-lint-strategy/rules/strategy-placeholder', ['error', {allow: ['XXX']}]]]
      }),
      'strategy.md': WARNINGS_ONLY.replace('TBD', 'TBD XXX'),
      'missing.md': MISSING_SECTION
    })
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-lint'), path.join(dir, 'node_modules', 'remark-lint'), 'dir')
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.find((file) => file.path === 'missing.md')!.messages).toEqual([])
    const messages = files.find((file) => file.path === 'strategy.md')!.messages
    expect(messages).toEqual([expect.objectContaining({ruleId: 'strategy-placeholder', fatal: true})])
    expect(messages[0].reason).toMatch(/`TBD`/)
  })

  it('--type applies to a plugin loaded from a .remarkrc', async () => {
    const dir = configured({'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}), 'notes.md': UNTYPED_NOTES})
    const result = await strategyLint(['--type', 'vision'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Missing section `Target State`/)
  })
})

describe.concurrent('strategy-lint: the bin in a process of its own', () => {
  // The bin runs with its default time budget (files linted in a worker thread that can be stopped);
  // in-process runs above have none. Output and exit code must not differ.
  it.each([
    ['clean', {'strategy.md': GOOD_STRATEGY}, [] as string[], 0],
    ['errors', {'strategy.md': MISSING_SECTION, 'notes.md': UNTYPED_NOTES}, ['--verbose'], 1],
    ['warnings, json', {'strategy.md': WARNINGS_ONLY}, ['--format', 'json'], 0],
    ['a usage error', {}, ['--format', 'xml'], 2],
    ['--version', {}, ['--version'], 0]
  ] as const)('%s: the same output and exit code as in this process', async (_name, files, args, code) => {
    const dir = makeProject(files)
    const [bin, inProcess] = await Promise.all([strategyLintProcess([...args], dir), strategyLint([...args], dir)])
    expect(bin.code).toBe(code)
    expect(bin).toEqual(inProcess)
  })
})

describe.concurrent('strategy-lint --config and --no-config', () => {
  const LENGTH_OFF = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': false}}]]})
  const SECTIONS_OFF = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': false}}]]})
  const DOCUMENT = strategyDoc({context: 'We are growing fast and our services are slow.', diagnosis: null})

  function rulesOf(result: {stdout: string}): string[] {
    return [...new Set(parseJson(result.stdout).flatMap((file) => file.messages.map((message) => message.ruleId ?? '')))].sort()
  }

  it('--config: that configuration for every file, the folders\' own are not read; the same in worker processes', async () => {
    const dir = makeProject({'docs/.remarkrc.json': LENGTH_OFF, 'docs/strategy.md': DOCUMENT, 'ci/strict.json': SECTIONS_OFF})
    linkPackage(dir)
    expect(rulesOf(await strategyLint(['docs', '--format', 'json'], dir))).toEqual(['strategy-required-sections'])
    const given = await strategyLint(['docs', '--format', 'json', '--config', 'ci/strict.json'], dir)
    expect(rulesOf(given)).toEqual(['strategy-section-length'])
    expect(await strategyLintProcess(['docs', '--format', 'json', '-c', 'ci/strict.json'], dir)).toEqual(given)
    // A package.json's remarkConfig, and YAML.
    writeFiles(dir, {'ci/package.json': JSON.stringify({name: 'ci', remarkConfig: JSON.parse(SECTIONS_OFF)}), 'ci/strict.yml': 'plugins:\n  - - remark-lint-strategy\n    - rules:\n        strategy-required-sections: false\n'})
    for (const file of ['ci/package.json', 'ci/strict.yml']) expect(rulesOf(await strategyLint(['docs', '--format', 'json', '--config', file], dir))).toEqual(['strategy-section-length'])
  })

  it('--no-config: the built-in setup, even beside a configuration that is broken', async () => {
    const dir = makeProject({'docs/.remarkrc.json': '{"plugins": [', 'docs/strategy.md': DOCUMENT})
    expectOneLineError(await strategyLint(['docs'], dir), /Cannot parse file `docs\/\.remarkrc\.json`/)
    expect(rulesOf(await strategyLint(['docs', '--format', 'json', '--no-config'], dir))).toEqual(['strategy-required-sections', 'strategy-section-length'])
  })

  it('--cache: a change to the --config file is not answered from the cache', async () => {
    const dir = makeProject({'docs/strategy.md': DOCUMENT, 'strict.json': SECTIONS_OFF})
    linkPackage(dir)
    expect(rulesOf(await strategyLint(['docs', '--format', 'json', '--cache', '-c', 'strict.json'], dir))).toEqual(['strategy-section-length'])
    writeFiles(dir, {'strict.json': LENGTH_OFF})
    expect(rulesOf(await strategyLint(['docs', '--format', 'json', '--cache', '-c', 'strict.json'], dir))).toEqual(['strategy-required-sections'])
  })

  it.each([
    [['--config', 'missing.json'], /^strategy-lint: cannot read --config missing\.json: ENOENT/],
    [['--config', 'list.json'], /^strategy-lint: --config list\.json is an array, not a configuration: it must be an object/],
    [['--config', 'package.json'], /^strategy-lint: --config package\.json has no `remarkConfig`/],
    [['--config', 'broken.json'], /^strategy-lint: Cannot parse given file `broken\.json`/],
    [['--config', 'list.json', '--no-config'], /--config names the configuration to use and --no-config uses none: give one of them/],
    [['--config', ''], /--config needs a file name/]
  ])('%j: one-line error, exit 2', async (args, pattern) => {
    const dir = makeProject({'strategy.md': GOOD_STRATEGY, 'list.json': '[]', 'package.json': '{"name": "x"}', 'broken.json': '{'})
    expectOneLineError(await strategyLint(args, dir), pattern)
  })
})

describe.concurrent('strategy-lint --stdin: text piped in, for editors and tools that lint a buffer', () => {
  it('is linted as the file would be: the same JSON report when --stdin-filename names it', async () => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    const [onDisk, piped] = await Promise.all([
      strategyLintProcess(['docs/strategy.md', '--format', 'json'], dir),
      strategyLintProcess(['--stdin', '--stdin-filename', 'docs/strategy.md', '--format', 'json'], dir, MISSING_SECTION)
    ])
    expect(piped.code, piped.stderr).toBe(1)
    expect(parseJson(piped.stdout).map((file) => file.path)).toEqual(['docs/strategy.md'])
    expect(piped).toEqual(onDisk)
  })

  it('--stdin-filename places the text: its folder gives the type and its configuration applies', async () => {
    const record = '# 1. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a relational store.\n\n## Decision\n\nWe will use Postgres.\n\n## Consequences\n\nOperators must learn it.\n'
    const dir = makeProject({'docs/adr/.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': false}}]]})})
    linkPackage(dir)
    const asRecord = await strategyLintProcess(['--stdin', '--stdin-filename', 'docs/adr/0001-use-postgres.md', '--verbose'], dir, record.replace('## Decision', '## Choice'))
    expect(asRecord.stdout).toMatch(/^1 file checked, no problems\n$/m)
    const elsewhere = await strategyLintProcess(['--stdin', '--stdin-filename', 'notes/0001-use-postgres.md', '--type', 'adr'], dir, record.replace('## Decision', '## Choice'))
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.stdout).toMatch(/^notes\/0001-use-postgres\.md$/m)
    expect(elsewhere.stdout).toMatch(/Missing section `Decision`/)
  })

  it('without --stdin-filename the report names <stdin>, and untyped text gets the warning a named file gets', async () => {
    const dir = makeProject()
    const typed = await strategyLintProcess(['--stdin'], dir, MISSING_SECTION)
    expect(typed.code).toBe(1)
    expect(typed.stdout).toMatch(/^<stdin>\n/)
    expect(typed.stdout).toMatch(/Missing section `Diagnosis`/)
    const untyped = await strategyLintProcess(['--stdin'], dir, UNTYPED_NOTES)
    expect(untyped.code).toBe(0)
    expect(untyped.stdout).toMatch(/No document type detected/)
    expect(untyped.stdout).toMatch(/0 files checked; 1 skipped: no document type/)
  })

  it('reads UTF-16 with a byte order mark as a file on disk is read; --fix-dry-run shows the diff', async () => {
    const dir = makeProject()
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MISSING_SECTION, 'utf16le')])
    const decoded = await strategyLintProcess(['--stdin', '--format', 'json'], dir, utf16)
    expect(parseJson(decoded.stdout)[0].messages.map((message) => message.ruleId)).toEqual(['strategy-required-sections'])
    const diff = await strategyLintProcess(['--stdin', '--stdin-filename', 'plan.md', '--fix-dry-run'], dir, MISSING_SECTION)
    expect(diff.stdout).toMatch(/^--- a\/plan\.md\n\+\+\+ b\/plan\.md\n/)
    expect(diff.stdout).toMatch(/^\+## Diagnosis$/m)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('a --stdin-filename an ignore file matches is not linted, and the summary says so', async () => {
    const dir = makeProject({'.remarkignore': 'drafts/\n'})
    const result = await strategyLintProcess(['--stdin', '--stdin-filename', 'drafts/plan.md'], dir, MISSING_SECTION)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^0 files checked, no problems; 1 named file not linted: matched by an ignore file/)
  })

  it.each([
    [['--stdin', 'docs/a.md'], /takes no paths \(got docs\/a\.md\); name that text with --stdin-filename/],
    [['--stdin-filename', 'a.md'], /--stdin-filename names the text read with --stdin: add --stdin/],
    [['--stdin', '--fix'], /use --fix-dry-run to see the fixes as a diff/],
    [['--stdin', '--cache'], /--cache keeps the results of files on disk; it does not apply to --stdin/],
    [['--stdin', '--suppress-all'], /--suppress-all records the findings of the files on disk; run it without --stdin/],
    [['--stdin', '-f', 'sarif'], /--format sarif annotates files of the repository, and text on standard input has no name: add --stdin-filename/],
    [['--stdin', '--format', 'github'], /--format github annotates files of the repository/],
    [['--stdin', '-f', 'gitlab'], /--format gitlab annotates files of the repository/],
    [['--stdin', '--stdin-filename', ' '], /--stdin-filename needs a file name/]
  ])('%j: one-line usage error', async (args, pattern) => {
    expectOneLineError(await strategyLint(args, makeProject()), pattern)
  })
})
