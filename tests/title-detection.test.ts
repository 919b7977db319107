/**
 * Document types from the titles people write (`# Observability Strategy
 * 2026`, `# A Vision for Search`, front matter `title:` without an H1), and
 * titles that type nothing. Real `strategy-lint` on a folder of files.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

/** Which type each file was linted as, read from the missing-section message for the type's first section. */
async function typesOf(files: Record<string, string>): Promise<Record<string, string>> {
  const dir = makeProject(files)
  const result = await strategyLint(['--format', 'json', ...Object.keys(files)], dir)
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string | null; reason: string}>}>
  const types: Record<string, string> = {}
  for (const file of report) {
    const reasons = file.messages.filter((message) => message.ruleId === 'strategy-required-sections').map((message) => message.reason)
    const name = file.path.split(/[\\/]/).pop()!
    types[name] = reasons.some((reason) => reason.includes('Missing section `Context`'))
      ? 'strategy'
      : reasons.some((reason) => reason.includes('Missing section `Current State`'))
        ? 'vision'
        : 'none'
  }
  return types
}

const BODY = '\nWe run forty services in two regions and page the on-call engineer about once a night.\n'

describe('document type from the title', () => {
  it('reads the titles people write, and front matter `title:` when there is no H1', async () => {
    const titled: Record<string, [string, string]> = {
      'a.md': ['# Observability Strategy 2026', 'strategy'],
      'b.md': ['# Payments Strategy FY27', 'strategy'],
      'c.md': ['# Search: technical strategy', 'strategy'],
      'd.md': ['# A Vision for Search', 'vision'],
      'e.md': ['# Vision for Payments', 'vision'],
      'f.md': ['# Search: technical vision', 'vision'],
      'g.md': ['# Search Vision 2028', 'vision'],
      // The date in brackets, as a horizon is written (it was not read, and the file skipped as untyped).
      'g2.md': ['# Developer Platform Technical Vision (2026-2028)', 'vision'],
      'g3.md': ['# Payments Strategy (FY27)', 'strategy'],
      'h.md': ['---\ntitle: Observability Strategy 2026\n---', 'strategy'],
      'i.md': ['---\ntitle: "A Vision for Search"\n---', 'vision'],
      // Still detected as before.
      'j.md': ['# Tech Strategy: CI', 'strategy'],
      'k.md': ['# Technical Vision: Payments', 'vision'],
      // Not a strategy or a vision: an undated "X Strategy" names a section or a technique, a hyphenated word is not a title's type.
      'l.md': ['# Testing Strategy', 'none'],
      'm.md': ['# Rollout strategy for the new scheduler', 'none'],
      'n.md': ['# Anti-strategy', 'none'],
      'o.md': ['# RFC 1234: Async strategy for IO', 'none'],
      // An H1 wins over front matter `title:`; a title is read only from the first heading.
      'p.md': ['---\ntitle: Observability Strategy 2026\n---\n\n# Release notes', 'none'],
      'q.md': ['## Overview\n\n# A Vision for Search', 'none']
    }
    const files = Object.fromEntries(Object.entries(titled).map(([name, [head]]) => [name, `${head}\n${BODY}`]))
    const expected = Object.fromEntries(Object.entries(titled).map(([name, [, type]]) => [name, type]))
    expect(await typesOf(files)).toEqual(expected)
  })
})
