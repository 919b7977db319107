/**
 * What the language analysis remembers across documents (src/util.ts
 * `TextMemo`): the words, numbers, dates and phrases of a sentence text, which
 * the language server would otherwise find again in every unchanged sentence
 * on every edit. Only what follows from the text alone is shared; what depends
 * on where the sentence stands (its inline code, its section, the rules'
 * options) is read per document.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {TextMemo} from '../../src/util.js'

const goodStrategy = readFileSync(new URL('../../fixtures/types/strategy-good.md', import.meta.url), 'utf8')

/** The good strategy with one more Success Criteria item. */
function withCriterion(item: string): string {
  return goodStrategy.replace('## Success Criteria\n\n', `## Success Criteria\n\n${item}\n`)
}

async function ruleIds(text: string, options: Parameters<typeof lint>[1] = {type: 'strategy'}): Promise<string[]> {
  return (await lint(text, options)).map((message) => String(message.ruleId))
}

describe('TextMemo', () => {
  it('computes a text once and gives the same value after', () => {
    const memo = new TextMemo<string[]>()
    let calls = 0
    const compute = (text: string) => (calls++, text.split(' '))
    const first = memo.get('a b', compute)
    expect(memo.get('a b', compute)).toBe(first)
    expect(memo.get('c', compute)).toEqual(['c'])
    expect(calls).toBe(2)
  })

  it('is emptied when the next text would pass its limit in characters, so a long-running server does not grow without end', () => {
    const memo = new TextMemo<number>(4)
    let calls = 0
    const compute = (text: string) => (calls++, text.length)
    memo.get('a', compute)
    memo.get('bb', compute)
    memo.get('ccc', compute) // 1 + 2 + 3 characters would pass 4: emptied, then `ccc` held
    expect(calls).toBe(3)
    memo.get('a', compute) // forgotten: computed again
    expect(calls).toBe(4)
    memo.get('ccc', compute) // held
    expect(calls).toBe(4)
  })

  it('does not hold a text longer than a sentence (a pasted log), nor empty itself for one', () => {
    const memo = new TextMemo<number>(100, 10)
    let calls = 0
    const compute = (text: string) => (calls++, text.length)
    memo.get('short', compute)
    const log = 'x'.repeat(11)
    memo.get(log, compute)
    memo.get(log, compute)
    expect(calls).toBe(3)
    memo.get('short', compute)
    expect(calls).toBe(3)
  })
})

describe('the same sentence text in different documents', () => {
  // The number in inline code is a value in a spec, not a target; the same words without the code name a target.
  const inCode = withCriterion('- Cut p95 checkout latency to `200 ms` by Q3 2027.')
  const plain = withCriterion('- Cut p95 checkout latency to 200 ms by Q3 2027.')

  it('gets the verdict of its own document, in either order (inline code is read per document)', async () => {
    expect(await ruleIds(inCode)).toEqual(['strategy-measurable-criteria'])
    expect(await ruleIds(plain)).toEqual([])
    expect(await ruleIds(inCode)).toEqual(['strategy-measurable-criteria'])
    expect(await ruleIds(plain)).toEqual([])
  })

  it('is read with the options of its own configuration (the phrases are remembered per configuration)', async () => {
    const hedged = goodStrategy.replace('## Coherent Actions\n\n', '## Coherent Actions\n\nWe will move the build cache to the shared cluster, cadence pending.\n\n')
    expect(await ruleIds(hedged)).toEqual([])
    const withPhrase = {type: 'strategy', rules: {'strategy-noncommittal': {add: ['cadence pending']}}}
    expect(await ruleIds(hedged, withPhrase)).toEqual(['strategy-noncommittal'])
    expect(await ruleIds(hedged)).toEqual([])
  })
})
