#!/usr/bin/env node
/**
 * Regular expressions that backtrack (never run by the tests): every pattern of the build (its literals, and those
 * built at run time as the bundled examples are linted) goes through recheck, a ReDoS checker; each one it flags as
 * vulnerable is then timed through the real linter on recheck's attack string, stretched to about a megabyte, in each
 * place of a document a pattern may read (a paragraph, a Success Criteria item, a heading, a risk, a status, a
 * record's metadata list, a comment, a link, a table cell, front matter), one child process per document. A pattern
 * recheck flags may still be harmless where it is used (the text it reads is bounded, or the flagged path is
 * never reached); the timing says which. docs/robustness.md has the last run's findings.
 *
 *   node scripts/redos.js [--seconds N] [--size BYTES] [--only <file>] [--check-seconds N]
 *
 * `--seconds` (default 5): a document that takes longer is reported slow and the exit code is 1 (each is stopped at
 * four times this). `--size` (default 1000000): the length the attack strings are stretched to. `--only`: patterns of
 * build files whose path contains this. `--check-seconds` (default 2): how long recheck may take over one pattern; a
 * pattern it cannot decide in that time is listed, not timed (20 decides them all, in about 4 minutes). Run `npm run
 * build` first (`npm run redos` does).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'acorn'
import {checkSync} from 'recheck'
import {countOption, fail, scriptArguments} from './script-args.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const self = fileURLToPath(import.meta.url)

/** The places of a document where a pattern may read text, each a document with `text` there. */
const good = fs.readFileSync(path.join(root, 'fixtures/types/strategy-good.md'), 'utf8')
const PLACES = {
  paragraph: (text) => good.replace('## Coherent Actions\n\n', `## Coherent Actions\n\n${text}\n\n`),
  criterion: (text) => `${good.trimEnd()}\n- ${text}\n`,
  heading: (text) => good.replace('## Coherent Actions\n\n', `## Coherent Actions\n\n### ${text}\n\nWe will move.\n\n`),
  risk: (text) => good.replace('## Risks and Mitigations\n\n', `## Risks and Mitigations\n\n${text}\n\n`),
  status: (text) => `# ADR 1: Queue\n\n## Status\n\n${text}\n\n## Context\n\nX.\n\n## Decision\n\nWe will.\n\n## Consequences\n\nY.\n`,
  'metadata list': (text) => `# 1. Queue\n\n- ${text}\n- Date: 2020-09-27\n\n## Decision\n\nWe will use a queue.\n`,
  comment: (text) => `${good}\n<!-- ${text} -->\n`,
  link: (text) => good.replace('## Coherent Actions\n\n', `## Coherent Actions\n\nSee [the plan](${text.replace(/[\s()<>]/g, '')}).\n\n`),
  'table cell': (text) => good.replace('| Teams resist losing custom pipelines |', `| ${text.replace(/[|\r\n]/g, ' ')} |`),
  'front matter': (text) => `---\ntype: adr\nstatus: ${JSON.stringify(text)}\ntitle: ${JSON.stringify(text)}\n---\n\n# ADR 1: Queue\n\n## Context\n\nX.\n\n## Decision\n\nWe will.\n\n## Consequences\n\nY.\n`
}

if (process.argv[2] === '--lint') await lintOne(process.argv[3], process.argv[4])
else await main()

/** In a child: lint one document (its place and the stretched attack in a file) and print the milliseconds taken. */
async function lintOne(place, attackFile) {
  const {lint} = await import(path.join(root, 'dist/src/index.js'))
  const text = PLACES[place](fs.readFileSync(attackFile, 'utf8'))
  const started = performance.now()
  await lint(place === 'metadata list' ? {path: 'docs/adr/0001-queue.md', value: text} : text)
  process.stdout.write(`${Math.round(performance.now() - started)}\n`)
}

