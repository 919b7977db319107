#!/usr/bin/env node
// The CLI as one bundle (scripts/bundle.js): loading it costs a third of loading its modules one by one.
import {main} from '../dist/bundle/cli.js'

/**
 * A stream whose reader may leave early (`strategy-lint docs | head`): once the pipe is closed (EPIPE), further output
 * is dropped instead of crashing with a stack trace, and the run goes on to its own exit code (and `--fix` to its writes).
 */
function writerTo(stream) {
  let closed = false
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

/** All of standard input, for `--stdin`; at a terminal, a line first says how to end the text. */
async function readStdin() {
  if (process.stdin.isTTY) process.stderr.write('strategy-lint: reading the document from the terminal; end it with Ctrl-D\n')
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return Buffer.concat(chunks)
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: writerTo(process.stdout),
  stderr: writerTo(process.stderr),
  stdin: readStdin,
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined
})
