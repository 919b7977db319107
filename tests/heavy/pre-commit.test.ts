/**
 * pre-commit with this checkout as the hook repository, for real, configured
 * as docs/ci.md tells users to (`.pre-commit-config.yaml` naming the
 * repository, a `rev` and the `strategy-lint` hook) and run on the staged files
 * as `git commit` runs it. Installing the hook's node environment (npm
 * install, build, pack) costs about a minute of CPU, so this is in the heavy
 * tier (`npm run test:heavy`, which .ci/run runs after `npm test`); the two
 * runs share one PRE_COMMIT_HOME, so the second finds the environment the
 * first installed, as a developer's second commit does. (`pre-commit
 * try-repo` would install it afresh each time: it uses a temporary store.)
 * The other hooks of docs/ci.md are tested in tests/hooks.test.ts.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, README} from '../../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects, type RunResult} from '../../fixtures/cli/project.js'
import {git, gitRepository, hookEnv, run} from '../support/git.js'

afterAll(removeProjects)

function hasPreCommit(): boolean {
  try {
    execFileSync('pre-commit', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

/**
 * This checkout as pre-commit would clone it. `try-repo` takes the committed
 * files plus changes to tracked ones, not new untracked files, so the test
 * commits a copy of the working tree (every tracked or untracked, not ignored
 * file) to a temporary repository; in CI's fresh clone that copy is HEAD.
 */
function snapshotCheckout(): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: PACKAGE_ROOT,
    env: hookEnv(),
    encoding: 'utf8'
  })
    .split('\0')
    .filter((file) => file !== '' && fs.existsSync(path.join(PACKAGE_ROOT, file)))
  const dir = makeProject()
  for (const file of files) {
    const target = path.join(dir, file)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.copyFileSync(path.join(PACKAGE_ROOT, file), target)
    fs.chmodSync(target, fs.statSync(path.join(PACKAGE_ROOT, file)).mode)
  }
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=Strategy Lint Test', '-c', 'user.email=strategy-lint@example.com', 'commit', '-q', '-m', 'snapshot')
  return dir
}

/**
 * npm's calls to the registry that do not change what pre-commit installs from the lockfile: the audit, the
 * funding notice, the update check, and revalidating metadata the cache already has. Without them the hook's
 * install took 23.7-24.7 s instead of 29.8-31.1 s (2026-12-04, two runs each).
 */
const QUIET_NPM = {npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true'}

describe('pre-commit with this repository as a hook repository (real pre-commit, real git)', () => {
  let checkout: string
  let revision: string
  /** pre-commit's store, shared by the runs (they run one after the other). */
  let home: string
  beforeAll(() => {
    if (!hasPreCommit()) {
      throw new Error('pre-commit is not installed: `apt-get install pre-commit` (.ci/run does this) to run the hook tests')
    }
    checkout = snapshotCheckout()
    revision = git(checkout, 'rev-parse', 'HEAD').trim()
    home = makeProject()
  })

  /**
   * A repository with `files` and the `.pre-commit-config.yaml` of docs/ci.md
   * (the checkout's path for the URL, its commit for `rev`), all staged, then
   * `pre-commit run`: the hook runs on the staged files, as on `git commit`.
   */
  async function commitHook(files: Record<string, string>): Promise<RunResult> {
    const config = ['repos:', `  - repo: ${checkout}`, `    rev: ${revision}`, '    hooks:', '      - id: strategy-lint', ''].join('\n')
    const repo = gitRepository({...files, '.pre-commit-config.yaml': config})
    git(repo, 'add', '-A')
    return run('pre-commit', ['run', '--verbose', '--color', 'never'], repo, hookEnv({PRE_COMMIT_HOME: home, ...QUIET_NPM}), 280_000)
  }

  it('blocks a bad strategy document, showing the messages (one named like an option too)', {timeout: 300_000}, async () => {
    // (`-draft.md` at the root was read as the option `-d`: the hook's args end with `--`.)
    const result = await commitHook({'docs/strategy.md': MISSING_SECTION, 'README.md': README, '-draft.md': MISSING_SECTION})
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(1)
    expect(output).toMatch(/^strategy-lint\.+Failed$/m)
    expect(output).toMatch(/^docs\/strategy\.md$/m)
    expect(output).toMatch(/^-draft\.md$/m)
    expect(output).not.toMatch(/unknown option/)
    expect(output).toMatch(/error\s+Missing section `Diagnosis`.*strategy-required-sections/)
    expect(output).not.toMatch(/An unexpected error has occurred/)
  })

  it('a large commit is one run with one report (pre-commit does not split it into parallel runs)', {timeout: 300_000}, async () => {
    const files = Object.fromEntries(Array.from({length: 60}, (_, index) => [`docs/strategy-${String(index).padStart(2, '0')}.md`, MISSING_SECTION]))
    const result = await commitHook(files)
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(1)
    expect(output.match(/^\d+ files? checked/gm), output).toEqual(['60 files checked'])
  })

  it('passes a good one; untyped Markdown and an explicitly passed ignored file do not fail it', {timeout: 300_000}, async () => {
    const result = await commitHook({
      'docs/strategy.md': GOOD_STRATEGY,
      'README.md': README,
      // The configuration the recipes give names the plugin, and the repository has no node_modules: the hook finds
      // the package in its own environment. With a type of its own, as every recipe has (its options validated by
      // ajv, which once could not be found from the checkout the hook runs).
      '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': false}, types: {rfc: {globs: ['rfcs/*.md'], sections: ['Summary']}}}]]}),
      '.remarkignore': 'drafts/\n',
      'drafts/wip-strategy.md': MISSING_SECTION
    })
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(0)
    expect(output).toMatch(/^strategy-lint\.+Passed$/m)
    // pre-commit passed all three Markdown files; the CLI checked the strategy, counted the untyped README as
    // skipped (no warning: the hook passes --no-warn-untyped) and did not lint the ignored draft, without a warning but
    // counted, so the line does not read as if the draft had passed.
    expect(output).toMatch(
      /^1 file checked, no problems; 1 skipped: no document type; 1 named file not linted: matched by an ignore file \(\.remarkignore, --ignore-path, or \.gitignore\) \(--verbose lists them\)$/m
    )
  })
})

