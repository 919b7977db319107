/**
 * The document model every rule asks: the section tree, the detected type and
 * which sections of that type are present, missing, misplaced or misnamed.
 * Built once per syntax tree and memoised, so rules never re-walk the tree.
 */
import type {Root} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {lineEndingOf} from '../util.js'
import {builtinTypes, type DocType, type SectionSpec} from '../types/doc-types.js'
import {compileGlobs, detectType, type DetectionSettings, type TypeSource} from './detect.js'
import {displacedFrontMatter, readFrontMatter, type FrontMatter} from './front-matter.js'
import {boundedDistance, extendsName, headingKey, isMisspelling, isNearMiss, whiteSpaceBefore} from './heading.js'
import {classifyProse, findPlaceholders, type PlaceholderMatch, type ProseKind} from './placeholders.js'
import {underGoalHeading} from './goal-headings.js'
import {buildSections, contentTexts, type Section, type TextRun} from './sections.js'
import {readStatus, readUnknownStatus, type DocumentStatus, type UnreadStatus} from './status.js'
import {openBlockAtEnd, type OpenBlock} from './open-block.js'
import {indexType, type SpecIndex, type TypeIndex} from '../types/type-index.js'

/** How a heading was recognised as a section of the type: as written, extended with words, a stand-in for a missing one, a near miss. */
export type MatchKind = 'exact' | 'extended' | 'stand-in' | 'near'

export interface SectionMatch {
  section: Section
  spec: SectionSpec
  kind: MatchKind
  /** For a near miss, the name of the section it nearly is (`Where We Are Today`, an alias, for `Where we are now`). */
  nearName?: string
}

export interface StrategyDocument {
  tree: Root
  file: VFile
  /** The file's text as the parser saw it: decoded, without a byte order mark. Positions index into this. */
  source: string
  /** The line ending the file uses, for text a fix inserts (a lone `\r`: a classic Mac OS file). */
  eol: '\n' | '\r\n' | '\r'
  root: Section
  /** Every heading's section in document order. */
  sections: readonly Section[]
  frontMatter: FrontMatter | undefined
  type: DocType | undefined
  typeSource: TypeSource | undefined
  unknownType: string | undefined
  /** Where the document's text is kept, when the file only points there (src/model/pointer.ts); it then has no type. */
  pointer: string | undefined
  /** A front matter `type:` that is no type of this linter's (a site generator's), when no type applies. */
  foreignType: string | undefined
  /** Configured types whose globs all take the file and whose headings it fits alike (src/model/detect.ts). */
  tiedTypes: readonly string[] | undefined
  /** A built-in type the title names by its word, when no type applies (src/model/detect.ts `titleNames`). */
  titleNames: string | undefined
  /** Heading depth of the type's sections in this document. */
  sectionDepth: number
  /** Sections at `sectionDepth` recognised as sections of the type, in document order. */
  matches: readonly SectionMatch[]
  /** First match of each section of the type. */
  firstMatch: ReadonlyMap<SectionSpec, SectionMatch>
  /** Required sections with no match (a child section only when its parent is there). */
  missing: readonly SectionSpec[]
  /** The section a child section belongs to (`undefined` for the type's top sections). */
  parentOf(spec: SectionSpec): SectionSpec | undefined
  /** Heading depth a section of the type has in this document (children one level below their parent). */
  depthOf(spec: SectionSpec): number
  /** For a missing section, a heading with its name at another depth (a top section) or outside its parent (a subsection). */
  atOtherDepth: ReadonlyMap<SectionSpec, Section>
  /** Turn an offset in the file into a point. */
  pointAt(offset: number): Point
  /** Every text run of the document, in document order. */
  texts(): Iterable<TextRun>
  /** Template leftovers in the document's prose (computed on first use). */
  placeholders(): readonly PlaceholderMatch[]
  /** Whether a section's content (subsections included) is placeholders or template prompts and nothing else. */
  isPlaceholderOnly(section: Section): boolean
  /** What a section's prose (subsections included) holds: content, template prompts, bare placeholders. */
  proseKind(section: Section): ProseKind
  /**
   * The first match of each section that lists a section-scoped rule
   * (`strategy-non-goals`), only when the section has real content: an empty
   * or placeholder-only section is strategy-empty-section's to report, so the
   * content rules leave it alone.
   */
  filledMatchesFor(ruleId: string): SectionMatch[]
  /** Whether a section-scoped rule reads the prose of `section` (by the type section that holds it, or the type's rules for other prose). */
  ruleReads(ruleId: string, section: Section): boolean
  /**
   * Whether `section` is outside the type's sections, under a heading that names goals or plans (`## Goals`, `### FY27 Q1`;
   * src/model/goal-headings.ts), and the type lets `ruleId` read such headings (`<type>/goal-headings`): where a goal rule
   * reads when its `goalHeadings` option is on.
   */
  readsGoalHeading(ruleId: string, section: Section): boolean
  /** The section of the type that holds `section` (itself or its nearest matched ancestor). */
  specOf(section: Section): SectionSpec | undefined
  /** The source range and text of a heading's content (without `#` marks or setext underline). */
  headingSource(section: Section): {start: Point; end: Point; text: string} | undefined
  /**
   * A heading a fix writes, in the document's own style: `## Context`, or `Context` over a line of `-` (or `=` at level
   * 1) where every heading already at that level is setext, so the fix does not mix two styles (markdownlint's MD003).
   */
  headingLine(depth: number, text: string): string
  /**
   * The code or HTML block the document ends inside (src/model/open-block.ts), when text inserted at `offset` (the end
   * when undefined) would land in it: a section added there is no section, so the rule offers no fix and says to close it.
   */
  openBlockAt(offset: number | undefined): OpenBlock | undefined
  /** The types this document was checked against. */
  types: readonly DocType[]
  /** The document's status (draft, accepted, superseded, ...), read once on first use; `undefined` when none is written (src/model/status.ts). */
  status(): DocumentStatus | undefined
  /** A status written in words the linter does not know (`status: On hold`), when no status was read (src/model/status.ts). */
  unknownStatus(): UnreadStatus | undefined
}

