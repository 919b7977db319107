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
 *
 * Also whether a clause reports what was done at its date (`reportsDone`: `The cache shipped in Q1 2025`) and whether
 * a heading stands over work done (`headedAsDone`: `### Results from 2025`): dates strategy-stale-deadline leaves alone.
 */

import type {Section} from '../model/sections.js'
import {isActionVerb} from './voice.js'

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

/**
 * Whether `clause`, the text of a clause up to a date (`date`, as written), reports what was done then, its main verb one
 * of completion in the past:
 * `The cache shipped in Q1 2025`, `Jenkins went away in Q2 2025`, `Moved the builds to GHA in Q2 2025`, `Back in Q2
 * 2025 the runners moved to ARM` (a QA reader found such reports among stale deadlines: only a pronoun subject, `We
 * shipped ...`, was read as the past). Narrow on purpose, as a participle is as often a state to reach or a
 * description (a regression pass found these silenced): `Remove the deprecated endpoints in Q2 2026`, `Have all
 * services migrated in Q2 2026`, `Teams that adopted Bazel move ... in Q1 2026`, `All legacy jobs retired in Q3
 * 2026`, `will be migrated in`, and `migrated by Q2 2025` (only `in`, `on`, `during` or `around` the date) are goals.
 */
export function reportsDone(clause: string, date: string): boolean {
  if (BACK_THEN.test(clause)) return true
  // (A date may hold its own preposition: `in 2025`.)
  const preposition = /^(?:in|on|during|around)\s/i.exec(date)
  const report = DONE_REPORT.exec((preposition ? clause + preposition[0] : clause).replace(/^\W+/, ''))
  if (!report) return false
  // (`Replaced hardware gets recycled in Q1 2025`, `Adopted Kubernetes workloads cut over in Q2 2025`: a verb in the
  // present after the participle is the clause's own, the participle describes its subject.)
  if (LATER_VERB.test(report[0].slice(report[0].search(DONE_VERB_ANYWHERE)))) return false
  const subject = (report[1] ?? report[3] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean)
  // Led by the verb itself, what follows is its object (`Moved the builds`, `Migrated 40 services`, `Retired Jenkins`,
  // `Completed migration of ...`), not a noun it describes (`Deprecated endpoints return 410 in Q1 2026`).
  if (subject.length === 0) return OBJECT_AFTER.test(report[2] ?? '')
  // (`Train the teams moved ...`: an instruction; `Remove the deprecated ...`: a participle after its determiner.)
  if (isActionVerb(subject[0], NO_WORDS) || CAUSATIVE.has(subject[0]) || DETERMINERS.has(subject[subject.length - 1])) return false
  return !subject.some((word) => NOT_IN_A_SUBJECT.has(word) || /^\d/.test(word))
}

/**
 * `Back in Q2 2025`, `way back in 2015`, `reached GA back in January 2023`, `was agreed back in Q2 2025`: a time
 * looked back to, at a clause's start or after a verb in the past (`Bring the on-call load back in Q1 2026` is a plan).
 */
const BACK_THEN = /^\W*back\s+(?:in\s+)?$|\bway\s+back\s+(?:in\s+)?$|\b(?:[a-z]+ed|was|were|went|came|began|made|took)\s+(?:[\w'’-]+\s+){0,3}?back\s+(?:in\s+)?$/i

/**
 * A verb's object as a report writes it: a determiner, a number, a name (`Jenkins`, `ARM`), or a word not in the plural
 * (`migration`, `work`, `second`); a plural noun right after a participle is described by it (`Deprecated endpoints`).
 */
const OBJECT_AFTER = /^(?:(?:the|our|a|an|its|their|this|these|those|all)$|\d|\p{Lu}|\p{Ll}+(?<!s)$)/u

const NO_WORDS: ReadonlySet<string> = new Set()

const DONE_VERB =
  '(?:shipped|launched|landed|completed|finished|released|delivered|rolled\\s+out|went\\s+(?:away|live|out|GA)|moved|migrated|retired|switched|replaced|introduced|adopted|deprecated|merged|announced|began|started|ended)'
/**
 * A clause from its start: a subject of one to four words, or none, then the verb of completion, the word after it,
 * then at most six words to `in`, `on`, `during` or `around` (the date's own).
 */
const DONE_REPORT = new RegExp(
  `^((?:[\\w'’-]+\\s+){1,4})?${DONE_VERB}\\s+([\\w'’-]+)\\s+(?:[\\w'’,-]+\\s+){0,6}?(?:in|on|during|around)\\s+(?:the\\s+)?(?:end\\s+of\\s+|start\\s+of\\s+|early\\s+|late\\s+|mid-?)?$|^((?:[\\w'’-]+\\s+){1,4})${DONE_VERB}\\s+(?:in|on|during|around)\\s+(?:the\\s+)?(?:end\\s+of\\s+|start\\s+of\\s+|early\\s+|late\\s+|mid-?)?$`,
  'i'
)
const DONE_VERB_ANYWHERE = new RegExp(`\\b${DONE_VERB}\\b`, 'i')
/** A verb in the present after the participle: `gets`, `cut over`, `is`, `return`. */
const LATER_VERB = /\s(?:is|are|gets?|goes|becomes?|returns?|moves?|runs?|cuts?\s+over|switch(?:es)?\s+over|stays?|remains?|needs?|has|have)\s/i
const DETERMINERS = new Set('the a an our its their this these those'.split(' '))
/**
 * Words that make what stands before the verb no subject of a report: a plan's or a state's words (`will`, `to`, `is`,
 * `have`, `get`), a quantifier that makes the verb a participle of a state to reach (`all ... migrated`, `every repo
 * moved`), a relative word (`teams that adopted`).
 */
const NOT_IN_A_SUBJECT = new Set(
  'be being is are am will to get gets getting should must can shall would could may might need needs all every each any no none most some that which who whose where when once after until of for with'.split(' ')
)
/** First words that make the participle the state an instruction asks for: `Have services migrated in Q2 2026`. */
const CAUSATIVE = new Set('have has get keep make let see want need'.split(' '))

/**
 * A heading that says its items are done: `### Results from 2025`, `### Completed`, `### Shipped in 2025`, `### What we
 * delivered`. The advice to move a passed goal to a results section was given to items already in one (a QA pass).
 * Not `Key Results` or `Expected results`, which name goals.
 */
const RESULTS_HEADING =
  /^(?:(?:(?:19|20)\d{2}\s+)?results?\s+(?:from|of|for|in|so far|to date)\b|(?:completed|done|shipped|delivered|achieved|accomplished)\b(?!\s+(?:by|before|when)\b)|accomplishments\b|what we (?:did|delivered|shipped|achieved)\b|progress so far\b|past (?:goals|work|milestones)\b|retrospective\b)/i

const resultsSections = new WeakMap<Section, boolean>()

/** Whether the section, or one it is part of, is headed as done work (RESULTS_HEADING). */
export function headedAsDone(section: Section | undefined): boolean {
  if (!section) return false
  let known = resultsSections.get(section)
  if (known === undefined) {
    known = RESULTS_HEADING.test(section.title.trim()) || headedAsDone(section.parent)
    resultsSections.set(section, known)
  }
  return known
}
