/**
 * The report formats of `strategy-lint --format`: SARIF 2.1.0 (validated
 * against the SARIF 2.1.0 JSON schema vendored in tests/schemas/), GitHub
 * Actions workflow commands, JUnit XML and GitLab Code Quality JSON, and
 * `--output-file`. Every run is the real bin in a temporary folder; most
 * compare the format with `--format json` of the same files, so they hold
 * whatever messages the rules give.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint, type RunResult} from '../fixtures/cli/project.js'
import {escapeAttribute, escapeXml} from '../src/formats/junit.js'
import {rules} from '../src/rules.js'

afterAll(removeProjects)

const VERSION = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}).version

// ---------------------------------------------------------------------------
// Helpers

interface JsonMessage {
  ruleId: string | null
  source: string | null
  line: number | null
  column: number | null
  position: {start: {line: number; column: number}; end: {line: number; column: number}} | null
  reason: string
  fatal: boolean | null
  url: string | null
}

interface JsonFile {
  path: string
  cwd: string
  /** Why the file was not checked (`no document type`), when it was not. */
  skipped?: string
  /** The type a file was checked as, and the status it states. */
  type?: string
  typeSource?: string | null
  status?: string
  messages: JsonMessage[]
}

function parseJson(result: RunResult): JsonFile[] {
  return JSON.parse(result.stdout) as JsonFile[]
}

/** `git init` with a local identity, so reports find the repository root. */
function gitInit(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'})
  git('init', '-q')
  git('config', 'user.name', 'Strategy Lint Test')
  git('config', 'user.email', 'strategy-lint@example.com')
}

function severity(message: JsonMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The id a report gives a message: its rule, else its source, else `strategy-lint`. */
function idOf(message: JsonMessage): string {
  return message.ruleId ?? message.source ?? 'strategy-lint'
}

/**
 * A remark plugin of "another package", loaded from the project's .remarkrc:
 * messages with characters the formats must escape, a message without a
 * place, and an info message (neither error nor warning).
 */
const CUSTOM_PLUGIN = `
export default function customLint() {
  return (tree, file) => {
    const odd = file.message('Odd: 100% sure, really\\nsecond line <&> "quoted" \\'single\\' \\u0007bell', {
      place: {start: {line: 1, column: 3}, end: {line: 1, column: 9}},
      ruleId: 'no-odd-things',
      source: 'custom-lint'
    })
    odd.url = 'https://example.com/rules/no-odd-things'
    // (A docs address written as people write it, not as a URI: SARIF's helpUri must be one.)
    file.message('About the whole file', {ruleId: 'whole-file', source: 'custom-lint'}).url = 'https://wiki.example.com/règles/whole file|all'
    const info = file.message('Just so you know', {place: {line: 2, column: 1}, ruleId: 'for-info', source: 'custom-lint'})
    info.fatal = undefined
  }
}
`

function customProject(files: Record<string, string>): string {
  const dir = makeProject({
    '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy', './custom-plugin.mjs']}),
    'custom-plugin.mjs': CUSTOM_PLUGIN,
    ...files
  })
  linkPackage(dir)
  return dir
}

/** A git repository with documents in a sub-folder; the linter runs from another sub-folder. */
function repository(): {root: string; cwd: string} {
  const root = makeProject({
    'docs/strategy/missing.md': MISSING_SECTION,
    'docs/strategy/warnings.md': WARNINGS_ONLY,
    'docs/strategy/good.md': GOOD_STRATEGY,
    'docs/README.md': '# Docs\n\nNothing to check here.\n'
  })
  gitInit(root)
  return {root, cwd: path.join(root, 'docs')}
}

/** The path a report gives a file of a `--format json` run: relative to `root`, with `/`. */
function fromRoot(root: string, file: JsonFile): string {
  return path.relative(root, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
}

// ---------------------------------------------------------------------------
// SARIF

interface SarifRegion {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: {text: string}
  locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region?: SarifRegion}}>
}

interface SarifRule {
  id: string
  name: string
  shortDescription: {text: string; markdown?: string}
  helpUri?: string
  defaultConfiguration: {level: string; enabled?: boolean}
}

interface SarifLog {
  $schema: string
  version: string
  runs: Array<{
    tool: {driver: {name: string; version: string; informationUri: string; rules: SarifRule[]}}
    originalUriBaseIds: Record<string, {uri: string}>
    columnKind: string
    results: SarifResult[]
  }>
}

const ajv = new Ajv2020({allErrors: true, strict: false})
addFormats(ajv)
const validateSarif = ajv.compile(JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'tests', 'schemas', 'sarif-2.1.0.json'), 'utf8')))

function expectValidSarif(log: unknown): asserts log is SarifLog {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([])
  expect(valid).toBe(true)
}

function parseSarif(result: RunResult): SarifLog {
  const log: unknown = JSON.parse(result.stdout)
  expectValidSarif(log)
  return log
}