export interface ModelSettings {
  types?: readonly DocType[]
  type?: string | undefined
  globs?: Record<string, string>
  /** False when the run reads its configuration from one given file or none (`--config`, `--no-config`). */
  byConfigFolder?: boolean
}

/** The plugin's defaults: the built-in types, no globs, no forced type. */
const DEFAULT_MODEL_SETTINGS: ModelSettings = Object.freeze({})

/**
 * The models of a tree, one per settings object: a caller gets the model built with the settings it
 * passes, never one another caller built with other settings. The plugin and its rules pass the one
 * settings object the plugin keeps (`modelSettingsOf`), so a file's model is built once.
 */
const documents = new WeakMap<Root, Map<ModelSettings, StrategyDocument>>()

/**
 * The model of `tree` built with `settings`, built on first use and shared afterwards. Without
 * `settings` (callers outside a processor, such as tests reading the model after a run): the
 * model already built for the tree, or one with the default settings.
 */
export function getDocument(tree: Root, file: VFile, settings?: ModelSettings): StrategyDocument {
  let models = documents.get(tree)
  if (!models) documents.set(tree, (models = new Map()))
  if (!settings) {
    const built = models.values().next()
    if (!built.done) return built.value
    settings = DEFAULT_MODEL_SETTINGS
  }
  let document = models.get(settings)
  if (!document) {
    document = buildDocument(tree, file, settings)
    models.set(settings, document)
    // What the CLI reports as checked or skipped (src/cli/outcome.ts): null when no type applies, so no type rule ran.
    file.data.strategyType = document.type?.id ?? null
    file.data.strategyTypeSource = document.type ? (document.typeSource ?? null) : null
    file.data.strategyPointer = document.pointer ?? null
    file.data.strategyForeignType = document.type ? null : (document.foreignType ?? null)
    file.data.strategyTitleNames = document.type ? null : (document.titleNames ?? null)
    file.data.strategyTomlFrontMatter = (document.frontMatter?.node.type as string) === 'toml'
  }
  return document
}

/** Where the plugin keeps, in its processor's data, how to get its model settings. */
export const MODEL_SETTINGS_KEY = 'remarkLintStrategyModelSettings'

/**
 * The model settings of the plugin attached to `processor` (its types, globs and the type it forces),
 * as one object per setting so the model is shared; the defaults for a rule used without the plugin.
 */
export function modelSettingsOf(processor: unknown): ModelSettings {
  const data = (processor as {data?: unknown} | undefined)?.data
  const get = typeof data === 'function' ? (data as (key: string) => unknown).call(processor, MODEL_SETTINGS_KEY) : undefined
  return typeof get === 'function' ? (get as () => ModelSettings)() : DEFAULT_MODEL_SETTINGS
}

declare module 'vfile' {
  interface DataMap {
    /** The document type the file was checked as, or null when none applies (set when the model is built). */
    strategyType: string | null
    /** How that type was found (`TypeSource`), or null when none applies. */
    strategyTypeSource: string | null
    /** A front matter `type:` that names no type of this linter, when no type applies; else null. */
    strategyForeignType: string | null
    /** A built-in type the title names by its word alone (`# Cody strategy`), when no type applies; else null. */
    strategyTitleNames: string | null
    /**
     * Whether the front matter is TOML (`+++`): the advice to an untyped file then writes `type = "strategy"`, which
     * is what that front matter reads (a pasted `type: strategy` would make it unreadable).
     */
    strategyTomlFrontMatter: boolean
    /** Where the text of a file that only points to it is kept (it then has no type), else null. */
    strategyPointer: string | null
    /**
     * Other files whose existence a rule looked up (a successor link's target), by absolute path, each with whether it
     * existed: the result depends on them, so the cache replays it only while each still does (src/engine/cache.ts).
     */
    strategyProbed: Record<string, boolean>
    /**
     * True once a rule of this package ran on the file (set by every rule, src/rule.ts): the plugin with every rule
     * turned off in its options still builds the model and types the file, but checks nothing.
     */
    strategyRuleRan: boolean
  }
}

const compiledGlobs = new WeakMap<Record<string, string>, DetectionSettings['globs']>()

function detectionSettings(settings: ModelSettings): DetectionSettings {
  const globs = settings.globs ?? {}
  let compiled = compiledGlobs.get(globs)
  if (!compiled) {
    compiled = compileGlobs(globs)
    compiledGlobs.set(globs, compiled)
  }
  return {types: settings.types ?? builtinTypes, type: settings.type, globs: compiled, byConfigFolder: settings.byConfigFolder}
}

