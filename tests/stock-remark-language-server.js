#!/usr/bin/env node
// The stock remark-language-server setup, for tests/lsp.test.ts: the same
// `createUnifiedLanguageServer` options remark-language-server passes, and
// nothing of this package. A workspace gets the strategy rules only by
// listing `remark-lint-strategy` in its remark configuration.
import {remark} from 'remark'
import {createUnifiedLanguageServer} from 'unified-language-server'

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc'
})
