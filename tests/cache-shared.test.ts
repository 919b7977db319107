/**
 * Runs sharing one `--cache-location`: real `strategy-lint` processes started
 * at the same time on disjoint folders. Each run loads the (empty) cache at
 * its start and writes at its end; before `save` merged under a lock, the run
 * that finished last wrote only its own files and the other run's entries
 * were lost.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {makeProject, removeProjects, STRATEGY_LINT_BIN, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

interface CacheFile {
  format: number
  entries: Record<string, {messages: Array<{reason: string}>}>
}

const CACHE = 'shared/lint-cache.json'

function readCache(file: string): CacheFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile
}

/** `count` files in each of `folders`, alternating a failing and a warnings-only document. */
function project(folders: string[], count: number): {dir: string; files: string[]} {
  const files: Record<string, string> = {}
  for (const folder of folders) {
    for (let index = 0; index < count; index++) files[`${folder}/doc-${index}.md`] = index % 2 === 0 ? MISSING_SECTION : WARNINGS_ONLY
  }
  const dir = makeProject(files)
  return {dir, files: Object.keys(files).map((name) => path.join(dir, name)).sort()}
}

describe('runs sharing a cache file', () => {
  it('two runs started together on different folders both keep their entries, and a later run replays both', async () => {
    const {dir, files} = project(['a', 'b'], 6)
    const cacheFile = path.join(dir, CACHE)
    const [a, b] = await Promise.all([
      strategyLint(['--cache', '--cache-location', CACHE, '--format', 'json', 'a'], dir),
      strategyLint(['--cache', '--cache-location', CACHE, '--format', 'json', 'b'], dir)
    ])
    expect(a.code).toBe(1)
    expect(b.code).toBe(1)
    expect(Object.keys(readCache(cacheFile).entries).sort()).toEqual(files)
    expect(fs.existsSync(`${cacheFile}.lock`)).toBe(false)
    expect(fs.readdirSync(path.dirname(cacheFile))).toEqual(['lint-cache.json'])

    // Mark every stored message: a later run over both folders prints only marked messages, so
    // every file of both runs was replayed from the shared cache, none linted again.
    const data = readCache(cacheFile)
    for (const entry of Object.values(data.entries)) for (const message of entry.messages) message.reason = `[cached] ${message.reason}`
    fs.writeFileSync(cacheFile, JSON.stringify(data))
    const later = await strategyLint(['--cache', '--cache-location', CACHE, '--format', 'json', 'a', 'b'], dir)
    expect(later.code).toBe(1)
    const report = JSON.parse(later.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(report.map((file) => path.join(dir, file.path)).sort()).toEqual(files)
    const reasons = report.flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons.length).toBeGreaterThan(files.length)
    expect(reasons.filter((reason) => !reason.startsWith('[cached] '))).toEqual([])
    // Replayed, the report is what the two runs reported, file by file.
    const unmarked = (stdout: string) =>
      (JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string}>}>).map((file) => ({
        path: file.path,
        reasons: file.messages.map((message) => message.reason.replace(/^\[cached\] /, ''))
      }))
    expect(unmarked(later.stdout)).toEqual([...unmarked(a.stdout), ...unmarked(b.stdout)])
  }, 120_000)

  it('four runs at once keep all four folders', async () => {
    const folders = ['w', 'x', 'y', 'z']
    const {dir, files} = project(folders, 3)
    const results = await Promise.all(folders.map((folder) => strategyLint(['--cache', '--cache-location', CACHE, folder], dir)))
    expect(results.map((result) => result.code)).toEqual([1, 1, 1, 1])
    expect(Object.keys(readCache(path.join(dir, CACHE)).entries).sort()).toEqual(files)
  }, 120_000)

  it('a lock file left by a run that died is taken over; a run keeps entries for files it did not lint', async () => {
    const {dir, files} = project(['a', 'b'], 2)
    const cacheFile = path.join(dir, CACHE)
    expect((await strategyLint(['--cache', '--cache-location', CACHE, 'a'], dir)).code).toBe(1)
    const lock = `${cacheFile}.lock`
    fs.writeFileSync(lock, '999999')
    const old = new Date(Date.now() - 10 * 60_000)
    fs.utimesSync(lock, old, old)
    expect((await strategyLint(['--cache', '--cache-location', CACHE, 'b'], dir)).code).toBe(1)
    expect(fs.existsSync(lock)).toBe(false)
    expect(Object.keys(readCache(cacheFile).entries).sort()).toEqual(files)
  }, 120_000)

  it('a fresh lock file whose run on this machine is gone is taken over, not waited for and left', async () => {
    const {dir, files} = project(['a', 'b'], 2)
    const cacheFile = path.join(dir, CACHE)
    expect((await strategyLint(['--cache', '--cache-location', CACHE, 'a'], dir)).code).toBe(1)
    // A pid no process has (above the kernel's pid_max), written by a run killed during its merge a moment ago.
    const lock = `${cacheFile}.lock`
    fs.writeFileSync(lock, `${2 ** 22 + 1}@${os.hostname()}#${fs.readlinkSync('/proc/self/ns/pid')}`)
    expect((await strategyLint(['--cache', '--cache-location', CACHE, 'b'], dir)).code).toBe(1)
    // Taken over and released: a run that waited out the lock writes without it and leaves it where it was.
    expect(fs.existsSync(lock)).toBe(false)
    expect(Object.keys(readCache(cacheFile).entries).sort()).toEqual(files)
  }, 120_000)

  it('a cache location that is a link is written where it leads, the link kept; a read-only cache is not replaced', async () => {
    const {dir, files} = project(['a'], 2)
    // A link to a cache kept elsewhere (a folder CI restores): it was replaced by a file, and the cache there never filled.
    fs.mkdirSync(path.join(dir, 'kept'))
    fs.symlinkSync(path.join(dir, 'kept', 'cache.json'), path.join(dir, 'linked'))
    expect((await strategyLint(['--cache', '--cache-location', 'linked', 'a'], dir)).code).toBe(1)
    expect(fs.lstatSync(path.join(dir, 'linked')).isSymbolicLink()).toBe(true)
    expect(Object.keys(readCache(path.join(dir, 'kept', 'cache.json')).entries).sort()).toEqual(files)
    expect(fs.readdirSync(path.join(dir, 'kept'))).toEqual(['cache.json'])
    // Read-only by its mode, for root too (who may write any file: it was replaced, its mode 644 after).
    const readOnly = path.join(dir, 'kept', 'cache.json')
    fs.chmodSync(readOnly, 0o444)
    const before = fs.readFileSync(readOnly, 'utf8')
    fs.writeFileSync(path.join(dir, 'a', 'new.md'), MISSING_SECTION)
    const result = await strategyLint(['--cache', '--cache-location', 'linked', 'a'], dir)
    expect(result.stderr).toBe(`strategy-lint: warning: cannot write the cache ${path.join(dir, 'linked')}: it is read-only\n`)
    expect(fs.readFileSync(readOnly, 'utf8')).toBe(before)
    expect(fs.statSync(readOnly).mode & 0o777).toBe(0o444)
    // Links that loop: neither is replaced by a file.
    fs.symlinkSync('loop2', path.join(dir, 'loop1'))
    fs.symlinkSync('loop1', path.join(dir, 'loop2'))
    const looped = await strategyLint(['--cache', '--cache-location', 'loop1', 'a'], dir)
    expect(looped.stderr).toBe(`strategy-lint: warning: cannot write the cache ${path.join(dir, 'loop1')}: its symbolic links form a loop\n`)
    expect(fs.lstatSync(path.join(dir, 'loop2')).isSymbolicLink()).toBe(true)
  }, 120_000)

  it('`--cache-location /dev/null` keeps nothing, silently, and /dev/null stays the device (renamed over, it was replaced when run as root)', async () => {
    const {dir} = project(['a'], 2)
    // Run as `nobody` when the tests run as root: a rename over /dev/null then fails (before, with a warning that the
    // cache could not be written) instead of replacing the machine's /dev/null, should the fix ever be undone.
    const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    fs.chmodSync(dir, 0o777)
    fs.chmodSync(path.join(dir, 'a'), 0o777)
    for (let run = 0; run < 2; run++) {
      const result = spawnSync(process.execPath, [STRATEGY_LINT_BIN, '--cache', '--cache-location', '/dev/null', 'a'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...asNobody})
      expect(result.status, result.stderr).toBe(1)
      expect(result.stderr).toBe('')
      expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true)
    }
  }, 120_000)

  it('a cache whose lock cannot be made (a file on its path, a name too long) is a warning: the report is printed and the exit code is its own', async () => {
    const {dir} = project(['a'], 2)
    fs.writeFileSync(path.join(dir, 'afile'), '')
    for (const location of ['afile/cache', 'c'.repeat(252)]) {
      const result = await strategyLint(['--cache', '--cache-location', location, '--format', 'unix', 'a'], dir)
      expect(result.code, result.stderr).toBe(1)
      expect(result.stdout).toMatch(/^a\//m)
      expect(result.stderr).toMatch(/^strategy-lint: warning: cannot write the cache .*: (?:ENOTDIR|ENAMETOOLONG|EEXIST)\b/)
    }
  }, 120_000)
})