/** The methods of the model, added to its facts by buildDocument. */
type Query =
  | 'pointAt'
  | 'headingSource'
  | 'headingLine'
  | 'openBlockAt'
  | 'texts'
  | 'placeholders'
  | 'isPlaceholderOnly'
  | 'proseKind'
  | 'filledMatchesFor'
  | 'ruleReads'
  | 'readsGoalHeading'
  | 'parentOf'
  | 'depthOf'
  | 'specOf'
  | 'status'
  | 'unknownStatus'

/** Read the file once (sections, front matter, type, binding to the type's sections), then add the queries rules ask. */
function buildDocument(tree: Root, file: VFile, settings: ModelSettings): StrategyDocument {
  const source = String(file).replace(/^\uFEFF/, '')
  const displaced = displacedFrontMatter(source)
  const {root, sections, frontMatter: frontMatterNode} = buildSections(tree, displaced)
  const frontMatter = readFrontMatter(frontMatterNode)
  if (frontMatter && displaced) frontMatter.displacedTo = displaced.position?.start.line
  const detection = detectType(detectionSettings(settings), file, frontMatter, sections)
  const binding = detection.type ? bindSections(indexType(detection.type), sections) : emptyBinding()
  const facts: Omit<StrategyDocument, Query> = {
    tree,
    file,
    source,
    eol: lineEndingOf(source),
    root,
    sections,
    frontMatter,
    type: detection.type,
    typeSource: detection.source,
    unknownType: detection.unknownType,
    pointer: detection.pointer,
    foreignType: detection.foreignType,
    tiedTypes: detection.tiedTypes,
    titleNames: detection.titleNames,
    ...binding,
    types: settings.types ?? builtinTypes
  }
  // The queries read the facts (and each other) from `document` when called, so each group is built apart.
  const document = facts as StrategyDocument
  return Object.assign(document, sourceQueries(document), proseQueries(document), typeQueries(document), {
    status: once(() => readStatus(document)),
    unknownStatus: once(() => readUnknownStatus(document))
  })
}

/** A value computed on first use. */
function once<T>(compute: () => T): () => T {
  let cached: {value: T} | undefined
  return () => (cached ??= {value: compute()}).value
}

/** Places in the source: points for offsets, a heading's text range, a heading in the document's style. */
function sourceQueries(document: StrategyDocument): Pick<StrategyDocument, 'pointAt' | 'headingSource' | 'headingLine' | 'openBlockAt'> {
  const {tree, source, sections, eol} = document
  const place = location(source)
  const setextDepths = once(() => setextOnlyDepths(sections))
  const openBlock = once(() => openBlockAtEnd(tree, source))
  return {
    openBlockAt(offset) {
      const open = openBlock()
      return open && (offset ?? source.length) >= open.end ? open : undefined
    },
    headingLine(depth, text) {
      if (!setextDepths().has(depth)) return `${'#'.repeat(depth)} ${text}`
      return `${text}${eol}${(depth === 1 ? '=' : '-').repeat(Math.max(3, [...text].length))}`
    },
    pointAt(offset) {
      return place.toPoint(offset) ?? tree.position?.end ?? {line: 1, column: 1, offset: 0}
    },
    headingSource(section) {
      const children = section.heading?.children ?? []
      const start = children[0]?.position?.start
      const end = children[children.length - 1]?.position?.end
      if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
      return {start, end, text: source.slice(start.offset, end.offset)}
    }
  }
}

/**
 * The levels (1 and 2 only: setext has no other) at which the document has headings and all of them are setext. A
 * setext heading spans its text and its underline, so it ends on a later line than it starts; an ATX heading is one line.
 */
function setextOnlyDepths(sections: readonly Section[]): Set<number> {
  const seen = new Map<number, boolean>()
  for (const {heading} of sections) {
    if (!heading || heading.depth > 2 || !heading.position) continue
    const setext = heading.position.end.line > heading.position.start.line
    seen.set(heading.depth, (seen.get(heading.depth) ?? true) && setext)
  }
  return new Set([...seen].filter(([, setext]) => setext).map(([depth]) => depth))
}

/** The prose: its text runs, the placeholders in it, what a section's prose holds. */
function proseQueries(document: StrategyDocument): Pick<StrategyDocument, 'texts' | 'placeholders' | 'isPlaceholderOnly' | 'proseKind'> {
  const {root, sections} = document
  const placeholders = once(() => findPlaceholders(allTexts(root, sections)))
  const placeholdersByRun = once(() => {
    const byRun = new Map<TextRun, PlaceholderMatch[]>()
    for (const match of placeholders()) {
      const list = byRun.get(match.run)
      if (list) list.push(match)
      else byRun.set(match.run, [match])
    }
    return byRun
  })
  const kinds = new Map<Section, ProseKind>()
  return {
    texts: () => allTexts(root, sections),
    placeholders,
    isPlaceholderOnly(section) {
      const kind = document.proseKind(section)
      return kind === 'prompt' || kind === 'placeholder'
    },
    proseKind(section) {
      // Asked by several rules for the same section.
      let kind = kinds.get(section)
      if (kind === undefined) {
        const byRun = placeholdersByRun()
        kind = classifyProse(contentTexts(section), (run) => byRun.get(run) ?? [])
        kinds.set(section, kind)
      }
      return kind
    }
  }
}

