/**
 * The edits that turn a document's text into its fixed text, one per run of changed lines, for `source.fixAll`. One
 * edit from the first change to the last replaced most of a real document, and an editor that moves its cursor and
 * marks by the edits (Neovim) left the cursor on other text and dropped the marks; edits that cover only the lines that
 * change keep them on their text. The diff is jsdiff's (already the CLI's, for `--fix-dry-run`).
 */
import {diffLines} from 'diff'

export interface LineEdit {
  /** Offsets in the text before, of what the edit replaces. */
  start: number
  end: number
  /** What it holds after. */
  text: string
}

/** Past this, a diff of two texts so unlike is one edit: the whole text replaced. */
const DIFF_TIMEOUT_MS = 1000

export function changedLines(before: string, after: string): LineEdit[] {
  if (before === after) return []
  const parts = diffLines(before, after, {timeout: DIFF_TIMEOUT_MS})
  if (!parts) return [{start: 0, end: before.length, text: after}]
  const edits: LineEdit[] = []
  let offset = 0
  let pending: LineEdit | undefined
  for (const part of parts) {
    if (part.added || part.removed) {
      pending ??= {start: offset, end: offset, text: ''}
      if (part.added) pending.text += part.value
      else pending.end = offset += part.value.length
      continue
    }
    if (pending) edits.push(pending)
    pending = undefined
    offset += part.value.length
  }
  if (pending) edits.push(pending)
  return edits
}
