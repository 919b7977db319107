/**
 * `strategy-lint --fix`: the mechanical fixes the language server offers as
 * quick fixes, applied from the command line. A message is fixable when it
 * has exactly one `expected` text (a near-miss heading renamed, a heading's
 * level, a missing section's skeleton inserted where the type puts it); a
 * message with several (a choice) is left to the author. Fixes are applied
 * from the end of the text backward, so earlier offsets stay valid;
 * insertions at one place keep the order the messages give (the type's
 * order, `(1/3)`, `(2/3)` ...); a fix that overlaps one already taken waits
 * for the next pass. Passes repeat, linting the fixed text again, until none
 * applies (at most MAX_PASSES), so a second `--fix` finds nothing to do.
 * A pass after which a fixed message comes back word for word, fix and all,
 * did not fix it: `FixPasses` undoes that pass and leaves that fix out, so a
 * fix that cannot take (text inserted where Markdown does not read it as
 * intended) is never written again and again.
 */
/** What a fix needs of a message: a vfile message, or one sent from a worker thread as plain data. */
export interface FixableMessage {
  expected?: readonly string[] | null
  place?: unknown
  reason?: string
  /** The rule that asks for it: two rules asking for one insertion make one (`withoutDoubledInsertions`). */
  ruleId?: string | null
}

interface Point {
  line: number
  column: number
  offset?: number
}

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && Number.isInteger((value as Point).line) && Number.isInteger((value as Point).column)
}

/** Passes before giving up on reaching a text no fix changes (ESLint stops at 10 too). */
export const MAX_PASSES = 10

export interface Edit {
  start: number
  end: number
  text: string
  /** The message's index, to keep the messages' order among insertions at one offset. */
  order: number
  /** The rule that asks for it, when known. */
  ruleId?: string
}

/** Offsets of the starts of lines: `starts[n]` is where line n + 1 begins. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function offsetOf(starts: readonly number[], text: string, point: Point): number | undefined {
  if (typeof point.offset === 'number') return point.offset
  const start = starts[point.line - 1]
  if (start === undefined) return point.line === starts.length + 1 ? text.length : undefined
  return Math.min(start + point.column - 1, text.length)
}

/** The edit a message asks for, if it is mechanical and its place lies in `text`. */
function editOf(message: FixableMessage, order: number, text: string, starts: readonly number[]): Edit | undefined {
  if (!message.expected || message.expected.length !== 1 || typeof message.expected[0] !== 'string') return undefined
  const place = message.place as {start?: unknown; end?: unknown} | undefined
  const range = isPoint(place) ? {start: place, end: place} : place && isPoint(place.start) && isPoint(place.end) ? {start: place.start, end: place.end} : undefined
  if (!range) return undefined
  const start = offsetOf(starts, text, range.start)
  const end = offsetOf(starts, text, range.end)
  if (start === undefined || end === undefined || end < start || end > text.length) return undefined
  return {start, end, text: message.expected[0], order, ...(typeof message.ruleId === 'string' ? {ruleId: message.ruleId} : {})}
}

/**
 * The fixes one pass takes: every mechanical one whose range does not overlap a fix already taken, from the end of the
 * text back; at one offset, the later message first, so that applied in this order the earlier one ends up first.
 */
export function chooseFixes(text: string, messages: readonly FixableMessage[]): Edit[] {
  const starts = lineStarts(text)
  let edits = messages.map((message, index) => editOf(message, index, text, starts)).filter((edit): edit is Edit => edit !== undefined)
  // A heading moved to another level changes which sections hold which: the places of missing sections were found in
  // the old outline (a `### Target State` inside `Current State`), so their insertions wait for the next pass, which
  // finds them in the new one. (Inserted at once, a section went in before `Target State` and made an order error.)
  if (edits.some((edit) => changesLevel(text, edit))) edits = edits.filter((edit) => edit.start !== edit.end)
  edits = withoutDoubledInsertions(edits)
  edits.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order)
  const chosen: Edit[] = []
  /** Where the last chosen edit began: the next must end at or before it (touching is fine). */
  let limit = Number.POSITIVE_INFINITY
  for (const edit of edits) {
    if (edit.end > limit) continue
    chosen.push(edit)
    limit = edit.start
  }
  return chosen
}

