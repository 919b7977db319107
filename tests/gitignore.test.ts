/**
 * `.gitignore` as git reads it: in a repository, git says which files to skip (`git check-ignore`), so a nested
 * `.gitignore`, `.git/info/exclude` and the root's `.gitignore` count from whatever folder the run starts in, and a
 * committed file is not ignored. (Read
 * from the working folder alone, a run started in `docs/` linted what the root's `.gitignore` lists, and a nested
 * one never counted.) Real git, files on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MISSING_SECTION} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, runNode, STRATEGY_LINT_BIN, strategyLint, strategyLintProcess} from '../fixtures/cli/project.js'
import {git, gitRepository} from './support/git.js'

afterAll(removeProjects)

async function linted(args: string[], cwd: string): Promise<string[]> {
  const result = await strategyLint(['--format', 'json', ...args], cwd)
  return (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path).sort()
}

function repository(): string {
  const dir = gitRepository({
    // (A name with glob characters: git names the file itself, and only it is left out.)
    '.gitignore': 'docs/generated.md\ndocs/odd \\[draft\\]\\*.md\n',
    'docs/odd d*.md': MISSING_SECTION,
    'docs/plan.md': MISSING_SECTION,
    'docs/generated.md': MISSING_SECTION,
    'docs/odd [draft]*.md': MISSING_SECTION,
    'docs/sub/.gitignore': 'local.md\n',
    'docs/sub/local.md': MISSING_SECTION,
    'docs/sub/kept.md': MISSING_SECTION,
    'docs/excluded.md': MISSING_SECTION
  })
  fs.appendFileSync(path.join(dir, '.git', 'info', 'exclude'), 'docs/excluded.md\n')
  return dir
}

describe('.gitignore in a git repository', () => {
  it('from the root: the root one, a nested one and .git/info/exclude all count; a name with glob characters matches itself only', async () => {
    const dir = repository()
    expect(await linted(['.'], dir)).toEqual(['docs/odd d*.md', 'docs/plan.md', 'docs/sub/kept.md'])
  })

  it('from a subfolder: the same files are skipped', async () => {
    const dir = repository()
    expect(await linted(['.'], path.join(dir, 'docs'))).toEqual(['odd d*.md', 'plan.md', 'sub/kept.md'])
    expect(await linted(['.'], path.join(dir, 'docs', 'sub'))).toEqual(['kept.md'])
  })

  it('--no-gitignore lints them all', async () => {
    const dir = repository()
    expect(await linted(['--no-gitignore', '.'], dir)).toEqual([
      'docs/excluded.md',
      'docs/generated.md',
      'docs/odd [draft]*.md',
      'docs/odd d*.md',
      'docs/plan.md',
      'docs/sub/kept.md',
      'docs/sub/local.md'
    ])
  })

  it('a committed file is linted though a pattern matches it, as git does not ignore it', async () => {
    const dir = repository()
    git(dir, 'add', '-f', 'docs/generated.md')
    git(dir, 'commit', '-q', '-m', 'a generated page, committed')
    expect(await linted(['.'], dir)).toEqual(['docs/generated.md', 'docs/odd d*.md', 'docs/plan.md', 'docs/sub/kept.md'])
  })

  it('from a folder that holds the checkout and is no repository (a CI workspace): the checkout\'s ignore files count', async () => {
    const dir = repository()
    const workspace = path.dirname(dir)
    const name = path.basename(dir)
    expect(await linted([`${name}/docs`], workspace)).toEqual([`${name}/docs/odd d*.md`, `${name}/docs/plan.md`, `${name}/docs/sub/kept.md`])
  })

  it('from outside the checkout (`../repo/docs`, from another repository): its ignore files count; an ignored file named there is reported as not linted', async () => {
    const dir = repository()
    const elsewhere = gitRepository({})
    const relative = path.relative(elsewhere, dir)
    expect(await linted([`${relative}/docs`], elsewhere)).toEqual([`${relative}/docs/odd d*.md`, `${relative}/docs/plan.md`, `${relative}/docs/sub/kept.md`])
    const named = await strategyLint([`${relative}/docs/generated.md`], makeProject())
    expect(named.code).toBe(0)
    expect(named.stdout).toMatch(/^0 files checked, no problems; 1 named file not linted: matched by an ignore file/)
  })

  it('text piped with a --stdin-filename git ignores is not linted, as the file on disk would not be, above the working folder too', async () => {
    const dir = repository()
    const result = await strategyLintProcess(['--stdin', '--stdin-filename', 'docs/generated.md'], dir, MISSING_SECTION)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^0 files checked, no problems; 1 named file not linted: matched by an ignore file/)
    const elsewhere = gitRepository({})
    const above = await strategyLintProcess(['--stdin', '--stdin-filename', `${path.relative(elsewhere, dir)}/docs/generated.md`], elsewhere, MISSING_SECTION)
    expect(above.stdout).toMatch(/^0 files checked, no problems; 1 named file not linted: matched by an ignore file/)
  })

  // (Each ignored file was an exact-path pattern of the engine, which tested every file against every pattern: the time
  // grew with the square of their number, 10 s for 8,000 and unfinished after 13 minutes for 100,000.)
  it('a folder of many git-ignored files: none is linted, and none named in the engine\'s ignore patterns', async () => {
    const files: Record<string, string> = {'.gitignore': 'vendor/\n', 'docs/plan.md': MISSING_SECTION}
    for (let index = 0; index < 300; index++) files[`vendor/n${index}.md`] = MISSING_SECTION
    const dir = gitRepository(files)
    expect(await linted(['.'], dir)).toEqual(['docs/plan.md'])
    const {gitIgnored} = await import('../src/cli/lint.js')
    const walked = Object.keys(files).filter((name) => name.endsWith('.md'))
    const ignored = gitIgnored(dir, walked)
    expect(ignored.files.size).toBe(300)
    expect(ignored.patterns).toEqual([])
  })
})

describe('a repository git cannot read (no git in a CI image, or one git refuses as another user\'s)', () => {
  it('report paths stay relative to the repository root, and a warning says what is read instead and how to let git read it', async () => {
    const dir = repository()
    // (No `git` on PATH: the job image of a container job that checked out with another tool.)
    const result = await runNode(STRATEGY_LINT_BIN, ['--format', 'github', '.'], path.join(dir, 'docs'), {PATH: path.join(dir, 'no-such-folder')})
    expect(result.stdout).toMatch(/^::error file=docs\/plan\.md,/m)
    expect(result.stdout).not.toMatch(/file=plan\.md/)
    expect(result.stderr).toMatch(/^strategy-lint: warning: git cannot say which files .* ignores \(no `git` command was found\), so no \.gitignore is read: files that nested \.gitignore files, \.git\/info\/exclude or your global excludes leave out may be linted \(or pass --no-gitignore\)$/m)
    // (Asked from the root, its own .gitignore is still read.)
    const fromRoot = await runNode(STRATEGY_LINT_BIN, ['--format', 'github', '.'], dir, {PATH: path.join(dir, 'no-such-folder')})
    expect(fromRoot.stdout).not.toMatch(/docs\/generated\.md/)
    expect(fromRoot.stderr).toMatch(/so only .*\.gitignore is read/)
  })

  it('a folder linked from outside the repository: no warning, its files are linted, and a nested .gitignore and an ignored link still count', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION, 'docs/drafts/d.md': MISSING_SECTION, 'docs/drafts/.gitignore': '*\n', '.gitignore': 'docs/vendor\n'})
    const outside = makeProject({'outside.md': MISSING_SECTION, 'vendor.md': MISSING_SECTION})
    fs.mkdirSync(path.join(outside, 'vendor'))
    fs.renameSync(path.join(outside, 'vendor.md'), path.join(outside, 'vendor', 'vendor.md'))
    fs.symlinkSync(outside, path.join(dir, 'docs', 'ext'))
    fs.symlinkSync(path.join(outside, 'vendor'), path.join(dir, 'docs', 'vendor'))
    const result = await strategyLintProcess(['--format', 'json', 'docs'], dir)
    expect(result.stderr).toBe('')
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path).sort()).toEqual(['docs/a.md', 'docs/ext/outside.md', 'docs/ext/vendor/vendor.md'])
  })

  it('a linked folder ignored as a whole leaves out every file in it', async () => {
    const dir = gitRepository({'docs/a.md': MISSING_SECTION, '.gitignore': 'docs/ext\n'})
    const outside = makeProject({'keep.md': MISSING_SECTION, 'secret.md': MISSING_SECTION, 'zzz.md': MISSING_SECTION})
    fs.symlinkSync(outside, path.join(dir, 'docs', 'ext'))
    const result = await strategyLintProcess(['--format', 'json', 'docs'], dir)
    expect(result.stderr).toBe('')
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md'])
  })

  it('a stray empty `.git` folder, which git says is no repository, moves no report path and draws no warning', async () => {
    const dir = makeProject({'proj/strategy.md': MISSING_SECTION})
    fs.mkdirSync(path.join(dir, '.git'))
    const result = await strategyLintProcess(['--format', 'github', 'strategy.md'], path.join(dir, 'proj'))
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^::error file=strategy\.md,/m)
  })

  it('with git answering, no warning', async () => {
    const dir = repository()
    const result = await strategyLintProcess(['--format', 'github', '.'], path.join(dir, 'docs'))
    expect(result.stderr).toBe('')
  })
})
