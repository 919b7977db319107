/**
 * Between tests, let the test worker's event loop turn once. Vitest runs the
 * tests of a file one after the other through promises only, so a file of
 * synchronous tests (tests/lsp-incremental-config.test.ts parses and compares
 * trees in process for a minute on a slow machine) never reaches the loop's
 * poll phase, and the answers to the worker's progress reports
 * (`onTaskUpdate`) wait there. After 60 s vitest calls that a timeout and
 * fails the run with "Timeout calling onTaskUpdate", though every test
 * passed. One `setImmediate` per test keeps each stretch to one test.
 */
import {afterEach} from 'vitest'

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))
