/**
 * Writing a file the run owns or fixes without ever leaving it cut short: the text goes to a temporary file beside it,
 * which is renamed over it. `fs.writeFileSync` empties the file before it writes, so a full disk (ENOSPC after the
 * first block) or a run stopped in between (Ctrl-C, a cancelled CI job) left a document, a report or a suppressions
 * file truncated or empty (a QA pass lost documents to both).
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Write `text` to `file` whole or not at all. A symbolic link is followed and its target written (the link stays); the
 * file keeps its mode, and its owner where this process may set it; one this user may not write is not written
 * (EACCES). A file with other hard links is written in place, as before: a rename would leave its other names on the
 * old text; so is one in a folder where no file can be made beside it.
 */
export function writeFileAtomically(file: string, text: string): void {
  const target = resolvedTarget(file)
  const existing = statOrUndefined(target)
  // (A file its owner made read-only stays unwritten, as a write in place left it: the rename would not ask.)
  if (existing) fs.accessSync(target, fs.constants.W_OK)
  if (existing && existing.nlink > 1) {
    fs.writeFileSync(target, text)
    return
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(temporary, text)
  } catch (error) {
    // A file this user may write in a folder they may not (a shared document, a link into another's folder): no file
    // can be made beside it, so it is written in place, as before.
    if (existing && isPermissionError(error)) {
      fs.writeFileSync(target, text)
      return
    }
    throw error
  }
  try {
    if (existing) {
      keepOwner(temporary, existing)
      // (After the owner: changing it clears the set-user-id and set-group-id bits. And not through `writeFileSync`'s
      // mode, which the umask narrows.)
      fs.chmodSync(temporary, existing.mode & 0o7777)
    }
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, {force: true})
    throw error
  }
}

function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'EACCES' || code === 'EPERM'
}

/**
 * The file a path names, through its symbolic links, even one that leads to a file not made yet (`report.json ->
 * out/report.json`: the target is made, the link kept); the path itself when it is no link.
 */
function resolvedTarget(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    let current = file
    // (A bounded chain: a loop of links is left to fail where it is written.)
    for (let hops = 0; hops < 40; hops++) {
      let link: string
      try {
        link = fs.readlinkSync(current)
      } catch {
        return current
      }
      current = path.resolve(path.dirname(current), link)
    }
    return file
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file)
  } catch {
    return undefined
  }
}

/** The owner and group of the file written over, where this process may set them (as root); else the writer's. */
function keepOwner(temporary: string, existing: fs.Stats): void {
  if (typeof process.getuid !== 'function' || (process.getuid() === existing.uid && process.getgid?.() === existing.gid)) return
  try {
    fs.chownSync(temporary, existing.uid, existing.gid)
  } catch {
    // Not permitted: the file is this user's now, as an editor's save would leave it.
  }
}
