/**
 * pre-commit's `try-repo` against this checkout, for real: each run installs
 * the hook's node environment (npm install, build, pack) from scratch, about
 * a minute of CPU, so this is in the heavy tier (`npm run test:heavy`, which
 * .ci/run runs after `npm test`). The other hooks of docs/ci.md are tested in
 * tests/hooks.test.ts.
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

describe.concurrent('pre-commit try-repo (real pre-commit, real git)', () => {
  let checkout: string
  beforeAll(() => {
    if (!hasPreCommit()) {
      throw new Error('pre-commit is not installed: `apt-get install pre-commit` (.ci/run does this) to run the hook tests')
    }
    checkout = snapshotCheckout()
  })

  /**
   * `pre-commit try-repo <checkout> strategy-lint` in a repository with `files`
   * staged: the hook runs on the staged files, as on `git commit`. Each run
   * installs the hook's node environment (npm install, build, pack) from scratch.
   */
  async function tryRepo(files: Record<string, string>): Promise<RunResult> {
    const repo = gitRepository(files)
    git(repo, 'add', '-A')
    const home = makeProject()
    return run('pre-commit', ['try-repo', checkout, 'strategy-lint', '--verbose', '--color', 'never'], repo, hookEnv({PRE_COMMIT_HOME: home}), 280_000)
  }

  it('blocks a bad strategy document, showing the messages', {timeout: 300_000}, async () => {
    const result = await tryRepo({'docs/strategy.md': MISSING_SECTION, 'README.md': README})
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(1)
    expect(output).toMatch(/^strategy-lint\.+Failed$/m)
    expect(output).toMatch(/^docs\/strategy\.md$/m)
    expect(output).toMatch(/error\s+Missing section `Diagnosis`.*strategy-required-sections/)
    expect(output).not.toMatch(/An unexpected error has occurred/)
  })

  it('passes a good one; untyped Markdown and an explicitly passed ignored file do not fail it', {timeout: 300_000}, async () => {
    const result = await tryRepo({
      'docs/strategy.md': GOOD_STRATEGY,
      'README.md': README,
      '.remarkignore': 'drafts/\n',
      'drafts/wip-strategy.md': MISSING_SECTION
    })
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(0)
    expect(output).toMatch(/^strategy-lint\.+Passed$/m)
    // pre-commit passed all three Markdown files; the CLI checked the strategy, counted the untyped README as
    // skipped (no warning: the hook passes --no-warn-untyped) and skipped the ignored draft silently.
    expect(output).toMatch(/^1 file checked, no problems; 1 skipped: no document type \(--verbose lists them\)$/m)
  })
})

