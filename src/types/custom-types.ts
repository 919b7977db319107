/**
 * Document types from configuration (option `types`): new types, types that
 * extend another, and changes to the built-in ones. The shape is checked
 * against the package's JSON Schema (`schema/options.schema.json`, also what
 * editors complete from); what a schema cannot say (a base type that exists,
 * a regular expression that compiles, unique section ids) is checked here.
 */
import {loadAjv} from '../ajv.js'
import {didYouMean} from '../util.js'
import {RE2JS} from 're2js'
import {createRequire} from 'node:module'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {builtinTypes, type ContentRequirement, type DocType, type LengthBudget, type LengthUnit, type SectionSpec} from './doc-types.js'
import {parseHeadingPattern} from './heading-pattern.js'
import {headingKey} from '../model/heading.js'
import {COSTLY_GLOB_ADVICE, costlyGlob, normaliseId} from '../model/detect.js'
import {fail, pointerSegments, problem, StrategyConfigError, unknownOption} from '../options.js'
import {DEFAULT_STATUS_SETTINGS, type StatusKind, type StatusSettings} from '../model/status.js'

const require = createRequire(import.meta.url)

interface SectionConfig {
  id?: string
  heading?: string
  aliases?: string[]
  required?: boolean
  ordered?: boolean
  purpose?: string
  prompt?: string
  budget?: {min?: number; max?: number; unit: 'words' | 'paragraphs' | 'pages' | 'items'}
  content?: {minItems?: number; table?: {columns: string[]}}
  rules?: string[]
  children?: Array<string | SectionConfig>
}

export interface TypeConfig {
  extends?: string
  name?: string
  aliases?: string[]
  title?: string[]
  globs?: string[]
  minHeadings?: number
  requireTitle?: boolean
  ordered?: boolean
  rules?: string[]
  sections?: Array<string | SectionConfig>
  headings?: string[]
  matchCase?: boolean
  status?: StatusConfig
}

/** The type's `status` option: its own status words, and what a draft or an ended document gets. */
interface StatusConfig {
  words?: Record<string, StatusKind>
  draft?: StatusSettings['draft']
  ended?: StatusSettings['ended']
}

let validator: ValidateFunction | undefined

/** The schema's `types` definition, compiled once per process. */
function typesValidator(): ValidateFunction {
  if (!validator) {
    const schema = require('../../schema/options.schema.json') as Record<string, unknown>
    // Loaded here, not at the top: only a configuration with its own types needs ajv.
    const {Ajv} = loadAjv()
    const ajv = new Ajv({allErrors: true, verbose: true, strict: false})
    ajv.addSchema(schema, 'options')
    validator = ajv.compile({$ref: 'options#/definitions/types'})
  }
  return validator
}

/** `remark-lint-strategy: option `types.kep.sections[2]``: where a problem is, for messages. */
function optionAt(plugin: string, path: string): string {
  return `${plugin}: option \`${path}\``
}

/** How deep `children` may nest: far beyond any template, well within what the validator and the model recurse through. */
const MAX_SECTION_DEPTH = 32

/**
 * Reject sections nested deeper than MAX_SECTION_DEPTH before anything
 * recurses through them (the schema validator would overflow the stack on
 * 1,000 levels and say nothing of where). Iterative, so it cannot overflow.
 */
function checkDepth(config: unknown, plugin: string): void {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return
  for (const [id, entry] of Object.entries(config)) {
    const sections = (entry as {sections?: unknown} | null)?.sections
    if (!Array.isArray(sections)) continue
    const pending: Array<{value: unknown; path: string; depth: number}> = sections.map((value, index) => ({value, path: `.sections[${index}]`, depth: 1}))
    while (pending.length > 0) {
      const {value, path, depth} = pending.pop()!
      const children = (value as {children?: unknown} | null)?.children
      if (!Array.isArray(children)) continue
      if (depth >= MAX_SECTION_DEPTH) {
        throw new StrategyConfigError(`${optionAt(plugin, `types.${id}${path}.children`)}: sections nest deeper than ${MAX_SECTION_DEPTH} levels; flatten the template (a document has at most six heading levels)`)
      }
      children.forEach((child, index) => pending.push({value: child, path: `${path}.children[${index}]`, depth: depth + 1}))
    }
  }
}

