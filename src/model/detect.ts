/**
 * Which document type a file is, in this order: front matter `type:` (or
 * `doc-type:`), a configured glob (the `globs` option), a type's own globs
 * (`docs/adr/**` for decision records), the H1 title, enough canonical section
 * headings of one type. A forced type (`--type`, option `type`) wins over all
 * of them. When globs name several types (`adr` and `madr` share their
 * folders), a metadata list under the title that one type's template writes
 * (MADR 2's `- Status:`, `- Date:`) decides, else the headings.
 */
import path from 'node:path'
import {typedPaths} from './project-root.js'
import picomatch from 'picomatch'
import type {VFile} from 'vfile'
import type {DocType} from '../types/doc-types.js'
import type {FrontMatter} from './front-matter.js'
import type {Section} from './sections.js'
import {indexType} from '../types/type-index.js'
import {boundedDistance} from './heading.js'
import {listedFields, listsFieldsOf} from './metadata-list.js'
import {pointerOf} from './pointer.js'

/** How a document's type was found, strongest first. */
export const TYPE_SOURCES = ['option', 'front-matter', 'glob', 'title', 'headings'] as const
export type TypeSource = (typeof TYPE_SOURCES)[number]

export interface Detection {
  type: DocType | undefined
  source: TypeSource | undefined
  /** A declared type that names no known type. */
  unknownType: string | undefined
  /** Where the document's text is kept, when the file is only a pointer to it (src/model/pointer.ts): no type reads it. */
  pointer?: string | undefined
  /** A front matter `type:` that names no type of this linter (a site generator's `type: docs`), when no type applies. */
  foreignType?: string | undefined
  /** Configured types whose globs all take the file and whose headings it fits alike; the first was chosen. */
  tiedTypes?: readonly string[]
  /**
   * A built-in type the title names by its word when no type applies (`# Cody strategy`: the title patterns leave a
   * bare `<subject> strategy` alone, as it also names a technique, `Retry strategy`): the skip says how to check it.
   */
  titleNames?: string | undefined
}

export interface DetectionSettings {
  types: readonly DocType[]
  /** Forced type id. */
  type?: string | undefined
  /** Glob (matched against the paths `typedPaths` gives) to type id. */
  globs: readonly CompiledGlob[]
  /** Whether the configuration is found by folder, so a glob is also read from its configuration's folder (`typedPaths`). */
  byConfigFolder?: boolean
}

export interface CompiledGlob {
  glob: string
  type: string
  matches: (file: string) => boolean
}

/**
 * Files in a decision-record folder that list records or explain them rather than being one: an index, an mdBook
 * `SUMMARY.md`, a changelog, contributing notes, a glossary, a FAQ, a how-to or a guide (`how-to-write-an-adr.md`,
 * `adr-guide.md`), by a name that starts with no number, so `0007-adopt-the-style-guide.md` is still a record. The
 * built-in types' globs only: a configured type's globs mean what they say. (A guide in `docs/adr/` got four
 * missing-section errors as a record.) Templates are TEMPLATE_FILE's, below.
 */
// (`_index.md`, Hugo's section page, and `adr-log.md` or `decisions.md`, the lists adr-tools and log4brains write, got
// four missing-section errors each as records.)
const NOT_A_RECORD = /(?:^|\/)(?:readme|_?index|adr-index|summary|toc|adr-log|decision-log|decisions|changelog|contributing|glossary|faq|how-?to(?:[-_][\w-]*)?|(?:(?:adrs?|decisions?|records?|rfcs?)[-_])?guides?(?:[-_][\w-]*)?)\.(?:md|markdown)$/i

/**
 * A template, by its name: `template.md`, `adr-template.md`, `0000-TEMPLATE.md`, `0000-ladr-template.md`,
 * `Design_Proposal_TEMPLATE.md`, `yyyymmdd-rfc-template.md`; a number before it can only be a placeholder (all zeros,
 * `NNNN`, `XXXX`, `yyyymmdd`). Not `0101-env-in-pod-template.md` or `0010-django-templates.md`, records about templates.
 * Its empty sections and placeholders are the point, so no built-in type reads it: the corpus's decision-record folders
 * hold nine, which got 37 messages.
 */
const TEMPLATE_FILE = /(?:^|[\\/])(?:(?:0+|n+|x+|y+m+d+)[-_.])?(?:\p{L}+[-_.]){0,3}template(?:[-_.][\p{L}-]+)?\.(?:md|markdown)$/iu

