/**
 * Recognisers for what makes a goal measurable: quantities, baselines and
 * targets, deadlines, and named scope. Each is one bounded regular expression
 * (no nested quantifiers over the same characters), run once per sentence.
 */
import type {Token} from './matcher.js'

export interface Span {
  start: number
  end: number
  text: string
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|fifty|hundred|a dozen)'
const PERIOD = '(?:days?|weeks?|months?|quarters?|years?|sprints?|releases?|half-years?|halves)'
const YEAR = "(?:19|20)\\d{2}|'\\d{2}"

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

/**
 * Quantities: numbers with units, percentages, currency, durations, rates,
 * comparisons and multipliers (`45 min`, `8%`, `<1%`, `$200K`, `3/month`,
 * `99.95%`, `10x`), and number words (`zero`, `half`, `twice`). A bare year
 * or a label such as `Q3`, `P1` or `v2` is not a quantity.
 */
const QUANTITY = new RegExp(
  [
    // A number not glued to letters before it (Q3, P1, v2, H2 are labels), with optional comparison and currency.
    `(?<![\\p{L}\\p{N}_.])(?:[<>≤≥~]=?\\s?|(?:under|below|over|above|at least|at most|less than|more than|fewer than|up to)\\s)?[$€£]?\\d+(?:[.,]\\d+)*(?:\\s?(?:%|percent|x\\b|×|[kKmMbB]\\b|ms\\b|s\\b|sec\\w*|min\\w*|h\\b|hrs?\\b|hours?|days?|weeks?|months?|years?|[a-zA-Z]{1,12}(?:/[a-zA-Z]{1,8})?))?(?:\\s?/\\s?(?:${PERIOD}|day|week|month|year|h|hr|hour|min|s|sec|deploy|request|req|user|team|engineer|service|PR|build)s?\\b)?`,
    `\\b${NUMBER_WORD}\\b`,
    '\\b(?:half|double|triple|twice|thrice|quarter|tenfold|halve|halved|none|no more than)\\b'
  ].join('|'),
  'giu'
)

/** A year on its own, which says when, not how much. */
const BARE_YEAR = /^(?:19|20)\d{2}$/

export function findQuantities(text: string): Span[] {
  return spans(QUANTITY, text).filter((span) => !BARE_YEAR.test(span.text.trim()))
}

/** Baselines and targets: `from X to Y`, `currently X`, `down to`, `at least`, `(today: X)`. */
const BASELINE_TARGET =
  /\bfrom\s[^.;]{1,60}?\sto\b|\b(?:currently|today(?: is|:)?|baseline(?: is|:)?|down to|up to|at least|at most|no more than|under|below|above|less than|more than|fewer than)\s[<>~]?[$€£]?\d/giu

export function findBaselinesAndTargets(text: string): Span[] {
  return spans(BASELINE_TARGET, text)
}

/**
 * Deadlines: `Q3`, `Q3 2027`, `H2 2027`, `FY26`, `by end of year`, `by March`,
 * ISO dates, `within 6 months`, `over the next 18 months`, `by 2028`,
 * `next quarter`, `end of Q2`.
 */
const DEADLINE = new RegExp(
  [
    `\\b(?:Q[1-4]|H[12])(?:\\s?(?:FY\\s?)?(?:${YEAR}))?\\b`,
    `\\bFY\\s?'?\\d{2}(?:\\d{2})?\\b`,
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
    `\\b(?:by|before|until|till|through|in|during|from|for|since|end of|mid|early|late)[\\s-]+(?:the\\s)?(?:(?:early|mid|late|end of)[\\s-]+)?(?:${MONTH}|${YEAR})\\b`,
    `\\b${MONTH}\\s(?:\\d{1,2},?\\s)?(?:${YEAR})\\b`,
    `\\b(?:${YEAR})\\b`,
    `\\b(?:by|before|until|at)\\s(?:the\\s)?(?:end|start|beginning|middle)\\sof\\s(?:the\\s)?(?:this\\s|next\\s)?(?:year|quarter|month|half|sprint|Q[1-4]|H[12]|${MONTH}|${YEAR})\\b`,
    '\\b(?:end of (?:the )?(?:year|quarter|month|half)|EOY|EOQ|EOM|year-end|year end)\\b',
    `\\b(?:within|in|over)\\s(?:the\\s)?(?:next\\s|first\\s|coming\\s)?(?:\\d+|${NUMBER_WORD}|a|an)\\s?(?:-\\s?\\d+\\s)?(?:${PERIOD})\\b`,
    `\\b(?:next|this|coming|following)\\s(?:${PERIOD.replace(/s\?/g, '')}|quarter|year|half)\\b`,
    '\\bby\\s(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\\b',
    '\\b(?:each|every|per)\\s(?:sprint|release|quarter)\\b'
  ].join('|'),
  'giu'
)

export function findDeadlines(text: string): Span[] {
  return spans(DEADLINE, text)
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
