/** Options of the `remark-lint-strategy` plugin. */
import {builtinTypes} from './doc-types.js'
import {findType} from './detect.js'
import {checks, fail, StrategyConfigError, validateObject, type Shape} from './options.js'
import {ruleIds} from './rules.js'

export interface StrategyOptions {
  /** Check every file as this type, whatever it declares. */
  type?: string
  /** File globs (relative to the working directory) to type ids. */
  globs?: Record<string, string>
  /** Per-rule settings: `false`, a severity, options, or `[severity, options]`. */
  rules?: Record<string, unknown>
}

export interface ResolvedOptions {
  type: string | undefined
  globs: Record<string, string>
  rules: Record<string, unknown>
}

const WHERE = 'remark-lint-strategy'

const knownTypes = () => `one of ${builtinTypes.map((type) => `\`${type.id}\``).join(', ')}`

const SHAPE: Shape<ResolvedOptions> = {
  type(value, where) {
    const id = checks.string()(value, where)
    const type = findType(builtinTypes, id)
    if (!type) fail(`${where}: unknown document type`, value, knownTypes())
    return type.id
  },
  globs(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(where, value, 'an object of file globs to type ids, such as {"docs/strategy/**/*.md": "strategy"}')
    }
    const result: Record<string, string> = {}
    for (const [glob, id] of Object.entries(value)) {
      const type = typeof id === 'string' ? findType(builtinTypes, id) : undefined
      if (!type) fail(`${where}: glob \`${glob}\``, id, knownTypes())
      result[glob] = type.id
    }
    return result
  },
  rules(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(where, value, 'an object of rule ids to settings')
    }
    for (const id of Object.keys(value)) {
      if (!ruleIds.includes(id)) {
        throw new StrategyConfigError(
          `${where}: unknown rule \`${id}\`, expected one of ${ruleIds.map((name) => `\`${name}\``).join(', ')}`
        )
      }
    }
    return value as Record<string, unknown>
  }
}

export function resolveOptions(options: unknown): ResolvedOptions {
  return validateObject<ResolvedOptions>(WHERE, options, SHAPE, {type: undefined, globs: {}, rules: {}})
}

/** Read a forced type from processor settings (`settings.strategyType`), as the CLI's `--type` sets it. */
export function settingsType(settings: unknown): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined
  const value = (settings as Record<string, unknown>).strategyType
  if (value === undefined) return undefined
  return SHAPE.type(value, `${WHERE}: setting \`strategyType\``)
}
