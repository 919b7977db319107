import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // strategy-stale-deadline compares deadlines with today: the suite (and the CLI it runs) checks on a fixed day.
    env: {STRATEGY_LINT_DATE: '2026-12-03'},
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', ['json', {outputFile: 'test-results.json'}]]
  }
})
