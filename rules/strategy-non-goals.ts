import {sectionContent} from '../src/content.js'
import {checks, validateObject} from '../src/options.js'
import {createRule} from '../src/rule.js'

interface Options {
  /** Fewest explicit items What We Will NOT Do must list. */
  minimum: number
}

/** Text that says nothing: `None`, `N/A`, `TBD`, `-`. */
const EMPTY_ITEM = /^\s*(?:none|n\/?a|nothing|not applicable|tbd|tbc|todo|-+|—|\.{3}|…)\s*[.!]?\s*$/i
/** A sentence that states an exclusion, when the section has no list. */
const EXCLUSION = /\b(?:not|no|never|won['’]t|out of scope|exclud\w*|defer\w*|leave\w* out|without)\b/i

export default createRule<Options>({
  id: 'strategy-non-goals',
  severity: 'warn',
  description: 'What We Will NOT Do lists at least one explicit thing the strategy leaves out.',
  options: (raw, where) => validateObject<Options>(where, raw, {minimum: checks.integer(1)}, {minimum: 1}),
  check({document, options, report}) {
    const spec = document.type?.sections.find((section) => section.id === 'what-we-will-not-do')
    const match = spec && document.firstMatch.get(spec)
    // A missing or empty section is strategy-required-sections' and strategy-empty-section's to report.
    if (!match || match.section.total.words === 0 || document.isPlaceholderOnly(match.section)) return
    const content = sectionContent(document, match)
    let explicit: number
    if (content.items.length > 0) {
      explicit = content.items.filter((item) => item.text !== '' && !EMPTY_ITEM.test(item.title)).length
    } else {
      explicit = content.loose
        .flatMap((unit) => unit.sentences)
        .filter((sentence) => !EMPTY_ITEM.test(sentence.text) && EXCLUSION.test(sentence.text)).length
    }
    if (explicit >= options.minimum) return
    const needed = options.minimum === 1 ? 'at least one explicit item' : `at least ${options.minimum} explicit items`
    report(
      `\`${match.section.title.trim()}\` lists ${explicit === 0 ? 'nothing concrete' : `only ${explicit} explicit ${explicit === 1 ? 'item' : 'items'}`}; list ${needed} this strategy deliberately leaves out, as a list (\`- We will not extract other domains in 2027\`)`,
      {place: match.section.heading?.position}
    )
  }
})