/** The type's sections: which a rule reads, their parents and depths, the spec a section belongs to. */
function typeQueries(document: StrategyDocument): Pick<StrategyDocument, 'filledMatchesFor' | 'ruleReads' | 'readsGoalHeading' | 'parentOf' | 'depthOf' | 'specOf'> {
  const {type, firstMatch, matches, sectionDepth} = document
  const specBySection = once(() => new Map(matches.map((match) => [match.section, match.spec])))
  // (Sections that hold only what `--fix` or `init` wrote, `TODO: ...`, do not lay a page out as one of the type: fixing
  // a page must not make its introduction read, with findings the run before did not have.)
  const laidOut = once(() => matches.some((match) => match.section.total.words > 0 && !document.isPlaceholderOnly(match.section)))
  return {
    filledMatchesFor(ruleId) {
      const result: SectionMatch[] = []
      for (const [spec, match] of firstMatch) {
        if (!spec.rules.has(ruleId) || match.section.total.words === 0 || document.isPlaceholderOnly(match.section)) continue
        result.push(match)
      }
      return result
    },
    ruleReads(ruleId, section) {
      const spec = document.specOf(section)
      if (spec) return spec.rules.has(ruleId)
      // Other prose is the introduction (see isIntroduction), not a heading the type does not know:
      // an FAQ, an appendix or a story holds hedges and opinions about everything, rarely the authors' plan.
      // Only when the document has sections of its type at all, with more than placeholders: a page that matches none is
      // not laid out as one.
      return isIntroduction(document, section) && (type?.otherProseRules.has(ruleId) ?? false) && laidOut()
    },
    readsGoalHeading(ruleId, section) {
      // `## Goals`, `### The next 6 months`: where real planning pages put their goals, whatever the type calls its sections.
      return (type?.goalHeadingRules.has(ruleId) ?? false) && document.specOf(section) === undefined && underGoalHeading(section)
    },
    parentOf(spec) {
      return type ? indexType(type).parents.get(spec) : undefined
    },
    depthOf(spec) {
      let depth = sectionDepth
      for (let parent = document.parentOf(spec); parent; parent = document.parentOf(parent)) depth++
      return depth
    },
    specOf(section) {
      const bySection = specBySection()
      for (let current: Section | undefined = section; current; current = current.parent) {
        const spec = bySection.get(current)
        if (spec) return spec
      }
      return undefined
    }
  }
}

/**
 * The introduction: the preamble before any heading, and the prose under the title (the first `#`)
 * when the type's sections sit below it. In a document whose sections are `#` headings themselves
 * (`# Summary`, `# Motivation`, `# Alternatives`), every other `#` section is a section the type does
 * not know, not an introduction.
 */
function isIntroduction(document: StrategyDocument, section: Section): boolean {
  if (section.depth === 0) return true
  if (section.depth !== 1 || document.sectionDepth <= 1) return false
  return document.root.children.find((child) => child.depth === 1) === section
}

function* allTexts(root: Section, sections: readonly Section[]) {
  yield* root.texts
  for (const section of sections) yield* section.texts
}

type Binding = Pick<StrategyDocument, 'sectionDepth' | 'matches' | 'firstMatch' | 'missing' | 'atOtherDepth'>

function emptyBinding(): Binding {
  return {sectionDepth: 2, matches: [], firstMatch: new Map(), missing: [], atOtherDepth: new Map()}
}

/**
 * A heading's name before a colon or a spaced dash (`Context: why now`, `Roadmap - H1 2027`, `Context：背景`), without
 * the white space before it (found by walking back, see `whiteSpaceBefore`).
 */
const LEAD_SEPARATOR = /[:：]|\s[-–—]\s/

function leadOfTitle(title: string): string {
  const separator = LEAD_SEPARATOR.exec(title)
  return separator ? title.slice(0, whiteSpaceBefore(title, separator.index)) : title
}

/**
 * Whether `other` reads as another language's name for `name` (`背景` for `Context`, `Contexto` for `Context`): it has a
 * letter outside ASCII, or is `name` spelt another way. Not two topics in one heading (`Alternatives / Background`,
 * `Status / Context`), nor an emoji beside a name (`📝 Summary / Context`).
 */
function isTranslation(other: string, name: string): boolean {
  return /(?![\x00-\x7f])\p{L}/u.test(other) || isMisspelling(headingKey(other), headingKey(name))
}

/** The slash or bar between a bilingual heading's two names (`Context / 背景`, `背景｜Context`). */
const BILINGUAL_SEPARATOR = /\s[/|]\s|[／｜]/

/** A bilingual heading's two names, when it has a slash or bar between them. */
function bilingualNames(title: string): [string, string] | undefined {
  const match = BILINGUAL_SEPARATOR.exec(title)
  if (!match) return undefined
  return [title.slice(0, match.index).trim(), title.slice(match.index + match[0].length).trim()]
}

/** The section a heading stands in for, as written or before a colon or a spaced dash (`Proposal: Eager state sync`). */
function standInOf(index: SpecIndex, section: Section): SectionSpec | undefined {
  if (index.standIns.size === 0) return undefined
  return index.standIns.get(section.key) ?? index.standIns.get(headingKey(leadOfTitle(section.title)))
}

