/**
 * `strategy-lint` on folders and inputs that once broke a run (issue 16):
 * symbolic-link loops, links to devices, FIFOs, output paths that are linted
 * files, one bad document among good ones, slow documents, odd encodings and
 * configuration. Real files on disk and the real bin in a child process; the
 * large inputs are generated here.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION} from '../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects, STRATEGY_LINT_BIN, strategyLint, strategyLintProcess} from '../fixtures/cli/project.js'
import {runEngineBatched} from '../src/engine/run.js'

afterAll(() => removeProjects())

interface JsonFile {
  path: string
  messages: Array<{reason: string; ruleId: string | null; fatal: boolean | null; source: string | null}>
}

function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

describe('symbolic links and special files', () => {
  it('link loops (x -> ., y -> ., parent -> ..): each real file is reported once and the run ends', async () => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION, 'docs/good.md': GOOD_STRATEGY})
    fs.symlinkSync('.', path.join(dir, 'docs', 'x'))
    fs.symlinkSync('.', path.join(dir, 'docs', 'y'))
    fs.symlinkSync('..', path.join(dir, 'docs', 'parent'))
    for (const args of [['docs'], ['.'], ['docs/**/*.md']]) {
      const result = await strategyLint([...args, '--format', 'json', '--concurrency', '1'], dir)
      expect(result.code, result.stderr).toBe(1)
      const files = parseJson(result.stdout).map((file) => file.path)
      expect(files.sort()).toEqual(['docs/good.md', 'docs/strategy.md'])
    }
  })

  it('a link to a file of the folder is reported by the real file\'s path, whichever the walk meets first; a link named on the command line keeps its name', async () => {
    const dir = makeProject({'docs/strategy/payments.md': MISSING_SECTION})
    // (`current.md` sorts before `strategy/`: the walk meets the link first.)
    fs.symlinkSync(path.join('strategy', 'payments.md'), path.join(dir, 'docs', 'current.md'))
    const result = await strategyLint(['docs', '--format', 'json', '--concurrency', '1'], dir)
    expect(parseJson(result.stdout).map((file) => file.path)).toEqual(['docs/strategy/payments.md'])
    const named = await strategyLint(['docs/current.md', '--format', 'json'], dir)
    expect(parseJson(named.stdout).map((file) => file.path)).toEqual(['docs/current.md'])
    // (A link to a file outside the working folder keeps the link's name: that file is not the run's.)
    const elsewhere = makeProject({'outside.md': MISSING_SECTION})
    fs.symlinkSync(path.join(elsewhere, 'outside.md'), path.join(dir, 'docs', 'linked.md'))
    const both = await strategyLint(['docs', '--format', 'json', '--concurrency', '1'], dir)
    expect(parseJson(both.stdout).map((file) => file.path).sort()).toEqual(['docs/linked.md', 'docs/strategy/payments.md'])
  })

  it('a link is named by its target whichever input reaches the target, in any order of the arguments', async () => {
    const dir = makeProject({'other/real.md': MISSING_SECTION, 'docs/strategy/payments.md': MISSING_SECTION})
    fs.symlinkSync(path.join('..', 'other', 'real.md'), path.join(dir, 'docs', 'alias.md'))
    fs.symlinkSync(path.join('strategy', 'payments.md'), path.join(dir, 'docs', 'current.md'))
    for (const args of [['docs', 'other'], ['other', 'docs'], ['docs/*.md', 'docs/strategy/*.md', 'other']]) {
      const result = await strategyLint([...args, '--format', 'json', '--concurrency', '1'], dir)
      expect(parseJson(result.stdout).map((file) => file.path).sort(), args.join(' ')).toEqual(['docs/strategy/payments.md', 'other/real.md'])
    }
  })

  it('a link to a file the walk never reaches by its own path keeps the link\'s name, type and ignore rules', async () => {
    const dir = makeProject({'records/0001-use-postgres.md': '# 1. Use Postgres\n\n## Context\n\nWe need a database.\n', 'archive/old.md': MISSING_SECTION, '.remarkignore': 'archive/\n'})
    fs.mkdirSync(path.join(dir, 'docs', 'adr'), {recursive: true})
    fs.symlinkSync(path.join('..', '..', 'records', '0001-use-postgres.md'), path.join(dir, 'docs', 'adr', '0001-use-postgres.md'))
    fs.symlinkSync(path.join('..', 'archive', 'old.md'), path.join(dir, 'docs', 'previous.md'))
    const result = await strategyLint(['docs', '--format', 'json', '--concurrency', '1'], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['docs/adr/0001-use-postgres.md', 'docs/previous.md'])
    // (Typed as a decision record by the folder the link is in.)
    expect(files.find((file) => file.path === 'docs/adr/0001-use-postgres.md')!.messages.some((message) => /Missing section `Decision`/.test(message.reason))).toBe(true)
  })

  it('a link to /dev/zero and a FIFO named .md: skipped with one warning each, the other files are linted', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'))
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')])
    const result = await strategyLint(['.', '--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['pipe.md', 'strategy.md', 'zero.md'])
    const pipe = files.find((file) => file.path === 'pipe.md')!
    expect(pipe.messages).toHaveLength(1)
    expect(pipe.messages[0]).toMatchObject({ruleId: 'not-regular-file', fatal: false, source: 'strategy-lint'})
    expect(pipe.messages[0].reason).toMatch(/^Not linted: this is a FIFO \(named pipe\), not a regular file/)
    const zero = files.find((file) => file.path === 'zero.md')!
    expect(zero.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Not linted: this is a character device, not a regular file/)])
    const strategy = files.find((file) => file.path === 'strategy.md')!
    expect(strategy.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
    expect(pipe.skipped).toBe('not a regular file')
    // Counted for what they are: no configuration exists here to turn rules off.
    const stylish = await strategyLint(['.', '--verbose'], dir)
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('1 file checked; 2 skipped: not a regular file')
    expect(stylish.stderr).toContain('strategy-lint: skipped pipe.md: not a regular file\n')
    expect(stylish.stderr).not.toMatch(/no strategy rule ran|to check a skipped file/)
  })
})

