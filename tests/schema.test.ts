/**
 * The JSON Schema shipped in schema/: a valid schema that editors can use,
 * in step with what the plugin accepts (the rules and their options), and
 * accepting every configuration the docs and recipes show.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {PACKAGE_ROOT} from '../fixtures/cli/project.js'
import {lint, ruleIds} from '../src/index.js'
import {ajvValidation, declaredDefaults, optionsObjectSchema} from '../src/options.js'
import {rules} from '../src/rules.js'

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'schema', name), 'utf8')) as Record<string, unknown>
const optionsSchema = read('options.schema.json')
const rcSchema = read('remarkrc.schema.json')

function compile() {
  // strict: every keyword must be one the draft knows, so a typo in the schema fails here.
  const ajv = new Ajv({strict: true, allErrors: true, strictTuples: false, allowUnionTypes: true})
  ajv.addSchema(optionsSchema, 'options.schema.json')
  return {options: ajv.getSchema('options.schema.json')!, rc: ajv.compile(rcSchema)}
}

const {options: validOptions, rc: validRc} = compile()

/** Every `json` block in a Markdown file that configures the plugin (`types`, `rules`, ...) or a `.remarkrc`. */
function jsonBlocks(file: string): unknown[] {
  const text = fs.readFileSync(file, 'utf8')
  return [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => JSON.parse(match[1]) as unknown)
}

const OPTION_KEYS = new Set(['type', 'globs', 'rules', 'types'])

/** The configuration a JSON block shows: a `.remarkrc`, a package.json's `remarkConfig`, or plugin options; other JSON (a SARIF log, a workflow) is not. */
function configurationIn(block: unknown): {kind: 'rc' | 'options'; value: unknown} | undefined {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return undefined
  const value = block as Record<string, unknown>
  if ('remarkConfig' in value) return {kind: 'rc', value: value.remarkConfig}
  if ('plugins' in value) return {kind: 'rc', value}
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => OPTION_KEYS.has(key)) ? {kind: 'options', value} : undefined
}

function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(folder, name))
}

