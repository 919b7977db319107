#!/usr/bin/env node
// The CLI as one bundle (scripts/bundle.js): loading it costs a third of loading its modules one by one.
import {main} from '../dist/bundle/cli.js'

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined
})