/** Whether the file's name marks it as a template (TEMPLATE_FILE). */
export function isTemplateFile(filePath: string): boolean {
  return TEMPLATE_FILE.test(filePath)
}

/** A type id or alias as written in front matter or options: `Tech Strategy`, `tech_strategy`, `tech-strategy`. */
export function normaliseId(id: string): string {
  return id.trim().toLowerCase().replace(/[\s_]+/g, '-')
}

/**
 * Whether front matter declares a type of this linter: `doc-type:` always does, and `type:` when it names a type or
 * an alias, holds one as a word, or comes near one (`stratgy`, `strategy-doc`, `ADRs`: an unknown type, reported).
 * Other values of `type:` belong to a site generator (Hugo's `type: docs`, a blog's `type: post`) and say nothing
 * about what the document is here: the type is then found as for a file that declares none. (Every page of a Hugo
 * site with `type: docs` was an `Unknown document type` error.)
 */
export function declaresOwnType(frontMatter: FrontMatter, types: readonly DocType[]): boolean {
  const declared = frontMatter.declaredType
  if (declared === undefined) return false
  return frontMatter.declaredKey !== 'type' || findType(types, declared) !== undefined || nearestTypes(types, declared).length > 0
}

/** The types an unknown type name comes near (`stratgy`, `strategy-doc`, `ADRs`; `mdr` both `adr` and `madr`), to suggest them. */
export function nearestTypes(types: readonly DocType[], declared: string): DocType[] {
  const wanted = normaliseId(declared)
  const words = new Set(wanted.split(/[^a-z0-9]+/))
  return types.filter((type) => [type.id, ...type.aliases].map(normaliseId).some((name) => words.has(name) || nearName(wanted, name)))
}

/** A misspelt type name: one edit from a name of up to four letters, two from a longer one. */
function nearName(written: string, name: string): boolean {
  const allowance = name.length <= 4 ? 1 : 2
  return Math.abs(written.length - name.length) <= allowance && boundedDistance(written, name, allowance) <= allowance
}

export function findType(types: readonly DocType[], id: string): DocType | undefined {
  const wanted = normaliseId(id)
  return types.find((type) => type.id === wanted) ?? types.find((type) => type.aliases.some((alias) => normaliseId(alias) === wanted))
}

/**
 * Wildcards a glob may hold: `*` in one path segment, and `**` segments in all. Glob matchers (picomatch for `globs`,
 * the ignore package for .remarkignore) compile to backtracking regular expressions, whose time grows as the path's
 * length to the power of the wildcards in a segment: on a 203-character file name, picomatch took 8 ms with 3, 229 ms
 * with 4 and 11.8 s with 5 (`*a*a*a*a*b`); six `**` on a path 60 folders deep took 1.6 s. (RE2 cannot run them: they
 * need lookaheads.) A repository's configuration could so hold a run for hours, before any time budget starts.
 */
export const MAX_SEGMENT_WILDCARDS = 3
export const MAX_GLOBSTARS = 3
/**
 * Wildcards past the first of each segment, in all the segments together: a segment's lone `*` is bounded by its `/`,
 * but each further one multiplies the time of the others' (four segments `*a*a*`, then a name, took 52 s on a
 * 105-character path).
 */
export const MAX_WILDCARDS = 3

/** The limits for .gitignore, which serves git: only what takes git itself minutes (6 wildcards in a segment, 68 s) is refused. */
export const GITIGNORE_LIMITS = {segment: 5, total: 8, globstars: 5}

/** Why matching `glob` could take minutes (too many wildcards), or undefined. */
export function costlyGlob(glob: string, limits = {segment: MAX_SEGMENT_WILDCARDS, total: MAX_WILDCARDS, globstars: MAX_GLOBSTARS}): string | undefined {
  // (An escaped `\*` is a literal star; of a brace group's alternatives, only one matches at a time.)
  const plain = widestAlternatives(glob.replace(/\\./g, 'x'))
  const segments = plain.split('/')
  const globstars = segments.filter((segment) => segment === '**').length
  if (globstars > limits.globstars) return `has ${globstars} \`**\` segments (at most ${limits.globstars})`
  let total = 0
  for (const segment of segments) {
    if (segment === '**') continue
    // (A run such as `a**b` is one wildcard inside a segment.)
    const wildcards = segment.match(/\*+/g)?.length ?? 0
    total += Math.max(0, wildcards - 1)
    const where = segment === glob ? '' : ` in the path segment \`${segment}\``
    if (wildcards > limits.segment) return `has ${wildcards} \`*\` wildcards${where} (at most ${limits.segment} in one segment)`
  }
  if (total > limits.total) return `has ${total} \`*\` wildcards beyond the first of their path segments (at most ${limits.total} in all: their times multiply)`
  return undefined
}

