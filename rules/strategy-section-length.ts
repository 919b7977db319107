import {
  allSections,
  contentTexts,
  countWords,
  createRule,
  didYouMean,
  fail,
  optionAt,
  sectionContent,
  StrategyConfigError,
  type DocType,
  type LengthBudget,
  type RuleContext,
  type SectionMatch,
  type SectionSpec,
  type StrategyDocument
} from '../src/rule.js'

interface WordBudget {
  minWords?: number
  maxWords?: number
}

interface Options {
  wordsPerPage: number
  wordsPerParagraph: number
  /** How far outside its budget a section may go before it is reported (2: half the minimum, twice the maximum). */
  tolerance: number
  /** Budgets in words by section id, replacing the type's guidance. */
  budgets: Record<string, WordBudget>
}

/** What the schema cannot check: that a budget's section is one of a type in use, and its minimum is not above its maximum. */
function checkBudgets(budgets: Record<string, WordBudget>, ruleWhere: string, types: readonly DocType[]): void {
  const where = optionAt(ruleWhere, 'budgets')
  const entries = Object.entries(budgets)
  // Checked on every processor set up (the CLI sets one up for each file): no work when there are no budgets.
  if (entries.length === 0) return
  const known = [...new Set(types.flatMap((type) => allSections(type).map((spec) => spec.id)))]
  for (const [id, entry] of entries) {
    if (!known.includes(id)) {
      // (Every id of every type in use is a long line: a near one is named alone.)
      const meant = didYouMean(id, known)
      throw new StrategyConfigError(
        `${where}: \`${id}\` is no section id of the types in use; ${meant ?? 'docs/rules/strategy-section-length.md lists the ids, such as `context` or `success-criteria`'}`
      )
    }
    if (entry.minWords !== undefined && entry.maxWords && entry.minWords > entry.maxWords) {
      // (`option \`budgets\`.summary: option \`minWords\`` broke the code span.)
      fail(optionAt(ruleWhere, `budgets.${id}.minWords`), entry.minWords, `at most maxWords (${entry.maxWords})`)
    }
  }
}

export default createRule<Options>({
  id: 'strategy-section-length',
  severity: 'warn',
  description: 'Each section stays near its length guidance: not far too long, not too thin for its job.',
  scope: 'document',
  draft: 'lenient',
  ended: 'skip',
  options: {
    wordsPerPage: {type: 'integer', minimum: 1, default: 500, description: 'Words in a page of guidance.'},
    wordsPerParagraph: {type: 'integer', minimum: 1, default: 100, description: 'Words in a paragraph of guidance.'},
    tolerance: {
      type: 'number',
      minimum: 1,
      default: 2,
      description: 'How far outside its budget a section may go before it is reported (2: half the minimum, twice the maximum).'
    },
    budgets: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {minWords: {type: 'integer', minimum: 0}, maxWords: {type: 'integer', minimum: 0}}
      },
      default: {},
      expected: 'an object of section ids to `{minWords, maxWords}`',
      description: "Budgets in words by section id, replacing the type's guidance."
    }
  },
  refine(options, {where, types}) {
    checkBudgets(options.budgets, where, types)
    return options
  },
  check({document, options, report}) {
    for (const [spec, match] of document.firstMatch) {
      const words = match.section.total.words
      const title = `\`${match.section.title.trim()}\``
      const place = match.section.heading?.position
      // A section of code alone (a Mermaid diagram, a config) is not empty (strategy-empty-section), but says nothing in
      // words: too thin for a section the type asks words of.
      if (words === 0 && match.section.total.codeBlocks > 0 && (options.budgets[spec.id] !== undefined || spec.budget?.unit !== 'item')) {
        const budget = wordBudget(spec, options)
        if (budget && budget.minWords > 0 && !document.isPlaceholderOnly(match.section)) {
          report(`Section ${title} holds only code, no words, too thin to ${spec.purpose}; say in words what it shows and why it matters (about ${budget.minWords} words)`, {place})
        }
        continue
      }
      // Empty and placeholder-only sections are strategy-empty-section's to report.
      if (words === 0 || document.isPlaceholderOnly(match.section)) continue
      if (spec.budget?.unit === 'item' && !options.budgets[spec.id]) {
        checkItems(document, match, spec.budget, report)
        continue
      }
      const budget = wordBudget(spec, options)
      if (!budget) continue
      if (budget.maxWords > 0 && words > budget.maxWords * options.tolerance) {
        report(
          `Section ${title} has ${words} words, far over its budget of ${budget.guidance}; cut it to what the reader needs and move detail to an appendix or a linked document`,
          {place}
        )
      } else if (budget.minWords > 0 && words < budget.minWords / options.tolerance) {
        // A budget the team set in words is measured in words; the type's guidance only flags a section that cannot do its job.
        if (options.budgets[spec.id]?.minWords !== undefined) {
          report(
            `Section ${title} has ${words} ${words === 1 ? 'word' : 'words'}, far too thin to ${spec.purpose} (it needs about ${budget.minWords} words)`,
            {place}
          )
          continue
        }
        const thin = tooThin(document, match)
        if (thin) {
          // (A list of one item is a list already: what it lacks is the other points.)
          const orList = thin.listed ? 'or add the specific points to its list' : 'or as a list of specific points'
          report(
            `Section ${title} is ${thin.kind === 'line' ? 'a single line' : 'a single vague sentence'} ` +
              `(${words} ${words === 1 ? 'word' : 'words'}), too thin to ${spec.purpose}; write it out (about ${budget.minWords} words), ${orList}`,
            {place}
          )
        }
      }
    }
  }
})

