import type {Nodes} from 'mdast'
import {
  columnHeader,
  createRule,
  fieldText,
  readReviewDate,
  type ReviewDate,
  deadlineDate,
  ENDED,
  expectedOf,
  fail,
  features,
  frameOf,
  impossibleDeadline,
  inHeaderRow,
  lineOfKey,
  optionAt,
  quote,
  readsAsEnglish,
  headedAsDone,
  reportsDone,
  saysClosed,
  sourceRange,
  textUnits,
  type DeadlineDate,
  type ImpossibleDate,
  type OptionSchema,
  type RuleContext,
  type Sentence,
  type Span,
  type StrategyDocument,
  type TextUnit
} from '../src/rule.js'

interface Options {
  /** The day of the check, `YYYY-MM-DD`: the setting `strategyDate`, else the option, else `STRATEGY_LINT_DATE`; `undefined`: today (UTC), read when a file is checked. */
  date: string | undefined
  /** The month (1-12) the fiscal year starts in. */
  fiscalYearStart: number
  /** Months after `last-reviewed:` a document is due for review. */
  maxReviewAgeMonths: number
}

/** The processor setting `strategy-lint --date` sets; it wins over the rule's `date` option. */
const DATE_SETTING = 'strategyDate'
/** The environment variable that says what today is when neither the setting nor the option gives a day (test suites set it). */
const DATE_VARIABLE = 'STRATEGY_LINT_DATE'

/** The `date` option; the setting and the environment variable are days of the same form. */
const DATE: OptionSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  expected: 'a date as YYYY-MM-DD, such as 2026-12-03',
  description: 'The date the check is made on, as YYYY-MM-DD (default: today); the processor setting `strategyDate` (`strategy-lint --date`) wins over it.'
}

/** A day as `YYYY-MM-DD` that exists in the calendar (the schema checks the form, not `2026-02-30`). */
function checkDate(value: unknown, where: string): string {
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && toDay(value) === value
  if (!valid) fail(where, value, expectedOf(DATE))
  return value as string
}

function toDay(value: string): string | undefined {
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
}

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** `2026-03-01` plus `months` months (the last day of the month when it has fewer days). */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number)
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  const result = new Date(Date.UTC(year, month - 1 + months, Math.min(date, last)))
  return result.toISOString().slice(0, 10)
}

/** Frames that do not state a goal to meet: a report of the past, a question, a condition, a quotation. */
const NOT_A_GOAL = new Set(['past', 'question', 'condition', 'citation'])