function matchByName(index: SpecIndex, section: Section): {spec: SectionSpec; kind: MatchKind} | undefined {
  const {key} = section
  const exact = index.byKey.get(key)
  if (exact) return {spec: exact, kind: 'exact'}
  const lead = leadOfTitle(section.title)
  if (lead.length < section.title.length) {
    const byLead = index.byKey.get(headingKey(lead))
    if (byLead) return {spec: byLead, kind: 'extended'}
  }
  // (Either name may be the section's; the other must read as its translation.)
  const names = bilingualNames(section.title)
  if (names) {
    for (const [name, other] of [names, [names[1], names[0]]] as const) {
      const byName = index.byKey.get(headingKey(name))
      if (byName && isTranslation(other, name)) return {spec: byName, kind: 'extended'}
    }
  }
  // `Risks and Mitigatons` is a misspelt section, not `Risks` extended: leave it to near-miss detection.
  if (index.names.some((name) => isMisspelling(key, name.key))) return undefined
  let longest: {spec: SectionSpec; kind: MatchKind} | undefined
  let longestLength = 0
  for (const name of index.extensible) {
    if (name.key.length > longestLength && extendsName(key, name.key, name.anyWords)) {
      longest = {spec: name.spec, kind: 'extended'}
      longestLength = name.key.length
    }
  }
  return longest
}

/** Match headings to the type's sections at the depth the document uses for them, then each matched section's children inside it. */
function bindSections(index: TypeIndex, sections: readonly Section[]): Binding {
  const named = new Map<Section, {spec: SectionSpec; kind: MatchKind}>()
  const title = documentTitle(sections)
  for (const section of sections) {
    // `# Proposal: Soft memory limit` names the document, not its Proposal section.
    if (section === title) continue
    const match = matchByName(index, section)
    if (match) named.set(section, match)
  }
  const sectionDepth = chooseSectionDepth(sections, named)
  const top = bindLevel(
    index,
    sections.filter((section) => section.depth === sectionDepth),
    (section) => named.get(section)
  )

  const atOtherDepth = new Map<SectionSpec, Section>()
  for (const [section, match] of named) {
    if (section.depth !== sectionDepth && top.missing.has(match.spec) && !atOtherDepth.has(match.spec)) {
      atOtherDepth.set(match.spec, section)
    }
  }
  // A misspelt heading at another level (`## Contxt` where the sections are `###`): the missing section is there, and a
  // skeleton inserted for it made an empty `### Context` under the author's text. Below the section level a heading
  // may be a subsection of its own a few letters from a section's name (a vision's `### Target Date` under Guiding
  // Principles is no misspelt Target State): there, one letter off only (`### Diagnosys`), and not a plural or a
  // singular (`### Risk` under Coherent Actions names a risk of its own, not the Risks section).
  for (const section of sections) {
    if (section === title || section.depth === sectionDepth || named.has(section) || !section.heading) continue
    const below = section.depth > sectionDepth
    const misspelt = index.names.find(
      (name) =>
        top.missing.has(name.spec) &&
        !atOtherDepth.has(name.spec) &&
        isMisspelling(section.key, name.key) &&
        (!below || (boundedDistance(section.key, name.key, 1) <= 1 && `${section.key}s` !== name.key && `${name.key}s` !== section.key))
    )
    if (misspelt) atOtherDepth.set(misspelt.spec, section)
  }

  const matches = [...top.matches]
  const firstMatch = new Map(top.firstMatch)
  const missing = [...top.missing]
  const pending = [...top.firstMatch.values()]
  for (let parent = pending.pop(); parent; parent = pending.pop()) {
    const childIndex = index.children.get(parent.spec)
    if (!childIndex) continue
    const level = bindLevel(childIndex, parent.section.children, (section) => matchByName(childIndex, section))
    for (const entry of level.matches) matches.push(entry)
    for (const [spec, entry] of level.firstMatch) {
      firstMatch.set(spec, entry)
      pending.push(entry)
    }
    missing.push(...level.missing)
    if (level.missing.size > 0) findOutsideParent(childIndex, parent.section, sections, level.missing, atOtherDepth)
  }
  matches.sort((a, b) => (a.section.start.offset ?? 0) - (b.section.start.offset ?? 0))
  return {sectionDepth, matches, firstMatch, missing, atOtherDepth}
}

/** A missing subsection written elsewhere in the document (`### Graduation Criteria` under another `##`). */
function findOutsideParent(
  index: SpecIndex,
  parent: Section,
  sections: readonly Section[],
  missing: ReadonlySet<SectionSpec>,
  found: Map<SectionSpec, Section>
): void {
  for (const section of sections) {
    if (isWithin(section, parent)) continue
    const match = matchByName(index, section)
    if (match && missing.has(match.spec) && !found.has(match.spec)) found.set(match.spec, section)
  }
}

function isWithin(section: Section, ancestor: Section): boolean {
  for (let current: Section | undefined = section; current; current = current.parent) if (current === ancestor) return true
  return false
}

interface LevelBinding {
  matches: SectionMatch[]
  firstMatch: Map<SectionSpec, SectionMatch>
  missing: Set<SectionSpec>
}