/** A sentence this short is a single line: a heading's worth of text, not a section. */
const ONE_LINE_WORDS = 15
/** Words that put off the decision or blur it: the marks of a sentence that says nothing a reviewer can check. */
const VAGUE =
  /\b(?:should|could|might|may|maybe|perhaps|potentially|possibly|consider|explore|evaluate|look into|investigate|try to|aim to|strive|improve|better|various|etc|in the process of|to be (?:defined|determined|decided)|will (?:update|follow|be added)|accordingly|coming soon)\b/i

/**
 * Whether a section under its minimum cannot do its job, as a reviewer would
 * say: it points to the document that does its job, or it is a list or table
 * of two items or more (measured in items, it is fine: concise, not thin), or more than one sentence, or one sentence that
 * is long and commits to something. What is left is one line, or one vague
 * sentence (hedged, `should evaluate`, with no number).
 */
function tooThin(document: StrategyDocument, match: SectionMatch): {kind: 'line' | 'vague'; listed: boolean} | undefined {
  const content = sectionContent(document, match)
  const listed = content.items.length === 1
  // `The roadmap is tracked in [Productboard](...)`: the section's job is done elsewhere, by the linked document.
  if (content.delegatedTo || content.items.length >= 2) return undefined
  const runs = [...contentTexts(match.section)]
  const text = runs
    .filter((run) => run.node.type !== 'html')
    .map((run) => run.value)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
  // (A full-width `。`, `！` or `？` ends a sentence with no space after it, as Japanese and Chinese write.)
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)|(?<=[。！？])\s*(?=\S)/).filter((sentence) => countWords(sentence) > 0)
  if (sentences.length > 1) return undefined
  if (match.section.total.words < ONE_LINE_WORDS) return {kind: 'line', listed}
  // Vague: hedged or blurred, and no number to hold it to (`We should evaluate whether microservices make sense for us.`).
  return VAGUE.test(text) && !/\p{N}/u.test(text) ? {kind: 'vague', listed} : undefined
}

/** A budget in items (list items, table rows, sub-headings) is a count, so it is checked as given, without tolerance. */
function checkItems(document: StrategyDocument, match: SectionMatch, budget: LengthBudget, report: RuleContext<Options>['report']): void {
  const content = sectionContent(document, match)
  if (content.delegatedTo) return
  const count = content.items.length
  const title = `\`${match.section.title.trim()}\``
  const place = match.section.heading?.position
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`
  if (budget.max > 0 && count > budget.max) {
    report(`Section ${title} has ${items(count)}, over its budget of ${budget.guidance}; keep the ${budget.max} that matter most and move the rest to an appendix`, {place})
  } else if (budget.min > 0 && count < budget.min) {
    report(`Section ${title} has ${items(count)}; it needs at least ${items(budget.min)} (one per list item) to ${match.spec.purpose}`, {place})
  }
}

function wordBudget(spec: SectionSpec, options: Options): {minWords: number; maxWords: number; guidance: string} | undefined {
  const custom = options.budgets[spec.id]
  const guidance = spec.budget
  if (!guidance && !custom) return undefined
  const unit = guidance ? unitWords(guidance, options) : 0
  const maxWords = custom?.maxWords ?? Math.round((guidance?.max ?? 0) * unit)
  let minWords = custom?.minWords ?? Math.round((guidance?.min ?? 0) * unit)
  // A custom maximum below the type's minimum lowers the minimum with it.
  if (maxWords > 0 && custom?.minWords === undefined) minWords = Math.min(minWords, maxWords)
  // (A budget already in words is said once: `up to 60 words (about 60 words)` said it twice.)
  const described =
    custom?.maxWords !== undefined || !guidance ? `${maxWords} words` : guidance.unit === 'word' ? guidance.guidance : `${guidance.guidance} (about ${maxWords} words)`
  return {minWords, maxWords, guidance: described}
}

function unitWords(budget: LengthBudget, options: Options): number {
  if (budget.unit === 'word') return 1
  return budget.unit === 'page' ? options.wordsPerPage : options.wordsPerParagraph
}
