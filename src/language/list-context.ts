/**
 * What a list says about the prose around it, for the goal rules: the
 * paragraph that leads into a list is elaborated by its items (an objective
 * and its key results, `We will improve onboarding in three ways:`), and a
 * lead-in that announces something other than the authors' plans
 * (`Benefits:`, `Sample projects may include:`, `In Q2 we are not working
 * on:`, `Why do we need a refresh?`) makes its items something other than
 * plans. Found in one pass over the document's text units, once per document.
 */
import type {List, ListItem} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {StrategyDocument} from '../model/document.js'
import {textUnits, type TextUnit} from './analysis.js'

interface ListContext {
  /** Paragraphs directly followed by a list or table in the same section. */
  leadsIntoList: ReadonlySet<TextUnit>
  /** Each outermost list item or table row, with the paragraph directly before its list. */
  leadOf: ReadonlyMap<object, TextUnit>
  /** Each item of a nested list, with its parent item's text that leads into that list (`differences such as:`). */
  nestedLeadOf: ReadonlyMap<ListItem, TextUnit>
  /** Whether each lead-in announces something other than plans, read once per lead-in: every sentence of every item asks. */
  announcesNoPlans: Map<TextUnit, boolean>
}

const contexts = new WeakMap<StrategyDocument, ListContext>()

function listContext(document: StrategyDocument): ListContext {
  let context = contexts.get(document)
  if (context) return context
  const leadsIntoList = new Set<TextUnit>()
  const leadOf = new Map<object, TextUnit>()
  const nestedLeadOf = new Map<ListItem, TextUnit>()
  let previous: TextUnit | undefined
  let lead: TextUnit | undefined
  for (const unit of textUnits(document)) {
    if (unit.inHeading) {
      previous = lead = undefined
      continue
    }
    if (unit.item) {
      // The first item of a list right after a paragraph of the same section: that paragraph leads into the list.
      if (previous && !previous.item && previous.section === unit.section) {
        leadsIntoList.add(previous)
        lead = previous
      } else if (previous && !previous.item) {
        lead = undefined
      }
      if (lead && !leadOf.has(unit.item)) leadOf.set(unit.item, lead)
      for (const nested of nestedItemsLedBy(unit)) nestedLeadOf.set(nested, unit)
    } else {
      lead = undefined
    }
    previous = unit
  }
  context = {leadsIntoList, leadOf, nestedLeadOf, announcesNoPlans: new Map()}
  contexts.set(document, context)
  return context
}

/** Whether the sentence's paragraph leads into a list or table that follows it directly: the items say what it means. */
export function leadsIntoList(document: StrategyDocument, unit: TextUnit): boolean {
  // (Only paragraphs outside a list are ever added.)
  return listContext(document).leadsIntoList.has(unit)
}

/** Whether the unit is a list item's text directly followed by the item's own nested list (`- Improve reproducibility` / `  - Random state is checkpointed by default`). */
export function leadsIntoNestedList(unit: TextUnit): boolean {
  const nested = nestedListAfter(unit)
  return nested !== undefined && nested.children.some(saysSomething)
}

/**
 * A nested item that says what its parent means: three words or more, not a link alone. `- Improve developer
 * productivity` / `  - See the wiki.` or `  - Notes` said nothing, and the vague goal above passed (a QA reader).
 */
function saysSomething(item: ListItem): boolean {
  const [first] = item.children
  if (!first || first.type !== 'paragraph') return item.children.length > 0
  const onlyLink = first.children.length === 1 && (first.children[0].type === 'link' || first.children[0].type === 'linkReference')
  return !onlyLink && toString(first).trim().split(/\s+/).length >= 3 && !/^see\b/i.test(toString(first).trim())
}

function nestedListAfter(unit: TextUnit): List | undefined {
  const children = unit.listItem?.children
  if (!children || !unit.block) return undefined
  const at = children.indexOf(unit.block as (typeof children)[number])
  const next = at === -1 ? undefined : children[at + 1]
  return next?.type === 'list' ? next : undefined
}

/** The items of the nested list the unit leads into, if it does. */
function nestedItemsLedBy(unit: TextUnit): readonly ListItem[] {
  return nestedListAfter(unit)?.children ?? []
}

/**
 * A lead-in that announces items which are not the authors' plans: a
 * question, non-goals, examples or possibilities (`Possible topics:`, not
 * `as soon as possible:`), a list that is not exhaustive (`These include (but
 * are not limited to):`), benefits or reasons,
 * principles and axioms (`Our design axioms:`), what a thing would do (`A
 * shared cache would:`, its benefits), options, what a thing is (`Access logs, which are:`). Bounded alternations
 * of fixed words: linear in the text.
 */
const NOT_PLANS_LEAD =
  /\?\s*$|\bnot (?:be )?(?:working on|doing|going to|planning|planned|in scope|goals?|a goal)\b|\bnon-?goals?\b|\bout of scope\b|\b(?:may|might|could|can|would) (?:include|look like|contain)\b|\bfor (?:example|instance)\b|\be\.g\.|\bsuch as\b|\bexamples?\b|\b(?<!as |where |wherever |when |if )possible\b|\bpossibilities\b|\bideas?\b|\bcandidates?\b|\btopics?\b|\bbenefits?\b|\badvantages?\b|\bprinciples?\b|\baxioms?\b|\btenets?\b|\bexhaustive\b|\bnot limited to\b|(?<!\bwe )\b(?:would|could)(?: also)?:\s*$|\b(?:should|will|would|can|could) help\b|\bcan be achieved\b|\breasons?\b|\bwhy\b|\boptions?\b|\balternatives?\b|\b(?:which|who) (?:are|is|were|was|have|has|had)(?: [\w-]+)?:\s*$/i

/** The paragraph that leads into the list the unit's outermost item stands in (`For Q2 FY 2023, we will:`), if any. */
export function leadInOf(document: StrategyDocument, unit: TextUnit): TextUnit | undefined {
  return unit.item ? listContext(document).leadOf.get(unit.item) : undefined
}

/** Whether the sentence stands in a list item whose lead-in announces something other than the authors' plans. */
export function underNonPlanLead(document: StrategyDocument, unit: TextUnit): boolean {
  if (!unit.item) return false
  const context = listContext(document)
  // (`- Treat staging as a second production cluster, though there may be differences such as:` / `  - hours of
  // operation, for e.g. we may turn it off at weekends`: the parent item leads into a nested list as a paragraph does.)
  // An item says more than a lead-in paragraph, so only one that ends in a colon announces its nested list.
  const nestedLead = unit.listItem ? context.nestedLeadOf.get(unit.listItem) : undefined
  const announcing = nestedLead && /:\s*$/.test(nestedLead.text) ? nestedLead : undefined
  return leadAnnouncesNoPlans(context, context.leadOf.get(unit.item)) || leadAnnouncesNoPlans(context, announcing)
}

function leadAnnouncesNoPlans(context: ListContext, lead: TextUnit | undefined): boolean {
  if (!lead) return false
  let announces = context.announcesNoPlans.get(lead)
  if (announces === undefined) {
    // (Read once per lead-in: a list of 20,000 items after a 300 KB run-on lead-in took a minute when each item read it.)
    announces = NOT_PLANS_LEAD.test(lead.sentences.at(-1)?.text ?? lead.text)
    context.announcesNoPlans.set(lead, announces)
  }
  return announces
}