describe('special files named or globbed', () => {
  it('named on the command line, a device or a FIFO is a usage error (exit 2, one line), as a named file that does not exist', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')])
    const zero = await strategyLint(['/dev/zero', 'strategy.md'], dir)
    expect(zero).toMatchObject({code: 2, stdout: '', stderr: 'strategy-lint: cannot lint /dev/zero: it is a character device, not a regular file\n'})
    const pipe = await strategyLint(['pipe.md'], dir)
    expect(pipe).toMatchObject({code: 2, stdout: '', stderr: 'strategy-lint: cannot lint pipe.md: it is a FIFO (named pipe), not a regular file; to lint standard input, pass --stdin\n'})
  })

  it('a glob under `**` that reaches a FIFO, a device or a broken link again through linked folders reports each once, by its own path', async () => {
    const dir = makeProject({'g/a.md': MISSING_SECTION})
    const g = path.join(dir, 'g')
    fs.symlinkSync('.', path.join(g, 'loop'))
    fs.mkdirSync(path.join(g, 'sub'))
    fs.symlinkSync('..', path.join(g, 'sub', 'up'))
    execFileSync('mkfifo', [path.join(g, 'fifo.md')])
    fs.symlinkSync('/dev/zero', path.join(g, 'zero.md'))
    fs.symlinkSync('missing.md', path.join(g, 'broken.md'))
    const result = await strategyLint(['g/**/*.md', '--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    expect(parseJson(result.stdout).map((file) => file.path).sort()).toEqual(['g/a.md', 'g/broken.md', 'g/fifo.md', 'g/zero.md'])
  })
})

describe('files the run reads besides the documents, when they are no files', () => {
  /** Makes `name` in `dir` a FIFO, or a link to /dev/zero. */
  function special(dir: string, name: string, kind: 'fifo' | 'zero'): void {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    if (kind === 'fifo') execFileSync('mkfifo', [path.join(dir, name)])
    else fs.symlinkSync('/dev/zero', path.join(dir, name))
  }

  it.each([
    ['.remarkrc', 'fifo', [], /^strategy-lint: \.remarkrc is a FIFO \(named pipe\), not a file: the linter reads it as a remark configuration, and opening it would wait for a writer for ever; remove it or make it a regular file$/m],
    ['docs/package.json', 'zero', [], /^strategy-lint: docs\/package\.json is a character device, not a file: the linter reads it as the package manifest \(for its `remarkConfig`\), and reading it might never end; /],
    ['docs/.remarkignore', 'fifo', [], /^strategy-lint: docs\/\.remarkignore is a FIFO \(named pipe\), not a file: the linter reads it as an ignore file, /],
    ['.gitignore', 'zero', [], /^strategy-lint: \.gitignore is a character device, not a file: the linter reads it as an ignore file, /],
    ['strategy-lint-suppressions.json', 'zero', [], /^strategy-lint: strategy-lint-suppressions\.json is a character device, not a file: the linter reads it as the suppressions file, /],
    ['.strategylintcache', 'fifo', ['--cache'], /^strategy-lint: \.strategylintcache is a FIFO \(named pipe\), not a file: the linter reads it as the cache, /],
    ['rc.json', 'fifo', ['--config', 'rc.json'], /^strategy-lint: rc\.json is a FIFO \(named pipe\), not a file: the linter reads it as the remark configuration \(--config\), /],
    ['ignore', 'zero', ['--ignore-path', 'ignore'], /^strategy-lint: ignore is a character device, not a file: the linter reads it as an ignore file \(--ignore-path\), /]
  ] as const)('%s as a %s (%j): exit 2 and one line that names it, before anything reads it', async (name, kind, args, pattern) => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    special(dir, name, kind)
    const result = await strategyLint([...args, 'docs'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('not one the run does not read (a .remarkrc beside --no-config), and not /dev/null (--ignore-path /dev/null)', async () => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    special(dir, '.remarkrc', 'fifo')
    const unconfigured = await strategyLint(['--no-config', '--ignore-path', '/dev/null', 'docs'], dir)
    expect(unconfigured.stderr).toBe('')
    expect(unconfigured.code).toBe(1)
    expect(unconfigured.stdout).toMatch(/strategy-required-sections/)
  })
})

describe('file names with glob characters', () => {
  it('are linted as the files they name, found in a folder or named, in one thread and in workers; a glob still matches', async () => {
    const names = ['[draft].md', 'notes (v2).md', 'a*b.md', '{x,y}.md', 'why?.md']
    const dir = makeProject(Object.fromEntries([...names.map((name) => [`docs/${name}`, MISSING_SECTION]), ['docs/d.md', MISSING_SECTION]]))
    const sorted = [...names.map((name) => `docs/${name}`), 'docs/d.md'].sort()
    for (const threads of [['--concurrency', '1', '--time-budget', '0'], ['--concurrency', '2']]) {
      const found = await strategyLint(['docs', '--format', 'json', ...threads], dir)
      expect(found.code, found.stderr).toBe(1)
      expect(parseJson(found.stdout).map((file) => file.path).sort()).toEqual(sorted)
      for (const file of parseJson(found.stdout)) expect(file.messages.some((message) => message.ruleId === 'strategy-required-sections'), file.path).toBe(true)
    }
    const named = await strategyLint(['docs/[draft].md', 'docs/notes (v2).md', '--format', 'json'], dir)
    expect(named.code, named.stderr).toBe(1)
    expect(parseJson(named.stdout).map((file) => file.path)).toEqual(['docs/[draft].md', 'docs/notes (v2).md'])
    // No file is named `docs/[dx].md`: it is a glob, and matches `docs/d.md`.
    const glob = await strategyLint(['docs/[dx].md', '--format', 'json'], dir)
    expect(parseJson(glob.stdout).map((file) => file.path)).toEqual(['docs/d.md'])
  })
})

describe('output and cache paths', () => {
  function project() {
    const dir = makeProject({'bad.md': MISSING_SECTION, 'good.md': GOOD_STRATEGY, 'notes/other.markdown': GOOD_STRATEGY, 'ci.json': '{"plugins": []}\n'})
    fs.symlinkSync('good.md', path.join(dir, 'link.json'))
    return dir
  }

  it.each([
    [['-o', 'bad.md'], /^strategy-lint: --output-file bad\.md is a file being linted; refusing to overwrite it/],
    [['-o', 'link.json'], /^strategy-lint: --output-file link\.json is a file being linted \(it resolves to good\.md\); refusing/],
    [['--cache', '--cache-location', 'bad.md'], /^strategy-lint: --cache-location bad\.md is a file being linted; refusing/],
    // (No README.md here: nothing to overwrite, but a later run would lint the report as a document.)
    [['-o', 'README.md'], /^strategy-lint: --output-file README\.md is a Markdown file; refusing to write one \(a later run would lint it as a document\): write the report to a file that is not Markdown/],
    // A Markdown summary goes to a new file, or one an earlier summary wrote, never over someone's document.
    [['bad.md', '-f', 'markdown', '-o', 'good.md'], /^strategy-lint: --output-file good\.md is a Markdown file; refusing to overwrite it: write the report to a new file \(or one an earlier `-f markdown` run wrote\)$/m],
    [['-f', 'markdown', '-o', 'bad.md'], /^strategy-lint: --output-file bad\.md is a file being linted; refusing/],
    [['bad.md', '-o', 'good.md'], /^strategy-lint: --output-file good\.md is a Markdown file; refusing/],
    [['bad.md', '--cache', '--cache-location', 'notes/other.markdown'], /^strategy-lint: --cache-location notes\/other\.markdown is a Markdown file; refusing/],
    // Two outputs on one file: the report overwrote the cache or the suppressions just recorded.
    [['--cache', '--cache-location', 'same.json', '-o', 'same.json'], /^strategy-lint: --output-file same\.json and --cache-location same\.json are the same file; one would overwrite the other: give them different files$/m],
    [['--suppress-all', '--suppressions-location', 's.json', '-o', 's.json'], /^strategy-lint: --output-file s\.json and --suppressions-location s\.json are the same file; one would overwrite/],
    [['-o', 'strategy-lint-suppressions.json'], /^strategy-lint: --output-file strategy-lint-suppressions\.json and the suppressions file \(strategy-lint-suppressions\.json\) are the same file/],
    // A file the run reads: the next run would have checked with other rules, or none, in silence.
    [['--config', 'ci.json', '--cache', '--cache-location', 'ci.json'], /^strategy-lint: --cache-location ci\.json is the remark configuration \(--config\), which the run reads; refusing to overwrite it: write the cache to another file$/m],
    [['--config', 'ci.json', '-o', 'ci.json'], /^strategy-lint: --output-file ci\.json is the remark configuration \(--config\), which the run reads; refusing/],
    [['--ignore-path', 'ci.json', '-o', 'ci.json'], /^strategy-lint: --output-file ci\.json is the ignore file \(--ignore-path\), which the run reads; refusing/],
    [['--cache', '--cache-location', '.remarkrc.json'], /^strategy-lint: --cache-location \.remarkrc\.json is a remark configuration \(`\.remarkrc\.json`\), which the run reads; refusing/],
    [['-o', '.gitignore'], /^strategy-lint: --output-file \.gitignore is an ignore file \(`\.gitignore`\), which the run reads; refusing/],
    [['-o', 'notes/package.json'], /^strategy-lint: --output-file notes\/package\.json is a package\.json \(where a remark configuration may be\), which the run reads; refusing/],
    [['-o', '.git/info/exclude'], /^strategy-lint: --output-file \.git\/info\/exclude is a file of git's own \(in `\.git`\), which the run reads; refusing/]
  ])('%j: exit 2, one line, and no file changed', async (args, pattern) => {
    const dir = project()
    const before = Object.fromEntries(['bad.md', 'good.md', 'notes/other.markdown', 'ci.json'].map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]))
    const result = await strategyLint(args, dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stdout).toBe('')
    for (const [name, text] of Object.entries(before)) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(text)
    expect(fs.existsSync(path.join(dir, 'README.md'))).toBe(false)
  })

  it('a worktree checked out inside .git lints as any folder does (its own files are not git\'s)', async () => {
    const dir = project()
    execFileSync('git', ['init', '-q'], {cwd: dir})
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'start'], {cwd: dir})
    execFileSync('git', ['worktree', 'add', '-q', '.git/wt/feature'], {cwd: dir})
    const worktree = path.join(dir, '.git', 'wt', 'feature')
    fs.writeFileSync(path.join(worktree, 'bad.md'), MISSING_SECTION)
    const result = await strategyLint(['-o', 'report.json', '-f', 'json', 'bad.md'], worktree)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(fs.existsSync(path.join(worktree, 'report.json'))).toBe(true)
  })

  it('-f markdown writes its summary to a new Markdown file, and over the summary it wrote before', async () => {
    const dir = project()
    for (const round of [1, 2]) {
      const result = await strategyLint(['bad.md', '-f', 'markdown', '-o', 'out/summary.md'], dir)
      expect(result.code, `round ${round}: ${result.stderr}`).toBe(1)
      expect(fs.readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8')).toMatch(/^### ❌ strategy-lint: 1 document checked: /)
    }
  })

  it('a report file that is not Markdown is still written', async () => {
    const dir = project()
    const result = await strategyLint(['bad.md', '-o', 'report.json', '-f', 'json'], dir)
    expect(result.code).toBe(1)
    expect(parseJson(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].path).toBe('bad.md')
  })
})

describe('one bad document among good ones', () => {
  it('a file too large to read as text (a 3 GB sparse file stopped the whole run, naming none): one error with its size; the others are reported; ignored, nothing', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'notes/.remarkignore': 'huge.md\n'})
    execFileSync('git', ['init', '-q'], {cwd: dir})
    fs.writeFileSync(path.join(dir, 'big.md'), '')
    fs.truncateSync(path.join(dir, 'big.md'), 3 * 1024 ** 3)
    fs.writeFileSync(path.join(dir, 'notes', 'huge.md'), '')
    fs.truncateSync(path.join(dir, 'notes', 'huge.md'), 200 * 1024 ** 2)
    for (const args of [['.'], ['big.md', 'good.md'], ['.', '--concurrency', '1', '--time-budget', '0']]) {
      const result = await strategyLint([...args, '--format', 'json'], dir)
      expect(result.code, result.stderr).toBe(1)
      expect(result.stderr).toBe('')
      const files = parseJson(result.stdout)
      expect(files.map((file) => file.path).sort()).toEqual(['big.md', 'good.md'])
      expect(files.find((file) => file.path === 'big.md')!.messages).toEqual([
        expect.objectContaining({
          ruleId: 'file-too-large',
          fatal: true,
          reason: 'Not linted: this file is 3.0 GB, over the 128 MB a file may have to be read as text (parsing Markdown takes 100-900 bytes of memory per byte); split it, or ignore it in .remarkignore'
        })
      ])
    }
  })

  it('--stdin text over the same 128 MB: reading stops there, and one line says so (exit 2), not a heap exhausted', () => {
    const dir = makeProject({})
    const result = spawnSyncShell(`head -c ${140 * 1024 ** 2} /dev/zero | "${process.execPath}" "${STRATEGY_LINT_BIN}" --stdin --stdin-filename plan.md`, dir)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'strategy-lint: standard input holds more than the 128 MB a document may have to be read as text (parsing Markdown takes 100-900 bytes of memory per byte); split it\n'
    )
  })

  it('a file replaced by a FIFO after the walk saw it (as its batch is read): one warning, not a run held for ever in the read', async () => {
    // (The walk's list is given to the engine as it would be: the FIFO stands for a file the walk found regular.)
    const dir = makeProject({'plan.md': MISSING_SECTION})
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')])
    const context = await runEngineBatched({cwd: dir, type: undefined, ignorePath: undefined, ignorePatterns: []}, ['plan.md', 'pipe.md'])
    const pipe = context.files!.find((file) => file.path.endsWith('pipe.md'))!
    expect(pipe.messages.map((message) => message.reason)).toEqual([
      'Not linted: this is a FIFO (named pipe), not a regular file, so it was not read; only regular files are linted (remove it, or ignore it in .remarkignore)'
    ])
    expect(pipe.data.strategySkipped).toBe('not a regular file')
    expect(context.files!.find((file) => file.path.endsWith('plan.md'))!.messages.length).toBeGreaterThan(0)
  }, 20_000)

  it('front matter `type:` holding a mapping with a toString key: one error on that file; the others are reported', async () => {
    const dir = makeProject({'a.md': MISSING_SECTION, 'object.md': '---\ntype:\n  toString: x\n---\n\n# Strategy\n', 'z.md': GOOD_STRATEGY})
    const result = await strategyLint(['.', '--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const files = parseJson(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['a.md', 'object.md', 'z.md'])
    const object = files.find((file) => file.path === 'object.md')!
    expect(object.messages.filter((message) => message.ruleId === 'strategy-document-type').map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Front matter cannot be read \(`type` holds a mapping, not a type name such as `type: strategy`\)/)
    ])
  })

  it('front matter whose YAML cannot be read and that has a `type:` key: the YAML error is reported, not only that no type applies', async () => {
    // (`type: [strategy` once gave only the warning that no type was detected, which asks for the `type:` the file has.)
    const dir = makeProject({'broken.md': '---\ntype: [strategy\n---\n\n# Strategy\n', 'z.md': GOOD_STRATEGY})
    const result = await strategyLint(['.', '--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    const broken = parseJson(result.stdout).find((file) => file.path === 'broken.md')!
    expect(broken.messages.filter((message) => message.ruleId === 'strategy-document-type')).toEqual([
      expect.objectContaining({line: 2, reason: expect.stringMatching(/^Front matter cannot be read \(.*\); fix the YAML so its fields, such as `type:`, can be read/)})
    ])
  })

  it('a plugin that throws on one document: one error on that file, named; every other file is reported (serial and in workers)', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint', './throwing-plugin.js']}),
      'throwing-plugin.js':
        "export default function throwing() {\n  return (tree, file) => {\n    if (String(file.value).includes('BOOM')) throw new RangeError('Maximum call stack size exceeded')\n    file.message('checked', {ruleId: 'checked', source: 'test'})\n  }\n}\n",
      'package.json': JSON.stringify({type: 'module'}),
      ...Object.fromEntries(Array.from({length: 12}, (_, index) => [`doc-${String(index).padStart(2, '0')}.md`, index === 5 ? '# BOOM\n' : `# Doc ${index}\n`]))
    })
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(dir, 'node_modules'))
    for (const concurrency of ['1', '2']) {
      const result = await strategyLint(['.', '--format', 'json', '--concurrency', concurrency], dir)
      expect(result.code, result.stderr).toBe(1)
      const files = parseJson(result.stdout)
      expect(files).toHaveLength(12)
      for (const file of files) {
        if (file.path === 'doc-05.md') {
          expect(file.messages).toHaveLength(1)
          expect(file.messages[0]).toMatchObject({ruleId: 'lint-failed', fatal: true, source: 'strategy-lint'})
          expect(file.messages[0].reason).toMatch(/^Not linted: checking this file failed \(Maximum call stack size exceeded\); the other files were linted/)
        } else {
          expect(file.messages.map((message) => message.ruleId)).toEqual(['checked'])
        }
      }
    }
  })
})

