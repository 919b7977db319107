/**
 * The first 200 files of the committed benchmark sample (bench/corpus-sample.txt,
 * paths under ../shared/corpus) linted in process, with the default setup and
 * with every file forced to `type: 'strategy'`: no thrown error, no crashed rule.
 * The whole corpus is `npm run corpus`. In the heavy tier (`npm run test:heavy`,
 * which .ci/run runs): 400 real documents in process, about 30 s of CPU.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint, type StrategyOptions} from '../../src/index.js'
import {CORPUS, corpusPresent} from '../support/corpus.js'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const SAMPLE_SIZE = 200

function samplePaths(): string[] {
  const list = fs.readFileSync(path.join(REPO_ROOT, 'bench', 'corpus-sample.txt'), 'utf8')
  return list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(0, SAMPLE_SIZE)
}

async function lintSample(options: StrategyOptions | undefined): Promise<{files: number; messages: number; failures: string[]}> {
  const paths = samplePaths()
  expect(paths.length, 'bench/corpus-sample.txt lists fewer paths than the sample needs').toBe(SAMPLE_SIZE)
  const failures: string[] = []
  let messages = 0
  for (const relative of paths) {
    const file = path.join(CORPUS, relative)
    let value: string
    try {
      value = fs.readFileSync(file, 'utf8')
    } catch (error) {
      failures.push(`${relative}: cannot read (${(error as Error).message})`)
      continue
    }
    try {
      const result = await lint(new VFile({path: file, cwd: CORPUS, value}), options)
      messages += result.length
      for (const message of result) {
        if (/crashed on this file/.test(message.reason)) failures.push(`${relative}:${message.line}:${message.column}: ${message.reason}`)
      }
    } catch (error) {
      failures.push(`${relative}: threw ${(error as Error).stack ?? String(error)}`)
    }
  }
  return {files: paths.length, messages, failures}
}

describe.skipIf(!corpusPresent('the corpus sample tests'))('corpus sample: no crash', () => {
  it(`lints the first ${SAMPLE_SIZE} sample files with the default setup`, async () => {
    const result = await lintSample(undefined)
    expect(result.failures, result.failures.join('\n')).toEqual([])
    expect(result.files).toBe(SAMPLE_SIZE)
  })

  it(`lints the first ${SAMPLE_SIZE} sample files as type: 'strategy'`, async () => {
    const result = await lintSample({type: 'strategy'})
    expect(result.failures, result.failures.join('\n')).toEqual([])
    // Forced to a type, every file gets checked, so the sample must produce messages.
    expect(result.messages).toBeGreaterThan(0)
  })
})
