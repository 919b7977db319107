/**
 * Writing a file the user owns (a document `--fix` changes, the `--output-file` report) so that it is never left cut
 * short. `fs.writeFileSync` empties the file before it writes: a full disk (ENOSPC after the first block) left a
 * document truncated, and a run stopped in between (Ctrl-C, a cancelled CI job) left one empty (a QA pass lost
 * documents to both).
 *
 * The file is still written in place, not through a temporary file renamed over it: a rename gives the document a new
 * inode, which drops its ACLs and extended attributes, breaks its hard links, replaces a symbolic link whose target
 * does not exist yet, and is refused in a shared sticky folder (`/tmp`-like) for a file another user owns. A second QA
 * pass found each of these on a first, renaming version. In place, a failed write puts the old bytes back (the
 * truncation freed the room they need), and a signal that arrives while files are written is held until they are all
 * written (`holdingSignals`).
 */
import fs from 'node:fs'

/** Write `text` to `file` in place; if the write fails, put back what the file held, then throw. */
export function writeFileWhole(file: string, text: string): void {
  const previous = contentsOf(file)
  try {
    fs.writeFileSync(file, text)
  } catch (error) {
    if (previous !== undefined) {
      try {
        fs.writeFileSync(file, previous)
      } catch {
        // Nothing more can be done here: the error below says the write failed.
      }
    }
    throw error
  }
}

function contentsOf(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}

/** How long a held signal is waited for after the writes: far more than one turn of the event loop. */
const SIGNAL_DELIVERY_MS = 100

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
    // ends as the signal ends it. Unref'd: a run that ends meanwhile has nothing left to stop.)
    setTimeout(() => {
      for (const signal of STOPPING) process.off(signal, hold)
      if (received) process.kill(process.pid, received)
    }, SIGNAL_DELIVERY_MS).unref()
  }
}
