/**
 * The review dates of front matter (`review-by:`, `last-reviewed:`), read as days. A value that is written but cannot
 * be read is said so, not dropped: a review date silently ignored is a review nobody is reminded of.
 */
import {deadlineDate, findDeadlines} from '../language/recognisers.js'

export type ReviewDate =
  /** A day, `YYYY-MM-DD`. */
  | {kind: 'day'; day: string; written: string}
  /** A date of the right form that is not in the calendar: `2027-02-30`, `2026-13-01`. */
  | {kind: 'impossible'; written: string; why: string}
  /** A value that names no day the linter reads: `soon`, `next year`. */
  | {kind: 'unreadable'; written: string}

/**
 * `2026-11-30`, `2026/11/30`, or a date and time (`2026-11-30T00:00:00Z`, `2026-11-30 09:00`): the date as written (a
 * review is due on a day, whatever the time zone). Every part has a bounded length, so the pattern cannot backtrack.
 */
const DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A front matter value as a review date. `deadline`: a `review-by:` date may also name a period, read as its last day,
 * as in the goals (`Q3 2026`, `March 2027`, `H1 2027`); a `last-reviewed:` date is a day. `undefined`: nothing written.
 */
export function readReviewDate(raw: unknown, deadline: boolean, fiscalYearStart: number): ReviewDate | undefined {
  // (A YAML 1.1 timestamp is parsed to a date: its day, in UTC, as YAML reads it.)
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : {kind: 'day', day: raw.toISOString().slice(0, 10), written: raw.toISOString().slice(0, 10)}
  if (raw === undefined || raw === null) return undefined
  const written = typeof raw === 'string' ? raw.trim() : String(raw)
  if (written === '') return undefined
  const parts = DAY.exec(written)
  if (parts) return calendarDay(written, Number(parts[1]), Number(parts[3]), Number(parts[4]))
  const day = deadline ? periodEnd(written, fiscalYearStart) : undefined
  return day ? {kind: 'day', day, written} : {kind: 'unreadable', written}
}

function calendarDay(written: string, year: number, month: number, date: number): ReviewDate {
  if (month < 1 || month > 12) return {kind: 'impossible', written, why: `there is no month ${month}`}
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (date < 1 || date > last) return {kind: 'impossible', written, why: `${MONTHS[month - 1]} ${year} has ${last} days`}
  return {kind: 'day', day: `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`, written}
}

/** The last day of a period the deadline recogniser reads, when it is the whole value: `Q3 2026` (not `Q3 2026 or later`). */
function periodEnd(written: string, fiscalYearStart: number): string | undefined {
  const text = `by ${written}`
  for (const span of findDeadlines(text)) {
    const found = deadlineDate(text, span, fiscalYearStart)
    if (found && span.start <= 3 && found.end === text.length) return found.date
  }
  return undefined
}