/**
 * Two rules that insert the same heading at one place (a type with both `headings` and `sections`: the heading pattern
 * and the required sections each add the missing `## Summary`): one insertion, the fuller one (with its prompt). Both
 * kept, the page got two `## Summary` sections, and the next check a duplicate and an unexpected heading. (One rule
 * asking twice means it: a heading list with `### Goal` under each of two `## Phase` entries.)
 */
function withoutDoubledInsertions(edits: readonly Edit[]): Edit[] {
  const dropped = new Set<Edit>()
  const byPlace = new Map<string, Edit[]>()
  for (const edit of edits) {
    const heading = edit.start === edit.end && edit.ruleId !== undefined ? /^[ \t]*(#{1,6}[ \t]+\S[^\r\n]*?)[ \t]*$/m.exec(edit.text)?.[1] : undefined
    if (heading === undefined) continue
    const key = `${edit.start}\0${heading}`
    const same = byPlace.get(key) ?? []
    for (const other of same) {
      if (other.ruleId === edit.ruleId || dropped.has(other)) continue
      dropped.add(other.text.length >= edit.text.length ? edit : other)
    }
    same.push(edit)
    byPlace.set(key, same)
  }
  return edits.filter((edit) => !dropped.has(edit))
}

/** Whether an edit rewrites an ATX heading at another level (`### X` to `## X`). */
function changesLevel(text: string, edit: Edit): boolean {
  if (edit.start === edit.end) return false
  const before = /^(#{1,6})[ \t]/.exec(text.slice(edit.start, edit.end))
  const after = /^(#{1,6})[ \t]/.exec(edit.text)
  return before !== null && after !== null && before[1].length !== after[1].length
}

/** `text` with `edits` applied, which chooseFixes lists from the end of the text back. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** What identifies a fix across passes: its message's text and the text it writes (places move as text is inserted). */
function fixKey(message: FixableMessage): string | undefined {
  const expected = message.expected
  return expected && expected.length === 1 ? `${message.reason ?? ''}\u0000${expected[0]}` : undefined
}

/**
 * One text's fixing passes. `next(messages)` takes the messages of the current text and returns the next text to lint
 * (`undefined` when no fix applies or MAX_PASSES are spent). When a fix of the last pass reappears among the new
 * messages, the pass is undone and its futile fixes are left out from then on.
 */
export class FixPasses {
  /** The text before any fix. */
  readonly original: string
  /** The text with the fixes kept so far. */
  text: string
  /** How many fixes `text` holds. */
  applied = 0
  private passes = 0
  private readonly futile = new Set<string>()
  private last: {text: string; messages: readonly FixableMessage[]; keys: string[]; applied: number} | undefined

  constructor(text: string) {
    this.original = text
    this.text = text
  }

  next(messages: readonly FixableMessage[]): string | undefined {
    let current = messages
    if (this.last) {
      const now = new Set(messages.map(fixKey))
      const stuck = this.last.keys.filter((key) => now.has(key))
      if (stuck.length > 0) {
        for (const key of stuck) this.futile.add(key)
        this.text = this.last.text
        this.applied -= this.last.applied
        current = this.last.messages
      }
      this.last = undefined
    }
    if (this.passes >= MAX_PASSES) return undefined
    const usable = current.filter((message) => !this.futile.has(fixKey(message) ?? ''))
    const chosen = chooseFixes(this.text, usable)
    if (chosen.length === 0) return undefined
    const result = applyEdits(this.text, chosen)
    if (result === this.text) return undefined
    this.passes++
    this.last = {text: this.text, messages: current, keys: chosen.map((edit) => fixKey(usable[edit.order])!), applied: chosen.length}
    this.text = result
    this.applied += chosen.length
    return result
  }
}