/** The word before a deadline that belongs in the quote: `by Q3 2025`. */
const LEAD = /\b(?:by|(?:on or )?before|on or|until|till|due|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?$/i

export default createRule<Options>({
  id: 'strategy-stale-deadline',
  severity: 'warn',
  description: 'In an active document, no deadline in a goal section has passed unnoticed (`by Q3 2025` read in 2026), and front matter `review-by:` or `last-reviewed:` is not overdue.',
  scope: 'section',
  // Goal sections whose dates are deadlines: when one passes, the goal is met or late.
  sections: [
    'strategy/coherent-actions',
    'strategy/success-criteria',
    'vision/target-state',
    'vision/migration-strategy',
    'vision/success-metrics'
  ],
  // A draft's dates are still being set.
  draft: 'skip',
  ended: 'skip',
  options: {
    date: DATE,
    fiscalYearStart: {
      type: 'integer',
      minimum: 1,
      maximum: 12,
      default: 1,
      expected: 'a month number from 1 (January) to 12 (December)',
      description: 'The month (1-12) your fiscal year starts in; FY27 is the fiscal year that ends in 2027 (1: fiscal years are calendar years).'
    },
    maxReviewAgeMonths: {type: 'integer', minimum: 1, default: 12, description: 'How many months after front matter `last-reviewed:` a document is due for review.'}
  },
  refine(options, {where, settings, fromConfiguration}) {
    if (options.date !== undefined) checkDate(options.date, optionAt(where, 'date'))
    if (fromConfiguration) return options
    const forced = settings[DATE_SETTING]
    if (forced !== undefined) options.date = checkDate(forced, `remark-lint-strategy: setting \`${DATE_SETTING}\` (--date)`)
    // What "today" is, for a whole test suite or CI job: below the setting and the option, above the clock.
    // (Spaces around the day are taken, as --date takes them.)
    const today = process.env[DATE_VARIABLE]?.trim()
    if (options.date === undefined && today !== undefined && today !== '') options.date = checkDate(today, `remark-lint-strategy: environment variable \`${DATE_VARIABLE}\``)
    return options
  },
  check({document, options, reads, report}) {
    const status = document.status()
    // An ended document's goals no longer hold, even where its type checks ended documents (drafts: `draft: 'skip'`).
    if (status && ENDED.has(status.kind)) return
    const day = options.date ?? today()
    checkReview(document, day, options, report)
    for (const finding of staleDeadlines(document, reads, day, options.fiscalYearStart)) {
      const reason =
        finding.deadline === undefined
          ? `The deadline \`${quote(finding.quoted)}\` names no day that exists, so no one can tell when it passes; correct the date (such as \`${finding.suggestion}\`)`
          : `The deadline \`${quote(finding.quoted)}\` passed on ${finding.deadline.date}: if the goal is met, say so and move it to a results section; if it is late, give a new date`
      report(reason, {place: finding.place})
    }
  }
})

type Reporter = (reason: string, report: {place: ReturnType<typeof lineOfKey>}) => unknown

const REVIEW_BY_KEYS = ['review-by', 'review_by', 'reviewBy']
const REVIEWED_KEYS = ['last-reviewed', 'last_reviewed', 'lastReviewed']

/**
 * Front matter review dates, each on its key's line: a `review-by:` that has passed, or else a `last-reviewed:` older
 * than the allowed age; a `last-reviewed:` after the day of the check; and a date that cannot be read or is not in the
 * calendar (once, with the form to use, instead of never reminding anyone).
 */
function checkReview(document: StrategyDocument, day: string, options: Options, report: Reporter): void {
  const data = document.frontMatter?.data
  if (!data) return
  const place = (key: string) => lineOfKey(document, key) ?? document.frontMatter?.node.position
  const reviewBy = reviewField(data, REVIEW_BY_KEYS, true, options.fiscalYearStart)
  const reviewed = reviewField(data, REVIEWED_KEYS, false, options.fiscalYearStart)
  // (An example of the form to use: a review three months on, or the last one today.)
  if (reviewBy) reportUnread(document, reviewBy, addMonths(day, 3), report, place(reviewBy.key))
  if (reviewed) reportUnread(document, reviewed, day, report, place(reviewed.key))
  if (reviewBy?.date.kind === 'day' && reviewBy.date.day < day) {
    report(
      `The review date \`${fieldText(document.frontMatter, reviewBy.key, reviewBy.date.written)}\` has passed (${reviewBy.date.written === reviewBy.date.day ? '' : `it ended on ${reviewBy.date.day}; `}checked on ${day}); review the document, then set the next \`${reviewBy.key}\` date, or mark it superseded`,
      {place: place(reviewBy.key)}
    )
  }
  if (reviewed?.date.kind !== 'day') return
  const last = reviewed.date.day
  if (last > day) {
    report(
      `The document says it was last reviewed on ${last} (\`${reviewed.key}\`), after the day of the check (${day}); write the day of the last review, as YYYY-MM-DD, or give the next review as \`${fieldText(document.frontMatter, 'review-by', last)}\``,
      {place: place(reviewed.key)}
    )
    return
  }
  // A review date, read, says when the next review is due: the age of the last one then does not matter.
  if (reviewBy?.date.kind === 'day') return
  const due = addMonths(last, options.maxReviewAgeMonths)
  if (due < day) {
    report(
      `The document was last reviewed on ${last}, more than ${options.maxReviewAgeMonths} months before ${day} (a review was due by ${due}); review it and update \`${reviewed.key}\`, or mark it superseded`,
      {place: place(reviewed.key)}
    )
  }
}

/** The first of `keys` front matter gives a value to, read as a review date. */
function reviewField(data: Record<string, unknown>, keys: readonly string[], deadline: boolean, fiscalYearStart: number): {key: string; date: ReviewDate} | undefined {
  for (const key of keys) {
    const date = readReviewDate(data[key], deadline, fiscalYearStart)
    if (date) return {key, date}
  }
  return undefined
}

/** A review date written but not read: a day not in the calendar, or a value that names no day. */
function reportUnread(document: StrategyDocument, field: {key: string; date: ReviewDate}, example: string, report: Reporter, place: ReturnType<typeof lineOfKey>): void {
  const {key, date} = field
  const written = fieldText(document.frontMatter, key, date.written)
  if (date.kind === 'impossible') {
    report(`The date \`${written}\` is not a day of the calendar (${date.why}), so it is not checked; write the day you mean, as YYYY-MM-DD`, {place})
  } else if (date.kind === 'unreadable') {
    report(`The date \`${written}\` cannot be read, so it is not checked; write a day as YYYY-MM-DD, such as \`${fieldText(document.frontMatter, key, example)}\``, {place})
  }
}

interface StaleDeadline {
  /** The deadline's last day; undefined for a deadline that names no day that exists (`2027-02-30`, `Q5 2027`). */
  deadline: DeadlineDate | undefined
  /** For a deadline that names no day, one that exists and is most likely meant (`2027-02-28`). */
  suggestion?: string
  quoted: string
  place: ReturnType<typeof sourceRange>
}

/** One finding per sentence of a goal section: its latest dated deadline, when that has passed, else a deadline that names no day that exists. */
function staleDeadlines(document: StrategyDocument, reads: RuleContext<Options>['reads'], day: string, fiscalYearStart: number): StaleDeadline[] {
  const found: StaleDeadline[] = []
  const units = textUnits(document)
  const closed = closedItems(units)
  let rows: Map<Item, string> | undefined
  // (`Seit Q1 2025 nutzen wir ...`: what tells a date from a deadline, `since`, a past tense, `if`, `done`, reads
  // English; in another language the date is left alone, src/language/english.ts. A table cell is read with its row.
  // Asked only of a finding: asked of every sentence, it cost more than the rule.)
  const english = (unit: TextUnit, sentence: Sentence): boolean => {
    if (unit.item?.type !== 'tableRow') return readsAsEnglish(sentence.text)
    rows ??= rowTexts(units)
    return readsAsEnglish(rows.get(unit.item) ?? sentence.text)
  }
  for (const unit of units) {
    // A table's header row names its columns (`| 2024 H2 Milestone | Owner |`): a label, not a goal with a deadline.
    if (!reads(unit.section) || isClosed(unit, closed) || inHeaderRow(unit) || headedAsDone(unit.section)) continue
    // A table's baseline column tells where a metric starts: `| Incidents | 23 in 2025 | 2 in 2028 |` under `Baseline`.
    if (BASELINE_COLUMN.test(columnHeader(unit) ?? '')) continue
    for (const sentence of unit.sentences) {
      // (Checked whether or not another deadline of the sentence names a day: `by Q4 2027 and 2027-02-30` hid the typo.)
      const impossible = impossibleIn(unit, sentence, fiscalYearStart)
      if (impossible && !NOT_A_GOAL.has(frameReason(sentence)) && !putAside(sentence.text, impossible.start) && english(unit, sentence)) {
        found.push({...quotedWithLead(document, sentence, impossible.start, impossible.end, undefined), suggestion: impossible.suggestion})
      }
      const latest = latestDeadline(unit, sentence, fiscalYearStart)
      if (!latest || latest.deadline.date >= day) continue
      if (saysClosed(sentence.text) || NOT_A_GOAL.has(frameReason(sentence)) || inInline(unit, sentence.start + latest.span.end - 1, LINKS)) continue
      if (putAside(sentence.text, latest.span.start) || namesAThing(sentence.text, latest.span.start) || reportsDone(clauseBefore(sentence.text, latest.span.start), latest.span.text) || !english(unit, sentence)) continue
      found.push(quotedWithLead(document, sentence, latest.span.start, latest.deadline.end, latest.deadline))
    }
  }
  return found
}

/** A finding on a deadline, quoted with the word that leads it (`by Q3 2025`, `by 2027-02-30`). */
function quotedWithLead(document: StrategyDocument, sentence: Sentence, from: number, end: number, deadline: DeadlineDate | undefined): StaleDeadline {
  const lead = LEAD.exec(sentence.text.slice(Math.max(0, from - 24), from))
  const start = lead ? from - lead[0].length : from
  return {deadline, quoted: sentence.text.slice(start, end), place: sourceRange(document, sentence, start, end)}
}

type Item = NonNullable<TextUnit['item']>

/** The text of each table row, its cells' units joined, in one pass over the units. */
function rowTexts(units: readonly TextUnit[]): Map<Item, string> {
  const texts = new Map<Item, string>()
  for (const unit of units) {
    if (unit.item?.type !== 'tableRow') continue
    const sentences = unit.sentences.map((sentence) => sentence.text).join(' ')
    texts.set(unit.item, `${texts.get(unit.item) ?? ''} ${sentences}`)
  }
  return texts
}

/** The item whose own text says whether a unit's goal is closed: its table row, else its nearest list item. */
function ownerOf(unit: TextUnit): Item | undefined {
  return unit.item?.type === 'tableRow' ? unit.item : (unit.listItem ?? unit.item)
}

/**
 * The items (list items and table rows) whose own text says they are closed: a cell or a paragraph of the item says
 * so as a status (`saysClosed`: `| Done |`, `(done)`; not `Not done` or `done by Q3`). Each item's units are read
 * once: a list item with 20,000 nested items read its whole text again for each of them (134 s). A nested item's
 * text does not close its parent (`- Migrate\n  - Step 1 (done)`).
 */
function closedItems(units: readonly TextUnit[]): Set<Item> {
  const closed = new Set<Item>()
  for (const unit of units) {
    const owner = ownerOf(unit)
    if (owner && !closed.has(owner) && saysClosed(unit.text) && !marksAKind(unit)) closed.add(owner)
  }
  return closed
}

/** A cell that holds only a mark: `✓`, `✔️`, `x` (an emoji's variation selector too). */
const MARK_ONLY = /^[\s✓✔☑✅✗✘×xX\uFE0F]*$/u
/**
 * A column whose marks say a goal is done: `Done?`, `Status`, `Shipped`, `Complete?`, `Met`, or one with no header.
 * Under another column a mark says something else: `Leading` and `Lagging` sort metrics, `Funded`, `Committed` and
 * `Approved by CTO` say the work was agreed (two QA passes: every such row's passed deadline was hidden).
 */
const DONE_COLUMN = /^$|done|complet|status|state|ship|deliver|\bmet\b|achiev|reached|result|progress|finish|closed|[✓✔☑✅]/iu

/** Whether a table cell's check mark says something other than done (see DONE_COLUMN): the row's deadline is still read. */
function marksAKind(unit: TextUnit): boolean {
  const header = columnHeader(unit)
  return header !== undefined && MARK_ONLY.test(unit.text) && !DONE_COLUMN.test(header)
}

/**
 * A column of where a metric starts or stands: `Baseline`, `Baseline value`, `2025 baseline`, `Today`, `Before`,
 * `Start`, `From`, `Current`, `Actual`, `Last measured`, `As of Q1 2025`, `Status quo`, `Where we are`. Not `Now` of a
 * Now / Next / Later roadmap, nor `Current ETA` or `Current target`: those hold plans.
 */
const BASELINE_COLUMN =
  /^(?:(?:(?:19|20)\d{2}\s+|current\s+)?baseline|today|before|start(?:ing)?(?:\s+(?:value|point|level))?|from|current(?!\s+(?:eta|target|plan|deadline|date|due)\b)|actual|as[- ]is|status quo|where we are|last measured|measured|as of)\b/i

/** A checked task (`- [x] ...`), or an item or row that says it is closed, or a nested item under one. */
function isClosed(unit: TextUnit, closed: ReadonlySet<Item>): boolean {
  const owner = ownerOf(unit)
  for (const item of [owner, unit.item]) {
    if (!item) continue
    if (closed.has(item) || (item.type === 'listItem' && item.checked === true)) return true
  }
  return false
}

/** A link's text names another document (`the [FY23 Roadmap](...)`), not a deadline. */
const LINKS: ReadonlySet<string> = new Set(['link', 'linkReference'])
/**
 * A struck-through date (`~~by Q3 2025~~`) is withdrawn: the author crossed it out. A date in code (`` `2025-Q3` ``,
 * `` `ci-2025-06-30` ``, `` `--until 2025-06-30` ``) names a tag, an image or an option: it is mentioned, not set.
 */
const STRUCK_OR_CODE: ReadonlySet<string> = new Set(['delete', 'inlineCode'])

/** Whether an offset of the unit's text is inside an inline node of one of `types`. */
function inInline(unit: TextUnit, offset: number, types: ReadonlySet<string>): boolean {
  const at = unit.toSource(offset)
  const children = unit.block && 'children' in unit.block ? (unit.block.children as Nodes[]) : []
  const pending = [...children]
  for (let node = pending.pop(), seen = 0; node && seen < 500; node = pending.pop(), seen++) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || at < start || at >= end) continue
    if (types.has(node.type)) return true
    if ('children' in node) pending.push(...(node.children as Nodes[]))
  }
  return false
}

