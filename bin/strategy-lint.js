#!/usr/bin/env node
import {runCli} from '../dist/src/cli.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined
  })
} catch (error) {
  process.stderr.write(`strategy-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
}
