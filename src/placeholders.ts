/**
 * Template leftovers: TBD, TODO, FIXME, XXX, `[Domain Name]`-style bracketed
 * names, `<insert ...>` prompts and lorem ipsum. One combined expression,
 * matched once per text run; every alternative is bounded, so nothing backtracks
 * more than a few characters.
 */
import {countWords, type TextRun} from './sections.js'

export type PlaceholderKind = 'marker' | 'bracketed' | 'prompt' | 'lorem'

export interface PlaceholderMatch {
  run: TextRun
  /** Offset of the match inside `run.value`. */
  index: number
  text: string
  kind: PlaceholderKind
}

const CONNECTOR = '(?:of|the|and|or|a|an|to|for|your|our|this|here|name|date)'
const BRACKET_WORD = `(?:[A-Z][\\p{L}\\p{N}'’-]{1,30}|${CONNECTOR})`
const PLACEHOLDER = new RegExp(
  [
    '(?<marker>(?<![\\p{L}\\p{N}_])(?:TBD|TBC|TBA|TODO|FIXME|XXX)(?![\\p{L}\\p{N}_]))',
    // Capitalised words, not acronyms: `[Domain Name]` and `[Date]`, but not `[SRE]` or `[RFC 2119]`.
    `(?<bracketed>\\[[A-Z]\\p{Ll}[\\p{L}\\p{N}'’-]{0,30}(?: ${BRACKET_WORD}){0,5}\\](?![(\\[]))`,
    '(?<prompt><\\s{0,3}(?:[Ii]nsert|INSERT|[Yy]our|YOUR|[Aa]dd|[Dd]escribe|[Ee]nter|[Ff]ill in|[Rr]eplace)\\b[^<>\\n]{0,120}>)',
    '(?<lorem>\\b[Ll]orem\\s{1,3}[Ii]psum\\b[^.!?\\n]{0,200}[.!?]?)'
  ].join('|'),
  'gu'
)

const MARKER_ONLY = /^\[(?:Tbd|Todo|Tbc|Tba|Fixme)\]$/i

export function findPlaceholders(runs: Iterable<TextRun>): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = []
  for (const run of runs) {
    // Inline code is quoted material: `TODO` in code is an identifier, not a leftover.
    if (run.node.type === 'inlineCode') continue
    PLACEHOLDER.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = PLACEHOLDER.exec(run.value))) {
      const groups = match.groups ?? {}
      const kind = (Object.keys(groups) as PlaceholderKind[]).find((name) => groups[name] !== undefined)!
      found.push({run, index: match.index, text: match[0], kind: kind === 'bracketed' && MARKER_ONLY.test(match[0]) ? 'marker' : kind})
    }
  }
  return found
}

const LEADING_MARKER = /^\s*(?:TBD|TBC|TBA|TODO|FIXME|XXX)(?![\p{L}\p{N}_])/u

/**
 * What a section's prose holds, by paragraph, heading or cell:
 * - `content`: some block has words outside placeholders and is not a prompt;
 * - `prompt`: no content, but a template prompt (a block that starts with a
 *   marker and goes on to say what to write: `TODO: list the risks`);
 *   `TODO: fill in` says nothing and stays a bare placeholder;
 * - `placeholder`: bare placeholders only (`TBD`, `[Domain Name]`, `<insert ...>`);
 * - `none`: no placeholder at all (and so no content either, or `content`).
 */
/** Words after the marker that make a template prompt rather than a bare `TODO: fill in`. */
const PROMPT_WORDS = 3

export type ProseKind = 'content' | 'prompt' | 'placeholder' | 'none'

export function classifyProse(runs: Iterable<TextRun>, matchesOf: (run: TextRun) => readonly PlaceholderMatch[]): ProseKind {
  const blocks = new Map<unknown, {prompt: boolean; realWords: number}>()
  let placeholders = 0
  for (const run of runs) {
    const key = run.block ?? run
    let block = blocks.get(key)
    if (!block) {
      block = {prompt: LEADING_MARKER.test(run.value), realWords: 0}
      blocks.set(key, block)
    }
    const matches = matchesOf(run)
    placeholders += matches.length
    block.realWords += countWords(blankOut(run.value, matches))
  }
  let prompts = false
  for (const block of blocks.values()) {
    if (!block.prompt && block.realWords > 0) return 'content'
    if (block.prompt && block.realWords >= PROMPT_WORDS) prompts = true
  }
  if (placeholders === 0) return 'none'
  return prompts ? 'prompt' : 'placeholder'
}

function blankOut(value: string, matches: readonly PlaceholderMatch[]): string {
  let result = ''
  let last = 0
  for (const match of matches) {
    result += value.slice(last, match.index) + ' '
    last = match.index + match.text.length
  }
  return result + value.slice(last)
}
