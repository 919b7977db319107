/**
 * The "ignore here" code action: `<!-- lint ignore <rule> -->` above the top-level block a diagnostic is in, the
 * comment remark-lint's message control reads (README). For a finding the author judges wrong (the language rules
 * read real prose, and are not always right about it: docs/phrases.md), it dismisses that one finding where it
 * stands, visibly in the text, instead of turning the rule off. Offered for findings without a mechanical
 * fix: a near-miss heading or a missing section has its fix instead.
 *
 * `lint ignore` applies to the node after the comment, among its siblings: the comment goes above the block of the
 * document's top level that holds the message (a paragraph, a whole list, a heading, a table). A block that already
 * has a `lint ignore` comment right above it gets the rule added to that comment: a second comment would become the
 * first one's "next node", and the first would then ignore nothing.
 *
 * The worker records where the blocks start while the document is checked (`rememberBlocks`, one look at the root's
 * children: no second parse or walk) and puts the place for each diagnostic in its `data`; the server builds the
 * edit from it (src/server/lsp.ts).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A `lint ignore` comment right above a block: its range (0-based lines and characters) and the rules it names. */
export interface IgnoreComment {
  start: {line: number; character: number}
  end: {line: number; character: number}
  rules: string[]
}

/** Where an "ignore here" edit goes: the 0-based line of the block's start, what the block is, and its comment if any. */
export interface IgnorePlace {
  line: number
  block: string
  comment?: IgnoreComment
  /** The document is MDX: its comments are `{/* lint ignore ... *\/}`; an HTML comment there is a syntax error. */
  mdx?: true
}

interface Block {
  offset: number
  /** Where the block ends: a message after it (a missing section at the end of the text) is in no block. */
  end: number
  place: IgnorePlace
}

declare module 'vfile' {
  interface DataMap {
    /** The document's top-level blocks (src/server/ignore-comment.ts), recorded for the language server's ignore action. */
    strategyBlocks: Block[]
  }
}

/** `<!-- lint ignore a b -->`: the rule ids; the marker as mdast-comment-marker reads it, for this one keyword. */
const IGNORE_COMMENT = /^<!--[ \t]*lint[ \t]+ignore((?:[ \t]+[\w-]+)+)[ \t]*-->$/

/** `{/* lint ignore a b *\/}`, MDX's form of the same comment (an expression node's value, braces left out). */
const MDX_IGNORE_COMMENT = /^\/\*[ \t]*lint[ \t]+ignore((?:[ \t]+[\w-]+)+)[ \t]*\*\/$/

/** Blocks the comment must not go above: front matter is no block of the text. */
const NOT_IGNORABLE = new Set(['yaml', 'toml'])

/** A unified plugin: records the root's blocks on the file as the document is checked. */
export function rememberBlocks(this: unknown) {
  const processor = this
  return (tree: Root, file: VFile) => {
    const blocks: Block[] = []
    let previous: Root['children'][number] | undefined
    const mdx = parsesMdx(processor) ? true : undefined
    for (const node of tree.children) {
      const start = node.position?.start
      const end = node.position?.end.offset
      if (start?.offset === undefined || end === undefined) continue
      const place: IgnorePlace = mdx ? {line: start.line - 1, block: node.type, mdx} : {line: start.line - 1, block: node.type}
      // (Blank lines between do not matter: the comment applies to its next sibling.)
      const value = previous && 'value' in previous && typeof previous.value === 'string' ? previous.value.trim() : ''
      const marker = previous?.type === 'html' ? IGNORE_COMMENT.exec(value) : (previous?.type as string) === 'mdxFlowExpression' ? MDX_IGNORE_COMMENT.exec(value) : null
      if (marker && previous?.position) {
        place.comment = {
          start: {line: previous.position.start.line - 1, character: previous.position.start.column - 1},
          end: {line: previous.position.end.line - 1, character: previous.position.end.column - 1},
          rules: marker[1].trim().split(/[ \t]+/)
        }
      }
      blocks.push({offset: start.offset, end, place})
      previous = node
    }
    file.data.strategyBlocks = blocks
  }
}

/**
 * Whether the processor reads MDX (remark-mdx is configured): its parser makes MDX expressions. The ignore action wrote
 * an HTML comment there, which MDX cannot parse: one click made a file of ten findings one that was not linted at all.
 * Asked of the parser, not of the file: an `.mdx` file read as Markdown takes HTML comments, and a `.md` file read
 * with remark-mdx does not.
 */
export function parsesMdx(processor: unknown): boolean {
  const data = (processor as {data?: (key: string) => unknown} | undefined)?.data
  const extensions = typeof data === 'function' ? data.call(processor, 'fromMarkdownExtensions') : undefined
  return Array.isArray(extensions) && extensions.flat(Infinity).some((extension) => typeof extension === 'object' && extension !== null && 'mdxFlowExpression' in ((extension as {enter?: object}).enter ?? {}))
}

/** Where to ignore `message`, for a rule's message inside a block that can take the comment; undefined otherwise. */
export function ignorePlace(message: VFileMessage, blocks: readonly Block[] | undefined): IgnorePlace | undefined {
  // Only remark-lint's rules answer to `lint` comments (their source is `remark-lint`, their rule id the comment's).
  if (!blocks || blocks.length === 0 || message.source !== 'remark-lint' || !message.ruleId) return undefined
  const place = message.place
  const offset = place ? ('start' in place ? place.start.offset : place.offset) : undefined
  if (offset === undefined) return undefined
  // The last block that starts at or before the message (blocks are in document order).
  let low = 0
  let high = blocks.length - 1
  if (blocks[0].offset > offset) return undefined
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle].offset <= offset) low = middle
    else high = middle - 1
  }
  const block = blocks[low]
  // unified-message-control ignores what starts inside the node, before its end.
  if (offset >= block.end || NOT_IGNORABLE.has(block.place.block)) return undefined
  return block.place
}

/** How the action's title names the block. */
export function blockName(block: string): string {
  const names: Record<string, string> = {paragraph: 'paragraph', list: 'list', heading: 'heading', table: 'table', blockquote: 'quote', code: 'code block'}
  return names[block] ?? 'block'
}
