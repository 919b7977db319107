import {createRule} from '../src/rule.js'

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
      report(
        `Section \`${match.spec.heading}\` appears again (first at line ${first.section.start.line}); merge this one into it`,
        {place: match.section.heading?.position}
      )
    }
  }
})
