/**
 * Recognisers for what makes a goal measurable: quantities, baselines and
 * targets, deadlines, and named scope. Each is a bounded regular expression
 * (no nested quantifiers over the same characters), run once per sentence,
 * with small checks in code for what a pattern cannot see (is `2027` a year
 * or a count, is `21` in `Java 21` a version).
 */
import type {Token} from './matcher.js'

export interface Span {
  start: number
  end: number
  text: string
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
/** Month names as written in a date (capitalised), for `30 June` and `June 30`, where `may` must not be the verb. */
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|a dozen|dozens)'
/** Number words below thirty: `within two days` is a duration, not a deadline. */
const SMALL_NUMBER_WORDS = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ')
)
const PERIOD = '(?:days?|weeks?|months?|quarters?|years?|sprints?|releases?|half-years?|halves)'
const YEAR = "(?:19|20)\\d{2}|'\\d{2}"
const SEASON = '(?:spring|summer|autumn|fall|winter)'

/**
 * Texts on which a pattern means the same with and without the `u` flag hold
 * none of these: `ſ` (U+017F) and the Kelvin sign (U+212A), the only
 * characters that case-fold to an ASCII letter (so `iu` matches them for `s`
 * and `k`, and its `\b` counts them as word characters), and surrogates (`u`
 * reads a pair as one character, `[^.;]` and `{1,60}` without it as two).
 */
const NEEDS_UNICODE = /[\u017F\u212A\uD800-\uDFFF]/

/**
 * A pattern (written for the `u` flag, without `\p{…}` or `\u{…}`) compiled
 * with its flags and without `u`; the second is chosen for every text that
 * holds nothing from NEEDS_UNICODE. V8 runs a large case-insensitive
 * alternation 8 to 10 times faster without `u` (DEADLINE on the labelled
 * sentences: 524 ms against 55 ms; on a 50 MB strategy it was 15% of the whole
 * run), and the matches are the same: tests/language/recognisers.test.ts
 * checks both on the labelled sentences and on the characters above.
 */
function unicodeWhereNeeded(source: string, flags: string): DualPattern {
  const exact = new RegExp(source, flags)
  const fast = new RegExp(source, flags.replace('u', ''))
  return {exact, fast, for: (text) => (NEEDS_UNICODE.test(text) ? exact : fast)}
}

export interface DualPattern {
  /** As written, with `u`. */
  exact: RegExp
  /** Without `u`. */
  fast: RegExp
  /** The one to run on `text`. */
  for(text: string): RegExp
}

function spans(pattern: RegExp, text: string): Span[] {
  const found: Span[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    found.push({start: match.index, end: match.index + match[0].length, text: match[0]})
    if (match[0].length === 0) pattern.lastIndex++
  }
  return found
}

/** Units that make a number a measurement, whatever the number looks like. */
const UNIT = new Set(
  [
    '%', 'percent', 'pct', 'pp', 'x', '×', 'k', 'm', 'b', 'bn', 'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min',
    'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
    'quarter', 'quarters', 'year', 'years', 'kb', 'mb', 'gb', 'tb', 'rps', 'qps', 'tps', 'req', 'per', 'times', 'nines'
  ]
)

/** Words ending in `s` that are not plural nouns, so `2027 was` stays a year. */
const NOT_PLURAL = new Set(
  'is was has as this its his us plus thus across always unless does perhaps whereas less yes sometimes besides towards afterwards'.split(' ')
)

/** Whether the word after a number makes it a count or measurement: a unit, a rate or a plural noun (`2000 requests`). */
function unitLike(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower === '') return false
  if (lower.includes('/')) return true
  if (UNIT.has(lower)) return true
  return /^\p{L}{2,}s$/u.test(lower) && !NOT_PLURAL.has(lower)
}

/** The first word (or sign) after an offset: `%`, `x`, `requests`, `/day`. */
function nextWord(text: string, offset: number): string {
  const match = /^\s?(%|×|\/|[\p{L}]{1,14})/u.exec(text.slice(offset, offset + 16))
  return match ? match[1] : ''
}

/**
 * Quantities: numbers with units, percentages, currency, durations, rates,
 * comparisons and multipliers (`45 min`, `8%`, `<1%`, `$200K`, `3/month`,
 * `99.95%`, `10x`), and number words (`zero`, `half`, `twice`, `a million`).
 * A label such as `Q3`, `P1`, `Sev-1`, `v2` or `'27`, a year (`in the 2027
 * holiday season`, but `2000 requests` is a count), a date (`2027-06-30`,
 * `30/09/2027`, `31 March`) and a version (`Java 21`, `OAuth 2.0`) are not
 * quantities.
 */
const QUANTITY = new RegExp(
  [
    // A number not glued to letters, a hyphenated label or an apostrophe before it, with optional comparison and currency.
    `(?<![\\p{L}\\p{N}_.'’])(?<!\\p{L}-)(?<prefix>(?:[<>≤≥~]=?\\s?|(?:under|below|over|above|at least|at most|less than|more than|fewer than|up to)\\s)?[$€£]?)(?<number>\\d+(?:[.,]\\d+)*)(?:\\s?(?:%|percent|x\\b|×|[kKmMbB]\\b|ms\\b|s\\b|sec\\w*|min\\w*|h\\b|hrs?\\b|hours?|days?|weeks?|months?|years?|[a-zA-Z]{1,12}(?:/[a-zA-Z]{1,8})?))?(?:\\s?/\\s?(?:${PERIOD}|day|week|month|year|h|hr|hour|min|s|sec|deploy|request|req|user|team|engineer|service|PR|build)s?\\b)?`,
    `\\b${NUMBER_WORD}\\b`,
    '\\b(?:half|double|triple|twice|thrice|quarter|tenfold|halve|halved|halves|doubled|tripled|none|no more than)\\b'
  ].join('|'),
  'giu'
)

