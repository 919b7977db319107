import type {Position} from 'unist'
import {createRule, headingKey, indexType, longestOrderedRun, type SectionMatch, type SectionSpec} from '../src/rule.js'

/**
 * Sections out of the type's order. The sections kept in place are the
 * longest run already in order; every other one is reported, so moving the
 * fewest sections fixes the document.
 */
export default createRule({
  id: 'strategy-section-order',
  severity: 'error',
  description: 'The sections of the document type appear in the order the type defines.',
  scope: 'document',
  draft: 'strict',
  ended: 'skip',
  check({document, report}) {
    // Each set of siblings (the top sections, or one section's children) has its own order.
    const groups = new Map<SectionSpec | undefined, SectionMatch[]>()
    for (const [spec, match] of document.firstMatch) {
      // (A stand-in, `Proposal` for a record's Decision, comes from another template, whose order it keeps.)
      if (!spec.ordered || match.kind === 'stand-in') continue
      const parent = document.parentOf(spec)
      const group = groups.get(parent)
      if (group) group.push(match)
      else groups.set(parent, [match])
    }
    const index = indexType(document.type!)
    for (const [parent, matches] of groups) checkOrder(matches, (parent ? index.children.get(parent)! : index).order, report)
  }
})

function checkOrder(
  matches: SectionMatch[],
  order: ReadonlyMap<SectionSpec, number>,
  report: (reason: string, place: {place: Position | undefined}) => unknown
): void {
  const firsts = matches.sort((a, b) => (a.section.start.offset ?? 0) - (b.section.start.offset ?? 0))
  const inOrder = longestOrderedRun(firsts, (match) => order.get(match.spec)!)
  const kept = firsts.filter((match) => inOrder.has(match))
  for (const match of firsts) {
    if (inOrder.has(match)) continue
    const rank = order.get(match.spec)!
    const previous = kept.filter((other) => order.get(other.spec)! < rank).at(-1)
    const next = kept.find((other) => order.get(other.spec)! > rank)
    const where = previous
      ? `move it after \`${previous.section.title.trim()}\``
      : `move it before \`${next!.section.title.trim()}\``
    // (Named as written too when that is another of its names: `Risks and Mitigations` found nothing in a file that says `Risks`.)
    const written = match.section.key === headingKey(match.spec.heading) ? '' : ` (as \`${match.section.title.trim()}\`)`
    report(`Section \`${match.spec.heading}\`${written} is out of order; ${where}`, {place: match.section.heading?.position})
  }
}
