/**
 * `strategy-lint --cache`: real files in a temporary folder and the real bin.
 * A cached result is made observable by editing the stored messages in the
 * cache file: when the next run prints the edited reason, the file was not
 * linted again but replayed from the cache.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, README, UNTYPED_NOTES, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {copyBuiltPackage, linkPackage, makeProject, removeProjects, runNode, strategyLint, writeFiles} from '../fixtures/cli/project.js'

afterAll(removeProjects)

interface CacheFile {
  format: number
  entries: Record<string, {hash: string; runKey: string; messages: Array<{reason: string; ruleId: string | null}>}>
}

function readCache(file: string): CacheFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile
}

/** Prefix every stored reason of `name` with `[cached] `, so a replay shows in the report. */
function markCached(cacheFile: string, dir: string, name: string): void {
  const data = readCache(cacheFile)
  const entry = data.entries[path.join(dir, name)]
  expect(entry, `no cache entry for ${name}`).toBeDefined()
  expect(entry.messages.length).toBeGreaterThan(0)
  for (const message of entry.messages) message.reason = `[cached] ${message.reason}`
  fs.writeFileSync(cacheFile, JSON.stringify(data))
}

const PLACEHOLDER_OFF = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-placeholder': false}}]]})

describe('strategy-lint --cache across builds of one version', () => {
  it('a newer build of the same version replays no result of the old one', async () => {
    // A copy of the package, built again with a changed message and the same version (as a newer commit is).
    const copy = copyBuiltPackage()
    const dir = makeProject({'strategy.md': WARNINGS_ONLY})
    const cli = path.join(copy, 'bin', 'strategy-lint.js')
    const first = await runNode(cli, ['--cache', 'strategy.md'], dir)
    expect(first.stdout).toMatch(/Template leftover `TBD`/)
    const bundle = path.join(copy, 'dist', 'bundle')
    for (const name of fs.readdirSync(bundle)) {
      const file = path.join(bundle, name)
      if (name.endsWith('.js')) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('Template leftover', 'Leftover of the template'))
    }
    fs.writeFileSync(path.join(bundle, 'build-id.txt'), 'another build\n')
    const second = await runNode(cli, ['--cache', 'strategy.md'], dir)
    expect(second.stdout).toMatch(/Leftover of the template `TBD`/)
    expect(second.stdout).not.toMatch(/Template leftover/)
  })
})