async function main() {
  const {values} = scriptArguments(import.meta.url, {
    options: {seconds: {type: 'string'}, size: {type: 'string'}, only: {type: 'string'}, 'check-seconds': {type: 'string'}}
  })
  const seconds = countOption(import.meta.url, '--seconds', values.seconds) ?? 5
  const size = countOption(import.meta.url, '--size', values.size, 1000) ?? 1_000_000
  const checkSeconds = countOption(import.meta.url, '--check-seconds', values['check-seconds']) ?? 2
  if (!fs.existsSync(path.join(root, 'dist/src/index.js'))) fail('redos', 'no build in dist/; run npm run build first (npm run redos does)')
  const literals = patternLiterals(['dist/src', 'dist/rules'])
  const built = await constructedPatterns(literals)
  const patterns = [...literals, ...built].filter((pattern) => !values.only || pattern.file.includes(values.only))
  process.stdout.write(`${patterns.length} patterns in the build${values.only ? ` files whose path contains \`${values.only}\`` : ''} (${literals.length} literals, ${built.length} built at run time)\n`)
  const flagged = []
  for (const pattern of patterns) {
    const result = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), {timeout: checkSeconds * 1000})
    if (result.status === 'vulnerable' && result.attack) flagged.push({...pattern, complexity: result.complexity, attack: result.attack.pattern})
    else if (result.status === 'unknown') process.stdout.write(`  recheck could not decide (${result.error?.kind ?? 'unknown'}): ${pattern.file}:${pattern.line}\n`)
  }
  process.stdout.write(`${flagged.length} flagged by recheck; each timed at about ${size} characters in ${Object.keys(PLACES).length} places\n\n`)
  fs.mkdirSync(path.join(root, 'bench-results'), {recursive: true})
  const attackFile = path.join(fs.mkdtempSync(path.join(root, 'bench-results', 'redos-')), 'attack.txt')
  let slow = 0
  for (const pattern of flagged) {
    fs.writeFileSync(attackFile, stretched(pattern.attack, size))
    const times = Object.keys(PLACES).map((place) => [place, timeOne(place, attackFile, seconds * 4)])
    const worst = times.reduce((a, b) => (b[1] > a[1] ? b : a))
    const isSlow = worst[1] > seconds * 1000
    if (isSlow) slow++
    const shown = Number.isFinite(worst[1]) ? `${worst[1]} ms` : `over ${seconds * 4} s`
    process.stdout.write(`${isSlow ? 'SLOW' : 'ok  '}  ${pattern.file}:${pattern.line}  ${pattern.complexity?.type ?? ''}  worst ${shown} (${worst[0]})  /${pattern.source.slice(0, 80)}${pattern.source.length > 80 ? '…' : ''}/\n`)
  }
  fs.rmSync(path.dirname(attackFile), {recursive: true, force: true})
  process.stdout.write(`\n${slow} of ${flagged.length} slow (over ${seconds} s)\n`)
  process.exitCode = slow > 0 ? 1 : 0
}

/** Every regular expression literal in the JavaScript files under `folders`, with where it is. */
function patternLiterals(folders) {
  const found = []
  for (const folder of folders) {
    for (const file of fs.readdirSync(path.join(root, folder), {recursive: true})) {
      if (!String(file).endsWith('.js')) continue
      const relative = path.join(folder, String(file))
      const text = fs.readFileSync(path.join(root, relative), 'utf8')
      const lineStarts = [0]
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
      const lineOf = (offset) => lineStarts.findLastIndex((start) => start <= offset) + 1
      visit(parse(text, {ecmaVersion: 'latest', sourceType: 'module'}), (node) => {
        if (node.type === 'Literal' && node.regex) found.push({file: relative, line: lineOf(node.start), source: node.regex.pattern, flags: node.regex.flags})
      })
    }
  }
  return found
}

/**
 * The patterns the linter builds with `new RegExp` (from its phrase lists, month names, title words) as it loads and
 * lints the bundled examples, those not also written as literals: recorded by a stand-in for `RegExp` while it runs.
 * Each is named by the build file or dependency that built it; a dependency's are timed too, as the linter uses them.
 */
async function constructedPatterns(literals) {
  const known = new Set(literals.map((pattern) => `${pattern.flags}/${pattern.source}`))
  const seen = new Map()
  const NativeRegExp = globalThis.RegExp
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)
      const key = `${made.flags}/${made.source}`
      if (!known.has(key) && !seen.has(key)) {
        seen.set(key, {...whereBuilt(new Error().stack ?? ''), source: made.source, flags: made.flags})
      }
      return made
    }
  })
  try {
    const {lint} = await import(path.join(root, 'dist/src/index.js'))
    const examples = path.join(root, 'fixtures/examples')
    for (const file of fs.readdirSync(examples, {recursive: true})) {
      if (String(file).endsWith('.md')) await lint({path: path.join(examples, String(file)), value: fs.readFileSync(path.join(examples, String(file)))})
    }
  } finally {
    globalThis.RegExp = NativeRegExp
  }
  return [...seen.values()]
}

/** The build file (`dist/...`) or dependency (`node_modules/<package>`) whose code called `new RegExp`, from a stack. */
function whereBuilt(stack) {
  const frame = stack.split('\n').slice(1).find((line) => !line.includes(self) && /[\\/](?:dist|node_modules)[\\/]/.test(line)) ?? ''
  const dependency = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[^:)]*:(\d+)/.exec(frame)
  if (dependency) return {file: `node_modules/${dependency[1].replace(/\\/g, '/')}`, line: Number(dependency[2])}
  const build = /(dist[\\/][^:)]+):(\d+)/.exec(frame)
  return build ? {file: build[1], line: Number(build[2])} : {file: '(unknown)', line: 0}
}

function visit(node, enter) {
  enter(node)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (child && typeof child.type === 'string') visit(child, enter)
    if (value && typeof value.type === 'string') visit(value, enter)
  }
}

/**
 * recheck's attack (`'a' + 'b'.repeat(3000) + '\x00'`: quoted parts, some repeated) with every count multiplied so
 * the whole is about `size` characters. The parts are read, not evaluated.
 */
function stretched(attack, size) {
  const parts = [...attack.matchAll(/'((?:\\.|[^'\\])*)'(?:\.repeat\((\d+)\))?/g)].map(([, quoted, count]) => ({text: unescaped(quoted), count: count === undefined ? undefined : Number(count)}))
  const length = parts.reduce((sum, part) => sum + part.text.length * (part.count ?? 1), 0)
  const factor = Math.max(1, size / Math.max(1, length))
  return parts.map((part) => (part.count === undefined ? part.text : part.text.repeat(Math.round(part.count * factor)))).join('')
}

function unescaped(quoted) {
  return quoted.replace(/\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, escape) => {
    if (escape[0] === 'x') return String.fromCharCode(Number.parseInt(escape.slice(1), 16))
    if (escape[0] === 'u') return String.fromCodePoint(Number.parseInt(escape.replace(/[u{}]/g, ''), 16))
    return {n: '\n', t: '\t', r: '\r', 0: '\0'}[escape] ?? escape
  })
}

/** Milliseconds a child takes to lint the document, `Infinity` when stopped at `limit` seconds. */
function timeOne(place, attackFile, limit) {
  const child = spawnSync(process.execPath, [self, '--lint', place, attackFile], {encoding: 'utf8', timeout: limit * 1000})
  const milliseconds = Number(child.stdout.trim())
  return child.status === 0 && Number.isFinite(milliseconds) ? milliseconds : Infinity
}
