/**
 * Option validation. Every problem becomes one `StrategyConfigError` whose
 * message names the rule (or plugin), the option, what was given and what is
 * allowed, so the CLI can print it as one line and exit 2.
 */

export class StrategyConfigError extends Error {
  override name = 'StrategyConfigError'
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

export const checks = {
  number(min: number, max = Number.POSITIVE_INFINITY): Check<number> {
    return (value, where) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        fail(where, value, max === Number.POSITIVE_INFINITY ? `a number >= ${min}` : `a number from ${min} to ${max}`)
      }
      return value
    }
  },
  integer(min: number): Check<number> {
    return (value, where) => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min) fail(where, value, `an integer >= ${min}`)
      return value
    }
  },
  boolean(): Check<boolean> {
    return (value, where) => {
      if (typeof value !== 'boolean') fail(where, value, 'true or false')
      return value
    }
  },
  string(): Check<string> {
    return (value, where) => {
      if (typeof value !== 'string' || value.trim() === '') fail(where, value, 'a non-empty string')
      return value
    }
  },
  oneOf<T extends string>(allowed: readonly T[]): Check<T> {
    return (value, where) => {
      if (typeof value !== 'string' || !allowed.includes(value as T)) {
        fail(where, value, `one of ${allowed.map((entry) => `\`${entry}\``).join(', ')}`)
      }
      return value as T
    }
  },
  stringArray(): Check<string[]> {
    return (value, where) => {
      if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' || entry === '')) {
        fail(where, value, 'an array of non-empty strings')
      }
      return value as string[]
    }
  }
}

export type Shape<T> = {[K in keyof T]-?: Check<T[K]>}

/** Validate a plain options object against `shape`, filling in `defaults` for absent keys. */
export function validateObject<T extends object>(where: string, value: unknown, shape: Shape<T>, defaults: T): T {
  if (value === undefined || value === null || value === true) return {...defaults}
  if (typeof value !== 'object' || Array.isArray(value)) fail(where, value, 'an options object')
  const known = Object.keys(shape)
  const result = {...defaults}
  for (const [key, entry] of Object.entries(value)) {
    if (!known.includes(key)) {
      const allowed = known.length > 0 ? `one of ${known.map((name) => `\`${name}\``).join(', ')}` : 'no options'
      throw new StrategyConfigError(`${where}: unknown option \`${key}\`, expected ${allowed}`)
    }
    if (entry === undefined) continue
    ;(result as Record<string, unknown>)[key] = shape[key as keyof T](entry, `${where}: option \`${key}\``)
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
    fail(where, value, 'a severity: `off`, `on`, `warn`, `error` (or 0, 1, 2)')
  }
  return severity === 'on' ? fallback : severity
}
