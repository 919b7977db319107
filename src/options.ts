/**
 * Option validation. Every problem becomes one `StrategyConfigError` whose
 * message names the rule (or plugin), the option, what was given and what is
 * allowed, so the CLI can print it as one line and exit 2.
 */
import type {Ajv, ErrorObject, ValidateFunction} from 'ajv'
import {loadAjv} from './ajv.js'
import {closestId, isObject} from './util.js'

export class StrategyConfigError extends Error {
  override name = 'StrategyConfigError'

  constructor(message: string) {
    super(message)
    // The configuration's fault, not the code's: the stock `remark` CLI prints an error's stack under each file it could
    // not process (ten lines of this package's and unified's frames), so the stack is the one line that says what to fix.
    this.stack = `${this.name}: ${message}`
  }
}

export type Severity = 'off' | 'warn' | 'error'

type Check<T> = (value: unknown, where: string) => T

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

/** `<where>: got <value>, expected <allowed>`: the one line every option problem is told in. */
export function problem(where: string, value: unknown, allowed: string): string {
  return `${where}: got ${describe(value)}, expected ${allowed}`
}

export function fail(where: string, value: unknown, allowed: string): never {
  throw new StrategyConfigError(problem(where, value, allowed))
}

/** Checks for options validated by hand, such as the plugin's own (src/config.ts); a rule's options are validated from its schema (`optionsValidator`). */
export const checks = {
  string(): Check<string> {
    return (value, where) => {
      if (typeof value !== 'string' || value.trim() === '') fail(where, value, 'a non-empty string')
      return value
    }
  }
}

export type Shape<T> = {[K in keyof T]-?: Check<T[K]>}

/** `unknown option \`nearmiss\`, did you mean \`nearMiss\`?`, or the options there are when none is near. */
export function unknownOption(where: string, key: string, known: readonly string[]): string {
  const closest = closestId(key, known)
  if (closest) return `${where}: unknown option \`${key}\`, did you mean \`${closest}\`?`
  return `${where}: unknown option \`${key}\`, expected ${known.length > 0 ? `one of ${known.map((name) => `\`${name}\``).join(', ')}` : 'no options'}`
}

/** Validate a plain options object against `shape`, filling in `defaults` for absent keys. */
export function validateObject<T extends object>(where: string, value: unknown, shape: Shape<T>, defaults: T): T {
  if (value === undefined || value === null || value === true) return {...defaults}
  if (typeof value !== 'object' || Array.isArray(value)) fail(where, value, 'an options object')
  const known = Object.keys(shape)
  const result = {...defaults}
  for (const [key, entry] of Object.entries(value)) {
    if (!known.includes(key)) throw new StrategyConfigError(unknownOption(where, key, known))
    if (entry === undefined) continue
    ;(result as Record<string, unknown>)[key] = shape[key as keyof T](entry, optionAt(where, key))
  }
  return result
}

/** Read a remark-lint style setting: `false`, a severity, options, or `[severity, options]`. */
export function readSetting(where: string, setting: unknown, fallback: Severity): [Severity, unknown] {
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2) fail(where, setting, '`[severity]` or `[severity, options]`')
    return [readSeverity(where, setting[0], fallback), setting[1]]
  }
  if (setting === false) return ['off', undefined]
  if (isSeverity(setting)) return [readSeverity(where, setting, fallback), undefined]
  return [fallback, setting]
}

const SEVERITIES: Record<string, Severity | 'on'> = {
  off: 'off',
  '0': 'off',
  false: 'off',
  true: 'on',
  on: 'on',
  warn: 'warn',
  warning: 'warn',
  '1': 'warn',
  error: 'error',
  '2': 'error'
}

function isSeverity(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number'
}

/** `on` and `true` mean the rule's own default severity. */
function readSeverity(where: string, value: unknown, fallback: Severity): Severity {
  const severity = SEVERITIES[String(value)]
  if (!severity || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) {
    // (`"Error"`: remark-lint and ESLint read severities in lower case only, and so does this plugin; say which one.)
    const lower = typeof value === 'string' ? value.toLowerCase() : undefined
    const meant = lower !== undefined && SEVERITIES[lower] ? `; severities are lower case: \`${lower}\`` : ''
    fail(where, value, `a severity: \`off\`, \`on\`, \`warn\` (or \`warning\`), \`error\` (or 0, 1, 2)${meant}`)
  }
  return severity === 'on' ? fallback : severity
}

/**
 * The JSON Schema of one option, as a rule declares it (`options` in
 * src/rule.ts). The same object validates the option at run time (ajv) and
 * is written to schema/options.schema.json by `npm run generate`.
 */
