import {
  closeBlockFirst,
  createRule,
  matchHeadingPattern,
  type PatternEntry,
  type PatternProblem,
  sectionInsertion,
  type RuleContext,
  type Section,
  type StrategyDocument
} from '../src/rule.js'

/**
 * markdownlint MD043's `headings` list (`*`, `+`, `?` wildcards), matched
 * with backtracking so no valid document is rejected, and with every
 * mismatch reported instead of the first.
 */
export default createRule({
  id: 'strategy-heading-pattern',
  severity: 'error',
  description: 'Every heading follows the type\'s MD043-style `headings` list (`*`, `+`, `?` wildcards), checked in full.',
  scope: 'document',
  draft: 'lenient',
  ended: 'skip',
  check(context) {
    const pattern = context.document.type?.headingPattern
    if (!pattern) return
    const {sections} = context.document
    const headings = sections.map((section) => ({level: section.depth, text: section.title}))
    const problems = matchHeadingPattern(pattern.entries, headings, {matchCase: pattern.matchCase})
    const elsewhere = writtenElsewhere(pattern.entries, sections, problems)
    // A listed heading that is in the document in another case or place gets one message, on its `Missing`: the same
    // heading's `Unexpected` would be a second message for one problem.
    const explained = new Set(elsewhere.values())
    for (const problem of problems) {
      if (problem.kind === 'unexpected' && explained.has(sections[problem.heading])) continue
      report(context, sections, problem, elsewhere.get(problem))
    }
  }
})

/**
 * For each missing listed heading, the document's heading with its text (in any case) that no listed heading took,
 * if there is one: it stands elsewhere (out of order, taken by a `*`) or in another case (`matchCase`). Counted per
 * text, so a list that names `## A` twice does not send the author to the `## A` that matched the first.
 */
function writtenElsewhere(entries: readonly PatternEntry[], sections: readonly Section[], problems: readonly PatternProblem[]): Map<PatternProblem, Section> {
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
  const listed = new Map<string, number>()
  for (const entry of entries) if (entry.kind === 'heading') listed.set(key(entry.text), (listed.get(key(entry.text)) ?? 0) + 1)
  const missing = new Map<string, number>()
  for (const problem of problems) {
    if (problem.kind === 'missing' && problem.entry.kind === 'heading') missing.set(key(problem.entry.text), (missing.get(key(problem.entry.text)) ?? 0) + 1)
  }
  const unexpected = new Set(problems.flatMap((problem) => (problem.kind === 'unexpected' ? [problem.heading] : [])))
  const found = new Map<PatternProblem, Section>()
  for (const problem of problems) {
    if (problem.kind !== 'missing' || problem.entry.kind !== 'heading') continue
    const wanted = key(problem.entry.text)
    const sameText = sections.map((section, index) => ({section, index})).filter(({section}) => key(section.title) === wanted)
    const taken = (listed.get(wanted) ?? 0) - (missing.get(wanted) ?? 0)
    if (sameText.length <= taken) continue
    found.set(problem, (sameText.find(({index}) => unexpected.has(index)) ?? sameText[sameText.length - 1]).section)
  }
  return found
}

