/**
 * Command-line handling shared by the scripts in this folder: `--help` prints
 * the script's usage (the comment at the top of its file), a bad flag or a
 * missing corpus folder is one line on stderr and exit 2, never a stack trace.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/** The first block comment of `file`, without its stars: the script's usage. */
function usageOf(file) {
  const text = fs.readFileSync(file, 'utf8')
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? ''
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim()
}

/**
 * `parseArgs` with `config`, plus `--help`. `scriptUrl` is the script's
 * `import.meta.url`; its name prefixes the one-line errors.
 */
export function scriptArguments(scriptUrl, config) {
  const file = fileURLToPath(scriptUrl)
  const name = path.basename(file, '.js')
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usageOf(file)}\n`)
    process.exit(0)
  }
  try {
    return parseArgs({...config, args: argv})
  } catch (error) {
    fail(name, `${error.message.split('\n')[0].replace(/\. To specify a positional.*$/, '')} (see node scripts/${name}.js --help)`)
  }
}

/** Exit 2 with one line when `folder` (the corpus) is not there. */
export function requireFolder(scriptUrl, folder, what = 'the corpus') {
  const name = path.basename(fileURLToPath(scriptUrl), '.js')
  let isFolder = false
  try {
    isFolder = fs.statSync(folder).isDirectory()
  } catch {
    // Missing: said below.
  }
  if (!isFolder) {
    fail(name, `${what} folder ${folder} does not exist; this script reads ../shared/corpus beside the repository, or give another folder (see node scripts/${name}.js --help)`)
  }
}

/** One line on stderr, prefixed with the script's name, and exit 2. */
export function fail(name, line) {
  process.stderr.write(`${name}: ${line}\n`)
  process.exit(2)
}

/**
 * A count given as `flag` on the command line (`--limit 50`): a whole number of at least `least`, or one line and
 * exit 2 (`0`, `ten`, `2.5` once ran with NaN or Infinity). An option not given stays `undefined`.
 */
export function countOption(scriptUrl, flag, value, least = 1) {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < least) {
    const name = path.basename(fileURLToPath(scriptUrl), '.js')
    fail(name, `${flag} takes a whole number of at least ${least}, got \`${value}\` (see node scripts/${name}.js --help)`)
  }
  return Number(value)
}