export interface OptionSchema {
  type?: 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'
  description?: string
  default?: unknown
  minimum?: number
  maximum?: number
  minLength?: number
  pattern?: string
  enum?: readonly unknown[]
  items?: OptionSchema
  properties?: Readonly<Record<string, OptionSchema>>
  additionalProperties?: boolean | OptionSchema
  /**
   * What a valid value is, in the words of the error message (`a month number
   * from 1 (January) to 12 (December)`), when the words derived from the
   * other keywords (`an integer >= 1`) would say less. Not a JSON Schema
   * keyword: the generator leaves it out of the schema file.
   */
  expected?: string
}

/** A rule's options: each option's name to its schema. */
export type OptionsSchema = Readonly<Record<string, OptionSchema>>

/** `<where>: option `<name>``: where the problem with one option is. */
export function optionAt(where: string, name: string): string {
  return `${where}: option \`${name}\``
}

/** What a valid value of `schema` is, for `<where>: got <value>, expected <this>`. */
export function expectedOf(schema: OptionSchema): string {
  if (schema.expected !== undefined) return schema.expected
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`
  switch (schema.type) {
    case 'boolean':
      return 'true or false'
    case 'integer':
    case 'number': {
      const noun = schema.type === 'integer' ? 'an integer' : 'a number'
      if (schema.minimum !== undefined && schema.maximum !== undefined) return `${noun} from ${schema.minimum} to ${schema.maximum}`
      return schema.minimum === undefined ? noun : `${noun} >= ${schema.minimum}`
    }
    case 'string':
      return schema.minLength ? 'a non-empty string' : 'a string'
    case 'array':
      return schema.items?.type === 'string' ? `an array of ${schema.items.minLength ? 'non-empty strings' : 'strings'}` : 'an array'
    case 'object':
      return 'an options object'
    default:
      return 'a valid value'
  }
}

/**
 * One ajv for every rule: `useDefaults` fills in each option's `default`; `expected` is an annotation it must know in
 * strict mode. Loaded on first use: a run whose rules get no options never needs it (loading ajv and compiling the
 * rules' validators was about 90 ms of every process and worker thread that starts the linter).
 */
let ajv: Ajv | undefined

function optionsAjv(): Ajv {
  if (!ajv) {
    const {Ajv} = loadAjv()
    ajv = new Ajv({allErrors: true, useDefaults: true, strict: true})
    ajv.addKeyword({keyword: 'expected', schemaType: 'string'})
  }
  return ajv
}

/** The schema of a rule's whole options object: only the declared options, each as declared. */
export function optionsObjectSchema(options: OptionsSchema): OptionSchema {
  return {type: 'object', additionalProperties: false, properties: options}
}

/**
 * A validator for a rule's options: raw options (`true`, `null` and absence
 * mean none given) to the options with defaults filled in, or a
 * `StrategyConfigError` in the one-line form of `problem`. Compiled on first
 * use.
 */
export function optionsValidator<T>(options: OptionsSchema): (raw: unknown, where: string) => T {
  const schema = optionsObjectSchema(options)
  const takesNone = Object.keys(options).length === 0
  const validate = ajvValidation(schema)
  return (raw, where) => {
    const given = raw === undefined || raw === null || raw === true ? {} : raw
    const plain = isObject(given)
    if (takesNone && (!plain || Object.keys(given).length > 0)) {
      throw new StrategyConfigError(`${where}: takes no options, got ${JSON.stringify(raw)}`)
    }
    if (!plain) fail(where, raw, expectedOf(schema))
    // No options given (the usual case): an empty object is valid against any options schema (none has `required`),
    // so what validating it would return is the declared defaults; tests/schema.test.ts compares the two for every rule.
    if (Object.keys(given).length === 0) return declaredDefaults(options) as T
    const {value, errors} = validate(given)
    if (errors) throw new StrategyConfigError(explainOptions(errors, value, schema, where))
    return value as T
  }
}

/** ajv's validation of options against `schema`, compiled on first use: a copy of them with the defaults filled in, and the errors if any. */
export function ajvValidation(schema: OptionSchema): (options: Record<string, unknown>) => {value: Record<string, unknown>; errors?: ErrorObject[]} {
  let validate: ValidateFunction | undefined
  return (options) => {
    // A copy, since ajv writes the defaults into what it validates, and the caller's options are theirs.
    const copy = copyPlain(options) as Record<string, unknown>
    validate ??= optionsAjv().compile(schema)
    return validate(copy) ? {value: copy} : {value: copy, errors: validate.errors ?? []}
  }
}

/**
 * What ajv's `useDefaults` makes of an empty options object: each option that declares a `default`, set to a copy
 * of it. (ajv would also fill defaults inside an object default it inserted; no option declares such nested
 * defaults, and the test that compares the two for every rule would show one that did.)
 */
export function declaredDefaults(options: OptionsSchema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {}
  for (const [name, value] of defaultsOf(options)) defaults[name] = copyPlain(value)
  return defaults
}

/** The options of each schema that declare a default, with it, found once per schema. */
const declared = new WeakMap<OptionsSchema, Array<[string, unknown]>>()

/**
 * Every rule is attached again for each file a run lints (unified-engine configures a processor per file), so
 * this runs thousands of times a run: the list is found once, and the defaults (JSON values) are copied with
 * copyPlain rather than structuredClone: the two took about 5% of a run over 5,000 small files (2026-12-04 profile).
 */
function defaultsOf(options: OptionsSchema): Array<[string, unknown]> {
  let list = declared.get(options)
  if (!list) {
    list = Object.entries(options).flatMap(([name, option]): Array<[string, unknown]> => (option.default === undefined ? [] : [[name, option.default]]))
    declared.set(options, list)
  }
  return list
}

/** A JSON pointer (an ajv error's `instancePath`) as its keys and indexes: `/budgets/a~1b` -> `budgets`, `a/b`. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** A copy of arrays and plain objects, at every depth; other values (a function in a JavaScript config) as they are. */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain)
  if (typeof value !== 'object' || value === null) return value
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copyPlain(entry)]))
}

interface Located {
  message: string
  /** Position of each key (or index) along the error's path among its siblings, for reporting the first problem as written. */
  order: number[]
}

/** The problem with the first option (in the order written) that is wrong, as one line. */
function explainOptions(errors: readonly ErrorObject[], data: unknown, schema: OptionSchema, where: string): string {
  const located = errors.map((error) => locate(error, data, schema, where))
  located.sort((a, b) => compareOrder(a.order, b.order))
  return located[0]?.message ?? `${where}: invalid options`
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index] - b[index]
  return a.length - b.length
}

/**
 * Walk an ajv error's path through the data and the schema: declared options and the entries of a map (a section id
 * under `budgets`) make one dotted name (`option \`budgets.context.minWords\``), and an entry of a list of plain values
 * is named by its index (`option \`milestones\`[1]: got 3, expected a non-empty string`).
 */