describe.concurrent('--format json', () => {
  it('says which type each file was checked as, how the type was found and the status it states; an untyped file has `skipped` instead', async () => {
    const record = '---\ntype: adr\nstatus: Superseded by ADR-0009\n---\n\n# 3. Use Kafka\n\n## Context\n\nWe need a log.\n\n## Decision\n\nWe will use Kafka.\n\n## Consequences\n\nOperators must learn it.\n'
    const dir = makeProject({'docs/adr/0003-use-kafka.md': record, 'docs/strategy.md': GOOD_STRATEGY, 'notes.md': '# Notes\n\nNothing typed here.\n'})
    const files = parseJson(await strategyLint(['--format', 'json'], dir)).map(({path, type, typeSource, status, skipped}) => ({path, type, typeSource, status, skipped}))
    expect(files).toEqual([
      {path: 'docs/adr/0003-use-kafka.md', type: 'adr', typeSource: 'front-matter', status: 'superseded', skipped: undefined},
      {path: 'docs/strategy.md', type: 'strategy', typeSource: 'title', status: undefined, skipped: undefined},
      {path: 'notes.md', type: undefined, typeSource: undefined, status: undefined, skipped: 'no document type'}
    ])
  })
})

describe('the vendored SARIF schema', () => {
  it('is the SARIF 2.1.0 JSON schema, and rejects what SARIF 2.1.0 forbids', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'tests', 'schemas', 'sarif-2.1.0.json'), 'utf8')) as {title: string}
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema')
    const minimal = {version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: []}]}
    expect(validateSarif(minimal)).toBe(true)
    const bad = [
      {...minimal, version: '2.0.0'},
      {version: '2.1.0', runs: [{tool: {driver: {}}}]},
      {version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{message: {text: 'm'}, level: 'fatal'}]}]},
      {
        version: '2.1.0',
        runs: [
          {
            tool: {driver: {name: 'x'}},
            results: [{message: {text: 'm'}, locations: [{physicalLocation: {artifactLocation: {uri: 'a.md'}, region: {startLine: 0}}}]}]
          }
        ]
      }
    ]
    for (const log of bad) expect(validateSarif(log), JSON.stringify(log)).toBe(false)
  })
})

