#!/usr/bin/env node
/**
 * The recipes in docs/recipes/ proven on real documents: lint every document
 * of each recipe's corpus source (../shared/corpus/<source>) with the recipe's
 * configuration and its type forced, and count the documents that have every
 * required section. Then the decision-record sources with the built-in types
 * and no configuration: which type detection assigns, and the same count with
 * the detected type and with `adr` and `madr` forced. Each count is printed
 * next to the corpus's own (CONFORMANCE_SUMMARY.tsv, an approximate
 * heading-string match) and next to that approximation recomputed here, so a
 * difference can be traced to documents (`--examples N` prints some).
 * Writes bench-results/recipes.json.
 *
 *   node scripts/recipes.js [--corpus ../shared/corpus] [--only kep,madr] [--limit N]
 *     [--examples N] [--json bench-results/recipes.json]
 *
 * A document has every required section when strategy-required-sections
 * reports no `Missing section`, no `is a level-N heading` (a section at the
 * wrong level) and no `belongs in` (a subsection outside its parent): every
 * required section is there, where the template puts it. A near miss (`Risks
 * and Mitigatons`) stands in for its section, as it does for every rule, so it
 * counts as present; `strict` also counts near misses as absent. The
 * `misplaced` column counts the documents with a subsection outside its
 * parent, and `+misplaced` the all-required count if those counted as present
 * (the corpus's approximation ignores nesting).
 *
 * The functions are exported for tests/recipes.test.ts; the command line runs
 * only when this file is the program.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkLintStrategy, {builtinTypes, getDocument, resolveTypes} from '../dist/src/index.js'
import {allSections} from '../dist/src/types/doc-types.js'
import {headingKey} from '../dist/src/model/heading.js'
import {markdownFiles} from './markdown-files.js'
import {countOption, scriptArguments} from './script-args.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_CORPUS = path.join(ROOT, '..', 'shared', 'corpus')

/**
 * The recipes. `select` picks the documents CONFORMANCE_SUMMARY.tsv counted
 * (paths relative to the source folder), `levels` the heading levels its
 * approximation looked at.
 */
export const RECIPES = [
  {
    name: 'kep',
    source: 'k8s-keps',
    type: 'kep',
    // The KEPs proper: `NNNN-name/README.md` at any depth under keps/ (the template is `NNNN-kep-template`, not digits).
    select: (relative) => /^keps\/(?:.+\/)?\d+-[^/]+\/README\.md$/.test(relative),
    selection: '`keps/**/<digits>-<name>/README.md` (654 files: every KEP, not the stray design notes beside them nor `NNNN-kep-template`)',
    levels: [2, 3]
  },
  {
    name: 'rust-rfc',
    source: 'rust-rfcs',
    type: 'rust-rfc',
    select: (relative) => /^text\/[^/]+\.md$/.test(relative),
    selection: '`text/*.md` (639 files: not the sub-files of `text/3392-leadership-council/`, not `0000-template.md`)'
  },
  {
    name: 'openshift-enhancement',
    source: 'openshift-enhancements',
    type: 'openshift-enhancement',
    select: (relative) => /^enhancements\/.*\.md$/.test(relative),
    selection: '`enhancements/**/*.md` (606 files: all but `guidelines/enhancement_template.md`)'
  },
  {
    name: 'go-design',
    source: 'golang-design',
    type: 'go-design',
    select: (relative) => /^design\/.*\.md$/.test(relative) && relative !== 'design/TEMPLATE.md',
    selection: '`design/**/*.md` but `design/TEMPLATE.md` (124 files)'
  }
]

/** The decision-record sources, linted with the built-in types and no configuration. */
export const ADR_SOURCES = [
  'madr',
  'arachne-adrs',
  'govuk-aws-adrs',
  'govuk-infrastructure-adrs',
  'moj-modernisation-platform-adrs',
  'moj-cloud-platform-adrs',
  'cisagov-getgov-adrs',
  'carbon-aware-sdk-adrs',
  'log4brains-adrs',
  'cometbft-adrs'
].map((source) => ({
  name: source,
  source,
  // Every record, not the templates (KIND_INDEX.tsv is_template) and not the folders' README/index pages;
  // for madr only its own decision log, not the example under template/.
  select: (relative, templates) =>
    /\.md$/.test(relative) &&
    !templates.has(relative) &&
    !/(?:^|\/)(?:readme|index)\.md$/i.test(relative) &&
    (source !== 'madr' || relative.startsWith('docs/decisions/')),
  selection:
    source === 'madr'
      ? '`docs/decisions/*.md` but the template'
      : 'every `.md` file but the template (KIND_INDEX.tsv `is_template`) and README/index pages'
}))

