/**
 * Real git for the hook tests: a clean environment (no user or system git
 * config, no GIT_* variables), commands run as child processes, and
 * temporary repositories with a local identity.
 */
import {execFile, execFileSync} from 'node:child_process'
import os from 'node:os'
import {makeProject, type RunResult} from '../../fixtures/cli/project.js'

/**
 * The environment for git and the hooks: no colour, no settings from the
 * machine's or the user's git config (a global `core.hooksPath` would bypass
 * the hooks under test), and none of the `GIT_*` variables a surrounding git
 * command may have set.
 */
export function hookEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && key !== 'HUSKY' && !key.startsWith('PRE_COMMIT')) env[key] = value
  }
  return {...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, NO_COLOR: '1', FORCE_COLOR: '0', ...extra}
}

export function run(command: string, args: string[], cwd: string, env = hookEnv(), timeout = 60_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {cwd, env, encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`${command} ${args.join(' ')}: ${error.message}\n${stdout}\n${stderr}`))
        return
      }
      resolve({code: error ? (error.code as number) : 0, stdout, stderr})
    })
  })
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env: hookEnv(), encoding: 'utf8'})
}

/** A temporary git repository with a local identity, holding `files` (not yet staged). */
export function gitRepository(files: Record<string, string>): string {
  const dir = makeProject(files)
  git(dir, 'init', '-q')
  git(dir, 'config', 'user.name', 'Strategy Lint Test')
  git(dir, 'config', 'user.email', 'strategy-lint@example.com')
  return dir
}

