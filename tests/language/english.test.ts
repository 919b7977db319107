/**
 * The rules that read English words leave other languages alone (a QA pass by German, Spanish, Portuguese and
 * Japanese teams): `Die Entwicklerproduktivität verbessern.` was said to be `a checkable result`, and `Seit Q1 2025
 * nutzen wir ...` a stale deadline. src/language/english.ts.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {readsAsEnglish} from '../../src/language/english.js'

describe('readsAsEnglish', () => {
  it('is false for prose in German, Spanish, Portuguese, French and Japanese', () => {
    for (const text of [
      'Die Entwicklerproduktivität verbessern.',
      'Seit Q1 2025 nutzen wir GitHub Actions für alle Pipelines.',
      'Die Migration ist ein Must-have, kein Nice-to-have.',
      'Mejorar la satisfacción de los desarrolladores.',
      'Usaremos PostgreSQL porque el equipo ya lo opera.',
      'Migrar o cache até Q3 2025 (concluído).',
      'Nous allons migrer le cache avant la fin du trimestre.',
      'Q3 2025までにキャッシュを導入する（完了）。'
    ]) {
      expect(readsAsEnglish(text), text).toBe(false)
    }
  })

  it('is true for English, with names, acronyms, addresses and code in it, and for text with no words', () => {
    for (const text of [
      'Improve developer productivity.',
      'We will migrate the Müller service by Q3.',
      'Ship it under the MIT licence.',
      'Expand E2E test coverage - https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/1898-hardened-exec#test-plan',
      'Existing non-standard methods include:',
      'Throughput (bytes/sec) per input, per pipeline, per output and total.',
      'e.g. do it before the OS upgrade',
      'Q2 2025',
      // Names, loanwords and a foreign word in an English sentence (a regression pass found these silenced).
      'Improve résumé parsing.',
      'Raise ingest throughput for Die Hard.',
      'Migrate Los Alamos, Las Vegas, and La Jolla clusters.',
      'Ship El Niño weather alerts by Q3 2025.',
      'Ship it en masse.',
      'Offer à la carte pricing.',
      'Improve search with es modules.',
      'Improve CI/CD and/or the es module build.'
    ]) {
      expect(readsAsEnglish(text), text).toBe(true)
    }
    // With no function word at all, a row in another language is read as English (its status words are known).
    expect(readsAsEnglish('Cache eingeführt Q2 2025 Erledigt')).toBe(true)
  })
})

describe('the rules on a strategy written in German', () => {
  const german = `---
type: strategy
---

# Plattformstrategie

## Context

Die Builds dauern 45 Minuten, und die gemeinsamen Runner sind zu Spitzenzeiten jeden Tag ausgelastet.

## Diagnosis

Die Caches sind nicht geteilt, und jede Pipeline baut alles neu.

## Guiding Policy

Die Migration ist ein Must-have, kein Nice-to-have.

## Coherent Actions

- Seit Q1 2025 nutzen wir GitHub Actions für alle Pipelines.
- Im Q2 2025 haben wir die Build-Images migriert.
- Vielleicht verbessern wir die Entwicklerproduktivität.

| Maßnahme | Termin | Status |
| --- | --- | --- |
| Cache eingeführt | Q2 2025 | Erledigt |

## What We Will NOT Do

Wir ersetzen das Build-System nicht.

## Risks and Mitigations

Die Runner reichen nicht: wir kaufen mehr Runner.

## Success Criteria

- Die Entwicklerproduktivität verbessern.
- Mejorar la satisfacción de los desarrolladores.
`

  it('gives no language message and no stale deadline on prose it cannot read; the same items in English are reported', async () => {
    const words = /strategy-(?:vague-goal|noncommittal|measurable-criteria|unquantified-pitch|stale-deadline|decision-rationale)/
    const found = (await lint(german, {rules: {'strategy-stale-deadline': {date: '2026-12-03'}}})).filter((message) => words.test(message.ruleId ?? ''))
    expect(found.map((message) => `${message.line} ${message.ruleId}: ${message.reason.slice(0, 60)}`)).toEqual([])
    const english = german
      .replace('- Seit Q1 2025 nutzen wir GitHub Actions für alle Pipelines.', '- Move every pipeline to GitHub Actions by Q1 2025.')
      .replace('- Die Entwicklerproduktivität verbessern.', '- Improve developer productivity.')
    const reported = (await lint(english, {rules: {'strategy-stale-deadline': {date: '2026-12-03'}}})).filter((message) => words.test(message.ruleId ?? '')).map((message) => message.ruleId)
    expect(reported).toContain('strategy-stale-deadline')
    expect(reported).toContain('strategy-measurable-criteria')
  })
})

describe('sentences in Japanese', () => {
  it('end at a full-width `。` with no space after it: three of them are not `a single line`', async () => {
    const doc = '---\ntype: strategy\n---\n\n# 戦略\n\n## Context\n\nビルドは遅い。チームは待っている。独自ランナーは保守されていない。\n'
    expect((await lint(doc)).filter((message) => message.ruleId === 'strategy-section-length')).toEqual([])
  })
})

describe('the milestones of strategy-measurable-criteria while it is turned off', () => {
  it('still date the goal rules\' plans (they were dropped with the rule), and are still checked', async () => {
    const doc = '---\ntype: strategy\n---\n\n# Build platform\n\n## Coherent Actions\n\n- Explore remote caching before M3.\n'
    const hedges = async (rules: Record<string, unknown>) => (await lint(doc, {rules} as never)).filter((message) => message.ruleId === 'strategy-noncommittal').length
    expect(await hedges({})).toBe(1)
    expect(await hedges({'strategy-measurable-criteria': ['warn', {milestones: ['M3']}]})).toBe(0)
    expect(await hedges({'strategy-measurable-criteria': ['off', {milestones: ['M3']}]})).toBe(0)
    expect(await hedges({'strategy-measurable-criteria': 'off'})).toBe(1)
    await expect(lint(doc, {rules: {'strategy-measurable-criteria': ['off', {milestone: ['M3']}]}} as never)).rejects.toThrow(/unknown option `milestone`, did you mean `milestones`\?/)
  })
})
