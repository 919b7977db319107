/** The bundled examples behave as the README says: the two complete documents pass, the two drafts fail. */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

const read = (name: string) => readFileSync(new URL(`../fixtures/examples/${name}`, import.meta.url), 'utf8')

describe('bundled examples (npm start)', () => {
  it.each(['payments-strategy.md', 'event-driven-vision.md', 'README.md'])('%s gets no messages', async (name) => {
    expect(await lint(new VFile({path: `fixtures/examples/${name}`, value: read(name)}))).toEqual([])
  })

  it.each(['ci-strategy-draft.md', 'platform-vision-draft.md'])('%s has errors', async (name) => {
    const messages = await lint(read(name))
    expect(messages.some((message) => message.fatal)).toBe(true)
  })
})
