#!/usr/bin/env node
// The CLI as one bundle (scripts/bundle.js): loading it costs a third of loading its modules one by one.
import {colorWanted, main} from '../dist/bundle/cli.js'

/**
 * A stream whose reader may leave early (`strategy-lint docs | head`): once the pipe is closed (EPIPE), further output
 * is dropped instead of crashing with a stack trace, and the run goes on to its own exit code (and `--fix` to its writes).
 * Any other write error ends the run with one line and exit 2.
 */
function writerTo(stream, name) {
  let closed = false
  stream.on('error', (error) => {
    closed = true
    if (error.code === 'EPIPE') return
    // Any other failure (a full disk or `/dev/full` behind it): the report is lost, which one line says, with exit 2
    // (an output that cannot be written, docs/ci.md), not a stack and the exit code of errors found.
    if (stream !== process.stderr) process.stderr.write(`strategy-lint: cannot write the report to ${name}: ${error.code ?? error.message}\n`)
    process.exit(2)
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

/**
 * All of standard input, for `--stdin`; at a terminal, a line first says how to end the text. Reading stops once it
 * holds more than `limit` bytes (the error says so): piped text has no size to look at first, as a file on disk has.
 */
async function readStdin(limit) {
  if (process.stdin.isTTY) process.stderr.write('strategy-lint: reading the document from the terminal; end it with Ctrl-D\n')
  const chunks = []
  let bytes = 0
  for await (const chunk of process.stdin) {
    bytes += chunk.length
    if (bytes > limit) throw Object.assign(new Error(`over ${limit} bytes`), {code: 'ETOOLARGE', bytes})
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: writerTo(process.stdout, 'standard output'),
  stderr: writerTo(process.stderr, 'standard error'),
  stdin: readStdin,
  color: colorWanted(process.env, Boolean(process.stdout.isTTY)),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined
})
