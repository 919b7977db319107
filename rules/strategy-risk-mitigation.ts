import type {TableRow} from 'mdast'
import type {Position} from 'unist'
import {
  columnIndex,
  createSectionRule,
  quote,
  saysNothing,
  tableOf,
  type ContentItem,
  type RuleContext,
  type Section,
  type SectionContent,
  type SectionTable,
  type SectionToCheck,
  type TextUnit
} from '../src/rule.js'

const RISK_COLUMN = /\brisks?\b|\bthreat|\bwhat could go wrong/
/** Columns of a risk register, for a table whose risk column has another name (`Concern`, `Issue`). */
const REGISTER_COLUMN = /likelihood|probability|\bimpact\b|severity|exposure/
const MITIGATION_COLUMN = /mitigat|response|\bplan\b|how we|handle|contingenc|fallback|action/
/** A mitigation written inside a list item: a label, a verb, or an arrow. */
const MITIGATION_TEXT =
  /\bmitigat\w*|\b(?:response|plan|fallback|contingency|handling|countermeasure|workaround)s?\s*:|→|->|=>|\bwe(?:['’]ll|(?: (?:will|would|can|could|also|then))? (?:will|would|can|could|plan to|intend to|add|added|keep|provide|ensure|make|monitor|document|limit|require))\b(?!['’]t|\s+not\b|n['’]t)|\bif (?:it|this) happens\b|\bto (?:limit|reduce|contain|prevent|avoid|make sure|ensure|guard against|protect against)\b|\b(?:by|through) (?:adding|using|requiring|limiting|keeping|providing|monitoring|documenting)\b|\bworkarounds?\b|\bfalls? back\b|\bfallback to\b|\bbehind a (?:feature )?(?:flag|gate)\b/i
/**
 * In the prose that follows a risk (under its own sub-heading, or after a
 * `Risk:` paragraph) what the design does about it also counts: `this limits
 * the impact`, `the check prevents it`.
 */
const MITIGATION_PROSE = /\b(?:limits?|prevents?|reduces?|avoids?|protects? against|guards? against|addresses|detects?|contains?|minimi[sz]es?)\b/i
/** A paragraph that introduces the list of what we do (`Mitigations:`, `To limit this we will:`). */
const MITIGATION_LEAD =
  /^\W*(?:mitigations?|mitigated by|responses?|countermeasures?|fallbacks?|contingency(?: plans?)?|plan|actions?)\W*$|^\W*(?:to (?:mitigate|reduce|limit|avoid|prevent|contain|keep)|we will|we['’]ll|we plan to|mitigation)\b|\b(?:(?:are|is|be) mitigated|mitigated (?:as follows|by)|mitigations? (?:are|include))\b/i
const NAMES_THE_MITIGATIONS = /\b(?:the|our) mitigations?\b/i

/**
 * Whether a paragraph introduces the list of what we do: MITIGATION_LEAD, or a sentence that names the mitigations and
 * ends in a colon (`Below are the mitigations we chose:`), looked for after the last full stop. (As a pattern,
 * `\b(?:the|our) mitigations?\b[^.]*:\s*$` scanned to the end from every mention: over 20 s on a megabyte of them.)
 */
function leadsMitigations(text: string): boolean {
  return MITIGATION_LEAD.test(text) || (/:\s*$/.test(text) && NAMES_THE_MITIGATIONS.test(text.slice(text.lastIndexOf('.') + 1)))
}

/** `Risk: mitigation` shorthand: a short risk, a colon or dash, then what we do (not `TBD`). */
const RISK_THEN_ACTION = /^[^:—–]{3,120}(?::|\s[—–-]\s)\s*\S/
/** The risk and its colon or dash, before the shorthand's answer. */
const RISK_THEN_ACTION_LEAD = /^[^:—–]{3,120}?(?::|\s[—–-]\s)\s*/
/** `Risk: Kafka load` is a labelled risk, not a risk and its answer. */
const RISK_LABEL_ONLY = /^\W*risks?(?:\s*#?\d+)?\W*?(?::|\s[—–-]\s)\s*/i
/**
 * A paragraph that states one risk: `Risk: ...`, `**Risk 2:** ...`, `Risk - ...`. (Here and in RISK_LABEL_ONLY `\W*?`
 * alone: it was `\W*?\s*`, the same text, but the two split a run of spaces in every way, 3 s on 55 KB of them.)
 */
const RISK_PARAGRAPH = /^\W*risk(?:\s*#?\d+)?\W*?(?::|\s[—–-]\s)\s*(?=\S)/i
const MITIGATION_HEADING = /^\W*(?:mitigations?|mitigation (?:plan|strategy|strategies)|how we mitigate)\b/i
/** A question (`What are the risks associated with the data itself?`) is a template prompt, not a risk. */
const QUESTION = /\?\s*$/
/**
 * An answer that answers nothing: empty, `-`, `N/A`, `None (yet)`, `TBD`, `?`, `To be defined` (a QA pass
 * found `To be defined` and `None yet` taken as mitigations in a register). `See below` is left to what is below: a
 * register often points to its mitigations written out after it.
 */
const NO_ANSWER = String.raw`(?:-+|—|n\/?a|none(?:\s+yet)?|nothing(?:\s+yet)?|tbd|tbc|todo|\?+|to be (?:defined|decided|determined|done|confirmed|agreed))`
// (Spaces and emphasis around the value in one class each side, the value optional once: `\s*[*_]*\s*` on both sides
// of an optional value took 39 s on a label followed by 1,000 spaces.)
const EMPTY_CELL = new RegExp(`^[\\s*_]*(?:${NO_ANSWER}[\\s*_.]*)?$`, 'i')
/**
 * A mitigation label (with its colon or dash: `Secret Handling` and `... submit the response?` are no labels) or an
 * arrow with no answer after it, at the end of a text: `Mitigation: TBD`, `**Mitigation:**`, `-> ?`. Such a label answered the risk (a QA pass): it is taken out before the text is read for a mitigation.
 */
const EMPTY_ANSWER = new RegExp(
  `(?:\\bmitigat\\w*(?:\\s(?:plan|strategy|steps?|actions?))?|\\b(?:response|plan|fallback|contingency|handling|countermeasure|workaround)s?)(?:\\s?\\([^()]{0,40}\\))?[*_]{0,3}(?::|\\s[—–-])[\\s*_]*(?:${NO_ANSWER}[\\s*_.]*)?$|(?<!-)(?:→|->|=>)[\\s.]*(?:${NO_ANSWER}[\\s.]*)?$`,
  'i'
)
/**
 * What a risk register says of the risk itself, not its answer: `Likelihood: high`, `Impact: we lose two engineers`
 * (a label with its colon or spaced dash: `Impact-based paging` is a step). Such a line answers the risk only with
 * mitigation wording (`Impact: high; mitigation: buy managed Kafka`). An `Owner:`, `Status:` or `Trigger:` line that
 * says more than a name or a word (`Owner: SRE, who will fail over within 1 hour`) tells what is done (`namesAField`).
 */
const RISK_ATTRIBUTE = /^\W*(?:likelihood|probability|impact|severity|exposure|category|risk(?:\s+level)?)\s*(?::|\s[—–-]\s)/i
const REGISTER_FIELD = /^\W*(?:owner|status|trigger)[ \t]?(?::|\s[—–-]\s)/i

/** Whether a register line only names an owner, a status or a trigger, in a word or two (`Owner: EM`, `Status: open`). */
function namesAField(text: string): boolean {
  const label = REGISTER_FIELD.exec(text)
  return label !== null && text.slice(label[0].length).trim().split(/\s+/).filter(Boolean).length <= 2
}

/** A risk as a message quotes it: without its `Risk:` label, or an empty answer (`Mitigation: TBD`, `: TBD`, `-> ?`). */
function riskText(risk: string): string {
  const unanswered = risk.replace(EMPTY_ANSWER, '').trim()
  const shorthand = RISK_THEN_ACTION_LEAD.exec(unanswered)
  // (The lead's separator cut by trimming, not by a pattern anchored at the end: `\s*[:—–-]\s*$` scanned back from every space.)
  const bare = shorthand && EMPTY_CELL.test(unanswered.slice(shorthand[0].length)) ? shorthand[0].trimEnd().replace(/[:—–-]$/, '').trimEnd() : unanswered
  return bare.replace(RISK_LABEL_ONLY, '')
}

/** Whether a text says what we do about a risk: MITIGATION_TEXT, once a label with no answer is taken out. */
function mitigates(text: string): boolean {
  return MITIGATION_TEXT.test(text.replace(EMPTY_ANSWER, ''))
}

/** Whether a list item's nested items say what we do: one that is not a register's line or an empty answer. */
function nestedMitigates(item: ContentItem): boolean {
  return item.nestedTexts.some((text) => {
    if (EMPTY_CELL.test(text.replace(EMPTY_ANSWER, ''))) return false
    if (RISK_ATTRIBUTE.test(text) || namesAField(text)) return mitigates(text) || MITIGATION_PROSE.test(text)
    return mitigates(text) || !EMPTY_ANSWER.test(text)
  })
}
/**
 * What a risk sounds like, for list items inside prose (a list of
 * stakeholders or steps under a paragraph is not a list of risks).
 */
const RISK_WORDING =
  /\b(?:risks?|may|might|could|cannot|can['’]t|fail\w*|break\w*|broken|lose|loses|losing|loss|lost|leak\w*|regress\w*|slow\w*|confus\w*|impact\w*|concern\w*|danger\w*|vulnerab\w*|attack\w*|outages?|incompatib\w*|delay\w*|expensive|costs?|overload\w*|exhaust\w*|abuse\w*|misuse\w*|denial|race|corrupt\w*|unavailab\w*|downtime|churn|lock-in|bottleneck\w*)\b/i

export default createSectionRule({
  id: 'strategy-risk-mitigation',
  severity: 'warn',
  description: 'Every risk in Risks and Mitigations has a mitigation, in a table or in a list.',
  sections: ['strategy/risks-and-mitigations'],
  draft: 'lenient',
  ended: 'skip',
  checkSection
})

function checkSection({report}: RuleContext<Record<string, never>>, {match, content}: SectionToCheck): void {
  const missing = (risk: string, place: Position | undefined) =>
    report(`Risk \`${quote(riskText(risk), 60)}\` has no mitigation; add what you will do if it happens`, {place})

  for (const table of content.tables) {
    if (!isRiskTable(table)) continue
    if (columnIndex(table, MITIGATION_COLUMN) === -1) {
      report(
        `The risks table has no Mitigation column; add one and say for each risk what you will do if it happens`,
        {place: table.node.children[0]?.position ?? table.node.position}
      )
    }
  }
  const {blocks, inBlock} = riskParagraphs(content)
  for (const block of blocks) if (!block.mitigated) missing(block.unit.text, block.unit.block?.position)
  // `The following risks ...:` then `The risks are mitigated as follows:`: the second list answers the first.
  const answered = content.items.filter((item) => item.lead !== undefined && leadsMitigations(item.lead))
  // A list of risks, then a `### Mitigations` sub-heading: it answers the risks above it.
  const answers = mitigationHeadings(match.section)
  for (const item of content.items) {
    if (inBlock.has(item)) continue
    const offset = item.place?.start.offset ?? 0
    if (answered.some((answer) => answer.holder === item.holder && (answer.place?.start.offset ?? 0) > offset)) continue
    if (item.kind !== 'heading' && answers.some((heading) => (heading.start.offset ?? 0) > offset)) continue
    // The list under `#### Mitigations` answers risks; the list under `#### Risk: registry outage` is its answer.
    if (item.group !== undefined && item.group.split(' / ').some((title) => MITIGATION_HEADING.test(title) || RISK_PARAGRAPH.test(title))) continue
    const risk = item.kind === 'row' ? rowWithoutMitigation(content, item) : listWithoutMitigation(item)
    if (risk) missing(risk, item.place)
  }
}

interface RiskBlock {
  /** The `Risk: ...` paragraph. */
  unit: TextUnit
  mitigated: boolean
}

/**
 * Risks written as labelled paragraphs: `**Risk: X**`, then what follows up to
 * the next risk paragraph or sub-heading (a `Mitigation:` paragraph, a list
 * of steps). Lists inside such a block belong to its risk, not risks of their own.
 */
function riskParagraphs(content: SectionContent): {blocks: RiskBlock[]; inBlock: Set<ContentItem>} {
  const headingItems = content.items.filter((item) => item.kind === 'heading').map((item) => item.holder)
  const insideHeadingItem = (section: Section) => {
    for (let current: Section | undefined = section; current; current = current.parent) if (headingItems.includes(current)) return true
    return false
  }
  type Entry = {at: number; section: Section; unit?: TextUnit; item?: ContentItem}
  const entries: Entry[] = [
    ...content.loose.filter((unit) => !insideHeadingItem(unit.section)).map((unit) => ({at: unit.toSource(0), section: unit.section, unit})),
    ...content.items
      .filter((item) => item.kind !== 'heading')
      .map((item) => ({at: item.place?.start.offset ?? 0, section: item.holder, item}))
  ].sort((a, b) => a.at - b.at)

  const blocks: RiskBlock[] = []
  const inBlock = new Set<ContentItem>()
  let current: (RiskBlock & {section: Section}) | undefined
  for (const entry of entries) {
    if (current && entry.section !== current.section) current = undefined
    if (entry.unit) {
      const {text} = entry.unit
      if (RISK_PARAGRAPH.test(text)) {
        current = {unit: entry.unit, section: entry.section, mitigated: mitigates(text.replace(RISK_PARAGRAPH, ''))}
        blocks.push(current)
      } else if (current && (mitigates(text) || leadsMitigations(text) || MITIGATION_PROSE.test(text.replace(EMPTY_ANSWER, '')))) {
        current.mitigated = true
      }
    } else if (entry.item && current) {
      inBlock.add(entry.item)
      if (mitigates(entry.item.text) || (entry.item.lead !== undefined && leadsMitigations(entry.item.lead))) {
        current.mitigated = true
      }
    }
  }
  return {blocks, inBlock}
}

/** Sub-headings of the section that hold mitigations: `### Mitigations`, `#### Mitigation: roll back`. */
function mitigationHeadings(section: Section): Section[] {
  const found: Section[] = []
  const pending = [...section.children]
  while (pending.length > 0) {
    const current = pending.pop()!
    if (MITIGATION_HEADING.test(current.title)) found.push(current)
    for (const child of current.children) pending.push(child)
  }
  return found
}

/** A table of risks: a Risk column, or the likelihood/impact columns of a risk register. */
function isRiskTable(table: SectionTable): boolean {
  return columnIndex(table, RISK_COLUMN) !== -1 || columnIndex(table, REGISTER_COLUMN) !== -1
}

/** The risk text of a row whose mitigation cell is empty; undefined when it has one (or its table has no such column). */
function rowWithoutMitigation(content: SectionContent, item: ContentItem): string | undefined {
  const table = tableOf(content, item.node as TableRow)
  if (!table || !isRiskTable(table)) return undefined
  const mitigation = columnIndex(table, MITIGATION_COLUMN)
  if (mitigation === -1) return undefined
  const riskColumn = Math.max(0, columnIndex(table, RISK_COLUMN))
  const risk = item.cells[riskColumn] ?? ''
  if (EMPTY_CELL.test(risk)) return undefined
  return EMPTY_CELL.test(item.cells[mitigation] ?? '') ? risk : undefined
}

function listWithoutMitigation(item: ContentItem): string | undefined {
  // `- None`: no risk to answer (a risks section that says only that is for the author to reconsider).
  if (saysNothing(item.kind === 'heading' ? item.text : item.title)) return undefined
  if (item.kind === 'list' && item.nested ? nestedMitigates(item) || mitigates(item.title) : item.nested || mitigates(item.text)) return undefined
  if (item.kind === 'list' && QUESTION.test(item.title.replace(EMPTY_ANSWER, ''))) return undefined
  // The steps under `Mitigations:` are the answer to a risk, not risks.
  if (item.lead !== undefined && leadsMitigations(item.lead)) return undefined
  // A list inside paragraphs (stakeholders, steps, figures) holds risks only where an item reads like one.
  if (item.detail && !RISK_WORDING.test(item.text)) return undefined
  if (item.kind === 'list' && RISK_THEN_ACTION.test(item.title) && !RISK_LABEL_ONLY.test(item.title) && !EMPTY_CELL.test(item.title.replace(RISK_THEN_ACTION_LEAD, ''))) return undefined
  if (item.kind === 'heading' && item.text.length > item.title.length) {
    // A risk with its own heading: its body must say how it is handled (`**Mitigation:** TBD` does not).
    const body = item.text.slice(item.title.length).replace(EMPTY_ANSWER, '')
    return mitigates(body) || MITIGATION_PROSE.test(body) ? undefined : item.title
  }
  return item.kind === 'heading' ? item.title : item.title || item.text
}