/** An HTML tag that strikes text through, opening or closing: `<del>`, `</s>`, `<strike class="x">`. */
const STRIKE_TAG = /^<(\/?)(?:del|s|strike)(?:\s[^>]*)?>$/i

/**
 * Whether an offset of the unit's text is between an HTML `<del>`, `<s>` or `<strike>` and its closing tag (`<del>by
 * Q3 2025</del>`): Markdown keeps such tags as separate `html` nodes around the text, so no node holds the date.
 */
function inStruckHtml(unit: TextUnit, offset: number): boolean {
  const at = unit.toSource(offset)
  let open = 0
  const pending = unit.block && 'children' in unit.block ? [...(unit.block.children as Nodes[])].reverse() : []
  // In document order (a stack of the children, first on top), up to the offset.
  for (let node = pending.pop(), seen = 0; node && seen < 500; node = pending.pop(), seen++) {
    const start = node.position?.start.offset
    if (start === undefined || start >= at) continue
    const tag = node.type === 'html' ? STRIKE_TAG.exec(node.value.trim()) : null
    if (tag) open = Math.max(0, open + (tag[1] ? -1 : 1))
    else if ('children' in node) pending.push(...[...(node.children as Nodes[])].reverse())
  }
  return open > 0
}

function frameReason(sentence: Sentence): string {
  const frame = frameOf(sentence.text, sentence.tokens, new Set())
  return frame.plan ? 'plan' : frame.reason
}

