/**
 * The README's "From code" example, run as a user's module would run it: the package and `remark` resolved from the
 * project's node_modules, the example's code as written. (It once used `unified().use(remarkParse)`, which cannot
 * `process` without a compiler, and `remark-parse`, which the package does not install.)
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {MISSING_SECTION} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode} from '../fixtures/cli/project.js'

afterAll(removeProjects)

function fromCodeExample(): string {
  const readme = fs.readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### From code'))
  const code = /```js\n([\s\S]*?)```/.exec(section)
  if (!code) throw new Error('README.md: no js block under ### From code')
  return code[1]
}

it('the README example runs: the plugin through remark, lint() and fix()', async () => {
  const dir = makeProject({'strategy.md': MISSING_SECTION})
  linkPackage(dir)
  fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', 'remark'), path.join(dir, 'node_modules', 'remark'), 'dir')
  const script = [
    "import fs from 'node:fs'",
    "const text = fs.readFileSync('strategy.md', 'utf8')",
    ...fromCodeExample().split('\n').filter((line) => line.startsWith('import ')),
    ...fromCodeExample().split('\n').filter((line) => !line.startsWith('import ')),
    "console.log(JSON.stringify({messages: messages.length, applied: fixed.applied, file: file.messages.length}))"
  ].join('\n')
  fs.writeFileSync(path.join(dir, 'example.mjs'), script)
  const result = await runNode(path.join(dir, 'example.mjs'), [], dir)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  const counts = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {messages: number; applied: number; file: number}
  expect(counts.messages).toBeGreaterThan(0)
  expect(counts.file).toBe(counts.messages)
  expect(counts.applied).toBeGreaterThan(0)
})