/** Dates whose digits are not quantities: ISO dates, `30/09/2027`, `31 March`, `June 30`. */
const DATE = new RegExp(
  [
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b|\\b\\d{4}/\\d{1,2}(?:/\\d{1,2})?\\b',
    // `3Q26`, `1H27`: the quarter's or half's number first, as finance writes it.
    "\\b(?:[1-4]Q|[12]H)\\s?'?(?:(?:19|20)\\d{2}|\\d{2})\\b",
    '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b',
    // `15 June 2026`, `the 1st of May, 2027`: the day before the month, with a year, whatever word leads it (`no later than`, `due`).
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\.?,?\\s(?:${YEAR})\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\b`,
    `\\b${MONTH_NAME}\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?![.,]?\\d)`
  ].join('|'),
  'gu'
)

/** Capitalised words before a number that count it rather than name a version (`Top 3`, `About 40`). */
const COUNTING_WORDS = new Set(
  'top first last next about around roughly approximately nearly almost only just over under some phase step tier level'.split(' ')
)

/** Words after a version number: `Java 21 is`, `OAuth 2.0 and`. */
const AFTER_VERSION = new Set(
  'is are was were has have had will would can could does do and or than vs versus support supports brings ships adds gives makes feels looks remains becomes became'.split(
    ' '
  )
)

const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i')

/** `Java 21`, `OAuth 2.0`: a capitalised or mixed-case name (not an acronym, not sentence furniture) and a number with nothing measured after it. */
function isVersion(text: string, start: number, end: number): boolean {
  const before = /(\p{L}[\p{L}\p{N}]*)\s$/u.exec(text.slice(Math.max(0, start - 30), start))
  if (!before) return false
  const word = before[1]
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false
  const lower = word.toLowerCase()
  if (NOT_A_NAME.has(lower) || COUNTING_WORDS.has(lower) || MONTH_ONLY.test(lower)) return false
  const after = text.slice(end)
  if (/^\s*(?:$|[.,;:!?)])/.test(after)) return true
  const next = /^\s(\p{L}+)/u.exec(after)
  return next !== null && AFTER_VERSION.has(next[1].toLowerCase())
}

function mask(text: string, pattern: RegExp): string {
  return text.replace(pattern, (found) => ' '.repeat(found.length))
}

export function findQuantities(text: string): Span[] {
  const masked = mask(text, DATE)
  const found: Span[] = []
  QUANTITY.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = QUANTITY.exec(masked))) {
    const start = match.index
    const end = start + match[0].length
    const groups = match.groups
    if (groups?.number !== undefined) {
      const numberEnd = start + (groups.prefix?.length ?? 0) + groups.number.length
      const unit = nextWord(masked, numberEnd)
      const measured = unitLike(unit)
      // A year, not a count: `2027`, `in the 2027 holiday season` (but `2000 requests`, `$2020`, `> 2000` are counts).
      if (!groups.prefix && /^(?:19|20)\d{2}$/.test(groups.number) && !measured) continue
      if (!groups.prefix && !measured && isVersion(masked, start, numberEnd)) continue
    }
    found.push({start, end, text: text.slice(start, end)})
  }
  return found
}

/** Baselines and targets: `from X to Y` with a number in it, `currently X`, `down to`, `at least`, `(today: X)`. */
const BASELINE_TARGET = unicodeWhereNeeded(
  /\bfrom\s(?:[^.;]|\.(?=\d)){1,60}?\sto\b|\b[vV]?\d[\d.]{0,12}\s?(?:[%A-Za-zµ]{1,12}\s?)?(?:→|->)\s?[vV]?\d|\b(?:currently|today(?: is|:)?|baseline(?: is|:)?|down to|up to|at least|at most|no more than|under|below|above|less than|more than|fewer than)\s[<>~]?[$€£]?\d/.source,
  'giu'
)

/** `from 45 to 10 min`, `v1.40 → v1.43`, `3 days -> 1 day`, `under 300 ms`, `at least 3`. */
export function findBaselinesAndTargets(text: string): Span[] {
  // `from the monolith to services` and `from 2026 to 2028` are not a baseline and a target.
  return spans(BASELINE_TARGET.for(text), text).filter((span) => !/^from\s/i.test(span.text) || findQuantities(span.text).length > 0)
}

/**
 * Deadlines: `Q3`, `Q3 2027`, `H2 2027`, `FY26`, `by end of year`, `by March`,
 * `by 30 June`, ISO and numeric dates, `within 6 months`, `over the next 18
 * months`, `by 2028`, `next quarter`, `end of Q2`, `by the autumn`. Not a
 * duration (`within 2 days of a request`, `in 15 minutes`) and not a number
 * that only looks like a year (`by 2000 requests per second`, `2048
 * connections`).
 */
const DEADLINE = unicodeWhereNeeded(
  [
    // `2027-W14`, `2027W14`: an ISO week (before the bare year below, which would read `2027` alone).
    '\\b(?:19|20)\\d{2}-?W\\d{2}\\b',
    // `2025-Q3`, `2026 H1`: the year first, as ISO-minded teams write a quarter.
    '\\b(?:19|20)\\d{2}[-\\s]?(?:Q[1-4]|H[12])\\b',
    `\\b(?:Q[1-4]|H[12])(?:[\\s/-]?(?:FY\\s?'?\\d{2}(?:\\d{2})?|${YEAR}))?\\b`,
    `\\bFY\\s?'?\\d{2}(?:\\d{2})?(?:\\s?[HQ][1-4])?\\b`,
    // `CY2027`, `CY27`: a calendar year, named so beside fiscal ones.
    "\\bCY\\s?'?(?:(?:19|20)\\d{2}|\\d{2})\\b",
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b|\\b\\d{4}/\\d{1,2}(?:/\\d{1,2})?\\b',
    // `3Q26`, `1H27`: the quarter's or half's number first, as finance writes it.
    "\\b(?:[1-4]Q|[12]H)\\s?'?(?:(?:19|20)\\d{2}|\\d{2})\\b",
    '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b',
    // `by 06/2026`: a month and its year; `by 15.04.2027`: a day, month and year, as German and other European pages
    // write them. Only after a word that makes them a deadline: `12/2000 tests` is a ratio, `kernel 5.10.2025` a version.
    // (Or in brackets after a milestone, `v1.36 (04/2026)`. Not alone in a table cell: `| Progress | 12/2000 |` is a ratio.)
    // (The lead is checked by `isDeadline`: a look-behind here was tried at every position of every sentence.)
    '\\b(?:(?:0[1-9]|1[0-2])/(?:19|20)\\d{2}|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2})\\b',
    // `15 June 2026`, `the 1st of May, 2027`: the day before the month, with a year, whatever word leads it (`no later than`, `due`).
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\.?,?\\s(?:${YEAR})\\b`,
    // `by March`, `in 2027`; a full date after the preposition (`by 2027-06-30`, `by June 30, 2027`) is matched whole below.
    `\\b(?:by|before|until|till|through|in|during|from|for|since|end of|mid|early|late)[\\s-]+(?:the\\s)?(?:(?:early|mid|late|end of)[\\s-]+)?(?:${MONTH}|${YEAR})\\b(?![-/]\\d|\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b|[-\\s]?[QH][1-4]\\b|-?W\\d|\\s(?:edition|releases?)\\b)`,
    `\\b(?:by|before|until|till|on|from)\\s(?:the\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\b`,
    `\\b${MONTH}\\.?\\s(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s)?(?:${YEAR})\\b`,
    `\\b${MONTH_NAME}\\s\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:${YEAR})\\b`,
    `\\b(?:by|before|until|at)\\s(?:the\\s)?(?:end|start|beginning|middle)\\sof\\s(?:the\\s)?(?:this\\s|next\\s)?(?:year|quarter|month|half|sprint|(?:Q[1-4]|H[12])(?:\\s?FY\\s?'?\\d{2}(?:\\d{2})?)?|${MONTH}|${YEAR})\\b`,
    '\\b(?:end of (?:the )?(?:year|quarter|month|half)|EOY|EOQ|EOM|year-end|year end)\\b',
    `\\b(?:by|before|until|till|in|during)\\s(?:the\\s)?(?:(?:early|late|end of)\\s)?${SEASON}\\b`,
    `\\b(?:within|in|over)\\s(?:the\\s)?(?:next\\s|first\\s|coming\\s)?(?:\\d+|${NUMBER_WORD}|a|an)\\s?(?:-\\s?\\d+\\s)?(?:${PERIOD})\\b`,
    `\\b(?:next|this|coming|following)\\s(?:${PERIOD.replace(/s\?/g, '')}|quarter|year|half)\\b`,
    '\\b(?:in|by|during|before|until)\\s(?:the\\s)?(?:first|second|third|fourth|last)\\s(?:quarter|half)\\b',
    '\\bby\\s(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\\b',
    // A cadence (`each sprint`); `per quarter` is the denominator of a rate, not a date.
    '\\b(?:each|every)\\s(?:sprint|release|quarter|month|week|year)\\b'
  ].join('|'),
  'giu'
)

/** A standalone year: this century's first four decades or the 1990s (`2048 connections` is a count). */
const PLAUSIBLE_YEAR = /^(?:199\d|20[0-3]\d)$/

/** `06/2026`, `15.04.2027`: a month and year with a slash, or a day with dots. */
const NUMERIC_MONTH_OR_DOTTED = /^(?:\d{1,2}\/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})$/
/** What must stand before such a date for it to be a deadline: `by`, `due:`, `target date`, `end of`, or a bracket. */
const NUMERIC_DATE_LEAD = /(?:\b(?:by|before|until|till|due|on|in|than|end of|deadline|eta|target(?: date)?)\s*:?\s|\()$/i

function isDeadline(text: string, span: Span): boolean {
  if (NUMERIC_MONTH_OR_DOTTED.test(span.text)) return NUMERIC_DATE_LEAD.test(text.slice(Math.max(0, span.start - 16), span.start))
  const year = /(?:^|[\s-])((?:19|20)\d{2})$/.exec(span.text)
  if (year) {
    // `by 2000 requests per second`, `2048 concurrent connections`: a number, not a year.
    if (unitLike(nextWord(text, span.end))) return false
    if (span.text === year[1] && !PLAUSIBLE_YEAR.test(year[1])) return false
  }
  // `within 2 days of a request`, `in three days`: a duration target, not a deadline (`within 90 days` is one).
  const days = /^(?:within|in|over)\s(?:the\s)?(?:next\s|first\s|coming\s)?(\S+)\s?(?:-\s?(\d+)\s)?days?$/i.exec(span.text)
  if (days) {
    const count = Number(days[2] ?? days[1])
    if (Number.isNaN(count) ? SMALL_NUMBER_WORDS.has(days[1].toLowerCase()) : count < 30) return false
  }
  return true
}

/** The patterns compiled with and without `u` (tests/language/recognisers.test.ts compares them). */
export const DUAL_PATTERNS: Readonly<Record<string, DualPattern>> = {DEADLINE, BASELINE_TARGET}

export function findDeadlines(text: string): Span[] {
  return spans(DEADLINE.for(text), text).filter((span) => isDeadline(text, span))
}

/** Capitalised words that are not names: sentence furniture and generic acronyms. */
const NOT_A_NAME = new Set(
  [
    'I', 'We', 'Our', 'Us', 'You', 'They', 'It', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'And', 'Or',
    'But', 'If', 'All', 'Each', 'Every', 'No', 'Not', 'Also', 'Then', 'So', 'To', 'For', 'Of', 'In', 'On', 'By',
    'With', 'Without', 'As', 'At', 'From', 'More', 'Less', 'Better', 'New', 'TBD', 'TODO', 'CI', 'CD', 'API',
    'APIs', 'UX', 'UI', 'DX', 'QA', 'SRE', 'ML', 'AI', 'DB', 'IT', 'OK', 'KPI', 'KPIs', 'OKR', 'OKRs', 'SLO',
    'SLOs', 'SLA', 'SLAs', 'MVP', 'ROI', 'Goal', 'Goals', 'Leading', 'Lagging', 'Decided', 'Open', 'Risk',
    'Mitigation', 'Note', 'Owner', 'Improve', 'Adopt', 'Reduce', 'Increase', 'Enhance', 'Optimize', 'Optimise',
    'Modernize', 'Modernise', 'Streamline', 'Microservices', 'Cloud', 'Kubernetes'
  ].map((word) => word.toLowerCase())
)

/**
 * Named scope: something specific the statement is about — inline code, a
 * product or component name (`OpenTelemetry`, `Payments`, `K8s`, `S3`), not
 * the capital at the start of the sentence.
 */
export function hasNamedScope(text: string, tokens: readonly Token[], codeSpans: readonly Span[]): boolean {
  if (codeSpans.length > 0) return true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    const raw = text.slice(token.start, token.end)
    if (NOT_A_NAME.has(token.word)) continue
    const sentenceStart = index === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start))
    const mixed = /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(raw)
    const capitalised = /^\p{Lu}/u.test(raw)
    if (mixed || (capitalised && !sentenceStart)) return true
  }
  return false
}

