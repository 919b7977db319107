/**
 * The language server's incremental parse (src/server/server.ts,
 * "Incremental parsing"), with and without a remark configuration.
 *
 * 1. In process: for the built-in parser (zero configuration) and for the
 *    parsers a `.remarkrc` can set up (the plugin, which adds GFM and front
 *    matter; a rule used alone, with neither; each of the two alone; other
 *    GFM options; a core construct turned off), every document and every edit
 *    sequence is parsed incrementally and compared with a whole-document
 *    parse by the same processor: the trees must be the same, positions
 *    included.
 * 2. Which configured parsers are chunked at all, and the key that keeps a
 *    changed configuration from reusing chunks parsed under the old one.
 * 3. End to end: a real server process over stdio (scripts/lsp-client.js)
 *    on a configured workspace, against the stock remark-language-server
 *    setup, which parses every document whole; and a `.remarkrc` changed
 *    between two checks, so that an untouched section's table parses
 *    differently.
 *
 * No mocks of the parser or the server; no timing assertions (see
 * `npm run bench:lsp`).
 */
import fs from 'node:fs'
import {EventEmitter} from 'node:events'
import path from 'node:path'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import {engine} from 'unified-engine'
import {VFile as VFileClass, type VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {GOOD_STRATEGY, STRATEGY_SECTIONS, strategyDoc, words} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, writeFiles} from '../fixtures/cli/project.js'
import {fileUri} from '../scripts/lsp-client.js'
import {diagnosticSummary, OUR_SERVER, STOCK_SERVER, trackedClients} from './support/lsp.js'
// The servers run the built package, so compare with the built package too.
import remarkLintStrategy from '../dist/src/index.js'
import placeholderRule from '../dist/rules/strategy-placeholder.js'
import {configurationKey, configuredChunkParser, incrementalParse, zeroConfigFallback, type ChunkParser} from '../dist/src/server/server.js'
/**
 * The same module as the language server runs it: bundled (scripts/bundle.js), with the copies of
 * remark-gfm and remark-frontmatter the package's main export (which a `.remarkrc` naming
 * `remark-lint-strategy` loads, dist/bundle/index.js) shares with it.
 */
const bundledServer = (await import('../dist/bundle/server.js' as string)) as typeof import('../dist/src/server/server.js')


type Parse = (document: string, file: VFile) => Root

/** The chunk parser of a frozen configured processor, as the server makes it at parse time. */
function chunkParserOf(processor: Processor): ChunkParser | null {
  const frozen = processor.freeze()
  return configuredChunkParser(frozen as Processor, frozen.parser as unknown as Parse)
}

