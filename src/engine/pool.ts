/**
 * The workers of `strategy-lint --concurrency N`: a pool of up to N worker
 * processes (src/engine/worker.ts) that take batches of files from one list as
 * they become idle, so a worker that drew short files takes more batches.
 * Results come back in the order of the files given, whichever worker linted
 * them.
 *
 * Processes rather than worker threads, for V8's garbage collection: by
 * default it collects with helper threads, a gain while a core is idle (one
 * linting thread keeps 1.33 cores busy) and a loss when every core already
 * lints, as the helpers only take turns with the workers. V8's flags belong to
 * a process (a worker thread cannot take them, and setting them at run time
 * crashed V8), so each worker is a process started with
 * `--single-threaded-gc`. On the 1,000 sample files forced to `strategy`, 2
 * cores, alternating with worker threads (2026-12-04): `--concurrency 2` 26.8 s
 * against 32.4 s (0.82; 52.6 s against 62.6 s of CPU), `--concurrency 1` 42.8 s
 * against 42.4 s, `npm start` 0.94 s against 0.91 s.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fork, type ChildProcess} from 'node:child_process'
import type {EngineSettings, FileInput, FileResult} from './run.js'

/** The worker script, next to this module (dist/src/engine/worker.js, or dist/bundle/worker.js in the bundle). */
const WORKER_URL = new URL('./worker.js', import.meta.url)

/** Workers are used only for more files to lint than this. */
export const MIN_FILES_FOR_WORKERS = 8

/**
 * How much Markdown (in characters, about bytes) a worker must have to
 * lint to pay for its start-up: loading the parser and the rules and warming
 * them up costs about 0.3 s of CPU, the time it takes to lint some 200 KB.
 * `STRATEGY_LINT_WORKER_SIZE` overrides it (for tests and tuning).
 */
const DEFAULT_WORKER_SIZE = 256 * 1024

/**
 * How many workers to lint `files` files of `size` characters in all
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
 * Batch sizes: a batch is one engine run in a worker. Once every file is
 * known, each takes the files left divided by BATCH_DIVISOR times the workers
 * (at most MAX_BATCH), so batches shrink towards the end and the workers
 * finish at about the same time. While the main thread still reads files
 * (`add`), a batch goes out when MAX_BATCH files or STREAM_BATCH_SIZE
 * characters wait, so the workers lint while the main thread reads.
 */
const BATCH_DIVISOR = 4
const MAX_BATCH = 32
const STREAM_BATCH_SIZE = 128 * 1024

export interface WorkerTask {
  id: number
  files: FileInput[]
}

/** The first message to a worker: what every engine run of the CLI shares. */
export interface WorkerSetup {
  settings: EngineSettings
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

/** Flags of this process a worker must not inherit: a debugger's port is this process's alone. */
const NOT_FOR_WORKERS = /^--(?:inspect|debug)/

/** A worker process: the worker script in a process of its own, spoken to over its IPC channel. */
class Worker {
  private readonly child: ChildProcess

