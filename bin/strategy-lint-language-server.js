#!/usr/bin/env node
// remark-language-server with this package's built-in setup for workspaces
// without a remark configuration. Start it with `--stdio` (or `--node-ipc`,
// `--socket=<port>`); see docs/editors.md.
import {readFileSync} from 'node:fs'
import process from 'node:process'

const USAGE = `usage: strategy-lint-language-server --stdio | --node-ipc | --socket=<port>

The language server of remark-lint-strategy: an editor starts it and talks to it over the connection named
(most editors: --stdio). docs/editors.md shows the setup for VS Code, Neovim, Helix and Emacs.
`

const args = process.argv.slice(2)

/** Whether the arguments name a connection as vscode-languageserver reads them: `--stdio`, `--node-ipc`, `--socket=<port>` or `--socket <port>`, `--pipe=<name>` or `--pipe <name>`. */
function namesConnection(args) {
  return args.some((arg, index) => {
    if (arg === '--stdio' || arg === '--node-ipc') return true
    if (arg === '--socket' || arg === '--pipe') return Boolean(args[index + 1]) && !args[index + 1].startsWith('-')
    return /^--(?:socket|pipe)=./.test(arg)
  })
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE)
} else if (args.includes('--version') || args.includes('-v')) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${manifest.version}\n`)
} else if (!namesConnection(args)) {
  // (Without one, vscode-languageserver throws `Connection input stream is not set` with its stack.)
  process.stderr.write(`strategy-lint-language-server: no connection named; start it with --stdio (or --node-ipc, --socket=<port>)\n\n${USAGE}`)
  process.exitCode = 2
} else {
  // The connection and scheduling only, bundled (scripts/bundle.js); the linter itself loads in the check workers
  // (dist/bundle/lsp-worker.js).
  const {startLanguageServer} = await import('../dist/bundle/lsp.js')
  process.title = 'strategy-lint-language-server'
  startLanguageServer()
}
