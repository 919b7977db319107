import {defineConfig} from 'vitest/config'
import {resolveAsShipped, shared} from './vitest.config.js'

/** `npm run test:heavy`: large and pathological input, and pre-commit's own install (see vitest.config.ts). */
export default defineConfig({
  plugins: [resolveAsShipped],
  test: {
    ...shared,
    // Two files at a time, as in `npm test` (shared.maxWorkers). In a fresh clone (CI) vitest has no durations
    // yet and starts the largest files first: pathological-input.test.ts (about 55 s here) and pre-commit (35 s),
    // then large-input.test.ts (25 s) and the corpus sample (14 s), which pack into two lanes of about 70 s. The
    // side-by-side runs once timed out vitest's own worker messages ("Timeout calling onTaskUpdate"); the cause was
    // a worker's event loop that never turned during long synchronous work, which the setup file in `shared` (one
    // turn between tests) fixed.
    include: ['tests/heavy/**/*.test.ts'],
    reporters: ['default', ['json', {outputFile: 'test-results-heavy.json'}]]
  }
})