function readTsv(file) {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n')
  const columns = header.split('\t')
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, index) => [columns[index], value])))
}

/** What the corpus says about a source: summary row, template headings, per-heading counts, template files. */
export function corpusFacts(corpus, source) {
  const summary = readTsv(path.join(corpus, 'CONFORMANCE_SUMMARY.tsv')).find((row) => row.source === source)
  const headings = readTsv(path.join(corpus, 'CONFORMANCE.tsv')).filter((row) => row.source === source)
  const templates = new Set(
    readTsv(path.join(corpus, 'KIND_INDEX.tsv'))
      .filter((row) => row.source === source && row.is_template === '1')
      .map((row) => row.path)
  )
  return {
    docsChecked: summary ? Number(summary.docs_checked) : undefined,
    allRequired: summary && summary.docs_with_all_required !== '' ? Number(summary.docs_with_all_required) : undefined,
    template: summary?.template,
    headings: headings.map((row) => ({
      level: Number(row.level),
      heading: row.heading,
      optional: row.optional === '1',
      exact: Number(row.docs_with_heading_exact),
      loose: Number(row.docs_with_heading_loose)
    })),
    templates
  }
}

/** The documents of a source that its CONFORMANCE row counts, as paths relative to the source folder, sorted. */
export function sourceDocuments(corpus, entry) {
  const folder = path.join(corpus, entry.source)
  const {templates} = corpusFacts(corpus, entry.source)
  return markdownFiles(folder)
    .map((file) => path.relative(folder, file).split(path.sep).join('/'))
    .filter((relative) => entry.select(relative, templates))
    .sort()
}

/** `count` documents spread evenly over a sorted list (the first, then every n/count-th): a fixed sample across a source's history. */
export function sampleDocuments(documents, count) {
  if (documents.length <= count) return [...documents]
  return Array.from({length: count}, (_, index) => documents[Math.floor((index * documents.length) / count)])
}

/** A recipe's plugin options, read from docs/recipes/<name>.remarkrc.json. */
export function recipeOptions(name) {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'recipes', `${name}.remarkrc.json`), 'utf8'))
  const [plugin, options] = config.plugins[0]
  if (plugin !== 'remark-lint-strategy') throw new Error(`${name}.remarkrc.json: the first plugin is ${plugin}, not remark-lint-strategy`)
  return options
}

const processors = new Map()

/**
 * `options` with every type checking documents whatever their status: this
 * script measures whether documents have their sections, and a superseded or
 * draft record is no less a record of its shape (the linter itself skips ended
 * documents and softens drafts, docs/status.md).
 */
function statusBlind(options) {
  const types = {...(options.types ?? {})}
  for (const id of [...builtinTypes.map((type) => type.id), ...Object.keys(types)]) {
    const own = types[id] ?? {}
    types[id] = {...own, status: {...(own.status ?? {}), draft: 'check', ended: 'check'}}
  }
  return {...options, types}
}

function processorFor(options) {
  const key = JSON.stringify(options)
  let processor = processors.get(key)
  if (!processor) {
    processor = remark().use(remarkLintStrategy, statusBlind(options)).freeze()
    processors.set(key, processor)
  }
  return processor
}

