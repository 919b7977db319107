/**
 * Where the sentences of a text end: the one splitter the language analysis (src/language/analysis.ts) and the
 * template-prompt check (src/model/placeholders.ts) share, so that both read `e.g.` and `Ms.` alike.
 */

/**
 * End of a sentence: `.`, `!` or `?` (optionally closed by a quote or bracket) before a space and a capital, digit or
 * quote; or a full-width `。`, `！` or `？` before more text, as Japanese and Chinese end one, with no space (three such
 * sentences were `a single line`).
 */
const SENTENCE_END = /[.!?]["'”’)\]]?\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])|[。！？][」』”’)）]?\s*(?=\S)/gu
/**
 * Abbreviations that end with a full stop but do not end a sentence. Titles only as written (`Ms.`, `No. 5`: in lower
 * case `300 ms.` and `no.` end one), and not `etc.`, which before a capital ends its sentence far more often than not
 * (`We will support Go, Rust, etc. Improve the deploy flow.` was one sentence, its second goal unread).
 */
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|vs|cf|approx|incl|est|al)\.)$/i
const TITLE_ABBREVIATION = /\b(?:Mr|Ms|Dr|No|Fig)\.$/
/** A month written short before its day or year (`by Sep. 2026`, `Mar. 31`): the date goes on. */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/

/** The sentences of `text` from `from` on, as `[start, end)` offsets, untrimmed (a full stop after a known abbreviation ends none). */
export function sentenceBounds(text: string, from = 0): Array<{start: number; end: number}> {
  const bounds: Array<{start: number; end: number}> = []
  let start = from
  // (One expression, its `lastIndex` set on each call: nothing is called while the loop runs.)
  SENTENCE_END.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = SENTENCE_END.exec(text))) {
    const before = text.slice(Math.max(start, match.index - 8), match.index + 1)
    if (match[0][0] === '.' && (ABBREVIATION.test(before) || TITLE_ABBREVIATION.test(before))) continue
    if (match[0][0] === '.' && MONTH_ABBREVIATION.test(before) && /\d/.test(text[match.index + match[0].length] ?? '')) continue
    bounds.push({start, end: match.index + match[0].trimEnd().length})
    start = match.index + match[0].length
  }
  bounds.push({start, end: text.length})
  return bounds
}
