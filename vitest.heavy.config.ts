import {defineConfig} from 'vitest/config'
import {resolveAsShipped, shared} from './vitest.config.js'

/** `npm run test:heavy`: large and pathological input, and pre-commit's own install (see vitest.config.ts). */
export default defineConfig({
  plugins: [resolveAsShipped],
  test: {
    ...shared,
    // Two files at a time, as in `npm test` (shared.maxWorkers). In a fresh clone (CI) vitest has no durations
    // yet and starts the largest files first: pre-commit (about 29 s here) and deep-input.test.ts (43 s), then
    // pathological-input.test.ts (20 s), large-input.test.ts (19 s) and the corpus sample (12 s), which pack into
    // two lanes of about 63 s (2026-12-04: 67 s for the tier, 124 s of CPU). The
    // side-by-side runs once timed out vitest's own worker messages ("Timeout calling onTaskUpdate"); the cause was
    // a worker's event loop that never turned during long synchronous work, which the setup file in `shared` (one
    // turn between tests) fixed.
    include: ['tests/heavy/**/*.test.ts'],
    reporters: ['default', ['json', {outputFile: 'test-results-heavy.json'}]]
  }
})