/** The sentence's latest deadline that names a day and is not struck through: a baseline's date comes before the goal's deadline. */
/**
 * Whether the clause that holds the date is negated before it: `We do not expect it to be stabilized in 2024`, `We
 * will not migrate before Q3 2025`: an expectation ruled out or a limit kept, no goal to meet by then (a QA reader
 * found such sentences among stale deadlines on real goal pages). The clause starts after the last `,`, `;` or `:`.
 */
function negatedBefore(text: string, at: number): boolean {
  return /\b(?:not|never)\b|n't\b/i.test(clauseBefore(text, at))
}

/**
 * Whether the clause that holds the date puts it as a possibility: `The work could be completed before the 2025h1
 * period`, `it might land in Q3 2025`: an option weighed, not a date the authors set (a QA reader found such sentences
 * among stale deadlines on real goal pages). Only the modals of doubt, in lower case (`May 2025` is a month).
 */
function hypotheticalBefore(text: string, at: number): boolean {
  return /\b(?:could|might|may)\b(?!\s+(?:19|20)\d{2}\b)/.test(clauseBefore(text, at))
}

/** Whether the clause that holds the date rules it out, weighs it or makes it a condition: no goal to meet by then. */
function putAside(text: string, at: number): boolean {
  return negatedBefore(text, at) || hypotheticalBefore(text, at) || conditionBefore(text, at)
}

