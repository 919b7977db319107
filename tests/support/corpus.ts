/**
 * The shared corpus of real planning documents (../shared/corpus beside the
 * repository). Tests that read it are skipped, with one line saying why,
 * when it is absent: a fresh clone without it still runs the rest.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus')

/** Whether the corpus is there; says so on stderr once per test file when it is not. */
export function corpusPresent(what: string): boolean {
  if (fs.existsSync(CORPUS)) return true
  process.stderr.write(`Skipping ${what}: the corpus folder ${CORPUS} is missing (put the shared corpus beside this repository, ../shared/corpus, to run them)\n`)
  return false
}
