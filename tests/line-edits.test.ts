/**
 * The edits `source.fixAll` sends (src/server/line-edits.ts): one per run of changed lines, which applied to the text
 * before give the text after, never overlapping, and covering no line that does not change.
 */
import {describe, expect, it} from 'vitest'
import {changedLines, type LineEdit} from '../src/server/line-edits.js'

function apply(text: string, edits: readonly LineEdit[]): string {
  let result = text
  for (const edit of [...edits].reverse()) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

describe('changedLines', () => {
  it('one edit per run of changed lines, in order, apart from each other', () => {
    const before = 'title\n\n## Guidng Policy\n\nkeep\n\n## Risks\n\nkeep too\n'
    const after = 'title\n\n## Guiding Policy\n\nkeep\n\n## Coherent Actions\n\nTODO: x\n\n## Risks\n\nkeep too\n'
    const edits = changedLines(before, after)
    expect(edits).toEqual([
      {start: 7, end: 24, text: '## Guiding Policy\n'},
      {start: 31, end: 31, text: '## Coherent Actions\n\nTODO: x\n\n'}
    ])
    expect(apply(before, edits)).toBe(after)
    // The lines between the edits are not covered: an editor keeps its cursor and marks there.
    expect(before.slice(edits[0].end, edits[1].start)).toBe('\nkeep\n\n')
  })

  it('reproduces the text after for CRLF, lone CR, no final newline, an empty text and a byte order mark', () => {
    const pairs: Array<[string, string]> = [
      ['a\r\nb\r\n', 'a\r\n\r\n## B\r\n\r\nb\r\n'],
      ['a\rb\r', 'a\r\r## B\rb\r'],
      ['a', 'a\n\n## B\n'],
      ['', '## A\n\nTODO: x\n'],
      ['\uFEFF# T\n', '\uFEFF# T\n\n## A\n']
    ]
    for (const [before, after] of pairs) {
      const edits = changedLines(before, after)
      expect(apply(before, edits), JSON.stringify(before)).toBe(after)
      for (let index = 1; index < edits.length; index++) expect(edits[index].start).toBeGreaterThan(edits[index - 1].end)
    }
    expect(changedLines('same\n', 'same\n')).toEqual([])
  })

  it('random line changes: the edits always give the text after, none overlapping', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 200; round++) {
      const lines = Array.from({length: 1 + Math.floor(random() * 12)}, (_, index) => `line ${index}`)
      const changed = lines.flatMap((line) => (random() < 0.2 ? [] : random() < 0.2 ? [line, `new ${round}`] : random() < 0.1 ? [`${line}!`] : [line]))
      const eol = random() < 0.5 ? '\n' : '\r\n'
      const before = lines.join(eol) + (random() < 0.5 ? eol : '')
      const after = changed.join(eol) + eol
      const edits = changedLines(before, after)
      expect(apply(before, edits)).toBe(after)
      for (let index = 1; index < edits.length; index++) expect(edits[index].start).toBeGreaterThan(edits[index - 1].end)
    }
  })
})