/** `glob` with each brace group (`{*strategy*,*vision*}`) replaced by its alternative with the most wildcards. */
function widestAlternatives(glob: string): string {
  return glob.replace(/\{([^{}]*)\}/g, (_group, inside: string) => {
    const alternatives = inside.split(',')
    return alternatives.reduce((widest, alternative) => ((alternative.match(/\*/g)?.length ?? 0) > (widest.match(/\*/g)?.length ?? 0) ? alternative : widest), alternatives[0])
  })
}

/** The rest of a message about a costly glob: why it is refused, and what to write. */
export const COSTLY_GLOB_ADVICE = 'matching it takes time that grows as a power of the path\'s length (minutes on a long file name); use fewer wildcards, such as `docs/**/*strategy*.md`'

const compiledTypeGlobs = new WeakMap<DocType, Array<(file: string) => boolean>>()

export function typeGlobs(type: DocType): Array<(file: string) => boolean> {
  let compiled = compiledTypeGlobs.get(type)
  if (!compiled) {
    compiled = type.globs.map((glob) => picomatch(glob, {dot: true, nocase: true}))
    compiledTypeGlobs.set(type, compiled)
  }
  return compiled
}

export function compileGlobs(globs: Record<string, string>): CompiledGlob[] {
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

  if (frontMatter?.declaredType !== undefined && declaresOwnType(frontMatter, types)) {
    return known(findType(types, frontMatter.declaredType), 'front-matter', frontMatter.declaredType)
  }
  const detected = detectUndeclared(settings, file, frontMatter, sections)
  if (!detected.type && frontMatter?.declaredType !== undefined) return {...detected, foreignType: frontMatter.declaredType}
  if (!detected.type) {
    const named = typeNamedByTitle(titleText(frontMatter, sections))
    if (named) return {...detected, titleNames: named}
  }
  // A file in a folder of records, or titled like a type, that only links to where its text is kept: no type reads it.
  // (A type declared in front matter or forced is still checked: the user asked for it.)
  const pointer = detected.type ? pointerOf(sections) : undefined
  return pointer ? {type: undefined, source: undefined, unknownType: undefined, pointer} : detected
}

/** The type a file's path, title or headings give it, when none is declared or forced. */
function detectUndeclared(settings: DetectionSettings, file: VFile, frontMatter: FrontMatter | undefined, sections: readonly Section[]): Detection {
  const {types} = settings
  const relative = relativePath(file)
  if (relative !== undefined) {
    const paths = typedPaths({path: file.path, cwd: file.cwd}, settings.byConfigFolder !== false)
    const glob = settings.globs.find((entry) => paths.some((candidate) => entry.matches(candidate)))
    if (glob) return known(findType(types, glob.type), 'glob', glob.type)
    if (isTemplateFile(relative)) return {type: undefined, source: undefined, unknownType: undefined}
    const listing = NOT_A_RECORD.test(relative)
    const matched = types.filter((type) => !(listing && type.builtin) && typeGlobs(type).some((matches) => paths.some((candidate) => matches(candidate))))
    // A type the team configured with its own globs wins over a built-in's folder convention: `platform-adr` (extends
    // `adr`, globs `adr/*.md`) lost its folder to the built-in `adr`, and the records missing its extra section passed.
    const configured = matched.filter((type) => !type.builtin)
    const byGlob = configured.length > 0 ? configured : matched
    if (byGlob.length === 1) return {type: byGlob[0], source: 'glob', unknownType: undefined}
    if (byGlob.length > 1) {
      const decided = typeByListedFields(byGlob, sections) ?? typeByCanonicalHeadings(byGlob, sections, 1)
      // Two configured types whose globs take the file, and its headings fit both: the order of the configuration
      // decides, which no one chose (the built-in types' folders overlap by design: `adr` before `madr`).
      const tied = decided === undefined && configured.length > 1 ? configured.map((type) => type.id) : undefined
      return {type: decided ?? byGlob[0], source: 'glob', unknownType: undefined, ...(tied ? {tiedTypes: tied} : {})}
    }
  }

  const text = titleText(frontMatter, sections)
  if (text) {
    const byTitle = types.find((type) => type.titlePatterns.some((pattern) => pattern.test(text)))
    if (byTitle) return {type: byTitle, source: 'title', unknownType: undefined}
  }

  const byHeadings = typeByCanonicalHeadings(types, sections)
  if (byHeadings) return {type: byHeadings, source: 'headings', unknownType: undefined}
  return {type: undefined, source: undefined, unknownType: undefined}
}

