/**
 * The hooks and CI recipes of docs/ci.md, run for real: the pre-commit
 * manifest (its real pre-commit run is in tests/heavy/pre-commit.test.ts), husky + lint-staged and a plain git hook
 * in temporary git repositories (real `git commit`), and the CI examples in
 * examples/ (valid YAML, the right steps, the same text as in docs/ci.md, and
 * their lint command run in a temporary project).
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {GOOD_STRATEGY, MISSING_SECTION, README} from '../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {git, gitRepository, run} from './support/git.js'

afterAll(removeProjects)

const EXAMPLES = path.join(PACKAGE_ROOT, 'examples')
const CI_DOC = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'ci.md'), 'utf8')

function readExample(...parts: string[]): string {
  return fs.readFileSync(path.join(EXAMPLES, ...parts), 'utf8')
}

function commitCount(dir: string): number {
  try {
    return Number(git(dir, 'rev-list', '--count', 'HEAD').trim())
  } catch {
    return 0
  }
}

/** Link `name` (a package of this checkout's node_modules, or this package) into `dir`'s node_modules, with its bins. */
function linkModule(dir: string, name: string, target: string, bins: Record<string, string>): void {
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), {recursive: true})
  fs.symlinkSync(target, path.join(dir, 'node_modules', name), 'dir')
  for (const [bin, file] of Object.entries(bins)) {
    fs.symlinkSync(path.join('..', name, file), path.join(dir, 'node_modules', '.bin', bin))
  }
}

function linkStrategyLint(dir: string): void {
  linkModule(dir, 'remark-lint-strategy', PACKAGE_ROOT, {'strategy-lint': 'bin/strategy-lint.js'})
}

/** The fenced code blocks of docs/ci.md. */
function docBlocks(): string[] {
  return [...CI_DOC.matchAll(/^```[\w-]*\n([\s\S]*?)^```$/gm)].map((match) => match[1])
}

// ---------------------------------------------------------------------------
// pre-commit

interface ManifestHook {
  id: string
  name: string
  entry: string
  language: string
  types?: string[]
  pass_filenames?: boolean
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares the strategy-lint hook: node, the strategy-lint bin, Markdown files passed as arguments', () => {
    const hooks = parseYaml(fs.readFileSync(path.join(PACKAGE_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as ManifestHook[]
    expect(hooks).toHaveLength(1)
    const [hook] = hooks
    expect(hook).toMatchObject({id: 'strategy-lint', name: 'strategy-lint', entry: 'strategy-lint', language: 'node', types: ['markdown']})
    expect(hook.pass_filenames).not.toBe(false)
    const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(Object.keys(manifest.bin)).toContain(hook.entry)
  })

  it('the pre-commit configuration example names that hook', () => {
    const config = parseYaml(readExample('pre-commit', 'pre-commit-config.yaml')) as {
      repos: Array<{repo: string; rev: string; hooks: Array<{id: string}>}>
    }
    expect(config.repos).toEqual([
      {repo: 'https://github.com/remark-lint-strategy/remark-lint-strategy', rev: expect.any(String), hooks: [{id: 'strategy-lint'}]}
    ])
    expect(docBlocks()).toContain(readExample('pre-commit', 'pre-commit-config.yaml'))
  })
})

/** Whether the `pre-commit` command is installed (.ci/run installs Debian's package). */
// ---------------------------------------------------------------------------
// husky + lint-staged, and a plain git hook

const BAD_COMMIT = {'docs/strategy.md': MISSING_SECTION}
const GOOD_COMMIT = {'docs/strategy.md': GOOD_STRATEGY}

