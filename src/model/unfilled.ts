/**
 * The required sections a document leaves unfilled: what
 * strategy-empty-section reports, and what strategy-placeholder leaves to it
 * when both run, so an unfilled section gets one message.
 */
import type {SectionSpec} from '../types/doc-types.js'
import type {SectionMatch, StrategyDocument} from './document.js'

export interface UnfilledSection {
  spec: SectionSpec
  match: SectionMatch
  /** `empty`: no words; `placeholder`: bare leftovers (`TBD`); `prompt`: only a template prompt (`TODO: list the risks`). */
  kind: 'empty' | 'placeholder' | 'prompt'
}

/** The required sections that are not filled in, in the order of the type. */
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
