/** YAML or TOML front matter: the declared document type and the other fields, or why it could not be read. */
import {oneLine} from '../util.js'
import type {Yaml} from 'mdast'
import {isMap, isScalar, parseDocument} from 'yaml'
import {parse as parseToml, TomlError} from 'smol-toml'

export interface FrontMatter {
  node: Yaml
  /** Parsed mapping, when the YAML is a valid mapping. */
  data: Record<string, unknown> | undefined
  /** The value of `type:` or `doc-type:`, as written. */
  declaredType: string | undefined
  /** Which key declared it: `doc-type` is this linter's own; `type` is also a site generator's (Hugo's `type: docs`). */
  declaredKey?: 'type' | 'doc-type'
  /**
   * Why the YAML could not be read, with the line inside the document where known. `declared`: the
   * error is about the declared type itself, so it is reported even when no type applies.
   */
  error: {reason: string; line: number | undefined; declared?: boolean} | undefined
  /**
   * A type key written in other case (`Type: strategy`) where no `type` is declared: keys are case-sensitive, so it
   * declares nothing. Reported only when its value names a type (src/rules' strategy-document-type): `Type: docs` is
   * a site generator's.
   */
  miscasedKey?: MiscasedKey
  /**
   * Front matter after blank lines, which the Markdown parser reads as text (a rule, a heading): the line its
   * fence is on. It is read all the same, so its type and status hold, and reported (src/rules' strategy-document-type).
   */
  displacedTo?: number
}

/** A type key written in other case: the key as written and as it should be, its value, and the syntax it is in. */
export interface MiscasedKey {
  written: string
  key: string
  value: string
  toml: boolean
}

const TYPE_KEYS = ['doc-type', 'type'] as const

/** A top-level `type = "..."` (or `doc-type`) in TOML: a basic or literal string, before any `[table]`. */
const TOML_TYPE = /^[ \t]*(doc-type|type|"doc-type"|"type")[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.){0,200})"|'([^'\n]{0,200})')[ \t]*(?:#.*)?$/

const TOML_TYPE_NOT_STRING = '`type` in TOML front matter must be a quoted string such as `type = "strategy"`'

/**
 * TOML front matter (`+++`), read whole: the type, and the status, title, review dates and successor, as from YAML.
 * (Only `type` was read before: a TOML draft's errors stayed errors, and a superseded TOML document was checked as
 * live.) A `type` that is not a string, or TOML that cannot be read, is an error, like broken YAML; the type is then
 * still guessed from its line.
 */
function readToml(node: Yaml): FrontMatter {
  let data: Record<string, unknown>
  try {
    // (A lone CR ends a line for the Markdown parser, not for TOML.)
    data = parseToml(node.value.replace(/\r(?!\n)/g, '\n'), {maxDepth: 100}) as Record<string, unknown>
  } catch (error) {
    const guess = guessTomlType(node.value)
    // The TOML starts on the line after the opening `+++`.
    const at = error instanceof TomlError ? error.line : undefined
    const line = at === undefined ? node.position?.start.line : (node.position?.start.line ?? 1) + at
    const reason = error instanceof Error ? tomlReason(error.message) : String(error)
    return {node, data: undefined, declaredType: guess.type, declaredKey: guess.key, error: {reason, line, declared: guess.written}}
  }
  datesAsWritten(data, node.value)
  const key = TYPE_KEYS.find((name) => data[name] !== undefined)
  if (key === undefined) return withMiscasedKey({node, data, declaredType: undefined, error: undefined}, miscasedTypeKey(data, true))
  const declared = data[key]
  if (typeof declared !== 'string') {
    const {[key]: _dropped, ...rest} = data
    return {node, data: rest, declaredType: undefined, error: {reason: TOML_TYPE_NOT_STRING, line: node.position?.start.line, declared: true}}
  }
  return {node, data, declaredType: declared, declaredKey: key, error: undefined}
}

/**
 * `Type: strategy` or `TYPE: strategy` with a string value, where no `type` is declared: keys are case-sensitive, so no
 * type was declared, and the file was skipped as untyped with a message asking for the `type:` it seemed to have.
 */
