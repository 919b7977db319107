import {createSectionRule, fail, optionAt, saysNothing, type ContentItem, type RuleContext, type SectionToCheck, type TextUnit} from '../src/rule.js'

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
  if (item.kind === 'row') return item.cells.filter((cell) => cell.trim() !== '' && !saysNothing(cell) && !/^\s*#?\d+\.?\s*$/.test(cell)).join(' ') || 'None'
  return item.title
}

/**
 * Without a list, table or sub-headings, each paragraph is one principle (`None` is none); but where two or more
 * open with a bold lead-in (`**Paved road first.** ...`), a paragraph before them that ends in a colon introduces
 * them, and is none.
 */
function paragraphPrinciples(loose: readonly TextUnit[]): number {
  const said = loose.filter((unit) => !saysNothing(unit.text))
  const leadIn = (unit: TextUnit) => unit.block !== undefined && 'children' in unit.block && unit.block.children[0]?.type === 'strong'
  // (Only the paragraphs before the first lead-in that end in a colon: `... govern every decision:`. Plain paragraphs
  // among lead-ins are principles too: counting the lead-ins alone gave 2 of 4.)
  const first = said.findIndex(leadIn)
  if (said.filter(leadIn).length < 2) return said.length
  return said.filter((unit, index) => index >= first || !/:\s*$/.test(unit.text)).length
}
