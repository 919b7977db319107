/**
 * `strategy-lint --concurrency N`: with worker threads the CLI must print
 * exactly what a serial run prints (every format, the same order, the same
 * exit code and stderr). Each test lints a folder of real documents (copies of
 * fixtures/, in nested folders with their own configuration and ignore files)
 * with `--concurrency 1` and 2 or 4 through the CLI's `main` (the bin's, run in
 * this process; worker threads are real), and compares.
 *
 * The fixtures are small, too little text to pay for starting worker threads,
 * so these runs set STRATEGY_LINT_WORKER_SIZE=1 (one character of Markdown is
 * work enough for a worker): every run of more than 8 files uses workers.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint as runInProcess, type RunResult} from '../fixtures/cli/project.js'
import {workerCount} from '../src/engine/pool.js'
// From dist: the pool starts the compiled worker script next to it.
import {LintPool} from '../dist/src/engine/pool.js'

afterAll(removeProjects)

/**
 * Run strategy-lint in `cwd` (in this process, as tests/cli.test.ts does) with
 * its default time budget, and `env` added to its environment.
 */
function strategyLint(args: string[], cwd: string, env: Record<string, string> = {STRATEGY_LINT_WORKER_SIZE: '1'}): Promise<RunResult> {
  return runInProcess(args, cwd, {STRATEGY_LINT_TIME_BUDGET: '', ...env})
}

function fixtures(folder: string, only?: string[]): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(path.join(PACKAGE_ROOT, 'fixtures', folder)).sort()) {
    if (!name.endsWith('.md') || (only && !only.includes(name))) continue
    files[name] = fs.readFileSync(path.join(PACKAGE_ROOT, 'fixtures', folder, name), 'utf8')
  }
  return files
}

function under(folder: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]))
}

const plugin = (rules: Record<string, unknown>) => JSON.stringify({plugins: [['remark-lint-strategy', {rules}]]})

/**
 * About 30 documents: the bundled examples at the top; per-type fixtures in
 * docs/types with a `.remarkignore`d file; content fixtures in docs/content
 * under their own `.remarkrc` (strategy-non-goals is an error there); detection
 * fixtures in notes/ configured by `package.json#remarkConfig`; bad input
 * (CRLF, bytes that are not UTF-8, an empty file); and a `.gitignore`d
 * folder.
 */
function corpus(): Record<string, string> {
  return {
    ...fixtures('examples'),
    ...under('docs/types', fixtures('types')),
    ...under('docs/content', fixtures('content', ['risks-list.md', 'non-goals-none.md', 'principles-none.md', 'decisions-unlabelled.md'])),
    'docs/content/.remarkrc': plugin({'strategy-non-goals': 'error', 'strategy-section-length': false}),
    ...under('notes', fixtures('detection', ['front-matter-type.md', 'title-technical-vision.md', 'unknown-type.md', 'readme.md'])),
    'notes/package.json': JSON.stringify({name: 'notes', private: true, remarkConfig: JSON.parse(plugin({'strategy-vague-goal': false}))}),
    ...under('input', fixtures('bad-input', ['crlf.md', 'non-utf8.md', 'empty.md'])),
    'warn/a.md': WARNINGS_ONLY,
    'generated/strategy.md': MISSING_SECTION,
    '.gitignore': 'generated/\n',
    '.remarkignore': 'docs/types/strategy-bad.md\n'
  }
}

/** For a plugin in a test's `.remarkrc.mjs`: whether it runs in a worker process (which runs the worker script). */
const IN_WORKER_PROCESS = "/[\\\\/]worker\\.js$/.test(process.argv[1] ?? '')"

/** More --concurrency than cores is capped, with one line saying so; nothing else differs. */
const CAPPED = /^strategy-lint: --concurrency \d+ is more than the \d+ CPU cores; using \d+\n/

function expectSame(results: RunResult[]): void {
  const [serial, ...parallel] = results
  for (const result of parallel) {
    expect(result.code).toBe(serial.code)
    expect(result.stderr.replace(CAPPED, '')).toBe(serial.stderr)
    expect(result.stdout).toBe(serial.stdout)
  }
}

/** A usage or configuration error: exit 2, one `strategy-lint:` line on stderr, nothing on stdout. */
function expectOneLine(result: RunResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^strategy-lint: /)
  expect(lines[0]).toMatch(pattern)
}

/** `count` small documents, enough for worker threads with STRATEGY_LINT_WORKER_SIZE=1. */
function notes(count: number, folder = ''): Record<string, string> {
  return Object.fromEntries(Array.from({length: count}, (_, index) => [`${folder}note-${String(index).padStart(2, '0')}.md`, '# Notes\n']))
}

