/**
 * `--format unix` (src/formats/unix.ts): one `path:line:column: severity: message [rule]` line per message, as
 * compilers print. The lines are read by the tools docs/editors.md says read them: the setup it gives for Vim's
 * quickfix, run with `:make!` in headless Neovim, and Emacs's compilation mode with no setup. Those two tests are
 * skipped, with a message, when `nvim` or `emacs` is not installed; .ci/run installs both and sets
 * STRATEGY_LINT_REQUIRE_NVIM and STRATEGY_LINT_REQUIRE_EMACS, so in CI a missing one fails.
 */
import {execFile, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, MISSING_SECTION, UNTYPED_NOTES, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects, STRATEGY_LINT_BIN, strategyLint} from '../fixtures/cli/project.js'

afterAll(() => removeProjects())

const LINE = /^(?<file>[^:\n]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info): (?<text>.+) \[(?<rule>[\w-]+)\]$/

function project(): string {
  return makeProject({'docs/missing.md': MISSING_SECTION, 'docs/warnings.md': WARNINGS_ONLY, 'docs/good.md': GOOD_STRATEGY, 'notes.md': UNTYPED_NOTES})
}

describe('--format unix', () => {
  it('one line per message, as the JSON report has them: place, severity, message, rule; no summary line', async () => {
    const dir = project()
    const [unix, json] = await Promise.all([strategyLint(['--format', 'unix', 'docs', 'notes.md'], dir), strategyLint(['--format', 'json', 'docs', 'notes.md'], dir)])
    expect(unix.code).toBe(1)
    const lines = unix.stdout.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(LINE)
    const expected = (JSON.parse(json.stdout) as Array<{path: string; messages: Array<{line: number | null; column: number | null; fatal: boolean | null; reason: string; ruleId: string}>}>).flatMap(
      (file) => file.messages.map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.fatal ? 'error' : 'warning'}: ${message.reason} [${message.ruleId}]`)
    )
    expect(lines).toEqual(expected)
    // The untyped file named on the command line: its warning is about the whole file, placed at 1:1.
    expect(lines).toContainEqual(expect.stringMatching(/^notes\.md:1:1: warning: No document type detected/))
    expect(lines.some((line) => line.startsWith('docs/warnings.md:') && line.includes(': warning: '))).toBe(true)
  })

  it('a clean run prints nothing; control characters and line breaks in a name stay on one escaped line', async () => {
    expect(await strategyLint(['--format', 'unix'], makeProject({'good.md': GOOD_STRATEGY}))).toEqual({code: 0, stdout: '', stderr: ''})
    const dir = makeProject({'odd\u001b\nname.md': MISSING_SECTION})
    const result = await strategyLint(['--format', 'unix'], dir)
    expect(result.stdout).toMatch(/^odd\\x1b\\nname\.md:\d+:1: error: Missing section/)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })
})

function installed(command: string, args: string[], required: string | undefined, install: string): boolean {
  try {
    execFileSync(command, args, {stdio: 'ignore'})
    return true
  } catch {
    if (required) throw new Error(`${command} is not installed, but ${required} is set: install it (${install})`)
    console.warn(`tests/unix-format.test.ts: the ${command} test skipped, \`${command}\` is not on PATH (to run it: ${install})`)
    return false
  }
}

/** The lines docs/editors.md gives for Vim's quickfix: the `vim` block of its section on editors without a language server. */
function documentedVimSetup(): string[] {
  const docs = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'editors.md'), 'utf8')
  const section = docs.slice(docs.indexOf('## Without a language server'))
  const block = /```vim\n([\s\S]*?)```/.exec(section)
  if (!block) throw new Error('docs/editors.md has no vim block in its section on editors without a language server')
  return block[1].trimEnd().split('\n')
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {cwd, env: {...process.env, ...env}, timeout: 60_000}, (error, _stdout, stderr) => (error ? reject(new Error(`${command}: ${error.message}\n${stderr}`)) : resolve()))
  })
}

