/**
 * ajv, loaded on first use (only options that need validating need it; loading it and compiling the validators was
 * about 90 ms of every process and worker thread that starts the linter). The bundle carries its own copy,
 * `dist/bundle/ajv.cjs` (scripts/bundle.js): a bundle run where no node_modules holds ajv, as from the checkout
 * pre-commit installs a hook from, stopped with `Cannot find module 'ajv'` on any configuration with its own types.
 * The compiled modules (dist/src) have no copy beside them and take the installed package.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

let loaded: typeof import('ajv') | undefined

export function loadAjv(): typeof import('ajv') {
  if (!loaded) {
    try {
      loaded = require('./ajv.cjs') as typeof import('ajv')
    } catch (error) {
      if ((error as {code?: unknown}).code !== 'MODULE_NOT_FOUND') throw error
      loaded = require('ajv') as typeof import('ajv')
    }
  }
  return loaded
}