function miscasedTypeKey(data: Record<string, unknown>, toml: boolean): MiscasedKey | undefined {
  for (const [written, value] of Object.entries(data)) {
    const key = written.toLowerCase()
    if (written === key || !(TYPE_KEYS as readonly string[]).includes(key) || typeof value !== 'string' || value.trim() === '') continue
    return {written, key, value: value.trim(), toml}
  }
  return undefined
}

function withMiscasedKey(frontMatter: FrontMatter, miscased: MiscasedKey | undefined): FrontMatter {
  return miscased ? {...frontMatter, miscasedKey: miscased} : frontMatter
}

/**
 * Top-level TOML dates and times as written (`review-by = 2023-02-29`), as YAML gives them: the parser rolled an
 * impossible day over to the next month (the linter then said `2023-03-01` has passed, a day nobody wrote), and gave
 * a time of day as a date the rules could not read (the stale-deadline rule crashed on `last-reviewed = 07:32:00`).
 */
function datesAsWritten(data: Record<string, unknown>, value: string): void {
  let written: Map<string, string> | undefined
  for (const [key, parsed] of Object.entries(data)) {
    if (!(parsed instanceof Date)) continue
    // (The lines read once for all the dates: asked per date, 100,000 of them read the lines 100,000 times.)
    written ??= bareTopLevelValues(value)
    data[key] = written.get(key) ?? parsed.toISOString()
  }
}