/** `Missing section ...`, also numbered when several go at one place: `(2/3) Missing section ...`. */
const MISSING = /^(?:\(\d+\/\d+\) )?Missing section `/
const WRONG_LEVEL = /^Section `[^`]+` is a level-\d+ heading/
const MISPLACED = /^Section `[^`]+` belongs in `/
const NEAR_MISS = /^Heading `.*` looks like the required section `/
const MISSING_TITLE = /^Missing title/

/**
 * Lint one document (path relative to the source folder, which is the working
 * directory, so globs see `keps/...` as in the project) and say what the
 * required-sections check found.
 */
export async function checkDocument(corpus, source, relative, options) {
  const folder = path.join(corpus, source)
  const file = new VFile({path: path.join(folder, relative), cwd: folder, value: fs.readFileSync(path.join(folder, relative), 'utf8')})
  const processor = processorFor(options)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const document = getDocument(tree, file)
  const sections = file.messages.filter((message) => message.ruleId === 'strategy-required-sections')
  const missing = sections.filter((message) => MISSING.test(message.reason)).map((message) => /`([^`]+)`/.exec(message.reason)[1])
  const wrongLevel = sections.filter((message) => WRONG_LEVEL.test(message.reason)).map((message) => /`([^`]+)`/.exec(message.reason)[1])
  const misplaced = sections.filter((message) => MISPLACED.test(message.reason)).map((message) => /`([^`]+)`/.exec(message.reason)[1])
  const nearMisses = sections.filter((message) => NEAR_MISS.test(message.reason)).map((message) => /`(.*)` looks/.exec(message.reason)[1])
  const crashed = file.messages.filter((message) => /crashed on this file/.test(message.reason)).map((message) => message.reason)
  const found = new Map()
  if (document.type) {
    for (const spec of allSections(document.type)) {
      const match = document.firstMatch.get(spec)
      if (!match) continue
      const names = [spec.heading, ...spec.aliases].map((name) => headingKey(name))
      const kind =
        match.kind !== 'exact' ? match.kind : match.section.key === names[0] ? 'canonical' : 'alias'
      found.set(spec.id, {kind, title: match.section.title.trim(), depth: match.section.depth})
    }
    // Reported, not found: a top section at another depth (`level`), a subsection outside its parent (`misplaced`).
    for (const [spec, section] of document.atOtherDepth) {
      if (found.has(spec.id)) continue
      const kind = document.parentOf(spec) ? 'misplaced' : 'level'
      found.set(spec.id, {kind, title: section.title.trim(), depth: section.depth, under: section.parent?.title.trim()})
    }
  }
  const result = {
    path: relative,
    type: document.type?.id,
    typeSource: document.typeSource,
    missing,
    wrongLevel,
    misplaced,
    nearMisses,
    missingTitle: sections.some((message) => MISSING_TITLE.test(message.reason)),
    allRequired: document.type !== undefined && missing.length === 0 && wrongLevel.length === 0 && misplaced.length === 0,
    allRequiredStrict:
      document.type !== undefined && missing.length === 0 && wrongLevel.length === 0 && misplaced.length === 0 && nearMisses.length === 0,
    allRequiredAnyParent: document.type !== undefined && missing.length === 0 && wrongLevel.length === 0,
    found,
    outOfOrder: file.messages.filter((message) => message.ruleId === 'strategy-section-order').length,
    rules: [...new Set(file.messages.map((message) => message.ruleId ?? 'none'))],
    messages: file.messages.length,
    crashed
  }
  // The parsed tree, for the approximation and detection to reuse (not enumerable: never written out).
  Object.defineProperty(result, 'tree', {value: tree, configurable: true})
  return result
}

/**
 * The type a document gets with the recipe's configuration and nothing forced,
 * as `strategy-lint` run from the project's root assigns it (the recipe's
 * globs, its title patterns, the headings): the model only, no rules.
 */
const resolvedTypes = new WeakMap()

export function detectedType(corpus, source, relative, options, parsed) {
  const folder = path.join(corpus, source)
  const file = new VFile({path: path.join(folder, relative), cwd: folder, value: fs.readFileSync(path.join(folder, relative), 'utf8')})
  let types = resolvedTypes.get(options)
  if (!types) resolvedTypes.set(options, (types = resolveTypes(options.types ?? {})))
  // A copy of an already parsed tree: the model is memoised per tree, and the original has the forced type's.
  const tree = parsed ? structuredClone(parsed) : processorFor({}).parse(file)
  const document = getDocument(tree, file, {types})
  return document.type ? `${document.type.id} (${document.typeSource})` : 'none'
}

