import fs from 'node:fs'

/** The package version, read from package.json (which ships beside `dist/`). */
export const version: string = (
  JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
).version

/**
 * The build's id (a hash of its bundle, written by scripts/bundle.js beside it), or `''` for a build with none (the
 * compiled modules alone): the cache keys on it with the version, since two builds of one version differ.
 */
export const buildId: string = (() => {
  try {
    return fs.readFileSync(new URL('../bundle/build-id.txt', import.meta.url), 'utf8').trim()
  } catch {
    return ''
  }
})()
