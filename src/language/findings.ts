/**
 * A document's language findings, at most one per sentence or criteria item,
 * from the most specific rule that is on:
 *
 *   strategy-measurable-criteria > strategy-noncommittal > strategy-vague-goal > strategy-unquantified-pitch
 *
 * Items of criteria lists are judged as criteria (criteria.ts), every other
 * sentence by the goal analysis (goal-analysis.ts). Computed once per document
 * and configuration; each rule reports its own findings (`reportFindings`).
 */
import type {Position} from 'unist'
import type {StrategyDocument} from '../model/document.js'
import type {Section} from '../model/sections.js'
import {isGoalHeading} from '../model/goal-headings.js'
import {textUnits, type Sentence} from './analysis.js'
import {criteriaItems} from './goals.js'
import {findMilestones} from './recognisers.js'
import {configurationOf, LANGUAGE_RULES, type Configuration, type Finding, type LanguageRule} from './configuration.js'
import {judgeCriterion, leadInMilestone} from './criteria.js'
import {judgeSentence, readSentence} from './goal-analysis.js'
import {readsAsEnglish} from './english.js'

const findingsCache = new WeakMap<StrategyDocument, WeakMap<ReadonlyMap<string, unknown>, Finding[]>>()

/** Every language finding of a document, at most one per sentence or criteria item, in document order. */
export function languageFindings(document: StrategyDocument, peers: ReadonlyMap<string, unknown>): Finding[] {
  let perPeers = findingsCache.get(document)
  if (!perPeers) findingsCache.set(document, (perPeers = new WeakMap()))
  let findings = perPeers.get(peers)
  if (!findings) {
    findings = analyse(document, configurationOf(peers))
    perPeers.set(peers, findings)
  }
  return findings
}

/** Sections of the type a document must have, when they sit below the second heading level, for all of them to be read as the type's. */
const MIN_NESTED_SECTIONS = 4

/**
 * Which sections the language rules leave alone as loosely bound: in a document whose sections of
 * the type sit below the second heading level and are fewer than MIN_NESTED_SECTIONS, each one that
 * its parent heading does not name (`### Success criteria` under `## Success criteria & ongoing
 * support` is bound; `### Metrics` under `## Design Details`, `#### Context` under `### Examples`
 * are not). A few subsections named like sections of the type in an RFC forced to `strategy` are
 * not its Success Criteria and Context: read as such, their descriptions and telemetry lists were
 * reported as criteria without targets (16 wrong findings of 107 in place). The structure rules
 * still check every section.
 */
function looselyBound(document: StrategyDocument): (section: Section) => boolean {
  // (Sections holding only a template prompt count for nothing: the skeletons `--fix` inserts made a page reach the
  // count, and its next check read, and reported, text the fix had not touched.)
  const written = document.matches.filter((match) => !document.isPlaceholderOnly(match.section))
  if (document.sectionDepth <= 2 || new Set(written.map((match) => match.spec)).size >= MIN_NESTED_SECTIONS) return () => false
  const holdsTypeSections = new Map<Section, boolean>()
  return (section) => {
    // A subsection of a heading above the type's depth that names goals or a vision (`## Vision` / `### 3-year vision`,
    // beside `### Background` read as Context) belongs to the page's own plan, not to a loose binding. (`### Goals`
    // under an RFC's `## Motivation` stays loose, as the type's sections beside it are.)
    if (document.specOf(section) === undefined && underShallowGoalHeading(document, section, holdsTypeSections)) return false
    for (let current: Section | undefined = section; current; current = current.parent) {
      if (current.depth === document.sectionDepth) return !(current.parent?.key.includes(current.key) ?? false)
    }
    return false
  }
}

/**
 * Whether a heading above the type's depth in the section's chain names goals or plans and holds the section as its
 * own: `## Vision` over `### 3-year vision`, `## Themes` over `### Enterprise scale`. Where that heading also holds
 * sections of the type (a TensorFlow RFC's `## Objective` over `### Background` and `### Non-goals`), only its
 * subsections that name goals themselves are (`### Goals`, not `### Standardized TFX inputs`, background that three
 * blind judges called no plan).
 */
