/**
 * Control comments (`<!-- lint disable rule-id -->`): applied with
 * unified-message-control and mdast-comment-marker, as remark-message-control
 * applies them, with three additions:
 *
 * - a comment that names a rule id no attached rule has is reported
 *   (unified-message-control's `known` option; remark-lint itself passes no
 *   list), reworded to name the comment and the closest known id, with the
 *   comment as it should read as the fix;
 * - a `lint` comment whose keyword is not `enable`, `disable` or `ignore`
 *   (`<!-- lint disable-next-line x -->`, written as ESLint has it) is left
 *   out instead of the exception unified-message-control throws, which
 *   stopped the whole run, and in a typed file reported on its line with the
 *   keyword that does it;
 * - in a typed file, a comment of another tool's form that names one of this
 *   plugin's rules (`<!-- markdownlint-disable strategy-vague-goal -->`,
 *   `<!-- strategy-lint-disable ... -->`) is reported: it suppresses nothing.
 */
import type {Nodes, Root} from 'mdast'
import {commentMarker, type Marker} from 'mdast-comment-marker'
import type {Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {DOCS_URL} from '../util.js'
import {dropCoveredMessages, dropsCoveredMessages} from './covered.js'
import {getDocument, modelSettingsOf} from './document.js'
export {closestId} from '../util.js'
import {closestId} from '../util.js'

const CONTROL_SOURCE = 'unified-message-control'
const ORIGIN = /^remark-lint:(.+)$/

/**
 * The ids of every remark-lint rule attached to `processor`, this package's
 * and any other plugin's or preset's (unified-lint-rule names each plugin
 * `remark-lint:<id>`), so a comment for another plugin's rule is not unknown.
 */
function knownRuleIds(processor: Processor): string[] {
  const ids = new Set<string>()
  for (const [plugin] of processor.attachers) {
    const match = ORIGIN.exec(typeof plugin === 'function' ? plugin.name : '')
    if (match) ids.add(match[1])
  }
  return [...ids].sort()
}

/**
 * The plugin's comment control, in place of `remark-lint` (which the plugin
 * used to attach as well): remark-lint attaches remark-message-control the
 * same way, and the two walked the whole tree twice each on every check
 * (about 6 ms of a 60 ms language-server check on a 2,000-line document).
 * This attacher runs when the processor is frozen, after every plugin of the
 * configuration has been attached, and appends `strategyCommentControl`, so
 * it runs after every rule, this plugin's and others'. A configuration that
 * lists remark-lint (or a preset) still gets remark-lint's own pass as well.
 */
export function deferredCommentControl(this: Processor) {
  this.use(strategyCommentControl)
}

/** Nodes that may hold a control comment, as remark-message-control tests them (HTML, and MDX's comments). */
const COMMENT_NODES = ['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression']

/** The keywords of a `lint` comment. */
const KEYWORDS = new Set(['enable', 'disable', 'ignore'])

/** Keywords of other tools' comments, and the `lint` keyword that does what each means. */
const KEYWORD_FOR: ReadonlyArray<[RegExp, string]> = [
  [/next-?line|next|line|once|skip/, 'ignore'],
  [/disable|off|suppress/, 'disable'],
  [/enable|on/, 'enable'],
  [/ignore/, 'ignore']
]

/** The names of other tools' control comments: `markdownlint-disable`, `strategy-lint-disable-next-line`, `eslint-disable`, `lint-ignore`. */
const LOOKALIKE_NAME = /^(?:[a-z]+-)*lint(?:-(?:disable|enable|ignore)(?:-[a-z]+)*)?$|^(?:[a-z]+-)?(?:disable|enable|ignore)(?:-[a-z]+)*$/i

/**
 * The longest comment read as a control comment: a `lint` comment with every rule of this linter named is under 600
 * characters. A longer one is text commented out; mdast-comment-marker's patterns take quadratic time on some long
 * comments (1.5-2 s on 55 KB of spaces or `=` signs), so it is not handed one.
 */
const CONTROL_COMMENT_MAX = 4_096

function longerThanAControlComment(node: unknown): boolean {
  const value = (node as {value?: unknown}).value
  return typeof value === 'string' && value.length > CONTROL_COMMENT_MAX
}

/** A comment that does not do what it looks meant to do. */
interface MisformedComment {
  node: Nodes
  /** What the comment is, for the message: `` `disable-next-line` is no keyword of a `lint` comment ``. */
  what: string
  /** The comment as it should read, when replacing it is mechanical (rule ids of this linter's only are named). */
  corrected: string | undefined
  /** The comment to write beside it, when it also speaks to its own tool (`<!-- markdownlint-disable MD013 strategy-x -->`): no fix. */
  suggested?: string
}

/**
 * A plugin that applies `lint` comments with the known rule ids and reports
 * the others (for untyped files, with no list of known ids, exactly as
 * remark-lint applies them).
 */
export function strategyCommentControl(this: Processor) {
  const processor = this
  dropsCoveredMessages(processor)
  return function (tree: Root, file: VFile) {
    // Untyped files (READMEs, notes) are not this linter's to judge: their comments apply as remark-lint applies them.
    const typed = getDocument(tree, file, modelSettingsOf(processor)).type !== undefined
    const known = typed ? knownRuleIds(processor) : undefined
    const misformed: MisformedComment[] = []
    const marker = (node: unknown): Marker | undefined => {
      if (longerThanAControlComment(node)) return undefined
      const mark = commentMarker(node) ?? valeMarker(node)
      if (!mark) return undefined
      const problem = misformedComment(mark, typed, known)
      if (problem) {
        misformed.push(problem)
        // (unified-message-control throws on an unknown keyword: the comment is left out, and reported below.)
        return mark.name === 'lint' ? undefined : mark
      }
      return mark
    }
    const before = new Set(file.messages)
    // `enable: known`: unified-message-control 5 judges a message of a rule no comment names by the state the last
    // bare `<!-- lint disable -->` left, wherever that comment is, so one at the end of a page hid every finding above
    // it. Every rule listed as enabled at the start, the comment applies from where it is, as documented.
    messageControl(tree, {file, marker, name: 'lint', source: 'remark-lint', known, enable: known, test: COMMENT_NODES})
    for (const message of file.messages) {
      if (before.has(message) || message.source !== CONTROL_SOURCE || message.ruleId !== 'known') continue
      const found = /^Cannot (\w+) `'(.*)'`/.exec(message.reason)
      if (!found) continue
      const [, verb, id] = found
      const closest = closestId(id, known ?? [])
      const comment = commentText(file, message.place)
      // (MDX writes the comment as an expression: `{/* lint disable x */}`.)
      const form = comment?.trimStart().startsWith('{') ? `{/* lint ${verb} */}` : `<!-- lint ${verb} -->`
      message.reason =
        `Unknown rule \`${id}\` in a \`${form}\` comment, so the comment does nothing for it; ` +
        (closest
          ? `did you mean \`${closest}\`?`
          : 'no rule in this configuration has that id; name a rule listed in docs/rules/README.md or one of another remark-lint plugin you configure')
      // (vfile-reporter, which the remark CLI prints with, shows `stack`, else `message`: both carry the new wording.)
      message.message = message.reason
      message.stack = undefined
      message.fatal = true
      // (unified-message-control names it `known`, from `unified-message-control`, with no page: filtered, suppressed
      // or looked up, it is the same problem as a misformed comment.)
      message.ruleId = 'control-comment'
      message.source = 'remark-lint-strategy'
      message.url = `${DOCS_URL}README.md#turning-rules-off-inline`
      const corrected = closest && comment !== undefined ? replaceWord(comment, id, closest) : undefined
      // The fix is the whole comment as it should read (the message's place is the comment).
      if (corrected !== undefined) {
        message.expected = [corrected]
        message.actual = comment
      }
    }
    // (In an untyped file such a comment is left out silently, as its unknown ids are: not this linter's to judge.)
    for (const problem of typed ? misformed : []) {
      const source = problem.node.type === 'html' || isMdxComment(problem.node) ? commentText(file, problem.node.position)?.trim() : undefined
      const written = source ? `\`${source}\`` : 'This comment'
      const write = problem.suggested ? `\`${problem.suggested}\` beside it` : `\`${problem.corrected ?? lintComment(problem.node, 'ignore <rule-id>')}\``
      const message = file.message(
        `${written} suppresses nothing: ${problem.what}; write ${write} (\`ignore\` applies to the next paragraph, list or heading; \`disable\` ... \`enable\` to a stretch)`,
        {place: problem.node.position, ruleId: 'control-comment', source: 'remark-lint-strategy'}
      )
      message.fatal = true
      if (problem.corrected) message.expected = [problem.corrected]
      message.url = `${DOCS_URL}README.md#turning-rules-off-inline`
    }
    // (After the comments: a message a comment removed no longer covers the ones it stood for, src/model/covered.ts.)
    dropCoveredMessages(file)
  }
}

/**
 * A comment that is meant to control messages and cannot: a `lint` comment with a keyword unified-message-control does
 * not know (looked for on any file, since it would throw), or, in a typed file, another tool's form of control comment
 * that names one of this plugin's rules (`strategy-...`).
 */
function misformedComment(mark: Marker, typed: boolean, known: readonly string[] | undefined): MisformedComment | undefined {
  const words = mark.attributes.split(/\s+/).filter(Boolean)
  // (The comment to write names the rules as they are: a misspelt id in it would be reported next, as unknown.)
  const spelt = (id: string) => (known && !known.includes(id) ? (closestId(id, known) ?? id) : id)
  if (mark.name === 'lint') {
    const [keyword, ...ids] = words
    if (keyword !== undefined && KEYWORDS.has(keyword)) return undefined
    if (keyword === undefined || ids.length === 0) {
      return {node: mark.node, what: 'a `lint` comment needs `enable`, `disable` or `ignore` and the ids of the rules', corrected: undefined}
    }
    return {
      node: mark.node,
      what: `\`${keyword}\` is no keyword of a \`lint\` comment (\`enable\`, \`disable\`, \`ignore\`)`,
      corrected: lintComment(mark.node, `${keywordFor(keyword)} ${ids.map(spelt).join(' ')}`)
    }
  }
  if (typed && mark.name.toLowerCase() === 'vale') return valeComment(mark, words, spelt)
  // (A tool's name is short; LOOKALIKE_NAME backtracks from every `lint` in a long hyphenated one.)
  if (!typed || mark.name.length > 64 || !LOOKALIKE_NAME.test(mark.name)) return undefined
  const ids = words.filter((word) => /^strategy-[a-z]+(?:-[a-z]+)*$/.test(word))
  if (ids.length === 0) return undefined
  const corrected = lintComment(mark.node, `${keywordFor(mark.name)} ${ids.map(spelt).join(' ')}`)
  // (`<!-- markdownlint-disable MD013 strategy-vague-goal -->` also speaks to its own tool: the comment to write goes
  // beside it, and no fix replaces it.)
  const ownToolsToo = words.some((word) => !ids.includes(word))
  return {
    node: mark.node,
    what: `\`${mark.name}\` is not this linter's comment (remark-lint's is \`${lintComment(mark.node, '...')}\`)`,
    corrected: ownToolsToo ? undefined : corrected,
    suggested: ownToolsToo ? corrected : undefined
  }
}

/**
 * Vale's form, `<!-- vale strategy-measurable-criteria = NO -->`, naming this linter's rules (a team that came from
 * Vale writes it): `= NO` disables, `= YES` enables. Vale's own (`<!-- vale off -->`, `<!-- vale Style.Rule = NO -->`)
 * is left alone.
 */
function valeComment(mark: Marker, written: readonly string[], spelt: (id: string) => string): MisformedComment | undefined {
  const words = written.flatMap((word) => word.split('=')).filter(Boolean)
  const ids = words.filter((word) => /^strategy-[a-z]+(?:-[a-z]+)*$/.test(word))
  if (ids.length === 0) return undefined
  const values = new Set(words.filter((word) => ['NO', 'YES'].includes(word.toUpperCase())).map((word) => word.toUpperCase()))
  const keyword = values.has('YES') ? 'enable' : 'disable'
  const corrected = lintComment(mark.node, `${keyword} ${ids.map(spelt).join(' ')}`)
  // (`strategy-a = NO strategy-b = YES` needs two comments: written out, with no fix to pick one.)
  const ownToolsToo = values.size > 1 || words.some((word) => !ids.includes(word) && !['=', 'NO', 'YES'].includes(word.toUpperCase()))
  return {
    node: mark.node,
    what: `\`${mark.name}\` is not this linter's comment (remark-lint's is \`${lintComment(mark.node, '...')}\`)`,
    corrected: ownToolsToo ? undefined : corrected,
    suggested: ownToolsToo ? corrected : undefined
  }
}

/**
 * Vale's comment with spaces around `=` (`<!-- vale Style.Rule = NO -->`, as Vale's docs write it), which
 * mdast-comment-marker does not read (it reads `key=value`): a marker of it, to be looked at as another tool's comment.
 */
function valeMarker(node: unknown): Marker | undefined {
  const value = (node as {type?: string; value?: unknown}).type === 'html' ? (node as {value?: unknown}).value : undefined
  const match = typeof value === 'string' ? /^<!--[ \t]*vale[ \t]+([^\n]{1,300}?)[ \t]*-->$/.exec(value) : undefined
  return match ? {name: 'vale', attributes: match[1], parameters: {}, node: node as Marker['node']} : undefined
}

/** A comment node of MDX (`{/* ... *\/}`), where an HTML comment is a syntax error. */
function isMdxComment(node: {type: string}): boolean {
  return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression'
}

/**
 * A `lint` comment in the form the document's syntax takes: `{/* lint ignore x *\/}` beside an MDX comment. (The fix of
 * an MDX comment wrote an HTML one, which MDX cannot parse: the file was no longer linted.)
 */
function lintComment(node: {type: string}, words: string): string {
  return isMdxComment(node) ? `{/* lint ${words} */}` : `<!-- lint ${words} -->`
}

/** The `lint` keyword another tool's keyword means: `disable-next-line` is `ignore`, `off` is `disable`. */
function keywordFor(word: string): string {
  const lower = word.toLowerCase()
  for (const [pattern, keyword] of KEYWORD_FOR) if (pattern.test(lower)) return keyword
  return 'ignore'
}

/**
 * The source text of a message's place (a comment), when it has offsets. The parser's offsets do not count a byte
 * order mark: sliced from the file's value with one, the text was one character off, and the fix wrote an unclosed
 * comment that took in the rest of the document.
 */
function commentText(file: VFile, place: unknown): string | undefined {
  const range = place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
  const start = range?.start?.offset
  const end = range?.end?.offset
  return start === undefined || end === undefined ? undefined : String(file.value).replace(/^\uFEFF/, '').slice(start, end)
}

/** `text` with the word `from` (between spaces, or before `-->`) replaced by `to`, or `undefined` when it is not there. */
function replaceWord(text: string, from: string, to: string): string | undefined {
  let at = -1
  for (let index = text.indexOf(from); index !== -1; index = text.indexOf(from, index + 1)) {
    const before = text[index - 1] ?? ' '
    const after = text.slice(index + from.length)
    if (/\s/.test(before) && (/^\s/.test(after) || after.startsWith('-->') || after === '')) {
      at = index
      break
    }
  }
  return at === -1 ? undefined : text.slice(0, at) + to + text.slice(at + from.length)
}
