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

/**
 * The optional sections that hold only their template prompt (`init` writes one under every section): each is one
 * problem, reported once by strategy-placeholder (fill it in, or delete it), not as a `TODO` leftover. Those inside an
 * unfilled required section are that section's.
 */
export function promptOnlyOptionalSections(document: StrategyDocument, unfilled: readonly UnfilledSection[] = unfilledSections(document)): UnfilledSection[] {
  const inside = new Set(unfilled.flatMap(({match}) => [match.section, ...descendants(match.section)]))
  const result: UnfilledSection[] = []
  for (const [spec, match] of document.firstMatch) {
    if (spec.required || inside.has(match.section)) continue
    if (document.proseKind(match.section) === 'prompt') result.push({spec, match, kind: 'prompt'})
  }
  return result
}

function descendants(section: SectionMatch['section']): Array<SectionMatch['section']> {
  return section.children.flatMap((child) => [child, ...descendants(child)])
}
