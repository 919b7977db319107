import {placeForMissing, type SectionMatch, type StrategyDocument} from '../src/document.js'
import type {SectionSpec} from '../src/doc-types.js'
import {renameHeading} from '../src/heading.js'
import {checks, validateObject} from '../src/options.js'
import {createRule, type RuleContext} from '../src/rule.js'

interface Options {
  /** Report misnamed headings (typos, near wording) with a rename fix. */
  nearMiss: boolean
}

export default createRule<Options>({
  id: 'strategy-required-sections',
  severity: 'error',
  description: 'Every section the document type requires is present, under its own name.',
  options: (raw, where) => validateObject<Options>(where, raw, {nearMiss: checks.boolean()}, {nearMiss: true}),
  check(context) {
    const {document} = context
    if (document.type?.requireTitle) checkTitle(context)
    for (const spec of document.missing) reportMissing(context, spec)
    if (!context.options.nearMiss) return
    for (const match of document.matches) if (match.kind === 'near') reportNearMiss(context, match)
  }
})

/** A type that needs a title (a decision record's) gets one H1 before its sections. */
function checkTitle({document, report}: RuleContext<Options>): void {
  if (document.sections.some((section) => section.depth === 1)) return
  const first = document.sections[0]
  const point = first ? first.start : document.root.end
  report(`Missing title; start the ${document.type!.name} with a level-1 heading that names it (\`# Use PostgreSQL for the billing ledger\`)`, {
    place: point
  })
}

function reportMissing({document, report}: RuleContext<Options>, spec: SectionSpec): void {
  const depth = document.depthOf(spec)
  const marks = '#'.repeat(depth)
  const elsewhere = document.atOtherDepth.get(spec)
  const parent = document.parentOf(spec)
  const holder = parent && document.firstMatch.get(parent)
  if (elsewhere?.heading && holder) {
    // Under the document's title (or nothing), a section is simply outside its parent.
    const container = elsewhere.parent
    const under = container?.heading && container.depth >= holder.section.depth ? `it is under \`${container.title.trim()}\`` : 'it is outside it'
    report(
      `Section \`${spec.heading}\` belongs in \`${holder.section.title.trim()}\`, but ${under}; move it into \`${holder.section.title.trim()}\` as a level-${depth} heading`,
      {place: elsewhere.heading.position}
    )
    return
  }
  if (elsewhere?.heading) {
    report(
      `Section \`${spec.heading}\` is a level-${elsewhere.depth} heading, but this document's sections are level ${document.sectionDepth}; make it \`${marks} ${elsewhere.title}\``,
      {place: elsewhere.heading.position}
    )
    return
  }
  const {after, before, point} = placeForMissing(document, spec)
  const where = after
    ? `add it after \`${after.section.title}\``
    : before
      ? `add it before \`${before.section.title}\``
      : holder
        ? `add it as a level-${depth} heading at the end of \`${holder.section.title.trim()}\``
        : `add it as a level-${depth} heading`
  const within = holder ? ` in \`${holder.section.title.trim()}\`` : ''
  report(`Missing section \`${spec.heading}\`${within}; ${where} and ${spec.purpose}`, {
    place: point,
    expected: [insertion(document, point.offset, `${marks} ${spec.heading}`, spec.prompt)]
  })
}

/**
 * Text a quick fix inserts at `offset`: the heading and a TODO prompt (so the
 * new section still reads as unfinished), with blank lines around it.
 */
function insertion(document: StrategyDocument, offset: number | undefined, heading: string, prompt: string): string {
  const {source, eol} = document
  const at = offset ?? source.length
  const before = source.slice(Math.max(0, at - 4), at).replace(/\r/g, '')
  const lead = at === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? eol : eol + eol
  const trail = at < source.length ? eol : ''
  return `${lead}${heading}${eol}${eol}TODO: ${prompt}${eol}${trail}`
}

function reportNearMiss({document, report}: RuleContext<Options>, match: SectionMatch): void {
  const source = document.headingSource(match.section)
  const title = match.section.title.trim()
  const message = `Heading \`${title}\` looks like the required section \`${match.spec.heading}\`; rename it to \`${match.spec.heading}\``
  if (!source) {
    report(message, {place: match.section.heading?.position})
    return
  }
  report(message, {
    place: {start: source.start, end: source.end},
    expected: [renameHeading(source.text, match.spec.heading)],
    actual: source.text
  })
}