describe.concurrent('git hooks (real git commit)', () => {
  it('husky + lint-staged as in docs/ci.md: a failing document blocks the commit, a good one goes in', async () => {
    const packageJson = readExample('husky', 'package.json')
    const hook = readExample('husky', 'pre-commit')
    expect(docBlocks()).toContain(packageJson)
    expect(docBlocks()).toContain(hook)

    const repo = gitRepository({'package.json': packageJson, '.gitignore': 'node_modules/\n', 'README.md': README})
    // What `npm install` of the example's devDependencies gives: the packages and their bins.
    const modules = path.join(PACKAGE_ROOT, 'node_modules')
    linkModule(repo, 'husky', path.join(modules, 'husky'), {husky: 'bin.js'})
    linkModule(repo, 'lint-staged', path.join(modules, 'lint-staged'), {'lint-staged': 'bin/lint-staged.js'})
    linkStrategyLint(repo)
    // `npx husky init`: sets core.hooksPath to .husky/_ and writes .husky/pre-commit, which the recipe replaces.
    const init = await run(process.execPath, ['node_modules/husky/bin.js', 'init'], repo)
    expect(init.code, init.stderr).toBe(0)
    expect(git(repo, 'config', 'core.hooksPath').trim()).toBe('.husky/_')
    fs.writeFileSync(path.join(repo, '.husky', 'pre-commit'), hook)

    git(repo, 'add', '-A')
    const first = await run('git', ['commit', '-m', 'Set up husky and lint-staged'], repo)
    expect(first.code, first.stdout + first.stderr).toBe(0)
    expect(commitCount(repo)).toBe(1)

    fs.mkdirSync(path.join(repo, 'docs'))
    fs.writeFileSync(path.join(repo, 'docs', 'strategy.md'), BAD_COMMIT['docs/strategy.md'])
    git(repo, 'add', 'docs/strategy.md')
    const blocked = await run('git', ['commit', '-m', 'Add a strategy'], repo)
    const output = blocked.stdout + blocked.stderr
    expect(blocked.code, output).not.toBe(0)
    expect(output).toMatch(/Missing section `Diagnosis`/)
    expect(output).toMatch(/husky - pre-commit script failed/)
    expect(commitCount(repo)).toBe(1)
    // lint-staged put the staged file back as it was.
    expect(git(repo, 'diff', '--cached', '--name-only').trim()).toBe('docs/strategy.md')

    fs.writeFileSync(path.join(repo, 'docs', 'strategy.md'), GOOD_COMMIT['docs/strategy.md'])
    git(repo, 'add', 'docs/strategy.md')
    const allowed = await run('git', ['commit', '-m', 'Add a strategy'], repo)
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0)
    expect(commitCount(repo)).toBe(2)
  })

  it('the plain git hook in docs/ci.md: blocks a failing document (even with a space in its path), allows a good one', async () => {
    const hook = readExample('git-hooks', 'pre-commit')
    expect(docBlocks()).toContain(hook)
    const repo = gitRepository({
      'package.json': JSON.stringify({name: 'my-docs', private: true, devDependencies: {'remark-lint-strategy': '^0.1.0'}}),
      '.gitignore': 'node_modules/\n',
      'README.md': README
    })
    linkStrategyLint(repo)
    fs.writeFileSync(path.join(repo, '.git', 'hooks', 'pre-commit'), hook, {mode: 0o755})

    git(repo, 'add', '-A')
    expect((await run('git', ['commit', '-m', 'Start'], repo)).code).toBe(0)
    // A commit without Markdown files runs no linter at all.
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'plain text')
    git(repo, 'add', 'notes.txt')
    const noMarkdown = await run('git', ['commit', '-m', 'Notes'], repo)
    expect(noMarkdown.code).toBe(0)
    expect(noMarkdown.stdout + noMarkdown.stderr).not.toMatch(/checked|strategy-lint/)
    expect(commitCount(repo)).toBe(2)

    fs.mkdirSync(path.join(repo, 'docs', 'my plans'), {recursive: true})
    fs.writeFileSync(path.join(repo, 'docs', 'my plans', 'strategy.md'), MISSING_SECTION)
    git(repo, 'add', '-A')
    const blocked = await run('git', ['commit', '-m', 'Add a strategy'], repo)
    expect(blocked.code).not.toBe(0)
    expect(blocked.stdout + blocked.stderr).toMatch(/^docs\/my plans\/strategy\.md$/m)
    expect(blocked.stdout + blocked.stderr).toMatch(/Missing section `Diagnosis`/)
    expect(commitCount(repo)).toBe(2)

    fs.writeFileSync(path.join(repo, 'docs', 'my plans', 'strategy.md'), GOOD_STRATEGY)
    git(repo, 'add', '-A')
    const allowed = await run('git', ['commit', '-m', 'Add a strategy'], repo)
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0)
    expect(commitCount(repo)).toBe(3)
  })
})

