/**
 * What the `--cache` key covers beyond the configuration's own text: presets
 * and plugins installed as packages (named by a data configuration or
 * imported by a JS one), what those packages depend on, and the modules a JS
 * configuration imports by path. Real packages in a temporary project's
 * node_modules, the real bin. A replay is made visible by marking the stored
 * messages (`[cached] `); a run that prints no marked message linted again.
 * Also: a hand-edited entry that does not have the shape the cache writes is
 * dropped, never replayed.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, removeProjects, runNode, STRATEGY_LINT_BIN, strategyLint as inProcess, writeFiles} from '../fixtures/cli/project.js'

/**
 * Each run is a new process, as a user's next run after an upgrade is: in one
 * process node's module cache would keep the first version of a plugin. No
 * time budget (so no worker thread per run): what is tested is the cache key.
 */
const strategyLint = (args: string[], cwd: string) => runNode(STRATEGY_LINT_BIN, args, cwd, {STRATEGY_LINT_TIME_BUDGET: '0'})

afterAll(removeProjects)

interface CacheFile {
  format: number
  entries: Record<string, {hash: string; runKey: string; messages: Array<Record<string, unknown> & {reason: string}>}>
}

function readCache(file: string): CacheFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile
}

function markCached(dir: string): void {
  const cacheFile = path.join(dir, '.strategylintcache')
  const data = readCache(cacheFile)
  const entries = Object.values(data.entries)
  expect(entries.length).toBeGreaterThan(0)
  for (const entry of entries) for (const message of entry.messages) message.reason = `[cached] ${message.reason}`
  fs.writeFileSync(cacheFile, JSON.stringify(data))
}

/** A preset package: remark-lint-strategy with `strategy-placeholder` on or off. */
function preset(version: string, placeholder: boolean, dependencies: Record<string, string> = {}): Record<string, string> {
  return {
    'package.json': JSON.stringify({name: 'remark-preset-strategy-team', version, type: 'module', main: 'index.js', dependencies}),
    'index.js': `import strategy from 'remark-lint-strategy'\nexport default {plugins: [[strategy, {rules: {'strategy-placeholder': ${placeholder}}}]]}\n`
  }
}

function inFolder(folder: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]))
}

const PRESET_DIR = 'node_modules/remark-preset-strategy-team'

