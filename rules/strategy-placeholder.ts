import {contentTexts, coverWith, createRule, languageFindings, promptOnlyOptionalSections, unfilledSections, type Cover, type PlaceholderKind, type PlaceholderMatch, type StrategyDocument} from '../src/rule.js'

/** The rule that reports unfilled sections as a whole; when it runs, their leftovers are its to report. */
const EMPTY_SECTION_ID = 'strategy-empty-section'

/** The rule that reports an open decision left undated (`The roadmap is still TBD`): its message says more than a leftover's. */
const NONCOMMITTAL_ID = 'strategy-noncommittal'

interface Options {
  /** Placeholder texts to accept, exactly as written (`XXX`, `[Optional]`). */
  allow: string[]
}

const ADVICE: Record<PlaceholderKind, (text: string) => string> = {
  marker: () => 'finish the thought or remove the marker',
  unknown: () => 'put in what it stands for (the number, name or date), or say when it will be known',
  // `[Target Value]` -> "the actual target value", `{metric}` -> "the actual metric".
  bracketed: (text) => `replace it with the actual ${text.slice(1, -1).toLowerCase()}`,
  slot: (text) => `replace it with the actual ${text.slice(1, -1).toLowerCase()}`,
  prompt: () => 'replace the prompt with what it asks for',
  template: () => 'replace the template\'s prompt with what it asks for',
  lorem: () => 'replace the filler text with real content'
}

export default createRule<Options>({
  id: 'strategy-placeholder',
  severity: 'warn',
  description: 'No template leftovers: TBD, TODO, FIXME, XXX, `???`, `[Domain Name]`, `<Team Name>`, `{metric}`, `<insert ...>`, decision-record template prompts (MADR, adr-tools), lorem ipsum (not citations such as `[Accelerate]`).',
  scope: 'document',
  draft: 'lenient',
  ended: 'skip',
  options: {
    allow: {type: 'array', items: {type: 'string', minLength: 1}, default: [], description: 'Placeholder texts to accept, exactly as written (`XXX`, `[Optional]`).'}
  },
  check({document, options, peers, report}) {
    const allowed = new Set(options.allow)
    const searchFrom = new Map<PlaceholderMatch['run'], number>()
    // A required section holding only leftovers is one problem: strategy-empty-section reports it (an error), when it
    // is on. Its leftovers are covered by that message, reported only if a comment removes it (src/model/covered.ts).
    const coveredBy = new Map<PlaceholderMatch['run'], Cover>()
    const required = peers.has(EMPTY_SECTION_ID) ? unfilledSections(document) : []
    for (const {match, kind} of required) {
      const start = match.section.heading?.position?.start
      if (kind === 'empty' || !start) continue
      for (const run of contentTexts(match.section)) coveredBy.set(run, {ruleId: EMPTY_SECTION_ID, line: start.line, column: start.column})
    }
    const unfilled = new Set<PlaceholderMatch['run']>()
    // An optional section with only its prompt is one problem too, and this rule's: fill it in or delete it.
    for (const {spec, match} of promptOnlyOptionalSections(document, required)) {
      for (const run of contentTexts(match.section)) unfilled.add(run)
      report(`Optional section \`${spec.heading}\` holds only its template prompt; write what it asks for, or delete the section if it does not apply`, {
        place: match.section.heading?.position
      })
    }
    const leftovers = document.placeholders().filter((match) => !allowed.has(match.text) && !unfilled.has(match.run))
    const hedges = peers.has(NONCOMMITTAL_ID) && leftovers.length > 0 ? languageFindings(document, peers).filter((finding) => finding.rule === NONCOMMITTAL_ID) : []
    for (const match of joinAdjacentMarkers(leftovers)) {
      const place = placeOf(document, match, searchFrom)
      const message = report(`Template leftover \`${shown(match.text)}\`; ${ADVICE[match.kind](match.text)}`, {place})
      const cover = coveredBy.get(match.run) ?? openDecisionCover(hedges, place?.start.offset, match.text)
      if (cover) coverWith(message, cover)
    }
  }
})

