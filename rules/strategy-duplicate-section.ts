import {createRule, headingKey} from '../src/rule.js'

export default createRule({
  id: 'strategy-duplicate-section',
  severity: 'error',
  description: 'Each section of the document type appears once.',
  scope: 'document',
  draft: 'strict',
  ended: 'skip',
  check({document, report}) {
    for (const match of document.matches) {
      const first = document.firstMatch.get(match.spec)
      if (!first || first === match) continue
      // Each heading as written where it is not the section's own name (`## Implications`, an alias of Consequences):
      // "first at line 38" alone named a heading line 38 does not hold.
      // (Compared as heading keys: `5. Key Decisions` is Key Decisions numbered, not another name.)
      const as = (section: {title: string; key: string}) => (section.key === headingKey(match.spec.heading) ? '' : ` as \`${section.title.trim()}\``)
      const what = `Section \`${match.spec.heading}\` appears again${as(match.section)} (first${as(first.section)} at line ${first.section.start.line})`
      report(`${what}; merge this one into it`, {place: match.section.heading?.position})
    }
  }
})
