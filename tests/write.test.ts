/**
 * src/engine/write.ts in a real process: a stopping signal that arrives while files are written is held until every
 * file is written, then ends the process as it would have (no document left between its truncation and its text).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {makeProject, PACKAGE_ROOT, removeProjects} from '../fixtures/cli/project.js'

afterAll(removeProjects)

const WRITE = pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'write.js')).href

describe('writeFileWhole', () => {
  it('writes over a longer and a shorter text, through a symbolic link, and keeps the inode', () => {
    const dir = makeProject({'doc.md': 'a text of some length\n'})
    const file = path.join(dir, 'doc.md')
    fs.symlinkSync('doc.md', path.join(dir, 'link.md'))
    const inode = fs.statSync(file).ino
    const script = (text: string) =>
      `const {writeFileWhole} = await import(${JSON.stringify(WRITE)}); writeFileWhole(${JSON.stringify(path.join(dir, 'link.md'))}, ${JSON.stringify(text)})`
    for (const text of ['a longer text than the one it replaces, by far\n', 'short\n']) {
      expect(spawnSync(process.execPath, ['--input-type=module', '-e', script(text)], {encoding: 'utf8', timeout: 30_000}).status).toBe(0)
      expect(fs.readFileSync(file, 'utf8')).toBe(text)
      expect(fs.statSync(file).ino).toBe(inode)
    }
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true)
  })
})

/** A 16 KB file system, where root may mount one (the CI machine): a full disk. */
function smallDisk(): string | undefined {
  const dir = makeProject()
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], {encoding: 'utf8'})
  return mounted.status === 0 ? dir : undefined
}

describe('writeFileWhole on a full disk', () => {
  const disk = smallDisk()
  afterAll(() => {
    if (disk) spawnSync('umount', [disk])
  })

  it.runIf(disk !== undefined)('a new file the disk cannot hold is not left half written; an existing one keeps its text', () => {
    const script = (file: string) =>
      `const {writeFileWhole} = await import(${JSON.stringify(WRITE)}); try { writeFileWhole(${JSON.stringify(file)}, 'x'.repeat(200_000)) } catch (error) { console.log(error.code); process.exit(3) }`
    const report = path.join(disk!, 'report.json')
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script(report)], {encoding: 'utf8', timeout: 30_000})
    expect(run.stdout.trim()).toBe('ENOSPC')
    expect(run.status).toBe(3)
    expect(fs.existsSync(report)).toBe(false)
    // (Through a link to nowhere: the half-written target is removed, the link kept.)
    const link = path.join(disk!, 'link.json')
    fs.symlinkSync('target.json', link)
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', script(link)], {encoding: 'utf8', timeout: 30_000}).status).toBe(3)
    expect(fs.existsSync(path.join(disk!, 'target.json'))).toBe(false)
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    // (A chain of them: the file at its end is removed, every link kept.)
    const chain = path.join(disk!, 'chain.json')
    fs.symlinkSync('middle.json', chain)
    fs.symlinkSync('end.json', path.join(disk!, 'middle.json'))
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', script(chain)], {encoding: 'utf8', timeout: 30_000}).status).toBe(3)
    expect(fs.existsSync(path.join(disk!, 'end.json'))).toBe(false)
    expect(fs.lstatSync(path.join(disk!, 'middle.json')).isSymbolicLink()).toBe(true)
    const kept = path.join(disk!, 'kept.json')
    fs.writeFileSync(kept, '[]\n')
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', script(kept)], {encoding: 'utf8', timeout: 30_000}).status).toBe(3)
    expect(fs.readFileSync(kept, 'utf8')).toBe('[]\n')
  })
})

describe('holdingSignals', () => {
  it.each(['SIGINT', 'SIGTERM'])('%s sent in the middle of the writes: every file is written, then the process ends by the signal', (signal) => {
    const dir = makeProject()
    const script = [
      `import fs from 'node:fs'`,
      `const {holdingSignals, writeFileWhole} = await import(${JSON.stringify(WRITE)})`,
      `holdingSignals(() => {`,
      `  for (let i = 0; i < 20; i++) {`,
      `    writeFileWhole(${JSON.stringify(dir)} + '/f' + i + '.md', 'text ' + i + '\\n')`,
      `    if (i === 5) process.kill(process.pid, ${JSON.stringify(signal)})`,
      `  }`,
      `})`,
      `fs.writeFileSync(${JSON.stringify(dir)} + '/after', '')`,
      // (Nothing else keeps the process alive: a run that ends right after its writes must end by the signal too, not
      // with its own exit code.)
      `process.exitCode = 1`
    ].join('\n')
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 30_000})
    expect(run.signal).toBe(signal)
    const names = fs.readdirSync(dir)
    expect(names.filter((name) => name.endsWith('.md'))).toHaveLength(20)
    expect(names).toContain('after')
    expect(fs.readFileSync(path.join(dir, 'f19.md'), 'utf8')).toBe('text 19\n')
  })
})