describe('the --cache key and installed packages', () => {
  it.each([
    ['by its full name', {plugins: ['remark-preset-strategy-team']}],
    ['without the remark- prefix', {plugins: ['preset-strategy-team']}],
    ['as a key of a plugins object', {plugins: {'remark-preset-strategy-team': null}}]
  ])('a preset package named %s: a new version is not replayed stale', async (_, config) => {
    const dir = makeProject({'.remarkrc': JSON.stringify(config), 'warn.md': WARNINGS_ONLY, ...inFolder(PRESET_DIR, preset('1.0.0', false))})
    linkPackage(dir)
    const first = await strategyLint(['--cache'], dir)
    expect(first.stdout).not.toMatch(/strategy-placeholder/)
    markCached(dir)
    // Unchanged: replayed.
    expect((await strategyLint(['--cache'], dir)).stdout).toMatch(/\[cached\] /)
    // The preset is upgraded and now turns strategy-placeholder on: the file is linted again.
    writeFiles(dir, inFolder(PRESET_DIR, preset('1.1.0', true)))
    const second = await strategyLint(['--cache'], dir)
    expect(second.stdout).not.toMatch(/\[cached\] /)
    expect(second.stdout).toMatch(/strategy-placeholder/)
  }, 120_000)

  it('an edited preset entry file with the same version, and a dependency of the preset upgraded, are not replayed stale', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-strategy-team']}),
      'warn.md': WARNINGS_ONLY,
      ...inFolder(PRESET_DIR, preset('1.0.0', false, {'team-words': '^1.0.0'})),
      'node_modules/team-words/package.json': JSON.stringify({name: 'team-words', version: '1.0.0'})
    })
    linkPackage(dir)
    expect((await strategyLint(['--cache'], dir)).stdout).not.toMatch(/strategy-placeholder/)
    markCached(dir)
    writeFiles(dir, {[`${PRESET_DIR}/index.js`]: preset('1.0.0', true)['index.js']})
    const edited = await strategyLint(['--cache'], dir)
    expect(edited.stdout).not.toMatch(/\[cached\] /)
    expect(edited.stdout).toMatch(/strategy-placeholder/)
    markCached(dir)
    expect((await strategyLint(['--cache'], dir)).stdout).toMatch(/\[cached\] /)
    // Only a dependency of the preset changes version: linted again (the marks disappear).
    writeFiles(dir, {'node_modules/team-words/package.json': JSON.stringify({name: 'team-words', version: '1.0.1'})})
    const upgraded = await strategyLint(['--cache'], dir)
    expect(upgraded.stdout).not.toMatch(/\[cached\] /)
    expect(upgraded.stdout).toMatch(/strategy-placeholder/)
  }, 120_000)

  it('a .remarkrc.mjs: a changed module it imports by path, and a changed package that module imports, are not replayed stale', async () => {
    const dir = makeProject({
      '.remarkrc.mjs': `import team from './lint/team.mjs'\nexport default {plugins: [team]}\n`,
      'lint/team.mjs': `import preset from 'remark-preset-strategy-team'\nexport default preset\n`,
      'warn.md': WARNINGS_ONLY,
      ...inFolder(PRESET_DIR, preset('1.0.0', false))
    })
    linkPackage(dir)
    expect((await strategyLint(['--cache'], dir)).stdout).not.toMatch(/strategy-placeholder/)
    markCached(dir)
    expect((await strategyLint(['--cache'], dir)).stdout).toMatch(/\[cached\] /)
    // The package the imported module imports is upgraded.
    writeFiles(dir, inFolder(PRESET_DIR, preset('2.0.0', true)))
    const upgraded = await strategyLint(['--cache'], dir)
    expect(upgraded.stdout).not.toMatch(/\[cached\] /)
    expect(upgraded.stdout).toMatch(/strategy-placeholder/)
    markCached(dir)
    // The imported module itself changes: it turns the rule off again.
    writeFiles(dir, {'lint/team.mjs': `import strategy from 'remark-lint-strategy'\nexport default {plugins: [[strategy, {rules: {'strategy-placeholder': false}}]]}\n`})
    const edited = await strategyLint(['--cache'], dir)
    expect(edited.stdout).not.toMatch(/\[cached\] /)
    expect(edited.stdout).not.toMatch(/strategy-placeholder/)
  }, 120_000)

  it('a .remarkrc.cjs that requires a folder (`./lint`, its index.js): a changed module that index.js requires is not replayed stale', async () => {
    // The plugin's own source is the same in both runs; only what it says comes from the module that changes.
    const dir = makeProject({
      '.remarkrc.cjs': `module.exports = require('./lint')\n`,
      'lint/index.js': `const say = require('./say.cjs')\nmodule.exports = {plugins: [require('remark-lint-strategy').default, () => (tree, file) => { file.message(say()) }]}\n`,
      'lint/say.cjs': `module.exports = () => 'team note one'\n`,
      'lint/package.json': JSON.stringify({type: 'commonjs'}),
      'warn.md': WARNINGS_ONLY
    })
    linkPackage(dir)
    expect((await strategyLint(['--cache', 'warn.md'], dir)).stdout).toMatch(/team note one/)
    markCached(dir)
    expect((await strategyLint(['--cache', 'warn.md'], dir)).stdout).toMatch(/\[cached\] team note one/)
    writeFiles(dir, {'lint/say.cjs': `module.exports = () => 'team note two'\n`})
    const edited = await strategyLint(['--cache', 'warn.md'], dir)
    expect(edited.stdout).not.toMatch(/\[cached\] /)
    expect(edited.stdout).toMatch(/team note two/)
  }, 120_000)

  it('a hand-edited entry that does not have the shape the cache writes is dropped and the file linted again', async () => {
    // Nothing here changes a module between runs, so the runs are in this process (fixtures/cli/project.ts).
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'warn.md': WARNINGS_ONLY})
    const expected = await inProcess(['--format', 'json'], dir)
    await inProcess(['--cache'], dir)
    const cacheFile = path.join(dir, '.strategylintcache')
    const pristine = readCache(cacheFile)
    const warnKey = path.join(dir, 'warn.md')
    expect(pristine.entries[warnKey].messages.length).toBeGreaterThan(0)
    type Entry = Record<string, unknown> & {messages: Array<Record<string, unknown>>}
    const edits: Array<(entry: Entry) => void> = [
      (entry) => { entry.messages[0].place = 'line 3' },
      (entry) => { entry.messages[0].place = {start: {line: '3', column: 1}, end: {line: 3, column: 2}} },
      (entry) => { entry.messages[0].fatal = 'yes' },
      (entry) => { entry.messages[0].expected = [{}] },
      (entry) => { entry.messages[0].ruleId = 42 },
      (entry) => { entry.messages[0].url = {href: 'x'} },
      // The facts put back on the file (how it was typed, what it points to) are checked too.
      (entry) => { entry.typeSource = 'guess' },
      (entry) => { entry.typeSource = 3 },
      (entry) => { entry.pointer = {to: 'x.md'} },
      (entry) => { entry.foreignType = true }
    ]
    for (const edit of edits) {
      const data = structuredClone(pristine)
      // Mark every message so a replay would show, and break one field of one message of warn.md.
      for (const entry of Object.values(data.entries)) for (const message of entry.messages) message.reason = `[cached] ${message.reason}`
      edit(data.entries[warnKey] as unknown as Entry)
      fs.writeFileSync(cacheFile, JSON.stringify(data))
      const result = await inProcess(['--cache', '--format', 'json'], dir)
      expect(result.code).toBe(expected.code)
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
      // warn.md was linted again: its report is the uncached one; the entry on disk is the one written fresh.
      const warn = report.find((file) => file.path === 'warn.md')!
      const uncached = (JSON.parse(expected.stdout) as Array<{path: string; messages: Array<{reason: string}>}>).find((file) => file.path === 'warn.md')!
      expect(warn.messages.map((message) => message.reason)).toEqual(uncached.messages.map((message) => message.reason))
      expect(readCache(cacheFile).entries[warnKey]).toEqual(pristine.entries[warnKey])
    }
  }, 180_000)
})

