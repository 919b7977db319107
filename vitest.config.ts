import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', ['json', {outputFile: 'test-results.json'}]]
  }
})