/**
 * Named milestones that serve as deadlines: `before GA`, `by beta`, `ahead of
 * the 2.0 release`, `in Rust 1.80`, `for the 2027 edition`, and the team's own
 * (`M3`, from the `milestones` option). A milestone word alone is a deadline
 * only where a heading or label names it (`### Beta`); in running text it
 * needs a preposition before it (`beta` in `the beta API` is not a date).
 */
const MILESTONE_LEAD = new Set(['by', 'before', 'at', 'for', 'in', 'as', 'to', 'until', 'till', 'through', 'ahead', 'prior', 'later', 'towards', 'toward', 'reaching', 'reach', 'reaches', 'during', 'after', 'considered', 'declared', 'deemed', 'marked', 'targeting', 'targets', 'targeted'])
const VERSIONED_RELEASE = /\b(?:[Bb]y|[Bb]efore|[Ii]n|[Ff]or|[Uu]ntil|[Aa]head of|[Pp]rior to|[Nn]o later than|[Aa]s of|[Ww]ith|[Tt]argeting)\s(?:the\s)?(?:(?:next|upcoming|first|second)\s)?(?:(?:[\p{Lu}][\p{L}.+-]*|v)\s?)?\d+\.\d+(?:\.\d+)?(?:\s(?:release|version|edition|cycle))?\b|\b(?:[Bb]y|[Bb]efore|[Ii]n|[Ff]or|[Uu]ntil|[Aa]head of|[Pp]rior to)\s(?:the\s)?(?:(?:next|upcoming|coming)\s)?(?:(?:19|20)\d{2}\s)?(?:edition|release|major release|minor release|LTS)\b(?!\s(?:notes?|candidates?|branch(?:es)?|process|cadence|team|managers?|blog|announcements?)\b)|\b(?:19|20)\d{2}\s?[Hh][12]\b/gu