function report({document, report}: RuleContext<Record<string, never>>, sections: readonly Section[], problem: PatternProblem, elsewhere: Section | undefined): void {
  if (problem.kind === 'unexpected') {
    const section = sections[problem.heading]
    const reason = problem.expected
      ? `Unexpected heading \`${written(section)}\`; the type's \`headings\` expect ${describe(problem.expected)} here: rename or remove it, or allow it with \`*\``
      : `Unexpected heading \`${written(section)}\` after the last listed heading; remove it, or allow it with \`*\` at the end of the type's \`headings\``
    report(reason, {place: section.heading?.position})
    return
  }
  if (problem.kind === 'wrong-level') {
    const section = sections[problem.heading]
    const entry = problem.entry as Extract<PatternEntry, {kind: 'heading'}>
    reportWrongLevel(document, report, section, entry)
    return
  }
  const after = problem.afterHeading === undefined ? undefined : sections[problem.afterHeading]
  const before = sections[problem.before]
  const where = after ? `after \`${written(after)}\`` : before ? `before \`${written(before)}\`` : 'at the end'
  const point = before ? before.start : document.root.end
  if (problem.entry.kind !== 'heading') {
    report(`Missing ${describe(problem.entry)} ${where}; the type's \`headings\` asks for ${problem.entry.kind === 'one' ? 'exactly one heading' : 'at least one heading'} there`, {
      place: point
    })
    return
  }
  // The heading is in the document, elsewhere or in another case (`matchCase`): inserting it would make a second one
  // (a fixed runbook had two `## Escalation` headings and passed). Say where it is, and leave the move to the author.
  if (elsewhere) {
    const same = elsewhere.title.trim() === problem.entry.text.trim()
    // In another case where it belongs (right before the place, or at it): the heading is there, only its case is not.
    if (!same && (elsewhere === after || elsewhere.start.offset === point.offset)) {
      reportOtherCase(document, report, elsewhere, problem.entry)
      return
    }
    const line = elsewhere.start.line
    report(
      `Missing heading \`${problem.entry.raw.trim()}\` ${where}; ${same ? `it is at line ${line}: move that section here` : `\`${written(elsewhere)}\` at line ${line} is written in another case: write it as listed${elsewhere.start.offset === point.offset ? '' : ', and move it here'}`}`,
      {place: point}
    )
    return
  }
  const open = document.openBlockAt(point.offset)
  report(`Missing heading \`${problem.entry.raw.trim()}\` ${where}; add it${open ? closeBlockFirst(open) : ''}`, {
    place: point,
    expected: open ? undefined : [sectionInsertion(document.source, document.eol, point.offset, document.headingLine(problem.entry.level, problem.entry.text))]
  })
}

function reportWrongLevel(
  document: StrategyDocument,
  report: RuleContext<Record<string, never>>['report'],
  section: Section,
  entry: Extract<PatternEntry, {kind: 'heading'}>
): void {
  const message = `Heading \`${written(section)}\` is level ${section.depth}; the type expects \`${'#'.repeat(entry.level)} ${section.title.trim()}\` (level ${entry.level})`
  const position = section.heading?.position
  const start = position?.start.offset
  const end = position?.end.offset
  const source = start === undefined || end === undefined ? undefined : document.source.slice(start, end)
  // Only an ATX heading (`## Goals`) can be fixed by changing its marks; a setext one needs rewriting.
  const marks = source === undefined ? undefined : /^#{1,6}(?=[ \t]|$)/.exec(source)
  if (!source || !marks) {
    report(message, {place: position})
    return
  }
  report(message, {place: position, expected: ['#'.repeat(entry.level) + source.slice(marks[0].length)], actual: source})
}

/** `## drawbacks` where the type lists `## Drawbacks` (`matchCase`): one message on it, with the rename as the fix. */
function reportOtherCase(document: StrategyDocument, report: RuleContext<Record<string, never>>['report'], section: Section, entry: Extract<PatternEntry, {kind: 'heading'}>): void {
  const listed = `${'#'.repeat(entry.level)} ${entry.text.trim()}`
  const message = `Heading \`${written(section)}\` is written in another case than the type's \`headings\` list it: write it \`${listed}\``
  const position = section.heading?.position
  const start = position?.start.offset
  const end = position?.end.offset
  const source = start === undefined || end === undefined ? undefined : document.source.slice(start, end)
  // Only an ATX heading of the listed level, its text as written apart from case, is fixed by rewriting its line.
  const atx = source === undefined ? undefined : /^(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(source)
  const fixable = atx !== null && atx !== undefined && atx[1].length === entry.level && atx[2].toLowerCase() === entry.text.trim().toLowerCase()
  report(message, fixable ? {place: position, expected: [listed], actual: source} : {place: position})
}

/** A heading as the type's list would write it. */
function written(section: Section): string {
  return `${'#'.repeat(section.depth)} ${section.title.trim()}`
}

function describe(entry: PatternEntry): string {
  if (entry.kind === 'heading') return `\`${entry.raw.trim()}\``
  if (entry.kind === 'one') return 'one heading (`?`)'
  if (entry.kind === 'some') return 'one or more headings (`+`)'
  return 'any headings (`*`)'
}

