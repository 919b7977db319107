#!/usr/bin/env node
/**
 * Bundles the compiled package (dist/src, from `tsc`) into dist/bundle with
 * esbuild, for what starts a process or a thread: the CLI, its worker
 * threads, the language server and its check workers, and the package's
 * exports (the plugin and each rule alone, which a `.remarkrc` loads in those
 * processes). Part of `npm run build`.
 *
 * Why: Node 20 loads about 375 separate ES modules for a run (ours and those
 * of unified, remark, micromark, unified-engine, ...), and resolving and
 * loading them one by one took most of a small run's time: importing the CLI
 * took 0.60 s against 0.22 s for the same code as one bundle, and a CLI run on
 * one README 0.58-0.62 s against 0.24-0.26 s (2026-12-04, this 2-core
 * machine). Each worker thread pays the same start.
 *
 * The entries share their code through chunks (`splitting`), so a CLI that
 * loads the package's main export through a configuration gets the modules it
 * already has, not a second copy. Functions are not given back their names
 * (esbuild's `keepNames` off): with it on, every function the bundle defines
 * is named again by a call each time its definition runs, closures made per
 * file included, and a run over 5,000 small files took 1.2x as long
 * (2026-12-04, paired runs). Three names are read at run time: the plugin's
 * (src/engine/plugin-presence.ts) and remark-parse's and remark-frontmatter's
 * (src/server/server.ts); esbuild keeps a function's name unless two clash,
 * and the build checks below that these three kept theirs. The
 * bundle sits two folders below the package root, as dist/src's files do, so
 * the paths the code builds from `import.meta.url` (the package's
 * package.json, the worker scripts next to it, the schema) hold in both; the
 * phrase lists, read at run time next to src/language/phrases.js, are copied
 * next to the bundle. ajv, which the code loads only when options need
 * validating (src/ajv.ts), is bundled apart as dist/bundle/ajv.cjs, so the
 * bundle runs where no node_modules holds it (a pre-commit checkout). The
 * bundler rewrites the source of the functions it bundles, which the language
 * server compares to recognise Markdown syntax; its check workers also load
 * the installed syntax packages (src/server/server.ts, addInstalledSyntax).
 *
 * After bundling, the bundle lints a document (the package's main export in a
 * new process), so a broken bundle fails the build rather than a user's run.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'dist', 'bundle')

/** Each entry of the bundle: the name of its file in dist/bundle, and the compiled module it starts from. */
const ENTRIES = {
  index: 'dist/src/index.js',
  cli: 'dist/src/cli/main.js',
  worker: 'dist/src/engine/worker.js',
  lsp: 'dist/src/server/lsp.js',
  'lsp-worker': 'dist/src/server/lsp-worker.js',
  // What the language server's check workers build on (its syntax recognition), for tests/lsp-incremental-config.test.ts.
  server: 'dist/src/server/server.js'
}

// Each rule used alone (`remark-lint-strategy/rules/<id>`), sharing the same chunks: a configuration that names a
// rule next to the plugin gets one document model, not two.
for (const name of fs.readdirSync(path.join(ROOT, 'dist', 'rules'))) {
  if (name.endsWith('.js')) ENTRIES[`rules/${name.slice(0, -'.js'.length)}`] = `dist/rules/${name}`
}

fs.rmSync(OUT, {recursive: true, force: true})
await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  keepNames: false,
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  // The CommonJS dependencies (ajv, vscode-languageserver, ...) call `require` for Node's own modules.
  banner: {js: "import {createRequire as __bundleCreateRequire} from 'node:module'; const require = __bundleCreateRequire(import.meta.url);"}
})
fs.copyFileSync(path.join(ROOT, 'src', 'language', 'phrases.json'), path.join(OUT, 'phrases.json'))
// ajv, which the code loads only when options need validating (src/ajv.ts), as one file of its own next to the bundle:
// the bundle then needs no node_modules (pre-commit runs it from a checkout that has none).
await build({
  stdin: {contents: "module.exports = require('ajv')", resolveDir: ROOT, loader: 'js'},
  outfile: path.join(OUT, 'ajv.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning'
})

// The build's id, a hash of every file of the bundle: the cache keys on it beside the version (src/version.ts), so a
// newer build of the same version (a commit that pre-commit's `autoupdate --freeze` pins) replays no result of the old.
const hash = createHash('sha256')
for (const name of fs.readdirSync(OUT, {recursive: true}).sort()) {
  const file = path.join(OUT, name)
  if (fs.statSync(file).isFile()) hash.update(name).update('\0').update(fs.readFileSync(file)).update('\0')
}
fs.writeFileSync(path.join(OUT, 'build-id.txt'), `${hash.digest('hex')}\n`)

// The function names code compares at run time (see the top of this file): renamed apart by esbuild, they would
// stop matching without an error anywhere.
const bundled = fs.readdirSync(OUT).filter((name) => name.endsWith('.js')).map((name) => fs.readFileSync(path.join(OUT, name), 'utf8'))
for (const name of ['remarkLintStrategy', 'remarkParse', 'remarkFrontmatter']) {
  if (!bundled.some((source) => source.includes(`function ${name}(`))) {
    console.error(`bundle: dist/bundle has no function named \`${name}\` (esbuild renamed it apart from another); the code that recognises it by name needs another way`)
    process.exit(1)
  }
}

const check = `
const {lint} = await import(${JSON.stringify(new URL('index.js', `file://${OUT}/`).href)})
const messages = await lint('---\\ntype: strategy\\n---\\n\\n# Strategy\\n\\n## Context\\n\\nImprove developer productivity.\\n')
if (!messages.some((message) => message.ruleId === 'strategy-required-sections')) throw new Error('the bundle linted nothing')
`
try {
  execFileSync(process.execPath, ['--input-type=module', '-e', check], {stdio: ['ignore', 'ignore', 'pipe']})
} catch (error) {
  console.error(`bundle: dist/bundle does not lint a document:\n${error.stderr ?? error}`)
  process.exit(1)
}
