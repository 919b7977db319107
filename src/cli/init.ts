/** `strategy-lint init <type>`: a skeleton document (src/types/scaffold.ts), printed or written to a new file. */
import fs from 'node:fs'
import path from 'node:path'
import {builtinTypes} from '../types/doc-types.js'
import {skeleton} from '../types/scaffold.js'
import {oneLine} from '../util.js'
import {parseInitArguments, usage} from './arguments.js'
import {INIT_HELP} from './help.js'
import type {CliIo} from './io.js'

/** `strategy-lint init`: print the skeleton, or write it to a new file. */
export function runInit(argv: string[], io: CliIo): number {
  const options = usage(() => parseInitArguments(argv), io)
  if (options === undefined) return 2
  if (options === 'help') {
    io.stdout(INIT_HELP)
    return 0
  }
  const type = builtinTypes.find((entry) => entry.id === options.type)!
  const text = skeleton(type, options.title)
  if (options.output === undefined) {
    io.stdout(text)
    return 0
  }
  const target = path.resolve(io.cwd, options.output)
  try {
    fs.mkdirSync(path.dirname(target), {recursive: true})
    // `wx`: fail when the file exists, even if it appeared after a check.
    fs.writeFileSync(target, text, {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.stderr(
      code === 'EEXIST'
        ? `strategy-lint: ${options.output} already exists; not overwriting it (choose another --output or remove the file)\n`
        : `strategy-lint: cannot write ${options.output}: ${oneLine(error)}\n`
    )
    return 2
  }
  const article = /^[aeiou]/i.test(type.name) ? 'an' : 'a'
  io.stdout(`Wrote ${options.output}: ${article} ${type.name} skeleton; replace each TODO prompt with real content.\n`)
  return 0
}
