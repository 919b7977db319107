import {defineConfig} from 'vitest/config'
import {resolveAsShipped, shared} from './vitest.config.js'

/** `npm run test:heavy`: large and pathological input, and pre-commit's own install (see vitest.config.ts). */
export default defineConfig({
  plugins: [resolveAsShipped],
  test: {
    ...shared,
    // Two files at a time, as in `npm test` (shared.maxWorkers): large-input.test.ts (the 5 and 20 MB
    // documents, 130,000 headings) beside pathological-input.test.ts, then pre-commit and the corpus
    // sample. The side-by-side runs once timed out vitest's own worker messages ("Timeout calling
    // onTaskUpdate"); the cause was a worker's event loop that never turned during long synchronous
    // work, which the setup file in `shared` (one turn between tests) fixed.
    include: ['tests/heavy/**/*.test.ts'],
    reporters: ['default', ['json', {outputFile: 'test-results-heavy.json'}]]
  }
})
