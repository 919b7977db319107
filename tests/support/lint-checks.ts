/**
 * Checks shared by the bad-input tests (tests/bad-input.test.ts and, for
 * large and pathological input, tests/heavy/large-input.test.ts,
 * pathological-input.test.ts and deep-input.test.ts): lint, and
 * assert that every message lies inside the document.
 */
import {readFileSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import type {Root} from 'mdast'
import {remark} from 'remark'
import {VFile, type Compatible} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'
import remarkLintStrategy, {getDocument, lint, type LintMessage, type StrategyOptions} from '../../src/index.js'

/** A strategy that passes every rule (fixtures/types/strategy-good.md). */
export const goodStrategy = readFileSync(new URL('../../fixtures/types/strategy-good.md', import.meta.url), 'utf8')

/** The timeout of a test on large or pathological input. */
export const SLOW = 300_000

export type Place = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'reason'>

/** Every start and end point lies on a line of the document, at most one column past its end. */
export function expectInside(messages: readonly Place[], source: string): void {
  const lines = source.split(/\r\n|\r|\n/)
  for (const message of messages) {
    const points: Array<[number | undefined, number | undefined]> = [
      [message.line, message.column],
      [message.endLine, message.endColumn]
    ]
    for (const [line, column] of points) {
      if (line === undefined && column === undefined) continue
      const where = `${line}:${column} of ${lines.length} lines, for ${message.reason.slice(0, 80)}`
      expect(line, where).toBeGreaterThanOrEqual(1)
      expect(line, where).toBeLessThanOrEqual(lines.length)
      expect(column, where).toBeGreaterThanOrEqual(1)
      expect(column, where).toBeLessThanOrEqual(lines[line! - 1].length + 1)
    }
  }
}

export function decode(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input)
}

/** `lint`, plus the check that every message lies inside the document. */
export async function check(input: string | Uint8Array, options?: StrategyOptions): Promise<LintMessage[]> {
  const messages = await lint(input as Compatible, options)
  expectInside(messages, decode(input))
  return messages
}

/**
 * Parse and run the plugin without compiling the tree back to Markdown
 * (which `lint` does; see the nested-list tests).
 */
export async function run(input: string, options?: StrategyOptions) {
  const file = new VFile(input)
  const processor = remark().use(remarkLintStrategy, options)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  const messages = file.messages.map(toPlace)
  expectInside(messages, input)
  return {document: getDocument(tree, file), messages}
}

export function toPlace(message: VFileMessage) {
  return {
    ruleId: message.ruleId,
    reason: message.reason,
    line: message.line,
    column: message.column,
    endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined
  }
}

/**
 * Parse with the plugin's syntax (GFM, YAML front matter) in a worker thread.
 * The tree comes back as JSON: structured cloning fails on a tree this deep.
 */
export function parseInWorker(source: string): Promise<Root> {
  const module = (name: string) => new URL(`../../node_modules/${name}/index.js`, import.meta.url).href
  const code = [
    "import {parentPort, workerData} from 'node:worker_threads'",
    `import {remark} from '${module('remark')}'`,
    `import remarkGfm from '${module('remark-gfm')}'`,
    `import remarkFrontmatter from '${module('remark-frontmatter')}'`,
    "parentPort.postMessage(JSON.stringify(remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(workerData)))"
  ].join('\n')
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {workerData: source})
    worker.once('message', (json: string) => resolve(JSON.parse(json) as Root))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`parser worker exited (${code}) without a tree`)))
  })
}

export const ruleIds = (messages: readonly {ruleId?: string | undefined}[]) => [...new Set(messages.map((message) => message.ruleId))].sort()
