#!/usr/bin/env node
// remark-language-server with this package's built-in setup for workspaces
// without a remark configuration. Start it with `--stdio` (or `--node-ipc`,
// `--socket=<port>`); see docs/editors.md.
import process from 'node:process'
// The connection and scheduling only, bundled (scripts/bundle.js); the linter itself loads in the check workers
// (dist/bundle/lsp-worker.js).
import {startLanguageServer} from '../dist/bundle/lsp.js'

process.title = 'strategy-lint-language-server'
startLanguageServer()
