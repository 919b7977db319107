/**
 * A required heading structure in the form of markdownlint's MD043
 * (`required-headings`), matched by an optimal alignment instead of MD043's
 * single greedy pass, so that every mismatch is reported and no document that
 * fits the pattern is rejected.
 *
 * Pure: no I/O and no mdast. The caller extracts the document's headings
 * (every heading, every level, in order) as `{level, text}`.
 *
 * Pattern entries (the `headings` option of MD043):
 *
 * - `## Text`: a listed heading, level = number of `#` (1-6), then the text.
 *   Compared as MD043 does: `'#'.repeat(level) + ' ' + text`, case-insensitive
 *   (`String#toLowerCase`) unless `matchCase` (MD043's `match_case`). Unlike
 *   MD043, runs of whitespace are collapsed and both ends trimmed, in the
 *   entry and in the document heading, so `"##  Goals "` matches `## Goals`
 *   (MD043 never matches such an entry).
 * - `*`: zero or more unlisted headings.
 * - `+`: one or more unlisted headings.
 * - `?`: exactly one unlisted heading.
 *
 * MD043's `%` (regular expression) and `^` (loop) entries, added in
 * markdownlint 0.38, are not supported and are reported as invalid.
 *
 * Where MD043 (markdownlint 0.42.1, `lib/md043.mjs`) gets it wrong. Its loop
 * takes one pattern entry per heading, never revisits a choice, and keeps a
 * single flag for "the previous wildcard may absorb this heading". Each case
 * is a test in tests/heading-pattern.test.ts ("documents markdownlint's greedy
 * MD043 gets wrong"); checked against MD043's behaviour, not its line numbers:
 *
 * 1. A listed heading after `*` or `+` is committed to the first equal
 *    heading: `*` peeks at the next entry and a literal match clears the
 *    flag, so a later heading with the same text cannot be the one that
 *    matches. MD043 rejects, we accept (test: "a listed heading after * or +
 *    may match a later equal heading"):
 *    - `["*", "## A", "## B"]` with `## A`, `## A`, `## B`
 *      ("Expected: ## B; Actual: ## A"; `*` should take the first `## A`);
 *    - `["+", "## A", "## B"]` with `## X`, `## A`, `## Y`, `## A`, `## B`;
 *    - `["+", "## A"]` with `## X`, `## A`, `## Y`, `## A`.
 * 2. `*` directly before `+` or `?` always swallows the first heading: the
 *    peek compares the heading with the entry as a plain string (`"+"` or
 *    `"?"`), which never matches, so `*` absorbs the heading and the following
 *    `?`/`+` needs another one. MD043 rejects, we accept (test: "* directly
 *    before ? or + may take nothing"):
 *    - `["*", "?"]` or `["*", "+"]` with one heading ("Expected: ?; Actual:
 *      [End of file]");
 *    - `["*", "?", "## A"]` or `["*", "+", "## A"]` with `## X`, `## A`.
 * 3. The other way round, the flag leaks: when `*`'s peek matches, the flag
 *    set by an earlier wildcard is not cleared, so headings after the next
 *    listed heading are silently absorbed. MD043 accepts, we report `## Z` as
 *    unexpected (test: "a wildcard does not absorb headings after the next
 *    listed heading"):
 *    - `["+", "*", "## A", "## B"]` or `["*", "*", "## A", "## B"]` with
 *      `## X`, `## A`, `## Z`, `## B`.
 *
 * MD043 also stops at the first mismatch; we report all of them (test:
 * "reports every mismatch at once, in document order").
 *
 * Algorithm: a shortest path in the (entries + 1) × (headings + 1) alignment
 * grid, computed bottom-up (no recursion) in one typed array and followed
 * forwards: O(entries × headings) time and memory.
 */

export interface PatternHeading {
  level: number
  text: string
}

/** A parsed entry; `any` = `*`, `some` = `+`, `one` = `?`. */
export type PatternEntry =
  | {kind: 'heading'; level: number; text: string; raw: string}
  | {kind: 'any' | 'some' | 'one'; raw: string}

