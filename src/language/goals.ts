/**
 * How the language rules read a document: the prose of the sections that
 * list a rule (a type's sections say which rules read them), and small
 * helpers shared by the language rules (quoting, negation, the items of a
 * criteria section).
 */
import type {TableRow} from 'mdast'
import type {StrategyDocument} from '../model/document.js'
import type {PhraseHit, Token} from './matcher.js'
import {plainText, type Section} from '../model/sections.js'
import {BASELINE_HEADER, columnHeader, features, headerNames, inHeaderRow, textUnits, type Sentence, type TextUnit} from './analysis.js'
import {onceRepeats} from './voice.js'

const NEGATIONS = new Set(['not', 'no', 'never', "won't", "don't", "doesn't", "isn't", "aren't", "can't", 'cannot', "couldn't", "wouldn't", "shouldn't", 'without', 'nor', 'instead'])

/** Words between a negation and `because` in `not just because`, `don't adopt it simply because`. */
const MERELY = new Set(['just', 'only', 'simply', 'merely', 'purely'])

/**
 * Whether a phrase is negated: a negation among the three words before it
 * (`we will not adopt`), `rather than` before it (`rather than adopting
 * microservices`), or a reason that is denied (`not because it is trendy`,
 * `don't adopt a framework just because everyone uses it`).
 */
export function isNegated(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = Math.max(0, hit.firstToken - 3); index < hit.firstToken; index++) {
    if (NEGATIONS.has(tokens[index].word)) return true
    if (tokens[index].word === 'than' && tokens[index - 1]?.word === 'rather') return true
  }
  for (let index = hit.firstToken - 1; index >= Math.max(0, hit.firstToken - 5); index--) {
    if (tokens[index].word !== 'because') continue
    const before = tokens[index - 1]?.word
    if (before !== undefined && NEGATIONS.has(before)) return true
    if (before !== undefined && MERELY.has(before)) {
      for (let back = index - 2; back >= Math.max(0, index - 8); back--) if (NEGATIONS.has(tokens[back].word)) return true
    }
    break
  }
  return false
}

/** Words that make what follows a contingency (`if adoption lags, we might ...`), not a hedge. */
const CONDITIONS = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'provided', 'assuming', 'otherwise'])

/**
 * Whether a phrase sits in a contingency: after `if`, `unless`, `when`,
 * `once`, `in case`, `otherwise` and the like, or in the consequence of an
 * inverted condition (`Should the vendor raise prices, we could ...`).
 */
export function isConditional(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = 0; index < hit.firstToken; index++) {
    const {word} = tokens[index]
    if (CONDITIONS.has(word) && !onceRepeats(tokens, index)) return true
    if (word === 'case' && tokens[index - 1]?.word === 'in') return true
  }
  // `Should we explore X?` asks; `Should the vendor raise prices again, we could fork it` plans for a case.
  return tokens[0]?.word === 'should' && hit.firstToken >= 3
}

const PERIOD_WORD = /^(?:time|days?|weeks?|months?|quarters?|years?|sprints?|releases?|half|halves|course|long|short|next|coming|following|remaining)$/

/** `over time`, `over the next year`, `over a quarter`, `over the coming months`: a period follows. */
function isPeriodAfter(tokens: readonly Token[], index: number): boolean {
  for (let look = index; look < Math.min(tokens.length, index + 3); look++) {
    const {word} = tokens[look]
    if (PERIOD_WORD.test(word)) return true
    if (!['the', 'a', 'an', 'this', 'two', 'three', 'several', 'many'].includes(word) && !/^\d+$/.test(word)) return false
  }
  return false
}

/** Phrases that set a priority; with `over`, `rather than` or `at the expense of` after them they state a tradeoff. */
const PRIORITISING = /^(?:prioriti[sz](?:e|es|ing)|optimi[sz](?:e|es|ing)|focus(?:es|ing)? on|invest(?:s|ing)? in)$/

/** Verbs of preference: `We prefer A over B, measured improvements over rewrites`. */
const PREFERRING = new Set(['prefer', 'prefers', 'preferring', 'favour', 'favours', 'favouring', 'favor', 'favors', 'favoring', 'value', 'values', 'valuing', 'choose', 'chooses'])