  constructor(settings: EngineSettings) {
    this.child = fork(fileURLToPath(WORKER_URL), [], {
      execArgv: [...process.execArgv.filter((flag) => !NOT_FOR_WORKERS.test(flag)), '--single-threaded-gc'],
      // Structured clone, as between threads: messages keep what JSON would lose.
      serialization: 'advanced',
      // What a plugin prints goes where the CLI's own output goes.
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    // A process that could not be started, or a message it could no longer take, is followed by `exit`, handled there.
    this.child.on('error', () => {})
    this.child.send({settings} satisfies WorkerSetup)
  }

  postMessage(task: WorkerTask): void {
    this.child.send(task)
  }

  onMessage(listener: (reply: WorkerReply) => void): void {
    this.child.on('message', listener as (message: unknown) => void)
  }

  /** When the process ends: its exit code, or the signal that ended it. */
  onExit(listener: (how: string) => void): void {
    this.child.on('exit', (code, signal) => listener(code === null ? `signal ${signal}` : `exit code ${code}`))
  }

  terminate(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
  }
}

/** Why a file over the time budget was not linted. */
const TIME_BUDGET_WHY = (seconds: number) => `parsing and checking it took longer than the time budget of ${seconds} s`

/** Text long enough that its size alone explains a file over the time budget (about 10 s on one core is some 5 MB). */
const LARGE_FILE_CHARACTERS = 2_000_000

function megabytes(characters: number): string {
  return (characters / 1_000_000).toFixed(characters >= 10_000_000 ? 0 : 1)
}

export class LintPool {
  private readonly settings: EngineSettings
  private readonly options: PoolOptions
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly assignments = new Map<Worker, Assignment>()
  private readonly files: FileInput[] = []
  private readonly results: Array<FileResult | undefined> = []
  /** Index of the first file not yet sent to a worker. */
  private next = 0
  /** Characters of the files from `next` on. */
  private waiting = 0
  /** Set by `finish`: no more files will be added. */
  private ended = false
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

  /** Start workers until there are `count`; they load their modules and take the files added so far. */
  grow(count: number): void {
    while (!this.closed && this.workers.length < count) this.start()
    this.dispatch()
  }

  private start(): Worker {
    const worker = new Worker(this.settings)
    this.workers.push(worker)
    this.idle.push(worker)
    worker.onMessage((reply) => this.receive(worker, reply))
    worker.onExit((how) => {
      if (!this.closed && this.workers.includes(worker)) {
        this.stopped(worker, `the worker process linting it stopped (${how}; out of memory, or a crash)`, 'lint-failed')
      }
    })
    return worker
  }

  /** Queue `file` for linting; it goes to a worker in a batch as soon as one is free (after `grow`). */
  add(file: FileInput): void {
    if (this.ended) throw new Error('LintPool.add after finish')
    this.files.push(file)
    this.results.push(undefined)
    this.waiting += file.value.length
    this.dispatch()
  }

  /** No more files: resolves with the result of every file added, in the order added. Needs workers (`grow`). */
  finish(): Promise<FileResult[]> {
    if (this.ended) throw new Error('LintPool.finish called twice')
    this.ended = true
    if (this.files.length > 0 && this.workers.length === 0) throw new Error('LintPool.finish needs workers: call grow first')
    return new Promise((resolve, reject) => {
      this.settle = {resolve, reject}
      this.advance()
    })
  }

  /** Files the pool holds that no worker has taken yet (to lint them elsewhere when no worker was started). */
  unsent(): readonly FileInput[] {
    return this.files.slice(this.next)
  }

  private dispatch(): void {
    while (this.idle.length > 0 && (this.retry.length > 0 || this.batchReady())) {
      let indexes: number[]
      if (this.retry.length > 0) {
        indexes = [this.retry.shift()!]
      } else {
        const size = this.batchSize()
        indexes = []
        for (let index = this.next; index < this.next + size; index++) indexes.push(index)
        this.next += size
        for (const index of indexes) this.waiting -= this.files[index].value.length
      }
      const id = this.batches++
      const worker = this.idle.shift()!
      this.assignments.set(worker, {id, batch: {indexes}, current: undefined, since: Date.now(), spent: new Map(), timer: undefined})
      worker.postMessage({id, files: indexes.map((index) => this.files[index])} satisfies WorkerTask)
    }
  }

  /** Whether a batch should go out now: once all files are known, whenever any wait; before, when a full batch waits. */
  private batchReady(): boolean {
    const left = this.files.length - this.next
    if (left === 0) return false
    return this.ended || left >= MAX_BATCH || this.waiting >= STREAM_BATCH_SIZE
  }

  private batchSize(): number {
    const left = this.files.length - this.next
    if (!this.ended) return Math.min(MAX_BATCH, left)
    return Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (this.workers.length * BATCH_DIVISOR))))
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
    this.charge(assignment)
    this.assignments.delete(worker)
    const {indexes} = assignment.batch
    if ('error' in reply) {
      // The engine run failed as a whole: lint the files one by one, so only the file at fault gets the error.
      if (indexes.length > 1) this.retry.push(...indexes)
      else this.record(indexes[0], failureResult(`Not linted: linting this file failed (${reply.error.split('\n')[0]})`, 'lint-failed'))
    } else {
      // A file that used up its budget is over it, whichever message this thread read first: on a loaded machine the
      // worker's reply could be read before the timer ran, and the same file passed or failed by chance.
      for (let index = 0; index < indexes.length; index++) {
        this.record(indexes[index], this.overBudget(assignment, index) ? this.overBudgetResult(indexes[index], TIME_BUDGET_WHY(this.options.timeBudget), 'time-budget') : reply.results[index])
      }
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
    assignment.timer = setTimeout(() => this.stopped(worker, `${TIME_BUDGET_WHY(this.options.timeBudget)}, so it was stopped`, 'time-budget'), left)
  }

  /** Whether the file at `position` of the batch spent more than the time budget. */
  private overBudget(assignment: Assignment, position: number): boolean {
    const budget = this.options.timeBudget * 1000
    return budget > 0 && (assignment.spent.get(position) ?? 0) > budget
  }

  /** The one error of a file not linted (over the time budget, or its worker out of memory), with what to do about it. */
  private overBudgetResult(index: number, why: string, ruleId: string): FileResult {
    const length = this.files[index]?.value.length ?? 0
    const advice =
      ruleId !== 'time-budget'
        ? 'Lint it on its own to see whether it is too large for the memory available'
        : length >= LARGE_FILE_CHARACTERS
          ? // (A 20 MB document of plain prose was told to look for nested brackets it did not have.)
            `It is large (${megabytes(length)} MB of text), and the parse and the checks take time in proportion: split it, or raise the budget with --time-budget <seconds>`
          : 'Some Markdown makes the parser slow (thousands of nested brackets, backticks, emphasis markers or list levels): simplify that part, or raise the budget with --time-budget <seconds>'
    // (`the other files were linted` of a run of one file, or of files all over the budget, was not so.)
    const others = this.files.length > 1 ? '; the run went on with the other files' : ''
    return failureResult(`Not linted: ${why}${others}. ${advice}`, ruleId)
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
    worker.terminate()
    if (!this.closed) this.start()
    if (assignment) {
      clearTimeout(assignment.timer)
      const {indexes} = assignment.batch
      const at = assignment.current !== undefined && assignment.current >= 0 ? assignment.current : 0
      this.record(indexes[at], this.overBudgetResult(indexes[at], why, ruleId))
      for (let index = 0; index < indexes.length; index++) if (index !== at && this.results[indexes[index]] === undefined) this.retry.push(indexes[index])
    }
    this.advance()
  }

  private record(index: number, result: FileResult): void {
    if (this.results[index] !== undefined) return
    this.results[index] = result
    this.done++
  }

  private advance(): void {
    if (this.settle && this.ended && this.done === this.files.length) {
      const settle = this.settle
      this.settle = undefined
      settle.resolve(this.results as FileResult[])
    } else {
      this.dispatch()
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    for (const assignment of this.assignments.values()) clearTimeout(assignment.timer)
    for (const worker of this.workers) worker.terminate()
  }
}
