/**
 * Whether a goal's text says it is closed: reached (`(done)`, `— shipped in v1.4`, `Done:`, a Status cell `Complete`,
 * ✅, `was completed in Q2`) or given up (`(cancelled)`, `— dropped`). A word of being done that is part of the goal
 * (`Ensure the migration is done by Q3`, `Have the audit completed by Q3`, `All SLOs met by Q3`) or negated (`(not
 * done)`, `— not yet met`, `Incomplete`, `Not done`) does not close it: the goal is stated as the state to reach, and
 * its deadline still counts.
 *
 * A word closes a goal only as a status: where a clause starts (the start of the text or cell, after a bracket, a
 * dash, a colon, a semicolon, a comma or a sentence's end), followed by nothing (`(done)`, `— met.`), by when or how it
 * was done (`done in Q2`, `shipped in v1.4`, `completed 2026-05-01`, `done by the vendor`), never by a deadline (`done
 * by Q3 2026`). Or reported in the past or perfect (`was completed in May`, `has shipped`, `have now been met`), not
 * after `will`, `must` or `to` (`will have been completed by Q3` is a goal).
 */

/** Words that say a goal was reached, or given up (a dropped goal is not late). */
const CLOSED = String.raw`(?:done|complete|completed|shipped|delivered|achieved|finished|launched|landed|accomplished|met|cancell?ed|dropped|abandoned|descoped|de-scoped|withdrawn|won['’]t\s+do)`

/** What starts a deadline after `by`: `by Q3 2026`, `by the end of March`, `by 2026-09-30` (`done by the vendor` is a status). */
const DEADLINE_START = String.raw`(?:the\s+)?(?:end|start|beginning|middle|close|early|mid|late|next|this)\b|Q[1-4]\b|H[12]\b|FY|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b`

/**
 * What may follow a status word: nothing (the end, a punctuation mark, a bracket, ✅), when it was done (`in Q2`,
 * `on 2026-05-01`, `2026-05`, `v1.4`, `ahead of time`), or who did it (`by the vendor`). Not `no`/`not` (`Done: no`), nor
 * what is left (`done, except for the EU region`, `done but the docs`): a goal partly done is still due.
 */
const AFTER = String.raw`(?!\s*[:—–-]?\s*(?:no|not)\b)(?=\s*(?:$|[.,;:!)\]}|—–✅✔☑✓(]|-\s)|\s+(?:(?:in|on|at|since|as\s+of|ahead|early|late|already|last|this|yesterday|today)\b|v?\d|(?:Q[1-4]|H[12])\b|FY)|\s+by\s+(?!${DEADLINE_START}))`

/** Where a status starts: the start of the text, a bracket, a dash, a colon, a semicolon, a comma, a sentence's end. */
const CLAUSE_START = String.raw`(?:^|[(\[{—–:;|,]|\s-\s|[.!?]\s)\s*(?:(?:now|already|all|fully|finally)\s+)?`

/**
 * A status word where a clause starts; a past or perfect report (`was completed`, `has now been met`) not after a
 * modal or `to` (the look-behind reads at most three spaces back, so it costs the same at every position); `is now
 * done` (a bare `is done` is as often the goal: `Ensure the migration is done.`); or a check mark.
 */
const CLOSED_STATUS = new RegExp(
  [
    `${CLAUSE_START}${CLOSED}\\b${AFTER}`,
    String.raw`(?<!\b(?:will|shall|must|should|would|could|can|may|might|to)\s{1,3})\b(?:has|have|had|was|were)\s+(?:(?:now|already|since|been)\s+){0,2}${CLOSED}\b${AFTER}`,
    String.raw`\b(?:is|are)\s+(?:now|already)\s+(?:fully\s+)?${CLOSED}\b${AFTER}`,
    '[✅✔☑✓]'
  ].join('|'),
  'giu'
)

/**
 * What is left, right after a status word: `done, except for the EU region`, `done but the docs`. Read apart from
 * CLOSED_STATUS, with bounded spaces: inside its look-ahead, it made that pattern polynomial (npm run redos).
 */
const PARTLY = /^(?:,\s{0,3}|\s{1,3})(?:except|but|apart\s+from|save\s+for|other\s+than)\b/i

/**
 * The same status in German, Spanish, Portuguese or French, as a cell or a bracket says it (`| Erledigt |`,
 * `(concluído)`): a row with no function word is read as English (src/language/english.ts), and its done goal's date was
 * a stale deadline. Kept apart from CLOSED_STATUS, and only whole: added to its words, they made that pattern polynomial
 * (npm run redos).
 */
const CLOSED_ELSEWHERE = /^[\s(\[（]*(?:erledigt|abgeschlossen|umgesetzt|abgebrochen|verworfen|hecho|completado|terminado|cancelado|conclu[ií]do|feito|termin[ée]|fait|annul[ée])[\s)\]）.!]*$|[(（](?:erledigt|abgeschlossen|abgebrochen|hecho|completado|cancelado|conclu[ií]do|feito|termin[ée]|annul[ée])[)）]/iu

/** Whether `text` (a sentence, a list item's text or a table cell) says the goal is closed: reached or given up. */
export function saysClosed(text: string): boolean {
  if (CLOSED_ELSEWHERE.test(text)) return true
  CLOSED_STATUS.lastIndex = 0
  for (let match = CLOSED_STATUS.exec(text); match; match = CLOSED_STATUS.exec(text)) {
    const end = match.index + match[0].length
    if (!PARTLY.test(text.slice(end, end + 40))) return true
    if (match[0].length === 0) CLOSED_STATUS.lastIndex++
  }
  return false
}
