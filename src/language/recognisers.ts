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
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
    '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b',
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
const BASELINE_TARGET =
  /\bfrom\s(?:[^.;]|\.(?=\d)){1,60}?\sto\b|\b(?:currently|today(?: is|:)?|baseline(?: is|:)?|down to|up to|at least|at most|no more than|under|below|above|less than|more than|fewer than)\s[<>~]?[$€£]?\d/giu

export function findBaselinesAndTargets(text: string): Span[] {
  // `from the monolith to services` and `from 2026 to 2028` are not a baseline and a target.
  return spans(BASELINE_TARGET, text).filter((span) => !/^from\s/i.test(span.text) || findQuantities(span.text).length > 0)
}

/**
 * Deadlines: `Q3`, `Q3 2027`, `H2 2027`, `FY26`, `by end of year`, `by March`,
 * `by 30 June`, ISO and numeric dates, `within 6 months`, `over the next 18
 * months`, `by 2028`, `next quarter`, `end of Q2`, `by the autumn`. Not a
 * duration (`within 2 days of a request`, `in 15 minutes`) and not a number
 * that only looks like a year (`by 2000 requests per second`, `2048
 * connections`).
 */
const DEADLINE = new RegExp(
  [
    `\\b(?:Q[1-4]|H[12])(?:\\s?(?:FY\\s?)?(?:${YEAR}))?\\b`,
    `\\bFY\\s?'?\\d{2}(?:\\d{2})?\\b`,
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
    '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b',
    // `by March`, `in 2027`; a full date after the preposition (`by 2027-06-30`, `by June 30, 2027`) is matched whole below.
    `\\b(?:by|before|until|till|through|in|during|from|for|since|end of|mid|early|late)[\\s-]+(?:the\\s)?(?:(?:early|mid|late|end of)[\\s-]+)?(?:${MONTH}|${YEAR})\\b(?![-/]\\d|\\s\\d{1,2}\\b)`,
    `\\b(?:by|before|until|till|on|from)\\s(?:the\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\b`,
    `\\b${MONTH}\\s(?:\\d{1,2},?\\s)?(?:${YEAR})\\b`,
    `\\b${MONTH_NAME}\\s\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:${YEAR})\\b`,
    `\\b(?:by|before|until|at)\\s(?:the\\s)?(?:end|start|beginning|middle)\\sof\\s(?:the\\s)?(?:this\\s|next\\s)?(?:year|quarter|month|half|sprint|Q[1-4]|H[12]|${MONTH}|${YEAR})\\b`,
    '\\b(?:end of (?:the )?(?:year|quarter|month|half)|EOY|EOQ|EOM|year-end|year end)\\b',
    `\\b(?:by|before|until|till|in|during)\\s(?:the\\s)?(?:(?:early|late|end of)\\s)?${SEASON}\\b`,
    `\\b(?:within|in|over)\\s(?:the\\s)?(?:next\\s|first\\s|coming\\s)?(?:\\d+|${NUMBER_WORD}|a|an)\\s?(?:-\\s?\\d+\\s)?(?:${PERIOD})\\b`,
    `\\b(?:next|this|coming|following)\\s(?:${PERIOD.replace(/s\?/g, '')}|quarter|year|half)\\b`,
    '\\bby\\s(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\\b',
    // A cadence (`each sprint`); `per quarter` is the denominator of a rate, not a date.
    '\\b(?:each|every)\\s(?:sprint|release|quarter)\\b'
  ].join('|'),
  'giu'
)

/** A standalone year: this century's first four decades or the 1990s (`2048 connections` is a count). */
const PLAUSIBLE_YEAR = /^(?:199\d|20[0-3]\d)$/

function isDeadline(text: string, span: Span): boolean {
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

export function findDeadlines(text: string): Span[] {
  return spans(DEADLINE, text).filter((span) => isDeadline(text, span))
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