/**
 * The corpus's approximation, recomputed: headings outside code, HTML comments
 * and front matter, normalised (case, punctuation, leading numbering, an
 * `(Optional)`, `[optional]` or `(if applicable)` marker), at any level (or
 * the given levels); a document has a heading when any of its headings
 * normalises to it.
 */
export function looseKey(text) {
  return text
    .toLowerCase()
    .replace(/\((?:optional|if applicable)\)|\[optional\]/g, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function headingTexts(tree, levels) {
  const texts = []
  const text = (node) => (node.type === 'text' || node.type === 'inlineCode' ? node.value : (node.children ?? []).map(text).join(''))
  const visit = (node) => {
    if (node.type === 'heading' && (!levels || levels.includes(node.depth))) texts.push(text(node))
    else if (node.children && node.type !== 'heading') for (const child of node.children) visit(child)
  }
  visit(tree)
  return texts
}

export function approximateHas(corpus, source, relative, headings, levels, parsed) {
  const tree = parsed ?? processorFor({}).parse(fs.readFileSync(path.join(corpus, source, relative), 'utf8'))
  const keys = new Set(headingTexts(tree, levels).map(looseKey))
  return headings.map((entry) => keys.has(looseKey(entry.heading)))
}

/** Lint a recipe's documents and compare with the corpus's counts. */
export async function runRecipe(corpus, recipe, {limit = Number.POSITIVE_INFINITY, documents} = {}) {
  const configured = recipeOptions(recipe.name)
  const options = {...configured, type: recipe.type}
  const facts = corpusFacts(corpus, recipe.source)
  const paths = (documents ?? sourceDocuments(corpus, recipe)).slice(0, limit)
  const required = facts.headings.filter((entry) => !entry.optional)
  const results = []
  for (const relative of paths) {
    const result = await checkDocument(corpus, recipe.source, relative, options)
    result.approximate = approximateHas(corpus, recipe.source, relative, facts.headings, recipe.levels, result.tree)
    result.approximateAll = facts.headings.every((entry, index) => entry.optional || result.approximate[index])
    result.detected = detectedType(corpus, recipe.source, relative, configured, result.tree)
    delete result.tree
    results.push(result)
  }
  return summarise(recipe, facts, results, required, options)
}

/**
 * Why a document's verdict differs from the recomputed approximation, one
 * reason per template heading that decides it: how we recognised a heading
 * the string match missed, or where the heading is that the string match
 * found but the template's place for it is not.
 */
export function explainDifference(result, facts, specIds) {
  const reasons = []
  facts.headings.forEach((entry, index) => {
    if (entry.optional) return
    const id = specIds.get(headingKey(entry.heading))
    const found = id && result.found.get(id)
    const present = found && found.kind !== 'level' && found.kind !== 'misplaced'
    if (result.allRequired && !result.approximate[index] && present) {
      const how = found.kind === 'canonical' ? 'normalised' : found.kind === 'near' ? 'near miss' : found.kind
      reasons.push(`${how}: \`${found.title}\` is ${entry.heading}`)
    }
    if (!result.allRequired && result.approximate[index] && !present) {
      if (found?.kind === 'misplaced') reasons.push(`misplaced: \`${found.title}\` is under \`${found.under ?? '(no section)'}\``)
      else if (found) reasons.push(`wrong level: \`${found.title}\` is level ${found.depth}`)
      else if (result.missing.includes(entry.heading)) reasons.push(`not in place: ${entry.heading} is there, but not where the template nests it`)
    }
  })
  return reasons
}

function specIdsOf(options, type) {
  const ids = new Map()
  const visit = (entries) => {
    for (const entry of entries) {
      const spec = typeof entry === 'string' ? {heading: entry} : entry
      ids.set(headingKey(spec.heading), spec.id ?? slug(spec.heading))
      if (spec.children) visit(spec.children)
    }
  }
  visit(options.types[type].sections)
  return ids
}

function summarise(recipe, facts, results, required, options) {
  const count = (predicate) => results.filter(predicate).length
  const specIds = specIdsOf(options, recipe.type)
  const differences = results
    .filter((result) => result.allRequired !== result.approximateAll)
    .map((result) => ({path: result.path, ours: result.allRequired, recomputed: result.approximateAll, reasons: explainDifference(result, facts, specIds)}))
  return {
    name: recipe.name,
    source: recipe.source,
    type: recipe.type,
    selection: recipe.selection,
    docsChecked: {ours: results.length, theirs: facts.docsChecked},
    allRequired: {
      ours: count((result) => result.allRequired),
      strict: count((result) => result.allRequiredStrict),
      anyParent: count((result) => result.allRequiredAnyParent),
      theirs: facts.allRequired,
      approximation: count((result) => result.approximateAll)
    },
    detected: tallyOf(results.map((result) => result.detected)),
    // Documents with at least one message of each rule.
    rules: tallyOf(results.flatMap((result) => result.rules)),
    withNearMiss: count((result) => result.nearMisses.length > 0),
    withWrongLevel: count((result) => result.wrongLevel.length > 0),
    withMisplaced: count((result) => result.misplaced.length > 0),
    withoutTitle: count((result) => result.missingTitle),
    outOfOrder: count((result) => result.outOfOrder > 0),
    crashed: results.filter((result) => result.crashed.length > 0).map((result) => result.path),
    requiredHeadings: required.length,
    differences,
    results
  }
}

/** Per template heading: how often ours found it, how (canonical, alias, extended, near), against the corpus's counts. */
export function perHeading(corpus, summary, options) {
  const facts = corpusFacts(corpus, summary.source)
  const specs = new Map()
  const typeConfig = options.types[summary.type]
  const flat = []
  const visit = (entries, parent) => {
    for (const entry of entries) {
      const spec = typeof entry === 'string' ? {heading: entry} : entry
      flat.push({...spec, parent})
      if (spec.children) visit(spec.children, spec.heading)
    }
  }
  visit(typeConfig.sections, undefined)
  for (const spec of flat) specs.set(headingKey(spec.heading), spec)
  return facts.headings.map((entry, index) => {
    const spec = specs.get(headingKey(entry.heading))
    const id = spec ? (spec.id ?? slug(spec.heading)) : undefined
    const kinds = {canonical: 0, alias: 0, extended: 0, near: 0, level: 0, misplaced: 0}
    let ours = 0
    const onlyOurs = []
    const onlyTheirs = []
    for (const result of summary.results) {
      const found = id && result.found.get(id)
      // At the wrong level (`level`) or outside its parent (`misplaced`) the section is reported, not found.
      const present = found && found.kind !== 'level' && found.kind !== 'misplaced'
      if (found) kinds[found.kind]++
      if (present) ours++
      if (present && !result.approximate[index]) onlyOurs.push({path: result.path, how: found.kind, heading: found.title})
      if (!present && result.approximate[index]) {
        const how = !found ? 'missing' : found.kind === 'misplaced' ? `misplaced, under ${found.under ?? '(no section)'}` : `level ${found.depth}`
        onlyTheirs.push({path: result.path, how})
      }
    }
    return {
      heading: entry.heading,
      level: entry.level,
      parent: spec?.parent,
      optional: entry.optional,
      ours,
      kinds,
      theirsExact: entry.exact,
      theirsLoose: entry.loose,
      approximation: summary.results.filter((result) => result.approximate[index]).length,
      onlyOurs,
      onlyTheirs
    }
  })
}

/** `Risks and Mitigations` -> `risks-and-mitigations`, as src/types/custom-types.ts makes default ids. */
function slug(heading) {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section'
}

function tallyOf(values) {
  const counts = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

/** A decision-record source with the built-in types: detection, and the all-required count per type. */
export async function runAdrSource(corpus, entry, {limit = Number.POSITIVE_INFINITY, documents} = {}) {
  const facts = corpusFacts(corpus, entry.source)
  const paths = (documents ?? sourceDocuments(corpus, entry)).slice(0, limit)
  const detected = []
  const forced = {adr: [], madr: []}
  for (const relative of paths) {
    const result = await checkDocument(corpus, entry.source, relative, {})
    result.approximate = approximateHas(corpus, entry.source, relative, facts.headings, undefined, result.tree)
    delete result.tree
    result.approximateAll = facts.headings.every((heading, index) => heading.optional || result.approximate[index])
    detected.push(result)
    for (const type of ['adr', 'madr']) {
      const result = await checkDocument(corpus, entry.source, relative, {type})
      delete result.tree
      forced[type].push(result)
    }
  }
  const count = (results, predicate) => results.filter(predicate).length
  const types = tallyOf(detected.map((result) => (result.type ? `${result.type} (${result.typeSource})` : 'none')))
  return {
    name: entry.name,
    source: entry.source,
    selection: entry.selection,
    template: facts.template,
    docsChecked: {ours: paths.length, theirs: facts.docsChecked},
    detected: types,
    allRequired: {
      detected: count(detected, (result) => result.allRequired),
      detectedStrict: count(detected, (result) => result.allRequiredStrict),
      adr: count(forced.adr, (result) => result.allRequired),
      madr: count(forced.madr, (result) => result.allRequired),
      theirs: facts.allRequired,
      approximation: count(detected, (result) => result.approximateAll)
    },
    crashed: [...detected, ...forced.adr, ...forced.madr].filter((result) => result.crashed.length > 0).map((result) => result.path),
    results: detected,
    forced
  }
}

function pad(value, width) {
  const text = String(value ?? '-')
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '-').length)))
  return rows.map((row) => row.map((cell, column) => pad(cell, widths[column])).join('  ').trimEnd()).join('\n')
}