/** In a heading or label, a numbered milestone or a version names the deadline of what it holds: `Milestone 2`, `Phase 1`, `v1.30`, `Tech Preview`. */
const HEADING_MILESTONE = /\b(?:milestones?|phase|stage|step|month|quarter|sprint|iteration|wave)\s*#?\d+\b|\b(?:first|second|third|fourth|fifth|final|last|next)\s+(?:milestone|phase|stage|iteration|wave)\b|\b(?:alpha|beta|rc)[-\s]?\d+\b|\b(?:tech|dev|developer|technology|public|private)\s+preview\b|\bv?\d+\.\d+(?:\.\d+)?\b|\bv\d+(?:alpha|beta)\d*\b|\b(?:19|20)\d{2}\b|\bM\d+\b/giu

/** Words that open a time by a thing's stage: `before X is GA` (`once the warehouse is stable` is a condition). */
const STAGE_TIME = new Set(['before', 'until', 'till', 'by'])
/** Verbs that bring a thing to a stage: `to take X GA`, `promote X beta`. */
const TO_STAGE = new Set(['take', 'taking', 'promote', 'promoting', 'graduate', 'graduating'])

/**
 * A milestone reached by a thing named between: `before \`PartialObjectMetadata\` is GA`,
 * `to take \`Table\` GA`. A stage after `is` with no time word (`the API is stable`) is a state, not a deadline.
 */
function reachedBy(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.word
  const window = tokens.slice(Math.max(0, first - 5), first)
  if ((before === 'is' || before === 'are' || before === 'becomes' || before === 'goes') && window.some((token) => STAGE_TIME.has(token.word))) return true
  // `Functionality will be GA from the beginning`: the stage the thing will be at names when.
  if (before === 'be' && tokens[first - 2]?.word === 'will') return true
  return tokens.slice(Math.max(0, first - 3), first).some((token) => TO_STAGE.has(token.word))
}

/** Nouns after a milestone that make it a modifier: `the stabilization process`, `the beta team`, `the GA checklist`. */
const MILESTONE_AS_MODIFIER = /^(?:process|processes|team|teams|notes|cadence|policy|policies|guidelines|criteria|requirements|checklist|discussions?|meetings?|reports?|feedback|tracking)$/

export function findMilestones(text: string, tokens: readonly Token[], milestones: {match(tokens: readonly Token[]): Array<{start: number; end: number; firstToken: number; endToken: number}>}, bare = false): Span[] {
  const found = spans(VERSIONED_RELEASE, text)
  if (bare) found.push(...spans(HEADING_MILESTONE, text))
  for (const hit of milestones.match(tokens)) {
    const before = tokens[hit.firstToken - 1]?.word
    const beforeThat = tokens[hit.firstToken - 2]?.word
    // (`introduced as a technology preview`, `ship it as an MVP`: an article between the lead and the milestone.)
    const led = (before !== undefined && MILESTONE_LEAD.has(before)) || (/^(?:the|a|an)$/.test(before ?? '') && beforeThat !== undefined && MILESTONE_LEAD.has(beforeThat)) || reachedBy(tokens, hit.firstToken)
    // (`In the stabilization process, we'll try ...`, `for the GA checklist`: the milestone names a kind of process or document, no time.)
    const modifies = MILESTONE_AS_MODIFIER.test(tokens[hit.endToken]?.word ?? '')
    if (bare || (led && !modifies)) found.push({start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end)})
  }
  return found
}

/** Words before a number that make it the size of the scope or a description, not the goal's target: `for our 8 million users`, `the five most-used pages`. */
const SCOPE_BEFORE_NUMBER = new Set(['for', 'of', 'our', 'the', 'across', 'among', 'with', 'these', 'those', 'its', 'their', 'top', 'first', 'in', 'on', 'per', 'every', 'each', 'all', 'over', 'since', 'from'])
/** Words before a number that make it the target: `to ten a day`, `under five`, `at most 3`. */
const TARGET_BEFORE_NUMBER = new Set(['to', 'under', 'below', 'above', 'least', 'most', 'than', 'reach', 'reaches', 'hit', 'achieve'])
/** Verbs of perception: `make search feel 4x snappier` is not measured. */
const SUBJECTIVE = new Set(['feel', 'feels', 'seem', 'seems', 'look', 'looks', 'appear', 'appears', 'sound', 'sounds'])