/** The bare values written on the top-level TOML key lines (`review-by = 2023-02-29 # note`: `2023-02-29`), by key. */
function bareTopLevelValues(value: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (/^[ \t]*\[/.test(line)) break
    const equals = line.indexOf('=')
    if (equals === -1) continue
    const key = line.slice(0, equals).trim().replace(/^(["'])(.*)\1$/, '$2')
    const after = line.slice(equals + 1)
    const comment = after.indexOf('#')
    if (!values.has(key)) values.set(key, (comment === -1 ? after : after.slice(0, comment)).trim())
  }
  return values
}

/** `status = "draft"`, `"status" = ...`, indented or not: the line of a top-level TOML key. */
export function isTomlKeyLine(line: string, key: string): boolean {
  const trimmed = line.trimStart()
  for (const written of [key, `"${key}"`, `'${key}'`]) {
    if (trimmed.startsWith(written) && trimmed.slice(written.length).trimStart().startsWith('=')) return true
  }
  return false
}

/** The type a TOML front matter that cannot be parsed declares on a line of its own, and whether it writes one at all. */
function guessTomlType(value: string): {type: string | undefined; key: 'type' | 'doc-type' | undefined; written: boolean} {
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (/^[ \t]*\[/.test(line)) break
    const match = TOML_TYPE.exec(line)
    if (match) return {type: match[2] ?? match[3], key: match[1].includes('doc-type') ? 'doc-type' : 'type', written: true}
    if (/^[ \t]*"?(?:doc-type|type)"?[ \t]*=/.test(line)) return {type: undefined, key: undefined, written: true}
  }
  return {type: undefined, key: undefined, written: false}
}

/** The first line of the TOML parser's message, without its `Invalid TOML document:` prefix. */
function tomlReason(message: string): string {
  return oneLine(message.split('\n')[0].replace(/^Invalid TOML document:\s*/, ''))
}

export function readFrontMatter(node: Yaml | undefined): FrontMatter | undefined {
  if (!node) return undefined
  if ((node.type as string) === 'toml') return readToml(node)
  // (A lone CR ends a line for the Markdown parser, as for the old Mac files that have them, but not for YAML, which
  // read `type: strategy\rowner: me` as one broken line. `merge`: the `<<: *base` keys YAML 1.1 templates use.)
  const document = parseDocument(node.value.replace(/\r(?!\n)/g, '\n'), {prettyErrors: true, uniqueKeys: false, merge: true})
  if (document.errors.length > 0) {
    const [first] = document.errors
    // The YAML starts on the line after the opening `---`.
    const startLine = (node.position?.start.line ?? 1) + 1
    const line = first.linePos ? startLine + first.linePos[0].line - 1 : undefined
    return {node, data: undefined, declaredType: guessDeclaredType(node.value), error: {reason: yamlReason(first.message), line, declared: declaresType(node.value)}}
  }
  let value: unknown
  try {
    // The alias limit keeps a "billion laughs" document from expanding without bound.
    value = document.toJS({maxAliasCount: 100})
  } catch (error) {
    const reason = error instanceof Error ? yamlReason(error.message) : String(error)
    return {node, data: undefined, declaredType: guessDeclaredType(node.value), error: {reason, line: node.position?.start.line, declared: declaresType(node.value)}}
  }
  if (value === null || value === undefined) return {node, data: {}, declaredType: undefined, error: undefined}
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {node, data: undefined, declaredType: undefined, error: {reason: 'it is not a mapping of keys to values', line: node.position?.start.line}}
  }
  const data = value as Record<string, unknown>
  const twice = typeDeclaredTwice(document, node)
  if (twice) return {node, data, declaredType: undefined, error: twice}
  const key = TYPE_KEYS.find((name) => data[name] !== undefined && data[name] !== null)
  if (key === undefined) return withMiscasedKey({node, data, declaredType: undefined, error: undefined}, miscasedTypeKey(data, false))
  const declared = key === undefined ? undefined : data[key]
  if (typeof declared === 'object' && declared !== null) {
    // A mapping or a list (`type: {toString: x}`): no type name, and not something to turn into text.
    const what = Array.isArray(declared) ? 'a list' : declared instanceof Uint8Array ? 'binary data (`!!binary`)' : 'a mapping'
    const {[key!]: _dropped, ...rest} = data
    return {
      node,
      data: rest,
      declaredType: undefined,
      error: {reason: `\`${key}\` holds ${what}, not a type name such as \`type: strategy\``, line: node.position?.start.line, declared: true}
    }
  }
  return {node, data, declaredType: declared === undefined ? undefined : String(declared), declaredKey: key, error: undefined}
}

/**
 * A type key written twice with different values (`type: strategy`, then `type: vision`). Duplicate keys are allowed
 * (real front matter repeats other fields), and the YAML reader keeps the last; for the type that choice is a guess
 * the author never sees, so it is an error on the second.
 */
function typeDeclaredTwice(document: ReturnType<typeof parseDocument>, node: Yaml): FrontMatter['error'] {
  if (!isMap(document.contents)) return undefined
  for (const name of TYPE_KEYS) {
    const pairs = document.contents.items.filter((pair) => isScalar(pair.key) && pair.key.value === name)
    const values = pairs.map((pair) => (isScalar(pair.value) ? String(pair.value.value) : undefined))
    if (pairs.length < 2 || new Set(values).size < 2) continue
    const second = pairs[1].key as {range?: [number, number, number]}
    const offset = second.range?.[0]
    const line = offset === undefined ? node.position?.start.line : (node.position?.start.line ?? 1) + 1 + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0)
    const shown = values.map((entry) => (entry === undefined ? 'a value that is no name' : `\`${entry}\``)).join(', then ')
    return {reason: `\`${name}\` is declared ${pairs.length === 2 ? 'twice' : `${pairs.length} times`}: ${shown}; keep one`, line, declared: true}
  }
  return undefined
}

/** When the YAML is broken, a `type:` line still tells whether the author meant this file to be checked. */
/**
 * Whether YAML that cannot be read has a `type:` (or `doc-type:`) key at the start of a line, whatever its value
 * (`type: [strategy`): its error is about the declared type, reported even though no type applies, so the file is not
 * only called untyped.
 */
function declaresType(value: string): boolean {
  return /^(?:doc-type|type)[ \t]*:/m.test(value)
}

function guessDeclaredType(value: string): string | undefined {
  const match = /^(?:doc-type|type)[ \t]*:[ \t]*['"]?([\w-]{1,40})/m.exec(value)
  return match ? match[1] : undefined
}

/** The YAML error's reason alone (its first line without ` at line 3, column 7:`): the line is reported as the message's place. */
function yamlReason(message: string): string {
  return oneLine(message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim()
}

/**
 * A front matter field as the document's own syntax writes it, for messages: `status: Parked` in YAML, `status =
 * "Parked"` in TOML (a date or a number bare). Pasted from a TOML document's message, the YAML form made its front
 * matter unreadable.
 */
export function fieldText(frontMatter: FrontMatter | undefined, key: string, value: string): string {
  if ((frontMatter?.node.type as string) !== 'toml') return `${key}: ${value}`
  const bare = /^\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:\d\d)?)?$|^\d\d:\d\d(?::\d\d(?:\.\d+)?)?$|^-?\d+(?:\.\d+)?$|^(?:true|false)$/.test(value)
  return `${key} = ${bare ? value : JSON.stringify(value)}`
}

/** A front matter key alone, as the document's syntax writes it: `type:`, or `type =` in TOML. */
export function keyText(frontMatter: FrontMatter | undefined, key: string): string {
  return (frontMatter?.node.type as string) === 'toml' ? `${key} =` : `${key}:`
}

/** How far into a file displaced front matter is looked for: real front matter is a few dozen lines. */
const MAX_DISPLACED_SCAN = 64_000

/**
 * A first line of front matter: a key and `:` (YAML) or `=` (TOML), a comment (`# yaml-language-server: ...`), or a
 * TOML table (`[params]`). What follows must then read as a mapping of fields (`readsAsFields`): a Markdown heading
 * reads as a YAML comment, but the prose after it does not.
 */
const FIELD_LINE = /^(?:["']?[A-Za-z_][\w. -]{0,60}?["']?[ \t]*[:=]|#|\[[\w.-]+\][ \t]*$)/

/** The most lines displaced front matter may have: real front matter is a few dozen (a KEP's, about 40). */
const MAX_DISPLACED_LINES = 300

/**
 * Front matter written after one or more blank lines (`\n---\ntitle: x\n---`): no Markdown parser reads it as front
 * matter (GitHub shows it as a rule and a heading), so its type, status and title were lost without a word. Found in
 * 3 of the corpus's 5,163 files (OpenShift enhancements). A fence line, a first line that reads as a field, and the
 * same fence closing, all within the first 64,000 characters; the node is placed on the lines it is written on.
 * (A line scan, not a regular expression over the whole text, so nothing can backtrack.)
 */
export function displacedFrontMatter(source: string): Yaml | undefined {
  // (Most files start with text: no split.)
  if (!/^[ \t]*[\r\n]/.test(source)) return undefined
  const text = source.slice(0, MAX_DISPLACED_SCAN)
  const lines = text.split(/\r\n|\r|\n/)
  let first = 0
  while (first < lines.length && /^[ \t]*$/.test(lines[first])) first++
  if (first === 0 || first >= lines.length) return undefined
  const fence = /^(---|\+\+\+)[ \t]*$/.exec(lines[first])?.[1]
  if (!fence || !FIELD_LINE.test(lines[first + 1] ?? '')) return undefined
  const last = Math.min(lines.length, first + 2 + MAX_DISPLACED_LINES)
  for (let index = first + 1; index < last; index++) {
    if (!lines[index].startsWith(fence) || lines[index].slice(3).trim() !== '') continue
    // (Within the scanned text, and not its cut-off last line.)
    if (index === lines.length - 1 && source.length > MAX_DISPLACED_SCAN) return undefined
    const value = lines.slice(first + 1, index).join('\n')
    // Only what reads as a mapping of fields: a rule, a line of prose that happens to hold a colon, and a heading
    // below it, up to the next rule, is the document's text (an ADR's `\n---\n# Use Postgres` lost its title).
    if (!readsAsFields(value, fence === '+++')) return undefined
    return {
      type: (fence === '+++' ? 'toml' : 'yaml') as 'yaml',
      value,
      position: {start: {line: first + 1, column: 1}, end: {line: index + 1, column: 4}}
    }
  }
  return undefined
}

/**
 * Whether text parses as a YAML (or TOML) mapping without an error, of fields as front matter writes them: two or more,
 * or one whose key is written in lower case (`type: strategy`). One capitalised `Context: why we need a new CI` between
 * two rules is a setext heading, which the page shows.
 */
function readsAsFields(value: string, toml: boolean): boolean {
  let keys: string[]
  try {
    if (toml) {
      const data = parseToml(value, {maxDepth: 20})
      keys = typeof data === 'object' && data !== null ? Object.keys(data) : []
    } else {
      const document = parseDocument(value, {uniqueKeys: false})
      if (document.errors.length > 0 || !isMap(document.contents)) return false
      keys = document.contents.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key))
    }
  } catch {
    return false
  }
  return keys.length > 1 || (keys.length === 1 && keys[0] === keys[0].toLowerCase())
}
