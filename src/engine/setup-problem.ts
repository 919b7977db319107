/**
 * What stops the engine before a file is checked (bad options, a broken rc file, a plugin that is not installed),
 * said in one line with how to fix it: for the CLI's one line on stderr and the language server's one diagnostic.
 */
import fs from 'node:fs'
import type {VFileMessage} from 'vfile-message'
import {StrategyConfigError} from '../options.js'
import {firstLine} from '../util.js'
import {closestId} from '../model/comment-control.js'
import {ruleIds} from '../rules.js'
import {jsonSyntaxError} from './json-syntax.js'

/** This package's name, as a remark configuration lists it. */
const PACKAGE_NAME = 'remark-lint-strategy'

/**
 * A fatal message that is not about the document's content: bad options, a
 * broken rc file, a missing plugin, a path that does not exist. The engine
 * wraps such errors ("Cannot process file"), so the explanation is the chain
 * of causes, joined into one line, with how to fix a missing plugin.
 */
export function setupProblem(message: VFileMessage): string | undefined {
  const problem = causesOf(message)
  if (problem === undefined) return undefined
  const marked = byteOrderMarkProblem(problem)
  if (marked) return marked
  const hint = installHint(problem)
  return hint ? `${problem.trimEnd()}; ${hint}` : problem
}

/** For a message that says a plugin the configuration lists is not installed: its one line with the fix, else `undefined`. */
export function missingPluginProblem(message: VFileMessage): string | undefined {
  const problem = causesOf(message)
  const hint = problem === undefined ? undefined : installHint(problem)
  return hint ? `${problem!.trimEnd()}; ${hint}` : undefined
}

function causesOf(message: VFileMessage): string | undefined {
  if (!message.fatal || message.ruleId) return undefined
  const reasons: string[] = []
  let cause: unknown = message.cause
  while (cause instanceof Error) {
    if (cause instanceof StrategyConfigError || cause.name === 'StrategyConfigError') return firstLine(cause.message)
    reasons.push(placedJsonError(cause) ?? firstLine(cause.message))
    cause = cause.cause
  }
  if (message.reason === 'No such file or folder') return `No such file or folder: ${message.file || 'input'}`
  return [message.reason === 'Cannot process file' ? '' : message.reason, ...reasons].filter(Boolean).join(': ') || message.reason
}

/**
 * A configuration file that is not valid JSON, said with the line and column
 * where it breaks (the engine's parser names the file in `fileName`; Node 20's
 * message has no place), or `undefined` for any other error or a file that
 * cannot be read again.
 */
function placedJsonError(error: Error): string | undefined {
  const fileName = (error as {fileName?: unknown}).fileName
  if (error.name !== 'JSONError' || typeof fileName !== 'string') return undefined
  let text: string
  try {
    text = fs.readFileSync(fileName, 'utf8')
  } catch {
    return undefined
  }
  const syntax = jsonSyntaxError(text)
  return syntax === undefined ? undefined : `not valid JSON at ${syntax}`
}

/**
 * A JSON configuration saved with a byte order mark (Notepad, PowerShell 5's `Out-File`): the parser's message quotes
 * the invisible character and, for `.remarkrc`, the hint said to write JSON, which the file is. Said as it is.
 */
function byteOrderMarkProblem(problem: string): string | undefined {
  const file = /^Cannot parse file `([^`]{1,1000})`: Unexpected token '\uFEFF'/.exec(problem)?.[1]
  return file === undefined
    ? undefined
    : `Cannot parse file \`${file}\`: it starts with a byte order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without a byte order mark`
}

/**
 * How to get a plugin the remark configuration lists that is not installed (a project whose `npm install` has not
 * run, or that keeps remark's plugins elsewhere), or `undefined` for any other problem.
 */
function installHint(problem: string): string | undefined {
  // (A package: `Cannot find module \`remark-x\``; a file: `Cannot import \`lint/x.js\`: Cannot find module '...'`.)
  const missing = /^Cannot find module `([^`\s]{1,214})`/.exec(problem)
  if (missing) {
    const name = missing[1]
    // A file of a package (`remark-lint-strategy/rules/strategy-vague-goal`) is installed with its package; a name a
    // few letters from this package's is a typo, and `npm install` of it could fetch someone else's package.
    const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]
    const meant = closestId(packageName.replace(/^remark-/, ''), [PACKAGE_NAME.replace(/^remark-/, '')]) ? PACKAGE_NAME : undefined
    if (meant && packageName !== meant) return `the remark configuration lists it: did you mean \`${name.replace(packageName, meant)}\`? (check the spelling before installing anything)`
    return `the remark configuration lists it: install it (\`npm install --save-dev ${packageName}\`), or run where the project's dependencies are installed`
  }
  const rule = /Cannot import `[^`]{0,1000}remark-lint-strategy\/[^`]{0,200}rules\/([\w-]{1,100})\.js`/.exec(problem)
  if (rule) {
    const closest = closestId(rule[1], ruleIds)
    return `\`remark-lint-strategy/rules/${rule[1]}\` is no rule of remark-lint-strategy; ${closest ? `did you mean \`remark-lint-strategy/rules/${closest}\`?` : 'docs/rules/README.md lists them'}`
  }
  // (unified-engine reads an extensionless `.remarkrc` as JSON only, though YAML is what many write there.)
  if (/^Cannot parse file `(?:[^`]{0,1000}\/)?\.remarkrc`: .{0,2000}JSON/.test(problem)) return 'a `.remarkrc` is read as JSON: write it in JSON, or for YAML name it `.remarkrc.yaml`'
  if (/Cannot import `[^`]{1,1000}`: Cannot find module /.test(problem)) return 'the remark configuration lists that file: check its path, which is relative to the configuration file'
  return undefined
}
