/** `--fix` and `--fix-dry-run`: the mechanical fixes (src/fix.ts) applied to the linted files. */
import fs from 'node:fs'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import {applyFixes, MAX_PASSES} from '../fix.js'
import {LINT_FAILED, lintFiles, restoreFacts, restoreMessage} from '../engine/run.js'
import {oneLine} from '../util.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'
import {engineSettings} from './lint.js'

/**
 * `--fix` / `--fix-dry-run` (src/fix.ts): apply each file's mechanical fixes
 * and lint the fixed text again, pass after pass, until none applies; the
 * files' messages become those of the fixed text, so the report says what
 * remains. `--fix` writes a file only when its text changed; `--fix-dry-run`
 * writes nothing and prints a unified diff (on stdout before a stylish report,
 * on stderr beside a machine format). Returns a problem that stops the run.
 */
export async function fixFiles(files: VFile[], options: CliOptions, io: CliIo): Promise<string | undefined> {
  const settings = engineSettings(options, io.cwd)
  const originals = new Map<VFile, string>()
  const texts = new Map<VFile, string>()
  // Positions count from after a byte order mark: fixes apply to the text without it, and it is put back on writing.
  const boms = new Set<VFile>()
  let pending = files.filter((file) => !file.messages.some((message) => message.ruleId === LINT_FAILED) && !file.data.strategyUtf16)
  let applied = 0
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    const changed: VFile[] = []
    for (const file of pending) {
      let text = texts.get(file)
      if (text === undefined) {
        text = String(file.value ?? '')
        if (text.startsWith('\uFEFF')) {
          boms.add(file)
          text = text.slice(1)
        }
      }
      const result = applyFixes(text, file.messages)
      if (result.applied === 0 || result.text === text) continue
      if (!originals.has(file)) originals.set(file, text)
      texts.set(file, result.text)
      applied += result.applied
      changed.push(file)
    }
    if (changed.length === 0) break
    const results = await lintFiles(
      settings,
      changed.map((file) => ({path: path.resolve(file.cwd, file.path), value: texts.get(file)!}))
    )
    changed.forEach((file, index) => {
      file.messages = []
      for (const message of results[index].messages) restoreMessage(file, message)
      restoreFacts(file, results[index])
    })
    pending = changed
  }
  const diffs: string[] = []
  for (const [file, withoutBom] of originals) {
    const bom = boms.has(file) ? '\uFEFF' : ''
    const before = bom + withoutBom
    const after = bom + texts.get(file)!
    const shown = path.relative(io.cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
    if (options.fix === 'dry-run') {
      diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after, '', '', {context: 3}).replace(/^=+\n/, ''))
      continue
    }
    try {
      fs.writeFileSync(path.resolve(file.cwd, file.path), after)
    } catch (error) {
      return `cannot write the fixes to ${shown}: ${oneLine(error)}`
    }
    file.value = after
  }
  const counted = `${applied} ${applied === 1 ? 'problem' : 'problems'} in ${originals.size} ${originals.size === 1 ? 'file' : 'files'}`
  if (options.fix === 'dry-run') {
    const diff = diffs.join('')
    if (options.format === 'stylish' && options.outputFile === undefined) io.stdout(diff ? `${diff}\n` : '')
    else io.stderr(diff)
    io.stderr(`strategy-lint: would fix ${counted} (--fix-dry-run wrote nothing); the report shows what would remain\n`)
  } else if (applied > 0) {
    io.stderr(`strategy-lint: fixed ${counted}; the report shows what remains\n`)
  }
  return undefined
}
