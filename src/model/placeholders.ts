/**
 * Template leftovers: TBD, TODO, FIXME, XXX, `???`, `[Domain Name]`-style
 * bracketed names, `<Team Name>` and `{metric}` slots, `<insert ...>` prompts
 * and lorem ipsum. One combined expression, matched once per text run; every
 * alternative is bounded, so nothing backtracks more than a few characters.
 */
import {countWords, type TextRun} from './sections.js'
import {sentenceBounds} from './sentence-bounds.js'

export type PlaceholderKind = 'marker' | 'unknown' | 'bracketed' | 'slot' | 'prompt' | 'lorem' | 'template'

export interface PlaceholderMatch {
  run: TextRun
  /** Offset of the match inside `run.value`. */
  index: number
  text: string
  kind: PlaceholderKind
}

const CONNECTOR = '(?:of|the|and|or|a|an|to|for|your|our|this|here|name|date)'
const BRACKET_WORD = `(?:[A-Z][\\p{L}\\p{N}'’-]{1,30}|${CONNECTOR})`
/** A word that is a marker, not part of a longer word: `XXX` but not `XXXL` or `XXX-large`. */
const MARKER = '(?<![\\p{L}\\p{N}_]|\\p{L}-)(?:TBD|TBC|TBA|TODO|FIXME|XXX)(?![\\p{L}\\p{N}_]|-\\p{L})'
/** Slot words (the first of two letters or more, so `Result<T>` is no slot): letters, digits, spaces, `_`, `-` and apostrophes, starting with a letter; no `=`, `/`, `:`, `.` or `@` (attributes, URLs, emails). */
const SLOT = "\\p{L}[\\p{L}\\p{N}_'’-]{1,30}(?: [\\p{L}\\p{N}_'’-]{1,30}){0,5}"
const PLACEHOLDER = new RegExp(
  [
    `(?<marker>${MARKER})`,
    // `??? ms`, `from ?? to 200`: question marks standing for a number, not ending a question.
    '(?<unknown>(?<![\\p{L}\\p{N}?!])\\?{2,}(?![?!]))',
    // Capitalised words, not acronyms: `[Domain Name]` and `[Date]`, but not `[SRE]` or `[RFC 2119]`; checked against SLOT_WORDS below.
    `(?<bracketed>\\[[A-Z]\\p{Ll}[\\p{L}\\p{N}'’-]{0,30}(?: ${BRACKET_WORD}){0,5}\\](?![(\\[]))`,
    '(?<prompt><\\s{0,3}(?:[Ii]nsert|INSERT|[Yy]our|YOUR|[Aa]dd|[Dd]escribe|[Ee]nter|[Ff]ill in|[Rr]eplace)\\b[^<>\\n]{0,120}>)',
    // `<Team Name>`, `<date>`, `{metric}`: a slot in angle or curly brackets; HTML elements are told apart below.
    `(?<slot>(?<![\\p{L}\\p{N}_$\\\\])(?:<${SLOT}>|\\{${SLOT}\\}))`,
    '(?<lorem>\\b[Ll]orem\\s{1,3}[Ii]psum\\b[^.!?\\n]{0,200}[.!?]?)',
    // MADR's slots, tried last: `{Describe the context and problem statement, e.g., ...}`, `[option 1]`,
    // `"{title of option 1}"` (checked by isTemplateSlot below; bounded, one class of characters).
    '(?<template>[\\[{][^\\[\\]{}\\n]{3,400}[\\]}])'
  ].join('|'),
  'gu'
)

/**
 * Words that make a bracketed name a slot to fill (`[Owner]`, `[Target Value]`,
 * `[Name of the Service]`) rather than a citation or a proper name in brackets
 * (`[Accelerate]`, `[Team Topologies]`).
 */
const SLOT_WORDS = new Set(
  (
    'name names date dates owner owners title value values target targets metric metrics number amount percentage percent ' +
    'link url description quarter year month deadline baseline person role author email version placeholder your here insert this ' +
    'tbd tbc tba todo fixme'
  ).split(' ')
)

