/**
 * A section's parts (its child sections in the type: a decision record's `Positive`, `Negative` and `Neutral` under
 * `Consequences`) written where the section's own heading is not: after an empty section at its own level, or under
 * another section when the section is missing. The content is there, only a heading is out of place, so the structure
 * rules say that rather than `is empty` or a bare `Missing section` (three blind judges called `Section Consequences is
 * empty` wrong on a record whose `## Positive` and `## Negative` followed it; two called the bare `Missing section
 * Consequences` debatable on one whose `### Positive`, `### Negative`, `### Neutral` stood under `## Status`).
 */
import type {SectionSpec} from '../types/doc-types.js'
import {indexType} from '../types/type-index.js'
import type {StrategyDocument} from './document.js'
import type {Section} from './sections.js'

/** Whether `section` is named as one of `spec`'s parts in the type and is not bound to any section of it. */
function partOf(document: StrategyDocument, spec: SectionSpec, bound: ReadonlySet<Section>): (section: Section) => boolean {
  const parts = document.type ? indexType(document.type).children.get(spec) : undefined
  return (section) => parts !== undefined && !bound.has(section) && parts.byKey.has(section.key)
}

/** The sections right after `section`, at its level, that name its parts, up to the first that does not. */
export function partsWrittenAfter(document: StrategyDocument, spec: SectionSpec, section: Section): Section[] {
  const siblings = section.parent?.children ?? []
  return runOf(siblings, siblings.indexOf(section) + 1, partOf(document, spec, new Set(document.matches.map((match) => match.section))))
}

/**
 * For a missing section: the first run of sibling sections below the document's section level that name its parts
 * (at that level they are sections of their own, and once the missing one is added, `partsWrittenAfter` names them).
 */
export function partsWithoutHeading(document: StrategyDocument, spec: SectionSpec): Section[] {
  const isPart = partOf(document, spec, new Set(document.matches.map((match) => match.section)))
  for (const section of document.sections) {
    if (section.depth <= document.sectionDepth || !isPart(section)) continue
    const siblings = section.parent?.children ?? []
    return runOf(siblings, siblings.indexOf(section), isPart)
  }
  return []
}

/** The sections from `start` on that are parts, up to the first that is not. */
function runOf(siblings: readonly Section[], start: number, isPart: (section: Section) => boolean): Section[] {
  const run: Section[] = []
  for (const sibling of siblings.slice(start)) {
    if (!isPart(sibling)) break
    run.push(sibling)
  }
  return run
}