describe('schema/options.schema.json', () => {
  it('names every rule of the package, and only those', () => {
    const rules = (optionsSchema.definitions as Record<string, {properties?: object}>).rules.properties!
    expect(Object.keys(rules).sort()).toEqual([...ruleIds].sort())
  })

  it.each([...ruleIds])('%s: the schema lists the options the rule accepts', async (id) => {
    const definitions = optionsSchema.definitions as Record<string, {$ref?: string; anyOf?: Array<{$ref?: string}>; properties?: object}>
    const setting = definitions[(definitions.rules.properties as Record<string, {$ref: string}>)[id].$ref.split('/').pop()!]
    let optionsDefinition = definitions[setting.anyOf!.at(-1)!.$ref!.split('/').pop()!]
    if (optionsDefinition.$ref) optionsDefinition = definitions[optionsDefinition.$ref.split('/').pop()!]
    const inSchema = Object.keys(optionsDefinition.properties ?? {}).sort()
    // The rule's own validator names its options when given an unknown one.
    const error = await lint('# x\n', {rules: {[id]: ['warn', {unknownProbe: 1}]}}).then(
      () => undefined,
      (error: Error) => error.message
    )
    const accepted = /expected one of (.*)$/.exec(error ?? '')?.[1]?.match(/`[^`]+`/g)?.map((name) => name.slice(1, -1)) ?? []
    expect(error, `${id} rejects an unknown option`).toBeDefined()
    expect(inSchema).toEqual(accepted.sort())
  })

  it('accepts every configuration in the docs and recipes', () => {
    const files = [...markdownFiles(path.join(PACKAGE_ROOT, 'docs'))]
    let checked = 0
    for (const file of files) {
      for (const block of jsonBlocks(file)) {
        const found = configurationIn(block)
        if (!found) continue
        const validate = found.kind === 'rc' ? validRc : validOptions
        const where = `${path.relative(PACKAGE_ROOT, file)}: ${JSON.stringify(found.value).slice(0, 200)}`
        expect(validate(found.value), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true)
        checked++
      }
    }
    const recipes = path.join(PACKAGE_ROOT, 'docs', 'recipes')
    const recipeFiles = fs.existsSync(recipes) ? fs.readdirSync(recipes).filter((name) => name.endsWith('.json')) : []
    for (const file of recipeFiles) {
      const rc = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'recipes', file), 'utf8')) as unknown
      expect(validRc(rc), `${file}: ${JSON.stringify(validRc.errors)}`).toBe(true)
      checked++
    }
    expect(checked).toBeGreaterThan(10)
  })

  it.each([
    ['an unknown top-level option', {bogus: 1}],
    ['an unknown rule', {rules: {'strategy-nope': 'warn'}}],
    ['a bad severity', {rules: {'strategy-placeholder': 'loud'}}],
    ['an unknown rule option', {rules: {'strategy-non-goals': ['warn', {minimum: 1, maximum: 2}]}}],
    ['a rule option of the wrong type', {rules: {'strategy-section-length': {tolerance: 'x'}}}],
    ['a type id with capitals', {types: {KEP: {sections: ['Summary']}}}],
    ['a section with an unknown field', {types: {kep: {sections: [{heading: 'Summary', requird: true}]}}}],
    ['a budget in lines', {types: {kep: {sections: [{heading: 'Summary', budget: {max: 1, unit: 'lines'}}]}}}],
    ['a section-scoped rule that is not one', {types: {kep: {sections: [{heading: 'Summary', rules: ['strategy-section-order']}]}}}]
  ])('rejects %s, as the plugin does', async (_name, value) => {
    expect(validOptions(value)).toBe(false)
    await expect(lint('# x\n', value as never)).rejects.toThrow(/remark-lint-strategy/)
  })

  it('checks the plugin entry of a whole .remarkrc, in both plugin forms', () => {
    expect(validRc({plugins: ['remark-gfm', ['remark-lint-strategy', {type: 'strategy'}]]})).toBe(true)
    expect(validRc({plugins: {'remark-lint-strategy': {rules: {'strategy-placeholder': 'error'}}}})).toBe(true)
    expect(validRc({plugins: [['remark-lint-strategy', {bogus: 1}]]})).toBe(false)
    expect(validRc({plugins: {'remark-lint-strategy': {types: {kep: {sections: [3]}}}}})).toBe(false)
    // Other plugins' options are theirs.
    expect(validRc({plugins: [['remark-lint-maximum-line-length', 80]]})).toBe(true)
    // Turned off the remark way, and the schema named for editors; keys remark never reads are flagged.
    expect(validRc({$schema: './node_modules/remark-lint-strategy/schema/remarkrc.schema.json', plugins: [['remark-lint-strategy', false]]})).toBe(true)
    expect(validRc({plugins: ['remark-lint-strategy'], rules: {'strategy-vague-goal': 'off'}})).toBe(false)
    expect(validRc({plugin: ['remark-lint-strategy']})).toBe(false)
  })
})

describe('a rule given no options', () => {
  // Such a rule takes its declared defaults without compiling its validator (or loading ajv): the same options
  // object ajv's `useDefaults` makes of `{}`, for every rule.
  it.each(rules.filter((rule) => Object.keys(rule.meta.options ?? {}).length > 0).map((rule) => [rule.ruleId, rule]))(
    '%s: the declared defaults are what validating an empty options object gives',
    (_id, rule) => {
      const options = rule.meta.options!
      expect(ajvValidation(optionsObjectSchema(options))({})).toEqual({value: declaredDefaults(options)})
    }
  )

  it('gets fresh defaults each time, so a rule that changes its options changes nobody else\'s', () => {
    const options = {allow: {type: 'array', items: {type: 'string'}, default: []}} as const
    const first = declaredDefaults(options)
    ;(first.allow as string[]).push('x')
    expect(declaredDefaults(options)).toEqual({allow: []})
  })
})
