/**
 * `--stdin`: lint text piped in (`git show HEAD:docs/strategy.md | strategy-lint --stdin --stdin-filename
 * docs/strategy.md`), for editors and tools that lint a buffer not saved to disk. The text becomes one file at the path
 * `--stdin-filename` gives (default `<stdin>` in the working folder): the configuration is looked up from its folder,
 * and `globs`, the folder's type and the report all use that path, as they would for the file on disk. Decoded as a file
 * read from disk is: UTF-8, or UTF-16 after a UTF-16 byte order mark. Over the size a file may have (MAX_FILE_BYTES), it
 * is refused, as a file is.
 */
import path from 'node:path'
import {VFile} from 'vfile'
import {decodeUtf16} from '../engine/run.js'
import {MAX_FILE_BYTES} from '../engine/walk.js'
import {oneLine} from '../util.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'

/** The report's name for piped text when `--stdin-filename` does not give one. */
export const STDIN_NAME = '<stdin>'

/** The file `--stdin` lints, or the one-line problem that stops the run (exit 2). */
export async function readStdinFile(options: CliOptions, io: CliIo): Promise<VFile | string> {
  if (!io.stdin) return '--stdin needs standard input, and this run has none'
  let bytes: Uint8Array
  try {
    bytes = await io.stdin(MAX_FILE_BYTES)
  } catch (error) {
    if ((error as {code?: unknown})?.code === 'ETOOLARGE') {
      return `standard input holds more than the ${MAX_FILE_BYTES / 1024 ** 2} MB a document may have to be read as text (parsing Markdown takes 100-900 bytes of memory per byte); split it`
    }
    return `cannot read standard input: ${oneLine(error)}`
  }
  const file = new VFile({cwd: io.cwd, path: path.resolve(io.cwd, stdinPath(options)), value: bytes})
  decodeUtf16(file)
  if (file.value instanceof Uint8Array) file.value = Buffer.from(file.value).toString('utf8')
  return file
}

/** The path `--stdin` text is checked as, as given (relative to the working folder or absolute). */
export function stdinPath(options: CliOptions): string {
  return options.stdinFilename ?? STDIN_NAME
}
