import {
  closeBlockFirst,
  coverWith,
  createRule,
  foldedHeadingText,
  headingKey,
  isMisspelling,
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
    const misspelt = writtenMisspelt(pattern.entries, sections, problems, new Set(elsewhere.values()))
    // A listed heading that is in the document in another case or place, or misspelt, gets one message, on its
    // `Missing`: the same heading's `Unexpected` would be a second message for one problem.
    const explained = new Set([...elsewhere.values(), ...misspelt.values()])
    for (const problem of problems) {
      if (problem.kind === 'unexpected' && explained.has(sections[problem.heading])) continue
      const near = misspelt.get(problem)
      if (near) reportMisspelt(context, sections, problem, near, fitsOnceRenamed(pattern, sections, problem, near))
      else report(context, sections, problem, elsewhere.get(problem))
    }
  }
})

/**
 * For each missing listed heading, the document's heading with its text (in any case) that no listed heading took,
 * if there is one: it stands elsewhere (out of order, taken by a `*`) or in another case (`matchCase`). Counted per
 * text, so a list that names `## A` twice does not send the author to the `## A` that matched the first.
 */
function writtenElsewhere(entries: readonly PatternEntry[], sections: readonly Section[], problems: readonly PatternProblem[]): Map<PatternProblem, Section> {
  const key = foldedHeadingText
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

/**
 * For each missing listed heading with no heading of its text, a heading that is its text misspelt (`## Unresolved
 * Question` for `## Unresolved questions`, as headingKey and isMisspelling read near misses for `sections`) and that no
 * listed heading names: the author's own section, which a trailing `*` took. (Its fix inserted an empty copy, and the
 * run then passed with both.) Each heading is given to one missing heading.
 */
function writtenMisspelt(entries: readonly PatternEntry[], sections: readonly Section[], problems: readonly PatternProblem[], claimed: ReadonlySet<Section>): Map<PatternProblem, Section> {
  // (As written, case and spacing aside: a heading written so is `writtenElsewhere`'s.)
  const exact = foldedHeadingText
  const listed = new Set(entries.flatMap((entry) => (entry.kind === 'heading' ? [exact(entry.text)] : [])))
  const taken = new Set(claimed)
  const found = new Map<PatternProblem, Section>()
  for (const problem of problems) {
    if (problem.kind !== 'missing' || problem.entry.kind !== 'heading') continue
    if (sections.some((section) => exact(section.title) === exact((problem.entry as {text: string}).text))) continue
    const wanted = headingKey(problem.entry.text)
    const near = sections.find((section) => {
      if (taken.has(section) || listed.has(exact(section.title))) return false
      const key = headingKey(section.title)
      // The same key (`Unresolved Question`: one word singular) or a typo of it.
      return key === wanted || isMisspelling(key, wanted)
    })
    if (!near) continue
    taken.add(near)
    found.set(problem, near)
  }
  return found
}

/**
 * Whether writing `near` as listed, where it stands, leaves fewer problems: then it only needs the rename (another way of
 * matching the wildcards may have placed the gap elsewhere).
 */
function fitsOnceRenamed(pattern: NonNullable<StrategyDocument['type']>['headingPattern'] & object, sections: readonly Section[], problem: PatternProblem, near: Section): boolean {
  if (problem.kind !== 'missing' || problem.entry.kind !== 'heading') return false
  const {level, text} = problem.entry
  const renamed = sections.map((section) => (section === near ? {level, text} : {level: section.depth, text: section.title}))
  // (Fewer problems in all: renamed where it stands, it may leave another listed heading out of place.)
  const before = matchHeadingPattern(pattern.entries, sections.map((section) => ({level: section.depth, text: section.title})), {matchCase: pattern.matchCase}).length
  return matchHeadingPattern(pattern.entries, renamed, {matchCase: pattern.matchCase}).length < before
}

/** A missing listed heading written misspelt: renamed where it stands when that is enough, else named with the move. */
function reportMisspelt({document, report}: RuleContext<Record<string, never>>, sections: readonly Section[], problem: PatternProblem, near: Section, renameEnough: boolean): void {
  if (problem.kind !== 'missing' || problem.entry.kind !== 'heading') return
  const entry = problem.entry
  const listed = `${'#'.repeat(entry.level)} ${entry.text.trim()}`
  const after = problem.afterHeading === undefined ? undefined : sections[problem.afterHeading]
  const before = sections[problem.before]
  const point = before ? before.start : document.root.end
  const position = near.heading?.position
  if (renameEnough) {
    const start = position?.start.offset
    const end = position?.end.offset
    const source = start === undefined || end === undefined ? undefined : document.source.slice(start, end)
    const atx = source !== undefined && /^#{1,6}[ \t]/.test(source)
    const said = report(`Heading \`${written(near)}\` looks like the listed \`${listed}\` misspelt; write it as listed`, atx ? {place: position, expected: [listed], actual: source} : {place: position})
    // (With `sections` beside the list, strategy-required-sections says the same of the same heading, from its text.)
    const marks = source === undefined ? '' : (/^#{1,6}[ \t]+/.exec(source)?.[0] ?? '')
    if (position && (document.type?.sections.length ?? 0) > 0) coverWith(said, {ruleId: 'strategy-required-sections', line: position.start.line, column: position.start.column + marks.length})
    return
  }
  const where = after ? `after \`${written(after)}\`` : before ? `before \`${written(before)}\`` : 'at the end'
  report(`Missing heading \`${entry.raw.trim()}\` ${where}; \`${written(near)}\` at line ${near.start.line} looks like it misspelt: write it as listed, and move it here`, {place: point})
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
  // A type that keeps its `sections` beside the list while it migrates, with a required section of this name that the
  // document lacks: strategy-required-sections says it is missing, and inserts it where the sections put it. Said here
  // too, with a fix of its own at the list's place, the two fixes made two copies.
  const key = headingKey(problem.entry.text)
  const spec = document.type?.sections.find((candidate) => candidate.required && [candidate.heading, ...candidate.aliases].some((name) => headingKey(name) === key))
  if (spec && !document.firstMatch.has(spec)) return
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
  const said = !source || !marks ? report(message, {place: position}) : report(message, {place: position, expected: ['#'.repeat(entry.level) + source.slice(marks[0].length)], actual: source})
  // A type that keeps its `sections` beside the list while it migrates: strategy-required-sections says the same of
  // the same heading (`make it \`## Motivation\``), and one problem gets one message.
  if (position && (document.type?.sections.length ?? 0) > 0) coverWith(said, {ruleId: 'strategy-required-sections', line: position.start.line, column: position.start.column})
}

/** `## drawbacks` where the type lists `## Drawbacks` (`matchCase`): one message on it, with the rename as the fix. */
function reportOtherCase(document: StrategyDocument, report: RuleContext<Record<string, never>>['report'], section: Section, entry: Extract<PatternEntry, {kind: 'heading'}>): void {
  const listed = `${'#'.repeat(entry.level)} ${entry.text.trim()}`
  const message = `Heading \`${written(section)}\` is written in another case than in the type's \`headings\` list: write it \`${listed}\``
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