describe('the time budget', () => {
  /** `[` × n then `]` × n: micromark's time grows with the square of n (50,000: over a minute). */
  const brackets = (count: number) => '['.repeat(count) + ']'.repeat(count) + '\n'

  it('a link to nowhere in a folder is counted as a file that could not be linted', async () => {
    const dir = makeProject({})
    fs.symlinkSync('nowhere.md', path.join(dir, 'dangling.md'))
    const result = await strategyLint(['.'], dir)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 files checked; 1 could not be linted (the error on each says why)')
  })

  it('every file over the budget: the summary counts them as not linted, and no message claims the others were', async () => {
    // (Typed, so the pre-scan cannot skip their parse; about 40 s each, stopped at 1 s.)
    const slow = `---\ntype: strategy\n---\n\n${brackets(40_000)}`
    const dir = makeProject({'a.md': slow, 'b.md': slow})
    const result = await strategyLint(['a.md', 'b.md', '--time-budget', '1'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 files checked; 2 could not be linted (the error on each says why)')
    expect(result.stdout).not.toMatch(/the other files were linted/)
  })

  it.each([['1'], ['2']])('--concurrency %s: a file over the budget gets one error saying why; the run goes on', async (concurrency) => {
    // Typed, so the pre-scan cannot skip its parse (an untyped file is never parsed, so never over the budget).
    const dir = makeProject({'a.md': MISSING_SECTION, 'slow.md': `---\ntype: strategy\n---\n\n${brackets(40_000)}`, 'z.md': GOOD_STRATEGY})
    // 3 s: far under the slow file's time (about 40 s), and far over a small file's on a loaded machine, where the
    // first file a worker lints also pays for warming up the parser (with 1 s, a.md was once stopped as well).
    const result = await strategyLint(['.', '--format', 'json', '--time-budget', '3', '--concurrency', concurrency], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['a.md', 'slow.md', 'z.md'])
    const slow = files.find((file) => file.path === 'slow.md')!
    expect(slow.messages).toHaveLength(1)
    expect(slow.messages[0]).toMatchObject({ruleId: 'time-budget', fatal: true, source: 'strategy-lint'})
    expect(slow.messages[0].reason).toMatch(/^Not linted: parsing and checking it took longer than the time budget of 3 s, so it was stopped; the run went on with the other files\. Some Markdown makes the parser slow/)
    expect(files.find((file) => file.path === 'a.md')!.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
    expect(files.find((file) => file.path === 'z.md')!.messages).toEqual([])
  })

  // (A 20 MB document of plain prose was told to look for the nested brackets it did not have.)
  it('a large file over the budget is told its size is why', async () => {
    const paragraph = 'Payments volume grew from 1.2M to 4.8M transactions a month during 2026, and checkout went down twice. '.repeat(10)
    const dir = makeProject({'big.md': `---\ntype: strategy\n---\n\n# Big\n\n## Context\n\n${`${paragraph}\n\n`.repeat(2_200)}`})
    const result = await strategyLint(['big.md', '--format', 'json', '--time-budget', '0.3'], dir)
    const [big] = parseJson(result.stdout)
    expect(big.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Not linted: parsing and checking it took longer than the time budget of 0\.3 s, so it was stopped\. It is large \(2\.\d MB of text\), and the parse and the checks take time in proportion: split it, or raise the budget/)
    ])
  })

  it.each([
    [['--time-budget', 'soon'], /^strategy-lint: --time-budget needs a number of seconds >= 0 \(0 for no limit\), got `soon`$/],
    [['--time-budget=-1'], /^strategy-lint: --time-budget needs a number of seconds >= 0/]
  ])('%j: a usage error', async (args, pattern) => {
    const dir = makeProject({'a.md': GOOD_STRATEGY})
    const result = await strategyLint(args, dir)
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toMatch(pattern)
  })
})

describe('user regular expressions', () => {
  /** A type `rfc` detected by its title pattern; the document's title is made to make a backtracking engine hang. */
  function rfcProject(pattern: string, title: string) {
    const rc = {plugins: [['remark-lint-strategy', {types: {rfc: {title: [pattern], sections: ['Summary', 'Motivation']}}}]]}
    const dir = makeProject({'.remarkrc.json': JSON.stringify(rc), 'doc.md': `# ${title}\n\n## Summary\n\nText.\n`, 'other.md': MISSING_SECTION})
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(PACKAGE_ROOT, path.join(dir, 'node_modules', 'remark-lint-strategy'), 'dir')
    return dir
  }

  it.each([
    ['^(a+)+$', 'a'.repeat(40) + '!'],
    ['^(\\w+\\s?)*: RFC$', Array.from({length: 29}, (_, index) => `word${index}`).join(' ') + ' RFC']
  ])('title pattern %s on a title that makes a backtracking engine hang: matched in linear time (no time budget)', async (pattern, title) => {
    const dir = rfcProject(pattern, title)
    // No budget, one thread: only a linear-time match lets this run end before the test runner's limit.
    const result = await strategyLint(['.', '--format', 'json', '--time-budget', '0', '--concurrency', '1'], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['doc.md', 'other.md'])
    // The title does not match, so doc.md is not an RFC; other.md is still a strategy missing a section.
    expect(files.find((file) => file.path === 'doc.md')!.messages).toEqual([])
    expect(files.find((file) => file.path === 'other.md')!.messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
  })

  it('a pattern the linear-time engine cannot run (a backreference): one-line configuration error, exit 2', async () => {
    const dir = rfcProject('^(RFC)-\\1', 'RFC-RFC')
    const result = await strategyLint(['.'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/types\.rfc\.title\[0\]`: "\^\(RFC\)-\\\\1" cannot run on the linear-time matcher \(.*\); title patterns use RE2 syntax, without backreferences or lookaround/)
  })
})

describe('inputs that once passed unchecked', () => {
  const NEAR = GOOD_STRATEGY.replace('## Diagnosis', '## Diagnosiz')

  it.each([
    ['UTF-16 LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 BE', 'utf16be', [0xfe, 0xff]]
  ])('a %s file with a byte order mark is decoded and checked', async (_name, encoding, bom) => {
    const little = Buffer.from(NEAR, 'utf16le')
    if (encoding === 'utf16be') for (let index = 0; index < little.length; index += 2) little.writeUInt16BE(little.readUInt16LE(index), index)
    const dir = makeProject()
    fs.writeFileSync(path.join(dir, 'wide.md'), Buffer.concat([Buffer.from(bom), little]))
    for (const concurrency of ['1', '2']) {
      const result = await strategyLint(['wide.md', '--format', 'json', '--concurrency', concurrency], dir)
      expect(result.code, result.stderr).toBe(1)
      expect(result.stdout, `--concurrency ${concurrency}; stderr: ${result.stderr}`).not.toBe('')
      const [file] = parseJson(result.stdout)
      expect(file.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Heading `Diagnosiz` looks like the required section `Diagnosis`/)])
    }
  })

  it('a file that holds NUL bytes (binary data, UTF-32 with or without its byte order mark, UTF-16 without one) is said to be no text, not checked, forced type or not', async () => {
    const dir = makeProject({'good.md': NEAR})
    fs.writeFileSync(path.join(dir, 'wide.md'), Buffer.from(NEAR, 'utf16le'))
    // (UTF-32 LE with its byte order mark, which starts as UTF-16 LE's: the message once said it had none.)
    const utf32 = Buffer.alloc(4 * (NEAR.length + 1))
    utf32.writeUInt32LE(0xfeff, 0)
    for (const [index, character] of [...NEAR].entries()) utf32.writeUInt32LE(character.codePointAt(0)!, 4 * (index + 1))
    fs.writeFileSync(path.join(dir, 'wider.md'), utf32)
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    for (const args of [['.'], ['.', '--type', 'strategy'], ['.', '--concurrency', '2']]) {
      const result = await strategyLint([...args, '--format', 'json'], dir)
      expect(result.code, result.stderr).toBe(1)
      const files = parseJson(result.stdout)
      for (const name of ['wide.md', 'wider.md', 'image.md']) {
        expect(files.find((file) => file.path === name)!.messages.map((message) => message.reason), `${name} ${args.join(' ')}`).toEqual([
          'Not linted: this file holds NUL bytes, so it is not UTF-8 text (binary data, text in UTF-32, or UTF-16 without a byte order mark); save it as UTF-8, or ignore it in .remarkignore'
        ])
      }
      expect(files.find((file) => file.path === 'good.md')!.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Heading `Diagnosiz`/)])
    }
    const stylish = await strategyLint(['.'], dir)
    expect(stylish.stdout).toMatch(/1 file checked; 3 skipped: not UTF-8 text: it holds NUL bytes \(--verbose lists them\)\n$/)
  })

  it('TOML front matter (+++) declares the type', async () => {
    const toml = '+++\ntitle = "Q3"\n# a comment\ntype = "strategy"\n+++\n\n# Plan\n\n## Context\n\nText.\n'
    const badToml = '+++\ntype = ["strategy"]\n+++\n\n# Plan\n'
    const dir = makeProject({'toml.md': toml, 'bad-toml.md': badToml})
    const result = await strategyLint(['.', '--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = parseJson(result.stdout)
    // `# Plan` names no type: the missing sections come from the TOML `type`.
    const declared = files.find((file) => file.path === 'toml.md')!
    expect(declared.messages.filter((message) => message.ruleId === 'strategy-required-sections').length).toBeGreaterThan(3)
    const bad = files.find((file) => file.path === 'bad-toml.md')!
    expect(bad.messages.map((message) => message.reason)).toContainEqual(expect.stringMatching(/^Front matter cannot be read \(`type` in TOML front matter must be a quoted string such as `type = "strategy"`\)/))
  })

  // (Only `type` was read from TOML: a TOML draft's errors stayed errors, a superseded TOML document was checked as live,
  // and its review date and title were never read.)
  it('TOML front matter is read whole: status, review date, title, as from YAML', async () => {
    const body = '\n# Tech Strategy: X\n\n## Context\n\nTBD\n'
    const dir = makeProject({
      'yaml-draft.md': `---\ntype: strategy\nstatus: draft\n---\n${body}`,
      'toml-draft.md': `+++\ntype = "strategy"\nstatus = "draft"\n+++\n${body}`,
      'toml-superseded.md': `+++\ntype = "strategy"\nstatus = "superseded"\n+++\n${body}`,
      'toml-review.md': '+++\nreview-by = 2025-01-01\ntitle = "Tech Strategy: Payments"\n+++\n\n## Context\n\nText here.\n',
      'toml-broken.md': `+++\ntype = "strategy"\nstatus = \n+++\n${body}`,
      // (The parser rolled 2023-02-29 over to 2023-03-01, and gave a time of day as a date the rule crashed on.)
      'toml-dates.md': `+++\ntype = "strategy"\nreview-by = 2023-02-29 # leap?\nlast-reviewed = 07:32:00\n+++\n${body}`
    })
    const files = parseJson((await strategyLint(['.', '--format', 'json', '--date', '2028-01-01'], dir)).stdout)
    const file = (name: string) => files.find((entry) => entry.path === name)!
    const severities = (name: string) => [...new Set(file(name).messages.map((message) => (message.fatal ? 'error' : 'warning')))]
    expect(severities('yaml-draft.md')).toEqual(['warning'])
    expect(severities('toml-draft.md')).toEqual(['warning'])
    expect(file('toml-draft.md').status).toBe('draft')
    expect(file('toml-superseded.md').messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^This document is superseded .* but names no successor/)])
    expect(file('toml-review.md')).toMatchObject({type: 'strategy', typeSource: 'title'})
    expect(file('toml-review.md').messages).toContainEqual(expect.objectContaining({line: 2, reason: expect.stringMatching(/^The review date `review-by = 2025-01-01` has passed/)}))
    expect(file('toml-dates.md').messages.filter((message) => message.ruleId === 'strategy-stale-deadline').map((message) => message.reason)).toEqual([
      'The date `review-by = 2023-02-29` is not a day of the calendar (February 2023 has 28 days), so it is not checked; write the day you mean, as YYYY-MM-DD',
      'The date `last-reviewed = 07:32:00` cannot be read, so it is not checked; write a day as YYYY-MM-DD, such as `last-reviewed = 2028-01-01`'
    ])
    // Said in the document's own syntax: the YAML form, pasted into TOML, made the front matter unreadable.
    expect(file('toml-superseded.md').messages[0].reason).toMatch(/\(`status = "superseded"`\) .* or front matter `superseded-by = "\.\.\/2027\/strategy\.md"`/)
    expect(file('toml-broken.md').messages).toContainEqual(expect.objectContaining({line: 3, reason: expect.stringMatching(/^Front matter cannot be read \(invalid value\); fix the TOML/)}))
  })

  it('a folder run: a miscased type key naming a type is reported (the pre-scan parses the file), one naming none is skipped quietly', async () => {
    const dir = makeProject({'a.md': '---\nType: strategy\n---\n\nSome text.\n', 'b.md': '+++\nType = "docs"\n+++\n\nSome text.\n'})
    const result = await strategyLint(['.', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.find((file) => file.path === 'a.md')!.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Front matter key `Type` declares no type/)])
    expect(files.find((file) => file.path === 'b.md')!.messages).toEqual([])
  })

  it.each([
    ['.remarkrc', '[1,2,3]', /^strategy-lint: \.remarkrc is an array, not a configuration: it must be an object such as \{"plugins": \["remark-lint-strategy"\]\}/],
    ['.remarkrc.yml', '- 1\n- 2\n', /^strategy-lint: \.remarkrc\.yml is an array, not a configuration/],
    ['package.json', '{"remarkConfig": "remark-lint-strategy"}', /^strategy-lint: package\.json#remarkConfig is a string, not a configuration/]
  ])('%s holding %j: a configuration error, exit 2, one line', async (name, text, pattern) => {
    const dir = makeProject({[name]: text, 'docs/a.md': NEAR})
    const result = await strategyLint(['.'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(pattern)
  })
})

describe('smaller things', () => {
  it('a reader that leaves early (`strategy-lint docs | head`): no EPIPE stack trace, and the run keeps its own exit code', async () => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION, 'docs/good.md': GOOD_STRATEGY})
    const child = spawn(process.execPath, [STRATEGY_LINT_BIN, 'docs'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    // Closing our end before the bin writes a byte: its first write to stdout meets a closed pipe.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error:|\n\s+at /)
    expect(code).toBe(1)
  })

  it('control characters in a file name or a heading are escaped in the terminal report', async () => {
    const name = 'evil\u001b[2Jname.md'
    const dir = makeProject({[name]: '# Strategy\n\n## Con\u001b[31mtext\n\nx\n'})
    const result = await strategyLint(['.'], dir)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).not.toMatch(/\u001b/)
    expect(result.stdout).toContain('evil\\x1b[2Jname.md')
    // The JSON report keeps the real name.
    const json = await strategyLint(['.', '--format', 'json'], dir)
    expect(parseJson(json.stdout)[0].path).toBe(name)
  })

  it('sections nested 1,000 deep in a custom type: a one-line configuration error naming where, not a stack overflow', async () => {
    const root: {heading: string; children?: unknown[]} = {heading: 'S'}
    let current = root
    for (let depth = 0; depth < 1000; depth++) {
      const child = {heading: `S${depth}`}
      current.children = [child]
      current = child
    }
    const rc = {plugins: [['remark-lint-strategy', {types: {rfc: {sections: [root]}}}]]}
    const dir = makeProject({'.remarkrc.json': JSON.stringify(rc), 'a.md': '# x\n'})
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(PACKAGE_ROOT, path.join(dir, 'node_modules', 'remark-lint-strategy'), 'dir')
    const result = await strategyLint(['.'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^strategy-lint: remark-lint-strategy: option `types\.rfc\.sections\[0\](\.children\[0\])+\.children`: sections nest deeper than 32 levels/)
  })

  it('--concurrency above the number of cores is capped, with one line saying so; the report is the same', async () => {
    const dir = makeProject({'a.md': MISSING_SECTION})
    const [capped, serial] = await Promise.all([strategyLint(['--concurrency', '1000', '--format', 'json'], dir), strategyLint(['--concurrency', '1', '--format', 'json'], dir)])
    expect(capped.stderr).toMatch(/^strategy-lint: --concurrency 1000 is more than the \d+ CPU cores; using \d+\n$/)
    expect(capped.code).toBe(serial.code)
    expect(capped.stdout).toBe(serial.stdout)
  })
})

describe('many files', () => {
  it('1,000 files (the engine runs in batches of 64): every file reported once, in path order, the same in one thread and in workers', async () => {
    const names = Array.from({length: 1000}, (_, index) => `notes/d${index % 7}/n${String(index).padStart(4, '0')}.md`)
    // The walk takes notes/d1/ before notes/d1-extra.md, a path sort after it; the first batch ends inside notes/d1/, so
    // the file once came after the first batch's files of notes/d1/ and before the second's.
    names.push('notes/d1-extra.md')
    const dir = makeProject({...Object.fromEntries(names.map((name, index) => [name, index === 500 ? MISSING_SECTION : `# Note ${index}\n\nText.\n`]))})
    const [one, two] = await Promise.all(['1', '2'].map((n) => strategyLint(['.', '--format', 'json', '--concurrency', n], dir)))
    expect(one.code, one.stderr).toBe(1)
    const paths = parseJson(one.stdout).map((file) => file.path)
    expect(paths).toHaveLength(1001)
    // The order unified-engine gives a run of 64 files or fewer (paths in code unit order), whatever the batches.
    expect(paths).toEqual([...names].sort())
    expect(two.stdout.replace(/^strategy-lint: --concurrency.*\n/, '')).toBe(one.stdout)
  }, 240_000)
})

describe('the cache', () => {
  it('a preset named by a relative path in .remarkrc changes: the cache does not replay the old result', async () => {
    const strict = "export default {plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': 'error'}}]]}\n"
    const lax = "export default {plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': false}}]]}\n"
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: ['./preset.mjs']}), 'preset.mjs': lax, 'a.md': MISSING_SECTION})
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(PACKAGE_ROOT, path.join(dir, 'node_modules', 'remark-lint-strategy'), 'dir')
    // Two processes, as two runs of a user are: one process would keep the first preset in node's module cache.
    const first = await strategyLintProcess(['a.md', '--cache', '--format', 'json'], dir)
    expect(first.code, first.stderr).toBe(0)
    fs.writeFileSync(path.join(dir, 'preset.mjs'), strict)
    const second = await strategyLintProcess(['a.md', '--cache', '--format', 'json'], dir)
    expect(second.code, second.stderr).toBe(1)
    expect(parseJson(second.stdout)[0].messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
  })

  it('a --cache-location shared between working folders does not replay one folder\'s results in another', async () => {
    // The same file is a strategy by `globs` (relative to the working folder) from docs/, and untyped from the root.
    const rc = {plugins: [['remark-lint-strategy', {globs: {'plans/*.md': 'strategy'}}]]}
    const dir = makeProject({'.remarkrc.json': JSON.stringify(rc), 'docs/plans/a.md': '# Notes\n\nSome text.\n'})
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(PACKAGE_ROOT, path.join(dir, 'node_modules', 'remark-lint-strategy'), 'dir')
    const cache = path.join(dir, 'shared.cache')
    const fromRoot = await strategyLint(['docs/plans/a.md', '--cache', '--cache-location', cache, '--format', 'json'], dir)
    expect(fromRoot.code, fromRoot.stderr).toBe(0)
    const fromDocs = await strategyLint(['plans/a.md', '--cache', '--cache-location', cache, '--format', 'json'], path.join(dir, 'docs'))
    expect(fromDocs.code, fromDocs.stderr).toBe(1)
    expect(parseJson(fromDocs.stdout)[0].messages.some((message) => message.ruleId === 'strategy-required-sections')).toBe(true)
  })
})

/** A shell pipeline run to its end, for input a test should not hold in memory (`head -c ... /dev/zero | ...`). */
function spawnSyncShell(command: string, cwd: string): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync('sh', ['-c', command], {cwd, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