describe.concurrent('strategy-lint --cache', () => {
  it.each(['stylish', 'json', 'sarif'])('a second run prints byte-identical %s output with the same exit code', async (format) => {
    const dir = makeProject({
      'good.md': GOOD_STRATEGY,
      'missing.md': MISSING_SECTION,
      'docs/warn.md': WARNINGS_ONLY,
      'README.md': README
    })
    const plain = await strategyLint(['--format', format], dir)
    expect(fs.existsSync(path.join(dir, '.strategylintcache'))).toBe(false)
    const cold = await strategyLint(['--cache', '--format', format], dir)
    const cache = readCache(path.join(dir, '.strategylintcache'))
    expect(Object.keys(cache.entries).sort()).toEqual(
      ['README.md', 'docs/warn.md', 'good.md', 'missing.md'].map((name) => path.join(dir, name)).sort()
    )
    const warm = await strategyLint(['--cache', '--format', format], dir)
    expect(cold.code).toBe(1)
    expect(warm.code).toBe(cold.code)
    expect(warm.stdout).toBe(cold.stdout)
    expect(warm.stderr).toBe(cold.stderr)
    // And the same as without the cache.
    expect(cold.stdout).toBe(plain.stdout)
    expect(cold.code).toBe(plain.code)
  })

  it('replays warnings-only results: exit 0, and --max-warnings and --quiet still apply', async () => {
    const dir = makeProject({'warn.md': WARNINGS_ONLY})
    const cold = await strategyLint(['--cache'], dir)
    const warm = await strategyLint(['--cache'], dir)
    expect(cold.code).toBe(0)
    expect(warm).toEqual(cold)
    expect(warm.stdout).toMatch(/warning/)
    const limited = await strategyLint(['--cache', '--max-warnings', '0'], dir)
    expect(limited.code).toBe(1)
    expect(limited.stderr).toMatch(/more than --max-warnings 0/)
    const quiet = await strategyLint(['--cache', '--quiet'], dir)
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toMatch(/1 file checked, no errors; \d+ warnings? not shown \(--quiet\)/)
  })

  it('re-lints an edited file; unchanged files come from the cache', async () => {
    const dir = makeProject({'a.md': MISSING_SECTION, 'b.md': MISSING_SECTION})
    const cacheFile = path.join(dir, '.strategylintcache')
    await strategyLint(['--cache'], dir)
    markCached(cacheFile, dir, 'a.md')
    markCached(cacheFile, dir, 'b.md')
    writeFiles(dir, {'b.md': WARNINGS_ONLY})
    const result = await strategyLint(['--cache', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId: string}>}>
    const a = files.find((file) => file.path === 'a.md')!
    const b = files.find((file) => file.path === 'b.md')!
    // a.md is unchanged: its (edited) stored messages are replayed.
    expect(a.messages.length).toBeGreaterThan(0)
    expect(a.messages.every((message) => message.reason.startsWith('[cached] '))).toBe(true)
    // b.md changed: linted again, its new messages appear.
    expect(b.messages.some((message) => message.reason.startsWith('[cached] '))).toBe(false)
    expect(b.messages.map((message) => message.ruleId)).toContain('strategy-placeholder')
    expect(b.messages.map((message) => message.ruleId)).not.toContain('strategy-required-sections')
    // The cache now holds b.md's new result.
    const stored = readCache(cacheFile).entries[path.join(dir, 'b.md')]
    expect(stored.messages.map((message) => message.ruleId)).toContain('strategy-placeholder')
  })

  it('a changed .remarkrc (a rule turned off) invalidates the cache', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}), 'warn.md': WARNINGS_ONLY})
    linkPackage(dir)
    const cacheFile = path.join(dir, '.strategylintcache')
    const first = await strategyLint(['--cache'], dir)
    expect(first.stdout).toMatch(/strategy-placeholder/)
    markCached(cacheFile, dir, 'warn.md')
    // Unchanged: replayed.
    expect((await strategyLint(['--cache'], dir)).stdout).toMatch(/\[cached\] /)
    writeFiles(dir, {'.remarkrc': PLACEHOLDER_OFF})
    const second = await strategyLint(['--cache'], dir)
    expect(second.stdout).not.toMatch(/\[cached\] /)
    expect(second.stdout).not.toMatch(/strategy-placeholder/)
    expect(second.stdout).toMatch(/strategy-section-length/)
  })

  it('a package.json#remarkConfig in a parent folder invalidates the cache', async () => {
    const dir = makeProject({'package.json': JSON.stringify({name: 'x'}), 'docs/warn.md': WARNINGS_ONLY})
    linkPackage(dir)
    const cacheFile = path.join(dir, '.strategylintcache')
    await strategyLint(['--cache'], dir)
    markCached(cacheFile, dir, 'docs/warn.md')
    writeFiles(dir, {'package.json': JSON.stringify({name: 'x', remarkConfig: JSON.parse(PLACEHOLDER_OFF) as unknown})})
    const result = await strategyLint(['--cache'], dir)
    expect(result.stdout).not.toMatch(/\[cached\] /)
    expect(result.stdout).not.toMatch(/strategy-placeholder/)
  })

  it('a superseded record is linted again when its successor\'s file is deleted or created, and replayed while it stays', async () => {
    // The successor link's result depends on another file: the cache replayed `leads nowhere` after the file was
    // created, and a pass after it was deleted.
    const old = '---\ntype: adr\nstatus: superseded\nsuperseded-by: new.md\n---\n\n# 1. Old decision\n\n## Context\n\nTODO\n'
    const dir = makeProject({'old.md': old, 'new.md': '# 2. New decision\n'})
    const cacheFile = path.join(dir, '.strategylintcache')
    const lint = () => strategyLint(['--cache', '--format', 'unix', 'old.md'], dir)
    expect((await lint()).code).toBe(0)
    fs.rmSync(path.join(dir, 'new.md'))
    const deleted = await lint()
    expect(deleted.code).toBe(1)
    expect(deleted.stdout).toMatch(/The successor link `new\.md` .*leads nowhere/)
    markCached(cacheFile, dir, 'old.md')
    expect((await lint()).stdout).toMatch(/\[cached\] /)
    fs.writeFileSync(path.join(dir, 'new.md'), '# 2. New decision\n')
    expect(await lint()).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('a changed --type invalidates the cache', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    const cacheFile = path.join(dir, '.strategylintcache')
    const untyped = await strategyLint(['--cache'], dir)
    expect(untyped.code).toBe(0)
    const vision = await strategyLint(['--cache', '--type', 'vision'], dir)
    expect(vision.code).toBe(1)
    expect(vision.stdout).toMatch(/strategy-required-sections/)
    markCached(cacheFile, dir, 'notes.md')
    // Same --type again: replayed.
    expect((await strategyLint(['--cache', '--type', 'vision'], dir)).stdout).toMatch(/\[cached\] /)
    // Back to no --type: linted again.
    const again = await strategyLint(['--cache'], dir)
    expect(again).toEqual(untyped)
  })

  it('a warm run that learns nothing leaves the cache file as it is; one after a file was deleted drops its entry', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION, 'good.md': GOOD_STRATEGY})
    const cacheFile = path.join(dir, '.strategylintcache')
    const cold = await strategyLint(['--cache'], dir)
    const written = fs.statSync(cacheFile)
    // The cache is written through a temporary file and a rename: a rewrite gives the path a new inode.
    expect(await strategyLint(['--cache'], dir)).toEqual(cold)
    const after = fs.statSync(cacheFile)
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs])
    fs.rmSync(path.join(dir, 'good.md'))
    await strategyLint(['--cache'], dir)
    expect(Object.keys(readCache(cacheFile).entries)).toEqual([path.join(dir, 'missing.md')])
  })

  it('a corrupt or foreign cache file is ignored and rewritten', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION, 'good.md': GOOD_STRATEGY})
    const cacheFile = path.join(dir, '.strategylintcache')
    const expected = await strategyLint([], dir)
    for (const junk of ['{not json', '[]', JSON.stringify({format: 1, entries: {[path.join(dir, 'missing.md')]: {hash: 1}}}), '']) {
      fs.writeFileSync(cacheFile, junk)
      const result = await strategyLint(['--cache'], dir)
      expect(result).toEqual(expected)
      expect(Object.keys(readCache(cacheFile).entries)).toHaveLength(2)
    }
  })

  it('--cache-location writes where asked, a file or into a folder', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION, 'out/.keep': ''})
    const result = await strategyLint(['--cache', '--cache-location', 'tmp/lint-cache.json'], dir)
    expect(result.code).toBe(1)
    expect(fs.existsSync(path.join(dir, '.strategylintcache'))).toBe(false)
    expect(Object.keys(readCache(path.join(dir, 'tmp/lint-cache.json')).entries)).toEqual([path.join(dir, 'missing.md')])
    markCached(path.join(dir, 'tmp/lint-cache.json'), dir, 'missing.md')
    expect((await strategyLint(['--cache', '--cache-location', 'tmp/lint-cache.json'], dir)).stdout).toMatch(/\[cached\] /)
    await strategyLint(['--cache', '--cache-location', 'out'], dir)
    expect(fs.existsSync(path.join(dir, 'out', '.strategylintcache'))).toBe(true)
  })

  it('without --cache nothing is read or written; --cache-location without --cache is a usage error, not a run without the cache', async () => {
    const dir = makeProject({'missing.md': MISSING_SECTION})
    const cacheFile = path.join(dir, '.strategylintcache')
    await strategyLint(['--cache'], dir)
    markCached(cacheFile, dir, 'missing.md')
    const before = fs.readFileSync(cacheFile, 'utf8')
    const result = await strategyLint([], dir)
    expect(result.stdout).not.toMatch(/\[cached\] /)
    const located = await strategyLint(['--cache-location', 'elsewhere.json'], dir)
    expect(located.code).toBe(2)
    expect(located.stdout).toBe('')
    expect(located.stderr).toBe('strategy-lint: --cache-location names the file --cache keeps its results in, and --cache is not given: add --cache, or drop --cache-location\n')
    expect(fs.existsSync(path.join(dir, 'elsewhere.json'))).toBe(false)
    expect(fs.readFileSync(cacheFile, 'utf8')).toBe(before)
  })

  it('a repository made above the working folder (git init) is a new key: records typed by their folder from its root', async () => {
    const dir = makeProject({'docs/adr/0001-use-postgres.md': '# Use Postgres\n\nWe will use Postgres.\n'})
    const inside = path.join(dir, 'docs', 'adr')
    const cold = await strategyLint(['--cache', '--cache-location', path.join(dir, 'lint.cache'), '.'], inside)
    expect(cold.stdout).toMatch(/1 skipped: no document type/)
    fs.mkdirSync(path.join(dir, '.git'))
    const cached = await strategyLint(['--cache', '--cache-location', path.join(dir, 'lint.cache'), '.'], inside)
    const fresh = await strategyLint(['.'], inside)
    expect(fresh.stdout).toMatch(/Missing section `Status`/)
    expect(cached).toEqual(fresh)
  })

  it('configuration errors still exit 2 with a warm cache', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}), 'missing.md': MISSING_SECTION})
    linkPackage(dir)
    expect((await strategyLint(['--cache'], dir)).code).toBe(1)
    writeFiles(dir, {'.remarkrc': '{bad json'})
    const result = await strategyLint(['--cache'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^strategy-lint: .*Cannot parse file `\.remarkrc`/)
  })
})
