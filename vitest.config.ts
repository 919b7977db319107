import os from 'node:os'
import {configDefaults, defineConfig, type Plugin} from 'vitest/config'

/** Settings both tiers share (vitest.heavy.config.ts runs the heavy one). */
export const shared = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // strategy-stale-deadline compares deadlines with today: the suite (and the CLI it runs) checks on a fixed day.
  env: {STRATEGY_LINT_DATE: '2026-12-03'},
  // vitest's default is one test file at a time on a 2-core machine (cores - 1); most of these files
  // wait on child processes, worker threads and the file system, so two at a time use both cores.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // Test files that run in the same worker share its loaded modules instead of importing (and
  // transforming) the package again for each file. No test mocks modules or changes process.env.
  isolate: false,
  // One turn of the event loop between tests, so vitest's own progress messages are answered in time.
  setupFiles: ['tests/support/yield-between-tests.ts'],
  // The bundle (scripts/bundle.js) is loaded by Node, as the bins and a `.remarkrc` load it, not transformed by
  // vitest: the same module instances, and its functions' source as Node sees it (src/server/server.ts compares it).
  server: {deps: {external: [/\/dist\/bundle\//]}}
}

/**
 * Resolve packages as a user's Node does. Vitest adds the `development` condition (Vite's
 * `development|production`, with no way to drop it through the config, which only adds to the list), so
 * the test workers, and the worker threads they start, loaded micromark's development build: its `debug`
 * calls and assertions made the parser about twice as slow as the one that ships, and the suite tested
 * that build instead. This plugin takes the condition out once the configuration is resolved:
 * from the conditions Vite resolves the tests' imports with, and from the `--conditions` flags Vitest
 * gives its workers.
 */
export const resolveAsShipped: Plugin = {
  name: 'resolve-as-shipped',
  configResolved(config) {
    const shipped = (conditions: string[]) => conditions.filter((condition) => !/^(development|production|development\|production)$/.test(condition))
    config.ssr.resolve!.conditions = shipped(config.ssr.resolve!.conditions ?? [])
    for (const environment of Object.values(config.environments)) environment.resolve.conditions = shipped(environment.resolve.conditions)
  }
}

/**
 * `npm test`: every suite except the heavy tier (tests/heavy/: 20 MB and
 * thousands-deep input, pre-commit installing its environment), which
 * `npm run test:heavy` runs and .ci/run runs after this one.
 */
export default defineConfig({
  plugins: [resolveAsShipped],
  test: {
    ...shared,
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/heavy/**'],
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', ['json', {outputFile: 'test-results.json'}]]
  }
})
