/**
 * `strategy-lint --fix` and `--fix-dry-run` through the real bin on files on
 * disk: the mechanical fixes the language server offers, applied in type
 * order, written only when they change a file, stable on a second run.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, NEAR_MISS} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, removeProjects, STRATEGY_LINT_BIN, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

/** A typed strategy with a near-miss heading, a heading at the wrong level and four missing sections. */
const BROKEN = `---
type: strategy
---

# Payments Strategy

## Contxt

We run payments for 40 countries, and since the move to the new gateway in March the checkout fails for one
customer in fifty: retries double the load on the gateway at peak, and support tickets about double charges
tripled. The gateway contract renews in October, so the decision on how we handle retries cannot wait.

## Diagnosis

Retries are uncoordinated: each service retries on its own schedule, so one slow call becomes many.

#### Guiding Policy

We cap retries at the edge and make every payment call idempotent, accepting slower failure reports.
`

const FIXED_HEADINGS = ['# Payments Strategy', '## Context', '## Diagnosis', '## Guiding Policy', '## Coherent Actions', '## What We Will NOT Do', '## Risks and Mitigations', '## Success Criteria']

function headings(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('#'))
}

describe.concurrent('--fix', () => {
  it('renames the near-miss heading, fixes the level, inserts the missing sections in type order; reports what remains', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    const result = await strategyLint(['--fix', 'strategy.md'], dir)
    const fixed = fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')
    expect(headings(fixed)).toEqual(FIXED_HEADINGS)
    // The prose is untouched.
    expect(fixed).toContain('We cap retries at the edge and make every payment call idempotent')
    expect(result.stderr).toBe('strategy-lint: fixed 6 problems in 1 file; the report shows what remains\n')
    // What remains: the inserted skeletons' prompts, for the author to fill in.
    expect(result.code).toBe(1)
    expect(result.stdout).not.toMatch(/looks like the required section|is a level-4 heading|Missing section/)
    expect(result.stdout.match(/holds only its template prompt/g)).toHaveLength(4)
  })

  it('a file whose fixes cannot be written is an error on it, left as it was; the others are fixed and the report is printed', () => {
    const dir = makeProject({'a.md': NEAR_MISS, 'locked/b.md': NEAR_MISS, 'c.md': NEAR_MISS})
    // Not writable by the user who runs it (root may write anything: the run is made as `nobody` then).
    const asRoot = process.getuid?.() === 0
    fs.chmodSync(path.join(dir, 'locked', 'b.md'), 0o444)
    fs.chmodSync(path.join(dir, 'locked'), 0o555)
    if (asRoot) {
      fs.chmodSync(dir, 0o777)
      for (const name of ['a.md', 'c.md']) fs.chmodSync(path.join(dir, name), 0o666)
    }
    const run = spawnSync(process.execPath, [STRATEGY_LINT_BIN, '--no-config', '--fix', '--format', 'json', 'a.md', 'locked/b.md', 'c.md'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      ...(asRoot ? {uid: 65534, gid: 65534} : {})
    })
    fs.chmodSync(path.join(dir, 'locked'), 0o755)
    expect(run.status, run.stderr).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'locked', 'b.md'), 'utf8')).toBe(NEAR_MISS)
    for (const name of ['a.md', 'c.md']) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toMatch(/^## Success Criteria$/m)
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean; reason: string}>}>
    const locked = report.find((file) => file.path === 'locked/b.md')!
    expect(locked.messages[0]).toMatchObject({ruleId: 'fix-failed', fatal: true})
    expect(locked.messages[0].reason).toMatch(/^Not fixed: the fixes could not be written to this file \(EACCES: .*\); it is unchanged, and the findings reported are its own$/)
    // Its own findings, as it is on disk: the near-miss heading is still reported.
    expect(locked.messages.some((message) => /looks like the required section/.test(message.reason))).toBe(true)
    expect(run.stderr).toMatch(/^strategy-lint: fixed 2 problems in 2 files; the report shows what remains\nstrategy-lint: not fixed: the fixes could not be written to locked\/b\.md; it is unchanged \(an error on each says why\)\n$/)
  })

  it('writes through a symbolic link, keeping the link, the mode and no temporary file', async () => {
    const dir = makeProject({'docs/real.md': NEAR_MISS})
    fs.symlinkSync('docs/real.md', path.join(dir, 'link.md'))
    fs.chmodSync(path.join(dir, 'docs', 'real.md'), 0o640)
    expect((await strategyLint(['--fix', 'link.md'], dir)).code).toBe(0)
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'docs', 'real.md'), 'utf8')).toMatch(/^## Success Criteria$/m)
    expect(fs.statSync(path.join(dir, 'docs', 'real.md')).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(path.join(dir, 'docs'))).toEqual(['real.md'])
    // A mode the umask would narrow (group write) is kept too.
    fs.chmodSync(path.join(dir, 'docs', 'real.md'), 0o664)
    fs.writeFileSync(path.join(dir, 'docs', 'real.md'), NEAR_MISS)
    expect((await strategyLint(['--fix', 'link.md'], dir)).code).toBe(0)
    expect(fs.statSync(path.join(dir, 'docs', 'real.md')).mode & 0o777).toBe(0o664)
  })

  it('does not write through a link out of the repository (a pull request\'s `docs/notes.md -> ~/.bashrc`): one error on it; a file named outside it on purpose is fixed', async () => {
    const outside = makeProject({'bashrc': 'export PATH=$PATH\n', 'plan.md': NEAR_MISS})
    const dir = makeProject({'docs/own.md': NEAR_MISS})
    fs.mkdirSync(path.join(dir, '.git'))
    fs.symlinkSync(path.join(outside, 'bashrc'), path.join(dir, 'docs', 'notes.md'))
    const run = await strategyLint(['--no-config', '--type', 'strategy', '--fix', '--format', 'json', 'docs', path.join(outside, 'plan.md')], dir)
    expect(run.code).toBe(1)
    expect(fs.readFileSync(path.join(outside, 'bashrc'), 'utf8')).toBe('export PATH=$PATH\n')
    expect(fs.readFileSync(path.join(dir, 'docs', 'own.md'), 'utf8')).toMatch(/^## Success Criteria$/m)
    expect(fs.readFileSync(path.join(outside, 'plan.md'), 'utf8')).toMatch(/^## Success Criteria$/m)
    const notes = (JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>).find((file) => file.path === 'docs/notes.md')!
    expect(notes.messages[0]).toMatchObject({
      ruleId: 'fix-failed',
      reason: `Not fixed: the fixes could not be written to this file (it is a link to ${fs.realpathSync(path.join(outside, 'bashrc'))}, outside the repository, which --fix does not write to; fix the file where it is kept); it is unchanged, and the findings reported are its own`
    })
  })

  it('a report written through a link to a file not made yet makes the file and keeps the link', async () => {
    const dir = makeProject({'a.md': NEAR_MISS, 'out/.keep': ''})
    fs.symlinkSync('out/report.json', path.join(dir, 'report.json'))
    expect((await strategyLint(['--format', 'json', '--output-file', 'report.json', 'a.md'], dir)).code).toBe(1)
    expect(fs.lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'))).toHaveLength(1)
  })

  it('a fixed document keeps its inode: a hard link sees the fix', async () => {
    const dir = makeProject({'doc.md': NEAR_MISS})
    fs.linkSync(path.join(dir, 'doc.md'), path.join(dir, 'other-name.md'))
    const inode = fs.statSync(path.join(dir, 'doc.md')).ino
    expect((await strategyLint(['--fix', 'doc.md'], dir)).code).toBe(0)
    expect(fs.statSync(path.join(dir, 'doc.md')).ino).toBe(inode)
    expect(fs.readFileSync(path.join(dir, 'other-name.md'), 'utf8')).toMatch(/^## Success Criteria$/m)
    // Both names given: the second finds the fix the first wrote, and is no file changed since it was read.
    fs.writeFileSync(path.join(dir, 'doc.md'), NEAR_MISS)
    const both = await strategyLint(['--fix', 'doc.md', 'other-name.md'], dir)
    expect(both.code, both.stdout).toBe(0)
    expect(both.stderr).toBe('strategy-lint: fixed 2 problems in 2 files; the report shows what remains\n')
  })

  it('a file the user may write in a folder they may not is fixed in place, as before', () => {
    const dir = makeProject({'shared/doc.md': NEAR_MISS})
    const asRoot = process.getuid?.() === 0
    fs.chmodSync(path.join(dir, 'shared', 'doc.md'), 0o666)
    fs.chmodSync(path.join(dir, 'shared'), 0o555)
    if (asRoot) fs.chmodSync(dir, 0o777)
    const run = spawnSync(process.execPath, [STRATEGY_LINT_BIN, '--no-config', '--fix', 'shared/doc.md'], {cwd: dir, encoding: 'utf8', timeout: 60_000, ...(asRoot ? {uid: 65534, gid: 65534} : {})})
    fs.chmodSync(path.join(dir, 'shared'), 0o755)
    expect(run.status, run.stderr).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'shared', 'doc.md'), 'utf8')).toMatch(/^## Success Criteria$/m)
  })

  it('a second --fix changes nothing and reports the same', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    const first = await strategyLint(['--fix', 'strategy.md'], dir)
    const file = path.join(dir, 'strategy.md')
    const once = fs.readFileSync(file, 'utf8')
    const stamp = fs.statSync(file).mtimeMs
    const second = await strategyLint(['--fix', 'strategy.md'], dir)
    expect(fs.readFileSync(file, 'utf8')).toBe(once)
    expect(fs.statSync(file).mtimeMs).toBe(stamp)
    expect(second.stderr).toBe('strategy-lint: nothing to fix mechanically; the report shows what remains\n')
    expect(second.stdout).toBe(first.stdout)
  })

  it('writes only the files a fix changes', async () => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'near.md': NEAR_MISS})
    const good = path.join(dir, 'good.md')
    const stamp = fs.statSync(good).mtimeMs
    const result = await strategyLint(['--fix'], dir)
    expect(result.stderr).toBe('strategy-lint: fixed 1 problem in 1 file; the report shows what remains\n')
    expect(fs.statSync(good).mtimeMs).toBe(stamp)
    expect(fs.readFileSync(path.join(dir, 'near.md'), 'utf8')).toBe(NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria'))
    expect(result).toMatchObject({code: 0, stdout: '2 files checked, no problems\n'})
  })

  it('keeps a UTF-8 byte order mark and CRLF line endings', async () => {
    const text = `\uFEFF${NEAR_MISS.replace(/\n/g, '\r\n')}`
    const dir = makeProject({'near.md': text})
    await strategyLint(['--fix', 'near.md'], dir)
    expect(fs.readFileSync(path.join(dir, 'near.md'), 'utf8')).toBe(text.replace('## Sucess Criteria', '## Success Criteria'))
  })

  it('a heading raised a level and the sections missing around it: inserted in the new outline, so no order error is made', async () => {
    const text =
      '---\ntype: vision\n---\n\n# Search Vision\n\n## Current state\n\nThe index is rebuilt nightly; queries take 2 s at p95.\n\n' +
      '### Target State\n\nBy 2028, every query is answered from the new index in 200 ms.\n\n## Key Decision\n\n- We chose Lucene because the team knows it.\n'
    const dir = makeProject({'v.md': text})
    const result = await strategyLint(['--fix', '--format', 'json', 'v.md'], dir)
    const headings = fs.readFileSync(path.join(dir, 'v.md'), 'utf8').split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual(['# Search Vision', '## Current state', '## Guiding Principles', '## Target State', '## Migration Strategy', '## Key Decision', '## Success Metrics'])
    const ruleIds = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)
    expect(ruleIds).not.toContain('strategy-section-order')
  })

  it('sections added to a file whose lines end in a lone CR (classic Mac OS) end in CR too, a blank line apart', async () => {
    const dir = makeProject({'cr.md': '---\rtype: strategy\r---\r\r# Tech Strategy: X\r\r## Context\r\rx.\r'})
    await strategyLint(['--fix', 'cr.md'], dir)
    const fixed = fs.readFileSync(path.join(dir, 'cr.md'), 'utf8')
    expect(fixed).not.toContain('\n')
    expect(fixed).toMatch(/^---\rtype: strategy\r---\r\r# Tech Strategy: X\r\r## Context\r\rx\.\r\r## Diagnosis\r\rTODO: [^\r]+\r\r## Guiding Policy\r/)
  })

  it('--fix-dry-run on a file whose lines end in a lone CR: the diff is line by line, as for LF (it was the whole file as one line)', async () => {
    const lf = '---\ntype: strategy\n---\n\n# Tech Strategy: X\n\n## Context\n\nx.\n\n**Diagnosis**\n\ny.\n'
    const dir = makeProject({'cr.md': lf.replace(/\n/g, '\r'), 'lf.md': lf})
    const [cr, plain] = await Promise.all([strategyLint(['--fix-dry-run', 'cr.md'], dir), strategyLint(['--fix-dry-run', 'lf.md'], dir)])
    const hunks = (output: string) => output.split('\n').filter((line) => /^[-+@]/.test(line) && !/^(?:---|\+\+\+) /.test(line))
    expect(hunks(cr.stdout)).toEqual(hunks(plain.stdout))
    expect(hunks(cr.stdout)).toContain('-**Diagnosis**')
    expect(cr.stdout).not.toContain('\r')
    expect(fs.readFileSync(path.join(dir, 'cr.md'), 'utf8')).toBe(lf.replace(/\n/g, '\r'))
  })

  it('leaves a UTF-16 file as it is (it would have to be rewritten in another encoding)', async () => {
    const dir = makeProject({})
    const file = path.join(dir, 'near.md')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NEAR_MISS, 'utf16le')])
    fs.writeFileSync(file, bytes)
    const result = await strategyLint(['--fix', 'near.md'], dir)
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(result.stdout).toMatch(/looks like the required section `Success Criteria`/)
  })
})

