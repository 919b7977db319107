import {createSectionRule, fail, numbersTheRow, optionAt, saysNothing, type ContentItem, type RuleContext, type SectionToCheck, type TextUnit} from '../src/rule.js'

interface Options {
  minimum: number
  maximum: number
}

export default createSectionRule<Options>({
  id: 'strategy-principle-count',
  severity: 'warn',
  description: 'Guiding Principles lists 3 to 5 principles: enough to govern decisions, few enough to remember.',
  sections: ['vision/guiding-principles'],
  draft: 'lenient',
  ended: 'skip',
  options: {
    minimum: {type: 'integer', minimum: 1, default: 3, description: 'Fewest principles.'},
    maximum: {type: 'integer', minimum: 1, default: 5, description: 'Most principles.'}
  },
  refine(options, {where}) {
    // (Either may be the default: `maximum: 2` alone was said to be a `minimum` the user never set.)
    if (options.minimum > options.maximum) {
      fail(optionAt(where, 'minimum'), options.minimum, `at most maximum (${options.maximum}); the defaults are minimum 3 and maximum 5, so set both when one goes past the other's default`)
    }
    return options
  },
  checkSection
})

function checkSection({options, report}: RuleContext<Options>, {match, content}: SectionToCheck): void {
  const count = content.items.length > 0 ? content.items.filter((item) => !saysNothing(principleText(item))).length : paragraphPrinciples(content.loose)
  const range = options.minimum === options.maximum ? String(options.minimum) : `${options.minimum}-${options.maximum}`
  if (count < options.minimum) {
    report(
      `\`${match.section.title.trim()}\` has ${count} ${count === 1 ? 'principle' : 'principles'}; a vision needs ${range} that will govern decisions (\`- Services own their data and publish domain events\`), one per list item`,
      {place: match.section.heading?.position}
    )
  } else if (count > options.maximum) {
    report(
      `\`${match.section.title.trim()}\` has ${count} principles; keep the ${range} that really govern decisions, so people remember them, and move the rest to an appendix`,
      {place: match.section.heading?.position}
    )
  }
}

/**
 * What an item says as a principle: a sub-heading's body, a list item's text, a row's cells but its number (`| 3 |
 * TBD |` says nothing; its number kept it counted).
 */
function principleText(item: ContentItem): string {
  if (item.kind === 'heading') return item.text
  // (`| 6 | - | - |`, `| 6 | | |`: a number and cells that say nothing.)
  if (item.kind === 'row') return item.cells.filter((cell) => cell.trim() !== '' && !saysNothing(cell) && !numbersTheRow(cell)).join(' ') || 'None'
  return item.title
}

/**
 * Without a list, table or sub-headings, each paragraph is one principle (`None` is none). Where principles are set
 * off in bold (two or more paragraphs that open with a bold lead-in, `**Paved road first.** ...`, or are a bold title
 * alone): a bold title alone and the plain paragraph after it are one principle, its explanation; and a plain
 * paragraph before the first or after the last that speaks of the principles (`These four principles govern ...`,
 * `When two principles conflict, the first wins.`) is none. Other plain paragraphs among them are principles too.
 */
function paragraphPrinciples(loose: readonly TextUnit[]): number {
  const said = loose.filter((unit) => !saysNothing(unit.text))
  const bold = said.map(boldKind)
  if (bold.filter(Boolean).length < 2) return said.length
  const first = bold.findIndex(Boolean)
  const last = bold.length - 1 - [...bold].reverse().findIndex(Boolean)
  let count = 0
  for (const [index, unit] of said.entries()) {
    if (bold[index]) {
      count++
      continue
    }
    if (bold[index - 1] === 'title') continue
    if ((index < first || index > last) && (ABOUT_THE_PRINCIPLES.test(unit.text) || /:\s*$/.test(unit.text))) continue
    count++
  }
  return count
}

/** A paragraph that speaks of the principles themselves, introducing or closing them. */
const ABOUT_THE_PRINCIPLES = /\bprinciples?\b/i

/** `title`: a paragraph wholly in bold; `lead-in`: one that opens with bold; undefined for a plain one. */
function boldKind(unit: TextUnit): 'title' | 'lead-in' | undefined {
  const children = unit.block !== undefined && 'children' in unit.block ? unit.block.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : []
  if (children[0]?.type !== 'strong') return undefined
  return children.length === 1 ? 'title' : 'lead-in'
}