export type PatternProblem =
  | {
      kind: 'missing'
      /** The entry with nothing to match: a listed heading, `+` (one or more headings expected here) or `?` (one heading expected here). Never `*`. */
      entry: PatternEntry
      /** Index of the document heading before which the missing one belongs (`headings.length` = at the end). */
      before: number
      /**
       * The matched document heading it should follow, if any: the last
       * heading before `before` that the alignment accepted (matched by a
       * listed heading, possibly at the wrong level, or taken by a wildcard).
       */
      afterHeading: number | undefined
    }
  | {
      kind: 'unexpected'
      /** Index into the document headings. */
      heading: number
      /** The next pattern entry at that point (what MD043 would call "Expected"); `undefined` after the last entry. */
      expected: PatternEntry | undefined
    }
  | {
      kind: 'wrong-level'
      /** The listed heading (`kind: 'heading'`) matched by text but not by level. */
      entry: PatternEntry
      /** Index into the document headings. */
      heading: number
    }

export interface MatchHeadingPatternOptions {
  /** Compare text case-sensitively (MD043's `match_case`). Default `false`. */
  matchCase?: boolean
}

const ENTRY_SYNTAX = 'expected `## <text>` with 1-6 #s, or `*`, `+`, `?`'

/**
 * Collapse runs of whitespace and trim; in Unicode's composed form (NFC), so `Übersicht` written decomposed (`U` and a
 * combining diaeresis, as macOS tools save it) is the listed `Übersicht`: they print alike, and were told apart.
 */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** A heading's text as the list compares it without `matchCase`: composed, spaces collapsed, lower case. */
export function foldedHeadingText(text: string): string {
  return normaliseText(text).toLowerCase()
}

function invalid(index: number, raw: string, reason: string): Error {
  return new Error(`headings[${index}]: ${JSON.stringify(raw)} ${reason}; ${ENTRY_SYNTAX}`)
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}

/**
 * Parse the configured list; throws Error with a one-line message naming the
 * bad entry (`headings[2]: "##Summary" ...` expected `## <text>` with 1-6 #s,
 * or `*`, `+`, `?`). Empty list is an error too.
 */
export function parseHeadingPattern(entries: readonly unknown[]): PatternEntry[] {
  if (!Array.isArray(entries)) {
    throw new Error(`headings: expected a non-empty list of strings, got ${describeValue(entries)}`)
  }
  if (entries.length === 0) {
    throw new Error(`headings: the list is empty; ${ENTRY_SYNTAX}`)
  }
  const result: PatternEntry[] = []
  for (let index = 0; index < entries.length; index++) {
    const raw: unknown = entries[index]
    if (typeof raw !== 'string') {
      throw new Error(`headings[${index}]: expected a string, got ${describeValue(raw)}; ${ENTRY_SYNTAX}`)
    }
    const value = raw.trim()
    if (value === '*') {
      result.push({kind: 'any', raw})
      continue
    }
    if (value === '+') {
      result.push({kind: 'some', raw})
      continue
    }
    if (value === '?') {
      result.push({kind: 'one', raw})
      continue
    }
    if (value === '') throw invalid(index, raw, 'is empty')
    if (value.startsWith('%')) {
      throw invalid(index, raw, "uses MD043's `%` regular expression form, which is not supported")
    }
    if (/^\^+$/.test(value)) throw invalid(index, raw, "is MD043's `^` loop marker, which is not supported")
    const hashes = /^#+/.exec(value)
    if (!hashes) throw invalid(index, raw, 'does not start with #')
    const level = hashes[0].length
    if (level > 6) throw invalid(index, raw, `has ${level} #s (at most 6)`)
    const rest = value.slice(level)
    const text = normaliseText(rest)
    if (text === '') throw invalid(index, raw, 'has no heading text')
    if (!/^\s/.test(rest)) throw invalid(index, raw, 'has no space after the #s')
    // (A heading whose text is a wildcard's sign is read as that text: `init` wrote `# *`, and only a heading `*` matched.)
    if (text === '*' || text === '+' || text === '?') {
      throw invalid(index, raw, `is a heading whose text is \`${text}\`, not a wildcard: for any heading there write \`?\` (exactly one), \`+\` (one or more) or \`*\` (any number) alone`)
    }
    result.push({kind: 'heading', level, text, raw})
  }
  return result
}