/**
 * Whether the clause that holds the date is a condition that ends the sentence: `We buy more runners if we miss Q3
 * 2025`, `Drop the feature unless it ships by Q3 2025`: the date says when a plan B starts, not a goal to meet (a
 * condition that opens the sentence is a frame, `frameOf`).
 */
function conditionBefore(text: string, at: number): boolean {
  return /\b(?:if|unless|in case)\b/i.test(clauseBefore(text, at))
}

/**
 * Whether the date tells which thing the sentence means, in a participle after its noun: `Ship the changes planned for
 * the 2024 edition`, `the features scheduled for Q3 2025 that slipped`. The date was the thing's plan, not this goal's
 * deadline (a QA reader found such sentences among stale deadlines on real goal pages). Not when a subject or a form
 * of `be` or `have` comes before the participle (`We planned for Q3 2025`, `It is scheduled for Q3 2025`): that
 * states the plan.
 */
function namesAThing(text: string, at: number): boolean {
  const participle = PLANNED_FOR.exec(text.slice(Math.max(0, at - 80), at))
  return participle !== null && !STATES_THE_PLAN.test(participle[1])
}

/** A participle of planning right before a date (which may hold its own `for` or `in`), with the word before it. */
const PLANNED_FOR = /\b([\w']+)\s+(?:planned|scheduled|slated|targeted|intended|earmarked|budgeted)\s+(?:(?:for|in)\s+(?:the\s+)?)?$/i
/** Words before such a participle that make it the verb of a clause stating the plan. */
const STATES_THE_PLAN = /^(?:is|are|was|were|be|been|being|am|has|have|had|get|gets|got|we|i|they|you|he|she|it|team|teams|who|which|that|originally|initially|now|currently|still|also|already|all|not)$/i

/** The clause before an offset: from the last `,`, `;` or `:` before it, and at most 200 characters back. */
function clauseBefore(text: string, at: number): string {
  // (At most 200 characters back: a run-on sentence with a date every few words read its whole length again for each.)
  const window = Math.max(0, at - 200)
  return text.slice(Math.max(window, text.lastIndexOf(',', at) + 1, text.lastIndexOf(';', at) + 1, text.lastIndexOf(':', at) + 1), at)
}

/**
 * Whether the date is part of a web address written out (`https://x.example/?end=2021-10-12`): GFM makes such text a
 * link with no place in the source, so the check for links (`inInline`) cannot see it; the word around it can.
 */
function inAddress(text: string, span: Span): boolean {
  // (At most 200 characters back, for the same reason: an address is shorter.)
  const wordStart = Math.max(text.lastIndexOf(' ', span.start) + 1, span.start - 200)
  return /^\S*?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(text.slice(wordStart, span.start + 1))
}

/**
 * The first deadline of the sentence that names no day that exists (`by 2027-02-30`), whatever its other deadlines name.
 * Only after a word that makes it a deadline (`by`, `before`, `until`, `due`, `deadline:`): `see issue 2027-13`, `Sprint
 * 2027-53` and `JIRA-2027-02-30` are names, not dates (a QA pass found them reported).
 */
function impossibleIn(unit: TextUnit, sentence: Sentence, fiscalYearStart: number): ImpossibleDate | undefined {
  for (const span of features(sentence).deadlines) {
    if (deadlineDate(sentence.text, span, fiscalYearStart)) continue
    // (`Q5 2020`: the quarter is written before the year the recogniser read; `by 31 June` + ` 2027`: the year after it.)
    const written = impossibleDeadline(sentence.text, span)
    if (!written || inInline(unit, sentence.start + span.start, STRUCK_OR_CODE) || inStruckHtml(unit, sentence.start + span.start)) continue
    // (The span may hold the word itself: `by 31 June`.)
    const led = DEADLINE_WORD_BEFORE.test(sentence.text.slice(Math.max(0, written.start - 24), written.start)) || DEADLINE_WORD_LEADS.test(sentence.text.slice(written.start))
    if (!led) continue
    return written
  }
  return undefined
}

/** The words right before a date that make it a deadline: `by`, `before`, `until`, `due`, `no later than`, `Deadline:`. */
const DEADLINE_WORD_BEFORE = /\b(?:by|before|until|till|due(?:\s+(?:on|by))?|no later than|deadline\s*:?)\s+(?:the\s+)?(?:end\s+of\s+)?$/i
/** A span that starts with such a word: `by 31 June`, `before the 31st of June`. */
const DEADLINE_WORD_LEADS = /^(?:by|before|until|till)\s/i

/** A table column whose cells are deadlines: `Deadline`, `Due`, `Target date`, `ETA`, `When`, `By`. */
const DEADLINE_COLUMN = /^(?:deadline|due(?: date)?|target date|eta|when|by)\b/i

function latestDeadline(unit: TextUnit, sentence: Sentence, fiscalYearStart: number): {deadline: DeadlineDate; span: Span} | undefined {
  let latest: {deadline: DeadlineDate; span: Span} | undefined
  let readTo = 0
  // (`| Cache hit rate | 85% | 2025 |` under `Deadline`: the year is the deadline, as measurable-criteria reads it.)
  const labelled = DEADLINE_COLUMN.test(columnHeader(unit) ?? '')
  for (const span of features(sentence).deadlines) {
    // A year already read with the deadline before it (`by March` + ` 2026`).
    if (span.start < readTo) continue
    const deadline = deadlineDate(sentence.text, span, fiscalYearStart, labelled)
    if (!deadline) continue
    readTo = deadline.end
    const at = sentence.start + span.start
    if (inInline(unit, at, STRUCK_OR_CODE) || inStruckHtml(unit, at) || inAddress(sentence.text, span)) continue
    if (!latest || deadline.date > latest.deadline.date) latest = {deadline, span}
  }
  return latest
}
