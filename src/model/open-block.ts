/**
 * A block the document's text ends inside: a fenced code block with no closing fence, or an HTML block (`<!--`,
 * `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!X`, `<![CDATA[`) whose end marker never comes. CommonMark
 * runs such a block to the end of the document, so a section a fix appended there would be code or HTML, not a heading:
 * the linter would report it missing again, and each `--fix` pass would append another copy (ten, before the passes
 * ran out). So a section that goes at the end of such a document gets no fix; its message says to close the block.
 * (Closing it in the fix would be mechanical for one section, but several missing sections at one place are several
 * fixes, each of which would write the closer, and the second closer opens a new block.) Only the root's last block
 * can be open at the end: inside a list item or a block quote, the unindented heading line a fix writes ends the
 * container and the block with it.
 */
import type {Root, RootContent} from 'mdast'

export interface OpenBlock {
  /** What the block is, for the message: `code block`, `HTML comment`, `<pre> block`. */
  kind: string
  /** The line the block opens on. */
  line: number
  /** Where the block ends in the source: the end of the document. */
  end: number
  /** The line that closes it (```` ``` ````, `-->`, `</pre>`). */
  closer: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** CommonMark's HTML block starts whose end is a marker (kinds 1 to 5); kinds 6 and 7 end at a blank line. */
const HTML_KINDS: ReadonlyArray<{start: RegExp; closed: RegExp; closer: (opening: RegExpExecArray) => string; kind: (opening: RegExpExecArray) => string}> = [
  {
    start: /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i,
    closed: /<\/(?:pre|script|style|textarea)>/i,
    closer: (opening) => `</${opening[1].toLowerCase()}>`,
    kind: (opening) => `<${opening[1].toLowerCase()}> block`
  },
  {start: /^ {0,3}<!--/, closed: /-->/, closer: () => '-->', kind: () => 'HTML comment'},
  {start: /^ {0,3}<\?/, closed: /\?>/, closer: () => '?>', kind: () => 'processing instruction'},
  {start: /^ {0,3}<!\[CDATA\[/, closed: /\]\]>/, closer: () => ']]>', kind: () => 'CDATA section'},
  {start: /^ {0,3}<![A-Za-z]/, closed: />/, closer: () => '>', kind: () => 'HTML declaration'}
]

/** What a message about a section that goes at the end adds when the document ends inside `block`. */
export function closeBlockFirst(block: OpenBlock): string {
  const closer = block.closer.includes('`') ? `\`\` ${block.closer} \`\`` : `\`${block.closer}\``
  return `; but first close the ${block.kind} opened at line ${block.line} with a ${closer} line: the document ends inside it, so a heading added after it would be part of it`
}

/** The block the document ends inside, if any. */
export function openBlockAtEnd(tree: Root, source: string): OpenBlock | undefined {
  const last: RootContent | undefined = tree.children[tree.children.length - 1]
  const start = last?.position?.start.offset
  const end = last?.position?.end.offset
  if (!last || start === undefined || end === undefined || source.slice(end).trim() !== '') return undefined
  const text = source.slice(start, end)
  const line = last.position!.start.line
  if (last.type === 'code') return openFence(text, line, source.length)
  if (last.type === 'html') return openHtml(text, line, source.length)
  return undefined
}

function openFence(text: string, line: number, end: number): OpenBlock | undefined {
  const opening = FENCE.exec(text)
  if (!opening) return undefined
  const fence = opening[1]
  // (Any line ending, a lone CR too: a classic Mac file's closed fence was read as one line, so as never closed.)
  const lines = text.split(/\r\n?|\n/)
  const lastLine = lines[lines.length - 1]
  const closing = /^ {0,3}(`+|~+)[ \t]*$/.exec(lastLine)
  const closed = lines.length > 1 && closing !== null && closing[1][0] === fence[0] && closing[1].length >= fence.length
  return closed ? undefined : {kind: 'code block', line, end, closer: fence}
}

function openHtml(text: string, line: number, end: number): OpenBlock | undefined {
  for (const html of HTML_KINDS) {
    const opening = html.start.exec(text)
    if (!opening) continue
    // The end marker may stand on the opening line itself, after the opening (`<!-- note -->`).
    return html.closed.test(text.slice(opening[0].length)) ? undefined : {kind: html.kind(opening), line, end, closer: html.closer(opening)}
  }
  return undefined
}