// ---------------------------------------------------------------------------
// CI examples

interface WorkflowStep {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}

/** The linter's arguments in a `npx strategy-lint ...` command line. */
function lintArguments(command: string): string[] {
  const match = /^npx strategy-lint (.+)$/.exec(command.trim())
  expect(match, command).not.toBeNull()
  return match![1].split(/\s+/)
}

function optionValue(args: string[], name: string): string {
  const index = args.indexOf(name)
  expect(index, `${name} in ${args.join(' ')}`).toBeGreaterThanOrEqual(0)
  return args[index + 1]
}

describe('CI examples', () => {
  it('the GitHub Actions workflow is valid YAML: checkout, Node, install, lint to SARIF, upload the SARIF', async () => {
    const text = readExample('github-actions', 'strategy-lint.yml')
    expect(docBlocks()).toContain(text)
    const workflow = parseYaml(text) as {
      on: Record<string, unknown>
      permissions: Record<string, string>
      jobs: Record<string, {'runs-on': string; steps: WorkflowStep[]}>
    }
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push'])
    expect(workflow.permissions).toMatchObject({'security-events': 'write', contents: 'read'})
    const jobs = Object.values(workflow.jobs)
    expect(jobs).toHaveLength(1)
    const {steps} = jobs[0]
    expect(steps.map((step) => step.name)).toEqual([
      'Check out the repository',
      'Set up Node.js',
      'Install dependencies',
      'Lint documents',
      'Upload SARIF to code scanning'
    ])
    const [checkout, node, install, lint, upload] = steps
    expect(checkout.uses).toMatch(/^actions\/checkout@v\d+$/)
    expect(node.uses).toMatch(/^actions\/setup-node@v\d+$/)
    expect(Number(node.with?.['node-version'])).toBeGreaterThanOrEqual(20)
    expect(install.run).toBe('npm ci')
    const args = lintArguments(lint.run!)
    expect(optionValue(args, '--format')).toBe('sarif')
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/)
    expect(upload.with?.sarif_file).toBe(optionValue(args, '--output-file'))
    // Runs after a failing lint step (that is what failing means here), not after a cancel.
    expect(upload.if).toMatch(/!cancelled\(\)/)
    expect(upload.if).toContain(`hashFiles('${optionValue(args, '--output-file')}')`)

    // The lint step's command, run in a project with a docs/ folder: a valid SARIF file, exit 1 on errors.
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    const result = await strategyLint(args, dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Missing section `Diagnosis`/)
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, optionValue(args, '--output-file')), 'utf8')) as {version: string; runs: unknown[]}
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
  })

  it('the GitLab CI job is valid YAML and uploads a Code Quality report', async () => {
    const text = readExample('gitlab-ci', 'strategy-lint.gitlab-ci.yml')
    expect(docBlocks()).toContain(text)
    const config = parseYaml(text) as Record<string, {script: string[]; artifacts: {when: string; reports: {codequality: string}}}>
    const job = config['strategy-lint']
    expect(job.artifacts.when).toBe('always')
    const args = lintArguments(job.script.find((line) => line.includes('strategy-lint'))!)
    expect(optionValue(args, '--format')).toBe('gitlab')
    expect(job.artifacts.reports.codequality).toBe(optionValue(args, '--output-file'))

    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    const result = await strategyLint(args, dir)
    expect(result.code).toBe(1)
    const issues = JSON.parse(fs.readFileSync(path.join(dir, optionValue(args, '--output-file')), 'utf8')) as Array<{check_name: string}>
    expect(issues.map((issue) => issue.check_name)).toContain('strategy-required-sections')
  })
})