/** The longest chain of types extending one another (a real one is two or three deep). */
const MAX_EXTENDS_CHAIN = 64

/** Built-in types with configured changes in place, then the configured new types, in the order written. */
export function resolveTypes(config: unknown, plugin = 'remark-lint-strategy'): DocType[] {
  checkDepth(config, plugin)
  const validate = typesValidator()
  if (!validate(config)) throw new StrategyConfigError(explain(validate.errors ?? [], plugin))
  const configs = config as Record<string, TypeConfig>
  const resolved = new Map<string, DocType>(builtinTypes.map((type) => [type.id, type]))
  const building = new Set<string>()

  const build = (id: string): DocType => {
    // Own keys only: `extends: "__proto__"` names no configured type.
    const entry = Object.hasOwn(configs, id) ? configs[id] : undefined
    if (!entry) return resolved.get(id)!
    if (building.has(id)) {
      throw new StrategyConfigError(`${optionAt(plugin, `types.${id}.extends`)}: makes a cycle (${[...building, id].join(' -> ')})`)
    }
    // (Each link is a call: 10,000 of them overflowed the stack, said as `Cannot parse file` of valid JSON.)
    if (building.size >= MAX_EXTENDS_CHAIN) {
      const chain = [...building]
      throw new StrategyConfigError(
        `${optionAt(plugin, `types.${chain[chain.length - 1]}.extends`)}: makes a chain of more than ${MAX_EXTENDS_CHAIN} types extending one another (\`${chain[0]}\` -> ... -> \`${id}\`); extend a type nearer the base`
      )
    }
    building.add(id)
    const baseId = entry.extends ?? (builtinTypes.some((type) => type.id === id) ? id : undefined)
    let base: DocType | undefined
    if (baseId !== undefined) {
      if (baseId !== id && Object.hasOwn(configs, baseId)) base = build(baseId)
      else base = builtinTypes.find((type) => type.id === baseId)
      if (!base) {
        const known = [...new Set([...builtinTypes.map((type) => type.id), ...Object.keys(configs)])].filter((name) => name !== id)
        fail(optionAt(plugin, `types.${id}.extends`), baseId, `one of ${known.map((name) => `\`${name}\``).join(', ')}`)
      }
    }
    building.delete(id)
    const type = buildType(id, entry, base, (path) => optionAt(plugin, `types.${id}${path}`))
    resolved.set(id, type)
    return type
  }

  for (const id of Object.keys(configs)) build(id)
  checkNames([...resolved.values()], (id) => optionAt(plugin, `types.${id}`))
  return [...resolved.values()]
}

/** Where a problem is: an option path inside the type (`.sections[2].budget`) to the message prefix. */
type At = (path: string) => string

function buildType(id: string, config: TypeConfig, base: DocType | undefined, at: At): DocType {
  // Detection belongs to the type it names: a type extending `strategy` is not found by strategy's titles or globs.
  const same = base?.id === id ? base : undefined
  const titlePatterns = config.title ? config.title.map((source, index) => compileTitle(source, at(`.title[${index}]`))) : (same?.titlePatterns ?? [])
  const typeRules = new Set(config.rules ?? [])
  const sections = config.sections
    ? resolveSections(config.sections, base?.sections ?? [], {typeRules, ordered: config.ordered}, (path) => at(`.sections${path}`))
    : (base?.sections ?? []).map((spec) => adjustSection(spec, typeRules, config.ordered))
  // (`matchCase` alone on a type that extends one with `headings` changes the inherited list's: it was taken and ignored.)
  const inheritedPattern = base?.headingPattern && config.matchCase !== undefined ? {...base.headingPattern, matchCase: config.matchCase} : base?.headingPattern
  const headingPattern = config.headings ? readHeadings(config, at('.headings')) : inheritedPattern
  if (sections.length === 0 && !headingPattern) {
    // (`"sections": []` got `sections`: an empty list is what it got.)
    const got = config.sections ? 'an empty `sections` list' : config.headings ? 'an empty `headings` list' : 'neither'
    throw new StrategyConfigError(`${at('')}: a type needs \`sections\` or \`headings\` (an MD043-style list), got ${got}`)
  }
  checkSectionIds(sections, at('.sections'))
  checkSectionNames(sections, at('.sections'))
  config.globs?.forEach((glob, index) => {
    const costly = costlyGlob(glob)
    if (costly) throw new StrategyConfigError(`${at(`.globs[${index}]`)}: glob \`${glob}\` ${costly}: ${COSTLY_GLOB_ADVICE}`)
  })
  return {
    id,
    name: config.name ?? base?.name ?? id,
    aliases: config.aliases ?? same?.aliases ?? [],
    titlePatterns,
    globs: config.globs ?? same?.globs ?? [],
    minHeadings: config.minHeadings ?? base?.minHeadings ?? 3,
    requireTitle: config.requireTitle ?? base?.requireTitle ?? false,
    // (Like its globs, a built-in type's metadata list is how its records are found: a type that extends it under another id does not inherit it.)
    listedFields: same?.listedFields,
    otherProseRules: config.rules ? typeRules : (base?.otherProseRules ?? new Set()),
    goalHeadingRules: config.rules ? typeRules : (base?.goalHeadingRules ?? new Set()),
    sections,
    headingPattern,
    status: config.status ? readStatus(config.status, base?.status, at('.status.words')) : (base?.status ?? DEFAULT_STATUS_SETTINGS),
    builtin: false
  }
}