/** A summary for the JSON file: every document's verdict, not the parsed details (`forced` runs are only counted). */
function forJson(summary) {
  const {results, forced, ...rest} = summary
  void forced
  return {
    ...rest,
    documents: results.map((result) => ({
      path: result.path,
      type: result.type ?? null,
      typeSource: result.typeSource ?? null,
      allRequired: result.allRequired,
      allRequiredStrict: result.allRequiredStrict,
      approximateAll: result.approximateAll,
      missing: result.missing,
      wrongLevel: result.wrongLevel,
      misplaced: result.misplaced,
      nearMisses: result.nearMisses,
      missingTitle: result.missingTitle,
      ...(result.detected ? {detected: result.detected} : {})
    }))
  }
}

async function main() {
  const {values} = scriptArguments(import.meta.url, {
    options: {
      corpus: {type: 'string', default: DEFAULT_CORPUS},
      only: {type: 'string'},
      limit: {type: 'string'},
      examples: {type: 'string', default: '0'},
      json: {type: 'string', default: path.join(ROOT, 'bench-results', 'recipes.json')}
    }
  })
  const corpus = path.resolve(values.corpus)
  if (!fs.existsSync(corpus)) {
    console.error(`recipes: no corpus at ${corpus}; pass --corpus <folder>`)
    process.exit(2)
  }
  const only = values.only ? new Set(values.only.split(',').map((name) => name.trim())) : undefined
  const limit = countOption(import.meta.url, '--limit', values.limit) ?? Number.POSITIVE_INFINITY
  const examples = countOption(import.meta.url, '--examples', values.examples, 0)
  const started = Date.now()

  const recipes = []
  for (const recipe of RECIPES.filter((entry) => !only || only.has(entry.name))) {
    const summary = await runRecipe(corpus, recipe, {limit})
    summary.headings = perHeading(corpus, summary, recipeOptions(recipe.name))
    recipes.push(summary)
  }
  const adrs = []
  for (const entry of ADR_SOURCES.filter((source) => !only || only.has(source.name))) adrs.push(await runAdrSource(corpus, entry, {limit}))

  if (recipes.length > 0) {
    console.log(
      'Recipes (type forced; "ours": every required section where the template puts it, near misses as present; "strict": near misses as absent;\n' +
        '"+misplaced": subsections outside their parent as present):\n'
    )
    console.log(
      table([
        [
          'source',
          'recipe',
          'docs ours',
          'docs theirs',
          'all req. ours',
          'strict',
          '+misplaced',
          'theirs',
          'recomputed',
          'near miss',
          'wrong level',
          'misplaced',
          'no title',
          'order'
        ],
        ...recipes.map((summary) => [
          summary.source,
          summary.name,
          summary.docsChecked.ours,
          summary.docsChecked.theirs,
          summary.allRequired.ours,
          summary.allRequired.strict,
          summary.allRequired.anyParent,
          summary.allRequired.theirs,
          summary.allRequired.approximation,
          summary.withNearMiss,
          summary.withWrongLevel,
          summary.withMisplaced,
          summary.withoutTitle,
          summary.outOfOrder
        ])
      ])
    )
    console.log('\nDocuments with a message from each rule:')
    for (const summary of recipes) {
      console.log(`  ${summary.source}: ${Object.entries(summary.rules).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ')}`)
    }
    console.log('\nType assigned without forcing it (recipe configuration, paths as in the project):')
    for (const summary of recipes) {
      console.log(`  ${summary.source}: ${Object.entries(summary.detected).map(([type, n]) => `${type} ${n}`).join(', ')}`)
    }
    for (const summary of recipes) {
      console.log(
        `\n${summary.source} per template heading (ours: canonical+alias+extended+near, level: only at the wrong level, misp.: only outside its parent; theirs: exact/loose; recomputed):`
      )
      console.log(
        table([
          ['heading', 'ours', 'canon', 'alias', 'ext', 'near', 'level', 'misp.', 'theirs', 'loose', 'recomp'],
          ...summary.headings.map((entry) => [
            `${'  '.repeat(Math.max(0, entry.level - 2))}${entry.heading}${entry.optional ? ' (opt)' : ''}`,
            entry.ours,
            entry.kinds.canonical,
            entry.kinds.alias,
            entry.kinds.extended,
            entry.kinds.near,
            entry.kinds.level,
            entry.kinds.misplaced,
            entry.theirsExact,
            entry.theirsLoose,
            entry.approximation
          ])
        ])
      )
      if (examples > 0) {
        console.log(`  documents where ours and the recomputed approximation disagree (${summary.differences.length}):`)
        for (const difference of summary.differences) {
          console.log(`  ${difference.ours ? 'ours only  ' : 'theirs only'} ${difference.path}: ${difference.reasons.join('; ') || '?'}`)
        }
        for (const entry of summary.headings) {
          for (const example of entry.onlyOurs.slice(0, examples)) console.log(`  + ${entry.heading}: ${example.path} (${example.how}: ${example.heading})`)
          for (const example of entry.onlyTheirs.slice(0, examples)) console.log(`  - ${entry.heading}: ${example.path} (${example.how})`)
        }
      }
    }
  }
  if (adrs.length > 0) {
    console.log('\nDecision records (built-in types, no configuration):\n')
    console.log(
      table([
        ['source', 'docs ours', 'docs theirs', 'detected', 'all req. detected', 'forced adr', 'forced madr', 'theirs', 'recomputed'],
        ...adrs.map((summary) => [
          summary.source,
          summary.docsChecked.ours,
          summary.docsChecked.theirs,
          Object.entries(summary.detected)
            .map(([type, n]) => `${type} ${n}`)
            .join(', '),
          summary.allRequired.detected,
          summary.allRequired.adr,
          summary.allRequired.madr,
          summary.allRequired.theirs,
          summary.allRequired.approximation
        ])
      ])
    )
    if (examples > 0) {
      for (const summary of adrs) {
        for (const result of summary.results.filter((entry) => entry.allRequired !== entry.approximateAll).slice(0, examples)) {
          console.log(
            `  ${summary.source}/${result.path}: ours ${result.allRequired ? 'yes' : 'no'} (${result.type ?? 'none'}; missing ${result.missing.join(', ') || '-'}), recomputed ${result.approximateAll ? 'yes' : 'no'}`
          )
        }
      }
    }
  }
  const crashed = [...recipes, ...adrs].flatMap((summary) => summary.crashed.map((file) => `${summary.source}/${file}`))
  if (crashed.length > 0) console.log(`\nCrashed rules on: ${crashed.join(', ')}`)
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`)
  fs.mkdirSync(path.dirname(path.resolve(values.json)), {recursive: true})
  fs.writeFileSync(
    path.resolve(values.json),
    JSON.stringify({corpus: path.relative(ROOT, corpus), recipes: recipes.map(forJson), adr: adrs.map(forJson)}, null, 2) + '\n'
  )
  console.log(`Wrote ${path.relative(process.cwd(), path.resolve(values.json))}`)
  if (crashed.length > 0) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main()
}