/** Map strings to small integers so the grid compares numbers. */
function interner(): (text: string) => number {
  const ids = new Map<string, number>()
  return (text) => {
    let id = ids.get(text)
    if (id === undefined) {
      id = ids.size
      ids.set(text, id)
    }
    return id
  }
}

/**
 * [] when the document matches; otherwise a minimal set of problems (an
 * optimal alignment), every mismatch, in document order.
 *
 * Cost: each problem counts 1 (a listed heading, `+` or `?` with nothing to
 * match; a heading no wildcard covers; a listed heading matched at the wrong
 * level, which would otherwise be a missing plus an unexpected). Among
 * alignments with the fewest problems, the one with the most exact matches of
 * listed headings wins, then the one pairing most listed headings with a
 * heading of the same text at another level; remaining ties go to matching
 * each entry with the earliest heading it can take, and to reporting a
 * missing entry right after the last heading that matched (before unexpected
 * headings at that point).
 */
export function matchHeadingPattern(
  pattern: readonly PatternEntry[],
  headings: readonly PatternHeading[],
  options: MatchHeadingPatternOptions = {}
): PatternProblem[] {
  const grid = encode(pattern, headings, options.matchCase === true)
  const moves = moveCosts(grid)
  return walkAlignment(pattern, grid, moves, fillCosts(grid, moves))
}

// Entry kinds and (for listed headings) level and text id.
const KIND_HEADING = 0
const KIND_ANY = 1
const KIND_SOME = 2
const KIND_ONE = 3

/** The pattern and the headings as numbers: entry kinds, levels and interned (folded) texts. */
interface Grid {
  m: number
  n: number
  entryKind: Uint8Array
  entryLevel: Int32Array
  entryText: Int32Array
  headingLevel: Int32Array
  headingText: Int32Array
}

function encode(pattern: readonly PatternEntry[], headings: readonly PatternHeading[], matchCase: boolean): Grid {
  const m = pattern.length
  const n = headings.length
  const fold = (text: string): string => {
    const normal = normaliseText(text)
    return matchCase ? normal : normal.toLowerCase()
  }
  const intern = interner()
  const entryKind = new Uint8Array(m)
  const entryLevel = new Int32Array(m)
  const entryText = new Int32Array(m)
  for (let i = 0; i < m; i++) {
    const entry = pattern[i]
    if (entry.kind === 'heading') {
      entryKind[i] = KIND_HEADING
      entryLevel[i] = entry.level
      entryText[i] = intern(fold(entry.text))
    } else {
      entryKind[i] = entry.kind === 'any' ? KIND_ANY : entry.kind === 'some' ? KIND_SOME : KIND_ONE
      entryText[i] = -1
    }
  }
  const headingLevel = new Int32Array(n)
  const headingText = new Int32Array(n)
  for (let j = 0; j < n; j++) {
    headingLevel[j] = headings[j].level
    headingText[j] = intern(fold(headings[j].text))
  }
  return {m, n, entryKind, entryLevel, entryText, headingLevel, headingText}
}

/** What each move of the alignment grid scores. */
interface Moves {
  PROBLEM: number
  WRONG_LEVEL: number
  acrossCost(i: number): number
  downCost(i: number): number
  /** Score of entry i taking heading j, or NaN when it cannot. */
  diagonalCost(i: number, j: number): number
}

/**
 * Scores: problems * PROBLEM - 2 * exact matches - wrong-level matches.
 * PROBLEM exceeds the largest possible bonus, so fewer problems always wins;
 * then more exact matches; then more wrong-level pairings (a listed heading
 * at the wrong level rather than missing while a wildcard takes it).
 *
 * Grid node (i, j): entries 0..i-1 and headings 0..j-1 are aligned. Moves:
 * - across (i, j) -> (i, j + 1): heading j lies in the gap before entry i;
 *   free when entry i-1 is `*` or `+` (the wildcard takes it), else unexpected;
 * - down (i, j) -> (i + 1, j): entry i takes no heading; free for `*`, else missing;
 * - diagonal (i, j) -> (i + 1, j + 1): entry i takes heading j: `?` and the
 *   first heading of `+` are free, a listed heading scores EXACT when equal
 *   and WRONG_LEVEL when only the level differs (`*` takes headings by down
 *   + across).
 */
