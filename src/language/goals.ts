/**
 * Where goals live and how the language rules read them: which sections of
 * each type carry goals or success criteria, and small helpers shared by the
 * language rules (quoting, negation, the items of a criteria section).
 */
import type {StrategyDocument} from '../document.js'
import type {PhraseHit, Token} from './matcher.js'
import {features, textUnits, type Sentence, type TextUnit} from './analysis.js'

/** Sections whose statements should be goals: specific, measurable, dated. */
export const GOAL_SECTIONS: ReadonlySet<string> = new Set([
  'guiding-policy',
  'coherent-actions',
  'success-criteria',
  'target-state',
  'migration-strategy',
  'success-metrics'
])

/** Sections that list how success is measured. */
export const CRITERIA_SECTIONS: ReadonlySet<string> = new Set(['success-criteria', 'success-metrics'])

/** Sections where hedged language is the job: describing the past, the problem, or what could go wrong. */
export const HEDGE_FREE_SECTIONS: ReadonlySet<string> = new Set([
  'context',
  'diagnosis',
  'current-state',
  'risks-and-mitigations',
  'what-we-will-not-do'
])

const NEGATIONS = new Set(['not', 'no', 'never', "won't", "don't", "doesn't", "isn't", "aren't", 'without', 'nor', 'instead'])

/** Whether a phrase is negated by one of the three words before it (`we will not adopt`). */
export function isNegated(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = Math.max(0, hit.firstToken - 3); index < hit.firstToken; index++) {
    if (NEGATIONS.has(tokens[index].word)) return true
  }
  return false
}

/** Words that make what follows a contingency (`if adoption lags, we might ...`), not a hedge. */
const CONDITIONS = new Set(['if', 'unless', 'when', 'once', 'until'])

export function isConditional(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let index = 0; index < hit.firstToken; index++) if (CONDITIONS.has(tokens[index].word)) return true
  return false
}

/** Quote at most `limit` characters of a statement for a message. */
export function quote(text: string, limit = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/`/g, "'")
  return clean.length > limit ? `${clean.slice(0, limit - 1).trimEnd()}…` : clean
}

/** Sentences of the document outside headings, with the type's section that holds each. */
export function* prose(document: StrategyDocument): Generator<{sentence: Sentence; sectionId: string | undefined}> {
  for (const unit of textUnits(document)) {
    if (unit.inHeading) continue
    const sectionId = document.specOf(unit.section)?.id
    for (const sentence of unit.sentences) yield {sentence, sectionId}
  }
}

export interface CriteriaItem {
  sectionId: string
  sentences: Sentence[]
  /** A deadline stated for all items, in the section's heading or its introduction. */
  sharedDeadline: boolean
}

/**
 * The items of each criteria section: its list items or table rows (header
 * rows excluded), or its sentences when it has neither.
 */
export function criteriaItems(document: StrategyDocument): CriteriaItem[] {
  const headerRows = new Set(
    document.sections.flatMap((section) =>
      section.nodes.filter((node) => node.type === 'table').map((table) => table.children[0])
    )
  )
  const bySection = new Map<string, {items: Map<unknown, Sentence[]>; loose: Sentence[]; shared: boolean}>()
  for (const unit of textUnits(document)) {
    const spec = document.specOf(unit.section)
    if (!spec || !CRITERIA_SECTIONS.has(spec.id)) continue
    let entry = bySection.get(spec.id)
    if (!entry) bySection.set(spec.id, (entry = {items: new Map(), loose: [], shared: false}))
    if (unit.inHeading || (unit.item && headerRows.has(unit.item as never))) {
      entry.shared ||= mentionsDeadline(unit)
      continue
    }
    if (unit.item) {
      const sentences = entry.items.get(unit.item) ?? []
      sentences.push(...unit.sentences)
      entry.items.set(unit.item, sentences)
    } else {
      entry.loose.push(...unit.sentences)
    }
  }
  const result: CriteriaItem[] = []
  for (const [sectionId, entry] of bySection) {
    if (entry.items.size > 0) {
      // Paragraphs around the list introduce it; a deadline there applies to every item.
      const shared = entry.shared || entry.loose.some((sentence) => features(sentence).deadlines.length > 0)
      for (const sentences of entry.items.values()) result.push({sectionId, sentences, sharedDeadline: shared})
    } else {
      for (const sentence of entry.loose) result.push({sectionId, sentences: [sentence], sharedDeadline: entry.shared})
    }
  }
  return result
}

function mentionsDeadline(unit: TextUnit): boolean {
  return unit.sentences.some((sentence) => features(sentence).deadlines.length > 0)
}
