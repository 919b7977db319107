import {defineConfig} from 'vitest/config'
import {shared} from './vitest.config.js'

/** `npm run test:heavy`: large and pathological input, and pre-commit's own install (see vitest.config.ts). */
export default defineConfig({
  test: {
    ...shared,
    // One file at a time: these tests hold a core each for minutes, and side by side on a loaded
    // 2-core machine vitest's own worker messages timed out ("Timeout calling onTaskUpdate").
    maxWorkers: 1,
    minWorkers: 1,
    include: ['tests/heavy/**/*.test.ts'],
    reporters: ['default', ['json', {outputFile: 'test-results-heavy.json'}]]
  }
})