function locate(error: ErrorObject, data: unknown, schema: OptionSchema, where: string): Located {
  const segments = pointerSegments(error.instancePath)
  const order: number[] = []
  const at = (name: string) => (name === '' ? where : optionAt(where, name))
  let node: OptionSchema | undefined = schema
  let value: unknown = data
  let reported = {name: '', node: schema, value: data}
  let inArray = false
  /** The entry the error is about, when it is one of a list of plain values (`milestones[1]`). */
  let entry: {at: string; node: OptionSchema} | undefined
  for (const segment of segments) {
    if (Array.isArray(value)) {
      order.push(Number(segment))
      value = value[Number(segment)]
      node = node?.items
      entry = !inArray && node && node.type !== 'object' && node.type !== 'array' ? {at: `${at(reported.name)}[${segment}]`, node} : undefined
      inArray = true
      continue
    }
    entry = undefined
    const object = value as Record<string, unknown>
    order.push(Object.keys(object).indexOf(segment))
    value = object[segment]
    const declared: OptionSchema | undefined = node?.properties?.[segment]
    node = declared ?? (typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined)
    if (inArray || !node) continue
    reported = {name: reported.name === '' ? segment : `${reported.name}.${segment}`, node, value}
  }
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as {additionalProperty: string}).additionalProperty)
    if (typeof value === 'object' && value !== null) order.push(Object.keys(value).indexOf(key))
    return {message: unknownOption(at(reported.name), key, Object.keys(reported.node.properties ?? {})), order}
  }
  // (An entry of a list of names or phrases is named with its index: `got an array` did not say which entry.)
  if (entry) return {message: problem(entry.at, value, expectedOf(entry.node)), order}
  return {message: problem(at(reported.name), reported.value, expectedOf(reported.node)), order}
}

/** The options of a rule whose phrase list can be changed (src/language/phrases.ts): `add` and `remove`. */
export const PHRASE_OPTIONS: OptionsSchema = {
  add: {type: 'array', items: {type: 'string', minLength: 1}, default: [], description: "Phrases to add to the rule's list."},
  remove: {type: 'array', items: {type: 'string', minLength: 1}, default: [], description: "Phrases to remove from the rule's list, as written in it."}
}

/**
 * The options of a goal rule (strategy-vague-goal, strategy-noncommittal): its phrase list, and whether it also reads
 * the headings outside the type's sections that name goals or plans (src/model/goal-headings.ts), on by default or not.
 */
export function goalRuleOptions(readsGoalHeadings: boolean): OptionsSchema {
  return {
    ...PHRASE_OPTIONS,
    goalHeadings: {
      type: 'boolean',
      default: readsGoalHeadings,
      description: "Also read the sections the type does not know whose heading names goals or plans (`## Goals`, `### The next 6 months`, `### FY27 Q1`)."
    }
  }
}