/**
 * The noncommittal message of the sentence that holds the leftover, when it names the leftover as the hedge (`The
 * roadmap is still TBD`: `hedges (\`still TBD\`)`): one problem, an open decision left undated, and that message says
 * what to do about it.
 */
function openDecisionCover(hedges: ReadonlyArray<ReturnType<typeof languageFindings>[number]>, offset: number | undefined, text: string): Cover | undefined {
  if (offset === undefined) return undefined
  const hedge = hedges.find(({place, reason}) => {
    if ((place.start.offset ?? Infinity) > offset || offset >= (place.end.offset ?? -Infinity)) return false
    return HEDGE_QUOTED.exec(reason)?.[1].split(/\s+/).includes(text) ?? false
  })
  return hedge ? {ruleId: NONCOMMITTAL_ID, line: hedge.place.start.line, column: hedge.place.start.column} : undefined
}

/** The hedge a noncommittal message quotes: `... hedges (`still TBD`) instead of deciding ...`. */
const HEDGE_QUOTED = /hedges \(`([^`]*)`\)/

/** Only spaces or a separator between two markers: `TODO: TBC`, `TBD/TBA` are one leftover, one message. */
const MARKER_GAP = /^[\s:/,;()-]{0,3}$/

function joinAdjacentMarkers(matches: readonly PlaceholderMatch[]): PlaceholderMatch[] {
  const joined: PlaceholderMatch[] = []
  for (const match of matches) {
    const previous = joined.at(-1)
    const gap = previous?.run === match.run ? match.run.value.slice(previous.index + previous.text.length, match.index) : undefined
    if (previous && gap !== undefined && previous.kind === 'marker' && match.kind === 'marker' && MARKER_GAP.test(gap)) {
      joined[joined.length - 1] = {...previous, text: match.run.value.slice(previous.index, match.index + match.text.length)}
    } else joined.push(match)
  }
  return joined
}

/**
 * Source range of a match. Text with escapes or entities differs from its
 * source, so the match is looked up there, after the previous match of the
 * same run (`searchFrom`); when the source spells it differently (`&lt;insert`)
 * the whole text node is the range.
 */
function placeOf(document: StrategyDocument, match: PlaceholderMatch, searchFrom: Map<PlaceholderMatch['run'], number>) {
  const position = match.run.node.position
  const startOffset = position?.start.offset
  const endOffset = position?.end.offset
  if (!position || startOffset === undefined || endOffset === undefined) return position
  const source = document.source.slice(startOffset, endOffset)
  let index = source === match.run.value ? match.index : source.indexOf(match.text, searchFrom.get(match.run) ?? 0)
  if (index === -1) return position
  searchFrom.set(match.run, index + match.text.length)
  index += startOffset
  return {start: document.pointAt(index), end: document.pointAt(index + match.text.length)}
}

/** A leftover as the message quotes it: a long template prompt cut after its first words, its closing bracket kept. */
function shown(text: string): string {
  if (text.length <= 70) return text
  const close = text.endsWith('}') || text.endsWith(']') ? text.at(-1)! : ''
  // (Not through a character: an emoji cut in half left a lone surrogate, invalid in a strict JSON reader, and a flag or a
  // family emoji cut between its code points showed half of it.)
  return `${text.slice(0, graphemeEnd(text, 60)).trimEnd()}…${close}`
}

const GRAPHEMES = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/** The end of the last whole character (grapheme) that ends at or before `limit` in `text`. */
function graphemeEnd(text: string, limit: number): number {
  let end = 0
  for (const {index, segment} of GRAPHEMES.segment(text.slice(0, limit + 16))) {
    if (index + segment.length > limit) break
    end = index + segment.length
  }
  return end
}