describe.concurrent('--fix-dry-run', () => {
  it('prints a unified diff and the report of what would remain; writes nothing', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    const result = await strategyLint(['--fix-dry-run', 'strategy.md'], dir)
    expect(fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')).toBe(BROKEN)
    expect(result.stdout).toMatch(/^--- a\/strategy\.md\n\+\+\+ b\/strategy\.md\n@@ /)
    expect(result.stdout).toContain('\n-## Contxt\n+## Context\n')
    expect(result.stdout).toContain('\n-#### Guiding Policy\n+## Guiding Policy\n')
    expect(result.stdout).toContain('\n+## Coherent Actions\n')
    expect(result.stderr).toBe('strategy-lint: would fix 6 problems in 1 file (--fix-dry-run wrote nothing); the report shows what would remain\n')
    // The same report as after --fix.
    const fixedDir = makeProject({'strategy.md': BROKEN})
    const fixed = await strategyLint(['--fix', 'strategy.md'], fixedDir)
    expect(result.stdout.slice(result.stdout.indexOf('\nstrategy.md\n') + 1)).toBe(fixed.stdout)
    expect(result.code).toBe(fixed.code)
  })

  it('beside a machine format the diff goes to stderr and stdout stays valid', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    const result = await strategyLint(['--fix-dry-run', '--format', 'json', 'strategy.md'], dir)
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
    expect(result.stderr).toMatch(/^--- a\/strategy\.md\n/)
  })

  it('--fix and --fix-dry-run together is a usage error', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    expect(await strategyLint(['--fix', '--fix-dry-run'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'strategy-lint: --fix writes the fixes and --fix-dry-run only shows them: give one of them\n'
    })
  })

  it('without --fix, a run never writes a linted file', async () => {
    const dir = makeProject({'strategy.md': BROKEN})
    const file = path.join(dir, 'strategy.md')
    const stamp = fs.statSync(file).mtimeMs
    await strategyLint(['strategy.md'], dir)
    expect(fs.statSync(file).mtimeMs).toBe(stamp)
    expect(fs.readFileSync(file, 'utf8')).toBe(BROKEN)
  })
})