/** A type's status settings: its words (lower case, added to the base type's) and behaviour, the base type's where not given. */
function readStatus(config: StatusConfig, base: StatusSettings | undefined, where: string): StatusSettings {
  const words = new Map(base?.words ?? [])
  for (const [word, kind] of Object.entries(config.words ?? {})) {
    const key = word.trim().replace(/\s+/g, ' ').toLowerCase()
    if (key === '') fail(where, word, 'a status word such as `implementable`')
    words.set(key, kind)
  }
  return {
    words,
    draft: config.draft ?? base?.draft ?? DEFAULT_STATUS_SETTINGS.draft,
    ended: config.ended ?? base?.ended ?? DEFAULT_STATUS_SETTINGS.ended
  }
}

interface Inherited {
  /** Rules the type applies to every section. */
  typeRules: ReadonlySet<string>
  /** The type's `ordered`, for sections that do not say. */
  ordered: boolean | undefined
}

function resolveSections(
  entries: ReadonlyArray<string | SectionConfig>,
  base: readonly SectionSpec[],
  inherited: Inherited,
  within: At
): SectionSpec[] {
  const sections = entries.map((entry, index) => {
    const at: At = (path) => within(`[${index}]${path}`)
    if (typeof entry === 'string') {
      const known = base.find((spec) => spec.id === entry) ?? base.find((spec) => headingKey(spec.heading) === headingKey(entry))
      if (known) return adjustSection(known, inherited.typeRules, inherited.ordered)
      refuseMisspeltId(entry, base, at)
      return newSection({heading: entry}, inherited, at)
    }
    const known = entry.id === undefined ? undefined : base.find((spec) => spec.id === entry.id)
    if (known) return changeSection(known, entry, inherited, at)
    if (entry.heading === undefined) {
      const ids = base.map((spec) => `\`${spec.id}\``).join(', ')
      throw new StrategyConfigError(
        `${at('')}: a new section needs \`heading\`${entry.id === undefined ? '' : ` (\`${entry.id}\` is not a section of the base type${ids ? `: ${ids}` : ''})`}`
      )
    }
    return newSection(entry, inherited, at)
  })
  return withoutClashingFormerHeadings(sections)
}

/**
 * A string in `sections` names a base section by its id, or is the heading of a new one. One written as an id
 * (`sucess-criteria`) or a few letters from a base id is a misspelt id: taken as a heading, `--fix` renamed the real
 * `Success Criteria` to `sucess-criteria`, and the rules scoped to the section stopped reading it.
 */
function refuseMisspeltId(entry: string, base: readonly SectionSpec[], at: At): void {
  if (base.length === 0) return
  const ids = base.map((spec) => spec.id)
  const meant = didYouMean(entry.trim(), ids)
  if (meant === undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(entry.trim())) return
  const hint = meant ?? `the base type's ids are ${ids.map((id) => `\`${id}\``).join(', ')}`
  throw new StrategyConfigError(`${at('')}: \`${entry}\` is not a section of the base type; ${hint} (a new section is written as its heading, such as \`Rollout Plan\`, or as {"heading": ...})`)
}

function newSection(config: SectionConfig, inherited: Inherited, at: At): SectionSpec {
  const heading = config.heading!.trim()
  return {
    id: config.id ?? slug(heading),
    heading,
    aliases: config.aliases ?? [],
    required: config.required ?? true,
    purpose: config.purpose ?? `write what the template asks for under ${heading}`,
    prompt: config.prompt ?? `Write the ${heading} section.`,
    budget: config.budget && readBudget(config.budget, at),
    children: config.children ? resolveSections(config.children, [], inherited, (path) => at(`.children${path}`)) : [],
    ordered: config.ordered ?? inherited.ordered ?? true,
    rules: new Set([...inherited.typeRules, ...(config.rules ?? [])]),
    content: config.content && readContent(config.content)
  }
}

function changeSection(spec: SectionSpec, config: SectionConfig, inherited: Inherited, at: At): SectionSpec {
  const changed = changedSection(spec, config, inherited, at)
  // Renamed, the base's own heading stays a name of the section, as its aliases do: `## Success Criteria` under a
  // section renamed `Success Measures` was reported missing, and --fix added an empty one above it. (Unless another
  // section takes that name: `resolveSections` drops it then.)
  if (changed.heading === spec.heading || changed.aliases.some((alias) => headingKey(alias) === headingKey(spec.heading))) return changed
  const renamed = {...changed, aliases: [...changed.aliases, spec.heading]}
  formerHeadings.set(renamed, spec.heading)
  return renamed
}

/** The base heading a renamed section keeps as an alias (`changeSection`). */
const formerHeadings = new WeakMap<SectionSpec, string>()

/** `sections` without a former heading kept as an alias that another section has for its heading or an alias. */
function withoutClashingFormerHeadings(sections: SectionSpec[]): SectionSpec[] {
  return sections.map((section) => {
    const former = formerHeadings.get(section)
    if (former === undefined) return section
    const key = headingKey(former)
    const taken = sections.some((other) => other !== section && [other.heading, ...other.aliases].some((name) => headingKey(name) === key))
    return taken ? {...section, aliases: section.aliases.filter((alias) => alias !== former)} : section
  })
}

function changedSection(spec: SectionSpec, config: SectionConfig, inherited: Inherited, at: At): SectionSpec {
  return {
    id: spec.id,
    heading: config.heading?.trim() ?? spec.heading,
    aliases: config.aliases ?? spec.aliases,
    standIns: spec.standIns,
    statedByStatus: spec.statedByStatus,
    statedByWeighing: spec.statedByWeighing,
    required: config.required ?? spec.required,
    purpose: config.purpose ?? spec.purpose,
    prompt: config.prompt ?? spec.prompt,
    budget: config.budget ? readBudget(config.budget, at) : spec.budget,
    children: config.children
      ? resolveSections(config.children, spec.children, inherited, (path) => at(`.children${path}`))
      : spec.children.map((child) => adjustSection(child, inherited.typeRules, inherited.ordered)),
    ordered: config.ordered ?? inherited.ordered ?? spec.ordered,
    // Like `aliases`, a changed section's `rules` replace the base section's: `[]` takes them off (merged, a base rule
    // could not be removed from an inherited section).
    rules: new Set([...(config.rules ?? spec.rules), ...inherited.typeRules]),
    content: config.content ? readContent(config.content) : spec.content
  }
}

/** A base section taken over as is, with the type's own rules and order setting. */
function adjustSection(spec: SectionSpec, typeRules: ReadonlySet<string>, ordered: boolean | undefined): SectionSpec {
  if (typeRules.size === 0 && ordered === undefined) return spec
  return {
    ...spec,
    ordered: ordered ?? spec.ordered,
    rules: new Set([...spec.rules, ...typeRules]),
    children: spec.children.map((child) => adjustSection(child, typeRules, ordered))
  }
}

const UNITS: Record<NonNullable<SectionConfig['budget']>['unit'], LengthUnit> = {
  words: 'word',
  paragraphs: 'paragraph',
  pages: 'page',
  items: 'item'
}

function readBudget(config: NonNullable<SectionConfig['budget']>, at: At): LengthBudget {
  const min = config.min ?? 0
  const max = config.max ?? 0
  if (max > 0 && min > max) fail(at('.budget.min'), min, `at most max (${max})`)
  if (min === 0 && max === 0) fail(at('.budget'), config, 'a `min` or a `max` above 0')
  const range = min > 0 && max > 0 ? `${min}-${max}` : max > 0 ? `up to ${max}` : `at least ${min}`
  return {min, max, unit: UNITS[config.unit], guidance: `${range} ${config.unit}`}
}

function readContent(config: NonNullable<SectionConfig['content']>): ContentRequirement {
  return {minItems: config.minItems, table: config.table && {columns: [...config.table.columns]}}
}

function readHeadings(config: TypeConfig, where: string): NonNullable<DocType['headingPattern']> {
  try {
    return {entries: parseHeadingPattern(config.headings!), matchCase: config.matchCase ?? false}
  } catch (error) {
    throw new StrategyConfigError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * A user's title pattern, on RE2's linear-time engine (re2js): no pattern and
 * no title can make matching backtrack, so `^(a+)+$` takes as long as `^a+$`.
 * RE2 has no backreferences or lookaround; a pattern that needs them is a
 * configuration error that says so.
 */
function compileTitle(source: string, where: string): {test(text: string): boolean; source: string} {
  try {
    new RegExp(source, 'i')
  } catch (error) {
    throw new StrategyConfigError(`${where}: ${JSON.stringify(source)} is not a valid regular expression (${(error as Error).message})`)
  }
  let pattern: RE2JS
  try {
    pattern = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
  } catch (error) {
    throw new StrategyConfigError(
      `${where}: ${JSON.stringify(source)} cannot run on the linear-time matcher (${(error as Error).message}); ` +
        'title patterns use RE2 syntax, without backreferences or lookaround, so that no title can make matching hang'
    )
  }
  return {source, test: (text: string) => pattern.matcher(text).find()}
}

/** `Risks and Mitigations` -> `risks-and-mitigations`. */
function slug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section'
}

/** Section ids name a section in options (`budgets`), so they are unique within a type. */
function checkSectionIds(sections: readonly SectionSpec[], where: string): void {
  const seen = new Set<string>()
  const visit = (specs: readonly SectionSpec[]) => {
    for (const spec of specs) {
      if (seen.has(spec.id)) {
        throw new StrategyConfigError(`${where}: two sections have the id \`${spec.id}\`; give one an \`id\` of its own`)
      }
      seen.add(spec.id)
      visit(spec.children)
    }
  }
  visit(sections)
}

/**
 * A heading stands for one section: two sections may not share a name, as a heading reads it (case, punctuation and a
 * plural `s` aside). An alias that is another section's name (`Motivation` with the alias `Goals` beside a `Goals`
 * section), one alias on two sections, or `Goal` beside `Goals` made the document's heading the first section's and
 * reported the other missing, with no word about the configuration.
 */
function checkSectionNames(sections: readonly SectionSpec[], where: string): void {
  const owner = new Map<string, {spec: SectionSpec; name: string; parent: SectionSpec | undefined}>()
  const visit = (specs: readonly SectionSpec[], parent: SectionSpec | undefined) => {
    for (const spec of specs) {
      for (const name of new Set([spec.heading, ...spec.aliases])) {
        const key = headingKey(name)
        const other = owner.get(key)
        if (other && other.spec !== spec) {
          // (`Notes` under two parents: each named with where it is, or the message said `Notes` and `Notes`.)
          const as = (entry: {spec: SectionSpec; name: string; parent: SectionSpec | undefined}) =>
            `\`${entry.spec.heading}\`${entry.name === entry.spec.heading ? '' : ` (its alias \`${entry.name}\`)`}${entry.parent ? ` in \`${entry.parent.heading}\`` : ''}`
          throw new StrategyConfigError(`${where}: a heading \`${name}\` would name two sections, ${as(other)} and ${as({spec, name, parent})}; a heading stands for one section: remove or change one of the names`)
        }
        owner.set(key, {spec, name, parent})
      }
      visit(spec.children, spec)
    }
  }
  visit(sections, undefined)
}

/**
 * A front matter `type:` must name one type: ids and aliases may not collide. The message says which name is whose
 * (an id or an alias, of a built-in type or a configured one) and what to change: an alias to choose again, or the id.
 */
function checkNames(types: readonly DocType[], at: (id: string) => string): void {
  const owner = new Map<string, {type: string; alias: boolean}>()
  const builtIn = (id: string) => builtinTypes.some((type) => type.id === id)
  for (const type of types) {
    for (const name of [type.id, ...type.aliases]) {
      const key = normaliseId(name)
      const other = owner.get(key)
      const alias = name !== type.id
      if (other !== undefined && other.type !== type.id) {
        const whose = `${builtIn(other.type) ? 'the built-in' : 'the configured'} type \`${other.type}\``
        const theirs = other.alias ? `an alias of ${whose}` : `the id of ${whose}`
        const change = alias
          ? 'choose another alias'
          : other.alias && !builtIn(other.type)
            ? `give this type another id, or remove the alias from \`types.${other.type}.aliases\``
            : 'give this type another id'
        throw new StrategyConfigError(`${at(type.id)}: its ${alias ? 'alias' : 'id'} \`${name}\` is already ${theirs}; ${change}`)
      }
      owner.set(key, {type: type.id, alias})
    }
  }
}

/** The schema's pattern for names and headings (schema/options.schema.json): a letter or a digit somewhere. */
const NAMING_PATTERN = '[\\p{L}\\p{N}]'

/** The most specific schema error, as one line: where, what was given, what is allowed. */
function explain(errors: readonly ErrorObject[], plugin: string): string {
  const error = [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0]
  const at = optionAt(plugin, `types${pathOf(error?.instancePath ?? '')}`)
  if (!error) return `${at}: invalid`
  const params = error.params as Record<string, unknown>
  const propertyName = (error as ErrorObject & {propertyName?: string}).propertyName
  if (propertyName !== undefined) {
    return `${at}: type id \`${propertyName}\` must be lower-case letters, digits and dashes, starting with a letter (\`kep\`, \`design-doc\`)`
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      return unknownOption(at, String(params.additionalProperty), Object.keys((error.parentSchema as {properties?: object} | undefined)?.properties ?? {}))
    }
    case 'required':
      return `${at}: missing option \`${String(params.missingProperty)}\``
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      // (`strategy-non-goal` in a section's `rules`: the one it nearly is, not the list of every id.)
      const meant = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined
      if (meant) return `${at}: got ${JSON.stringify(error.data)}, ${meant}`
      return problem(at, error.data, `one of ${allowed.map((value) => `\`${value}\``).join(', ')}`)
    }
    case 'type':
      return problem(at, error.data, TYPE_NAMES[String(params.type)] ?? String(params.type))
    case 'pattern':
      // (A name or heading must hold a letter or a digit: `"  "` or `"!!!"` names nothing a heading could match.)
      if (params.pattern === NAMING_PATTERN) return problem(at, error.data, 'a name with a letter or a digit in it')
      return problem(at, error.data, 'lower-case letters, digits and dashes (`risks-and-mitigations`)')
    case 'minLength':
      return problem(at, error.data, 'a non-empty string')
    case 'minItems':
      return problem(at, error.data, `at least ${String(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'}`)
    case 'minimum':
      return problem(at, error.data, `a number >= ${String(params.limit)}`)
    default:
      return `${at}: ${error.message ?? 'is invalid'}`
  }
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
  integer: 'an integer',
  number: 'a number',
  'string,object': 'a heading (string) or a section object'
}

function depth(error: ErrorObject): number {
  return error.instancePath.split('/').length
}

/** Among errors at one place, the specific ones explain more than a failed `if` or `type`. */
function rank(error: ErrorObject): number {
  if (error.keyword === 'if') return 3
  if (error.keyword === 'type') return 1
  return 0
}

/** `/kep/sections/2/required` -> `.kep.sections[2].required`. */
function pathOf(pointer: string): string {
  return pointerSegments(pointer)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
}

