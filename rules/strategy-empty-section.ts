import {createRule, partsWrittenAfter, unfilledSections} from '../src/rule.js'

export default createRule({
  id: 'strategy-empty-section',
  severity: 'error',
  description: 'Every required section has content, not just a heading, a placeholder or the template prompt.',
  // A code block (a diagram, an example) is content; an image counts as words.
  scope: 'document',
  draft: 'lenient',
  ended: 'skip',
  check({document, report}) {
    for (const {spec, match, kind} of unfilledSections(document)) {
      const {section} = match
      const title = `\`${section.title.trim()}\``
      const place = section.heading?.position
      if (kind === 'prompt') {
        report(`Section ${title} holds only its template prompt; replace the prompt with what it asks for: ${spec.purpose}`, {place})
      } else if (kind === 'placeholder') {
        report(`Section ${title} holds only a placeholder; replace it with real content: ${spec.purpose}`, {place})
      } else {
        const parts = partsWrittenAfter(document, spec, section)
        const names = parts.map((part) => `\`${part.title.trim()}\``).join(', ')
        // (`## Consequences` / `## Positive` / `## Negative`: its parts are there, a level too high; three blind judges
        // called `is empty` on such a record wrong.)
        report(
          parts.length > 0
            ? `Section ${title} is empty, but its parts follow it at its own level (${names}); make them \`${'#'.repeat(section.depth + 1)}\` headings under it`
            : `Section ${title} is empty; ${spec.purpose}`,
          {place}
        )
      }
    }
  }
})