/**
 * The serial reports the parallel ones are compared with are linted in the
 * main thread (no time budget, so no worker): the comparison is then between
 * no worker thread and two. A serial run with its budget's one worker is
 * compared in the --quiet test below.
 */
const MAIN_THREAD = {STRATEGY_LINT_WORKER_SIZE: '1', STRATEGY_LINT_TIME_BUDGET: '0'}

let dir: string
/** The serial stylish report of `dir`. */
let stylish: Promise<RunResult>

beforeAll(() => {
  dir = makeProject(corpus())
  linkPackage(dir)
  stylish = strategyLint(['--concurrency', '1'], dir, MAIN_THREAD)
})

describe.concurrent('strategy-lint --concurrency: the same report as a serial run', () => {
  // Each format with --concurrency 1 on stdout, and with 2 (json also 4) in --output-file, when stdout has the
  // stylish report. (Four worker threads cost some 1.5 s of CPU to start; json has every field the formats read.)
  it.each(['json', 'sarif', 'github', 'junit', 'gitlab'])('--format %s and stylish: identical with --concurrency 1, 2 (and 4)', async (format) => {
    const counts = format === 'json' ? ['2', '4'] : ['2']
    const [one, ...parallel] = await Promise.all([
      strategyLint(['--concurrency', '1', '--format', format], dir, MAIN_THREAD),
      ...counts.map((n) => strategyLint(['--concurrency', n, '--format', format, '--output-file', `out/${format}-${n}`], dir))
    ])
    expect(one.code).toBe(1)
    expect(one.stderr).toBe('')
    expect(one.stdout.length).toBeGreaterThan(1000)
    for (const n of counts) expect(fs.readFileSync(path.join(dir, `out/${format}-${n}`), 'utf8')).toBe(one.stdout)
    expectSame([await stylish, ...parallel])
    const two = parallel[0]
    expect(two.stdout).toMatch(/^docs\/content\/decisions-unlabelled\.md$/m)
    if (format !== 'json') return
    const files = JSON.parse(one.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean | null}>}>
    const paths = files.map((file) => file.path)
    expect(paths.length).toBeGreaterThanOrEqual(25)
    // The ignored files are not linted, the nested folders are, with their own configuration.
    expect(paths).not.toContain('docs/types/strategy-bad.md')
    expect(paths).not.toContain('generated/strategy.md')
    expect(paths).toContain('input/non-utf8.md')
    const content = files.filter((file) => file.path.startsWith('docs/content/')).flatMap((file) => file.messages)
    expect(content.some((message) => message.ruleId === 'strategy-non-goals' && message.fatal === true)).toBe(true)
    expect(content.some((message) => message.ruleId === 'strategy-section-length')).toBe(false)
    const notes = files.filter((file) => file.path.startsWith('notes/')).flatMap((file) => file.messages)
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.some((message) => message.ruleId === 'strategy-vague-goal')).toBe(false)
  })

  it('--quiet, --type, and paths and globs given explicitly (an ignored one skipped): the same', async () => {
    const args = ['--quiet', '--type', 'vision', 'docs', 'notes/*.md', 'docs/types/strategy-bad.md']
    const results = await Promise.all(['1', '2'].map((n) => strategyLint(['--concurrency', n, ...args], dir)))
    expectSame(results)
    expect(results[0].code).toBe(1)
    expect(results[0].stdout).toMatch(/strategy-required-sections/)
    expect(results[0].stdout).not.toMatch(/^\s*\d+:\d+\S*\s+warning/m)
    expect(results[0].stdout).not.toMatch(/strategy-bad\.md/)
  })

  it('--max-warnings: the same exit code and message, over and under the limit', async () => {
    const warn = makeProject(Object.fromEntries(Array.from({length: 10}, (_, index) => [`warn-${index}.md`, WARNINGS_ONLY])))
    const clean = makeProject(Object.fromEntries(Array.from({length: 10}, (_, index) => [`good-${index}.md`, GOOD_STRATEGY])))
    const [over1, over2, under] = await Promise.all([
      strategyLint(['--concurrency', '1', '--max-warnings', '3'], warn),
      strategyLint(['--concurrency', '2', '--max-warnings', '3'], warn),
      strategyLint(['--concurrency', '2', '--max-warnings', '0'], clean)
    ])
    expectSame([over1, over2])
    expect(over1.code).toBe(1)
    expect(over1.stderr).toMatch(/^strategy-lint: \d+ warnings, more than --max-warnings 3\n$/)
    expect(under).toEqual({code: 0, stdout: '10 files checked, no problems\n', stderr: ''})
  })

  it('the files are linted in worker processes when there is work enough for them, and reported in order', async () => {
    // A local plugin that says which process linted each file: a worker runs the worker script, with its own
    // garbage-collection flag.
    const names = Array.from({length: 24}, (_, index) => `doc-${String(index).padStart(2, '0')}.md`)
    const project = makeProject({
      ...Object.fromEntries(names.map((name) => [name, '# Notes\n'])),
      '.remarkrc.mjs': [
        `const worker = ${IN_WORKER_PROCESS} && process.execArgv.includes('--single-threaded-gc')`,
        'export default {plugins: [() => (_tree, file) => { file.message(worker ? `worker ${process.pid}` : "main") }]}',
        ''
      ].join('\n')
    })
    const threads = async (n: string, env?: Record<string, string>) => {
      const result = await strategyLint(['--concurrency', n, '--format', 'json'], project, env)
      const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
      expect(files.map((file) => file.path)).toEqual(names)
      return new Set(files.map((file) => file.messages[0].reason))
    }
    const [two, small, unbudgeted] = await Promise.all([threads('2'), threads('4', {}), threads('4', {STRATEGY_LINT_TIME_BUDGET: '0'})])
    expect([...two].every((reason) => reason.startsWith('worker '))).toBe(true)
    expect(two.size).toBe(2)
    // 24 files of 8 bytes are not worth more than one worker at the default size; one is
    // always used while there is a time budget (only a worker can be stopped), none without.
    expect(small.size).toBe(1)
    expect([...small][0]).toMatch(/^worker /)
    expect([...unbudgeted]).toEqual(['main'])
  })

  it('workerCount: more than 8 files and work for two workers at least, at most --concurrency', () => {
    const size = 256 * 1024
    expect(workerCount(100, 100 * size, 1, size)).toBe(0)
    expect(workerCount(8, 100 * size, 4, size)).toBe(0)
    expect(workerCount(9, 100 * size, 4, size)).toBe(4)
    expect(workerCount(9, 1.5 * size, 4, size)).toBe(0)
    expect(workerCount(9, 2 * size, 4, size)).toBe(2)
    expect(workerCount(9, 3.9 * size, 4, size)).toBe(3)
    expect(workerCount(1000, 100 * size, 2, size)).toBe(2)
    expect(workerCount(10, 100 * size, 64, size)).toBe(10)
  })

  it('the pool sends a full batch to a worker while files are still being added, the rest at finish, results in order', async () => {
    const pool = new LintPool({cwd: dir, type: undefined, ignorePath: undefined, ignorePatterns: []})
    try {
      pool.grow(1)
      const names = Array.from({length: 40}, (_, index) => `note-${String(index).padStart(2, '0')}.md`)
      // 40 files of a few characters: the first 32 (a full batch) go out at once, 8 wait for more or for finish.
      for (const name of names.slice(0, 31)) pool.add({path: path.join(dir, name), value: `# ${name}\n`})
      expect(pool.unsent()).toHaveLength(31)
      pool.add({path: path.join(dir, names[31]), value: `# ${names[31]}\n`})
      expect(pool.unsent()).toHaveLength(0)
      for (const name of names.slice(32)) pool.add({path: path.join(dir, name), value: `# ${name}\n`})
      expect(pool.unsent()).toHaveLength(8)
      const big = 'We will ship it.\n'.repeat(9000)
      pool.add({path: path.join(dir, 'big.md'), value: `---\ntype: strategy\n---\n\n# Big\n\n${big}`})
      // Over 128 KB waiting: sent before finish too, to the next worker free (the first still has its batch).
      expect(pool.unsent()).toHaveLength(9)
      pool.grow(2)
      expect(pool.unsent()).toHaveLength(0)
      const results = await pool.finish()
      expect(results).toHaveLength(41)
      expect(results.slice(0, 40).every((result) => result.ran && result.type === null)).toBe(true)
      expect(results[40].type).toBe('strategy')
    } finally {
      await pool.close()
    }
  })

  it('--cache: a parallel run stores what a serial run stores, and replays it', {timeout: 120_000}, async () => {
    const project = makeProject({
      ...under('docs', fixtures('types')),
      ...under('docs/content', fixtures('content', ['risks-list.md', 'non-goals-none.md', 'metrics-neither.md'])),
      'docs/content/.remarkrc': plugin({'strategy-placeholder': 'error'})
    })
    linkPackage(project)
    const read = (file: string) =>
      (JSON.parse(fs.readFileSync(path.join(project, file), 'utf8')) as {entries: Record<string, {messages: Array<{reason: string}>}>}).entries
    const lint = (n: string, cacheFile: string) => strategyLint(['--concurrency', n, '--cache', '--cache-location', cacheFile, '--format', 'json'], project)
    const serial = await lint('1', 'serial.json')
    const cold = await lint('2', 'parallel.json')
    expectSame([serial, cold])
    expect(Object.keys(read('parallel.json')).length).toBe(18)
    expect(read('parallel.json')).toEqual(read('serial.json'))
    // Warm: every file replayed (the edited stored reasons show), the same report otherwise.
    const entries = read('parallel.json')
    for (const entry of Object.values(entries)) for (const message of entry.messages) message.reason = `[cached] ${message.reason}`
    const {format} = JSON.parse(fs.readFileSync(path.join(project, 'parallel.json'), 'utf8')) as {format: number}
    fs.writeFileSync(path.join(project, 'parallel.json'), JSON.stringify({format, entries}))
    const warm = await lint('2', 'parallel.json')
    expect(warm.code).toBe(serial.code)
    type Report = Array<{path: string; messages: Array<{reason: string}>}>
    const expected = (JSON.parse(serial.stdout) as Report).map((file) => ({
      ...file,
      messages: file.messages.map((message) => ({...message, reason: `[cached] ${message.reason}`}))
    }))
    expect(JSON.parse(warm.stdout)).toEqual(expected)
  })
})