/** Whether `over`, `rather than`, `instead of` or `at the expense/cost of` follows from `from`: the losing side of a tradeoff. */
function namesLoser(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length; index++) {
    const {word} = tokens[index]
    const next = tokens[index + 1]?.word
    if (word === 'over' && next !== undefined && !isPeriodAfter(tokens, index + 1)) return true
    if (word === 'rather' && next === 'than') return true
    if (word === 'instead' && next === 'of') return true
    if ((word === 'expense' || word === 'cost') && tokens[index - 1]?.word === 'the' && tokens[index - 2]?.word === 'at') return true
  }
  return false
}

/**
 * Whether an improvement phrase states a tradeoff rather than a goal: a
 * priority with what loses (`Optimise for fast feedback over exhaustive
 * testing`, `Prioritise checkout stability over new payment methods`) or a
 * preference (`We prefer ... measured improvements over rewrites`). A policy
 * that says what loses is not vague, even without a number (`over the next
 * year` is a period, not a tradeoff).
 */
export function isTradeoff(tokens: readonly Token[], hit: PhraseHit): boolean {
  const prioritising = PRIORITISING.test(hit.phrase.toLowerCase())
  const preferred = tokens.slice(0, hit.firstToken).some((token) => PREFERRING.has(token.word))
  return ((prioritising || preferred) && namesLoser(tokens, hit.endToken)) || choosesOver(tokens, hit.endToken)
}

/**
 * `We plan to do so by improving and simplifying Kubernetes itself, rather than building lots of tooling`: `rather
 * than` or `instead of` names the approach that loses, whatever the verb (three judges in place called the finding on
 * this sentence wrong: a choice of approach, not a vague goal).
 */
function choosesOver(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length - 1; index++) {
    const pair = `${tokens[index].word} ${tokens[index + 1].word}`
    if (pair === 'rather than' || pair === 'instead of') return true
  }
  return false
}

/** Quote at most `limit` characters of a statement for a message. */
export function quote(text: string, limit = 80, focus?: string): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/`/g, "'")
  if (clean.length <= limit) return clean
  // The phrase the message names stays in sight: a quote cut before it named what the reader could not see.
  const phrase = focus?.replace(/\s+/g, ' ').trim().replace(/`/g, "'")
  const at = phrase ? clean.indexOf(phrase) : -1
  if (phrase && at !== -1 && at + phrase.length > limit - 1) {
    const from = wordStart(clean, Math.max(0, at + phrase.length - (limit - 2)), at)
    const rest = clean.slice(from)
    return rest.length <= limit - 1 ? `…${rest}` : `…${cutAtWord(rest, limit - 2)}…`
  }
  return `${cutAtWord(clean, limit - 1)}…`
}

/**
 * The first `length` UTF-16 units of `text`, ended at a space when one is in the second half (not mid-word, nor
 * mid-identifier), and never between the two halves of a character outside the BMP (an emoji: a lone half is no
 * character, and strict JSON readers refuse it).
 */
function cutAtWord(text: string, length: number): string {
  let cut = text.slice(0, length)
  if (text.charAt(length) !== ' ' && text.charAt(length) !== '') {
    const space = cut.lastIndexOf(' ')
    if (space > length / 2) cut = cut.slice(0, space)
  }
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return cut.trimEnd()
}

/** Where to start a quote that must reach past `from`: the start of the word `from` falls in, at most `limit` (the phrase). */
function wordStart(text: string, from: number, limit: number): number {
  let start = from
  while (start > 0 && start < limit && text.charAt(start - 1) !== ' ') start++
  if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) start++
  return Math.min(start, limit)
}

/** Sentences outside headings in the sections `ruleId` reads. */
export function* prose(document: StrategyDocument, ruleId: string): Generator<Sentence> {
  for (const unit of textUnits(document)) {
    if (unit.inHeading || !document.ruleReads(ruleId, unit.section)) continue
    yield* unit.sentences
  }
}

export interface CriteriaItem {
  sectionId: string
  sentences: Sentence[]
  /** A deadline stated for all items, in the section's heading or its introduction. */
  sharedDeadline: boolean
  /** The sentences of the paragraph that leads into the item's list (`For each request, the proxy:`), if any. */
  lead: Sentence[]
  /** A task-list item ticked off (`- [x] ...`): a criterion already met. */
  checked: boolean
  /**
   * In a table with a target column (`Target`), when the row's cell in it names no level: the column's header, and what
   * the cell says (`TBD`, `much lower`: a change), or nothing for an empty cell or a dash.
   */
  emptyTarget?: {header: string; written?: string; change?: boolean; opinion?: boolean}
}

