import {codeAlternatives, createRule, type FrontMatter, ENDED, fieldText, findType, keyText, lineOfKey, NEEDS_SUCCESSOR, nearestTypes, successorResolves, type Report, type StrategyDocument} from '../src/rule.js'

/** Problems that stop the linter from knowing what a document is. */
export default createRule({
  id: 'strategy-document-type',
  severity: 'error',
  description: 'The declared document type is a known type, the front matter is valid YAML, and a superseded or retired document links the document that replaces it.',
  scope: 'document',
  // The type's problems are the authors' to fix at once, draft or not; an ended document still names its successor.
  draft: 'strict',
  ended: 'run',
  untyped: true,
  check({document, report}) {
    const {frontMatter, unknownType} = document
    // (On a file no type applies to, the linter checks nothing, front matter included.)
    if (document.type && frontMatter?.displacedTo !== undefined) reportDisplaced(frontMatter, frontMatter.displacedTo, report)
    if (unknownType !== undefined) {
      const known = document.types.map((type) => `\`${type.id}\``).join(', ')
      const near = nearestTypes(document.types, unknownType).map((type) => type.id)
      const key = frontMatter?.declaredKey ?? 'type'
      const meant = near.length > 0 ? ` (did you mean ${codeAlternatives(near)}?)` : ''
      report(
        `Unknown document type \`${unknownType}\`${meant}; use one of ${known}, or remove \`${keyText(frontMatter, key)}\` to let the linter detect the type`,
        {place: frontMatter?.node.position ?? document.tree.position?.start}
      )
    }
    const miscased = frontMatter?.miscasedKey
    // (Read, but under a key in other case whose value names a type, or nearly: `Type: docs` is a site generator's, left alone.)
    const named = miscased ? (findType(document.types, miscased.value) ? [miscased.value] : nearestTypes(document.types, miscased.value).map((type) => type.id)) : []
    if (miscased && named.length > 0) {
      const rest = document.type ? 'the rest of the document is still checked' : 'until then no type is known, so no other rule checks the file'
      const write = named.map((id) => (miscased.toml ? `\`${miscased.key} = "${id}"\`` : `\`${miscased.key}: ${id}\``)).join(' or ')
      report(`Front matter key \`${miscased.written}\` declares no type: keys are case-sensitive; write ${write} (${rest})`, {
        place: lineOfKey(document, miscased.written) ?? frontMatter?.node.position
      })
    }
    const error = frontMatter?.error
    if (error && (document.type || frontMatter.declaredType !== undefined || error.declared)) {
      const place = error.line ? {line: error.line, column: 1} : frontMatter.node.position
      const language = (frontMatter.node.type as string) === 'toml' ? 'TOML' : 'YAML'
      const field = language === 'TOML' ? '`type = "..."`' : '`type:`'
      const rest = document.type ? 'the rest of the document is still checked' : 'until then no type is known, so no other rule checks the file'
      report(`Front matter cannot be read (${error.reason}); fix the ${language} so its fields, such as ${field}, can be read (${rest})`, {place})
    }
    if (document.tiedTypes && document.type) {
      const chosen = document.type.id
      const others = document.tiedTypes.filter((id) => id !== chosen)
      report(
        `The globs of ${document.tiedTypes.length} types take this file (${document.tiedTypes.map((id) => `\`${id}\``).join(', ')}) and its headings fit ${others.length === 1 ? 'both' : 'each'} alike, so it was checked as \`${chosen}\`, the first in the configuration; declare \`type: ${chosen}\` (or another) in its front matter, or narrow the globs so that one type takes it`,
        {place: document.tree.position?.start}
      )
    }
    checkSuccessor(document, report)
    checkUnknownStatus(document, report)
  }
})

/**
 * Front matter after blank lines: this linter reads it (src/model/front-matter.ts `displacedFrontMatter`), but Markdown
 * does not, so GitHub shows it as a rule and a heading and other tools miss its fields. The fix deletes the blank lines.
 */
function reportDisplaced(frontMatter: FrontMatter, line: number, report: (reason: string, report: Report) => unknown): void {
  const blank = line - 1
  const fence = (frontMatter.node.type as string) === 'toml' ? '+++' : '---'
  const lines = blank === 1 ? 'a blank line' : `${blank} blank lines`
  report(
    `Front matter starts on line ${line}, after ${lines}: Markdown reads front matter only on line 1, so GitHub shows it as text and other tools miss its fields; delete ${blank === 1 ? 'the blank line' : 'the blank lines'} before \`${fence}\``,
    {place: {start: {line: 1, column: 1}, end: {line, column: 1}}, expected: [''], actual: '\n'.repeat(blank)}
  )
}

