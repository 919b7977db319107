/**
 * Which document type a file is, in this order: front matter `type:` (or
 * `doc-type:`), a configured glob, the H1 title, three or more canonical
 * section headings of one type. A forced type (`--type`, option `type`) wins
 * over all of them.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import type {VFile} from 'vfile'
import type {DocType} from './doc-types.js'
import type {FrontMatter} from './front-matter.js'
import type {Section} from './sections.js'
import {indexType} from './type-index.js'

export type TypeSource = 'option' | 'front-matter' | 'glob' | 'title' | 'headings'

export interface Detection {
  type: DocType | undefined
  source: TypeSource | undefined
  /** A declared type that names no known type. */
  unknownType: string | undefined
}

export interface DetectionSettings {
  types: readonly DocType[]
  /** Forced type id. */
  type?: string | undefined
  /** Glob (relative to the working directory) to type id. */
  globs: ReadonlyArray<{glob: string; type: string; matches: (file: string) => boolean}>
}

/** Extra names a front matter `type:` may use for the built-in types. */
const TYPE_ALIASES: Record<string, string> = {
  'tech-strategy': 'strategy',
  'technical-strategy': 'strategy',
  'engineering-strategy': 'strategy',
  'technology-strategy': 'strategy',
  'tech-vision': 'vision',
  'technical-vision': 'vision',
  'engineering-vision': 'vision',
  'architecture-vision': 'vision'
}

const MIN_HEADINGS_FOR_DETECTION = 3

export function findType(types: readonly DocType[], id: string): DocType | undefined {
  const wanted = id.trim().toLowerCase().replace(/[\s_]+/g, '-')
  const canonical = TYPE_ALIASES[wanted] ?? wanted
  return types.find((type) => type.id === canonical)
}

export function compileGlobs(globs: Record<string, string>): DetectionSettings['globs'] {
  return Object.entries(globs).map(([glob, type]) => ({
    glob,
    type,
    matches: picomatch(glob, {dot: true, nocase: false})
  }))
}

export function detectType(
  settings: DetectionSettings,
  file: VFile,
  frontMatter: FrontMatter | undefined,
  sections: readonly Section[]
): Detection {
  const {types} = settings
  if (settings.type) return known(findType(types, settings.type), 'option', settings.type)

  if (frontMatter?.declaredType !== undefined) {
    return known(findType(types, frontMatter.declaredType), 'front-matter', frontMatter.declaredType)
  }

  const relative = relativePath(file)
  if (relative !== undefined) {
    const glob = settings.globs.find((entry) => entry.matches(relative))
    if (glob) return known(findType(types, glob.type), 'glob', glob.type)
  }

  const title = sections.find((section) => section.depth === 1)
  if (title && title === sections[0]) {
    const text = title.title.trim()
    const byTitle = types.find((type) => type.titlePatterns.some((pattern) => pattern.test(text)))
    if (byTitle) return {type: byTitle, source: 'title', unknownType: undefined}
  }

  const byHeadings = typeByCanonicalHeadings(types, sections)
  if (byHeadings) return {type: byHeadings, source: 'headings', unknownType: undefined}
  return {type: undefined, source: undefined, unknownType: undefined}
}

function known(type: DocType | undefined, source: TypeSource, declared: string): Detection {
  return type ? {type, source, unknownType: undefined} : {type: undefined, source, unknownType: declared}
}

function relativePath(file: VFile): string | undefined {
  if (!file.path) return undefined
  const relative = path.relative(file.cwd, path.resolve(file.cwd, file.path))
  return relative.split(path.sep).join('/')
}

/** The type with the most (and at least three) distinct canonical headings, when no other type ties with it. */
function typeByCanonicalHeadings(types: readonly DocType[], sections: readonly Section[]): DocType | undefined {
  const keys = new Set(sections.map((section) => section.key))
  let best: DocType | undefined
  let bestCount = 0
  let tie = false
  for (const type of types) {
    const {canonicalKeys} = indexType(type)
    let count = 0
    for (const key of canonicalKeys) if (keys.has(key)) count++
    if (count > bestCount) {
      best = type
      bestCount = count
      tie = false
    } else if (count === bestCount) {
      tie = true
    }
  }
  return bestCount >= MIN_HEADINGS_FOR_DETECTION && !tie ? best : undefined
}
