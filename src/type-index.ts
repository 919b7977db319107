/** Lookup tables for one document type, built once per type and reused for every file. */
import type {DocType, SectionSpec} from './doc-types.js'
import {headingKey} from './heading.js'

export interface TypeIndex {
  type: DocType
  /** Key of every canonical heading and alias to its section. */
  byKey: ReadonlyMap<string, SectionSpec>
  /** Keys of canonical headings only (used to guess a document's type). */
  canonicalKeys: ReadonlySet<string>
  /** Every (key, section) pair, for near-miss comparison. */
  names: ReadonlyArray<{key: string; spec: SectionSpec}>
  /** Every (key, section) pair with whether a longer heading may extend it with any words (multi-word canonical names). */
  extensible: ReadonlyArray<{key: string; spec: SectionSpec; anyWords: boolean}>
  /** Position of each section in the type's order. */
  order: ReadonlyMap<SectionSpec, number>
}

const cache = new WeakMap<DocType, TypeIndex>()

export function indexType(type: DocType): TypeIndex {
  let index = cache.get(type)
  if (!index) {
    const names = type.sections.flatMap((spec) =>
      [spec.heading, ...spec.aliases].map((name) => ({key: headingKey(name), spec}))
    )
    const byKey = new Map<string, SectionSpec>()
    for (const {key, spec} of names) if (!byKey.has(key)) byKey.set(key, spec)
    index = {
      type,
      byKey,
      canonicalKeys: new Set(type.sections.map((spec) => headingKey(spec.heading))),
      extensible: names.map(({key, spec}) => ({key, spec, anyWords: key === headingKey(spec.heading) && key.includes(' ')})),
      names,
      order: new Map(type.sections.map((spec, position) => [spec, position]))
    }
    cache.set(type, index)
  }
  return index
}
