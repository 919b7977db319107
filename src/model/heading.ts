/**
 * Heading text normalisation and comparison.
 *
 * Two headings name the same section when their keys are equal. A key ignores
 * case, leading numbering (`1.`, `1)`, `IV.`, `2.3`), a trailing parenthetical
 * note (`Target State (2-3 years)`), a trailing attribute block (`Context {#context}`,
 * the heading ids of Docusaurus, Hugo, kramdown, Pandoc and MkDocs), punctuation,
 * `&` versus `and`, common contractions (`won't` versus `will not`) and plural `s`.
 */
import {TextMemo} from '../util.js'

/** Headings longer than this are never compared character by character. */
const MAX_COMPARED_LENGTH = 80

/**
 * Leading numbering: `1.`, `1)`, `2.3`, `IV.`, `b)`, `Section 2`, and the forms of wikis and chat-era editors: `(3)`, `(a)`, `(ii)`,
 * `#3`, `§3`, a keycap emoji `3️⃣` and circled numbers `➌`, `③` (each was a near miss whose rename dropped the number).
 */
const NUMBERING =
  /^\s*(?:(?:section|part|step|chapter)\s+)?(?:\d{1,3}(?:\\?\.\d{1,3}){0,4}\\?[.):]?|[ivxlc]{1,6}\\?[.):]|[a-h]\\?[.)]|\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)|\\?#\d{1,3}[.):]?|§\s?\d{1,3}(?:\.\d{1,3}){0,4}[.):]?|\d\uFE0F?\u20E3|[\u2460-\u2473\u24F5-\u24FE\u2776-\u2793])\s+/i
/**
 * The most letters and digits NUMBERING drops: `chapter` and a number of up to
 * five parts of three digits (the pre-scan, src/engine/prescan.ts, relies on it).
 */
export const MAX_NUMBERING_CHARACTERS = 'chapter'.length + 5 * 3
/**
 * The trailing note itself; the white space before it is found by walking back
 * (`whiteSpaceBefore`): a leading `\s*` in the pattern would be tried at every
 * character of a long run of spaces, each time to its end (80,000 spaces in a
 * heading took seconds).
 */
// (Full-width brackets too: `Context（背景）`, as Japanese and Chinese write a translation beside the name.)
const PARENTHETICAL = /[([（【][^()[\]（）【】]{0,80}[)\]）】]\s*$/
/**
 * A trailing attribute block: `{#id}`, `{#id .class}`, `{.unnumbered}`, `{-}`, kramdown's `{: #id}`, MkDocs' `{ #id }`.
 * Not any braces: `Decision {draft}` keeps its word.
 */
