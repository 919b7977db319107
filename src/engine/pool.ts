/**
 * The worker threads of `strategy-lint --concurrency N`: a pool of up to N
 * workers (src/engine/worker.ts) that take batches of files from one list as
 * they become idle, so a worker that drew short files takes more batches.
 * Results come back in the order of the files given, whichever worker linted
 * them.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {EngineSettings, FileInput, FileResult} from './run.js'

/** The worker script, next to this module (dist/src/lint-worker.js). */
const WORKER_URL = new URL('./worker.js', import.meta.url)

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
export function workerCount(files: number, size: number, concurrency: number, workerSize = DEFAULT_WORKER_SIZE): number {
  if (concurrency < 2 || files <= MIN_FILES_FOR_WORKERS) return 0
  const count = Math.min(concurrency, files, Math.floor(size / workerSize))
  return count >= 2 ? count : 0
}

/** The worker size `STRATEGY_LINT_WORKER_SIZE` in `env` asks for (a whole number >= 1), else the default. */
export function configuredWorkerSize(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.STRATEGY_LINT_WORKER_SIZE)
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

export type WorkerReply = {id: number; results: FileResult[]} | {id: number; error: string} | {id: number; progress: number}

/** Whether the compiled worker script exists (not when this module runs from its TypeScript source). */
export function workersAvailable(): boolean {
  return fs.existsSync(fileURLToPath(WORKER_URL))
}

interface Batch {
  /** Indexes into the files of the current `lint` call. */
  indexes: number[]
}

/** What a busy worker is doing: its batch, the file it is on, and the time each file of the batch has used. */
interface Assignment {
  id: number
  batch: Batch
  /** Index (into the batch) of the file the worker said it is on, if it has said. */
  current: number | undefined
  since: number
  spent: Map<number, number>
  timer: NodeJS.Timeout | undefined
}

/** A lint result that is one error on the file, made in this thread (the file's worker gave none). */
export function failureResult(reason: string, ruleId: string): FileResult {
  return {
    ran: false,
    messages: [
      {reason, ruleId, source: 'strategy-lint', place: null, fatal: true, url: null, note: null, expected: null, actual: null, stack: null, cause: undefined}
    ]
  }
}

export interface PoolOptions {
  /** Seconds a file may take to parse and check before its worker is stopped; 0 for no limit. */
  timeBudget: number
}

export class LintPool {
  private readonly settings: EngineSettings
  private readonly options: PoolOptions
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly assignments = new Map<Worker, Assignment>()
  private files: readonly FileInput[] = []
  private results: Array<FileResult | undefined> = []
  /** Index of the first file not yet sent to a worker. */
  private next = 0
  /** Files to lint again, one per batch, after their batch's worker was stopped on another file. */
  private retry: number[] = []
  private done = 0
  private batches = 0
  private settle: {resolve: (results: FileResult[]) => void; reject: (error: Error) => void} | undefined
  private closed = false

  constructor(settings: EngineSettings, options: PoolOptions = {timeBudget: 0}) {
    this.settings = settings
    this.options = options
  }

  get size(): number {
    return this.workers.length
  }

  /** Start workers until there are `count`; they load their modules while the main thread still reads files. */
  grow(count: number): void {
    while (!this.closed && this.workers.length < count) this.start()
  }

  private start(): Worker {
    const worker = new Worker(WORKER_URL, {workerData: {settings: this.settings}})
    this.workers.push(worker)
    this.idle.push(worker)
    worker.on('message', (reply: WorkerReply) => this.receive(worker, reply))
    // An error (out of memory) is followed by `exit`, which is handled there.
    worker.on('error', () => {})
    worker.on('exit', (code) => {
      if (!this.closed && this.workers.includes(worker)) {
        this.stopped(worker, `the worker thread linting it stopped (exit code ${code}; out of memory, or a crash)`, 'lint-failed')
      }
    })
    return worker
  }

