/**
 * The root of the repository a run starts in: the nearest folder at or above the working folder that holds `.git`
 * (a folder, or a file in a worktree or submodule). A run started below the root (`cd docs/adr && strategy-lint .`)
 * sees paths without the folders above it, so the built-in types' folder conventions (a folder named `adr`) and links written
 * from the root (`superseded-by: docs/adr/0002-b.md`) are also read from here.
 */
import fs from 'node:fs'
import path from 'node:path'

/** By working folder: one lookup per run (a few `stat` calls), not per file; forgotten when a run or a check starts. */
const roots = new Map<string, string | undefined>()

/** Look again in the next run or check: a repository may have been made (or removed) since the last. */
export function forgetProjectRoots(): void {
  roots.clear()
}

/** The root as it is now, not as an earlier run in this process found it (the cache keys a run by it). */
export function currentProjectRoot(cwd: string): string | undefined {
  roots.delete(cwd)
  return projectRoot(cwd)
}

export function projectRoot(cwd: string): string | undefined {
  if (roots.has(cwd)) return roots.get(cwd)
  let found: string | undefined
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, '.git'))) {
      found = folder
      break
    }
    if (path.dirname(folder) === folder) break
  }
  roots.set(cwd, found)
  return found
}

/**
 * The paths of `file` a built-in type's globs are matched against, with `/`: relative to the working folder, and, when
 * the run starts below the repository's root, relative to the root too.
 */
export function typedPaths(file: {path: string; cwd: string}): string[] {
  const absolute = path.resolve(file.cwd, file.path)
  const fromCwd = path.relative(file.cwd, absolute).split(path.sep).join('/')
  const root = projectRoot(file.cwd)
  if (root === undefined || root === path.resolve(file.cwd)) return [fromCwd]
  const fromRoot = path.relative(root, absolute)
  return fromRoot.startsWith('..') || path.isAbsolute(fromRoot) ? [fromCwd] : [fromCwd, fromRoot.split(path.sep).join('/')]
}