describe('a fix that does not take', () => {
  it('a fix whose message comes back word for word did not take: its pass is undone, it is never written, the others are', async () => {
    // A plugin whose fix cannot take (it appends a blank line, and the message stays): before, ten passes wrote it ten times.
    const dir = makeProject({
      '.remarkrc.mjs': `import strategy from 'remark-lint-strategy'\nimport futile from './futile.mjs'\nexport default {plugins: [strategy, futile]}\n`,
      'futile.mjs': `export default function futile() {\n  return (tree, file) => {\n    const message = file.message('Always here', {place: tree.position.end, ruleId: 'futile', source: 'team'})\n    message.expected = ['\\n']\n  }\n}\n`,
      'strategy.md': NEAR_MISS
    })
    linkPackage(dir)
    const result = await strategyLint(['--fix', '--format', 'unix', 'strategy.md'], dir)
    expect(fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')).toBe(NEAR_MISS.replace('## Sucess Criteria', '## Success Criteria'))
    expect(result.stderr).toBe('strategy-lint: fixed 1 problem in 1 file; the report shows what remains\n')
    expect(result.stdout).toMatch(/: Always here \[futile\]$/m)
    expect(result.stdout).not.toMatch(/Sucess/)
  }, 60_000)

  it.each([
    ['changed (an editor saved it)', 'fs.appendFileSync(at, "\\n## Appendix\\n\\nSaved in the editor.\\n")', 'it changed since it was read (saved from an editor during the run?); run --fix again'],
    ['moved (`git mv`)', 'fs.renameSync(at, at.replace(/strategy\\.md$/, "moved.md"))', 'it was moved or deleted since it was read; run --fix again']
  ])('a document %s while the run goes on is not written: one fix-failed error, the edit kept, the old path not made again', async (_name, change, why) => {
    // A plugin that changes the document on disk as it is linted: what a save from an editor, or a `git mv`, does
    // while a pre-commit hook runs (the fixed text of what was read overwrote the edit, or brought the file back).
    const dir = makeProject({
      '.remarkrc.mjs': `import strategy from 'remark-lint-strategy'\nimport meddle from './meddle.mjs'\nexport default {plugins: [strategy, meddle]}\n`,
      'meddle.mjs': `import fs from 'node:fs'\nimport path from 'node:path'\nlet done = false\nexport default function meddle() {\n  return (tree, file) => {\n    const at = path.resolve(file.cwd, file.path)\n    if (done || !at.endsWith('strategy.md')) return\n    done = true\n    ${change}\n  }\n}\n`,
      'strategy.md': NEAR_MISS
    })
    linkPackage(dir)
    const result = await strategyLint(['--fix', '--format', 'unix', 'strategy.md'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`strategy.md:1:1: error: Not fixed: the fixes could not be written to this file (${why}); it is unchanged, and the findings reported are its own [fix-failed]`)
    if (fs.existsSync(path.join(dir, 'moved.md'))) {
      expect(fs.existsSync(path.join(dir, 'strategy.md'))).toBe(false)
      expect(fs.readFileSync(path.join(dir, 'moved.md'), 'utf8')).toBe(NEAR_MISS)
    } else {
      expect(fs.readFileSync(path.join(dir, 'strategy.md'), 'utf8')).toBe(`${NEAR_MISS}\n## Appendix\n\nSaved in the editor.\n`)
    }
  }, 60_000)

  it('a UTF-16 file is linted but not fixed, and the run says so instead of passing over it', async () => {
    const dir = makeProject()
    const file = path.join(dir, 'strategy.md')
    const bytes = Buffer.from(`\uFEFF${NEAR_MISS}`, 'utf16le')
    fs.writeFileSync(file, bytes)
    const result = await strategyLint(['--fix', '--format', 'unix', 'strategy.md'], dir)
    expect(fs.readFileSync(file)).toEqual(bytes)
    expect(result.stdout).toMatch(/Heading `Sucess Criteria` looks like the required section/)
    expect(result.stderr).toBe('strategy-lint: not fixed: strategy.md is UTF-16, which --fix does not write; convert to UTF-8 (`iconv -f UTF-16 -t UTF-8`) to fix\n')
  })

  it('a file that is not valid UTF-8 (Latin-1) is not fixed, byte for byte, and the run says so; a U+FFFD written as UTF-8 is fixed', async () => {
    const dir = makeProject({'fine.md': NEAR_MISS.replace('## Context\n', '## Context\n\nA \uFFFD in the text.\n')})
    const file = path.join(dir, 'latin1.md')
    const bytes = Buffer.from(NEAR_MISS.replace('## Context\n', '## Context\n\nCaf\u00e9 in Z\u00fcrich.\n'), 'latin1')
    fs.writeFileSync(file, bytes)
    const result = await strategyLint(['--fix', '--format', 'unix', 'latin1.md', 'fine.md'], dir)
    expect(fs.readFileSync(file)).toEqual(bytes)
    expect(result.stdout).toMatch(/^latin1\.md:.*Heading `Sucess Criteria` looks like the required section/m)
    expect(fs.readFileSync(path.join(dir, 'fine.md'), 'utf8')).toMatch(/## Success Criteria/)
    expect(result.stderr).toBe(
      'strategy-lint: fixed 1 problem in 1 file; the report shows what remains\n' +
        'strategy-lint: not fixed: latin1.md is not valid UTF-8 (Windows-1252 or Latin-1, as Word and older editors save, or stray bytes), which --fix would write back as U+FFFD; convert to UTF-8 (`iconv -f WINDOWS-1252 -t UTF-8`, which reads Latin-1 text alike and Word\'s curly quotes and dashes too) to fix\n'
    )
  })
})
