import type {StrategyDocument} from '../src/document.js'
import {checks, validateObject} from '../src/options.js'
import type {PlaceholderKind, PlaceholderMatch} from '../src/placeholders.js'
import {createRule} from '../src/rule.js'

interface Options {
  /** Placeholder texts to accept, exactly as written (`XXX`, `[Optional]`). */
  allow: string[]
}

const ADVICE: Record<PlaceholderKind, string> = {
  marker: 'finish the thought or remove the marker',
  bracketed: 'replace it with the actual name',
  prompt: 'replace the prompt with what it asks for',
  lorem: 'replace the filler text with real content'
}

export default createRule<Options>({
  id: 'strategy-placeholder',
  severity: 'warn',
  description: 'No template leftovers: TBD, TODO, FIXME, XXX, `[Domain Name]`, `<insert ...>`, lorem ipsum.',
  options: (raw, where) => validateObject<Options>(where, raw, {allow: checks.stringArray()}, {allow: []}),
  check({document, options, report}) {
    const allowed = new Set(options.allow)
    for (const match of document.placeholders()) {
      if (allowed.has(match.text)) continue
      report(`Template leftover \`${match.text}\`; ${ADVICE[match.kind]}`, {place: placeOf(document, match)})
    }
  }
})

/** Source range of a match; text with escapes or entities differs from its source, so find it there. */
function placeOf(document: StrategyDocument, match: PlaceholderMatch) {
  const position = match.run.node.position
  const startOffset = position?.start.offset
  const endOffset = position?.end.offset
  if (!position || startOffset === undefined || endOffset === undefined) return position
  const source = String(document.file.value).slice(startOffset, endOffset)
  let index = source === match.run.value ? match.index : source.indexOf(match.text)
  if (index === -1) return position
  index += startOffset
  return {start: document.pointAt(index), end: document.pointAt(index + match.text.length)}
}