/** A plugin that turns a core construct off, as remark-mdx does with indented code. */
function noIndentedCode(this: Processor) {
  const data = this.data() as {micromarkExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push({disable: {null: ['codeIndented']}})
}

/** GFM without its tables: a configuration under which a table is a paragraph. */
function noTables(this: Processor) {
  const data = this.data() as {micromarkExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push({disable: {null: ['table']}})
}

/** YAML front matter between `-----` lines, added the way this package adds its own syntax: remark-frontmatter's options do not show it. */
function longFences(this: Processor) {
  remarkFrontmatter.call(this as never, [{type: 'yaml', fence: '-----'}])
}

/** The parsers compared: each with a name, a whole-document parse, and the parser the incremental parse calls (none: the built-in one). */
interface Setup {
  name: string
  whole: (text: string) => Root
  chunked: ChunkParser | undefined
}

function configured(name: string, processor: Processor): Setup {
  const chunked = chunkParserOf(processor)
  if (!chunked) throw new Error(`${name}: the server would parse this configuration whole, so comparing tells nothing`)
  const frozen = processor.freeze()
  return {name, whole: (text) => frozen.parse(text) as Root, chunked}
}

const builtin = remark().use(remarkLintStrategy).freeze()

const SETUPS: Setup[] = [
  // No parser given: the built-in one, as for a file without configuration.
  {name: 'zero configuration (built-in parser)', whole: (text) => builtin.parse(text), chunked: undefined},
  configured('.remarkrc with remark-lint-strategy (GFM and front matter through the plugin)', remark().use(remarkLintStrategy, {rules: {'strategy-section-length': false}}) as never),
  configured('a rule alone (it adds GFM and front matter, as the plugin does)', remark().use(placeholderRule) as never),
  configured('a rule and remark-gfm given again', remark().use(placeholderRule).use(remarkGfm) as never),
  configured('a rule and remark-frontmatter (yaml, toml) given again', remark().use(placeholderRule).use(remarkFrontmatter, ['yaml', 'toml']) as never),
  configured('a rule with tables turned off', remark().use(placeholderRule).use(noTables) as never),
  configured('the plugin and remark-gfm without single tildes', remark().use(remarkLintStrategy).use(remarkGfm, {singleTilde: false}) as never),
  configured('the plugin with indented code turned off', remark().use(remarkLintStrategy).use(noIndentedCode) as never),
  configured('the plugin and a plugin adding YAML front matter with longer fences by itself', remark().use(remarkLintStrategy).use(longFences) as never)
]

let documents = 0

/** Parse `versions` in order as one document (so later versions reuse earlier chunks); each must equal a whole parse. */
function expectSameTrees(setup: Setup, ...versions: string[]): void {
  const key = `document-${++documents}`
  for (const text of versions) {
    const incremental = setup.chunked ? incrementalParse(key, text, setup.chunked) : incrementalParse(key, text)
    expect(JSON.stringify(incremental), setup.name).toBe(JSON.stringify(setup.whole(text)))
  }
}

/** Sections of a long strategy: 7 sections of 50 sub-sections each (over 2,000 lines). */
function longStrategy(): string {
  const sections = ['Context', 'Diagnosis', 'Guiding Policy', 'Coherent Actions', 'What We Will NOT Do', 'Risks and Mitigations', 'Success Criteria']
  const body = sections
    .map((heading, index) => `## ${heading}\n\n${Array.from({length: 50}, (_, item) => `### Part ${item}\n\n${words(30, index + item)}\n\n- ${words(8, item)}\n`).join('\n')}`)
    .join('\n')
  return `---\ntype: strategy\n---\n\n# Plan\n\n${body}`
}

/** Documents that parse differently with and without GFM and front matter, as whole documents and as chunks. */
const SYNTAX_CASES: Array<[string, string]> = [
  ['a table right before a heading', '# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n# U\n\n| c |\n| - |\n# V\n'],
  ['a table whose delimiter row comes after a heading line', '# T\n\n| a | b |\n# U\n| - | - |\n'],
  ['strikethrough with one and two tildes, task lists, autolinks', '# T\n\n~one~ ~~two~~\n\n- [ ] task\n- [x] done\n\n# U\n\nwww.example.com and https://example.org\n'],
  ['front matter whose comments look like headings', '---\n# comment\ntype: strategy\n# another\n---\n\n# T\n\ntext\n'],
  ['front matter that closes in a later section', '---\ntitle: x\n\n# A\n\ntext\n\n---\n\n# B\n\nmore\n'],
  ['TOML front matter with comments', '+++\n# comment\ntype = "strategy"\n+++\n\n# T\n\n- a\n'],
  ['a thematic break then a setext heading at the start', '---\ntext\n---\n\n# T\n\n- a\n\n# U\n'],
  ['indented heading lines', '# T\n\n    ## indented\n\ntext\n# U\n\n    code or heading\n'],
  ['a footnote call without its definition', '# T\n\nSee [^1].\n\n# U\n\ntext\n'],
  ['front matter between longer fences', '-----\n# comment\ntype: strategy\n-----\n\n# T\n\ntext\n\n# U\n'],
  ['a list at the very start', '- a\n- b\n# T\n\n+ c\n# U\n']
]

describe('incremental parsing: the same tree as a whole-document parse, with and without configuration', () => {
  it('every configured setup here is one the server chunks (else the comparisons below would test a whole parse against itself), each under its own key', () => {
    const keys = SETUPS.slice(1).map((setup) => setup.chunked?.key)
    expect(keys.every((key) => typeof key === 'string')).toBe(true)
    expect(new Set(keys).size).toBe(SETUPS.length - 1)
  })

  // The four combinations of GFM and front matter, and the built-in parser (the last two setups differ inline only).
  it.each(SETUPS.slice(0, 5).map((setup) => [setup.name, setup]))('%s: every Markdown fixture and doc page', (_name, setup) => {
    const files = ['fixtures', 'docs'].flatMap((dir) =>
      fs
        .readdirSync(path.join(PACKAGE_ROOT, dir), {recursive: true, encoding: 'utf8'})
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(PACKAGE_ROOT, dir, name))
    )
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) expectSameTrees(setup, fs.readFileSync(file, 'utf8'))
  })

  it.each(SETUPS.map((setup) => [setup.name, setup]))('%s: a sequence of edits to one document, reusing unchanged sections', (_name, setup) => {
    let text = GOOD_STRATEGY.replace('## Diagnosis', '## Diagnosis\n\n### Symptoms\n\nSlow builds.')
    const versions = [text]
    for (const [from, to] of [
      ['Slow builds.', 'Slow builds, flaky tests.'],
      ['## Guiding Policy', '## Guiding Policy\n\n- one\n- two'],
      ['- two', '- two\n\n```\n# not a heading\n```'],
      ['# not a heading', '# still not a heading'],
      ['```\n# still', '```\n\n# still'],
      ['## Context', '# Context'],
      ['### Symptoms', '<!--\n### Symptoms'],
      ['Slow builds, flaky tests.', 'Slow builds, flaky tests.\n-->'],
      ['## Risks and Mitigations', '## Risks and Mitigations\n\n| Risk | Mitigation |\n| --- | --- |\n| a | b |'],
      ['| a | b |', '| a | b |\n| c | ~~d~~ |']
    ]) {
      text = text.replace(from, to)
      versions.push(text)
    }
    expectSameTrees(setup, ...versions)
  })

  const EDGE_CASES: Array<[string, string]> = [
    ['a heading line inside a fenced code block', '# T\n\n```md\n# inside\n```\n\n# After\n'],
    ['a fence in a list item, then a heading', '# T\n\n- item\n\n  ```\n# heading?\n  ```\n# x\n'],
    ['an unclosed fence', '# T\n\n~~~\n# a\n\n# b\n'],
    ['an HTML comment over headings', '# T\n\n<!--\n# a\n-->\n# b\n'],
    ['an HTML block without a blank line', '# T\n\n<div>\n# a\n</div>\n\n# b\n'],
    ['front matter with comments', '---\n# comment\ntype: strategy\n---\n\n# T\n\n- a\n- b\n'],
    ['a `---` opening that is not front matter', '---\n# T\n\n- a\n- b\n\n# U\n\n- c\n'],
    ['a link definition in another section', '# T\n\nSee [docs].\n\n# U\n\n[docs]: https://example.com\n'],
    ['a footnote definition', '# T\n\nSee [^1].\n\n# U\n\n[^1]: A note.\n'],
    ['a blockquote and a list before a heading', '# T\n\n> quote\n> more\n# U\n\n1. a\n2. b\n# V\n'],
    ['setext headings and hashtags', 'Title\n=====\n\n#hashtag\n\n####### seven\n\n## Real\n\ntext\n---\n'],
    ['CRLF line endings', '# T\r\n\r\ntext\r\n\r\n## U\r\n\r\n- a\r\n'],
    ['lone carriage returns', '# T\r\rtext\r## U\r'],
    ['a byte order mark', '\uFEFF# T\n\ntext\n\n## U\n\nmore\n'],
    ['no final newline', '# T\n\ntext\n\n## U'],
    ['only headings', '# A\n## B\n### C\n'],
    ['an empty document', ''],
    ['blank lines only', '\n\n\n'],
    ['tabs and indented code', '# T\n\n\tcode\n    # code too\n# U\n\ttext\n'],
    ...SYNTAX_CASES
  ]
  it.each(SETUPS.flatMap((setup) => EDGE_CASES.map(([name, text]) => [setup.name, name, setup, text] as const)))(
    '%s: %s',
    (_setupName, _name, setup, text) => {
      expectSameTrees(setup, text, text.replace(/# U/g, '# U2'), text)
    }
  )

  // The longest comparison: the built-in parser, the plugin's and the one without GFM or front matter.
  // The two setups users have most (no configuration, a `.remarkrc` with the plugin); the others meet the same
  // chunking on every fixture page above and on the edge cases below.
  it.each(SETUPS.slice(0, 2).map((setup) => [setup.name, setup]))('%s: a generated 2,000-line document, edited in several places', (_name, setup) => {
    let text = longStrategy()
    expect(text.split('\n').length).toBeGreaterThan(2000)
    const versions = [text]
    for (let edit = 0; edit < 6; edit++) {
      const at = text.indexOf('### Part', (text.length * (edit + 1)) / 8)
      text = `${text.slice(0, at)}Inserted ${edit}.\n\n${text.slice(at)}`
      versions.push(text)
    }
    expectSameTrees(setup, ...versions)
  })

  it('a configured parser is called on the changed section only, not on the whole document', () => {
    const setup = SETUPS[1]
    const chunked = setup.chunked!
    let parsed = 0
    const counting: ChunkParser = {
      ...chunked,
      parse: (text) => {
        parsed += text.length
        return chunked.parse(text)
      }
    }
    const text = longStrategy()
    const edited = text.replace('### Part 20', 'One more sentence.\n\n### Part 20')
    incrementalParse('counted', text, counting)
    parsed = 0
    expect(JSON.stringify(incrementalParse('counted', edited, counting))).toBe(JSON.stringify(setup.whole(edited)))
    expect(parsed).toBeGreaterThan(0)
    // One sub-section and the heading line after it: a small part of the 80 KB document.
    expect(parsed).toBeLessThan(edited.length / 50)
  })
})

describe('which configured parsers are chunked, and under which key', () => {
  it.each([
    [
      'a block construct the built-in syntax does not have',
      function customBlock(this: Processor) {
        const data = this.data() as {micromarkExtensions?: unknown[]}
        ;(data.micromarkExtensions ??= []).push({flow: {36: {name: 'dollars', tokenize: (_effects: unknown, _ok: unknown, nok: unknown) => nok}}})
      }
    ],
    [
      'a parser put in place of remark-parse',
      function otherParser(this: Processor) {
        const previous = this.parser!
        this.parser = function (document, file) {
          return previous(document.replace(/^%.*$/gm, ''), file)
        }
      }
    ],
    [
      'an mdast extension that changes the whole tree',
      function wholeTreeTransform(this: Processor) {
        const data = this.data() as {fromMarkdownExtensions?: unknown[]}
        ;(data.fromMarkdownExtensions ??= []).push({transforms: [(tree: Root) => tree]})
      }
    ],
    [
      'an mdast handler the built-in syntax does not have (it could number nodes across the document)',
      function wikiLinks(this: Processor) {
        const data = this.data() as {fromMarkdownExtensions?: unknown[]}
        ;(data.fromMarkdownExtensions ??= []).push({enter: {wikiLink: (token: unknown) => token}})
      }
    ],
    ['custom front matter fences', [remarkFrontmatter, [{type: 'custom', fence: '%%%'}]]],
    [
      'YAML front matter between other fences, added by a plugin itself',
      function percentFences(this: Processor) {
        remarkFrontmatter.call(this as never, [{type: 'yaml', fence: '%%%'}])
      }
    ],
    ['front matter anywhere in the document', [remarkFrontmatter, [{type: 'yaml', marker: '-', anywhere: true}]]]
  ] as const)('%s: parsed whole', (_name, plugin) => {
    const processor = remark().use(remarkLintStrategy)
    if (Array.isArray(plugin)) processor.use(plugin[0] as never, plugin[1] as never)
    else processor.use(plugin as never)
    expect(chunkParserOf(processor as never)).toBeNull()
  })

  it('front matter anywhere, added without remark-frontmatter options showing it, is found by its probe', () => {
    const sneaky = function (this: Processor) {
      remarkFrontmatter.call(this as never, [{type: 'yaml', marker: '-', anywhere: true}])
    }
    expect(chunkParserOf(remark().use(remarkLintStrategy).use(sneaky) as never)).toBeNull()
    // Without `anywhere` the same plugin is fine: it is YAML at the start only.
    const plain = function (this: Processor) {
      remarkFrontmatter.call(this as never, ['yaml'])
    }
    expect(chunkParserOf(remark().use(remarkLintStrategy).use(plain) as never)).not.toBeNull()
  })

  it('the key: the same for the same configuration built again (unified-engine builds a processor per check), another for any change', () => {
    // unified-engine passes each configured plugin its file set, a new EventEmitter per check.
    const build = (options: object, settings: object = {}, more: Array<[unknown, unknown]> = []) => {
      const processor = remark().use(remarkLintStrategy, structuredClone(options), new EventEmitter())
      for (const [plugin, pluginOptions] of more) processor.use(plugin as never, pluginOptions as never, new EventEmitter())
      processor.data('settings', structuredClone(settings))
      return configurationKey(processor)
    }
    const options = {rules: {'strategy-section-length': false}}
    const key = build(options)
    expect(key).toBeTypeOf('string')
    expect(build(options)).toBe(key)
    expect(build({rules: {'strategy-section-length': 'warn'}})).not.toBe(key)
    expect(build(options, {bullet: '*'})).not.toBe(key)
    expect(build(options, {}, [[remarkGfm, undefined]])).not.toBe(key)
    expect(build(options, {}, [[remarkGfm, {singleTilde: false}]])).not.toBe(build(options, {}, [[remarkGfm, undefined]]))
    // Options that are not plain data count by identity: the same RegExp object is the same key, another is not.
    const pattern = /x/
    expect(build(options, {}, [[remarkGfm, {pattern}]])).toBe(build(options, {}, [[remarkGfm, {pattern}]]))
  })

  /** The chunk keys the bundled server's parser gets in two checks of `dir`, as unified-engine builds the processor from its configuration. */
  async function chunkKeysOf(dir: string): Promise<Array<string | undefined>> {
    const seen: Array<string | undefined> = []
    // Attached just before the server's plugin, as unified-engine adds the `plugins` option after the configured ones:
    // it sees the parser the server wraps, and asks at transform time, with every plugin attached, what the server asks.
    function probe(this: Processor) {
      const processor = this
      const parse = this.parser as unknown as Parse
      return () => {
        seen.push(bundledServer.configuredChunkParser(processor, parse)?.key)
      }
    }
    for (let check = 0; check < 2; check++) {
      const file = new VFileClass({path: path.join(dir, 'strategy.md'), value: GOOD_STRATEGY})
      await new Promise<void>((resolve, reject) =>
        engine(
          {processor: remark as never, files: [file], cwd: dir, rcName: '.remarkrc', packageField: 'remarkConfig', pluginPrefix: 'remark', plugins: [probe as never, bundledServer.zeroConfigFallback as never], quiet: true, output: false, out: false, silentlyIgnore: true, reporter: () => ''},
          (error) => (error ? reject(error) : resolve())
        )
      )
      expect(file.messages.filter((message) => message.fatal)).toEqual([])
    }
    return seen
  }

  it('the processor unified-engine builds from a .remarkrc is chunked, under the same key check after check', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-section-length': false}}]]})})
    linkPackage(dir)
    const seen = await chunkKeysOf(dir)
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBeTypeOf('string')
    expect(seen[1]).toBe(seen[0])
  })

  it('a .remarkrc naming the installed remark-gfm is chunked once the installed syntax is added, as a check worker does before its first check', async () => {
    // The bundle's own copies of the syntax packages are rewritten by the bundler; the installed remark-gfm is not.
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: ['remark-gfm', 'remark-lint-strategy']})})
    linkPackage(dir)
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-gfm'), path.join(dir, 'node_modules', 'remark-gfm'), 'dir')
    expect(await chunkKeysOf(dir)).toEqual([undefined, undefined])
    await bundledServer.addInstalledSyntax()
    const seen = await chunkKeysOf(dir)
    expect(seen[0]).toBeTypeOf('string')
    expect(seen[1]).toBe(seen[0])
  })

  it('chunks parsed under one configuration are not reused under another: an untouched table follows the tables setting', () => {
    // (A rule adds GFM itself, so the configuration without tables turns them off.)
    const withGfm = chunkParserOf(remark().use(placeholderRule) as never)!
    const withoutGfm = chunkParserOf(remark().use(placeholderRule).use(noTables) as never)!
    expect(withGfm.key).not.toBe(withoutGfm.key)
    const text = '# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n# U\n\ntext\n'
    const edited = text.replace('text', 'more text')
    const tableSection = (tree: Root) => tree.children[1].type
    expect(tableSection(incrementalParse('switch', text, withGfm))).toBe('table')
    expect(tableSection(incrementalParse('switch', edited, withoutGfm))).toBe('paragraph')
    expect(tableSection(incrementalParse('switch', text, withGfm))).toBe('table')
    // What the key prevents: the same key with the other parser reuses the table parsed with GFM.
    expect(tableSection(incrementalParse('switch', edited, {...withoutGfm, key: withGfm.key}))).toBe('table')
  })
})

