/**
 * A folder the run cannot list, or an ignore file it cannot read (no permission): found inside a folder, it gets one error of its own in the report and
 * the other files are linted (it stopped the whole run with `Cannot read folder`, naming none); named on the command
 * line, it is a usage error that names it. Permissions do not stop root, so as root the bin runs as `nobody`.
 */
import {execFile, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, STRATEGY_LINT_BIN, strategyLint} from '../fixtures/cli/project.js'

const NOBODY = 65534

afterAll(removeProjects)

function lintWithoutPermission(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  const asNobody = process.getuid?.() === 0 ? {uid: NOBODY, gid: NOBODY} : {}
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [STRATEGY_LINT_BIN, ...args], {cwd, encoding: 'utf8', timeout: 60_000, env: {...process.env, NO_COLOR: '1'}, ...asNobody}, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({code: error ? (error.code as number) : 0, stdout, stderr})
    })
  })
}

function projectWithLockedFolder(): string {
  const dir = makeProject({'strategy.md': NEAR_MISS, 'locked/inside.md': NEAR_MISS})
  // (A made project is a mkdtemp folder, 0700: `nobody` must enter it and read its file; only `locked` is closed.)
  fs.chmodSync(dir, 0o755)
  fs.chmodSync(path.join(dir, 'locked'), 0o000)
  return dir
}

describe('a folder that cannot be listed', () => {
  it('found in a folder: one error for it in the report, the other files linted, exit 1', async () => {
    const dir = projectWithLockedFolder()
    try {
      const result = await lintWithoutPermission(['--format', 'unix', '.'], dir)
      expect(result.stderr).toBe('')
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^strategy\.md:\d+:\d+: error: Heading `Sucess Criteria`/m)
      expect(result.stdout).toMatch(/^locked:1:1: error: Cannot read this folder \(EACCES: permission denied\); its files were not linted: fix its permissions, or ignore it in \.remarkignore \[strategy-lint\]$/m)
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755)
    }
  })

  // (The error says to ignore it in .remarkignore; doing so changed nothing, since the walk lists folders before any
  // ignore file is read.)
  it.each([
    ['.remarkignore', 'locked/'],
    ['.remarkignore', 'locked'],
    ['.gitignore', 'locked/']
  ])('ignored by %s (`%s`): no error, the other files linted', async (name, line) => {
    const dir = projectWithLockedFolder()
    fs.writeFileSync(path.join(dir, name), `${line}\n`)
    try {
      const result = await lintWithoutPermission(['--format', 'unix', '.'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^strategy\.md:\d+:\d+: error: Heading `Sucess Criteria`/m)
      expect(result.stdout).not.toMatch(/Cannot read this folder/)
      // Another folder's line does not cover it.
      fs.writeFileSync(path.join(dir, name), 'elsewhere/\n')
      expect((await lintWithoutPermission(['--format', 'unix', '.'], dir)).stdout).toMatch(/^locked:1:1: error: Cannot read this folder/m)
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755)
    }
  })

  it('named on the command line: a usage error that names it, exit 2', async () => {
    const dir = projectWithLockedFolder()
    try {
      expect(await lintWithoutPermission(['locked'], dir)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'strategy-lint: cannot read the folder locked (EACCES: permission denied); fix its permissions, or leave it out\n'
      })
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755)
    }
  })

  it('an ignore file that cannot be read is a usage error, not a silent pass over what it lists', async () => {
    const dir = makeProject({'strategy.md': NEAR_MISS, 'draft.md': NEAR_MISS, '.remarkignore': 'draft.md\n'})
    fs.chmodSync(dir, 0o755)
    for (const name of ['strategy.md', 'draft.md']) fs.chmodSync(path.join(dir, name), 0o644)
    fs.chmodSync(path.join(dir, '.remarkignore'), 0o000)
    expect(await lintWithoutPermission(['.'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'strategy-lint: cannot read the ignore file .remarkignore (EACCES: permission denied), so the files it lists would be linted; fix its permissions, or pass --ignore-path\n'
    })
  })
})

describe('a file whose name is not valid UTF-8', () => {
  it('gets one error of its own saying so, and the other files are linted (it stopped the whole run)', async () => {
    const dir = makeProject({'strategy.md': NEAR_MISS})
    // `latin\xe9.md`, a Latin-1 name from an old archive: Node lists it as `latin\uFFFD.md`, which opens nothing.
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/latin`), Buffer.from([0xe9]), Buffer.from('.md')]), NEAR_MISS)
    const result = await strategyLint(['--format', 'unix', '.'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^strategy\.md:\d+:\d+: error: Heading `Sucess Criteria`/m)
    expect(result.stdout).toMatch(/^latin\uFFFD\.md:1:1: error: Cannot read this file: its name is not valid UTF-8 .*rename it in UTF-8/m)
  })
})

describe('a folder whose name is not valid UTF-8', () => {
  it('gets one error of its own saying so and how to rename it; the other files are linted', async () => {
    const dir = makeProject({'strategy.md': NEAR_MISS})
    const folder = Buffer.concat([Buffer.from(`${dir}/dir`), Buffer.from([0xe9])])
    fs.mkdirSync(folder)
    fs.writeFileSync(Buffer.concat([folder, Buffer.from('/x.md')]), NEAR_MISS)
    const result = await strategyLint(['--format', 'unix', '.'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^strategy\.md:\d+:\d+: error: Heading `Sucess Criteria`/m)
    expect(result.stdout).toMatch(/^dir\uFFFD:1:1: error: Cannot read this folder \(its name is not valid UTF-8, so it cannot be opened by name\); its files were not linted: rename it in UTF-8/m)
  })
})

describe('a folder whose path is too long to list', () => {
  it('one error that says to move it to a shorter path, not to fix its permissions; the other files linted', async () => {
    const dir = makeProject({'strategy.md': NEAR_MISS})
    // Twenty folders of 250 characters, one inside the other: made in two steps of ten, each a path the system takes,
    // the second from inside the first (the whole path, over 5,000 characters, is longer than it takes); removed with
    // `rm -rf`, as a recursive removal by path cannot reach them.
    const ten = Array(10).fill('d'.repeat(250)).join('/')
    fs.mkdirSync(path.join(dir, 'deep', ten), {recursive: true})
    try {
      execFileSync('mkdir', ['-p', ten], {cwd: path.join(dir, 'deep', ten)})
      const result = await strategyLint(['--format', 'unix', '.'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^strategy\.md:\d+:\d+: error: Heading `Sucess Criteria`/m)
      expect(result.stdout).toMatch(/: error: Cannot read this folder \(ENAMETOOLONG: [^)]*\); its files were not linted: move it to a shorter path, or ignore it in \.remarkignore \[strategy-lint\]$/m)
    } finally {
      execFileSync('rm', ['-rf', 'deep'], {cwd: dir})
    }
  })
})