/** Element names of HTML, so `<details>`, `<br>` and `<kbd>` are markup, not slots. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button canvas caption center cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav nobr noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strike ' +
    'strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'
  ).split(' ')
)

const MARKER_ONLY = /^\[(?:Tbd|Todo|Tbc|Tba|Fixme)\]$/i

export function findPlaceholders(runs: Iterable<TextRun>): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = []
  for (const run of runs) {
    // Inline code is quoted material: `TODO` in code is an identifier, not a leftover.
    if (run.node.type === 'inlineCode') continue
    PLACEHOLDER.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = PLACEHOLDER.exec(run.value))) {
      const groups = match.groups ?? {}
      let kind = (Object.keys(groups) as PlaceholderKind[]).find((name) => groups[name] !== undefined)!
      const after = run.value.slice(match.index + match[0].length)
      if (kind === 'template' && !isTemplateSlot(match[0], after)) {
        // (The other kinds may still match inside it: `[see {metric} here]`.)
        PLACEHOLDER.lastIndex = match.index + 1
        continue
      }
      // (`"{title of option 1}"`: no slot after a quote, but MADR's own.)
      const rejected =
        (kind === 'bracketed' && !isSlotName(match[0])) ||
        (kind === 'slot' && (!isSlot(match[0], run.value[match.index - 1], run.value[match.index + match[0].length]) || isComponentTag(match[0], run, match.index)))
      // (MADR's slot, whichever alternative matched it, is the template's: one advice for `{argument a}` wherever it is.)
      if ((kind === 'slot' || kind === 'bracketed') && isTemplateSlot(match[0], after)) kind = 'template'
      else if (rejected) continue
      if (kind === 'unknown' && (/['"‘“`]/.test(run.value[match.index - 1] ?? '') || opensCollapsible(run, match.index, match[0]))) continue
      found.push({run, index: match.index, text: match[0], kind: kind === 'bracketed' && MARKER_ONLY.test(match[0]) ? 'marker' : kind})
    }
    const template = knownTemplateSentence(run.value)
    if (template) found.push({run, index: template.index, text: template.text, kind: 'template'})
  }
  return found
}

/**
 * The slots of the MADR templates (the `madr` type's, and log4brains'), in braces (MADR 3 and 4) or square brackets
 * (MADR 2), by the words each opens with: `{Describe the context and problem statement, e.g., ...}`, `{decision driver
 * 1, ...}`, `{positive consequence, e.g., ...}`, `{example | description | ...}`. Left in, the record passed
 * unreported. Only MADR's own wordings: a person's bracketed aside (`[editor's note: ..., e.g., the March one]`,
 * `{see appendix B, e.g., the p99 column}`) is prose (a regression pass found any `e.g.,` in brackets flagged).
 */
const MADR_SLOT_OPENINGS = [
  'describe the context and problem statement',
  'describe how the implementation of/compliance with the adr',
  'you might want to provide additional evidence',
  'decision driver',
  'justification. e.g.',
  'positive consequence, e.g.',
  'negative consequence, e.g.',
  'e.g., improvement of quality attribute',
  'e.g., compromising quality attribute',
  'example | description | pointer to more information',
  'list everyone involved in the decision',
  'list everyone whose opinions are sought',
  'list everyone who is kept up-to-date',
  'description | ticket/issue url',
  'yyyy-mm-dd when the decision was last updated',
  'short title, representative of solved problem',
  'short title of solved problem and solution',
  'proposed | rejected | accepted'
]

