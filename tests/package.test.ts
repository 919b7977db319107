/**
 * What `npm pack` ships: every file the bins, the exports map, the types and the docs links need, the licence, and
 * none of the unbundled build output nothing loads (1.8 MB of `dist/src` JavaScript and source maps).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PACKAGE_ROOT} from '../fixtures/cli/project.js'

describe('the packed package', () => {
  it('holds what the bins, exports, types and rule docs need, and no unbundled JavaScript or source maps', () => {
    // (`--ignore-scripts`: `prepare` would build again.)
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})) as Array<{files: Array<{path: string}>}>
    const files = new Set(packed[0].files.map((file) => file.path))
    const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {bin: Record<string, string>; types: string; main: string}
    const needed = [
      ...Object.values(manifest.bin),
      manifest.main.replace(/^\.\//, ''),
      manifest.types.replace(/^\.\//, ''),
      'LICENSE',
      'README.md',
      'package.json',
      'schema/options.schema.json',
      'schema/remarkrc.schema.json',
      'dist/bundle/cli.js',
      'dist/bundle/lsp.js',
      'dist/bundle/lsp-worker.js',
      'dist/bundle/worker.js',
      'dist/bundle/build-id.txt',
      'dist/bundle/rules/strategy-placeholder.js',
      'dist/rules/strategy-placeholder.d.ts',
      ...fs.readdirSync(path.join(PACKAGE_ROOT, 'docs', 'rules')).map((name) => `docs/rules/${name}`)
    ]
    expect(needed.filter((file) => !files.has(file))).toEqual([])
    expect([...files].filter((file) => file.endsWith('.js.map') || /^dist\/(?:src|rules)\/.*\.js$/.test(file) || file.startsWith('dist/schema/'))).toEqual([])
    expect([...files].filter((file) => /^(?:tests|scratch|bench|scripts)\//.test(file))).toEqual([])
  })
})