/** Bind sibling headings to sibling sections: by name, then misnamed headings to the required sections still missing. */
function bindLevel(
  index: SpecIndex,
  candidates: readonly Section[],
  nameOf: (section: Section) => {spec: SectionSpec; kind: MatchKind} | undefined
): LevelBinding {
  const matches: SectionMatch[] = []
  const firstMatch = new Map<SectionSpec, SectionMatch>()
  const unnamed: Section[] = []
  for (const section of candidates) {
    const match = nameOf(section)
    if (!match) {
      unnamed.push(section)
      continue
    }
    const entry = {section, ...match}
    matches.push(entry)
    if (!firstMatch.has(match.spec)) firstMatch.set(match.spec, entry)
  }

  const missing = new Set(index.specs.filter((spec) => spec.required && !firstMatch.has(spec)))
  const bind = (entry: SectionMatch) => {
    missing.delete(entry.spec)
    firstMatch.set(entry.spec, entry)
    matches.splice(insertionIndex(matches, entry.section), 0, entry)
  }
  // Near misses first, then stand-ins for what is still missing: `## OKRs` above a misspelt `## Coherant Actions` took
  // the section, and the misspelling went unreported (the other way round, it was reported).
  const standIns: Array<{section: Section; spec: SectionSpec}> = []
  for (const section of unnamed) {
    const standIn = standInOf(index, section)
    if (standIn && missing.has(standIn)) {
      standIns.push({section, spec: standIn})
      continue
    }
    const near = nearMissOf(index, section.key, missing)
    if (near) bind({section, spec: near.spec, kind: 'near', nearName: near.name})
  }
  for (const {section, spec} of standIns) if (missing.has(spec)) bind({section, spec, kind: 'stand-in'})
  return {matches, firstMatch, missing}
}

function insertionIndex(matches: readonly SectionMatch[], section: Section): number {
  const offset = section.start.offset ?? 0
  const index = matches.findIndex((match) => (match.section.start.offset ?? 0) > offset)
  return index === -1 ? matches.length : index
}

/** The name (a section's heading, else one of its aliases) that `key` nearly is, among the sections still missing. */
function nearMissOf(index: SpecIndex, key: string, candidates: ReadonlySet<SectionSpec>): {spec: SectionSpec; name: string} | undefined {
  if (!key) return undefined
  const words = key.split(' ')
  return index.names.find((name) => candidates.has(name.spec) && (isNearMiss(key, name.key) ? !turnsNotToNow(words, name.key) : misspeltThenExtended(index, words, name)))
}

/**
 * `Sucess Criteria and KPIs`, ``Sucess Criteria `p95` ``: a name of two words or more misspelt, then extended (`Success
 * Criteria and KPIs` is the section). Compared whole, it was no near miss: the section was reported missing, and the
 * fix added an empty one above the author's.
 */
function misspeltThenExtended(index: SpecIndex, words: readonly string[], name: {key: string; spec: SectionSpec}): boolean {
  const count = spacesIn(name.key) + 1
  // (Names of two words or more only: a one-word name misspelt before a linking word is too often another word, as
  // `Approaches to measuring the flakiness metric` is no misspelt `Approach`.)
  if (count < 2 || words.length <= count) return false
  const prefix = words.slice(0, count)
  if (!isMisspelling(prefix.join(' '), name.key) || turnsNotToNow(prefix, name.key)) return false
  // Extended as the name may be: an alias (`Success Metrics`) only by a linking word (`for 2027`), as when spelt right.
  const extensible = index.extensible.find((entry) => entry.key === name.key && entry.spec === name.spec)
  return extensible !== undefined && extendsName(`${name.key} ${words.slice(count).join(' ')}`, name.key, extensible.anyWords)
}

/** `What We Will Now Do Next` is a plan, not `What We Will NOT Do` misspelt: `now` for `not` turns the name around. */
function turnsNotToNow(words: readonly string[], key: string): boolean {
  return key.split(' ').some((word, at) => word === 'not' && words[at] === 'now')
}

