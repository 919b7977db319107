/**
 * A `strategy-lint --concurrency` worker thread (started by src/engine/pool.ts):
 * receives batches of files with their text, lints each batch with one engine
 * run (src/engine/run.ts) and posts back the messages as plain data.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lintFiles, type EngineSettings} from './run.js'
import type {WorkerReply, WorkerTask} from './pool.js'

const settings = (workerData as {settings: EngineSettings}).settings
const port = parentPort!

port.on('message', (task: WorkerTask) => {
  lintFiles(settings, task.files, (index) => port.postMessage({id: task.id, progress: index} satisfies WorkerReply)).then(
    (results) => port.postMessage({id: task.id, results} satisfies WorkerReply),
    (error: unknown) => port.postMessage({id: task.id, error: error instanceof Error ? error.message : String(error)} satisfies WorkerReply)
  )
})
