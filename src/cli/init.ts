/**
 * `strategy-lint init <type>`: a skeleton document (src/types/scaffold.ts), printed or written to a new file. A type
 * that is not built in is looked up in the remark configuration that applies where the file goes (its `types`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {configuredTypes} from '../engine/configured-types.js'
import {findType} from '../model/detect.js'
import {builtinTypes, type DocType} from '../types/doc-types.js'
import {skeleton} from '../types/scaffold.js'
import {didYouMean, oneLine} from '../util.js'
import {parseInitArguments, usage} from './arguments.js'
import {INIT_HELP} from './help.js'
import type {CliIo} from './io.js'
import {makeFolders} from '../engine/special-files.js'
import {isFolder} from '../engine/walk.js'

/** `strategy-lint init`: print the skeleton, or write it to a new file. */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const options = usage(() => parseInitArguments(argv), io)
  if (options === undefined) return 2
  if (options === 'help') {
    io.stdout(INIT_HELP)
    return 0
  }
  const type = builtinTypes.find((entry) => entry.id === options.type) ?? (await configuredType(options.type, options.output, options.configPath, io))
  if (typeof type === 'string') {
    io.stderr(`strategy-lint: ${type}\n`)
    return 2
  }
  const text = skeleton(type, options.title)
  if (options.output === undefined) {
    io.stdout(text)
    return 0
  }
  const target = path.resolve(io.cwd, options.output)
  try {
    makeFolders(path.dirname(target))
    // `wx`: fail when the file exists, even if it appeared after a check.
    const fd = fs.openSync(target, 'wx')
    try {
      fs.writeFileSync(fd, text)
    } catch (error) {
      // (A full disk left an empty skeleton behind, which the next `init` refused as existing.)
      fs.closeSync(fd)
      fs.rmSync(target, {force: true})
      throw error
    }
    fs.closeSync(fd)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // (`-o docs/` names a folder: the skeleton needs a file name in it, which `already exists` did not say.)
    const folder = code === 'EEXIST' && isFolder(target)
    io.stderr(
      folder
        ? `strategy-lint: ${options.output} is a folder; give --output a file name in it (\`${path.join(options.output, `new-${type.id}.md`)}\`)\n`
        : code === 'EEXIST'
          ? `strategy-lint: ${options.output} already exists; not overwriting it (choose another --output or remove the file)\n`
          : `strategy-lint: cannot write ${options.output}: ${oneLine(error)}\n`
    )
    return 2
  }
  // (An acronym is read by its letters: `an RFC`, `an MADR`, `a KEP`; it said `a RFC`.)
  const article = (/^[A-Z]{2}/.test(type.name) ? /^[AEFHILMNORSX]/ : /^[aeiou]/i).test(type.name) ? 'an' : 'a'
  io.stdout(`Wrote ${options.output}: ${article} ${type.name} skeleton; replace each TODO prompt with real content.\n`)
  return 0
}

/** The configured type `id` for a new file at `output` (or in the working folder), or why there is none. */
async function configuredType(id: string, output: string | undefined, configPath: string | undefined, io: CliIo): Promise<DocType | string> {
  let types: readonly DocType[]
  try {
    if (configPath !== undefined) {
      // (As a lint run says it.)
      try {
        fs.accessSync(path.resolve(io.cwd, configPath), fs.constants.R_OK)
      } catch (error) {
        return `cannot read --config ${configPath}: ${oneLine(error)}`
      }
    }
    const settings = {cwd: io.cwd, type: undefined, ignorePath: undefined, ignorePatterns: [], configPath: configPath === undefined ? undefined : path.resolve(io.cwd, configPath), detectConfig: configPath === undefined}
    types = await configuredTypes(settings, path.resolve(io.cwd, output ?? 'new-document.md'))
  } catch (error) {
    return oneLine(error)
  }
  const found = findType(types, id)
  if (found) return found
  const configured = types.filter((type) => !type.builtin).map((type) => type.id)
  const meant = didYouMean(id, types.map((type) => type.id))
  if (meant) return `Unknown document type \`${id}\` for init; ${meant}`
  const known = builtinTypes.map((type) => type.id).join(' or ')
  return `Unknown document type \`${id}\` for init; use ${known}${configured.length > 0 ? `, or a type configured here: ${configured.join(', ')}` : ', or a type configured under `types` in the remark configuration'}`
}
