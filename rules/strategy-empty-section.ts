import {createRule, type SectionMatch, type SectionSpec, type StrategyDocument} from '../src/rule.js'

export const EMPTY_SECTION_ID = 'strategy-empty-section'

export interface UnfilledSection {
  spec: SectionSpec
  match: SectionMatch
  /** `empty`: no words; `placeholder`: bare leftovers (`TBD`); `prompt`: only a template prompt (`TODO: list the risks`). */
  kind: 'empty' | 'placeholder' | 'prompt'
}

/**
 * The required sections that are not filled in, in document order of the
 * type. strategy-placeholder leaves the leftovers in these to this rule when
 * it is on, so an unfilled section gets one message.
 */
export function unfilledSections(document: StrategyDocument): UnfilledSection[] {
  const result: UnfilledSection[] = []
  for (const [spec, match] of document.firstMatch) {
    if (!spec.required) continue
    const {section} = match
    const kind = document.proseKind(section)
    if (kind === 'placeholder' || kind === 'prompt') result.push({spec, match, kind})
    else if (section.total.words === 0 && section.total.codeBlocks === 0) result.push({spec, match, kind: 'empty'})
  }
  return result
}

export default createRule({
  id: EMPTY_SECTION_ID,
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
        report(`Section ${title} is empty; ${spec.purpose}`, {place})
      }
    }
  }
})
