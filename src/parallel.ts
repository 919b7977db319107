/**
 * The worker threads of `strategy-lint --concurrency N`: a pool of up to N
 * workers (src/lint-worker.ts) that take batches of files from one list as
 * they become idle, so a worker that drew short files takes more batches.
 * Results come back in the order of the files given, whichever worker linted
 * them.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {EngineSettings, FileInput, FileResult} from './lint-engine.js'

/** The worker script, next to this module (dist/src/lint-worker.js). */
const WORKER_URL = new URL('./lint-worker.js', import.meta.url)

/** Worker threads are used only for more files to lint than this. */
export const MIN_FILES_FOR_WORKERS = 8

/**
 * How much Markdown (in characters, about bytes) a worker thread must have to
 * lint to pay for its start-up: loading the parser and the rules and warming
 * them up costs about 0.3 s of CPU, the time it takes to lint some 200 KB.
 * `STRATEGY_LINT_WORKER_SIZE` overrides it (for tests and tuning).
 */
const DEFAULT_WORKER_SIZE = 256 * 1024

/**
 * How many worker threads to lint `files` files of `size` characters in all
 * with, given `--concurrency`: none (lint in the main thread) unless there
 * are more than MIN_FILES_FOR_WORKERS files and work for at least two workers.
 */
export function workerCount(files: number, size: number, concurrency: number, workerSize = configuredWorkerSize()): number {
  if (concurrency < 2 || files <= MIN_FILES_FOR_WORKERS) return 0
  const count = Math.min(concurrency, files, Math.floor(size / workerSize))
  return count >= 2 ? count : 0
}

function configuredWorkerSize(): number {
  const value = Number(process.env.STRATEGY_LINT_WORKER_SIZE)
  return Number.isSafeInteger(value) && value >= 1 ? value : DEFAULT_WORKER_SIZE
}

/**
 * Batch sizes: a batch is one engine run in a worker. Each takes the files
 * left divided by BATCH_DIVISOR times the workers (at most MAX_BATCH), so
 * batches shrink towards the end and the workers finish at about the same time.
 */
const BATCH_DIVISOR = 4
const MAX_BATCH = 32

export interface WorkerTask {
  id: number
  files: FileInput[]
}

export type WorkerReply = {id: number; results: FileResult[]} | {id: number; error: string}

/** Whether the compiled worker script exists (not when this module runs from its TypeScript source). */
export function workersAvailable(): boolean {
  return fs.existsSync(fileURLToPath(WORKER_URL))
}

interface Batch {
  start: number
  end: number
}

export class LintPool {
  private readonly settings: EngineSettings
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly pending = new Map<number, Batch>()
  private files: readonly FileInput[] = []
  private results: FileResult[] = []
  /** Index of the first file not yet sent to a worker. */
  private next = 0
  private done = 0
  private batches = 0
  private settle: {resolve: (results: FileResult[]) => void; reject: (error: Error) => void} | undefined
  private failure: Error | undefined
  private closed = false

  constructor(settings: EngineSettings) {
    this.settings = settings
  }

  get size(): number {
    return this.workers.length
  }

  /** Start workers until there are `count`; they load their modules while the main thread still reads files. */
  grow(count: number): void {
    while (!this.closed && this.workers.length < count) this.start()
  }

  private start(): void {
    const worker = new Worker(WORKER_URL, {workerData: {settings: this.settings}})
    this.workers.push(worker)
    this.idle.push(worker)
    worker.on('message', (reply: WorkerReply) => this.receive(worker, reply))
    worker.on('error', (error) => this.fail(error))
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`a lint worker stopped (exit code ${code})`))
    })
  }

  /** Lint `files` with the workers `grow` started; resolves with their results in the same order. */
  lint(files: readonly FileInput[]): Promise<FileResult[]> {
    if (this.settle) throw new Error('LintPool.lint is already running')
    if (this.failure) return Promise.reject(this.failure)
    if (files.length === 0) return Promise.resolve([])
    if (this.workers.length === 0) throw new Error('LintPool.lint needs workers: call grow first')
    this.files = files
    this.results = new Array<FileResult>(files.length)
    this.next = 0
    this.done = 0
    return new Promise((resolve, reject) => {
      this.settle = {resolve, reject}
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.next < this.files.length) {
      const left = this.files.length - this.next
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (this.workers.length * BATCH_DIVISOR))))
      const batch = {start: this.next, end: this.next + size}
      this.next = batch.end
      const id = this.batches++
      this.pending.set(id, batch)
      this.idle.shift()!.postMessage({id, files: this.files.slice(batch.start, batch.end)} satisfies WorkerTask)
    }
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    const batch = this.pending.get(reply.id)
    if (!batch) return
    this.pending.delete(reply.id)
    if ('error' in reply) {
      this.fail(new Error(reply.error))
      return
    }
    for (let index = 0; index < reply.results.length; index++) this.results[batch.start + index] = reply.results[index]
    this.done += batch.end - batch.start
    this.idle.push(worker)
    if (this.done === this.files.length) {
      const settle = this.settle
      this.settle = undefined
      this.files = []
      settle?.resolve(this.results)
    } else {
      this.dispatch()
    }
  }

  private fail(error: Error): void {
    if (this.failure) return
    this.failure = error
    const settle = this.settle
    this.settle = undefined
    settle?.reject(error)
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
