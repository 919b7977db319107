/** `--fix` and `--fix-dry-run`: the mechanical fixes (src/fix.ts) applied to the linted files. */
import fs from 'node:fs'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import {FixPasses} from '../fix.js'
import {FIX_FAILED, LINT_FAILED, lintFiles, restoreFacts, restoreMessage} from '../engine/run.js'
import {oneLine} from '../util.js'
import {holdingSignals, writeFileWhole} from '../engine/write.js'
import type {CliOptions} from './arguments.js'
import type {CliIo} from './io.js'
import {engineSettings} from './lint.js'
import {projectRoot} from '../model/project-root.js'

/**
 * Where a linked file really is, when that is outside the repository (or, out of one, the working folder): `docs/notes.md
 * -> ~/.bashrc` in a pull request had --fix write a section skeleton into the home folder. A path named outside it
 * on purpose (`--fix ../other/plan.md`) is no link, and is written.
 */
/**
 * The text as the diff shows it: a line ended by a lone CR (a file saved with classic Mac line endings) ends with a
 * newline, as the report counts it. The diff splits at newlines only, so such a file was one line, removed and added
 * whole, and a terminal printed it over itself. CRLF is left as it is (the CR stays on its line, as `git diff` shows it).
 */
function linesForDiff(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

function linkedOutside(file: string, cwd: string): string | undefined {
  let real: string
  let boundary: string
  try {
    real = fs.realpathSync(file)
    boundary = fs.realpathSync(projectRoot(cwd) ?? cwd)
  } catch {
    return undefined
  }
  if (real === file || real === path.resolve(file)) return undefined
  const relative = path.relative(boundary, real)
  return relative.startsWith('..') || path.isAbsolute(relative) ? real : undefined
}

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
  // What each file was reported with before its fixes: what stands if its fixes cannot be written.
  const unfixedMessages = new Map(files.map((file) => [file, [...file.messages]]))
  const passes = new Map<VFile, FixPasses>()
  /** The text whose messages each file holds now. */
  const linted = new Map<VFile, string>()
  // Positions count from after a byte order mark: fixes apply to the text without it, and it is put back on writing.
  const boms = new Set<VFile>()
  const notUtf8 = files.filter((file) => !file.data.strategyUtf16 && hasFixes(file) && isNotUtf8(file))
  let pending = files.filter((file) => !file.messages.some((message) => message.ruleId === LINT_FAILED) && !file.data.strategyUtf16 && !notUtf8.includes(file))
  while (pending.length > 0) {
    const relint: VFile[] = []
    for (const file of pending) {
      let filePasses = passes.get(file)
      if (!filePasses) {
        let text = String(file.value ?? '')
        if (text.startsWith('\uFEFF')) {
          boms.add(file)
          text = text.slice(1)
        }
        filePasses = new FixPasses(text)
        passes.set(file, filePasses)
        linted.set(file, text)
      }
      // A file goes round again while a fix applies, and once more after a pass undone at the end (its kept text).
      if (filePasses.next(file.messages) !== undefined || filePasses.text !== linted.get(file)) relint.push(file)
    }
    if (relint.length === 0) break
    const results = await lintFiles(
      settings,
      relint.map((file) => ({path: path.resolve(file.cwd, file.path), value: passes.get(file)!.text}))
    )
    relint.forEach((file, index) => {
      linted.set(file, passes.get(file)!.text)
      file.messages = []
      for (const message of results[index].messages) restoreMessage(file, message)
      restoreFacts(file, results[index])
    })
    pending = relint
  }
  const originals = new Map<VFile, string>()
  const texts = new Map<VFile, string>()
  let applied = 0
  for (const [file, filePasses] of passes) {
    if (filePasses.applied === 0) continue
    originals.set(file, filePasses.original)
    texts.set(file, filePasses.text)
    applied += filePasses.applied
  }
  const diffs: string[] = []
  const unwritten: string[] = []
  // (The writes with Ctrl-C held: a file is never left between its truncation and its text, src/engine/write.ts.)
  holdingSignals(() => {
    for (const [file, withoutBom] of originals) {
      const bom = boms.has(file) ? '\uFEFF' : ''
      const before = bom + withoutBom
      const after = bom + texts.get(file)!
      const shown = path.relative(io.cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
      if (options.fix === 'dry-run') {
        diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, linesForDiff(before), linesForDiff(after), '', '', {context: 3}).replace(/^=+\n/, ''))
        continue
      }
      try {
        const outside = linkedOutside(path.resolve(file.cwd, file.path), io.cwd)
        if (outside) throw new Error(`it is a link to ${outside}, outside ${projectRoot(io.cwd) ? 'the repository' : 'the working folder'}, which --fix does not write to; fix the file where it is kept`)
        writeFileWhole(path.resolve(file.cwd, file.path), after, before)
      } catch (error) {
        // One file that cannot be written (read-only, a full disk) is an error on it, left as it was; the others are
        // fixed and reported (it stopped the run, with later files unfixed and no report).
        unwritten.push(shown)
        applied -= passes.get(file)!.applied
        file.messages = unfixedMessages.get(file) ?? []
        const message = file.message(`Not fixed: the fixes could not be written to this file (${oneLine(error)}); it is unchanged, and the findings reported are its own`, {
          ruleId: FIX_FAILED,
          source: 'strategy-lint'
        })
        message.fatal = true
        continue
      }
      file.value = after
    }
  })
  const fixedFiles = originals.size - unwritten.length
  const counted = `${applied} ${applied === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`
  if (options.fix === 'dry-run') {
    const diff = diffs.join('')
    if (options.format === 'stylish' && options.outputFile === undefined) io.stdout(diff ? `${diff}\n` : '')
    else io.stderr(diff)
    io.stderr(`strategy-lint: would fix ${counted} (--fix-dry-run wrote nothing); the report shows what would remain\n`)
  } else if (applied > 0) {
    io.stderr(`strategy-lint: fixed ${counted}; the report shows what remains\n`)
  }
  if (unwritten.length > 0) {
    io.stderr(`strategy-lint: not fixed: the fixes could not be written to ${unwritten[0]}${unwritten.length > 1 ? ` and ${unwritten.length - 1} more` : ''}; ${unwritten.length > 1 ? 'they are' : 'it is'} unchanged (an error on each says why)\n`)
  } else if (options.fix !== 'dry-run' && applied === 0 && notUtf8.length === 0 && !files.some((file) => file.data.strategyUtf16 && hasFixes(file))) {
    // (Said, as --fix-dry-run says it: silence after --fix reads as a fix that did not run. A file left unfixed for its
    // encoding says so below instead.)
    io.stderr('strategy-lint: nothing to fix mechanically; the report shows what remains\n')
  }
  if (notUtf8.length > 0) {
    // (Read as UTF-8, its other bytes became U+FFFD: written back, the fix would have replaced them for good.)
    const shown = path.relative(io.cwd, path.resolve(notUtf8[0].cwd, notUtf8[0].path)).split(path.sep).join('/')
    io.stderr(
      `strategy-lint: not fixed: ${shown}${notUtf8.length > 1 ? ` and ${notUtf8.length - 1} more` : ''} ${notUtf8.length > 1 ? 'are' : 'is'} not valid UTF-8 (Windows-1252 or Latin-1, as Word and older editors save, or stray bytes), which --fix would write back as U+FFFD; convert to UTF-8 (\`iconv -f WINDOWS-1252 -t UTF-8\`, which reads Latin-1 text alike and Word's curly quotes and dashes too) to fix\n`
    )
  }
  const utf16 = files.filter((file) => file.data.strategyUtf16 && hasFixes(file))
  if (utf16.length > 0) {
    // (Linted, but written back it would have to be UTF-16 again; rather than guess, say so: it was a silent no-op.)
    const shown = path.relative(io.cwd, path.resolve(utf16[0].cwd, utf16[0].path)).split(path.sep).join('/')
    io.stderr(
      `strategy-lint: not fixed: ${shown}${utf16.length > 1 ? ` and ${utf16.length - 1} more` : ''} ${utf16.length > 1 ? 'are' : 'is'} UTF-16, which --fix does not write; convert to UTF-8 (\`iconv -f UTF-16 -t UTF-8\`) to fix\n`
    )
  }
  return undefined
}

function hasFixes(file: VFile): boolean {
  return file.messages.some((message) => message.expected?.length === 1)
}

/**
 * Whether the file's bytes are not UTF-8: the engine read them as UTF-8, turning each bad byte into U+FFFD, so only a
 * text with U+FFFD in it is read again.
 */
function isNotUtf8(file: VFile): boolean {
  if (!String(file.value ?? '').includes('\uFFFD') || !file.path) return false
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(fs.readFileSync(path.resolve(file.cwd, file.path)))
    return false
  } catch (error) {
    return error instanceof TypeError
  }
}