const ATTRIBUTES = /\{[ \t]*(?::[ \t]*)?(?:[#.][^{}]{0,200}|-[ \t]*)\}\s*$/

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'cannot'],
  [/n't\b/g, ' not'],
  // Written without the apostrophe, as headings often are (`What We Wont Do`, `What We Dont Build`).
  [/\b(do|does|did|is|are|was|were|should|would|could|has|have)nt\b/g, '$1 not'],
  [/\b(we|they|you)'re\b/g, '$1 are'],
  [/\b(we|they|you)'ll\b/g, '$1 will'],
  [/\b(we|they|you)'ve\b/g, '$1 have'],
  [/\bit's\b/g, 'it is']
]

/** What a key reads `&` and `+` as. */
const AND = ' and '

/**
 * Words a heading key can have that its text does not spell out: what the
 * contractions expand to (`won't`: `will not`), and what `&` and `+` become.
 */
export const ADDED_WORDS = {
  contraction: new Set(CONTRACTIONS.flatMap(([, replacement]) => replacement.split(' ').filter((word) => word !== '' && !word.startsWith('$')))),
  and: new Set([AND.trim()])
} as const

export interface HeadingParts {
  /** Leading numbering with its trailing space, as written (`1. `, `IV. `). */
  numbering: string
  /** The name proper. */
  name: string
  /** Trailing parenthetical note with its leading space, as written. */
  note: string
  /** Trailing attribute block with its leading space, as written (` {#context}`). */
  attributes: string
}

/** Split heading text into numbering, name, trailing note and attribute block. */
export function splitHeading(text: string): HeadingParts {
  const trimmed = text.trim()
  const numberingMatch = NUMBERING.exec(trimmed)
  const numbering = numberingMatch ? numberingMatch[0] : ''
  let rest = trimmed.slice(numbering.length)
  const attributes = trailing(rest, ATTRIBUTES)
  rest = rest.slice(0, rest.length - attributes.length)
  const note = trailing(rest, PARENTHETICAL)
  return {numbering, name: rest.slice(0, rest.length - note.length), note, attributes}
}

/** What `pattern` (anchored at the end) matches at the end of `text`, with the white space before it; never all of `text`. */
function trailing(text: string, pattern: RegExp): string {
  const match = pattern.exec(text)
  const start = match ? whiteSpaceBefore(text, match.index) : 0
  // A heading that is only a note or an attribute block keeps it as its name.
  return start > 0 ? text.slice(start) : ''
}

/** Where the run of white space (as `\s` matches it) that ends at `end` starts. */
export function whiteSpaceBefore(text: string, end: number): number {
  let start = end
  while (start > 0 && /\s/.test(text[start - 1])) start--
  return start
}

/**
 * An emoji written as its shortcode, as GitHub and MkDocs Material (pymdownx.emoji) show one: `:earth_africa:`, `:+1:`.
 * A Unicode emoji is dropped with the other marks; a shortcode's letters made every section of `## :mag: Diagnosis`
 * missing, and the fix added empty copies. In lower case, as shortcodes are written: `## :Context:` is the Context.
 */
const SHORTCODES = '(?::[a-z0-9_+-]{1,40}:)+'
const SHORTCODE = new RegExp(`(?:^|\\s)${SHORTCODES}(?=\\s|$)`, 'g')
/** Shortcodes before and after a name, with the white space beside them: decoration a rename keeps. */
const LEADING_SHORTCODES = new RegExp(`^(?:\\s*${SHORTCODES}(?=\\s))+\\s*`)
const TRAILING_SHORTCODES = new RegExp(`(?:\\s${SHORTCODES})+\\s*$`)

/** The comparison key of a heading or section name. */
export function headingKey(text: string): string {
  let value = splitHeading(text.replace(SHORTCODE, ' ')).name.normalize('NFKC').toLowerCase()
  value = value.replace(/[\u2018\u2019\u02bc`]/g, "'")
  for (const [pattern, replacement] of CONTRACTIONS) {
    value = value.replace(pattern, replacement)
  }
  value = value.replace(/&|\+/g, AND)
  const words = value.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return words.map(singular).join(' ')
}

function singular(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) {
    return word.slice(0, -1)
  }
  return word
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up as soon
 * as it exceeds `limit`; returns `limit + 1` in that case.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a.length > MAX_COMPARED_LENGTH || b.length > MAX_COMPARED_LENGTH) {
    return a === b ? 0 : limit + 1
  }
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = current[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1)
      }
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length] <= limit ? previous[b.length] : limit + 1
}

/** How many character edits a key of this length may be from a name and still be a near miss. */
function typoAllowance(key: string): number {
  if (key.length < 5) return 0
  if (key.length < 11) return 1
  return 2
}

/** Headings that are common in their own right and so never a misspelling of a required one (`Contents` is not `Context`). */
const COMMON_HEADINGS = new Set(
  [
    'Contents', 'Table of Contents', 'TOC', 'Content', 'Overview', 'Summary', 'Introduction', 'Appendix',
    'References', 'Conclusion', 'Status', 'Motivation', 'Goals', 'Alternatives', 'Open Questions', 'FAQ',
    'Background', 'Notes', 'Links', 'Glossary', 'Timeline', 'Owners', 'Contacts', 'Concepts', 'Contexts'
  ].map((name) => headingKey(name))
)

/**
 * Whether `key` is a near miss of `target`: a typo, or (for names of three or
 * more words) one word swapped for another, as in `what we will not build`.
 */
export function isNearMiss(key: string, target: string): boolean {
  return nearMissKind(key, target) !== undefined
}

/**
 * Whether `key` is `target` misspelt (`Risks and Mitigatons`), not one word
 * swapped for another (`Drawbacks and Alternatives` is Drawbacks extended,
 * not a misnamed `Rationale and Alternatives`).
 */
export function isMisspelling(key: string, target: string): boolean {
  return nearMissKind(key, target) === 'typo'
}

/** Whether one word is another misspelt: an edit away (two for a word of eleven letters or more). */
function isMisspeltWord(written: string, word: string): boolean {
  const allowance = Math.max(1, typoAllowance(word))
  return boundedDistance(written, word, allowance) <= allowance
}

function nearMissKind(key: string, target: string): 'typo' | 'swap' | undefined {
  if (key === target || COMMON_HEADINGS.has(key)) return undefined
  const allowance = typoAllowance(target)
  if (boundedDistance(key, target, allowance) <= allowance) return 'typo'
  // Every heading that names no section is compared with every name, so the word-level test is
  // ruled out before anything is split (keys are words joined by single spaces).
  const targetWords = wordsOfName(target)
  if (targetWords.length < 2 || spacesIn(key) !== targetWords.length - 1) return undefined
  const words = key.split(' ')
  let differing = 0
  let closeWords = true
  for (let index = 0; index < words.length; index++) {
    if (words[index] === targetWords[index]) continue
    differing++
    if (!isMisspeltWord(words[index], targetWords[index])) closeWords = false
  }
  if (differing === 0) return closeWords ? 'typo' : undefined
  if (differing !== 1) return undefined
  if (closeWords) return 'typo'
  return targetWords.length >= 3 ? 'swap' : undefined
}

/** The words of section names, which are few (a type's names), split once; bounded, as configured types can add names over a language server's life. */
const NAME_WORDS = new TextMemo<readonly string[]>(100_000)

function wordsOfName(name: string): readonly string[] {
  return NAME_WORDS.get(name, (text) => text.split(' '))
}

function spacesIn(text: string): number {
  let count = 0
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

const LINKING_WORDS = new Set(['and', 'for', 'in', 'of', 'at', 'by', 'from', 'to', 'on'])

/**
 * Whether `key` is `target` followed by more words. A canonical name of two or
 * more words takes any words after it (`Target State Architecture`); other
 * names only a linking word (`Background and Motivation`, `Roadmap for H1`),
 * so `Migration Risks` is not the Migration Strategy and `Where We Are Going`
 * not the Current State.
 */
export function extendsName(key: string, target: string, anyWords: boolean): boolean {
  if (key.length <= target.length || !key.startsWith(target + ' ')) return false
  if (anyWords) return true
  const next = key.slice(target.length + 1).split(' ', 1)[0]
  return LINKING_WORDS.has(next)
}

const WRAPPING_MARKS = /^(\*{1,3}|_{1,3}|`)(.+)\1$/s

/**
 * One code point of an emoji or another symbol a heading is decorated with (`🎯 Success Criteria`, `✅ Decision`,
 * `Risks ⚠️`): the key drops it with the punctuation, so the heading still names its section, and a rename keeps it.
 * (Not `\p{Emoji_Component}`: it holds the digits, `#` and `*`.)
 */
const DECORATION = /^[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]$/u

/** The longest name whose shortcodes a rename keeps as decoration. */
const MAX_DECORATED_LENGTH = 300

/** A name's leading and trailing decoration (with the white space next to it) and what lies between, as written. */
function splitDecoration(name: string): {before: string; core: string; after: string} {
  // (Shortcodes first, `:mag: Contxt :rocket:`: a rename kept a Unicode emoji and dropped these. Only in a name of a
  // heading's length: the trailing pattern is tried at each character.)
  const short = name.length <= MAX_DECORATED_LENGTH
  const leading = short ? (LEADING_SHORTCODES.exec(name)?.[0] ?? '') : ''
  const trailing = short ? (TRAILING_SHORTCODES.exec(name.slice(leading.length))?.[0] ?? '') : ''
  if (leading || trailing) {
    const inner = splitDecoration(name.slice(leading.length, name.length - trailing.length))
    return {before: leading + inner.before, core: inner.core, after: inner.after + trailing}
  }
  const points = Array.from(name)
  const decorative = (point: string) => DECORATION.test(point) || /\s/.test(point)
  let start = 0
  while (start < points.length && decorative(points[start])) start++
  let end = points.length
  while (end > start && decorative(points[end - 1])) end--
  // A name that is all symbols is its own name.
  if (start === end) return {before: '', core: name, after: ''}
  return {before: points.slice(0, start).join(''), core: points.slice(start, end).join(''), after: points.slice(end).join('')}
}

/**
 * Rebuild heading text (as written in the source, inline syntax and all) with a new name. When the name's words line
 * up one for one with the new name's, each word is replaced where it stands and every other character is kept:
 * `**Sucess** Criteria`, `[Sucess Criteria](#criteria)`, `Sucess Criteria <a id="c"></a>`, `🎯 Sucess Criteria:`.
 * Otherwise (`What We Won't Do` for `What We Will NOT Do`) the name is replaced whole, keeping numbering, emoji and
 * symbols around it, emphasis around it, the note and the attribute block; `undefined` when the name holds markup
 * that replacing it whole would lose or break (`[What We Will Not Build](https://x.example)`, an image, a comment, an
 * anchor, an escape): the author renames it by hand, the message says to what.
 */
export function renameHeading(text: string, name: string): string | undefined {
  const parts = splitHeading(text)
  const rest = parts.note + parts.attributes
  const inPlace = renameWords(parts.name, name.split(' '))
  if (inPlace !== undefined) return parts.numbering + inPlace + rest
  const {before, core, after} = splitDecoration(parts.name)
  const wrapped = WRAPPING_MARKS.exec(core.trim())
  if (INLINE_MARKUP.test(wrapped ? wrapped[2] : core)) return undefined
  const renamed = wrapped ? wrapped[1] + name + wrapped[1] : name
  return parts.numbering + before + renamed + after + rest
}

/**
 * Characters that start inline syntax in a heading's name: links, images, HTML, references, escapes, code, emphasis
 * (a character reference, `&amp;`, is text: replacing it loses nothing).
 */
const INLINE_MARKUP = /[[\]<>\\`*_~]/

/** Markup whose letters are no words of the name: HTML comments and tags, character references, link destinations, emoji shortcodes. */
/** A character reference (`&amp;`, `&#160;`, `&#x2014;`): markup, no word. */
export const CHARACTER_REFERENCE = String.raw`&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});`
const MARKUP = new RegExp(String.raw`<!--[^]{0,500}?-->|<\/?[A-Za-z][^<>]{0,500}>|${CHARACTER_REFERENCE}|\]\([^()]{0,500}\)|(?<!\S)${SHORTCODES}(?!\S)`, 'g')
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu

/**
 * `source` with its words replaced by `words` one for one, or `undefined` when they do not line up: other counts, or
 * a pair further apart than a misspelling (`Riks & Mitigations Plan` has three words, but `Plan` is no `Mitigations`).
 */
function renameWords(source: string, words: readonly string[]): string | undefined {
  const spans: Array<{start: number; end: number}> = []
  let from = 0
  const collect = (end: number) => {
    for (const match of source.slice(from, end).matchAll(WORD)) spans.push({start: from + match.index, end: from + match.index + match[0].length})
  }
  for (const markup of source.matchAll(MARKUP)) {
    collect(markup.index)
    from = markup.index + markup[0].length
  }
  collect(source.length)
  // (A name misspelt and then extended, `Sucess Criteria and KPIs`: its first words are renamed, the rest kept.)
  if (spans.length < words.length) return undefined
  // (As a near miss is told word by word: `Sucess`, `Desicion`, `Decisons`, and `Decision` for `Decisions`.)
  const misspelt = (span: {start: number; end: number}, index: number) => isMisspeltWord(source.slice(span.start, span.end).toLowerCase(), words[index].toLowerCase())
  spans.splice(words.length)
  if (!spans.every(misspelt)) return undefined
  let result = ''
  let at = 0
  spans.forEach((span, index) => {
    result += source.slice(at, span.start) + inCaseOf(source.slice(span.start, span.end), words[index])
    at = span.end
  })
  return result + source.slice(at)
}

/** `word`, unless `written` is the same word in another case (kept as written); upper case for a word written in capitals. */
function inCaseOf(written: string, word: string): string {
  if (written.toLowerCase() === word.toLowerCase()) return written
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase() ? word.toUpperCase() : word
}

/**
 * The text a quick fix (and `--fix`) inserts at `offset` of `source` to add a
 * section: its heading and, when given, a body (a TODO prompt, so the new
 * section still reads as unfinished), with a blank line before it unless
 * one is there, and one after it unless it ends the document. Line breaks are
 * `eol`, the document's own. One place for every rule that inserts a section.
 * `afterAnother`: the text goes in right after another inserted at the same place.
 */
export function sectionInsertion(source: string, eol: string, offset: number | undefined, heading: string, body?: string, afterAnother = false): string {
  const at = offset ?? source.length
  // After another insertion at the same place (the next of a chain of missing sections), the text before is that
  // one's, which ends as this one will (a blank line, or a line end at the end of the file): the file's own text before
  // the place would add a blank line after a file with no final newline.
  const before = afterAnother ? (at < source.length ? '\n\n' : '\n') : source.slice(Math.max(0, at - 4), at).replace(/\r\n?/g, '\n')
  // (At the start of the file nothing comes before the first insertion; the next ones follow it.)
  const lead = (at === 0 && !afterAnother) || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? eol : eol + eol
  const text = body === undefined ? heading : `${heading}${eol}${eol}${body}`
  return `${lead}${text}${eol}${at < source.length ? eol : ''}`
}
