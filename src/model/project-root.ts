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

/** By folder: the folder of the remark configuration that applies there (see `configFolder`). */
const configFolders = new Map<string, string | undefined>()

/** Look again in the next run or check: a repository or a configuration may have been made (or removed) since the last. */
export function forgetProjectRoots(): void {
  roots.clear()
  configFolders.clear()
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
 * The paths of `file` globs are matched against, with `/`: relative to the working folder; when the run starts below
 * the repository's root, relative to the root too; and relative to the folder of the remark configuration that applies
 * to the file (unless the run reads its configuration from one given file, or none: `byConfigFolder` false). A
 * package's own `.remarkrc` with `globs: {"docs/*.md": "strategy"}` in a monorepo means its `docs/` wherever the run
 * starts: matched from the working folder alone, a run from the repository's root (as CI runs) skipped the package's
 * documents as untyped and passed.
 */
export function typedPaths(file: {path: string; cwd: string}, byConfigFolder = true): string[] {
  const cwd = path.resolve(file.cwd)
  const absolute = path.resolve(cwd, file.path)
  const paths = [slashed(path.relative(cwd, absolute))]
  // (With `--config` or `--no-config` the run reads no configuration by folder: globs then mean what they always did.)
  for (const base of [projectRoot(cwd), byConfigFolder ? configFolder(path.dirname(absolute)) : undefined]) {
    if (base === undefined || base === cwd) continue
    const relative = path.relative(base, absolute)
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue
    const candidate = slashed(relative)
    if (!paths.includes(candidate)) paths.push(candidate)
  }
  return paths
}

function slashed(relative: string): string {
  return relative.split(path.sep).join('/')
}

/** The names unified-engine reads a remark configuration from (`rcName: '.remarkrc'` with its extensions). */
const CONFIGURATION_NAMES = ['.remarkrc', '.remarkrc.json', '.remarkrc.cjs', '.remarkrc.mjs', '.remarkrc.js', '.remarkrc.yaml', '.remarkrc.yml']

/**
 * The files a run reads besides the documents, from each document's folder up: the remark configurations (with
 * `package.json`, which may hold one) and the ignore files. The cache keys a result on them; no output may overwrite one.
 */
export const SETUP_FILE_NAME = /^(?:\.remarkrc(?:\.(?:json|js|cjs|mjs|yml|yaml))?|package\.json|\.remarkignore|\.gitignore)$/

/**
 * The folder of the remark configuration that applies to files in `folder`: the nearest at or above it that holds a
 * `.remarkrc*`, or a `package.json` with a `remarkConfig` field, as unified-engine finds it (the nearest one alone
 * applies; configurations do not cascade). Undefined when there is none.
 */
export function configFolder(folder: string): string | undefined {
  const looked: string[] = []
  let found: string | undefined
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (configFolders.has(current)) {
      found = configFolders.get(current)
      break
    }
    looked.push(current)
    if (holdsConfiguration(current)) {
      found = current
      break
    }
    if (path.dirname(current) === current) break
  }
  for (const current of looked) configFolders.set(current, found)
  return found
}

function holdsConfiguration(folder: string): boolean {
  if (CONFIGURATION_NAMES.some((name) => fs.existsSync(path.join(folder, name)))) return true
  const manifest = path.join(folder, 'package.json')
  if (!fs.existsSync(manifest)) return false
  try {
    const data: unknown = JSON.parse(fs.readFileSync(manifest, 'utf8'))
    return typeof data === 'object' && data !== null && 'remarkConfig' in data
  } catch {
    // A package.json that cannot be read is no configuration (unified-engine reports it when it reads it).
    return false
  }
}
