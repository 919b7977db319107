/** Small helpers used across the package. */
import fs from 'node:fs'
import type {VFileMessage} from 'vfile-message'

/** Where the rules' pages live: a rule's `url`, and the pages messages point at. */
export const DOCS_URL = 'https://github.com/remark-lint-strategy/remark-lint-strategy/blob/main/docs/rules/'
/** Where the ready-made configurations for other templates (KEPs, Rust RFCs, ...) are. */
export const RECIPES_URL = 'https://github.com/remark-lint-strategy/remark-lint-strategy/blob/main/docs/recipes/README.md'

export function firstLine(text: string): string {
  const [first, ...rest] = text.split('\n')
  // A colon that introduced the lines left out (the YAML parser's code frame) would end the line on nothing.
  return rest.some((line) => line.trim() !== '') ? first.trim().replace(/:$/, '') : first.trim()
}

/** Anything with a 1-based place: a VFileMessage or a report's message. */
export interface Placed {
  line?: number | null
  column?: number | null
}

/** Earlier place first; ties keep their order (Array#sort is stable), so equal places stay in the order the rules reported them. */
export function byPlace(a: Placed, b: Placed): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

export function isError(message: VFileMessage): boolean {
  return message.fatal === true
}

/** An error's message (or any thrown value), first line only: for one-line reports. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Results of pure functions of a string, remembered across documents: the language server checks
 * the whole document on every edit, and most of its sentences are the same text as on the last
 * check. Results are shared, so callers must not change them. Bounded by the characters held (a
 * long-running server sees unbounded text): emptied when the next text would pass `limit`; a text
 * longer than `longest` (a pasted log, not a sentence) is computed every time and not held.
 */
export class TextMemo<T> {
  private readonly memo = new Map<string, T>()
  private characters = 0

  constructor(
    private readonly limit = 2_000_000,
    private readonly longest = 4096
  ) {}

  get(text: string, compute: (text: string) => T): T {
    let value = this.memo.get(text)
    if (value !== undefined) return value
    value = compute(text)
    if (text.length > this.longest) return value
    if (this.characters + text.length > this.limit) {
      this.memo.clear()
      this.characters = 0
    }
    this.memo.set(text, value)
    this.characters += text.length
    return value
  }
}

/**
 * The line ending a text is written with: the one most of its lines end with (LF when none does or on a tie). A few
 * CRLF lines in a file of LF lines (a pasted code block) do not make the lines a fix adds CRLF.
 */
export function lineEndingOf(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = text.indexOf('\r') === -1 ? text.length : 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) lf++
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) {
        crlf++
        index++
      } else cr++
    }
  }
  if (crlf > lf && crlf >= cr) return '\r\n'
  return cr > lf && cr > crlf ? '\r' : '\n'
}

/** The known id nearest `id` by edit distance, when it is near enough to be a typo. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  return closestIds(id, known)[0]
}

/** Every known id at the least edit distance from `id`, when that is near enough to be a typo (`mdr`: `adr` and `madr`). */
export function closestIds(id: string, known: readonly string[]): string[] {
  let best: string[] = []
  let bestDistance = Infinity
  for (const candidate of known) {
    // (Case aside: `nearmiss` is one letter from the option `nearMiss`.)
    const distance = editDistance(id.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = [candidate]
      bestDistance = distance
    } else if (distance === bestDistance && !best.includes(candidate)) best.push(candidate)
  }
  // A typo changes a few letters; a wholly different id is no suggestion.
  const allowed = Math.max(2, Math.floor(id.length / 4))
  return bestDistance <= allowed ? best : []
}

/** `did you mean \`adr\` or \`madr\`?` for the ids nearest `id`, or undefined when none is near. */
export function didYouMean(id: string, known: readonly string[]): string | undefined {
  const meant = closestIds(id, known)
  return meant.length > 0 ? `did you mean ${codeAlternatives(meant)}?` : undefined
}

/** `\`adr\``, `\`adr\` or \`madr\``, `\`a\`, \`b\` or \`c\``: ids offered as alternatives in a message. */
export function codeAlternatives(ids: readonly string[]): string {
  const quoted = ids.map((id) => `\`${id}\``)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/** A path through its links, or as it is when it cannot be resolved (it names nothing yet, or a link loops). */
export function realPathOr(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}
