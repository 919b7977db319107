/**
 * The MD043-style required heading structure (`src/types/heading-pattern.ts`):
 * parsing, MD043's documented examples, every wildcard, the documents
 * markdownlint's greedy MD043 gets wrong, all-at-once reporting, a large
 * document, and properties checked against independent oracles (a regular
 * expression for "matches", an exhaustive minimum for the problem count).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  matchHeadingPattern,
  parseHeadingPattern,
  type PatternEntry,
  type PatternHeading,
  type PatternProblem
} from '../src/types/heading-pattern.js'
import {fix, lint} from '../src/index.js'
import {sectionInsertion} from '../src/model/heading.js'

/** `'## Goals'` -> `{level: 2, text: 'Goals'}`. */
function h(source: string): PatternHeading {
  const match = /^(#+) (.*)$/.exec(source)
  if (!match) throw new Error(`bad test heading ${source}`)
  return {level: match[1].length, text: match[2]}
}

function check(pattern: readonly string[], headings: readonly string[], options?: {matchCase?: boolean}): PatternProblem[] {
  return matchHeadingPattern(parseHeadingPattern(pattern), headings.map(h), options)
}

/** Problems as short strings, for readable expectations. */
function brief(problems: readonly PatternProblem[]): string[] {
  return problems.map((problem) => {
    switch (problem.kind) {
      case 'missing':
        return `missing ${problem.entry.raw} before ${problem.before} after ${problem.afterHeading ?? '-'}`
      case 'unexpected':
        return `unexpected ${problem.heading} expected ${problem.expected?.raw ?? '-'}`
      case 'wrong-level':
        return `wrong-level ${problem.heading} for ${problem.entry.raw}`
    }
  })
}

describe('parseHeadingPattern', () => {
  it('parses listed headings and wildcards', () => {
    expect(parseHeadingPattern(['# Head', '## Item', '*', '+', '?', '###### Deep'])).toEqual([
      {kind: 'heading', level: 1, text: 'Head', raw: '# Head'},
      {kind: 'heading', level: 2, text: 'Item', raw: '## Item'},
      {kind: 'any', raw: '*'},
      {kind: 'some', raw: '+'},
      {kind: 'one', raw: '?'},
      {kind: 'heading', level: 6, text: 'Deep', raw: '###### Deep'}
    ])
  })

  it('trims the entry and collapses whitespace in the text, keeping raw', () => {
    expect(parseHeadingPattern(['  ##   Goals   and\tnon-goals  ', ' * '])).toEqual([
      {kind: 'heading', level: 2, text: 'Goals and non-goals', raw: '  ##   Goals   and\tnon-goals  '},
      {kind: 'any', raw: ' * '}
    ])
  })

  it('keeps # inside or after the text', () => {
    expect(parseHeadingPattern(['## C# and F#'])[0]).toMatchObject({level: 2, text: 'C# and F#'})
  })

  const bad: Array<[string, unknown[], RegExp]> = [
    ['no space after #', ['# Title', '## Summary', '##Summary'], /^headings\[2\]: "##Summary" has no space after the #s; expected `## <text>` with 1-6 #s, or `\*`, `\+`, `\?`$/],
    ['7 #s', ['####### Deep'], /^headings\[0\]: "####### Deep" has 7 #s \(at most 6\)/],
    ['empty text', ['# Title', '## '], /^headings\[1\]: "## " has no heading text/],
    ['bare #', ['#'], /^headings\[0\]: "#" has no heading text/],
    ['no #', ['Summary'], /^headings\[0\]: "Summary" does not start with #/],
    ['a wildcard written as a heading', ['# *', '## Summary'], /^headings\[0\]: "# \*" is a heading whose text is `\*`, not a wildcard: for any heading there write `\?` \(exactly one\)/],
    ['empty string', ['# A', ''], /^headings\[1\]: "" is empty/],
    ['double wildcard', ['**'], /^headings\[0\]: "\*\*" does not start with #/],
    ['number', ['# A', 42], /^headings\[1\]: expected a string, got number/],
    ['null', [null], /^headings\[0\]: expected a string, got null/],
    ['nested list', [['# A']], /^headings\[0\]: expected a string, got an array/],
    ['object', [{heading: '# A'}], /^headings\[0\]: expected a string, got object/],
    ['MD043 regex form', ['% [a-z]+'], /^headings\[0\]: "% \[a-z\]\+" uses MD043's `%` regular expression form, which is not supported/],
    ['MD043 loop marker', ['# Changelog', '^'], /^headings\[1\]: "\^" is MD043's `\^` loop marker, which is not supported/]
  ]
  it.each(bad)('rejects %s', (_name, entries, message) => {
    expect(() => parseHeadingPattern(entries)).toThrow(message)
  })

  it('rejects an empty list and a non-list', () => {
    expect(() => parseHeadingPattern([])).toThrow(/^headings: the list is empty/)
    expect(() => parseHeadingPattern('# A' as unknown as unknown[])).toThrow(/^headings: expected a non-empty list of strings, got string/)
  })

  it('keeps messages on one line', () => {
    let message = ''
    try {
      parseHeadingPattern(['bad\nentry'])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('"bad\\nentry"')
    expect(message).not.toContain('\n')
  })
})

describe("MD043's documented examples", () => {
  it('requires an exact structure', () => {
    const pattern = ['# Heading', '## Item', '### Detail']
    expect(check(pattern, ['# Heading', '## Item', '### Detail'])).toEqual([])
    expect(brief(check(pattern, ['# Heading', '## Item']))).toEqual(['missing ### Detail before 2 after 1'])
    expect(brief(check(pattern, ['# Heading', '## Item', '### Detail', '## Extra']))).toEqual(['unexpected 3 expected -'])
  })

  it('allows optional headings with * and requires some with +', () => {
    const pattern = ['# Heading', '## Item', '*', '## Foot', '+']
    expect(check(pattern, ['# Heading', '## Item', '### Detail (optional)', '### Example (optional)', '## Foot', '### Notes (optional)'])).toEqual([])
    expect(check(pattern, ['# Heading', '## Item', '## Foot', '### Notes'])).toEqual([])
    expect(brief(check(pattern, ['# Heading', '## Item', '### Detail', '## Foot']))).toEqual(['missing + before 4 after 3'])
  })

  it('accepts the older documented form ending in *', () => {
    const pattern = ['# Head', '## Item', '*', '## Foot', '*']
    expect(check(pattern, ['# Head', '## Item', '### Detail', '## Foot', '### Notes'])).toEqual([])
    expect(check(pattern, ['# Head', '## Item', '## Foot'])).toEqual([])
  })

  it('ignores case unless matchCase', () => {
    const pattern = ['# Heading', '## Item']
    expect(check(pattern, ['# HEADING', '## item'])).toEqual([])
    expect(check(pattern, ['# HEADING', '## item'], {matchCase: false})).toEqual([])
    expect(check(pattern, ['# Heading', '## Item'], {matchCase: true})).toEqual([])
    expect(brief(check(pattern, ['# Heading', '## item'], {matchCase: true}))).toEqual([
      'missing ## Item before 1 after 0',
      'unexpected 1 expected -'
    ])
  })
})

describe('wildcards', () => {
  it('* alone takes zero or more headings', () => {
    expect(check(['*'], [])).toEqual([])
    expect(check(['*'], ['# A'])).toEqual([])
    expect(check(['*'], ['# A', '## B', '###### C', '# A'])).toEqual([])
  })

  it('+ alone takes one or more headings', () => {
    expect(check(['+'], [])).toEqual([
      {kind: 'missing', entry: {kind: 'some', raw: '+'}, before: 0, afterHeading: undefined}
    ])
    expect(check(['+'], ['# A'])).toEqual([])
    expect(check(['+'], ['# A', '## B', '### C'])).toEqual([])
  })

  it('? alone takes exactly one heading', () => {
    expect(check(['?'], [])).toEqual([
      {kind: 'missing', entry: {kind: 'one', raw: '?'}, before: 0, afterHeading: undefined}
    ])
    expect(check(['?'], ['# A'])).toEqual([])
    expect(check(['?'], ['# A', '## B'])).toEqual([{kind: 'unexpected', heading: 1, expected: undefined}])
  })

  it('wildcards take any heading, listed or not', () => {
    expect(check(['?', '## A'], ['## A', '## A'])).toEqual([])
    expect(check(['+', '## A'], ['## A', '## A'])).toEqual([])
    expect(check(['## A', '*', '## A'], ['## A', '## A'])).toEqual([])
    expect(check(['## A', '*', '## A'], ['## A', '## A', '## A', '## A'])).toEqual([])
  })

  it('combines wildcards', () => {
    expect(check(['# T', '?', '?', '## End'], ['# T', '## A', '## B', '## End'])).toEqual([])
    expect(brief(check(['# T', '?', '?', '## End'], ['# T', '## A', '## End']))).toEqual(['missing ? before 2 after 1'])
    expect(check(['+', '?'], ['# A', '# B'])).toEqual([])
    expect(brief(check(['+', '?'], ['# A']))).toEqual(['missing ? before 1 after 0'])
    expect(check(['?', '+', '?'], ['# A', '# B', '# C', '# D'])).toEqual([])
    // Ties go to taking headings early, so the last entry is the one missing.
    expect(brief(check(['?', '+', '?'], ['# A', '# B']))).toEqual(['missing ? before 2 after 1'])
    expect(check(['*', '+', '*'], ['# A'])).toEqual([])
    expect(check(['*', '*'], [])).toEqual([])
    expect(brief(check(['*', '+', '*', '?'], []))).toEqual(['missing + before 0 after -', 'missing ? before 0 after -'])
    expect(check(['# T', '*', '## A', '+', '## B', '?'], ['# T', '## A', '### x', '### y', '## B', '### z'])).toEqual([])
    expect(brief(check(['# T', '*', '## A', '+', '## B', '?'], ['# T', '## A', '## B']))).toEqual([
      'missing + before 2 after 1',
      'missing ? before 3 after 2'
    ])
  })
})

describe("documents markdownlint's greedy MD043 gets wrong", () => {
  // Each was run through markdownlint 0.42.1; its verdict is in the comment.
  // The first and the fourth were run again through 0.40.0 (what
  // markdownlint-cli2 0.22, the last release for Node 20, installs here):
  // the same verdicts (0.40.0 says "[None]" for "[No heading]").
  it('a listed heading after * or + may match a later equal heading', () => {
    // MD043: "Expected: ## B; Actual: ## A".
    expect(check(['*', '## A', '## B'], ['## A', '## A', '## B'])).toEqual([])
    // MD043: "Expected: ## Plan; Actual: ## Context".
    expect(check(['# Strategy', '*', '## Risks', '## Plan'], ['# Strategy', '## Risks', '## Context', '## Risks', '## Plan'])).toEqual([])
    // MD043: "Expected: ## B; Actual: ## Y".
    expect(check(['+', '## A', '## B'], ['## X', '## A', '## Y', '## A', '## B'])).toEqual([])
    // MD043: "Expected: [No heading]; Actual: ## Y".
    expect(check(['+', '## A'], ['## X', '## A', '## Y', '## A'])).toEqual([])
  })

  it('* directly before ? or + may take nothing', () => {
    // MD043: "Expected: ?; Actual: [End of file]" and the same for +.
    expect(check(['*', '?'], ['## X'])).toEqual([])
    expect(check(['*', '+'], ['## X'])).toEqual([])
    // MD043: "Expected: ## A; Actual: [End of file]".
    expect(check(['*', '?', '## A'], ['## X', '## A'])).toEqual([])
    expect(check(['*', '+', '## A'], ['## X', '## A'])).toEqual([])
  })

  it('a wildcard does not absorb headings after the next listed heading', () => {
    // MD043 accepts all three.
    expect(brief(check(['+', '*', '## A', '## B'], ['## X', '## A', '## Z', '## B']))).toEqual(['unexpected 2 expected ## B'])
    expect(brief(check(['*', '*', '## A', '## B'], ['## X', '## A', '## Z', '## B']))).toEqual(['unexpected 2 expected ## B'])
    expect(brief(check(['# T', '+', '*', '## A', '## B'], ['# T', '## X', '## A', '## Z', '## B']))).toEqual(['unexpected 3 expected ## B'])
  })
})

describe('reporting', () => {
  it('reports every mismatch at once, in document order', () => {
    const pattern = ['# Title', '## Summary', '## Goals', '*', '## Risks', '## Plan']
    const headings = ['# Title', '## Intro', '## Goals', '### G1', '### Risks', '## Plan', '## Appendix']
    expect(check(pattern, headings)).toEqual([
      {kind: 'missing', entry: {kind: 'heading', level: 2, text: 'Summary', raw: '## Summary'}, before: 1, afterHeading: 0},
      {kind: 'unexpected', heading: 1, expected: {kind: 'heading', level: 2, text: 'Goals', raw: '## Goals'}},
      {kind: 'wrong-level', entry: {kind: 'heading', level: 2, text: 'Risks', raw: '## Risks'}, heading: 4},
      {kind: 'unexpected', heading: 6, expected: undefined}
    ])
  })

  it('reports missing headings at the start, in the middle and at the end', () => {
    expect(brief(check(['# T', '## A', '## B', '## C', '## D'], ['## B', '## D']))).toEqual([
      'missing # T before 0 after -',
      'missing ## A before 0 after -',
      'missing ## C before 1 after 0'
    ])
    expect(brief(check(['# T', '## A', '## B'], ['# T']))).toEqual(['missing ## A before 1 after 0', 'missing ## B before 1 after 0'])
    expect(brief(check(['# T'], []))).toEqual(['missing # T before 0 after -'])
  })

  it('reports headings out of order as one move', () => {
    expect(brief(check(['## A', '## B', '## C'], ['## B', '## A', '## C']))).toEqual([
      'missing ## A before 0 after -',
      'unexpected 1 expected ## C'
    ])
  })

  it('counts a heading at the wrong level once', () => {
    expect(brief(check(['# T', '## A', '## B'], ['# T', '### A', '## B']))).toEqual(['wrong-level 1 for ## A'])
    expect(brief(check(['# T', '## A'], ['## T', '# a']))).toEqual(['wrong-level 0 for # T', 'wrong-level 1 for ## A'])
  })

  it('prefers matching listed headings early on ties', () => {
    expect(brief(check(['## A'], ['## A', '## A']))).toEqual(['unexpected 1 expected -'])
    expect(brief(check(['## A', '## A'], ['## A']))).toEqual(['missing ## A before 1 after 0'])
    expect(brief(check(['## A', '*'], ['## X', '## A']))).toEqual(['unexpected 0 expected ## A'])
    expect(brief(check(['*', '## A'], ['## A', '## X']))).toEqual(['unexpected 1 expected -'])
  })

  it('normalises whitespace on both sides', () => {
    expect(check(['##   Goals   and non-goals '], [])).toHaveLength(1)
    expect(matchHeadingPattern(parseHeadingPattern(['##   Goals   and non-goals ']), [{level: 2, text: ' Goals and\n non-goals'}])).toEqual([])
  })

  it('treats every document heading as unexpected for an empty pattern', () => {
    expect(brief(matchHeadingPattern([], [h('# A'), h('## B')]))).toEqual(['unexpected 0 expected -', 'unexpected 1 expected -'])
    expect(matchHeadingPattern([], [])).toEqual([])
  })

  it('is deterministic', () => {
    const pattern = parseHeadingPattern(['# T', '*', '## A', '?', '## B', '+'])
    const headings = ['## A', '# T', '## B', '## A', '### x', '## A'].map(h)
    expect(matchHeadingPattern(pattern, headings)).toEqual(matchHeadingPattern(pattern, headings))
  })
})

describe('large documents', () => {
  // 30 entries: a title, then 29 entries cycling through listed headings and
  // every wildcard.
  const entries = ['# Strategy']
  for (let index = 1; index < 30; index++) {
    entries.push(['*', `## Section ${index}`, '+', `### Part ${index}`, '?'][index % 5])
  }
  const pattern = parseHeadingPattern(entries)

  /** A matching document of exactly `total` headings; the filler includes headings equal to listed ones. */
  function matchingDocument(total: number): PatternHeading[] {
    const fixed = pattern.filter((entry) => entry.kind !== 'any').length
    const stretchy = pattern.filter((entry) => entry.kind === 'any' || entry.kind === 'some').length
    const share = Math.floor((total - fixed) / stretchy)
    let remainder = total - fixed - share * stretchy
    const filler = (index: number): PatternHeading =>
      index % 3 === 0 ? {level: 2, text: `Section ${index % 29}`} : {level: 3, text: `Note ${index}`}
    const document: PatternHeading[] = []
    for (const entry of pattern) {
      if (entry.kind === 'heading') {
        document.push({level: entry.level, text: entry.text})
        continue
      }
      let count = entry.kind === 'one' ? 1 : share + (entry.kind === 'some' ? 1 : 0)
      if (entry.kind !== 'one') {
        count += remainder
        remainder = 0
      }
      for (let index = 0; index < count; index++) document.push(filler(document.length))
    }
    return document
  }

  it('matches a 10,000-heading document against a 30-entry pattern', () => {
    expect(pattern).toHaveLength(30)
    const document = matchingDocument(10_000)
    expect(document).toHaveLength(10_000)
    expect(matchHeadingPattern(pattern, document)).toEqual([])
  })

  it('reports every problem in a 10,000-heading document', () => {
    const document = matchingDocument(10_000)
    const part28 = document.findIndex((heading) => heading.text === 'Part 28')
    document.splice(part28, 1)
    // `Part` headings never occur in the filler, so nothing else can match them.
    const part8 = document.findIndex((heading) => heading.text === 'Part 8')
    document[part8] = {level: 4, text: 'part 8'}
    document.unshift({level: 5, text: 'Stray'})
    expect(matchHeadingPattern(pattern, document)).toEqual([
      {kind: 'unexpected', heading: 0, expected: pattern[0]},
      {kind: 'wrong-level', entry: pattern[8], heading: part8 + 1},
      {kind: 'missing', entry: pattern[28], before: part28 + 1, afterHeading: part28}
    ])
    const nothingMatches = Array.from({length: 10_000}, (_, index) => ({level: 4, text: `Other ${index}`}))
    const all = matchHeadingPattern(parseHeadingPattern(['# A', '## B', '## C']), nothingMatches)
    expect(all).toHaveLength(10_003)
    expect(all.filter((problem) => problem.kind === 'unexpected')).toHaveLength(10_000)
  })

  it('handles a long pattern and a long document without recursion', () => {
    const longPattern = parseHeadingPattern(Array.from({length: 300}, (_, index) => (index % 3 === 0 ? '*' : `## H${index}`)))
    const document = Array.from({length: 20_000}, (_, index) => ({level: 2, text: `H${(index * 7) % 300}`}))
    const problems = matchHeadingPattern(longPattern, document)
    expect(Array.isArray(problems)).toBe(true)
  })
})

describe('properties', () => {
  const texts = ['A', 'B', 'c']
  const listed = fc.tuple(fc.integer({min: 1, max: 2}), fc.constantFrom(...texts)).map(([level, text]) => `${'#'.repeat(level)} ${text}`)
  const entryArb = fc.oneof({weight: 3, arbitrary: listed}, {weight: 1, arbitrary: fc.constantFrom('*', '+', '?')})
  const patternArb = fc.array(entryArb, {minLength: 1, maxLength: 6})
  const headingArb = fc
    .tuple(fc.integer({min: 1, max: 2}), fc.constantFrom(...texts, 'a', 'C', 'x'))
    .map(([level, text]) => ({level, text}))
  const documentArb = fc.array(headingArb, {maxLength: 7})

  function fold(heading: PatternHeading, matchCase: boolean): string {
    return `${heading.level}:${matchCase ? heading.text : heading.text.toLowerCase()}`
  }

  /** Oracle 1: does the document fit the pattern exactly? (a regular expression over one symbol per heading) */
  function fits(pattern: readonly PatternEntry[], headings: readonly PatternHeading[], matchCase: boolean): boolean {
    const symbols = new Map<string, string>()
    const symbol = (key: string): string => {
      let value = symbols.get(key)
      if (value === undefined) {
        value = String.fromCodePoint(0xe000 + symbols.size)
        symbols.set(key, value)
      }
      return value
    }
    const source = pattern
      .map((entry) => {
        if (entry.kind === 'any') return '[^]*'
        if (entry.kind === 'some') return '[^]+'
        if (entry.kind === 'one') return '[^]'
        return symbol(fold(entry, matchCase))
      })
      .join('')
    const subject = headings.map((heading) => symbol(fold(heading, matchCase))).join('')
    return new RegExp(`^(?:${source})$`, 'u').test(subject)
  }

  /** Oracle 2: the fewest problems, straight from the wildcard definitions (exhaustive, memoised). */
  function fewestProblems(pattern: readonly PatternEntry[], headings: readonly PatternHeading[], matchCase: boolean): number {
    const memo = new Map<number, number>()
    const keys = headings.map((heading) => fold(heading, matchCase))
    const textKey = (text: string): string => (matchCase ? text : text.toLowerCase())
    const best = (i: number, j: number): number => {
      const id = i * (headings.length + 1) + j
      const known = memo.get(id)
      if (known !== undefined) return known
      let result = Number.POSITIVE_INFINITY
      // Any heading may be unexpected.
      if (j < headings.length) result = Math.min(result, 1 + best(i, j + 1))
      if (i < pattern.length) {
        const entry = pattern[i]
        if (entry.kind === 'heading') {
          result = Math.min(result, 1 + best(i + 1, j))
          if (j < headings.length && textKey(entry.text) === textKey(headings[j].text)) {
            result = Math.min(result, (keys[j] === fold(entry, matchCase) ? 0 : 1) + best(i + 1, j + 1))
          }
        } else {
          const least = entry.kind === 'any' ? 0 : 1
          const most = entry.kind === 'one' ? 1 : headings.length - j
          if (least > 0) result = Math.min(result, 1 + best(i + 1, j))
          for (let take = least; take <= most && j + take <= headings.length; take++) {
            result = Math.min(result, best(i + 1, j + take))
          }
        }
      } else if (j === headings.length) {
        result = 0
      }
      memo.set(id, result)
      return result
    }
    return best(0, 0)
  }

  /** Sort key: a missing entry comes before the heading it precedes. */
  function position(problem: PatternProblem): number {
    return problem.kind === 'missing' ? problem.before * 2 : problem.heading * 2 + 1
  }

  it('reports nothing exactly when the document fits, and the fewest problems otherwise', () => {
    fc.assert(
      fc.property(patternArb, documentArb, fc.boolean(), (entries, headings, matchCase) => {
        const pattern = parseHeadingPattern(entries)
        const problems = matchHeadingPattern(pattern, headings, {matchCase})
        expect(problems.length === 0).toBe(fits(pattern, headings, matchCase))
        expect(problems).toHaveLength(fewestProblems(pattern, headings, matchCase))
        // Document order, each heading reported at most once, indices in range.
        const positions = problems.map(position)
        expect(positions).toEqual([...positions].sort((a, b) => a - b))
        const reported = problems.flatMap((problem) => (problem.kind === 'missing' ? [] : [problem.heading]))
        expect(new Set(reported).size).toBe(reported.length)
        for (const problem of problems) {
          if (problem.kind === 'missing') {
            expect(problem.before).toBeGreaterThanOrEqual(0)
            expect(problem.before).toBeLessThanOrEqual(headings.length)
            expect(problem.entry.kind).not.toBe('any')
            if (problem.afterHeading !== undefined) {
              expect(problem.afterHeading).toBeLessThan(problem.before)
              const anchor = problem.afterHeading
              expect(problems.some((other) => other.kind === 'unexpected' && other.heading === anchor)).toBe(false)
            }
          } else {
            expect(problem.heading).toBeLessThan(headings.length)
          }
        }
      }),
      {numRuns: 1500}
    )
  })

  it('always accepts a document generated from the pattern', () => {
    const generated = patternArb.chain((entries) => {
      const pattern = parseHeadingPattern(entries)
      const parts = pattern.map((entry) => {
        if (entry.kind === 'heading') {
          // Any case: the default comparison ignores it.
          return fc.constantFrom(entry.text, entry.text.toUpperCase(), entry.text.toLowerCase()).map((text) => [{level: entry.level, text}])
        }
        const least = entry.kind === 'any' ? 0 : 1
        return fc.array(headingArb, {minLength: least, maxLength: entry.kind === 'one' ? 1 : 4})
      })
      return fc.tuple(fc.constant(pattern), fc.tuple(...parts).map((lists) => lists.flat()))
    })
    fc.assert(
      fc.property(generated, ([pattern, headings]) => {
        expect(matchHeadingPattern(pattern, headings)).toEqual([])
      }),
      {numRuns: 1000}
    )
  })

  it('one inserted or deleted heading costs at most one problem', () => {
    const generated = patternArb.chain((entries) => {
      const pattern = parseHeadingPattern(entries)
      const parts = pattern.map((entry) =>
        entry.kind === 'heading'
          ? fc.constant([{level: entry.level, text: entry.text}])
          : fc.array(headingArb, {minLength: entry.kind === 'any' ? 0 : 1, maxLength: entry.kind === 'one' ? 1 : 3})
      )
      return fc.tuple(fc.constant(pattern), fc.tuple(...parts).map((lists) => lists.flat()), fc.nat(), headingArb)
    })
    fc.assert(
      fc.property(generated, ([pattern, headings, at, extra]) => {
        const inserted = [...headings]
        inserted.splice(at % (headings.length + 1), 0, extra)
        expect(matchHeadingPattern(pattern, inserted).length).toBeLessThanOrEqual(1)
        if (headings.length > 0) {
          const deleted = [...headings]
          deleted.splice(at % headings.length, 1)
          expect(matchHeadingPattern(pattern, deleted).length).toBeLessThanOrEqual(1)
        }
      }),
      {numRuns: 1000}
    )
  })
})

describe('the fix text of a missing heading (one builder with strategy-required-sections: sectionInsertion)', () => {
  const options = {types: {rfc: {headings: ['?', '## Summary', '## Drawbacks']}}, type: 'rfc'}
  const fixesOf = async (source: string, given: typeof options = options) =>
    (await lint(source, given)).filter((message) => message.ruleId === 'strategy-heading-pattern').map((message) => message.expected)

  it('before a heading that follows a blank line: the heading and a blank line', async () => {
    expect(await fixesOf('# RFC\n\n## Drawbacks\n\nNone.\n')).toEqual([['## Summary\n\n']])
  })

  it('before a heading right after front matter (no blank line between): a blank line first', async () => {
    const untitled = {types: {rfc: {headings: ['## Summary', '## Drawbacks']}}, type: 'rfc'}
    expect(await fixesOf('---\ntitle: x\n---\n## Drawbacks\n\nNone.\n', untitled)).toEqual([['\n## Summary\n\n']])
  })

  it('at the end of a CRLF file that ends with a blank line: no second blank line, CRLF breaks', async () => {
    expect(await fixesOf('# RFC\r\n\r\n## Summary\r\n\r\nText.\r\n\r\n')).toEqual([['## Drawbacks\r\n']])
    expect(await fixesOf('# RFC\r\n\r\n## Summary\r\n\r\nText.\r\n')).toEqual([['\r\n## Drawbacks\r\n']])
  })

  it('sectionInsertion: a body after a blank line; lead and trail follow what is around the offset', () => {
    expect(sectionInsertion('a\n\n## B\n', '\n', 3, '## A', 'TODO: x')).toBe('## A\n\nTODO: x\n\n')
    expect(sectionInsertion('a\n', '\n', undefined, '## A', 'TODO: x')).toBe('\n## A\n\nTODO: x\n')
    expect(sectionInsertion('a', '\n', undefined, '## A')).toBe('\n\n## A\n')
    expect(sectionInsertion('', '\n', 0, '## A')).toBe('## A\n')
  })

  it('a listed heading that is in the document elsewhere, or in another case under matchCase: one message that says where, and no insertion (it made a second one)', async () => {
    const runbook = {types: {rb: {headings: ['?', '## Overview', '*', '## Escalation', '## Rollback', '*']}}, type: 'rb'}
    const swapped = '# Payments API\n\n## Overview\n\nText.\n\n## Rollback\n\nText.\n\n## Escalation\n\nText.\n'
    const messages = (await lint(swapped, runbook)).filter((message) => message.ruleId === 'strategy-heading-pattern')
    expect(messages.map((message) => [message.reason, message.expected])).toEqual([
      ['Missing heading `## Escalation` after `## Overview`; it is at line 11: move that section here', undefined]
    ])
    const cased = {types: {rfc: {headings: ['?', '## summary', '## Goals'], matchCase: true}}, type: 'rfc'}
    const reasons = (await lint('# RFC 7\n\n## Summary\n\nText.\n\n## Goals\n\nText.\n', cased)).filter((message) => message.ruleId === 'strategy-heading-pattern')
    // Where it belongs, only in another case: one message on it, and the rename as the fix.
    expect(reasons.map((message) => [message.line, message.reason, message.expected])).toEqual([
      [3, 'Heading `## Summary` is written in another case than in the type\'s `headings` list: write it `## summary`', ['## summary']]
    ])
    const last = {types: {rfc: {headings: ['## Summary', '*', '## Drawbacks'], matchCase: true}}, type: 'rfc'}
    const atEnd = (await lint('## Summary\n\nS.\n\n## drawbacks\n\nBad.\n', last)).filter((message) => message.ruleId === 'strategy-heading-pattern')
    expect(atEnd.map((message) => [message.line, message.reason, message.expected])).toEqual([
      [5, 'Heading `## drawbacks` is written in another case than in the type\'s `headings` list: write it `## Drawbacks`', ['## Drawbacks']]
    ])
    // Elsewhere and in another case: where it is, and to move it.
    const away = (await lint('# RFC 7\n\n## Goals\n\nText.\n\n## Summary\n\nText.\n', cased)).filter((message) => message.ruleId === 'strategy-heading-pattern')
    expect(away.map((message) => message.reason)).toContainEqual(expect.stringMatching(/`## Summary` at line 7 is written in another case: write it as listed, and move it here/))
    // A list naming a heading twice does not send the author to the one that matched the first.
    const twice = {types: {rb: {headings: ['?', '## A', '## A']}}, type: 'rb'}
    const again = (await lint('# T\n\n## A\n\nText.\n', twice)).filter((message) => message.ruleId === 'strategy-heading-pattern')
    expect(again.map((message) => message.reason)).toEqual(['Missing heading `## A` after `## A`; add it'])
  })
})

describe('a listed heading written misspelt (a migrating team\'s `## Unresolved Question`)', () => {
  const rfc = {types: {rfc: {headings: ['?', '## Summary', '## Motivation', '*', '## Drawbacks', '## Unresolved questions', '*']}}, type: 'rfc'}
  const patternMessages = async (markdown: string) =>
    (await lint(markdown, rfc)).filter((message) => message.ruleId === 'strategy-heading-pattern').map((message) => [message.line, message.reason, message.expected])

  it('where it stands: one message on it with the rename as the fix, not an empty copy inserted (which then passed)', async () => {
    const doc = '# RFC: X\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n\n## Drawbacks\n\nD.\n\n## Unresolved Question\n\nU.\n'
    expect(await patternMessages(doc)).toEqual([[15, 'Heading `## Unresolved Question` looks like the listed `## Unresolved questions` misspelt; write it as listed', ['## Unresolved questions']]])
    const fixed = await fix(doc, rfc)
    expect(fixed.text).toBe(doc.replace('## Unresolved Question', '## Unresolved questions'))
    expect(fixed.messages).toEqual([])
  })

  it('a rename is enough even where the list\'s wildcards first placed the gap elsewhere; a typo counts too', async () => {
    const doc = '# RFC: X\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n\n## Design\n\nD.\n\n## Drawbacks\n\nD.\n\n## Unresolved questoins\n\nU.\n'
    expect(await patternMessages(doc)).toEqual([[19, 'Heading `## Unresolved questoins` looks like the listed `## Unresolved questions` misspelt; write it as listed', ['## Unresolved questions']]])
  })

  it('where it is out of place: named with the move, and no fix', async () => {
    const doc = '# RFC: X\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n\n## Unresolved Question\n\nU.\n\n## Drawbacks\n\nD.\n'
    const messages = await patternMessages(doc)
    expect(messages).toContainEqual([expect.any(Number), expect.stringMatching(/^Missing heading `## Unresolved questions` after `## Drawbacks`; `## Unresolved Question` at line 11 looks like it misspelt: write it as listed, and move it here$/), undefined])
    expect(messages.filter(([, reason]) => String(reason).includes('Unexpected heading `## Unresolved Question`'))).toEqual([])
  })
})

describe('a type with both lists', () => {
  it('a misspelt heading is said once, by strategy-required-sections, and renamed once', async () => {
    const options = {type: 'memo', types: {memo: {sections: ['Summary', 'Decision'], headings: ['?', '## Summary', '## Decision']}}}
    const doc = '# Memo\n\n## Sumary\n\nWe ship.\n\n## Decision\n\nWe will ship.\n'
    const said = (await lint(doc, options)).filter((message) => /heading-pattern|required-sections/.test(message.ruleId ?? ''))
    expect(said.map((message) => message.ruleId)).toEqual(['strategy-required-sections'])
    expect((await fix(doc, options)).text).toBe(doc.replace('## Sumary', '## Summary'))
  })
})

describe('text in another Unicode form', () => {
  it('a heading written decomposed (NFD, as macOS tools save it) is the listed one written composed', async () => {
    const options = {types: {entwurf: {headings: ['?', '## Übersicht', '## Maßnahmen']}}, type: 'entwurf'}
    const decomposed = '# Plan\n\n## Übersicht\n\nText.\n\n## Maßnahmen\n\nText.\n'.normalize('NFD')
    expect(decomposed).not.toBe(decomposed.normalize('NFC'))
    expect((await lint(decomposed, options)).filter((message) => message.ruleId === 'strategy-heading-pattern')).toEqual([])
  })
})
