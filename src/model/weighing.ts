/**
 * Whether a decision record weighs its options side by side: a heading or a label paragraph that names one side of
 * the weighing (`##### Pros`, `❌ Cons:`, `#### Advantages`, `Benefits of EKS:`), or a `+` list followed by a `-`
 * list. A record written so says what the chosen option makes easier or harder there, which is a Consequences
 * section's job: three blind judges called `Missing section Consequences` on nine such records of the corpus
 * debatable (seven) or wrong (two), and right on none (tests/judged/adr-structure*.tsv). A `Consequences` heading left
 * empty is still empty (strategy-empty-section): the author began one.
 */
import type {Nodes, RootContent} from 'mdast'
import type {StrategyDocument} from './document.js'
import {countWords, type Section} from './sections.js'

/** Words that name one side of a weighing of options. */
const SIDE_WORDS = new Set(['pros', 'cons', 'advantages', 'disadvantages', 'benefits', 'drawbacks', 'upsides', 'downsides'])
/** A label is a few words (`Benefits of IRSA over kiam or kube2iam:` is seven): longer text is prose that mentions them. */
const MAX_LABEL_WORDS = 7

/** Whether `text` is a short label that names a side of a weighing (`✅ Pros`, `Advantages of AWS's CNI`). */
function namesASide(text: string): boolean {
  if (countWords(text) > MAX_LABEL_WORDS) return false
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => SIDE_WORDS.has(word))
}

/** The label a paragraph opens with: its first line, when that line ends in a colon (`✅ Pros:` alone, or above its text). */
function labelText(runs: readonly string[]): string | undefined {
  const firstLine = runs.join('').trimStart().split('\n', 1)[0].trimEnd()
  return firstLine.endsWith(':') ? firstLine.slice(0, -1) : undefined
}

/** The first character of a list in the source: its marker (`+`, `-`, `*`), or an ordered list's first digit. */
function markerOf(source: string, list: RootContent): string | undefined {
  const offset = list.position?.start.offset
  return offset === undefined ? undefined : source[offset]
}

/**
 * A `+` list right followed by a `-` list: the pros and cons of an option written as signs (`+ Cleaner
 * organization` / `- Possible mixing of templates`). Markdown reads a change of marker as a new list.
 */
function signedLists(source: string, nodes: readonly RootContent[]): boolean {
  for (let index = 1; index < nodes.length; index++) {
    const [before, after] = [nodes[index - 1], nodes[index]]
    if (before.type === 'list' && after.type === 'list' && markerOf(source, before) === '+' && markerOf(source, after) === '-') return true
  }
  return false
}

function weighsIn(section: Section, source: string): boolean {
  // (Not the record's title: `# 5. Drawbacks of the monorepo` names what the record decides about.)
  if (section.heading && section.depth > 1 && namesASide(section.title)) return true
  if (signedLists(source, section.nodes)) return true
  const paragraphs = new Map<Nodes, string[]>()
  for (const run of section.texts) {
    if (run.inHeading || run.quoted || run.block?.type !== 'paragraph') continue
    const runs = paragraphs.get(run.block)
    if (runs) runs.push(run.value)
    else paragraphs.set(run.block, [run.value])
  }
  for (const runs of paragraphs.values()) {
    const label = labelText(runs)
    if (label !== undefined && namesASide(label)) return true
  }
  return false
}

/**
 * Whether any heading below the title or any paragraph's opening label names a side of a weighing of options, or pros
 * and cons are written as a `+` and a `-` list.
 */
export function weighsOptions(document: StrategyDocument): boolean {
  return document.sections.some((section) => weighsIn(section, document.source))
}
