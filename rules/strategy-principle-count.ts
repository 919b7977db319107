import {createSectionRule, fail, optionAt, saysNothing, type RuleContext, type SectionToCheck} from '../src/rule.js'

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
    if (options.minimum > options.maximum) fail(optionAt(where, 'minimum'), options.minimum, `at most maximum (${options.maximum})`)
    return options
  },
  checkSection
})

function checkSection({options, report}: RuleContext<Options>, {match, content}: SectionToCheck): void {
  // Without a list, table or sub-headings, each paragraph is one principle; `None` is none.
  const count =
    content.items.length > 0
      ? content.items.filter((item) => !saysNothing(item.kind === 'heading' ? item.text : item.title)).length
      : content.loose.filter((unit) => !saysNothing(unit.text)).length
  const range = `${options.minimum}-${options.maximum}`
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