const clients = trackedClients()
const {start} = clients

afterAll(async () => {
  await clients.stopAll()
  removeProjects()
})


/** Make `remark-gfm` resolvable from `dir`, as a workspace that installed it has it. */
function linkGfm(dir: string): void {
  fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark-gfm'), path.join(dir, 'node_modules', 'remark-gfm'), 'dir')
}

describe('end to end: a configured workspace, edited', () => {
  it('a sequence of edits gets what the stock remark-language-server (whole parses) reports', async () => {
    const rc = JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-placeholder': 'error'}}]]})
    const dir = makeProject({'.remarkrc': rc})
    linkPackage(dir)
    const [ours, stock] = await Promise.all([start(OUR_SERVER, dir), start(STOCK_SERVER, dir)])
    const uri = fileUri(path.join(dir, 'strategy.md'))
    let text = strategyDoc({frontMatter: 'type: strategy', context: `${words(60, 3)} The launch date is TBD.`})
    const [first, firstStock] = await Promise.all([ours.open(uri, text), stock.open(uri, text)])
    expect(first.length).toBeGreaterThan(0)
    expect(diagnosticSummary(first)).toEqual(diagnosticSummary(firstStock))
    const edits: Array<[string, string]> = [
      ['The launch date is TBD.', 'The launch date is June 2027.'],
      ['## Diagnosis', '## Diagnosis\n\n### Symptoms\n\nBuilds are slow. TODO: numbers.'],
      ['## Risks and Mitigations', '## Risks and Mitigations\n\n| Risk | Mitigation |\n| --- | --- |\n| Teams resist | |'],
      [STRATEGY_SECTIONS.success.split('\n')[0], '```\n## Success Criteria\n```'],
      ['## Guiding Policy', '## Guidng Policy'],
      ['type: strategy', 'type: vision']
    ]
    for (const [from, to] of edits) {
      expect(text).toContain(from)
      text = text.replace(from, to)
      const [a, b] = await Promise.all([ours.change(uri, text), stock.change(uri, text)])
      expect(diagnosticSummary(a), `after replacing ${JSON.stringify(from)}`).toEqual(diagnosticSummary(b))
    }
  })

  it('a .remarkrc changed between checks: an untouched table parses as the new configuration says', async () => {
    const risks = '| Risk | Mitigation |\n| --- | --- |\n| Teams resist losing their pipelines | Extend the template within two weeks |\n| The shared cache fails | |'
    const text = strategyDoc({risks})
    // (A rule adds GFM itself: the configuration without tables turns them off with a local plugin.)
    const withGfm = JSON.stringify({plugins: ['remark-lint-strategy/rules/strategy-risk-mitigation', 'remark-gfm']})
    const withoutGfm = JSON.stringify({plugins: ['remark-lint-strategy/rules/strategy-risk-mitigation', './no-tables.mjs']})
    const noTablesPlugin = 'export default function noTables() {\n  const data = this.data()\n  ;(data.micromarkExtensions ??= []).push({disable: {null: [\'table\']}})\n}\n'
    const dir = makeProject({'.remarkrc': withGfm, 'no-tables.mjs': noTablesPlugin})
    linkPackage(dir)
    linkGfm(dir)
    const [ours, stock] = await Promise.all([start(OUR_SERVER, dir), start(STOCK_SERVER, dir)])
    const uri = fileUri(path.join(dir, 'strategy.md'))
    const risk = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'strategy-risk-mitigation').map((d) => d.message.split(';')[0])
    const [first, firstStock] = await Promise.all([ours.open(uri, text), stock.open(uri, text)])
    expect(risk(first)).toEqual(['Risk `The shared cache fails` has no mitigation'])
    expect(diagnosticSummary(first)).toEqual(diagnosticSummary(firstStock))

    // Each step edits only the Context section; the Risks section's chunk is the same text every time.
    let version = 0
    for (const [rc, expected] of [
      [withoutGfm, []],
      [withGfm, ['Risk `The shared cache fails` has no mitigation']],
      [withoutGfm, []]
    ] as const) {
      writeFiles(dir, {'.remarkrc': rc})
      const edited = text.replace('## Context\n\n', `## Context\n\nEdit ${++version}. `)
      const [a, b] = await Promise.all([ours.change(uri, edited), stock.change(uri, edited)])
      expect(risk(a)).toEqual(expected)
      expect(diagnosticSummary(a)).toEqual(diagnosticSummary(b))
    }
  })
})
