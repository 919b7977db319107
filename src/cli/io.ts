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
  /** Everything on standard input, for `--stdin`; a run without it refuses `--stdin`. */
  stdin?: () => Promise<Uint8Array>
}
