/** Lookup tables for one document type, built once per type and reused for every file. */
import type {DocType, SectionSpec} from './doc-types.js'
import {headingKey} from '../model/heading.js'

/** Name lookups for one list of sibling sections (a type's top sections, or one section's children). */
export interface SpecIndex {
  specs: readonly SectionSpec[]
  /** Key of every canonical heading and alias to its section. */
  byKey: ReadonlyMap<string, SectionSpec>
  /** Keys of canonical headings only (used to guess a document's type). */
  canonicalKeys: ReadonlySet<string>
  /** Every name of every section (its heading, then its aliases) with its key, for near-miss comparison. */
  names: ReadonlyArray<{key: string; spec: SectionSpec; name: string}>
  /** Every (key, section) pair with whether a longer heading may extend it with any words (multi-word canonical names). */
  extensible: ReadonlyArray<{key: string; spec: SectionSpec; anyWords: boolean}>
  /** Position of each section among its siblings. */
  order: ReadonlyMap<SectionSpec, number>
  /** Key of every stand-in heading to its section (bound only while that section is missing). */
  standIns: ReadonlyMap<string, SectionSpec>
}

export interface TypeIndex extends SpecIndex {
  type: DocType
  /** The index of each section's children, for sections that have any. */
  children: ReadonlyMap<SectionSpec, SpecIndex>
  /** The section each child section belongs to. */
  parents: ReadonlyMap<SectionSpec, SectionSpec>
}

const cache = new WeakMap<DocType, TypeIndex>()

export function indexType(type: DocType): TypeIndex {
  let index = cache.get(type)
  if (!index) {
    const children = new Map<SectionSpec, SpecIndex>()
    const parents = new Map<SectionSpec, SectionSpec>()
    const indexChildren = (specs: readonly SectionSpec[]) => {
      for (const spec of specs) {
        if (spec.children.length === 0) continue
        children.set(spec, indexSpecs(spec.children))
        for (const child of spec.children) parents.set(child, spec)
        indexChildren(spec.children)
      }
    }
    indexChildren(type.sections)
    index = {type, ...indexSpecs(type.sections), children, parents}
    cache.set(type, index)
  }
  return index
}

function indexSpecs(specs: readonly SectionSpec[]): SpecIndex {
  const names = specs.flatMap((spec) => [spec.heading, ...spec.aliases].map((name) => ({key: headingKey(name), spec, name})))
  const byKey = new Map<string, SectionSpec>()
  for (const {key, spec} of names) if (!byKey.has(key)) byKey.set(key, spec)
  return {
    specs,
    byKey,
    canonicalKeys: new Set(specs.map((spec) => headingKey(spec.heading))),
    extensible: names.map(({key, spec}) => ({key, spec, anyWords: key === headingKey(spec.heading) && key.includes(' ')})),
    names,
    order: new Map(specs.map((spec, position) => [spec, position])),
    standIns: new Map(specs.flatMap((spec) => (spec.standIns ?? []).map((name) => [headingKey(name), spec] as const)))
  }
}