describe.concurrent('--format sarif', () => {
  it('is valid SARIF 2.1.0: one run, the tool with every rule, a result for every message', async () => {
    const {root, cwd} = repository()
    const [sarif, json] = await Promise.all([strategyLint(['--format', 'sarif'], cwd), strategyLint(['--format', 'json'], cwd)])
    expect(sarif.code).toBe(1)
    expect(sarif.stderr).toBe('')
    const log = parseSarif(sarif)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs

    const {driver} = run.tool
    expect(driver.name).toBe('strategy-lint')
    expect(driver.version).toBe(VERSION)
    expect(driver.informationUri).toBe('https://github.com/remark-lint-strategy/remark-lint-strategy')
    expect(driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.ruleId))
    for (const [index, rule] of rules.entries()) {
      const described = driver.rules[index]
      expect(described.name).toMatch(/^Strategy[A-Z][A-Za-z]+$/)
      expect(described.shortDescription.text).toBe(rule.description.replace(/`/g, ''))
      expect(described.helpUri).toBe(rule.url)
      expect(described.defaultConfiguration.level).toBe(rule.defaultSeverity === 'error' ? 'error' : 'warning')
      // An opt-in rule is off unless configured: SARIF's `enabled: false` (absent means enabled).
      expect(described.defaultConfiguration.enabled, rule.ruleId).toBe(rule.meta.optIn ? false : undefined)
    }

    // Paths relative to the repository root (not to the working folder), resolved through %SRCROOT%.
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(root).href}/`)
    expect(run.columnKind).toBe('utf16CodeUnits')
    // The untyped README was not checked: a notification of the run, not a result.
    expect((run as unknown as {invocations: unknown}).invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: {text: 'Not checked: no document type'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'docs/README.md', uriBaseId: '%SRCROOT%'}}}]
          }
        ]
      }
    ])

    const expected = parseJson(json).flatMap((file) =>
      file.messages.map((message) => ({
        ruleId: idOf(message),
        level: severity(message) === 'info' ? 'note' : severity(message),
        text: message.reason,
        uri: fromRoot(root, file),
        region: {
          startLine: message.line,
          startColumn: message.column,
          endLine: message.position?.end.line,
          endColumn: message.position?.end.column
        }
      }))
    )
    expect(expected.length).toBeGreaterThan(1)
    const actual = run.results.map((result) => {
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(result.locations).toHaveLength(1)
      const {artifactLocation, region} = result.locations[0].physicalLocation
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%')
      return {ruleId: result.ruleId, level: result.level, text: result.message.text, uri: artifactLocation.uri, region}
    })
    const key = (entry: {uri: string; region?: {startLine?: number | null; startColumn?: number | null}; text: string}) =>
      `${entry.uri}:${entry.region?.startLine}:${entry.region?.startColumn}:${entry.text}`
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort())
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a).localeCompare(key(b)))
    )
    expect(new Set(actual.map((result) => result.uri))).toEqual(new Set(['docs/strategy/missing.md', 'docs/strategy/warnings.md']))
    expect(actual.filter((result) => result.ruleId === 'strategy-required-sections')).toContainEqual(
      expect.objectContaining({level: 'error', uri: 'docs/strategy/missing.md', text: expect.stringMatching(/Missing section `Diagnosis`/)})
    )
    expect(actual).toContainEqual(
      expect.objectContaining({ruleId: 'strategy-placeholder', level: 'warning', uri: 'docs/strategy/warnings.md'})
    )
  })

  it('outside a git repository, paths are relative to the working folder', async () => {
    const dir = makeProject({'plans/missing.md': MISSING_SECTION})
    const result = await strategyLint(['--format', 'sarif'], dir)
    const log = parseSarif(result)
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(dir).href}/`)
    expect(new Set(log.runs[0].results.map((entry) => entry.locations[0].physicalLocation.artifactLocation.uri))).toEqual(
      new Set(['plans/missing.md'])
    )
  })

  it('names a linked file of the folder by its target, as the stylish report does, whichever name sorts first', async () => {
    const dir = makeProject({'docs/target.md': MISSING_SECTION})
    fs.symlinkSync('target.md', path.join(dir, 'docs', 'a-link.md'))
    const log = parseSarif(await strategyLint(['--format', 'sarif', 'docs'], dir))
    const uris = new Set(log.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri))
    const stylish = await strategyLint(['docs'], dir)
    // The walk lints the file once, by its real path (a code host cannot annotate a link); every report gives that name.
    expect([...uris]).toEqual(['docs/target.md'])
    expect(stylish.stdout).toMatch(/^docs\/target\.md$/m)
    expect(stylish.stdout).not.toMatch(/a-link/)
  })

  it('percent-encodes file names into URI references', async () => {
    const dir = makeProject({'my plans/50% strategy #2.md': MISSING_SECTION})
    const log = parseSarif(await strategyLint(['--format', 'sarif'], dir))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20plans/50%25%20strategy%20%232.md')
  })

  it('a clean run is a valid log with no results, exit 0', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    const result = await strategyLint(['--format', 'sarif'], dir)
    expect(result.code).toBe(0)
    const log = parseSarif(result)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].tool.driver.rules).toHaveLength(rules.length)
  })

  it('rules of other plugins join the driver; levels error, warning and note; no region without a place', async () => {
    const dir = customProject({'missing.md': MISSING_SECTION})
    const log = parseSarif(await strategyLint(['--format', 'sarif'], dir))
    const [run] = log.runs
    const byRule = (id: string) => run.results.filter((result) => result.ruleId === id)
    const driverIds = run.tool.driver.rules.map((rule) => rule.id)
    expect(driverIds.slice(0, rules.length)).toEqual(rules.map((rule) => rule.ruleId))
    expect(driverIds.slice(rules.length).sort()).toEqual(['for-info', 'no-odd-things', 'whole-file'])

    const [odd] = byRule('no-odd-things')
    expect(odd.level).toBe('warning')
    expect(odd.message.text).toBe('Odd: 100% sure, really\nsecond line <&> "quoted" \'single\' \u0007bell')
    expect(odd.locations[0].physicalLocation.region).toEqual({startLine: 1, startColumn: 3, endLine: 1, endColumn: 9})
    const oddRule = run.tool.driver.rules[odd.ruleIndex]
    expect(oddRule).toMatchObject({id: 'no-odd-things', name: 'NoOddThings', helpUri: 'https://example.com/rules/no-odd-things'})

    const [whole] = byRule('whole-file')
    expect(run.tool.driver.rules[whole.ruleIndex].helpUri).toBe('https://wiki.example.com/r%C3%A8gles/whole%20file%7Call')
    expect(whole.locations[0].physicalLocation.region).toBeUndefined()
    expect(whole.locations[0].physicalLocation.artifactLocation).toEqual({uri: 'missing.md', uriBaseId: '%SRCROOT%'})
    expect(byRule('for-info')[0].level).toBe('note')
    expect(byRule('strategy-required-sections')[0].level).toBe('error')
  })
})

// ---------------------------------------------------------------------------
// GitHub Actions workflow commands

/** Undo the workflow-command escaping (what the runner does). */
function unescapeCommand(value: string): string {
  return value.replace(/%(25|0D|0A|3A|2C)/g, (_match, code: string) => String.fromCharCode(Number.parseInt(code, 16)))
}

interface Annotation {
  command: string
  properties: Record<string, string>
  message: string
}

function parseGithub(stdout: string): Annotation[] {
  const lines = stdout.split('\n')
  expect(lines.pop()).toBe('')
  return lines.map((line) => {
    const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)
    expect(match, line).not.toBeNull()
    const properties: Record<string, string> = {}
    for (const pair of match![2].split(',')) {
      const [key, value, ...rest] = pair.split('=')
      expect(rest, pair).toEqual([])
      properties[key] = unescapeCommand(value)
    }
    return {command: match![1], properties, message: unescapeCommand(match![3])}
  })
}

describe.concurrent('--format sarif with a suppressions file', () => {
  it('a recorded finding stays a result, marked suppressed (external), so code scanning does not close it as fixed', async () => {
    const dir = makeProject({'warn.md': WARNINGS_ONLY, 'missing.md': MISSING_SECTION})
    expect((await strategyLint(['--suppress-all', 'warn.md'], dir)).code).toBe(0)
    const result = await strategyLint(['-f', 'sarif', 'warn.md', 'missing.md'], dir)
    const log = parseSarif(result)
    const results = log.runs[0].results as Array<SarifResult & {suppressions?: Array<{kind: string}>}>
    const json = parseJson(await strategyLint(['-f', 'json', 'warn.md', 'missing.md'], dir))
    const shown = json.flatMap((file) => file.messages)
    const suppressed = results.filter((entry) => entry.suppressions !== undefined)
    expect(suppressed.length).toBeGreaterThan(0)
    expect(suppressed.every((entry) => entry.suppressions!.length === 1 && entry.suppressions![0].kind === 'external')).toBe(true)
    // The rest is what every other format reports; the suppressed ones are warn.md's, and only there.
    expect(results.length - suppressed.length).toBe(shown.length)
    expect(new Set(suppressed.map((entry) => entry.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['warn.md']))
  })
})

describe.concurrent('--format github', () => {
  it('one ::error or ::warning per message, with file (from the repository root), lines, columns and title', async () => {
    const {root, cwd} = repository()
    const [github, json] = await Promise.all([strategyLint(['--format', 'github'], cwd), strategyLint(['--format', 'json'], cwd)])
    expect(github.code).toBe(1)
    const annotations = parseGithub(github.stdout)
    const expected = parseJson(json).flatMap((file) =>
      file.messages.map((message) => ({
        command: severity(message) === 'info' ? 'notice' : severity(message),
        properties: {
          file: fromRoot(root, file),
          line: String(message.line),
          // Columns for a place on one line only (the runner drops them on a range over lines).
          ...(message.position && message.position.end.line !== message.line ? {} : {col: String(message.column)}),
          // A message at a point (a missing section) has no end.
          ...(message.position ? {endLine: String(message.position.end.line)} : {}),
          ...(message.position && message.position.end.line === message.line ? {endColumn: String(message.position.end.column)} : {}),
          title: idOf(message)
        },
        message: message.reason
      }))
    )
    expect(annotations).toEqual(expected)
    expect(annotations.some((entry) => entry.command === 'error')).toBe(true)
    expect(annotations.some((entry) => entry.command === 'warning')).toBe(true)
    // The property order GitHub documents.
    expect(github.stdout).toMatch(/^::(?:error|warning) file=docs\/strategy\/\w+\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::\S/m)
  })

  it('escapes %, CR and LF in messages, and also : and , in properties; other control characters show as \\xHH (no escape sequence reaches the log)', async () => {
    const dir = customProject({'a,b:c.md': MISSING_SECTION})
    const result = await strategyLint(['--format', 'github'], dir)
    const lines = result.stdout.split('\n').filter(Boolean)
    const odd = lines.find((line) => line.includes('title=no-odd-things'))!
    expect(odd).toBe(
      `::warning file=a%2Cb%3Ac.md,line=1,col=3,endLine=1,endColumn=9,title=no-odd-things::Odd: 100%25 sure, really%0Asecond line <&> "quoted" 'single' \\x07bell`
    )
    // A message about the whole file has no line properties; an info message is a notice.
    expect(lines).toContain('::warning file=a%2Cb%3Ac.md,title=whole-file::About the whole file')
    expect(lines).toContain('::notice file=a%2Cb%3Ac.md,line=2,col=1,title=for-info::Just so you know')
    for (const line of lines) expect(line).not.toMatch(/\r/)
  })

  it('exit codes are unchanged: 0 for warnings only, 0 and no output when clean', async () => {
    const dir = makeProject({'warn.md': WARNINGS_ONLY})
    const warnings = await strategyLint(['--format', 'github'], dir)
    expect(warnings.code).toBe(0)
    expect(parseGithub(warnings.stdout).every((entry) => entry.command === 'warning')).toBe(true)
    const over = await strategyLint(['--format', 'github', '--max-warnings', '0'], dir)
    expect(over.code).toBe(1)
    const clean = await strategyLint(['--format', 'github'], makeProject({'good.md': GOOD_STRATEGY}))
    expect(clean).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

// ---------------------------------------------------------------------------
// JUnit XML

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decodeXml(value: string, where: number): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(value)) throw new Error(`Unescaped < or & near ${where}`)
  // Characters XML 1.0 does not allow at all.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) throw new Error(`Invalid XML character near ${where}`)
  return value.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (_match, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number.parseInt(entity.slice(1), 10))
        : ENTITIES[entity]
  )
}

/** A strict little parser for the XML the junit format writes: elements, attributes, text; anything else is an error. */
function parseXml(source: string): XmlElement {
  let index = 0
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(source)
  if (!declaration) throw new Error('Missing XML declaration')
  index = declaration[0].length
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  while (index < source.length) {
    if (source.startsWith('</', index)) {
      const close = /^<\/([\w:-]+)\s*>/.exec(source.slice(index))
      if (!close) throw new Error(`Bad closing tag at ${index}`)
      const open = stack.pop()
      if (!open || open.name !== close[1]) throw new Error(`Mismatched </${close[1]}> at ${index}`)
      index += close[0].length
    } else if (source[index] === '<') {
      const tag = /^<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/.exec(source.slice(index))
      if (!tag) throw new Error(`Bad tag at ${index}: ${source.slice(index, index + 40)}`)
      const element: XmlElement = {name: tag[1], attributes: {}, children: [], text: ''}
      for (const attribute of tag[2].matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (attribute[1] in element.attributes) throw new Error(`Duplicate attribute ${attribute[1]}`)
        // (Attribute-value normalization, XML 1.0 3.3.3: a raw tab or line break is read as a space; a reference is kept.)
        element.attributes[attribute[1]] = decodeXml(attribute[2].replace(/[\t\n\r]/g, ' '), index)
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element)
      else if (root) throw new Error('Two root elements')
      else root = element
      if (!tag[3]) stack.push(element)
      index += tag[0].length
    } else {
      const next = source.indexOf('<', index)
      const end = next === -1 ? source.length : next
      const text = decodeXml(source.slice(index, end), index)
      if (stack.length > 0) stack[stack.length - 1].text += text
      else if (text.trim() !== '') throw new Error(`Text outside the root element at ${index}`)
      index = end
    }
  }
  if (stack.length > 0 || !root) throw new Error('Unclosed elements')
  return root
}

describe.concurrent('--format junit', () => {
  it('one test suite per file; one test case per rule, failing only on errors; a passing case for a clean file; a skipped case for an untyped file', async () => {
    const {root, cwd} = repository()
    const [junit, json] = await Promise.all([strategyLint(['--format', 'junit'], cwd), strategyLint(['--format', 'json'], cwd)])
    expect(junit.code).toBe(1)
    const report = parseXml(junit.stdout)
    expect(report.name).toBe('testsuites')
    const files = parseJson(json)
    expect(report.children.map((suite) => suite.attributes.name).sort()).toEqual(files.map((file) => fromRoot(root, file)).sort())
    let tests = 0
    let failures = 0
    let skipped = 0
    let warningOnly = 0
    for (const file of files) {
      const name = fromRoot(root, file)
      const suite = report.children.find((entry) => entry.attributes.name === name)!
      expect(suite.name).toBe('testsuite')
      if (file.skipped !== undefined) {
        // Not checked: a skipped case, never a passing one.
        expect(suite.attributes).toMatchObject({tests: '1', failures: '0', skipped: '1'})
        expect(suite.children[0].children[0]).toMatchObject({name: 'skipped', attributes: {message: 'Not checked: no document type'}})
        tests += 1
        skipped += 1
        continue
      }
      const ruleIds = [...new Set(file.messages.map(idOf))]
      if (ruleIds.length === 0) {
        expect(suite.children).toHaveLength(1)
        expect(suite.children[0]).toMatchObject({name: 'testcase', attributes: {name: 'strategy-lint', classname: name}, children: []})
      } else {
        expect(suite.children.map((testcase) => testcase.attributes.name).sort()).toEqual([...ruleIds].sort())
      }
      let suiteFailures = 0
      for (const ruleId of ruleIds) {
        const testcase = suite.children.find((entry) => entry.attributes.name === ruleId)!
        expect(testcase.attributes.classname).toBe(name)
        expect(testcase.children).toHaveLength(1)
        const [result] = testcase.children
        const messages = file.messages.filter((message) => idOf(message) === ruleId)
        const hasError = messages.some((message) => message.fatal)
        // Warnings do not fail the run, so they do not fail the test: they are its output.
        expect(result.name).toBe(hasError ? 'failure' : 'system-out')
        if (hasError) {
          suiteFailures++
          expect(result.attributes.type).toBe('error')
        } else {
          warningOnly++
        }
        const lines = result.text.split('\n').filter((line) => line.startsWith(`${name}:`))
        expect(lines).toHaveLength(messages.length)
        for (const message of messages) {
          expect(lines).toContain(`${name}:${message.line}:${message.column} ${severity(message)} ${message.reason}`)
        }
      }
      expect(suite.attributes.tests).toBe(String(suite.children.length))
      expect(suite.attributes.failures).toBe(String(suiteFailures))
      tests += suite.children.length
      failures += suiteFailures
    }
    expect(report.attributes.tests).toBe(String(tests))
    expect(report.attributes.failures).toBe(String(failures))
    expect(report.attributes.skipped).toBe(String(skipped))
    expect(skipped).toBe(1)
    expect(failures).toBeGreaterThan(0)
    expect(warningOnly).toBeGreaterThan(0)
  })

  it('a run that --max-warnings fails has a failing case of its own (its warnings pass their cases)', async () => {
    const dir = makeProject({'warn.md': WARNINGS_ONLY})
    const over = await strategyLint(['-f', 'junit', '--max-warnings', '0', 'warn.md'], dir)
    expect(over.code).toBe(1)
    const report = parseXml(over.stdout)
    expect(report.attributes.failures).toBe('1')
    const run = report.children.find((suite) => suite.attributes.name === 'strategy-lint')!
    expect(run.attributes).toMatchObject({tests: '1', failures: '1'})
    expect(run.children[0].attributes.name).toBe('max-warnings')
    expect(run.children[0].children[0]).toMatchObject({name: 'failure', attributes: {type: 'max-warnings'}})
    expect(run.children[0].children[0].attributes.message).toMatch(/^\d+ warnings?, more than --max-warnings 0$/)
    expect(Number(report.attributes.tests)).toBe(report.children.reduce((sum, suite) => sum + suite.children.length, 0))
    // Within the limit: no such case, and the report stays green.
    const within = parseXml((await strategyLint(['-f', 'junit', 'warn.md'], dir)).stdout)
    expect(within.attributes.failures).toBe('0')
    expect(within.children.map((suite) => suite.attributes.name)).toEqual(['warn.md'])
  })

  it('a file no type applies to that carries an error (an unknown `type:`) fails, beside its skipped case', async () => {
    const dir = makeProject({'plan.md': '---\ntype: strategie\n---\n\n# Plan\n\nText.\n'})
    const result = await strategyLint(['-f', 'junit', 'plan.md'], dir)
    expect(result.code).toBe(1)
    const report = parseXml(result.stdout)
    expect(report.attributes).toMatchObject({tests: '2', failures: '1', skipped: '1'})
    const [suite] = report.children
    expect(suite.attributes).toMatchObject({tests: '2', failures: '1', skipped: '1'})
    expect(suite.children.map((testcase) => [testcase.attributes.name, testcase.children[0].name])).toEqual([
      ['strategy-lint', 'skipped'],
      ['strategy-document-type', 'failure']
    ])
    expect(suite.children[1].children[0].text).toMatch(/^plan\.md:1:1 error Unknown document type `strategie`/)
  })

  it('escapes XML special characters and shows control characters, which XML cannot hold, as \\xHH', async () => {
    const dir = customProject({'a & <b>.md': MISSING_SECTION})
    const result = await strategyLint(['--format', 'junit'], dir)
    const report = parseXml(result.stdout)
    const [suite] = report.children
    expect(suite.attributes.name).toBe('a & <b>.md')
    const odd = suite.children.find((entry) => entry.attributes.name === 'no-odd-things')!
    expect(odd.children[0].name).toBe('system-out')
    expect(odd.children[0].text).toBe('1 warning\na & <b>.md:1:3 warning Odd: 100% sure, really\nsecond line <&> "quoted" \'single\' \\x07bell')
  })

  it('a carriage return is written as a reference, in text as in attributes (a parser reads a raw one as a line feed)', () => {
    expect(escapeXml('one\r\ntwo\rthree')).toBe('one&#13;\ntwo&#13;three')
    expect(escapeAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c')
  })

  it('a line break or tab in a file name stays one in the attributes (a parser reads a raw one as a space)', async () => {
    const dir = customProject({'new\nline\tand tab.md': MISSING_SECTION})
    const report = parseXml((await strategyLint(['--format', 'junit'], dir)).stdout)
    const [suite] = report.children
    expect(suite.attributes.name).toBe('new\nline\tand tab.md')
    expect(suite.children.every((testCase) => testCase.attributes.classname === 'new\nline\tand tab.md')).toBe(true)
  })

  it('no files gives an empty, valid report (with --no-error-on-unmatched-pattern; without, exit 2)', async () => {
    const dir = makeProject({'notes.txt': 'not Markdown'})
    const refused = await strategyLint(['--format', 'junit'], dir)
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    const result = await strategyLint(['--format', 'junit', '--no-error-on-unmatched-pattern'], dir)
    expect(result.code).toBe(0)
    expect(parseXml(result.stdout)).toEqual({
      name: 'testsuites',
      attributes: {name: 'strategy-lint', tests: '0', failures: '0', errors: '0', skipped: '0', time: '0'},
      children: [],
      text: '\n'
    })
  })
})

// ---------------------------------------------------------------------------
// GitLab Code Quality

interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: {path: string; lines: {begin: number}}
}

describe.concurrent('--format gitlab', () => {
  it('an issue per message: description, check name, fingerprint, severity, path from the repository root, line', async () => {
    const {root, cwd} = repository()
    const [gitlab, json] = await Promise.all([strategyLint(['--format', 'gitlab'], cwd), strategyLint(['--format', 'json'], cwd)])
    expect(gitlab.code).toBe(1)
    const issues = JSON.parse(gitlab.stdout) as CodeQualityIssue[]
    const expected = parseJson(json).flatMap((file) =>
      file.messages.map((message) => ({
        description: message.reason,
        check_name: idOf(message),
        severity: message.fatal ? 'major' : 'minor',
        location: {path: fromRoot(root, file), lines: {begin: message.line}}
      }))
    )
    expect(issues.map(({fingerprint, ...rest}) => rest)).toEqual(expected)
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
      expect(issue.fingerprint).toMatch(/^[\da-f]{32}$/)
    }
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
  })

  it('fingerprints are stable across runs, folders and text moved down, and change with the path or reason', async () => {
    const first = repository()
    const second = repository()
    const run = async (cwd: string) => JSON.parse((await strategyLint(['--format', 'gitlab'], cwd)).stdout) as CodeQualityIssue[]
    const [a, b, fromTop] = await Promise.all([run(first.cwd), run(second.cwd), run(first.root)])
    expect(b).toEqual(a)
    expect(fromTop).toEqual(a)

    const moved = makeProject({'missing.md': `\n\n${MISSING_SECTION}`, 'renamed.md': MISSING_SECTION})
    const issues = await run(moved)
    const original = makeProject({'missing.md': MISSING_SECTION})
    const base = await run(original)
    const byFile = (file: string) => issues.filter((issue) => issue.location.path === file)
    expect(byFile('renamed.md').map((issue) => issue.description)).toEqual(base.map((issue) => issue.description))
    for (const issue of byFile('renamed.md')) expect(base.map((entry) => entry.fingerprint)).not.toContain(issue.fingerprint)
    // Two lines added above: the same problems, now lower, keep their fingerprints (GitLab would show them fixed and new).
    expect(byFile('missing.md').map((issue) => issue.location.lines.begin)).not.toEqual(base.map((issue) => issue.location.lines.begin))
    expect(byFile('missing.md').map((issue) => issue.fingerprint)).toEqual(base.map((issue) => issue.fingerprint))
  })

  it("a numbered series keeps each problem's fingerprint when the count changes (`(2/5)` becomes `(1/4)`)", async () => {
    const missingTwo = '---\ntype: strategy\n---\n\n# Plan\n\n## Context\n\nWhy now.\n\n## Diagnosis\n\nThe problem.\n\n## Guiding Policy\n\nThe approach.\n\n## Coherent Actions\n\n- Do it.\n\n## What We Will NOT Do\n\n- Not that.\n'
    const missingOne = `${missingTwo}\n## Risks and Mitigations\n\n- A risk, handled.\n`
    const run = async (text: string) => (JSON.parse((await strategyLint(['--format', 'gitlab'], makeProject({'plan.md': text}))).stdout) as CodeQualityIssue[]).filter((issue) => issue.check_name === 'strategy-required-sections')
    const [two, one] = await Promise.all([run(missingTwo), run(missingOne)])
    expect(two.map((issue) => issue.description.slice(0, 5))).toEqual(['(1/2)', '(2/2)'])
    expect(one).toHaveLength(1)
    expect(one[0].description).toMatch(/^Missing section `Success Criteria`/)
    expect(one[0].fingerprint).toBe(two[1].fingerprint)
  })

  it('a message naming the line of another place keeps its fingerprint when text is added above both', async () => {
    const twice = `${GOOD_STRATEGY}\n## Context\n\nThe same context again, written twice by two authors of the page.\n`
    const run = async (text: string) =>
      (JSON.parse((await strategyLint(['--format', 'gitlab'], makeProject({'plan.md': text}))).stdout) as CodeQualityIssue[]).filter((issue) => issue.check_name === 'strategy-duplicate-section')
    const [before, after] = await Promise.all([run(twice), run(twice.replace(/^# /m, 'A line added above the title.\n\n# '))])
    expect(before).toHaveLength(1)
    // (`first at line 7` became `first at line 9`.)
    expect(after[0].description).not.toBe(before[0].description)
    expect(after[0].fingerprint).toBe(before[0].fingerprint)
  })

  it('identical messages on one line get different fingerprints', async () => {
    const risks = 'We have TBD and TBD and TBD in one line, and the rest of this sentence is long enough to count as content here.'
    const dir = makeProject({'dupes.md': WARNINGS_ONLY.replace(/^## Risks and Mitigations\n\n.*$/m, `## Risks and Mitigations\n\n${risks}`)})
    const issues = JSON.parse((await strategyLint(['--format', 'gitlab'], dir)).stdout) as CodeQualityIssue[]
    const tbd = issues.filter((issue) => issue.description.includes('`TBD`'))
    expect(tbd.length).toBeGreaterThanOrEqual(3)
    const sameLine = tbd.filter((issue) => issue.location.lines.begin === tbd[tbd.length - 1].location.lines.begin)
    expect(sameLine).toHaveLength(3)
    expect(new Set(sameLine.map((issue) => issue.fingerprint)).size).toBe(3)
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
  })

  it('a message without a place is on line 1; info messages have severity info', async () => {
    const dir = customProject({'missing.md': MISSING_SECTION})
    const issues = JSON.parse((await strategyLint(['--format', 'gitlab'], dir)).stdout) as CodeQualityIssue[]
    expect(issues.find((issue) => issue.check_name === 'whole-file')).toMatchObject({location: {path: 'missing.md', lines: {begin: 1}}, severity: 'minor'})
    expect(issues.find((issue) => issue.check_name === 'for-info')).toMatchObject({severity: 'info'})
    expect(issues.find((issue) => issue.check_name === 'strategy-required-sections')).toMatchObject({severity: 'major'})
  })
})

// ---------------------------------------------------------------------------
// What other plugins hand over

/** A plugin of another package that gives places and addresses no report can write as they are. */
const ODD_PLACES_PLUGIN = `
export default function oddPlaces() {
  return (tree, file) => {
    const backwards = file.message('Ends before it starts', {place: {start: {line: 5, column: 10}, end: {line: 3, column: 2}}, ruleId: 'backwards', source: 'odd'})
    backwards.url = 'docs/link-rule.md'
    file.message('End without a column', {place: {start: {line: 4, column: 3}, end: {line: 6}}, ruleId: 'half-end', source: 'odd'})
    file.message('Line zero', {place: {line: 0, column: -1}, ruleId: 'line-zero', source: 'odd'})
    file.message('Half a line', {place: {line: 2.5, column: 1.5}, ruleId: 'half-line', source: 'odd'})
    const info = file.info('Just so you know', {place: {line: 1, column: 1}, ruleId: 'for-info', source: 'odd'})
    info.fatal = undefined
  }
}
`

describe.concurrent('places and addresses from other plugins', () => {
  function oddProject(): string {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy', './odd-places.mjs']}),
      'odd-places.mjs': ODD_PLACES_PLUGIN,
      'good.md': GOOD_STRATEGY
    })
    linkPackage(dir)
    return dir
  }

  it('an end before its start, an end without a column, line 0 or 2.5 are written as places every format accepts', async () => {
    const dir = oddProject()
    const [sarif, stylishRun, unix, github] = await Promise.all(['sarif', 'stylish', 'unix', 'github'].map((format) => strategyLint(['-f', format, '--max-warnings', '10', 'good.md'], dir)))
    const log = parseSarif(sarif)
    const regions = Object.fromEntries(log.runs[0].results.map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation?.region]))
    expect(regions.backwards).toEqual({startLine: 5, startColumn: 10})
    expect(regions['half-end']).toEqual({startLine: 4, startColumn: 3, endLine: 6})
    // A place that is none: a message about the whole file.
    expect(regions['line-zero']).toBeUndefined()
    expect(regions['half-line']).toBeUndefined()
    // A documentation address that is no absolute URL is left out (the schema wants a URI).
    expect(log.runs[0].tool.driver.rules!.find((rule) => rule.id === 'backwards')).not.toHaveProperty('helpUri')
    expect(stylishRun.stdout).toMatch(/^ *5:10 +warning +Ends before it starts/m)
    expect(stylishRun.stdout).toMatch(/^ *4:3 +warning +End without a column/m)
    expect(stylishRun.stdout).not.toMatch(/undefined|NaN/)
    expect(unix.stdout).toContain('good.md:1:1: warning: Line zero [line-zero]\n')
    expect(unix.stdout).toContain('good.md:1:1: warning: Half a line [half-line]\n')
    expect(github.stdout).toContain('::warning file=good.md,line=5,col=10,title=backwards::Ends before it starts')
    expect(github.stdout).not.toMatch(/endLine=3/)
    // A range over lines has no columns there: the runner drops them when `endLine` is not `line`.
    expect(github.stdout).toContain('::warning file=good.md,line=4,endLine=6,title=half-end::End without a column')
  })

  it('--max-warnings counts warnings, not info messages', async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy', './info.mjs']}),
      'info.mjs': `export default () => (tree, file) => { const note = file.info('note', {line: 1, column: 1}); note.ruleId = 'n'; note.source = 'p' }\n`,
      'good.md': GOOD_STRATEGY
    })
    linkPackage(dir)
    const result = await strategyLint(['--max-warnings', '0', 'good.md'], dir)
    expect(result.stdout).toMatch(/1 info message/)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})