/**
 * The items of each criteria section: its list items or table rows (header
 * rows excluded), or its sentences when it has neither. A deadline in a
 * heading, a table's header row or a paragraph that introduces a list dates
 * the items of that (sub)section and the subsections under it, not those of
 * a sibling (`### Graduation` is not dated by a later `### Beta`). A paragraph that ends in a colon (`GA:`, `By Q3
 * 2027:`) leads into what follows it, and dates only that, up to the next paragraph of its section: a `GA:` label
 * after a list of undated criteria left them all unreported.
 */
export function criteriaItems(
  document: StrategyDocument,
  hasDeadline: (sentence: Sentence, inHeading: boolean) => boolean = (sentence) => features(sentence).deadlines.length > 0
): CriteriaItem[] {
  const bySection = new Map<string, {items: Map<unknown, {section: Section; sentences: Sentence[]; lead: Sentence[]; emptyTarget?: CriteriaItem['emptyTarget']}>; loose: Sentence[]}>()
  /** The paragraph last seen outside a list, per section: the lead-in of the list that follows it. */
  const leads = new Map<Section, Sentence[]>()
  /** Sections dated by a heading or header row, and by a paragraph (which introduces a list, or is itself a criterion). */
  const datedByHeading = new Set<Section>()
  const datedByParagraph = new Set<Section>()
  /** Sections dated by lead-ins (`GA:`), each with the stretch it dates: from its end to the next paragraph of the section. */
  const datedByLeadIn = new Map<Section, Array<{from: number; to: number}>>()
  for (const unit of textUnits(document)) {
    const spec = document.specOf(unit.section)
    if (!spec || !spec.rules.has('strategy-measurable-criteria')) continue
    let entry = bySection.get(spec.id)
    if (!entry) bySection.set(spec.id, (entry = {items: new Map(), loose: []}))
    const inHeader = unit.inHeading || inHeaderRow(unit)
    if (inHeader || !unit.item) {
      // A paragraph of the section ends the stretch the lead-in before it dates.
      const open = inHeader ? undefined : datedByLeadIn.get(unit.section)?.at(-1)
      const start = startOffset(unit.block)
      if (open && open.to === Infinity && start !== undefined) open.to = start
      // (A lead-in, dated only in its last sentence, which ends in a colon, dates what follows it; `We hit both by Q3 2027.
      // Each month we report:` dates the criteria above it.)
      const last = unit.sentences.at(-1)
      const leadIn =
        !inHeader && last !== undefined && last.text.trimEnd().endsWith(':') && hasDeadline(last, false) && !unit.sentences.slice(0, -1).some((sentence) => hasDeadline(sentence, false))
      const end = endOffset(unit.block)
      if (leadIn && end !== undefined) {
        const stretches = datedByLeadIn.get(unit.section) ?? []
        stretches.push({from: end, to: Infinity})
        datedByLeadIn.set(unit.section, stretches)
      } else if (unit.sentences.some((sentence) => hasDeadline(sentence, inHeader))) (inHeader ? datedByHeading : datedByParagraph).add(unit.section)
      if (unit.inHeading) leads.delete(unit.section)
      else if (!unit.item) leads.set(unit.section, unit.sentences)
      if (inHeader) continue
    }
    if (unit.item) {
      const item = entry.items.get(unit.item) ?? {section: unit.section, sentences: [], lead: leads.get(unit.section) ?? [], emptyTarget: emptyTargetCell(unit)}
      // (`| Deploys | 2/wk | | |` under `| Metric | Baseline | Target | Deadline |`: the 2 is where it starts, not a target.)
      if (!inBaselineColumn(unit)) item.sentences.push(...unit.sentences)
      entry.items.set(unit.item, item)
    } else {
      entry.loose.push(...unit.sentences)
    }
  }
  const isDated = (section: Section | undefined, byParagraph: boolean, at?: number): boolean => {
    for (let current = section; current; current = current.parent) {
      if (datedByHeading.has(current) || (byParagraph && datedByParagraph.has(current))) return true
      const stretches = byParagraph && at !== undefined ? datedByLeadIn.get(current) : undefined
      if (stretches?.some(({from, to}) => at! >= from && at! < to)) return true
    }
    return false
  }
  const result: CriteriaItem[] = []
  for (const [sectionId, entry] of bySection) {
    if (entry.items.size > 0) {
      for (const [node, {section, sentences, lead, emptyTarget}] of entry.items) {
        const checked = (node as {checked?: boolean | null}).checked === true
        result.push({sectionId, sentences, sharedDeadline: isDated(section, true, startOffset(node)), lead, checked, ...(emptyTarget ? {emptyTarget} : {})})
      }
    } else {
      for (const sentence of entry.loose) result.push({sectionId, sentences: [sentence], sharedDeadline: isDated(sentence.unit.section, false), lead: [], checked: false})
    }
  }
  return result
}