describe.concurrent('strategy-lint --concurrency: setup problems exit 2 with the same one line', () => {
  /** Nine small documents (enough for worker threads) plus `extra`. */
  function project(extra: Record<string, string>): string {
    const made = makeProject({...notes(9, 'a/'), ...extra})
    linkPackage(made)
    return made
  }

  // It arises in a serial run too, in the main thread's engine run.
  it.each([
    ['a broken .remarkrc in a nested folder', {'b/.remarkrc': '{bad json', 'b/doc.md': GOOD_STRATEGY}, /Cannot parse file `.*\.remarkrc`/]
  ])('%s: the same as a serial run', async (_name, extra, pattern) => {
    const made = project(extra)
    const results = await Promise.all(['1', '2'].map((n) => strategyLint(['--concurrency', n], made)))
    expectSame(results)
    expectOneLine(results[0], pattern)
  })

  it('a worker process that ends while linting a file (a crash, or out of memory) gives that file one error saying how; a new worker lints the rest', async () => {
    // The plugin ends its process on one document, only in a worker (in the main thread it would end the test).
    const made = project({
      'b/.remarkrc.mjs': [
        `const worker = ${IN_WORKER_PROCESS}`,
        "export default {plugins: [() => (_tree, file) => { if (worker && String(file.value).includes('EXIT HERE')) process.exit(7) }]}",
        ''
      ].join('\n'),
      'b/doc.md': `${GOOD_STRATEGY}\nEXIT HERE\n`
    })
    const result = await strategyLint(['--concurrency', '2', '--format', 'json'], made)
    expect(result.code, result.stderr).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId: string}>}>
    expect(files.find((file) => file.path === 'b/doc.md')?.messages).toEqual([
      expect.objectContaining({ruleId: 'lint-failed', reason: expect.stringMatching(/^Not linted: the worker process linting it stopped \(exit code 7; out of memory, or a crash\)\. Lint it on its own/)})
    ])
    const serial = JSON.parse((await strategyLint(['--concurrency', '1', '--format', 'json'], made, MAIN_THREAD)).stdout) as typeof files
    expect(files.filter((file) => file.path !== 'b/doc.md')).toEqual(serial.filter((file) => file.path !== 'b/doc.md'))
  })

  it('is not one: a plugin that throws while linting a file (in a worker) gives that file one error; the run goes on, the same as in one thread', async () => {
    const made = project({'b/.remarkrc.mjs': "export default {plugins: [() => () => { throw new Error('lint step exploded') }]}\n", 'b/doc.md': GOOD_STRATEGY})
    const results = await Promise.all(['1', '2'].map((n) => strategyLint(['--concurrency', n, '--format', 'json'], made)))
    expectSame(results)
    expect(results[0].code).toBe(1)
    const files = JSON.parse(results[0].stdout) as Array<{path: string; messages: Array<{reason: string; ruleId: string}>}>
    expect(files.find((file) => file.path === 'b/doc.md')?.messages).toEqual([
      expect.objectContaining({ruleId: 'lint-failed', reason: expect.stringMatching(/^Not linted: checking this file failed \(lint step exploded\)/)})
    ])
    expect(files.length).toBeGreaterThanOrEqual(10)
  })

  // These arise in the main thread's engine run, as in a serial run (tests/bad-config.test.ts and
  // tests/cli.test.ts check those), while worker threads are starting for the other files.
  it('invalid rule options in a nested .remarkrc', async () => {
    const made = project({'b/.remarkrc': plugin({'strategy-placeholder': 'fatal'}), 'b/doc.md': GOOD_STRATEGY})
    expectOneLine(await strategyLint(['--concurrency', '2'], made), /^strategy-lint: remark-lint-strategy: rule `strategy-placeholder`: got "fatal", expected a severity/)
  })

  it('is not one: a file that cannot be read (a dangling symbolic link) gets its own error, the same as in one thread', async () => {
    const made = project({})
    fs.symlinkSync(path.join(made, 'nowhere.md'), path.join(made, 'a', 'zz-dangling.md'))
    const [serial, parallel] = await Promise.all(['1', '2'].map((n) => strategyLint(['--concurrency', n, '--format', 'json'], made)))
    expect(parallel.stderr).toBe('')
    expect(parallel.code).toBe(1)
    expect(parallel.stdout).toBe(serial.stdout)
    const files = JSON.parse(parallel.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    const dangling = files.find((file) => file.path.split(path.sep).join('/') === 'a/zz-dangling.md')
    expect(dangling?.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Cannot read this file: it is a symbolic link to `[^`]*nowhere\.md`, which does not exist/)])
    // The other files are linted and reported too (the JSON report lists every file).
    expect(files.length).toBeGreaterThanOrEqual(10)
  })
})

describe.concurrent('strategy-lint --concurrency: usage', () => {
  it('the command in docs/ci.md: a SARIF report and a cache', async () => {
    const doc = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'ci.md'), 'utf8')
    const command = doc.split('\n').find((line) => line.startsWith('npx strategy-lint --concurrency'))
    expect(command).toBeDefined()
    const args = command!.replace(/^npx strategy-lint /, '').split(/\s+/)
    const project = makeProject(under('docs', fixtures('types')))
    // The default worker size: these few small files are linted in the main thread, as a user's would be.
    const result = await strategyLint(args, project, {})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/strategy-required-sections/)
    const sarif = JSON.parse(fs.readFileSync(path.join(project, args[args.indexOf('--output-file') + 1]), 'utf8')) as {runs: Array<{results: unknown[]}>}
    expect(sarif.runs[0].results.length).toBeGreaterThan(10)
    expect(fs.existsSync(path.join(project, '.strategylintcache'))).toBe(true)
  })

  it.each(['0', '1.5'])('--concurrency `%s` exits 2 with one line', async (value) => {
    const result = await strategyLint([`--concurrency=${value}`, '.'], dir)
    expectOneLine(result, /--concurrency needs a whole number >= 1/)
  })

  it('--help documents --concurrency', async () => {
    const result = await strategyLint(['--help'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--concurrency <n>/)
  })
})

describe('a worker process whose CLI is killed', () => {
  it('ends soon after, though it is busy (only the CLI enforces the time budget, and a busy worker reads no `disconnect`)', async () => {
    // A plugin that never returns: without a watch of its own, the orphaned worker would spin for ever.
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy', './spin.mjs']}),
      'spin.mjs': 'export default function spin() {\n  return () => {\n    for (;;) {}\n  }\n}\n',
      'strategy.md': GOOD_STRATEGY
    })
    linkPackage(dir)
    const {spawn, execFileSync} = await import('node:child_process')
    // With a time budget every file is linted in a worker process.
    const cli = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'strategy-lint.js'), '--time-budget', '600', 'strategy.md'], {cwd: dir, stdio: 'ignore'})
    const childrenOf = (pid: number): number[] => {
      try {
        return execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'}).split('\n').filter(Boolean).map(Number)
      } catch {
        return []
      }
    }
    let workers: number[] = []
    for (let tries = 0; tries < 300 && workers.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      workers = childrenOf(cli.pid!)
    }
    expect(workers.length).toBeGreaterThan(0)
    // Let it reach the plugin, then kill the CLI outright: it cannot tell its workers.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    cli.kill('SIGKILL')
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    for (let tries = 0; tries < 300 && workers.some(alive); tries++) await new Promise((resolve) => setTimeout(resolve, 100))
    const left = workers.filter(alive)
    for (const pid of left) process.kill(pid, 'SIGKILL')
    expect(left).toEqual([])
  }, 60_000)
})