function spacesIn(text: string): number {
  let count = 0
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

/** The document's title: a first heading that is its only level-1 heading, with headings after it. */
function documentTitle(sections: readonly Section[]): Section | undefined {
  const [first] = sections
  if (!first || first.depth !== 1 || sections.length < 2) return undefined
  return sections.some((section) => section !== first && section.depth === 1) ? undefined : first
}

/**
 * The depth of the type's sections: the shallowest depth holding at least
 * half as many distinct sections named exactly as the best depth (and at
 * least two), or the best depth; headings that only extend a name count when
 * no depth has an exact one. Without any, the depth of the top sections under
 * a lone H1 title. Distinct sections, so `### Risk: cache` and `### Risk:
 * cost` under one section do not outvote the real sections one level up; the
 * shallowest close runner-up, so five sections a template nests under
 * `## Design Details` in older documents do not outvote the four at level 2.
 */
function chooseSectionDepth(
  sections: readonly Section[],
  named: ReadonlyMap<Section, {spec: SectionSpec; kind: MatchKind}>
): number {
  const exact = [...named].filter(([, match]) => match.kind === 'exact')
  const counted = exact.length > 0 ? exact : [...named]
  const specsByDepth = new Map<number, Set<SectionSpec>>()
  for (const [section, match] of counted) {
    let specs = specsByDepth.get(section.depth)
    if (!specs) specsByDepth.set(section.depth, (specs = new Set()))
    specs.add(match.spec)
  }
  let best = 0
  let bestCount = 0
  for (const [depth, specs] of specsByDepth) {
    const count = specs.size
    if (count > bestCount || (count === bestCount && depth < best)) {
      best = depth
      bestCount = count
    }
  }
  const enough = Math.max(2, Math.ceil(bestCount / 2))
  for (const [depth, specs] of specsByDepth) {
    if (depth < best && specs.size >= enough) best = depth
  }
  if (best > 0) return best
  const [first] = sections
  const titled = first?.depth === 1 && sections.filter((section) => section.depth === 1).length === 1
  const body = titled ? sections.slice(1) : sections
  if (body.length === 0) return 2
  // A loop, not a spread: a document can have more headings than a call can take arguments.
  let shallowest = Infinity
  for (const section of body) shallowest = Math.min(shallowest, section.depth)
  return shallowest
}

/**
 * Where a missing section belongs: the section it follows (if any), the one it precedes, and the point to insert it
 * at. It follows whichever preceding section of the type (in the type's order) comes last in the document, and
 * precedes whichever following one comes first, so that it breaks no order: with a stand-in (`Proposal` for a
 * record's Decision) written before `Context`, the nearest one in the type's order put `Consequences` before
 * `Context`, and the order rule reported it (moj-cloud-platform 025-027). A section the type leaves unordered
 * (`Status`, often written last) is an anchor only when no other is there. A top section written at another level
 * counts where it stands: its fix changes only its level, so a section inserted after the one before it would come
 * before it.
 */
export function placeForMissing(
  document: StrategyDocument,
  spec: SectionSpec
): {after: Section | undefined; before: Section | undefined; point: Point} {
  const parent = document.parentOf(spec)
  const sections = parent ? parent.children : (document.type?.sections ?? [])
  const position = sections.indexOf(spec)
  const preceding = sections.slice(0, position)
  const following = sections.slice(position + 1)
  const present = (other: SectionSpec) => document.firstMatch.get(other)?.section ?? (parent ? undefined : releveledInPlace(document, other))
  const ordered = (other: SectionSpec) => (other.ordered ? present(other) : undefined)
  const before = firstInDocument(following, ordered) ?? firstInDocument(following, present)
  // After an unordered section (a record's Status) only when no ordered one follows: `## Decision` / `## Status` put
  // a missing Context after Status, below Decision, and the fix made a section-order error.
  const after = lastInDocument(preceding, ordered) ?? (firstInDocument(following, ordered) ? undefined : lastInDocument(preceding, present))
  // After the preceding section when there is one, so the fix lands where the message says even in a misordered document.
  const holder = parent ? document.firstMatch.get(parent) : undefined
  const point = after ? endOfAnchor(document, after) : before ? before.start : (holder?.section.end ?? document.root.end)
  return {after, before, point: insertionPoint(document, point)}
}

/**
 * Where a section inserted at `point` goes: above the lines that belong to what follows it. A lint comment or an anchor
 * on the line right above a heading is that heading's (`<!-- lint ignore strategy-section-length -->`, `<a
 * name="policy"></a>`), so a section put between them took over the comment or the anchor; at the end of the document,
 * reference definitions and footnotes stay last.
 */
function insertionPoint(document: StrategyDocument, point: Point): Point {
  const {source} = document
  if (point.offset === undefined) return point
  let offset: number = point.offset
  if (offset >= source.length) {
    const definitions = trailingDefinitionsStart(document)
    return definitions === undefined ? point : document.pointAt(definitions)
  }
  // (Otherwise the point is the start of the heading the section goes before.)
  for (;;) {
    if (offset === 0 || !/[\r\n]/.test(source[offset - 1])) break
    const lineEnd: number = source[offset - 1] === '\n' && source[offset - 2] === '\r' ? offset - 2 : offset - 1
    const lineStart: number = Math.max(source.lastIndexOf('\n', lineEnd - 1), source.lastIndexOf('\r', lineEnd - 1)) + 1
    if (!ATTACHED_LINE.test(source.slice(lineStart, lineEnd))) break
    offset = lineStart
  }
  return offset === point.offset ? point : document.pointAt(offset)
}

/** A line that belongs to the heading right below it: a lint (or any) HTML comment, or an empty anchor element. */
const ATTACHED_LINE = /^[ \t]{0,3}(?:<!--[^\r\n]*-->|<a\s[^<>\r\n]*>\s*<\/a>)[ \t]*$/i

/** Where the reference definitions and footnotes that end the document begin, when it ends with some. */
function trailingDefinitionsStart(document: StrategyDocument): number | undefined {
  const children = document.tree.children
  let index = children.length
  while (index > 0 && (children[index - 1].type === 'definition' || children[index - 1].type === 'footnoteDefinition')) index--
  if (index === children.length) return undefined
  return children[index].position?.start.offset
}

function sectionsOf(specs: readonly SectionSpec[], sectionOf: (spec: SectionSpec) => Section | undefined): Section[] {
  return specs.map(sectionOf).filter((section): section is Section => section !== undefined)
}

function lastInDocument(specs: readonly SectionSpec[], sectionOf: (spec: SectionSpec) => Section | undefined): Section | undefined {
  return sectionsOf(specs, sectionOf).reduce<Section | undefined>((last, section) => (!last || startOffset(section) > startOffset(last) ? section : last), undefined)
}

function firstInDocument(specs: readonly SectionSpec[], sectionOf: (spec: SectionSpec) => Section | undefined): Section | undefined {
  return sectionsOf(specs, sectionOf).reduce<Section | undefined>((first, section) => (!first || startOffset(section) < startOffset(first) ? section : first), undefined)
}

function startOffset(section: Section): number {
  return section.start.offset ?? 0
}

/** A top section written at another level that its fix raises or lowers where it stands (nothing taken in). */
function releveledInPlace(document: StrategyDocument, spec: SectionSpec): Section | undefined {
  const section = document.atOtherDepth.get(spec)
  return section && !takenInByRelevel(document, section, document.depthOf(spec)) ? section : undefined
}

/**
 * The section a heading raised to `depth` where it stands would take in: the next heading after its extent, when that
 * one is deeper than `depth` (`### Non-goals` raised to `##` inside `## Coherent Actions` takes in the `### Rollout`
 * after it, which is Coherent Actions' text). Such a heading must move, not only change its level.
 */
export function takenInByRelevel(document: StrategyDocument, section: Section, depth: number): Section | undefined {
  if (section.depth <= depth) return undefined
  const end = section.end.offset
  const next = end === undefined ? undefined : document.sections.find((other) => other.start.offset === end && other.heading !== undefined)
  return next && next.depth > depth ? next : undefined
}

/**
 * Whether a section of `spec` starting at `offset` (a section at another level given the top level, or a bold line made
 * a heading) would be out of order among the top sections: `### Non-Goals` under `## Motivation`, before `## Diagnosis`, raised to `## Non-Goals` came before
 * Diagnosis, and the fix made a new section-order error. Returns where it goes (`after` or `before` a present section),
 * or undefined when raising it in place keeps the order.
 */
export function outOfOrderWhenRelevelled(document: StrategyDocument, spec: SectionSpec, offset: number | undefined): {after?: Section; before?: Section} | undefined {
  if (!spec.ordered || offset === undefined || document.parentOf(spec) || !document.type) return undefined
  const order = indexType(document.type).order
  const rank = order.get(spec)
  if (rank === undefined) return undefined
  const others = [...document.firstMatch]
    .filter(([other, match]) => other !== spec && other.ordered && match.kind !== 'stand-in' && order.has(other) && !document.parentOf(other))
    .map(([other, match]) => ({rank: order.get(other)!, section: match.section}))
    .sort((a, b) => (a.section.start.offset ?? 0) - (b.section.start.offset ?? 0))
  // Against the sections in order only, as strategy-section-order reads them: a section out of order elsewhere (a
  // Success Criteria written first) says nothing of where this one goes.
  const inOrder = longestOrderedRun(others, (other) => other.rank)
  const kept = others.filter((other) => inOrder.has(other))
  const previous = kept.filter((other) => (other.section.start.offset ?? 0) < offset).at(-1)
  const next = kept.find((other) => (other.section.start.offset ?? 0) > offset)
  if ((previous === undefined || previous.rank < rank) && (next === undefined || next.rank > rank)) return undefined
  const earlier = kept.filter((other) => other.rank < rank).at(-1)
  const later = kept.find((other) => other.rank > rank)
  return earlier ? {after: earlier.section} : {before: later?.section}
}

/**
 * Whether a subsection written at its parent's level (`## Architecture` after `## Design`) comes right after the
 * parent's own text or subsections and has none of its own: then giving it the subsection's level is the whole move
 * (`### Architecture` is inside `Design`), a mechanical fix. Elsewhere, the author moves it.
 */
export function followsItsParent(document: StrategyDocument, section: Section, parent: Section): boolean {
  if (section.depth !== parent.depth || section.children.length > 0) return false
  const previous = document.sections[document.sections.indexOf(section) - 1]
  for (let current: Section | undefined = previous; current; current = current.parent) if (current === parent) return true
  return false
}

/** A heading naming `spec` inside `parent`, deeper than `depth` (under another subsection), when the parent has one. */
export function nestedDeeper(parent: Section, spec: SectionSpec, depth: number): Section | undefined {
  const names = new Set([spec.heading, ...spec.aliases].map(headingKey))
  const visit = (sections: readonly Section[]): Section | undefined => {
    for (const section of sections) {
      if (section.depth > depth && names.has(section.key)) return section
      const found = visit(section.children)
      if (found) return found
    }
    return undefined
  }
  return visit(parent.children)
}

/**
 * Where a section that follows `section` goes: its end; but a heading above the section level (`# Context` where the
 * sections are `##`) holds the sections after it, so there it is the end of its own text.
 */
function endOfAnchor(document: StrategyDocument, section: Section): Point {
  return section.depth < document.sectionDepth ? (section.children[0]?.start ?? section.end) : section.end
}

/** Longest strictly increasing subsequence by `rank` (patience sorting, O(n log n)). */
export function longestOrderedRun<T>(matches: readonly T[], rank: (match: T) => number): Set<T> {
  const tails: number[] = []
  const previous: number[] = []
  for (let index = 0; index < matches.length; index++) {
    const value = rank(matches[index])
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (rank(matches[tails[middle]]) < value) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? tails[low - 1] : -1
    tails[low] = index
  }
  const result = new Set<T>()
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]) result.add(matches[index])
  return result
}