function moveCosts({m, entryKind, entryLevel, entryText, headingLevel, headingText}: Grid): Moves {
  const PROBLEM = 2 * m + 1
  const EXACT = -2
  const WRONG_LEVEL = PROBLEM - 1
  return {
    PROBLEM,
    WRONG_LEVEL,
    acrossCost: (i) => (i > 0 && (entryKind[i - 1] === KIND_ANY || entryKind[i - 1] === KIND_SOME) ? 0 : PROBLEM),
    downCost: (i) => (entryKind[i] === KIND_ANY ? 0 : PROBLEM),
    diagonalCost: (i, j) => {
      const kind = entryKind[i]
      if (kind === KIND_ANY) return Number.NaN
      if (kind !== KIND_HEADING) return 0
      if (entryText[i] !== headingText[j]) return Number.NaN
      return entryLevel[i] === headingLevel[j] ? EXACT : WRONG_LEVEL
    }
  }
}

/** cost[i * (n + 1) + j] = best score from (i, j) to (m, n), filled bottom-up (no recursion). */
function fillCosts({m, n}: Grid, {PROBLEM, acrossCost, downCost, diagonalCost}: Moves): Int32Array | Float64Array {
  const maxMagnitude = (m + n + 1) * PROBLEM + 2 * m
  const width = n + 1
  const size = (m + 1) * width
  const cost: Int32Array | Float64Array = maxMagnitude < 0x7fffffff ? new Int32Array(size) : new Float64Array(size)
  for (let i = m; i >= 0; i--) {
    const row = i * width
    const across = acrossCost(i)
    const down = i < m ? downCost(i) : 0
    for (let j = n; j >= 0; j--) {
      if (i === m && j === n) {
        cost[row + j] = 0
        continue
      }
      let best = Number.POSITIVE_INFINITY
      if (j < n) best = across + cost[row + j + 1]
      if (i < m) {
        const viaDown = down + cost[row + width + j]
        if (viaDown < best) best = viaDown
        if (j < n) {
          const step = diagonalCost(i, j)
          if (!Number.isNaN(step)) {
            const viaDiagonal = step + cost[row + width + j + 1]
            if (viaDiagonal < best) best = viaDiagonal
          }
        }
      }
      cost[row + j] = best
    }
  }
  return cost
}

/**
 * Walk forwards along optimal moves, collecting the problems. Preference on
 * ties: diagonal (take the heading now), then down (report a missing entry at
 * the earliest point), then across.
 */
function walkAlignment(
  pattern: readonly PatternEntry[],
  {m, n}: Grid,
  {WRONG_LEVEL, acrossCost, downCost, diagonalCost}: Moves,
  cost: Int32Array | Float64Array
): PatternProblem[] {
  const width = n + 1
  const problems: PatternProblem[] = []
  let i = 0
  let j = 0
  let lastAccepted: number | undefined
  while (i < m || j < n) {
    const here = cost[i * width + j]
    if (i < m && j < n) {
      const step = diagonalCost(i, j)
      if (!Number.isNaN(step) && step + cost[(i + 1) * width + j + 1] === here) {
        if (step === WRONG_LEVEL) problems.push({kind: 'wrong-level', entry: pattern[i], heading: j})
        lastAccepted = j
        i++
        j++
        continue
      }
    }
    if (i < m) {
      const down = downCost(i)
      if (down + cost[(i + 1) * width + j] === here) {
        if (down !== 0) problems.push({kind: 'missing', entry: pattern[i], before: j, afterHeading: lastAccepted})
        i++
        continue
      }
    }
    // Across is the only move left; it is optimal by construction.
    if (j >= n) throw new Error('matchHeadingPattern: inconsistent alignment (internal error)')
    if (acrossCost(i) === 0) {
      lastAccepted = j
    } else {
      problems.push({kind: 'unexpected', heading: j, expected: i < m ? pattern[i] : undefined})
    }
    j++
  }
  return problems
}
