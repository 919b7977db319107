/**
 * Noncommittal: shapes found on the tune split of the real sentences, tested
 * on new sentences of the same shape.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'

async function messages(text: string): Promise<string[]> {
  const markdown = `---\ntype: strategy\n---\n\n# Tech Strategy: Hedges\n\n## Coherent Actions\n\n${text}\n`
  return (await lint(markdown)).filter((message) => /^strategy-(?:noncommittal|vague-goal)$/.test(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.reason}`)
}

describe('strategy-noncommittal on real shapes', () => {
  it('the authors\' work that aims (`This process aims to enhance X`) hedges like `we aim to`', async () => {
    expect(await messages('This process aims to enhance visibility across teams.')).toEqual([expect.stringMatching(/^strategy-noncommittal: .*hedges \(`aims to enhance`\)/)])
    expect(await messages('By adding a guided wizard, this initiative seeks to simplify onboarding for new tenants.')).toEqual([
      expect.stringMatching(/^strategy-noncommittal: .*hedges \(`seeks to simplify`\)/)
    ])
    // Someone else's aim is not the authors' hedge; a dated, measured aim is a goal.
    expect(await messages('Most customers aim to simplify their onboarding.')).toEqual([])
    expect(await messages('This process aims to cut review time from 3 days to 1 day by Q3.')).toEqual([])
  })
})