/**
 * The built-in types a short title may name by their word at its end (`Cody strategy`, `Search vision`), and that
 * word. (`ADR` also heads the index of a folder of records.) A title with a colon names its subject first (`KEP-3541:
 * Add Recreate Update Strategy`, `TEP-0059: Skipping Strategies`: techniques), and `How to vision` uses the word as a verb.
 */
const TITLE_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['strategy', /^[^:]{0,60}\bstrategy$/i],
  ['vision', /^[^:]{0,60}\bvision$/i]
]

/** The built-in type a title of at most six words names by its last word (`Cody strategy`, `Search vision`), if any. */
export function typeNamedByTitle(title: string | undefined): string | undefined {
  const text = title?.trim()
  if (text === undefined || text.length > 80 || text.split(/\s+/).length > 6 || /\bhow to\b/i.test(text)) return undefined
  return TITLE_WORDS.find(([, word]) => word.test(text))?.[0]
}

/** The document's title: its H1 when that is the first heading, else front matter `title:` when there is no H1 at all. */
export function titleText(frontMatter: FrontMatter | undefined, sections: readonly Section[]): string | undefined {
  const h1 = sections.find((section) => section.depth === 1)
  if (h1) return h1 === sections[0] ? h1.title.trim() : undefined
  const title = frontMatter?.data?.title
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined
}

function known(type: DocType | undefined, source: TypeSource, declared: string): Detection {
  return type ? {type, source, unknownType: undefined} : {type: undefined, source, unknownType: declared}
}

function relativePath(file: VFile): string | undefined {
  if (!file.path) return undefined
  const relative = path.relative(file.cwd, path.resolve(file.cwd, file.path))
  return relative.split(path.sep).join('/')
}

/**
 * The one type among `types` whose template's metadata list the document writes under its title (MADR 2's `- Status:`,
 * `- Date:`), unless the headings are clearly another type's: a record with `## Context`, `## Decision` and
 * `## Consequences` under such a list is a Nygard record that lists its metadata, and stays one.
 */
function typeByListedFields(types: readonly DocType[], sections: readonly Section[]): DocType | undefined {
  if (!types.some((type) => type.listedFields)) return undefined
  const listed = listedFields(sections)
  const listing = types.filter((type) => type.listedFields && listsFieldsOf(listed, type.listedFields))
  if (listing.length !== 1) return undefined
  const keys = headingKeys(sections)
  const own = canonicalHeadingsOf(listing[0], keys)
  return types.some((type) => type !== listing[0] && canonicalHeadingsOf(type, keys) >= own + CLEAR_LEAD) ? undefined : listing[0]
}

/** How many more canonical headings another type needs for its headings to outweigh a metadata list. */
const CLEAR_LEAD = 2

function headingKeys(sections: readonly Section[]): Set<string> {
  return new Set(sections.map((section) => section.key))
}

/** How many of the type's canonical section headings the document has. */
function canonicalHeadingsOf(type: DocType, keys: ReadonlySet<string>): number {
  let count = 0
  for (const key of indexType(type).canonicalKeys) if (keys.has(key)) count++
  return count
}

/**
 * The type with the most distinct canonical headings, when no other type ties
 * with it and it has at least as many as the type asks for (`minHeadings`, or
 * `least` when choosing among types a glob already named).
 */
function typeByCanonicalHeadings(types: readonly DocType[], sections: readonly Section[], least?: number): DocType | undefined {
  const keys = headingKeys(sections)
  let best: DocType | undefined
  let bestCount = 0
  let tie = false
  for (const type of types) {
    const needed = least ?? type.minHeadings
    if (needed === 0) continue
    const count = canonicalHeadingsOf(type, keys)
    if (count < needed) continue
    if (count > bestCount) {
      best = type
      bestCount = count
      tie = false
    } else if (count === bestCount) {
      tie = true
    }
  }
  return tie ? undefined : best
}
