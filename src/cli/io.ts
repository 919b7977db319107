/** What the CLI reads from and writes to: the working folder, two output streams and the terminal's abilities. */
export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
  /** The terminal's width when stdout is a terminal: the stylish report wraps long messages to it. */
  columns?: number
  /** The environment the command reads its variables from (STRATEGY_LINT_TIME_BUDGET); `process.env` when not given. */
  env?: Readonly<Record<string, string | undefined>>
  /**
   * Everything on standard input, for `--stdin`; a run without it refuses `--stdin`. Given a limit, it stops reading
   * past that many bytes and rejects with an error whose `code` is `ETOOLARGE`.
   */
  stdin?: (limit: number) => Promise<Uint8Array>
}

/**
 * Whether the stylish report is coloured: at a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is `dumb`; FORCE_COLOR
 * set to anything but `0` or `false` colours it anywhere (a CI log, which is no terminal), and `0` or `false` turns it
 * off, as Node's own output reads them (FORCE_COLOR before NO_COLOR).
 */
export function colorWanted(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase())
  // (`TERM=dumb`, as Emacs' shell sets it, draws no escape codes: Node's own getColorDepth and chalk read it so.)
  return isTerminal && !env.NO_COLOR && env.TERM !== 'dumb'
}
