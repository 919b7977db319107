/**
 * Writing a file the user owns (a document `--fix` changes, the `--output-file` report) so that it is never left cut
 * short. `fs.writeFileSync` empties the file before it writes: a full disk (ENOSPC after the first block) left a
 * document truncated, and a run stopped in between (Ctrl-C, a cancelled CI job) left one empty (a QA pass lost
 * documents to both).
 *
 * The file is still written in place, not through a temporary file renamed over it: a rename gives the document a new
 * inode, which drops its ACLs and extended attributes, breaks its hard links, replaces a symbolic link whose target
 * does not exist yet, and is refused in a shared sticky folder (`/tmp`-like) for a file another user owns. A second QA
 * pass found each of these on a first, renaming version. In place, the new text is written over the old before the
 * file is cut to length, so a failed write can put the old bytes back in the blocks they still hold
 * (`writeFileWhole`), and a signal that arrives while files are written is held until they are all written
 * (`holdingSignals`).
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Write `text` to `file` in place; if the write fails, put back what the file held, then throw. With `readAs` (the
 * text a document was read as), the file must still hold that text: one moved, deleted or changed since is not
 * written (the error says which). The file is not
 * truncated first: the new text is written over the old from its start and the file cut to its length after, so the
 * blocks the old text holds stay the file's, and putting it back needs no room on the disk (a first version that
 * truncated and wrote again lost documents when another process took the freed room in between).
 */
export function writeFileWhole(file: string, text: string, readAs?: string): void {
  // No file yet (a new report), or no regular file (`-o /dev/stdout`, a pipe): nothing to keep, and nothing to read.
  // A document read earlier must still be there: written, it came back after a `git mv` or `git rm` during the run.
  if (!isRegularFile(file)) {
    if (readAs !== undefined) throw new Error('it was moved or deleted since it was read; run --fix again')
    writeNewFile(file, text)
    return
  }
  const fd = fs.openSync(file, 'r+')
  try {
    const previous = fs.readFileSync(fd)
    // (Saved from an editor while the run went on: writing the fixed text read before lost that edit, a QA pass found.)
    // (Already the fixed text: another name of the same file, a hard link given too, was written first.)
    if (readAs !== undefined && previous.toString('utf8') !== readAs) {
      if (previous.toString('utf8') === text) return
      throw new Error('it changed since it was read (saved from an editor during the run?); run --fix again')
    }
    const next = Buffer.from(text)
    try {
      writeAllAt(fd, next)
      fs.ftruncateSync(fd, next.length)
    } catch (error) {
      try {
        writeAllAt(fd, previous)
        fs.ftruncateSync(fd, previous.length)
      } catch {
        // Nothing more can be done here: the error below says the write failed.
      }
      throw error
    }
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * A file that did not exist (a new report), or one that is no regular file (`/dev/stdout`, a pipe): written whole; a new
 * file the write could not finish is removed (a full disk left half a JSON report, which a CI step uploaded).
 */
function writeNewFile(file: string, text: string): void {
  // (Through a link to nowhere, the file made is the link's target: that one is removed, and the link kept.)
  const made = newFileAt(file)
  try {
    fs.writeFileSync(file, text)
  } catch (error) {
    if (made !== undefined) fs.rmSync(made, {force: true})
    throw error
  }
}

/**
 * The path a write to `file` creates, when nothing is there yet: `file`, or the end of a chain of links to nowhere
 * (each link of the chain is the user's, and stays).
 */
function newFileAt(file: string): string | undefined {
  let current = file
  // (A chain longer than the system follows is no file a write creates: ELOOP.)
  for (let hops = 0; hops <= 40; hops++) {
    let stats: fs.Stats
    try {
      stats = fs.lstatSync(current)
    } catch {
      return current
    }
    if (!stats.isSymbolicLink() || fs.existsSync(current)) return undefined
    try {
      current = path.resolve(path.dirname(current), fs.readlinkSync(current))
    } catch {
      return undefined
    }
  }
  return undefined
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** Write all of `bytes` at the start of the open file. */
function writeAllAt(fd: number, bytes: Buffer): void {
  let written = 0
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written, written)
}

/** How long a held signal is waited for after the writes: far more than one turn of the event loop. */
const SIGNAL_DELIVERY_MS = 50

/** The signals a user or a CI runner stops a run with. */
const STOPPING: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Run `write` (synchronous: a run of `writeFileWhole`) with the stopping signals held: one that arrives meanwhile
 * ends the process, as it would have, once every file is written, never between a file's truncation and its text.
 * (Node delivers a signal with a listener on the event loop, so after the synchronous writes; without a listener, at
 * once.)
 */
export function holdingSignals<T>(write: () => T): T {
  let received: NodeJS.Signals | undefined
  const hold = (signal: NodeJS.Signals) => {
    received ??= signal
  }
  for (const signal of STOPPING) process.on(signal, hold)
  try {
    return write()
  } finally {
    // (Removed only once the event loop has had time to deliver a signal that came during the writes: a poll phase
    // must pass, which an immediate may run before. Then it is raised again, with no listener left, so the process
    // ends as the signal ends it. The timer keeps the process alive that long: unref'd, a run that ended within it
    // exited 0 or 1 after a Ctrl-C, and a cancelled CI job read as a success.)
    setTimeout(() => {
      for (const signal of STOPPING) process.off(signal, hold)
      if (received) process.kill(process.pid, received)
    }, SIGNAL_DELIVERY_MS)
  }
}