  /** Lint `files` with the workers `grow` started; resolves with their results in the same order. */
  lint(files: readonly FileInput[]): Promise<FileResult[]> {
    if (this.settle) throw new Error('LintPool.lint is already running')
    if (files.length === 0) return Promise.resolve([])
    if (this.workers.length === 0) throw new Error('LintPool.lint needs workers: call grow first')
    this.files = files
    this.results = new Array<FileResult | undefined>(files.length)
    this.next = 0
    this.retry = []
    this.done = 0
    return new Promise((resolve, reject) => {
      this.settle = {resolve, reject}
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.idle.length > 0 && (this.retry.length > 0 || this.next < this.files.length)) {
      let indexes: number[]
      if (this.retry.length > 0) {
        indexes = [this.retry.shift()!]
      } else {
        const left = this.files.length - this.next
        const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (this.workers.length * BATCH_DIVISOR))))
        indexes = []
        for (let index = this.next; index < this.next + size; index++) indexes.push(index)
        this.next += size
      }
      const id = this.batches++
      const worker = this.idle.shift()!
      this.assignments.set(worker, {id, batch: {indexes}, current: undefined, since: Date.now(), spent: new Map(), timer: undefined})
      worker.postMessage({id, files: indexes.map((index) => this.files[index])} satisfies WorkerTask)
    }
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    const assignment = this.assignments.get(worker)
    if (!assignment || assignment.id !== reply.id) return
    if ('progress' in reply) {
      this.charge(assignment)
      assignment.current = reply.progress
      this.arm(worker, assignment)
      return
    }
    clearTimeout(assignment.timer)
    this.assignments.delete(worker)
    const {indexes} = assignment.batch
    if ('error' in reply) {
      // The engine run failed as a whole: lint the files one by one, so only the file at fault gets the error.
      if (indexes.length > 1) this.retry.push(...indexes)
      else this.finish(indexes[0], failureResult(`Not linted: linting this file failed (${reply.error.split('\n')[0]})`, 'lint-failed'))
    } else {
      for (let index = 0; index < indexes.length; index++) this.finish(indexes[index], reply.results[index])
    }
    this.idle.push(worker)
    this.advance()
  }

  /** Charge the time since the last progress message to the file the worker was on. */
  private charge(assignment: Assignment): void {
    const now = Date.now()
    if (assignment.current !== undefined) {
      assignment.spent.set(assignment.current, (assignment.spent.get(assignment.current) ?? 0) + now - assignment.since)
    }
    assignment.since = now
  }

  /** Stop the worker when the file it is on uses up its budget. */
  private arm(worker: Worker, assignment: Assignment): void {
    clearTimeout(assignment.timer)
    const budget = this.options.timeBudget * 1000
    if (budget <= 0 || assignment.current === undefined) return
    const left = Math.max(0, budget - (assignment.spent.get(assignment.current) ?? 0))
    assignment.timer = setTimeout(() => {
      const seconds = this.options.timeBudget
      this.stopped(
        worker,
        `parsing and checking it took longer than the time budget of ${seconds} s, so it was stopped`,
        'time-budget'
      )
    }, left)
  }

  /**
   * The worker was stopped (over budget) or died (out of memory): the file it
   * was on gets one error; the other unfinished files of its batch are linted
   * again by a fresh worker.
   */
  private stopped(worker: Worker, why: string, ruleId: string): void {
    const assignment = this.assignments.get(worker)
    this.assignments.delete(worker)
    this.workers.splice(this.workers.indexOf(worker), 1)
    const idle = this.idle.indexOf(worker)
    if (idle !== -1) this.idle.splice(idle, 1)
    void worker.terminate()
    if (!this.closed) this.start()
    if (assignment) {
      clearTimeout(assignment.timer)
      const {indexes} = assignment.batch
      const at = assignment.current !== undefined && assignment.current >= 0 ? assignment.current : 0
      const advice =
        ruleId === 'time-budget'
          ? 'Some Markdown makes the parser slow (thousands of nested brackets, backticks, emphasis markers or list levels): simplify that part, or raise the budget with --time-budget <seconds>'
          : 'Lint it on its own to see whether it is too large for the memory available'
      this.finish(indexes[at], failureResult(`Not linted: ${why}; the other files were linted. ${advice}`, ruleId))
      for (let index = 0; index < indexes.length; index++) if (index !== at && this.results[indexes[index]] === undefined) this.retry.push(indexes[index])
    }
    this.advance()
  }

  private finish(index: number, result: FileResult): void {
    if (this.results[index] !== undefined) return
    this.results[index] = result
    this.done++
  }

  private advance(): void {
    if (this.settle && this.done === this.files.length) {
      const settle = this.settle
      this.settle = undefined
      this.files = []
      settle.resolve(this.results as FileResult[])
    } else {
      this.dispatch()
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    for (const assignment of this.assignments.values()) clearTimeout(assignment.timer)
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