/** The statuses a written word can mean, as the message lists them. */
const KINDS = 'draft, proposed, accepted, superseded, deprecated, retired or rejected'

/**
 * A status written in words the linter does not know (`status: On hold`): the document is checked as if it had none,
 * as in force, so say so, once, where it is written, with the words it knows and how the type can map this one. A
 * warning: the same document was checked this way, silently, before.
 */
function checkUnknownStatus(document: StrategyDocument, report: (reason: string, report: Report) => unknown): void {
  const unknown = document.unknownStatus()
  if (!document.type || !unknown) return
  const said =
    unknown.source === 'front matter'
      ? `\`${fieldText(document.frontMatter, 'status', unknown.written)}\``
      : unknown.source === 'status section'
        ? `\`${unknown.written}\` (in the Status section)`
        : `\`Status: ${unknown.written}\``
  const written = unknown.written.toLowerCase().replace(/\s+/g, ' ')
  const kind = likelyKind(written)
  const mapping = `\`{"types": {"${document.type.id}": {"status": {"words": {${JSON.stringify(written)}: "${kind ?? '<status>'}"}}}}}\``
  report(
    `The status ${said} is not one the linter knows, so the document is checked as in force, as if it had no status; use ${KINDS} (or a word docs/status.md maps to one, such as \`WIP\` or \`withdrawn\`), or map this word in the type's \`status\` option: ${mapping}${kind ? '' : `, with \`<status>\` one of ${KINDS}`}`,
    {place: unknown.place, warning: true}
  )
}

/**
 * The status a word the linter does not know most likely means, for the mapping the message proposes; undefined when
 * no cue says. (It proposed `accepted` for every word: pasted, `Cancelled` and `Won't do` made a dropped decision one
 * in force.) `deferred` as docs/status.md maps it; `parked`, as `on hold`, proposed.
 */
function likelyKind(word: string): string | undefined {
  if (/\bnot (?:yet )?(?:implemented|started|done|built)\b/.test(word)) return 'proposed'
  // (`Unapproved`, `Undecided`, `Unreleased`: not yet, rather than given up.)
  if (/\bun(?!der\b)[a-z]+(?:ed|ished)\b/.test(word)) return 'proposed'
  if (/\b(?:not|no longer|won'?t|wont|never)\b|cancel|drop|declin|reject|abandon|withdr|defer|scrap|shelv|kill|discard|obsolete|sunset|dead/.test(word)) return 'rejected'
  if (/park|hold|paus|backlog|pending|wait|block|review|discuss|consider|propos|idea|open|rfc/.test(word)) return 'proposed'
  if (/draft|wip|progress|writing|started|sketch|prelim|tentative|exploratory/.test(word)) return 'draft'
  if (/complet|done|live|ship|releas|finish|adopt|agreed|ratif|decided|approv|accept|implement|ready|in force|in effect|effective|current/.test(word)) return 'accepted'
  return undefined
}

/**
 * A superseded or retired document is not checked (src/model/status.ts), except
 * that it names the document that replaces it, with a link that leads there;
 * any ended document's successor link must resolve.
 */
function checkSuccessor(document: StrategyDocument, report: (reason: string, report: Report) => unknown): void {
  const status = document.status()
  if (!document.type || !status || !ENDED.has(status.kind) || document.type.status.ended !== 'successor') return
  const {successor} = status
  const said = status.source === 'front matter' ? `\`${fieldText(document.frontMatter, 'status', status.written)}\`` : `\`${status.written}\``
  if (!successor || !successor.link) {
    if (!NEEDS_SUCCESSOR.has(status.kind)) return
    const named = successor ? `and names its successor \`${successor.target}\` without a link` : 'but names no successor'
    report(
      `This document is ${status.kind} (${said}) ${named}; link the document that replaces it, as in \`Superseded by [ADR-0012](0012-use-postgres.md)\` or front matter \`${fieldText(document.frontMatter, 'superseded-by', '../2027/strategy.md')}\`, so readers find what holds now`,
      {place: successor?.place ?? status.place}
    )
    return
  }
  const resolved = successorResolves(document, successor)
  if (resolved.resolves) return
  const where =
    resolved.why === 'itself'
      ? 'leads back to this document itself'
      : resolved.why !== undefined
        ? `leads ${resolved.why} (\`${resolved.file}\`), so it was not looked up`
        : `leads nowhere: there is no \`${resolved.file}\``
  report(
    `The successor link \`${successor.target}\` of this ${status.kind} document ${where}; point it at the document that replaces this one (a path relative to this file, or a URL)`,
    {place: successor.place ?? status.place}
  )
}
