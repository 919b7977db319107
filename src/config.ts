/** Options of the `remark-lint-strategy` plugin. */
import {closestId} from './model/comment-control.js'
import {didYouMean} from './util.js'
import {resolveTypes, type TypeConfig} from './types/custom-types.js'
import {builtinTypes, type DocType} from './types/doc-types.js'
import {COSTLY_GLOB_ADVICE, costlyGlob, findType} from './model/detect.js'
import {checks, fail, StrategyConfigError, validateObject, type Shape} from './options.js'
import {ruleIds} from './rules.js'

export interface StrategyOptions {
  /** Check every file as this type, whatever it declares. */
  type?: string
  /** File globs to type ids (matched as `typedPaths` says). */
  globs?: Record<string, string>
  /** Per-rule settings: `false`, a severity, options, or `[severity, options]`. */
  rules?: Record<string, unknown>
  /** Document types to add, or built-in types to change, by id. */
  types?: Record<string, TypeConfig>
}

export interface ResolvedOptions {
  type: string | undefined
  globs: Record<string, string>
  rules: Record<string, unknown>
  /** The built-in types (with configured changes) and the configured ones. */
  types: readonly DocType[]
}

const WHERE = 'remark-lint-strategy'

const knownTypes = (types: readonly DocType[]) => `one of ${types.map((type) => `\`${type.id}\``).join(', ')}`

function checkType(types: readonly DocType[]) {
  return (value: unknown, where: string): string => {
    const id = checks.string()(value, where)
    const type = findType(types, id)
    if (!type) fail(`${where}: unknown document type`, value, knownTypes(types))
    return type.id
  }
}

/**
 * The folder a glob names when it ends with `/` (`docs/strategy/`, `docs/**\/`), which matches no file, else undefined.
 * (Without the `/`, `docs/strategy` may name a file without an extension, which a file named on the command line is.)
 */
function folderOf(glob: string): string | undefined {
  const trimmed = glob.replace(/\/+$/, '')
  return trimmed !== glob && trimmed !== '' ? trimmed : undefined
}

/** `types` are resolved before the rest, since `type` and `globs` may name a configured one. */
function shape(types: readonly DocType[]): Shape<ResolvedOptions> {
  return {
    type: checkType(types),
    globs(value, where) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(where, value, 'an object of file globs to type ids, such as {"docs/strategy/**/*.md": "strategy"}')
      }
      const result: Record<string, string> = {}
      for (const [glob, id] of Object.entries(value)) {
        const type = typeof id === 'string' ? findType(types, id) : undefined
        if (!type) fail(`${where}: glob \`${glob}\``, id, knownTypes(types))
        const costly = costlyGlob(glob)
        if (costly) throw new StrategyConfigError(`${where}: glob \`${glob}\` ${costly}: ${COSTLY_GLOB_ADVICE}`)
        const folder = folderOf(glob)
        if (folder !== undefined) {
          const files = folder.endsWith('**') ? `${folder}/*.md` : `${folder}/**/*.md`
          throw new StrategyConfigError(`${where}: glob \`${glob}\` names a folder, and globs match files (it would type none); write \`${files}\``)
        }
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
          // A typo, an id without its prefix (`placeholder`), or the package's name before it (`remark-lint-strategy-...`).
          const closest = [id, `strategy-${id}`, id.replace(/^remark-lint-/, '')].map((candidate) => closestId(candidate, ruleIds)).find(Boolean)
          throw new StrategyConfigError(
            `${where}: unknown rule \`${id}\`, ${closest ? `did you mean \`${closest}\`?` : `expected one of ${ruleIds.map((name) => `\`${name}\``).join(', ')}`}`
          )
        }
      }
      return value as Record<string, unknown>
    },
    types: () => types
  }
}

export function resolveOptions(options: unknown): ResolvedOptions {
  const configured = typeof options === 'object' && options !== null ? (options as StrategyOptions).types : undefined
  const types = configured === undefined ? builtinTypes : resolveTypes(configured, WHERE)
  return validateObject<ResolvedOptions>(WHERE, options, shape(types), {type: undefined, globs: {}, rules: {}, types})
}

/**
 * Whether the run finds its configuration by folder: false when the processor setting `strategyConfigByFolder` says
 * it reads one given file or none (`strategy-lint --config`, `--no-config`).
 */
export function configByFolder(settings: unknown): boolean {
  return !(typeof settings === 'object' && settings !== null && (settings as Record<string, unknown>).strategyConfigByFolder === false)
}

/** Read a forced type from processor settings (`settings.strategyType`), as the CLI's `--type` sets it. */
export function settingsType(settings: unknown, types: readonly DocType[] = builtinTypes): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined
  const value = (settings as Record<string, unknown>).strategyType
  if (value === undefined) return undefined
  const type = typeof value === 'string' ? findType(types, value) : undefined
  if (!type) {
    // Said in the words of the command line that sets it, not of the setting.
    const meant = typeof value === 'string' ? didYouMean(value, types.map((entry) => entry.id)) : undefined
    const advice = meant ? `${meant} (known: ${knownTypes(types)})` : `use ${knownTypes(types)}, or a type configured under \`types\``
    throw new StrategyConfigError(`Unknown document type \`${String(value)}\` for --type (the \`strategyType\` setting); ${advice}`)
  }
  return type.id
}