describe('the --cache key and the resolved configuration', () => {
  it('a .remarkrc.mjs whose options come from the environment: a run with other options is not replayed stale', async () => {
    // The configuration's text and what it imports stay the same; only the options it resolves to differ.
    const config = "export default {plugins: [['remark-lint-strategy', {rules: {'strategy-placeholder': process.env.PLACEHOLDER === 'off' ? false : 'warn'}}]]}\n"
    const dir = makeProject({'.remarkrc.mjs': config, 'warn.md': WARNINGS_ONLY})
    linkPackage(dir)
    const lint = (env: Record<string, string>) => runNode(STRATEGY_LINT_BIN, ['--cache'], dir, {STRATEGY_LINT_TIME_BUDGET: '0', ...env})
    const off = await lint({PLACEHOLDER: 'off'})
    expect(off.stdout).not.toMatch(/strategy-placeholder/)
    markCached(dir)
    expect((await lint({PLACEHOLDER: 'off'})).stdout).toMatch(/\[cached\] /)
    const on = await lint({PLACEHOLDER: 'on'})
    expect(on.stdout).not.toMatch(/\[cached\] /)
    expect(on.stdout).toMatch(/strategy-placeholder/)
  }, 120_000)

  it('a .remarkrc.mjs whose settings (the type, the day) come from the environment: another type or day is not replayed stale', async () => {
    const config =
      "export default {settings: {strategyType: process.env.DOC_TYPE ?? 'strategy', strategyDate: process.env.AS_OF ?? '2020-01-01'}, plugins: ['remark-lint-strategy']}\n"
    // (Its deadlines are in the past on 2031-01-01; a leftover `TBD` gives every run a message to mark as replayed.)
    const dated = GOOD_STRATEGY.replace(/^## Coherent Actions\n\n/m, '## Coherent Actions\n\n- Owner: TBD.\n')
    expect(dated).not.toBe(GOOD_STRATEGY)
    const dir = makeProject({'.remarkrc.mjs': config, 'plan.md': dated})
    linkPackage(dir)
    const lint = (env: Record<string, string>) => runNode(STRATEGY_LINT_BIN, ['--cache', '-f', 'json'], dir, {STRATEGY_LINT_TIME_BUDGET: '0', ...env})
    const typeOf = (stdout: string) => (JSON.parse(stdout) as Array<{type?: string}>)[0].type
    const stale = (stdout: string) => (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.filter((message) => message.ruleId === 'strategy-stale-deadline').length
    const first = await lint({})
    expect(typeOf(first.stdout)).toBe('strategy')
    expect(stale(first.stdout)).toBe(0)
    // The same settings again: replayed.
    markCached(dir)
    expect((await lint({})).stdout).toMatch(/\[cached\] /)
    const vision = await lint({DOC_TYPE: 'vision'})
    expect(vision.stdout).not.toMatch(/\[cached\] /)
    expect(typeOf(vision.stdout)).toBe('vision')
    const later = await lint({AS_OF: '2031-01-01'})
    expect(later.stdout).not.toMatch(/\[cached\] /)
    expect(stale(later.stdout)).toBeGreaterThan(0)
  }, 120_000)
})