/** Nouns a duration names a metric with: `1 week retention`, `30-day active users`, `7-day rolling average`. */
const METRIC_AFTER_DURATION = /^(?:retention|retained|active|rolling|trailing|moving|window|average|avg|churn|cohort|conversion|returning|engagement|usage|uptime|availability|growth|lookback)$/

/**
 * `Improving 1 week and 2 week retention`, `30-day active users`: a duration written before a metric's noun is part of the
 * metric's name, not a target for it.
 */
function namesAMetric(text: string, quantity: Span): boolean {
  if (!/\b(?:days?|weeks?|months?|h|hrs?|hours?|min|mins|minutes?)$/i.test(quantity.text)) return false
  // (At most three more durations joined on: `1, 7 and 30 day retention`.)
  const next = /^(?:\s*(?:and|or|,|\/)\s*\d+[\s-]*\p{L}+){0,3}[\s-]+(\p{L}+)/u.exec(text.slice(quantity.end, quantity.end + 120))?.[1]
  return next !== undefined && METRIC_AFTER_DURATION.test(next.toLowerCase())
}

interface TargetFeatures {
  quantities: readonly Span[]
  baselines: readonly Span[]
  universal: boolean
}

/**
 * Targets bound to a goal: a baseline and target (`from 45 to 10 min`, `under
 * 1%`, `at least 3`), a measured quantity that is not the size of the scope
 * (`by 20%`, `2x`, `halve`), an all-or-nothing end state (`every service`,
 * `zero`), or an observable end state (`so that X no longer needs Y`).
 */
export function findTargets(text: string, tokens: readonly Token[], found: TargetFeatures): Span[] {
  const targets: Span[] = [...found.baselines]
  for (const quantity of found.quantities) {
    const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, quantity.start - 24), quantity.start))?.[1]?.toLowerCase()
    // `to ten a day`, `under five minutes`: a number after a target word is the target, unit or not.
    if (before !== undefined && TARGET_BEFORE_NUMBER.has(before)) {
      targets.push(quantity)
      continue
    }
    if (before !== undefined && (SCOPE_BEFORE_NUMBER.has(before) || SUBJECTIVE.has(before))) continue
    // A bare count (`five pages`, `3 teams`) is scope unless it is a measurement (a unit, a percentage, a multiplier).
    if (!/[%×$€£]|\d\s?x\b|\b(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|percent|pp|nines|times|half|double|triple|twice|halve[ds]?|doubled|tripled|k|m|gb|mb|tb|rps|qps)\b/i.test(quantity.text)) continue
    if (namesAMetric(text, quantity)) continue
    targets.push(quantity)
  }
  if (found.universal) {
    // `for every team`, `for all users`: the scope of an improvement, not its target.
    const match = /\b(?<!for )(?:every|all|none|zero|no longer|eliminat\w*|remov\w*|retir\w*)\b/i.exec(text)
    if (match) targets.push({start: match.index, end: match.index + match[0].length, text: match[0]})
  }
  // `WCAG compliant`, `SOC 2 certified`, `GDPR compliance`: conformance to a named standard is done or not. A standard's
  // name is short: unbounded, `[\p{Lu}\d.-]*` scanned the whole run again from each capital in it (11 s on 205 KB).
  const conformance = /\b\p{Lu}[\p{Lu}\d.-]{0,40}(?:\s\d+(?:\.\d+)?)?(?:\s+type\s+\d+)?[\s-](?:compliant|compliance|certified|certification|conformant|conformance)\b/u.exec(text)
  if (conformance) targets.push({start: conformance.index, end: conformance.index + conformance[0].length, text: conformance[0]})
  // `from O(N) to O(1)`, `down to O(log n)`: an asymptotic bound to reach is a target as exact as a number.
  const bound = /\bto O\([^()]{1,12}\)/.exec(text)
  if (bound) targets.push({start: bound.index + 3, end: bound.index + bound[0].length, text: bound[0].slice(3)})
  const endState = /\b(?:so that|such that|until)\b[^.;]{3,}|\bno longer\b/i.exec(text)
  if (endState) targets.push({start: endState.index, end: endState.index + endState[0].length, text: endState[0]})
  return targets.sort((a, b) => a.start - b.start)
}

/** Words that name a place an adoption applies to. */
const SCOPE_NOUN = /^(?:services?|teams?|repos?|repositories|clusters?|pipelines?|apps?|applications?|systems?|products?|squads?|components?|modules?|packages?|crates?|libraries|library|projects?|orgs?|organi[sz]ations?|regions?|environments?|stacks?|codebases?|monorepo|backends?|frontends?|databases?|workloads?|jobs?|tiers?|domains?|apis?|endpoints?|platforms?|sdks?|clients?|servers?|controllers?|operators?|plugins?|drivers?)$/

/**
 * The scope of an adoption: inline code, a named component (`the ledger and
 * billing services`), `all` / `every` plus a noun, or a place after
 * `in`/`for`/`across` — anywhere after the adoption phrase or as the object of
 * a move (`Move the ledger services to Bazel`).
 */
export function findScope(text: string, tokens: readonly Token[], code: readonly Span[], from: number): Span | undefined {
  if (code.length > 0) return code[0]
  for (let index = Math.max(0, from - 6); index < tokens.length; index++) {
    const {word} = tokens[index]
    if (SCOPE_NOUN.test(word)) {
      // `services` alone (`adopt microservices`) is not a scope; `the billing services`, `all services`, `our three teams` are.
      const before = tokens[index - 1]
      if (before && !['to', 'a', 'an', 'of', 'micro'].includes(before.word)) return {start: before.start, end: tokens[index].end, text: text.slice(before.start, tokens[index].end)}
    }
  }
  return undefined
}

/**
 * `since Q1 2026`, `from April 2027`, `the 2016-era stack`: a date that starts or names something, not a deadline; and
 * the date of a past event told in a relative clause (`Improve build performance, which regressed in Q1 2026`, `the
 * pipeline that we migrated in 2023`, `the 400 engineers who joined in 2025`), which a QA reader saw clear a vague goal,
 * and the date the page was written (`written 2024`).
 */
