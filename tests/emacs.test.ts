/**
 * The language server in Emacs, the third real editor after VS Code's client library and Neovim:
 * Emacs in batch mode, with the two clients docs/editors.md sets up, Eglot and lsp-mode, each with the
 * configuration given there. Each opens a strategy with a misspelt heading, waits for the diagnostic,
 * asks for the quick fixes, applies the one offered, waits for the diagnostic to go away, and shuts the
 * server down as the client's own command does (tests/emacs/eglot.el, tests/emacs/lsp-mode.el).
 * Debian's Emacs is 28, with Eglot 1.9 (`elpa-eglot`; built in since Emacs 29) and lsp-mode 8.0
 * (`elpa-lsp-mode`, whose Markdown client is `lsp-markdown`; lsp-mode 9 renamed it `lsp-remark`).
 *
 * Skipped, with a message, when Emacs or a client is not installed; .ci/run installs them and sets
 * STRATEGY_LINT_REQUIRE_EMACS=1, so in CI a missing one fails.
 */
import {execFile, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects} from '../fixtures/cli/project.js'

const SERVER = path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js')
const SCRIPTS = path.join(PACKAGE_ROOT, 'tests', 'emacs')
const INSTALL = 'apt-get install emacs-nox elpa-eglot elpa-lsp-mode elpa-markdown-mode'

/** Emacs's version line when it loads `client` and markdown-mode, else `undefined` (with a warning, or an error in CI). */
function emacsWith(client: string): string | undefined {
  try {
    const probe = `(progn (require '${client}) (require 'markdown-mode) (princ (emacs-version)))`
    return execFileSync('emacs', ['--batch', '--eval', probe], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).split('\n')[0]
  } catch {
    if (process.env.STRATEGY_LINT_REQUIRE_EMACS) throw new Error(`Emacs with ${client} is not installed, but STRATEGY_LINT_REQUIRE_EMACS is set: install it (${INSTALL})`)
    console.warn(`tests/emacs.test.ts: ${client} skipped, Emacs with ${client} and markdown-mode is not installed (to run it: ${INSTALL})`)
    return undefined
  }
}

type Result = Record<string, unknown>

/** Run one of tests/emacs/*.el on a fresh project holding `strategy.md`; what it wrote to its result file. */
async function runEmacs(script: string, env: Record<string, string> = {}): Promise<Result> {
  const dir = makeProject({'strategy.md': NEAR_MISS})
  const resultFile = path.join(dir, 'result.json')
  await new Promise<void>((resolve, reject) => {
    execFile(
      'emacs',
      ['--batch', '-l', path.join(SCRIPTS, script)],
      {
        cwd: dir,
        timeout: 90_000,
        env: {...process.env, RESULT_FILE: resultFile, DOC_FILE: path.join(dir, 'strategy.md'), ROOT: dir, NODE: process.execPath, SERVER_BIN: SERVER, ...env}
      },
      (error, stdout, stderr) => (error || !fs.existsSync(resultFile) ? reject(new Error(`emacs failed: ${error?.message ?? 'no result written'}\n${stdout}\n${stderr}`)) : resolve())
    )
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Result
}

const MESSAGE = 'Heading `Sucess Criteria` looks like the required section `Success Criteria`; rename it to `Success Criteria`'

/** What both clients must have seen: the diagnostic, one quick fix, the heading fixed, no diagnostic left, the server stopped. */
function expectFixedAndStopped(result: Result, shown: string): void {
  expect(result.error).toBeUndefined()
  expect(result.before).toEqual([shown])
  expect(result.titles).toEqual(['Replace `Sucess Criteria` with `Success Criteria`'])
  expect(result.fixed).toBe(true)
  expect(result.heading).toBe('## Success Criteria')
  expect(result.after).toEqual([])
  expect(result.running).toBe(true)
  expect(result.exited).toBe(true)
}

afterAll(() => removeProjects())

const eglot = emacsWith('eglot')
describe.skipIf(!eglot)(`Emacs with Eglot (${eglot ?? 'not installed'})`, () => {
  it('shows the diagnostic through Flymake, offers the quick fix, the fixed heading clears it, and eglot-shutdown stops the server', async () => {
    // (Eglot shows a diagnostic as `<source> [<code>]: <message>`.)
    expectFixedAndStopped(await runEmacs('eglot.el'), `remark-lint [strategy-required-sections]: ${MESSAGE}`)
  }, 120_000)
})

const lspMode = emacsWith('lsp-mode')
describe.skipIf(!lspMode)(`Emacs with lsp-mode (${lspMode ?? 'not installed'})`, () => {
  it('finds the server on PATH by its name, shows the diagnostic, offers the quick fix, the fixed heading clears it, and the workspace shuts down', async () => {
    // The command on PATH, as `npm install --global remark-lint-strategy` gives it.
    const bin = makeProject()
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js'), path.join(bin, 'strategy-lint-language-server'))
    const result = await runEmacs('lsp-mode.el', {PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`})
    expectFixedAndStopped(result, MESSAGE)
  }, 120_000)
})