/** A header that names the level to reach: `Target`, `Goal`, `Target (Q3)`. */
const TARGET_HEADER = /^(?:target|goal|to be|desired)\b/i

/** Whether a unit is a cell of a table column whose header names the baseline, beside a column that names the target. */
function inBaselineColumn(unit: TextUnit): boolean {
  return BASELINE_HEADER.test(columnHeader(unit) ?? '') && targetColumn(headerNames(unit)) >= 0
}

/** The column of a table's target: one headed `Target`, else `Goal` (or the like) past the first, which names the metric. */
function targetColumn(names: readonly string[]): number {
  const target = names.findIndex((name) => /^target\b/i.test(name))
  return target >= 0 ? target : names.findIndex((name, column) => column > 0 && TARGET_HEADER.test(name))
}

/** A cell that holds no target: empty, a dash, `TBD`, `?`, `n/a`. */
const NO_VALUE = /^(?:|[-–—?]+|tbd|tbc|n\/?a|none)$/i
/**
 * A cell that names a change, not a level: `lower`, `much lower`, `higher`, `improved`, `as high as possible` (a QA pass
 * found `much lower` passed and `higher` said to name a metric).
 */
const CHANGE_VALUE = /^(?:(?:much|far|significantly|a lot|slightly)\s+)?(?:lower|higher|better|faster|slower|fewer|more|less|improved|increased|reduced|decreased|up|down|maximi[sz]ed|minimi[sz]ed)$|^as (?:high|low|fast|many|few|much|little|short|small) as possible$/i

/** The target column's header and what its cell says, when the unit's table has one and the row's cell names no level in it. */
function emptyTargetCell(unit: TextUnit): CriteriaItem['emptyTarget'] {
  if (unit.item?.type !== 'tableRow') return undefined
  const names = headerNames(unit)
  const column = targetColumn(names)
  const cell = column >= 0 ? unit.item.children[column] : undefined
  if (!cell) return undefined
  // (`| **Reliability** | | | |`: a row with only an emphasised first cell heads the group of rows below it;
  // `| Ledger pages per month | | | |` is a metric whose target is missing.)
  if (headsAGroup(unit.item)) return undefined
  const written = plainText(cell).trim()
  if (NO_VALUE.test(written)) return {header: names[column], ...(/^[-–—]*$/.test(written) ? {} : {written})}
  if (CHANGE_VALUE.test(written)) return {header: names[column], written, change: true}
  return OPINION_VALUE.test(written) ? {header: names[column], written, opinion: true} : undefined
}

/** A row whose first cell is only emphasised or bold text (and HTML such as `<br>`), and whose other cells are empty. */
function headsAGroup(row: TableRow): boolean {
  const [first, ...rest] = row.children
  if (!first || !rest.every((cell) => plainText(cell).trim() === '')) return false
  const parts = first.children.filter((child) => child.type !== 'html' && !(child.type === 'text' && child.value.trim() === ''))
  return parts.length > 0 && parts.every((child) => child.type === 'strong' || child.type === 'emphasis')
}

/**
 * A cell that names a judgement, not a level: `great`, `good`, `excellent` (`green`, a state to check, is a level; so
 * are `High` and `Low` in a rating's scale, `| Security risk rating | High | Low |`).
 */
const OPINION_VALUE = /^(?:(?:very|really|much)\s+)?(?:good|great|excellent|acceptable|satisfactory|fine|ok|okay|healthy|strong|solid|world[- ]class|best[- ]in[- ]class)$/i

function startOffset(node: unknown): number | undefined {
  return (node as {position?: {start?: {offset?: number}}} | undefined)?.position?.start?.offset
}

function endOffset(node: unknown): number | undefined {
  return (node as {position?: {end?: {offset?: number}}} | undefined)?.position?.end?.offset
}