export function isStartDate(text: string, span: Span): boolean {
  return (
    /^(?:since|from|starting|as of)\b/i.test(span.text) ||
    /\b(?:since|from|starting(?: in)?|as of)\s+(?:the\s+)?$/i.test(before(text, span)) ||
    /^-era\b/.test(text.slice(span.end)) ||
    PAST_EVENT.test(text.slice(Math.max(0, span.start - 48), span.start)) ||
    PAST_CLAUSE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
    AUTHORED.test(text.slice(Math.max(0, span.start - 24), span.start))
  )
}

/**
 * `A proposal was made in Q1 2025`, `This work began in 2025`: a passive or a verb in the past just before the date
 * tells when something happened (a QA reader found such reports among stale deadlines on real goal pages). Only forms
 * that are past whatever the subject: `was`/`were` and a participle, and verbs that only report (`began`, `happened`).
 */
const PAST_CLAUSE =
  /\b(?:(?:was|were)\s(?:[a-z]+ly\s)?(?:[a-z]+ed|made|begun|done|built|written|taken|given|held|run|set|seen|found)|began|started|happened|occurred)\s(?:(?:in|on|during|around)\s(?:the\s)?(?:end of\s|start of\s|early\s|late\s|mid-?)?)?$/i

/**
 * `# CI Strategy (written 2024)`, `Last updated: March 2026`, `reviewed on 2026-01-10`: the date the page was written or
 * looked at, which dated every goal under a title that held one.
 */
const AUTHORED = /\b(?:written|updated|revised|drafted|published|created|authored|edited|reviewed|start date)(?::\s?|\s)(?:(?:in|on)\s)?$/i

/**
 * `which regressed in `, `that we migrated in `, `who joined in `, `that was introduced during `, `as we did in `, `which
 * the team started in `: a relative clause (or a comparison with what was done) in
 * the past tense just before a date (or before the date's own `in`: a span may hold its preposition). (`that we will migrate in`, `that are scheduled for` are no past; a participle
 * without the relative word, `the services migrated in Q3`, may be a state to reach and is left alone.)
 */
const PAST_EVENT =
  /\b(?:(?:which|that|who)\s(?:(?:we|they|it|you|he|she|i|the\steam|our\steam)\s)?|(?:as|like)\s(?:we|they|you|he|she|i|the\steam|our\steam)\s(?=did\b|[a-z]+ed\b|had\b))(?:(?:was|were|had|had been)\s)?(?:[a-z]+ed|did|began|built|broke|came|fell|grew|rose|took|went|wrote|ran|made|became|met|left|spent|set|hit|got\s[a-z]+|(?:was|were)\s[a-z]+)\s(?:(?:in|on|during|around|at)\s(?:the\s)?(?:end of\s|start of\s|early\s|late\s|mid-?)?)?$/i

/**
 * `starting January 2027`, `every month from Q3 2027`: the start date that, in a criterion, is the day from which it
 * holds, and dates it as a deadline does (`since Q1 2026` tells how long it has held: no date to meet).
 */
export function startsOn(text: string, span: Span): boolean {
  return /^(?:starting|from)\b/i.test(span.text) || /\b(?:starting(?: in)?|from)\s+(?:the\s+)?$/i.test(before(text, span))
}

/** The few characters before a span, where the word that makes a date a start stands. */
function before(text: string, span: Span): string {
  return text.slice(Math.max(0, span.start - 16), span.start)
}

export interface DeadlineDate {
  /** The last day the deadline allows, as `YYYY-MM-DD`. */
  date: string
  /** End of the text read in `text`: the span's end, or the end of a year after it (`by March` + ` 2026`). */
  end: number
}

const MONTH_NUMBER: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12}
const MONTH_IN = new RegExp(`\\b(${MONTH})\\b`, 'i')
/** A year right after a deadline that has none: `by the end of Q3` + ` 2025`, `by 30 June` + `, 2027`. */
const YEAR_AFTER = /^(?:[.,]?\s(?:of\s)?|[/-])((?:19|20)\d{2}|'\d{2})\b(?![-/]\d)/
/** What may stand right before a bare year for it to be a deadline: `Deadline: 2027`, `due 2027`. */
const YEAR_LEAD = /\b(?:deadline|due|target(?:\s+date)?|eta|no later than)\s*[:=\-–—]?\s*(?:in\s+)?(?:the\s+)?(?:end\s+of\s+)?$/i

function fullYear(written: string): number {
  const digits = written.replace(/^'/, '')
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The day `day` of month `month` (0-11, past 11 into the next years) of `year`, in UTC. (`Date.UTC` reads years 0-99 as 1900-1999.) */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  return date
}

/** The last day of the period of `months` months starting on the first of `month` (1-12) of `year`. */
function lastDay(year: number, month: number, months: number): string {
  const end = utcDate(year, month - 1 + months, 0)
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate())
}

/** The day before `day` (`YYYY-MM-DD`): the last day `before <day>` allows. */
function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  const before = utcDate(year, month - 1, date - 1)
  return iso(before.getUTCFullYear(), before.getUTCMonth() + 1, before.getUTCDate())
}

/** The Monday of ISO week `week` of `year` (week 1 holds 4 January), or undefined for a week 53 the year does not have. */
function isoWeekMonday(year: number, week: number): Date | undefined {
  const fourth = utcDate(year, 0, 4)
  const monday = utcDate(year, 0, 4 - ((fourth.getUTCDay() + 6) % 7) + 7 * (week - 1))
  // (The week's Thursday is in the year the week belongs to: week 53 of a year of 52 weeks is week 1 of the next.)
  const thursday = utcDate(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 3)
  return thursday.getUTCFullYear() === year ? monday : undefined
}

function dayOf(date: Date, days = 0): string {
  const moved = utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days)
  return iso(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined
  const date = utcDate(year, month - 1, day)
  return date.getUTCMonth() === month - 1 ? iso(year, month, day) : undefined
}

