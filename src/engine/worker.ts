/**
 * A `strategy-lint --concurrency` worker process (started by src/engine/pool.ts):
 * receives the run's settings, then batches of files with their text, lints
 * each batch with one engine run (src/engine/run.ts) and sends back the
 * messages as plain data.
 */
import {Worker} from 'node:worker_threads'
import {lintFiles, type EngineSettings} from './run.js'
import type {WorkerReply, WorkerSetup, WorkerTask} from './pool.js'

let settings: EngineSettings | undefined
// (A reply to a CLI that is gone, killed mid-run: the channel is closed, and there is no one to tell. Without the
// callback, Node raised `write EPIPE` with its stack from each worker onto the cancelled job's log.)
const send = (reply: WorkerReply) => process.send!(reply, undefined, {}, (error: Error | null) => {
  if (error) process.exit(0)
})

process.on('message', (message: WorkerSetup | WorkerTask) => {
  if ('settings' in message) {
    settings = message.settings
    return
  }
  const task = message
  lintFiles(settings!, task.files, (index) => send({id: task.id, progress: index})).then(
    (results) => send({id: task.id, results}),
    (error: unknown) => send({id: task.id, error: error instanceof Error ? error.message : String(error)})
  )
})

// The CLI is gone (it ended, or was killed): there is no one left to lint for.
process.on('disconnect', () => process.exit(0))

// While a file is linted this thread does not read events, so `disconnect` waits for the file to end; only the CLI
// enforces the time budget, so a slow file could hold an orphaned worker for minutes. A thread of its own watches for
// the CLI to go (this process is handed to another parent) and ends the process.
const WATCH = `
const {parentPort, workerData} = require('node:worker_threads')
setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL') }, 500)
`
new Worker(WATCH, {eval: true, workerData: process.ppid}).unref()