// ---------------------------------------------------------------------------
// --output-file

describe.concurrent('--output-file', () => {
  let stylish: RunResult
  beforeAll(async () => {
    stylish = await strategyLint([], makeProject({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY}))
  })

  it.each(['sarif', 'github', 'junit', 'gitlab', 'json', 'stylish'])(
    '--format %s writes the report to the file; the terminal gets the stylish summary; exit code unchanged',
    async (format) => {
      const dir = makeProject({'missing.md': MISSING_SECTION, 'warn.md': WARNINGS_ONLY})
      const [toFile, toStdout] = await Promise.all([
        strategyLint(['--format', format, '--output-file', `reports/strategy.${format}`], dir),
        strategyLint(['--format', format], dir)
      ])
      expect(toFile.code).toBe(1)
      expect(toStdout.code).toBe(1)
      expect(toFile.stderr).toBe('')
      expect(fs.readFileSync(path.join(dir, 'reports', `strategy.${format}`), 'utf8')).toBe(toStdout.stdout)
      expect(toFile.stdout).toBe(stylish.stdout)
      expect(toFile.stdout).toMatch(/^missing\.md$/m)
      if (format === 'sarif') expectValidSarif(JSON.parse(toStdout.stdout))
    }
  )

  it('-o is short for --output-file; a clean run writes the report and says "no problems"', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    const result = await strategyLint(['-f', 'sarif', '-o', 'out.sarif'], dir)
    expect(result).toEqual({code: 0, stdout: '1 file checked, no problems\n', stderr: ''})
    expectValidSarif(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')))
  })

  it('a file that cannot be written exits 2 with one line', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'taken/keep.txt': 'a folder'})
    const result = await strategyLint(['--format', 'sarif', '--output-file', 'taken'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^strategy-lint: cannot write --output-file taken: .+\n$/)
    expect(result.stdout).toBe('')
  })

  it('a path through a file says that a folder on it is a file', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'notes.txt': 'a file'})
    const result = await strategyLint(['--format', 'json', '--output-file', 'notes.txt/report.json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^strategy-lint: cannot write --output-file notes\.txt\/report\.json: a folder on its path is a file \((?:EEXIST|ENOTDIR)\b.+\)\n$/)
  })

  it('a folder that cannot be made (under /proc, where node\'s recursive mkdir never returns) is a usage error, and the cache a warning', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    const result = await strategyLint(['--format', 'json', '--output-file', '/proc/strategy-lint-none/report.json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^strategy-lint: cannot write --output-file \/proc\/strategy-lint-none\/report\.json: ENOENT\b.*\n$/)
    const cached = await strategyLint(['--cache', '--cache-location', '/proc/strategy-lint-none/cache'], dir)
    expect(cached.code).toBe(0)
    expect(cached.stderr).toMatch(/^strategy-lint: warning: cannot write the cache \/proc\/strategy-lint-none\/cache: ENOENT\b/)
  })

  it('an unknown format names the new ones; an empty --output-file is a usage error', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY})
    const unknown = await strategyLint(['--format', 'checkstyle'], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('strategy-lint: Unknown format `checkstyle`; use one of stylish, json, unix, sarif, github, junit, gitlab, markdown\n')
    const empty = await strategyLint(['--output-file', ''], dir)
    expect(empty.code).toBe(2)
    expect(empty.stderr).toBe('strategy-lint: --output-file needs a file name\n')
  })
})
