import {createRule, headingKey, sectionContent, type ContentRequirement, type RuleContext, type SectionMatch} from '../src/rule.js'

/**
 * The content a type asks of a section (`content` in a type definition): at
 * least N items, a table with named columns. Empty and placeholder-only
 * sections are strategy-empty-section's to report.
 */
export default createRule({
  id: 'strategy-section-content',
  severity: 'warn',
  description: 'Sections have the structure their type asks for: enough list items, a table with the named columns.',
  scope: 'document',
  draft: 'lenient',
  ended: 'skip',
  check(context) {
    const {document} = context
    for (const [spec, match] of document.firstMatch) {
      if (!spec.content || match.section.total.words === 0 || document.isPlaceholderOnly(match.section)) continue
      checkSection(context, match, spec.content)
    }
  }
})

function checkSection({document, report}: RuleContext<Record<string, never>>, match: SectionMatch, wanted: ContentRequirement): void {
  const content = sectionContent(document, match)
  // `See [options](options.md)`: the content lives in the linked document.
  if (content.delegatedTo) return
  const title = `\`${match.section.title.trim()}\``
  const place = match.section.heading?.position
  const count = content.items.length
  if (wanted.minItems !== undefined && count < wanted.minItems) {
    report(
      `Section ${title} has ${count} ${count === 1 ? 'item' : 'items'}; the ${document.type!.name} type asks for at least ${wanted.minItems}, one per list item or table row`,
      {place}
    )
  }
  if (!wanted.table) return
  const columns = wanted.table.columns
  const header = `| ${columns.join(' | ')} |`
  if (content.tables.length === 0) {
    report(`Section ${title} has no table; add one with the columns \`${header}\``, {place})
    return
  }
  const missingByTable = content.tables.map((table) => {
    const have = new Set(table.headers.map((cell) => headingKey(cell)))
    return columns.filter((column) => !have.has(headingKey(column)))
  })
  if (missingByTable.some((missing) => missing.length === 0)) return
  const closest = missingByTable.reduce((best, missing) => (missing.length < best.length ? missing : best))
  const names = closest.map((column) => `\`${column}\``).join(', ')
  report(`The table in ${title} has no ${closest.length === 1 ? 'column' : 'columns'} ${names}; its header should be \`${header}\``, {
    place: content.tables[missingByTable.indexOf(closest)].node.position
  })
}
