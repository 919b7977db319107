/**
 * The language server in a real editor: headless Neovim (its built-in LSP
 * client) opens a strategy with a misspelt heading, waits for the
 * diagnostics, asks for the quick fix, applies it and waits for the
 * diagnostic to go away. Debian's Neovim is 0.7; the client capabilities
 * announce `workspace.configuration` as Neovim 0.8+ does, so the server gets
 * `null` for its unset settings section, as every Neovim user without
 * explicit settings gives it.
 *
 * Skipped, with a message, when `nvim` is not installed; .ci/run installs it
 * and sets STRATEGY_LINT_REQUIRE_NVIM=1, so in CI a missing `nvim` fails.
 */
import {execFile, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {NEAR_MISS} from '../fixtures/cli/documents.js'
import {makeProject, PACKAGE_ROOT, removeProjects} from '../fixtures/cli/project.js'

const SERVER = path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js')

function nvimVersion(): string | undefined {
  try {
    return execFileSync('nvim', ['--version'], {encoding: 'utf8'}).split('\n')[0]
  } catch {
    return undefined
  }
}

const version = nvimVersion()
if (!version) {
  if (process.env.STRATEGY_LINT_REQUIRE_NVIM) throw new Error('nvim is not installed, but STRATEGY_LINT_REQUIRE_NVIM is set: install Neovim (apt-get install neovim)')
  console.warn('tests/neovim.test.ts: skipped, `nvim` is not on PATH (install Neovim to run it: apt-get install neovim)')
}

afterAll(() => removeProjects())

/**
 * What both scripts start with: `finish` writes the result and quits, the document is opened and the server started
 * and attached to it (`bufnr`, client `id`).
 */
const PREAMBLE = String.raw`
local env = vim.env
local function finish(result)
  local file = io.open(env.RESULT_FILE, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end
local capabilities = vim.lsp.protocol.make_client_capabilities()
-- As Neovim 0.8+ does: the server may ask for settings, and gets null for an unset section.
capabilities.workspace.configuration = true
vim.cmd('edit ' .. vim.fn.fnameescape(env.DOC_FILE))
local bufnr = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'strategy-lint',
  cmd = {env.NODE, env.SERVER_BIN, '--stdio'},
  root_dir = env.ROOT,
  capabilities = capabilities,
})
vim.lsp.buf_attach_client(bufnr, id)
`

const SCRIPT = PREAMBLE + String.raw`
local function messages(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, d.message) end
  table.sort(list)
  return list
end
local function near_miss()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find('looks like the required section', 1, true) then return d end
  end
end
if not vim.wait(30000, function() return near_miss() ~= nil end, 50) then
  return finish({error = 'no near-miss diagnostic', diagnostics = messages(bufnr)})
end
local before = messages(bufnr)
local target = near_miss()
local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum)
local params = vim.lsp.util.make_range_params()
params.range = {start = {line = target.lnum, character = target.col}, ['end'] = {line = target.end_lnum, character = target.end_col}}
params.context = {diagnostics = line_diagnostics, only = {'quickfix'}}
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
local titles, action = {}, nil
for _, response in pairs(responses) do
  for _, candidate in ipairs(response.result or {}) do
    table.insert(titles, candidate.title)
    action = action or candidate
  end
end
if not action then return finish({error = 'no code action', before = before}) end
vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
-- The fixed document is clean: the server publishes an empty list for it.
local fixed = vim.wait(30000, function() return near_miss() == nil end, 50)
local client = vim.lsp.get_client_by_id(id)
finish({
  before = before,
  titles = titles,
  fixed = fixed,
  after = messages(bufnr),
  heading = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1],
  running = client ~= nil and not client.is_stopped(),
})
`

/**
 * `source.fixAll` through Neovim's own code action command, as a user runs it: `vim.lsp.buf.code_action` with the kind
 * (0.7 takes the context as its argument; 0.8+ `{context = ..., apply = true}`), the menu answered with its first entry.
 */
const FIX_ALL_SCRIPT = PREAMBLE + String.raw`
local function fixable()
  local count = 0
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find('looks like the required section', 1, true) or d.message:find('Missing section', 1, true) then count = count + 1 end
  end
  return count
end
if not vim.wait(30000, function() return fixable() > 0 end, 50) then return finish({error = 'no diagnostics'}) end
local before = fixable()
local offered = {}
vim.ui.select = function(items, options, on_choice)
  for _, item in ipairs(items) do table.insert(offered, (options.format_item(item))) end
  on_choice(items[1], 1)
end
if vim.fn.has('nvim-0.8') == 1 then
  vim.lsp.buf.code_action({context = {only = {'source.fixAll'}}, apply = true})
else
  vim.lsp.buf.code_action({only = {'source.fixAll'}})
end
local fixed = vim.wait(30000, function() return fixable() == 0 end, 50)
local headings = {}
for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  if line:match('^## ') then table.insert(headings, line) end
end
finish({before = before, offered = offered, fixed = fixed, headings = headings})
`

/** Headless Neovim running `script` on `strategy.md` holding `document` in a new project; the result it wrote. */
async function runNeovim(document: string, script: string): Promise<Record<string, unknown>> {
  const dir = makeProject({'strategy.md': document, 'check.lua': script})
  const resultFile = path.join(dir, 'result.json')
  await new Promise<void>((resolve, reject) => {
    execFile(
      'nvim',
      ['--headless', '--clean', '-n', '-c', `luafile ${path.join(dir, 'check.lua')}`],
      {
        cwd: dir,
        timeout: 90_000,
        env: {...process.env, RESULT_FILE: resultFile, DOC_FILE: path.join(dir, 'strategy.md'), SERVER_BIN: SERVER, ROOT: dir, NODE: process.execPath}
      },
      (error, stdout, stderr) => (error && !fs.existsSync(resultFile) ? reject(new Error(`nvim failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve())
    )
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown>
}

/** docs/editors.md's Neovim 0.7 setup, with this checkout's server for the command the docs put on PATH. */
function documented07Setup(): string {
  const docs = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'editors.md'), 'utf8')
  const block = /Neovim 0\.7 \(no `vim\.lsp\.start`, no `vim\.fs`\):\n\n```lua\n([^`]+)```/.exec(docs)
  if (!block) throw new Error('docs/editors.md has no Neovim 0.7 setup block')
  const command = "{ 'strategy-lint-language-server', '--stdio' }"
  if (!block[1].includes(command)) throw new Error(`the Neovim 0.7 setup no longer runs ${command}`)
  return block[1].replace(command, '{ vim.env.NODE, vim.env.SERVER_BIN, "--stdio" }')
}

const AFTER_SETUP = String.raw`
local function finish(result)
  local file = io.open(vim.env.RESULT_FILE, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.DOC_FILE))
local bufnr = vim.api.nvim_get_current_buf()
local shown = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local list = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, d.message) end
finish({shown = shown, diagnostics = list})
`

describe.skipIf(!version)(`headless Neovim (${version ?? 'not installed'})`, () => {
  it('docs/editors.md\'s Neovim 0.7 setup starts the server for a Markdown buffer, and its diagnostics show', async () => {
    const result = await runNeovim(NEAR_MISS, documented07Setup() + AFTER_SETUP)
    expect(result.shown).toBe(true)
    expect(result.diagnostics).toContainEqual(expect.stringMatching(/^Heading `Sucess Criteria` looks like the required section `Success Criteria`/))
  }, 120_000)

  it('shows the diagnostics, offers the quick fix, and the fixed heading clears the diagnostic', async () => {
    const result = await runNeovim(NEAR_MISS, SCRIPT)
    expect(result.error).toBeUndefined()
    expect(result.before).toContainEqual(expect.stringMatching(/^Heading `Sucess Criteria` looks like the required section `Success Criteria`/))
    expect(result.titles).toEqual(['Replace `Sucess Criteria` with `Success Criteria`'])
    expect(result.fixed).toBe(true)
    expect(result.heading).toBe('## Success Criteria')
    expect(result.after).toEqual([])
    expect(result.running).toBe(true)
  }, 120_000)

  it('Fix all (source.fixAll) from vim.lsp.buf.code_action renames the near miss and inserts the missing sections in order', async () => {
    const document = NEAR_MISS.split('\n## ')
      .filter((part) => !/^(Diagnosis|Guiding Policy)\n/.test(part))
      .join('\n## ')
    const result = await runNeovim(document, FIX_ALL_SCRIPT)
    expect(result.error).toBeUndefined()
    expect(result.before).toBe(3)
    expect(result.offered).toEqual(['Fix all 3 mechanical problems (strategy-lint --fix)'])
    expect(result.fixed).toBe(true)
    expect(result.headings).toEqual(['## Context', '## Diagnosis', '## Guiding Policy', '## Coherent Actions', '## What We Will NOT Do', '## Risks and Mitigations', '## Success Criteria'])
  }, 120_000)
})