const hasNvim = installed('nvim', ['--version'], process.env.STRATEGY_LINT_REQUIRE_NVIM, 'apt-get install neovim')
describe.skipIf(!hasNvim)('Vim quickfix (headless Neovim)', () => {
  it('docs/editors.md\'s two lines and `:make!` fill the quickfix list with each message, its place and its kind', async () => {
    const dir = project()
    const setup = documentedVimSetup()
    expect(setup[0]).toBe('set makeprg=npx\\ strategy-lint\\ --format\\ unix')
    // The same command with this checkout's bin instead of npx, which would need the package installed in the project.
    const makeprg = `set makeprg=${[process.execPath, STRATEGY_LINT_BIN, '--format', 'unix', 'docs'].map((word) => word.replace(/ /g, '\\ ')).join('\\ ')}`
    fs.writeFileSync(path.join(dir, 'setup.vim'), [...setup.slice(1), makeprg, ''].join('\n'))
    const result = path.join(dir, 'quickfix.json')
    await run(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-S', 'setup.vim', '-c', 'silent make!', '-c', "call writefile([json_encode(map(getqflist(), {_, e -> [bufname(e.bufnr), e.lnum, e.col, e.type, e.valid, e.text]}))], $RESULT_FILE)", '-c', 'qall!'],
      dir,
      {RESULT_FILE: result}
    )
    const entries = (JSON.parse(fs.readFileSync(result, 'utf8')) as Array<[string, number, number, string, number, string]>).filter((entry) => entry[4] === 1)
    const expected = (await strategyLint(['--format', 'unix', 'docs'], dir)).stdout.trimEnd().split('\n').map((line) => LINE.exec(line)!.groups!)
    expect(entries.map(([file, line, column, type, , text]) => [file, line, column, type, text])).toEqual(
      expected.map((message) => [message.file, Number(message.line), Number(message.column), message.severity[0], `${message.text} [${message.rule}]`])
    )
    expect(new Set(entries.map((entry) => entry[3]))).toEqual(new Set(['e', 'w']))
  }, 90_000)

  it('after `Ça`, `🚀` or `团队` on the line, `:cc` lands on the finding: the column counts bytes, as Vim reads `%c`', async () => {
    const lines = ['- Ça évolue — ask [Team Name].', '- Launch 🚀 — ask [Team Name].', '- 团队 — ask [Team Name].']
    const dir = makeProject({'docs/plan.md': WARNINGS_ONLY.replace(/\n## Diagnosis\n/, `\n${lines.join('\n')}\n\n## Diagnosis\n`)})
    const setup = documentedVimSetup()
    const makeprg = `set makeprg=${[process.execPath, STRATEGY_LINT_BIN, '--format', 'unix', 'docs'].map((word) => word.replace(/ /g, '\\ ')).join('\\ ')}`
    fs.writeFileSync(path.join(dir, 'setup.vim'), [...setup.slice(1), makeprg, ''].join('\n'))
    const result = path.join(dir, 'landed.json')
    // For each entry: the text from its line and column on, as the cursor after `:cc` sees it.
    const landed = "call writefile([json_encode(map(getqflist(), {_, e -> [e.text, strpart(get(readfile(bufname(e.bufnr)), e.lnum - 1, ''), e.col - 1)]}))], $RESULT_FILE)"
    await run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-S', 'setup.vim', '-c', 'silent make!', '-c', landed, '-c', 'qall!'], dir, {RESULT_FILE: result})
    const placeholders = (JSON.parse(fs.readFileSync(result, 'utf8')) as Array<[string, string]>).filter(([text]) => text.includes('`[Team Name]`'))
    expect(placeholders).toHaveLength(3)
    for (const [, at] of placeholders) expect(at.startsWith('[Team Name]')).toBe(true)
  }, 90_000)
})

const hasEmacs = installed('emacs', ['--version'], process.env.STRATEGY_LINT_REQUIRE_EMACS, 'apt-get install emacs-nox')
describe.skipIf(!hasEmacs)('Emacs compilation mode', () => {
  it('reads every line as a message at its place, errors and warnings apart, with no setup', async () => {
    const dir = project()
    const output = (await strategyLint(['--format', 'unix', 'docs'], dir)).stdout
    fs.writeFileSync(path.join(dir, 'lint.txt'), output)
    const result = path.join(dir, 'compilation.json')
    await run('emacs', ['--batch', '-Q', '-l', path.join(PACKAGE_ROOT, 'tests', 'unix', 'compilation.el')], dir, {LINT_OUTPUT: path.join(dir, 'lint.txt'), ROOT: dir, RESULT_FILE: result})
    const types: Record<string, number> = {error: 2, warning: 1, info: 0}
    const expected = output.trimEnd().split('\n').map((line) => LINE.exec(line)!.groups!).map((message) => [message.file, Number(message.line), Number(message.column), types[message.severity]])
    expect(JSON.parse(fs.readFileSync(result, 'utf8'))).toEqual(expected)
  }, 90_000)
})