/** The day of the month a written date names beside its month (`June 30, 2027`, `the 31st of June 2027`), years aside. */
function dayOfMonthIn(written: string): RegExpExecArray | null {
  return /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(written.replace(/(?:19|20)\d{2}|'\d{2}/g, ''))
}

/**
 * Where in `text` a deadline names no day that exists (`2020-02-30`, `2020-13`, `Jan 32 2020`, `31 June` + ` 2027`,
 * `31/02/2027`, `13/13/2027`, `Q5 2020`, `H3 2020`), from where it starts to where it ends (a year written after the
 * span, as `by 31 June` + ` 2027`, included); undefined for any other. `deadlineDate` gives such a deadline no day, so
 * it was never checked: a typo in a deadline passed unseen.
 */
export function impossibleDeadline(text: string, span: Span): ImpossibleDate | undefined {
  const written = span.text.toLowerCase()
  const whole = (suggestion: string) => ({start: span.start, end: span.end, suggestion})
  const week = /^(\d{4})-?w(\d{2})$/.exec(written)
  if (week) {
    // (`2025-W53` in a year of 52 weeks: its last week is most likely meant; `W00`, its first.)
    const year = Number(week[1])
    const number = Number(week[2])
    if (isoWeekMonday(year, number)) return undefined
    return whole(number === 0 ? `${year}-W01` : `${year}-W${isoWeekMonday(year, 53) ? 53 : 52}`)
  }
  const numeric = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(written)
  if (numeric) {
    const [year, month] = [Number(numeric[1]), Number(numeric[2])]
    // (`2025/26`: a fiscal or school year written across two, no month 26.)
    if (numeric[3] === undefined && numeric[2].length === 2 && month === (year + 1) % 100) return undefined
    const valid = numeric[3] === undefined ? month >= 1 && month <= 12 : validDay(year, month, Number(numeric[3])) !== undefined
    return valid ? undefined : whole(monthEnd(year, month))
  }
  // `31/02/2027`, `9/31/2027`, `13/13/2027`: in neither order a day of the calendar (`03/04/2026` is one in both).
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(written)
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), fullYear(slashed[3])]
    if (validDay(year, second, first) !== undefined || validDay(year, first, second) !== undefined) return undefined
    return whole(monthEnd(year, second <= 12 ? second : first))
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written)
  if (dotted) return validDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) === undefined ? whole(monthEnd(Number(dotted[3]), Number(dotted[2]))) : undefined
  const month = MONTH_IN.exec(written)
  const day = month ? dayOfMonthIn(written) : null
  if (month && day) {
    const yearIn = /((?:19|20)\d{2})\b/.exec(written)
    const after = yearIn ? null : YEAR_AFTER.exec(text.slice(span.end))
    // (No year: a day no year has, `31 June`, is checked against a leap year, so `29 February` passes.)
    const year = yearIn ? Number(yearIn[1]) : after ? fullYear(after[1]) : undefined
    const number = MONTH_NUMBER[month[1].slice(0, 3)]
    if (validDay(year ?? 2000, number, Number(day[1])) !== undefined) return undefined
    const suggestion = year === undefined ? `${lastDay(2001, number, 1).slice(8)} ${month[1][0].toUpperCase()}${month[1].slice(1)}` : monthEnd(year, number)
    return {start: span.start, end: after ? span.end + after[0].length : span.end, suggestion}
  }
  // A year after a quarter or half that does not exist (`Q5 2020`): the year alone was read.
  const lookback = Math.max(0, span.start - 4)
  const period = /^(?:19|20)\d{2}$/.test(written) ? /\b([qh])(\d)\s*$/i.exec(text.slice(lookback, span.start)) : null
  if (period && (Number(period[2]) === 0 || Number(period[2]) > (period[1].toLowerCase() === 'q' ? 4 : 2))) {
    const kind = period[1].toUpperCase()
    const nearest = Number(period[2]) === 0 ? 1 : kind === 'Q' ? 4 : 2
    return {start: lookback + period.index, end: span.end, suggestion: `${kind}${nearest} ${written}`}
  }
  return undefined
}

export interface ImpossibleDate {
  start: number
  end: number
  /** A day or period that exists, most likely the one meant: the month's last day (`2027-06-30` for `2027-06-31`), `Q4 2027`. */
  suggestion: string
}

/** The last day of a month as `YYYY-MM-DD`; past December (`2027-13`), the year's last day; month 0, January's. */
function monthEnd(year: number, month: number): string {
  return month >= 1 && month <= 12 ? lastDay(year, month, 1) : month < 1 ? lastDay(year, 1, 1) : iso(year, 12, 31)
}

/**
 * The last day a deadline found by `findDeadlines` allows, when it names one:
 * quarters and halves (`Q3 2025`, `2025-Q3`, `H1 2026`, `Q2 FY26`), fiscal
 * years (`FY25`, `FY2025 H2`; a fiscal year is named by the calendar year it
 * ends in, and starts in month `fiscalYearStart`), months (`March 2026`, `by
 * the end of March 2026`), dates (`2026-03-31`, `June 30, 2027`, `31/03/2026`
 * when the day is above 12) and years after a preposition (`by 2027`, `in
 * 2027`; `early 2027` is through April, `mid 2027` through August). A
 * deadline with no year (`by Q3`, `by March`), a relative one (`next
 * quarter`, `within 6 months`), a season and a start date (`since 2025`)
 * name no day. `labelled` says the text stands under a label that makes it a deadline (a Deadline column's cell).
 */
