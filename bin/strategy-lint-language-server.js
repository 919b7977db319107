#!/usr/bin/env node
// remark-language-server with this package's built-in setup for workspaces
// without a remark configuration. Start it with `--stdio` (or `--node-ipc`,
// `--socket=<port>`); see docs/editors.md.
import process from 'node:process'
import {createStrategyLanguageServer} from '../dist/src/server/server.js'

process.title = 'strategy-lint-language-server'
createStrategyLanguageServer()