function underShallowGoalHeading(document: StrategyDocument, section: Section, holdsTypeSections: Map<Section, boolean>): boolean {
  let atDepth: Section | undefined
  for (let current: Section | undefined = section; current; current = current.parent) {
    if (current.depth === document.sectionDepth) atDepth = current
    if (current.depth >= document.sectionDepth || current.depth === 0 || !isGoalHeading(current.key)) continue
    // Asked once per heading (`holdsTypeSections`): a vision with thousands of subsections would scan them for each.
    let holds = holdsTypeSections.get(current)
    if (holds === undefined) holdsTypeSections.set(current, (holds = current.children.some((child) => document.specOf(child) !== undefined)))
    return !holds || (atDepth !== undefined && isGoalHeading(atDepth.key))
  }
  return false
}

/**
 * `We may want to consider supporting other block IDs later. ... To implement it, we could change the field to a slice`:
 * a sentence that sketches how the option a hedge of its paragraph put off would be done is the same problem, reported
 * once, on the hedge (three blind judges called the second message on such a sketch wrong or debatable).
 */
const SKETCHES_IT = /^(?:to (?:do|implement|support|achieve|build|enable|accomplish|realise|realize) (?:it|this|that|so)|to that end|for this)\b/i

function analyse(document: StrategyDocument, configuration: Configuration): Finding[] {
  const findings: Finding[] = []
  const bound = looselyBound(document)
  // (A section holding only placeholders, `| TBD | TBD |` or `<target>` slots, is one problem, strategy-empty-section's:
  // read as criteria, its slots were quoted as `[Owner]`, a criterion with an empty Target.)
  const loose = (section: Section) => bound(section) || document.isPlaceholderOnly(section)
  const {enabled} = configuration
  /** Sentences judged as criteria items, so the sentence rules leave them alone. */
  const judged = new Set<Sentence>()
  if (enabled.has('strategy-measurable-criteria')) {
    const dated = (sentence: Sentence, inHeading: boolean) =>
      readSentence(sentence, configuration).deadline !== undefined ||
      (inHeading ? findMilestones(sentence.text, sentence.tokens, configuration.milestones, true).length > 0 : leadInMilestone(sentence, configuration) !== undefined)
    for (const item of criteriaItems(document, dated)) {
      if (item.sentences.length === 0 || loose(item.sentences[0].unit.section)) continue
      for (const sentence of item.sentences) judged.add(sentence)
      const finding = judgeCriterion(document, item, configuration)
      // (An item in another language is no criterion these rules can read: left alone, src/language/english.ts. Asked
      // only of a finding, as it filters findings: asked of every sentence, it was most of the language rules' time.)
      if (finding) {
        if (readsAsEnglish(item.sentences.map((sentence) => sentence.text).join(' '))) findings.push(finding)
      } else {
        // A criterion that is measurable can still hedge or pitch.
        for (const sentence of item.sentences) {
          const other = judgeSentence(document, sentence, configuration, ['strategy-noncommittal', 'strategy-unquantified-pitch'])
          if (other && readsAsEnglish(sentence.text)) findings.push(other)
        }
      }
    }
  }
  /** Table rows a vague goal was reported in: `| Q3 2027 | Modernize the portal | Portal team | Better discoverability |` is one goal, one message. */
  const vagueRows = new Set<unknown>()
  for (const unit of textUnits(document)) {
    if (unit.inHeading || loose(unit.section)) continue
    let hedged = false
    for (const sentence of unit.sentences) {
      if (judged.has(sentence)) continue
      const finding = judgeSentence(document, sentence, configuration, LANGUAGE_RULES)
      if (!finding || !readsAsEnglish(sentence.text)) continue
      if (finding.rule === 'strategy-noncommittal' && hedged && SKETCHES_IT.test(sentence.text)) continue
      if (finding.rule === 'strategy-vague-goal' && unit.item?.type === 'tableRow') {
        if (vagueRows.has(unit.item)) continue
        vagueRows.add(unit.item)
      }
      hedged ||= finding.rule === 'strategy-noncommittal'
      findings.push(finding)
    }
  }
  return findings.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0))
}

/** Report the findings that belong to one rule: the whole body of a language rule. */
export function reportFindings(rule: LanguageRule, document: StrategyDocument, peers: ReadonlyMap<string, unknown>, report: (reason: string, options: {place: Position}) => unknown): void {
  for (const finding of languageFindings(document, peers)) {
    if (finding.rule === rule) report(finding.reason, {place: finding.place})
  }
}