export function deadlineDate(text: string, span: Span, fiscalYearStart = 1, labelled = false): DeadlineDate | undefined {
  if (isStartDate(text, span)) return undefined
  const written = span.text.toLowerCase()
  const after = YEAR_AFTER.exec(text.slice(span.end))
  const yearAfter = after ? fullYear(after[1]) : undefined
  const end = after ? span.end + after[0].length : span.end
  const found = (date: string | undefined, usedYearAfter = false): DeadlineDate | undefined =>
    date === undefined ? undefined : {date, end: usedYearAfter ? end : span.end}
  // Before the start of a period, or before the period itself (`before Q4 2026`, `before 2027`): the day before it begins.
  // (`on or before 2026-12-08`: that day is still allowed; `on or before the start of Q3`: the start, as `by the start`.)
  const onOrBefore = /\bon\s+or\s+(?:before\s+(?:the\s+)?)?$/i.test(text.slice(Math.max(0, span.start - 24), span.start))
  const before =
    /\b(?:start|beginning)\s+of\b/.test(written) ||
    (!onOrBefore && (/^before\s(?:the\s)?(?!end\b)/.test(written) || /\bbefore\s(?:the\s)?$/i.test(text.slice(Math.max(0, span.start - 12), span.start))))

  // A day: the last one allowed is that day, or the day before it after `before`.
  const foundDay = (day: string | undefined, usedYearAfter = false) => found(day !== undefined && before ? dayBefore(day) : day, usedYearAfter)
  let match = /\b(\d{4})-?w(\d{2})\b/.exec(written)
  if (match) {
    const monday = isoWeekMonday(Number(match[1]), Number(match[2]))
    return monday ? found(dayOf(monday, before ? -1 : 6)) : undefined
  }
  match = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(written) ?? /\b(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?\b/.exec(written)
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])]
    if (match[3] !== undefined) return foundDay(validDay(year, month, Number(match[3])))
    return month >= 1 && month <= 12 ? found(lastDay(year, month, before ? 0 : 1)) : undefined
  }
  match = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(written)
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3])]
    // `03/04/2026` could be either order: no day can be told.
    if (first > 12 && second <= 12) return foundDay(validDay(year, second, first))
    if (second > 12 && first <= 12) return foundDay(validDay(year, first, second))
    return undefined
  }
  // `06/2026`: a month; `15.04.2027`: a day, the month second.
  match = /\b(\d{1,2})\/(\d{4})\b/.exec(written)
  if (match) return found(lastDay(Number(match[2]), Number(match[1]), before ? 0 : 1))
  match = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(written)
  if (match) return foundDay(validDay(Number(match[3]), Number(match[2]), Number(match[1])))
  // `CY2027`: a calendar year.
  match = /\bcy\s?'?(\d{4}|\d{2})\b/.exec(written)
  if (match) return found(lastDay(fullYear(match[1]), 1, before ? 0 : 12))
  // A fiscal year, its quarter or half: `FY25`, `FY2025 Q3`, `Q3 FY25`.
  const periodFirst = /\b([hq])([1-4])\s?fy\s?'?(\d{4}|\d{2})\b/.exec(written)
  // (`FY23Q3`, no space: no word boundary after the year.)
  match = periodFirst ? null : /\bfy\s?'?(\d{4}|\d{2})(?!\d)(?:\s?([hq])([1-4]))?/.exec(written)
  if (match || periodFirst) {
    const fiscal = match ? fullYear(match[1]) : fullYear(periodFirst![3])
    const kind = match ? match[2] : periodFirst![1]
    const number = Number(match ? match[3] : periodFirst![2])
    const startYear = fiscalYearStart === 1 ? fiscal : fiscal - 1
    if (kind === 'h' && number > 2) return undefined
    const months = kind === undefined ? 12 : kind === 'q' ? 3 * number : 6 * number
    if (before) return found(lastDay(startYear, fiscalYearStart, months - (kind === undefined ? 12 : kind === 'q' ? 3 : 6)))
    return found(lastDay(startYear, fiscalYearStart, months))
  }
  // A calendar quarter or half: `Q3 2025`, `2025-Q3`, `H1 '26`, `Q3/2026`, `by the end of Q3` + ` 2025`; `3Q26` (the
  // number first, as finance writes it).
  const numberFirst = /\b([1-4])([qh])\s?'?((?:19|20)\d{2}|\d{2})\b/.exec(written)
  if (numberFirst) {
    const size = numberFirst[2] === 'q' ? 3 : 6
    const number = Number(numberFirst[1])
    if (size === 6 && number > 2) return undefined
    return found(lastDay(fullYear(numberFirst[3]), 1, size * (before ? number - 1 : number)))
  }
  // `by the second quarter of 2026`, `in the first half` + ` of 2026`.
  const ordinal = /\b(first|second|third|fourth|last)\s(quarter|half)$/.exec(written)
  if (ordinal && yearAfter !== undefined) {
    const size = ordinal[2] === 'quarter' ? 3 : 6
    const number = ordinal[1] === 'last' ? 12 / size : ['first', 'second', 'third', 'fourth'].indexOf(ordinal[1]) + 1
    if (number > 12 / size) return undefined
    return found(lastDay(yearAfter, 1, size * (before ? number - 1 : number)), true)
  }
  match = /\b(?:((?:19|20)\d{2})[-\s]?([hq])([1-4])|([hq])([1-4])(?:[\s/-]?((?:19|20)\d{2}|'\d{2}))?)\b/.exec(written)
  if (match) {
    const kind = match[2] ?? match[4]
    const number = Number(match[3] ?? match[5])
    const yearWritten = match[1] ?? match[6]
    const year = yearWritten !== undefined ? fullYear(yearWritten) : yearAfter
    if (year === undefined || (kind === 'h' && number > 2)) return undefined
    const size = kind === 'q' ? 3 : 6
    return found(lastDay(year, 1, size * (before ? number - 1 : number)), yearWritten === undefined)
  }
  const month = MONTH_IN.exec(written)
  if (month) {
    const number = MONTH_NUMBER[month[1].slice(0, 3)]
    const yearIn = /((?:19|20)\d{2}|'\d{2})\b/.exec(written.slice(month.index))
    const year = yearIn ? fullYear(yearIn[1]) : yearAfter
    if (year === undefined) return undefined
    const day = dayOfMonthIn(written)
    const usedAfter = yearIn === null
    if (day) return foundDay(validDay(year, number, Number(day[1])), usedAfter)
    return found(before ? lastDay(year, number, 0) : lastDay(year, number, 1), usedAfter)
  }
  match = /((?:19|20)\d{2}|'\d{2})$/.exec(written)
  if (match) {
    const year = fullYear(match[1])
    const lead = written.slice(0, match.index).trim()
    if (lead === '') {
      // A bare year is a deadline only after a label that says so (`Deadline: 2027`), or where the text is labelled so
      // (`labelled`: a cell of a table's Deadline column).
      if (!labelled && !YEAR_LEAD.test(text.slice(Math.max(0, span.start - 40), span.start))) return undefined
      return found(lastDay(year, 1, 12))
    }
    if (before) return found(lastDay(year, 1, 0))
    if (/\bearly\b/.test(lead)) return found(lastDay(year, 1, 4))
    if (/\bmid\b/.test(lead)) return found(lastDay(year, 1, 8))
    if (/^(?:by|before|until|till|through|in|during|for|late|end of|(?:by|at|before|until)\s(?:the\s)?end\sof)\b/.test(lead)) return found(lastDay(year, 1, 12))
    return undefined
  }
  // `EOY` + ` 2025`, `year-end` + ` 2025`.
  if (/^(?:eoy|year[- ]end|end of (?:the )?year)$/.test(written) && yearAfter !== undefined) return found(lastDay(yearAfter, 1, 12), true)
  return undefined
}
