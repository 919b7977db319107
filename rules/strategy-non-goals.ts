import type {ListItem} from 'mdast'
import {createSectionRule, numbersTheRow, saysNothing, type ContentItem, type RuleContext, type SectionToCheck} from '../src/rule.js'

interface Options {
  /** Fewest explicit items What We Will NOT Do must list. */
  minimum: number
}

/**
 * A line that excludes nothing in particular: `Anything else`, `Everything
 * not listed above`, `Other things`, `etc.`, or one that says there is
 * nothing to exclude (`There are no non-goals`, `Nothing is out of scope`).
 */
const VAGUE =
  /^\W*(?:(?:anything|everything|all)(?:\s+(?:else|other|beyond|outside)\b|\s+(?:that is\s+|that's\s+)?not\s+(?:listed|mentioned|covered|described|above|in scope)\b)|(?:other|misc(?:ellaneous)?|various|unrelated)\s+(?:things|stuff|work|items|tasks|topics|features)\b[^.]{0,20}\.?\s*$|(?:things|stuff|work)\s+(?:that (?:is|are)\s+)?(?:not|out of|outside)\s+(?:in\s+)?(?:the\s+)?scope\b[^.]{0,10}\.?\s*$|etc\b|and so on\b|see (?:above|below)\W*$)|\b(?:there (?:are|is) no(?:thing)?|we have no|no)\s+(?:explicit\s+)?(?:non-?goals?|exclusions?)\b|\bnothing (?:is\s+)?(?:out of scope|excluded)\b|\beverything is in scope\b/i

/** A statement with us as its subject (`We will ...`) must say what we leave out to be a non-goal. */
const OUR_STATEMENT = /^\W*(?:we|our (?:team|teams|group|org(?:ani[sz]ation)?)|the team)\b/i
const EXCLUSION =
  /\b(?:not|no|never|won['’]t|don['’]t|cannot|can['’]t|out of scope|outside|exclud\w*|defer\w*|postpon\w*|leave\w* out|without|stop\w*|drop\w*|avoid\w*|skip\w*|only|instead|rather than|beyond)\b/i

export default createSectionRule<Options>({
  id: 'strategy-non-goals',
  severity: 'warn',
  description: 'What We Will NOT Do names at least one explicit thing the strategy leaves out, not `None`, `N/A` or one vague line.',
  sections: ['strategy/what-we-will-not-do'],
  draft: 'lenient',
  ended: 'skip',
  options: {
    minimum: {type: 'integer', minimum: 1, default: 1, description: 'Fewest explicit items What We Will NOT Do must list.'}
  },
  checkSection
})

function checkSection({document, options, report}: RuleContext<Options>, {match, content}: SectionToCheck): void {
  let explicit: number
  if (content.items.length > 0) {
    explicit = content.items.reduce((count, item) => count + explicitItems(item), 0)
  } else {
    // Without a list, table or sub-headings, each paragraph that excludes something is one item.
    explicit = content.loose.filter((unit) => unit.sentences.some((sentence) => explicitText(sentence.text))).length
  }
  if (explicit >= options.minimum) return
  const needed = options.minimum === 1 ? 'at least one explicit item' : `at least ${options.minimum} explicit items`
  // (A configured type's section that lists this rule, a design doc's Non-Goals: the document is no strategy.)
  const whose = !document.type || document.type.id === 'strategy' ? 'this strategy' : `this ${document.type.name}`
  report(
    `\`${match.section.title.trim()}\` lists ${explicit === 0 ? 'nothing concrete' : `only ${explicit} explicit ${explicit === 1 ? 'item' : 'items'}`}; list ${needed} ${whose} deliberately leaves out, as a list (\`- We will not extract other domains in 2027\`)`,
    {place: match.section.heading?.position}
  )
}

/**
 * How many explicit things an item leaves out: one, or none, for an item or row (a row named by its first cell that is
 * no number: `| 1 | N/A |` says nothing); for a label over nested items (`- Deferred to 2028:` over `- N/A`), its
 * explicit nested items; none for an item struck through whole (`~~Migrate mobile builds~~`: withdrawn).
 */
function explicitItems(item: ContentItem): number {
  if (item.kind === 'row') return explicitText(item.cells.find((cell) => cell.trim() !== '' && !numbersTheRow(cell)) ?? '') ? 1 : 0
  if (item.kind === 'list' && struckThrough(item.node as ListItem)) return 0
  if (item.kind === 'list' && item.nestedTexts.length > 0 && LABEL.test(item.title) && withoutLabel(item.title) === '') {
    return item.nestedTexts.filter((text) => explicitText(text)).length
  }
  return explicitText(item.title) ? 1 : 0
}

/** A label before what is left out: `Out of scope:`, `Non-goals:`, `Deferred to 2028:`, `Not in scope -`. */
const LABEL = /^\W*(?:out of scope|not in scope|non-?goals?|exclusions?|excluded|deferred(?: to [^:]{1,30})?|later|not now|won['’]t do)\s*(?::|\s[—–-])\s*/i

function withoutLabel(text: string): string {
  return text.replace(LABEL, '').trim()
}

/** Whether a list item's own paragraph is struck through whole (`- ~~Migrate mobile builds~~`). */
function struckThrough(node: ListItem): boolean {
  const first = node.children[0]
  if (first?.type !== 'paragraph') return false
  const parts = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return parts.length > 0 && parts.every((child) => child.type === 'delete')
}

/**
 * An item or sentence that names something left out. Under a non-goals
 * heading a fragment (`Rewriting the billing service`) is one by context; a
 * sentence about us (`We will stay focused`) has to say what we will not do.
 */
function explicitText(written: string): boolean {
  // (`Out of scope: N/A`, `Out of scope: none for now.`: the label does not make `N/A` a non-goal.)
  const text = withoutLabel(written)
  if (text.trim() === '' || saysNothing(text) || VAGUE.test(text)) return false
  return !OUR_STATEMENT.test(text) || EXCLUSION.test(text)
}