/** MADR's names to fill (`[option 1]`, `{title of option 1}`, `{argument a}`, `[driver 2]`): slots only where nothing follows them in the sentence (`"{title of option 1}", because`), not an enumeration in prose (`[option 1] Kafka`). */
const MADR_NAME_SLOT = /^(?:title of option \d{1,2}|option \d{1,2}|argument [a-z]|driver \d{1,2})$/i
const NOTHING_AFTER = /^["”’']?\s*(?:$|[,.;:!?)]|, because\b)/

function isTemplateSlot(text: string, after = ''): boolean {
  const inner = text.slice(1, -1).trim().toLowerCase().replace(/\s+/g, ' ')
  if (MADR_NAME_SLOT.test(inner)) return NOTHING_AFTER.test(after)
  return MADR_SLOT_OPENINGS.some((opening) => inner.startsWith(opening))
}

/**
 * The prompts of the Nygard templates, as adr-tools' `adr new` and the GitHub template write them: a record left as
 * written passed with no problem, however its status read.
 */
const TEMPLATE_SENTENCES = new Set(
  [
    'The issue motivating this decision, and any context that influences or constrains the decision.',
    "The change that we're proposing or have agreed to implement.",
    'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.',
    "What is the issue that we're seeing that is motivating this decision or change?",
    "What is the change that we're proposing and/or doing?",
    'What becomes easier or more difficult to do because of this change?',
    'What is the status, such as proposed, accepted, rejected, deprecated, superseded, etc.?'
  ].map(normalisedSentence)
)

/** Only a run of the length of the longest is compared (the set's sentences are short). */
const MAX_TEMPLATE_SENTENCE = 160

function normalisedSentence(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
}

function knownTemplateSentence(value: string): {index: number; text: string} | undefined {
  if (value.length > MAX_TEMPLATE_SENTENCE) return undefined
  const text = value.trim()
  return TEMPLATE_SENTENCES.has(normalisedSentence(text)) ? {index: value.indexOf(text), text} : undefined
}

/**
 * `<Team Name>`, `<date>`, `{metric}`, `{argument b}` are slots to fill; `<details>` is HTML, and
 * `<hostname>`, `{namespace}` in `/api/{version}/` or `\\dfrac{qps}` are notation: a slot has a space,
 * a capitalised word or a slot word, and stands apart from paths and formulas.
 */
function isSlot(text: string, before: string | undefined, after: string | undefined): boolean {
  const inner = text.slice(1, -1)
  if (text.startsWith('<') && HTML_ELEMENTS.has(inner.split(' ')[0].toLowerCase())) return false
  if ((before && /[/{}=\-"'`]/.test(before)) || (after && /[/{([]/.test(after))) return false
  return inner.includes(' ') || /^\p{Lu}\p{Ll}/u.test(inner) || inner.split(' ').some((word) => SLOT_WORDS.has(word.toLowerCase()))
}

/**
 * `<Tabs>`, `<BrowserWindow>` on a line of its own in a block of raw HTML (an MDX or Docusaurus page read as Markdown): a
 * component's tag, one word in PascalCase that names no slot; in running text `<Service>` is still a slot to fill, and
 * `<Owner>` anywhere.
 */
function isComponentTag(text: string, run: TextRun, index: number): boolean {
  const inner = text.slice(1, -1)
  if (!text.startsWith('<') || run.node.type !== 'html' || run.block !== undefined || !/^\p{Lu}[\p{L}\p{N}]*$/u.test(inner) || SLOT_WORDS.has(inner.toLowerCase())) return false
  // On a line of its own, as a component opens: `<td><TeamName></td>` and `<p>The <ServiceName> team</p>` hold slots.
  const lineStart = run.value.lastIndexOf('\n', index - 1) + 1
  const lineEnd = run.value.indexOf('\n', index)
  return run.value.slice(lineStart, index).trim() === '' && run.value.slice(index + text.length, lineEnd === -1 ? undefined : lineEnd).trim() === ''
}

/**
 * The line that opens a collapsible block of MkDocs Material: `???` or `???+`, then one of its types, or a team's own
 * type with a quoted title (`??? metric "How we measure"`), optionally `inline`/`end`, and nothing else (`??? done by Q3`
 * and `??? ms` are leftovers).
 */
const COLLAPSIBLE =
  /^\?\?\?\+?[ \t]+(?:(?:note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite)(?:[ \t]+(?:inline|end)){0,2}(?:[ \t]+"[^"\n]{0,200}")?|[a-z][\w-]{0,30}(?:[ \t]+(?:inline|end)){0,2}[ \t]+"[^"\n]{0,200}")[ \t]*$/i

/**
 * `??? note "How we measure"` is MkDocs syntax, not a number left to fill in, where it opens a paragraph (a line that
 * continues one, `... by 2027-06-30:` then `??? ms`, is the paragraph's text), and not in a list item's first paragraph
 * (`- ??? done by Q3` is the item's text).
 */
function opensCollapsible(run: TextRun, index: number, text: string): boolean {
  const {value, block, listItem} = run
  if (text !== '???' || index !== 0 || block?.type !== 'paragraph' || !('children' in block) || block.children[0] !== run.node || run.table !== undefined) return false
  if (listItem !== undefined && listItem.children[0] === block) return false
  const end = value.indexOf('\n')
  const line = value.slice(0, end === -1 ? undefined : end)
  return line.length <= 260 && COLLAPSIBLE.test(line)
}

/** `[Owner]` names a slot; `[Accelerate]` cites a source. */
function isSlotName(text: string): boolean {
  return text
    .slice(1, -1)
    .split(' ')
    .some((word) => SLOT_WORDS.has(word.toLowerCase()))
}

/**
 * Text that starts with a marker (`TODO: list the risks`, but not `XXX-large runners`): a template
 * prompt here, and text the language rules leave to strategy-placeholder. After `^\s*` MARKER's
 * look-behind always holds.
 */
export const LEADING_MARKER = new RegExp(`^\\s*${MARKER}`, 'u')

/**
 * A value left to fill: a marker right after a label (`Alert noise: TBD pending funding`, `Deploy frequency: TBD`), which
 * strategy-placeholder reports. (A marker in an aside, `Sufficient time has passed (amount TBD)`, leaves the rest to read.)
 */
export const LABELLED_MARKER = new RegExp(`^[^:\\n]{1,60}:\\s*${MARKER}`, 'u')

/**
 * What a section's prose holds, by paragraph, heading or cell:
 * - `content`: some block has words outside placeholders and is not a prompt;
 * - `prompt`: no content, but a template prompt (a block that starts with a
 *   marker and goes on to say what to write: `TODO: list the risks`);
 *   `TODO: fill in` says nothing and stays a bare placeholder;
 * - `placeholder`: bare placeholders only (`TBD`, `[Domain Name]`, `<insert ...>`);
 * - `none`: no placeholder at all (and so no content either, or `content`).
 */
/** Words after the marker that make a template prompt rather than a bare `TODO: fill in`. */
const PROMPT_WORDS = 3
/**
 * Words after a marker-led block's first sentence that make it the author's text with a note in front (`TBD: confirm
 * the figures with finance. Payments volume grew from 1.2M to 4.8M ...`), not a prompt. A prompt says what to write:
 * its later sentences ask questions or give instructions (`TODO: Describe the problem. Explain who is affected, how
 * often and what it costs.`, `TODO: Why now? What changed since last year?`), and stay a prompt however long. Read as
 * a prompt, a 50-word Context was an empty-section error, and its `TBD` went unreported.
 */
const CONTENT_AFTER_PROMPT = 8
/**
 * A sentence that tells the writer what to write: a question, or one that opens with an instruction to write (not `Use`,
 * `Add` or `Remove`, which open the author's own actions too).
 */
const PROMPT_SENTENCE =
  /\?\s*$|^\W*(?:describe|explain|list|include|say|state|name|write|give|summari[sz]e|outline|define|provide|note|mention|identify|link to|fill in|insert|specify|clarify|answer)\b/i

export type ProseKind = 'content' | 'prompt' | 'placeholder' | 'none'

/** The most words a table's header cell has when it names a column (`Target date`, `Time to first green build`). */
const HEADER_WORDS = 5

export function classifyProse(runs: Iterable<TextRun>, matchesOf: (run: TextRun) => readonly PlaceholderMatch[]): ProseKind {
  const blocks = new Map<unknown, {prompt: boolean; realWords: number; text: string; template: boolean}>()
  let placeholders = 0
  for (const run of runs) {
    // A table's header names its columns: `| Metric | Baseline | Target |` over a row of `TBD` is a template, not
    // content (a QA pass found such a Success Criteria passing with only placeholder warnings, exit 0).
    // (Its own leftovers still count: a table of prompts may be all header, `| TBD | TODO: fill in |`.)
    // (A header cell that says more than a column's name, `| Leading: PR cycle time under 24 hours by Q4 2027 |`, is
    // the author's content.)
    if (run.table !== undefined && run.table.children[0] === run.item && countWords(run.value) <= HEADER_WORDS) {
      placeholders += matchesOf(run).length
      continue
    }
    const key = run.block ?? run
    let block = blocks.get(key)
    if (!block) {
      block = {prompt: LEADING_MARKER.test(run.value), realWords: 0, text: '', template: false}
      blocks.set(key, block)
    }
    const matches = matchesOf(run)
    placeholders += matches.length
    // (A template's own prompt, `{Describe the context ...}` or adr-tools' sentences, is a prompt whatever its words.)
    if (matches.some((match) => match.kind === 'template')) block.template = true
    const words = blankOut(run.value, matches)
    block.realWords += countWords(words)
    // One block of real words makes the whole prose content, whatever the rest holds: stop reading.
    if (!block.prompt && block.realWords > 0) return 'content'
    if (block.prompt) block.text += words
  }
  let prompts = false
  for (const block of blocks.values()) {
    if (block.template) prompts = true
    if (!block.prompt || block.realWords < PROMPT_WORDS) continue
    if (authorsTextAfterPrompt(block.text)) return 'content'
    prompts = true
  }
  if (placeholders === 0) return 'none'
  return prompts ? 'prompt' : 'placeholder'
}

/** Whether a marker-led block goes on, after its first sentence, with sentences of the author's own (see CONTENT_AFTER_PROMPT). */
function authorsTextAfterPrompt(text: string): boolean {
  const [, ...rest] = sentencesOf(text)
  return countWords(rest.join(' ')) >= CONTENT_AFTER_PROMPT && !rest.every((sentence) => PROMPT_SENTENCE.test(sentence))
}

/** The sentences of a block's text, as the language analysis cuts them. */
function sentencesOf(text: string): string[] {
  return sentenceBounds(text)
    .map(({start, end}) => text.slice(start, end).trim())
    .filter((sentence) => sentence !== '')
}

function blankOut(value: string, matches: readonly PlaceholderMatch[]): string {
  let result = ''
  let last = 0
  for (const match of matches) {
    result += value.slice(last, match.index) + ' '
    last = match.index + match.text.length
  }
  return result + value.slice(last)
}
