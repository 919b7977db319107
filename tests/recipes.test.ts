/**
 * The recipes in docs/recipes/: each configuration is valid and is the one its
 * page shows; a hand-written conforming document passes through the real CLI
 * with the configuration found as `.remarkrc.json` and the type found by the
 * recipe's globs; and a fixed sample of each corpus source (15 documents
 * spread over the sorted list, ../shared/corpus) gives the counts below, as
 * computed by scripts/recipes.js (`npm run recipes` runs every document). A
 * change in matching or detection shows up here as a changed count.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, strategyLint} from '../fixtures/cli/project.js'
import {lint, type StrategyOptions} from '../src/index.js'
// Plain ESM that runs on dist/ (built by `pretest`): the same code `npm run recipes` runs.
import {
  ADR_SOURCES,
  DEFAULT_CORPUS,
  RECIPES,
  recipeOptions,
  runAdrSource,
  runRecipe,
  sampleDocuments,
  sourceDocuments
} from '../scripts/recipes.js'
import {corpusPresent} from './support/corpus.js'

afterAll(removeProjects)

const SAMPLE = 15

interface Recipe {
  name: string
  source: string
  type: string
}

interface CheckResult {
  path: string
  missing: string[]
  wrongLevel: string[]
  misplaced: string[]
  nearMisses: string[]
  allRequired: boolean
  allRequiredAnyParent: boolean
}

/** Where the fixture goes in a temporary project so that the recipe's globs find it, and a required section to take out of a copy. */
const PLACES: Record<string, {file: string; broken: string; drop: string}> = {
  kep: {file: 'keps/sig-node/4821-pod-restart-budget/README.md', broken: 'keps/sig-node/4822-broken/README.md', drop: 'Drawbacks'},
  'rust-rfc': {file: 'text/3800-slice-pairs.md', broken: 'text/3801-broken.md', drop: 'Prior art'},
  'openshift-enhancement': {
    file: 'enhancements/machine-config/node-drain-timeout.md',
    broken: 'enhancements/machine-config/broken.md',
    drop: 'Support Procedures'
  },
  'go-design': {file: 'design/70000-waitgroup-limit.md', broken: 'design/70001-broken.md', drop: 'Compatibility'}
}

/**
 * Counts pinned from `scripts/recipes.js` on the sample (`sampleDocuments(sourceDocuments(...), 15)`): all
 * required (in place), strict (near misses as absent), anyParent (subsections outside their parent as present).
 */
const RECIPE_COUNTS: Record<
  string,
  {
    allRequired: number
    strict: number
    anyParent: number
    recomputed: number
    missing: Record<string, number>
    wrongLevel: Record<string, number>
    misplaced: Record<string, number>
  }
> = {
  kep: {
    allRequired: 7,
    strict: 7,
    anyParent: 7,
    recomputed: 7,
    missing: {
      Alternatives: 3,
      'Design Details': 5,
      Drawbacks: 6,
      Motivation: 1,
      'Non-Goals': 1,
      'Production Readiness Review Questionnaire': 4,
      'Release Signoff Checklist': 3,
      // (Forty-fifth session: one KEP's Risks and Mitigations written a level too deep under another subsection of
      // Proposal is said to be so, not missing.)
      'Risks and Mitigations': 3
    },
    wrongLevel: {Alternatives: 1, 'Design Details': 1, 'Risks and Mitigations': 1},
    misplaced: {}
  },
  'rust-rfc': {
    allRequired: 3,
    strict: 3,
    anyParent: 3,
    recomputed: 3,
    missing: {
      Drawbacks: 1,
      'Future possibilities': 11,
      'Guide-level explanation': 10,
      'Prior art': 10,
      'Rationale and alternatives': 1,
      'Reference-level explanation': 10,
      'Unresolved questions': 1
    },
    wrongLevel: {},
    misplaced: {}
  },
  'openshift-enhancement': {
    allRequired: 3,
    strict: 3,
    anyParent: 3,
    recomputed: 2,
    missing: {
      'API Extensions': 8,
      'Alternatives (Not Implemented)': 2,
      Drawbacks: 2,
      'Graduation Criteria': 1,
      'Implementation Details/Notes/Constraints': 1,
      Motivation: 1,
      'OpenShift Kubernetes Engine': 1,
      'Operational Aspects of API Extensions': 9,
      'Risks and Mitigations': 1,
      'Support Procedures': 9,
      'Test Plan': 1,
      'Topology Considerations': 11,
      'Upgrade / Downgrade Strategy': 2,
      'User Stories': 1,
      'Version Skew Strategy': 2,
      'Workflow Description': 10
    },
    // The older layout: Test Plan and the rest as `###` under `## Design Details`, User Stories under Proposal, a top-level Drawbacks.
    wrongLevel: {
      'Graduation Criteria': 10,
      'Operational Aspects of API Extensions': 2,
      'Support Procedures': 2,
      'Test Plan': 10,
      'Upgrade / Downgrade Strategy': 9,
      'Version Skew Strategy': 9
    },
    misplaced: {Drawbacks: 8, 'User Stories': 8}
  },
  'go-design': {
    allRequired: 6,
    strict: 6,
    anyParent: 6,
    recomputed: 6,
    missing: {Abstract: 1, Background: 3, Compatibility: 6, Implementation: 2, Proposal: 3, Rationale: 7},
    wrongLevel: {Implementation: 1},
    misplaced: {}
  }
}

/** Documents the recipe pages name, one per way a section can be found or not: the verdicts the script gives them. */
const NAMED_DOCUMENTS: Array<{recipe: string; path: string; expected: Omit<CheckResult, 'path'>}> = [
  {
    // Design Details' subsections under an author's `## Backwards Compatibility`: misplaced, so not all in place.
    recipe: 'kep',
    path: 'keps/sig-api-machinery/2339-storageversion-api-for-ha-api-servers/README.md',
    expected: {
      allRequired: false,
      allRequiredAnyParent: true,
      missing: [],
      wrongLevel: [],
      misplaced: ['Graduation Criteria', 'Test Plan', 'Upgrade / Downgrade Strategy', 'Version Skew Strategy'],
      nearMisses: []
    }
  },
  {
    // The older template: level 2 is the sections' level, so the `###` sections under `## Design Details` are at the wrong level.
    recipe: 'openshift-enhancement',
    path: 'enhancements/agent-installer/agent-based-installer.md',
    expected: {
      allRequired: false,
      allRequiredAnyParent: false,
      missing: ['Topology Considerations', 'Workflow Description'],
      wrongLevel: [
        'Graduation Criteria',
        'Operational Aspects of API Extensions',
        'Support Procedures',
        'Test Plan',
        'Upgrade / Downgrade Strategy',
        'Version Skew Strategy'
      ],
      misplaced: ['Drawbacks', 'User Stories'],
      nearMisses: []
    }
  },
  {
    // `# Proposal: Soft memory limit` is the title, not the Proposal section.
    recipe: 'go-design',
    path: 'design/48409-soft-memory-limit.md',
    expected: {
      allRequired: false,
      allRequiredAnyParent: false,
      missing: ['Background', 'Compatibility', 'Implementation', 'Proposal', 'Rationale'],
      wrongLevel: [],
      misplaced: [],
      nearMisses: []
    }
  },
  {
    // `## Drawbacks and Alternatives` is Drawbacks extended, not a near miss of Rationale and alternatives.
    recipe: 'rust-rfc',
    path: 'text/1105-api-evolution.md',
    expected: {
      allRequired: false,
      allRequiredAnyParent: false,
      missing: ['Future possibilities', 'Guide-level explanation', 'Prior art', 'Rationale and alternatives', 'Reference-level explanation'],
      wrongLevel: [],
      misplaced: [],
      nearMisses: []
    }
  }
]

/** Per decision-record source, on the sample: the type detection assigned (and how), and the all-required counts. */
const ADR_COUNTS: Record<string, {detected: Record<string, number>; allRequired: {detected: number; adr: number; madr: number; recomputed: number}}> = {
  madr: {detected: {'madr (glob)': 15}, allRequired: {detected: 15, adr: 0, madr: 15, recomputed: 15}},
  'arachne-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 15, adr: 15, madr: 0, recomputed: 15}},
  'govuk-aws-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 15, adr: 15, madr: 0, recomputed: 15}},
  // The sample holds the repository's `0000-TEMPLATE.md`: its name marks it as a template, so no built-in type reads it
  // (the corpus's approximation counts it, and forcing `adr` checks it too).
  'govuk-infrastructure-adrs': {detected: {'adr (glob)': 14, none: 1}, allRequired: {detected: 14, adr: 15, madr: 0, recomputed: 15}},
  'moj-modernisation-platform-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 13, adr: 13, madr: 2, recomputed: 13}},
  'moj-cloud-platform-adrs': {detected: {'adr (glob)': 14, none: 1}, allRequired: {detected: 11, adr: 11, madr: 0, recomputed: 11}},
  'cisagov-getgov-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 13, adr: 13, madr: 5, recomputed: 12}},
  'carbon-aware-sdk-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 13, adr: 13, madr: 0, recomputed: 11}},
  'log4brains-adrs': {detected: {'madr (glob)': 14, 'adr (glob)': 1}, allRequired: {detected: 9, adr: 2, madr: 9, recomputed: 9}},
  'cometbft-adrs': {detected: {'adr (glob)': 15}, allRequired: {detected: 15, adr: 15, madr: 0, recomputed: 4}}
}

function tally(lists: string[][]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const list of lists) for (const name of list) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

function readRecipe(name: string): {config: {plugins: [string, StrategyOptions][]}; page: string} {
  const folder = path.join(PACKAGE_ROOT, 'docs', 'recipes')
  return {
    config: JSON.parse(fs.readFileSync(path.join(folder, `${name}.remarkrc.json`), 'utf8')),
    page: fs.readFileSync(path.join(folder, `${name}.md`), 'utf8')
  }
}

/** The `json` code blocks of a page that hold a `.remarkrc` (a `plugins` list). */
function rcBlocks(page: string): unknown[] {
  const blocks = [...page.matchAll(/^```json\r?\n([\s\S]*?)\r?\n```$/gm)].map((match) => JSON.parse(match[1]) as Record<string, unknown>)
  return blocks.filter((block) => Array.isArray(block.plugins))
}

describe('recipes: configurations', () => {
  it('every recipe has a page, a configuration and a fixture, and the index links each page', () => {
    const index = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'recipes', 'README.md'), 'utf8')
    for (const recipe of RECIPES as Recipe[]) {
      expect(fs.existsSync(path.join(PACKAGE_ROOT, 'fixtures', 'recipes', `${recipe.name}.md`)), recipe.name).toBe(true)
      expect(index, recipe.name).toContain(`(./${recipe.name}.md)`)
      expect(PLACES[recipe.name], recipe.name).toBeDefined()
    }
  })

  it.each((RECIPES as Recipe[]).map((recipe) => [recipe.name, recipe]))('%s: the page shows the .remarkrc.json as it is', (name) => {
    const {config, page} = readRecipe(name)
    const blocks = rcBlocks(page)
    expect(blocks, `${name}.md should show the configuration once`).toHaveLength(1)
    expect(blocks[0]).toEqual(config)
  })

  it.each((RECIPES as Recipe[]).map((recipe) => [recipe.name, recipe]))('%s: the configuration is valid and its type checks the fixture cleanly', async (name, recipe) => {
    const {config} = readRecipe(name)
    expect(config.plugins).toHaveLength(1)
    const [plugin, options] = config.plugins[0]
    expect(plugin).toBe('remark-lint-strategy')
    expect(Object.keys(options.types ?? {})).toEqual([recipe.type])
    const value = fs.readFileSync(path.join(PACKAGE_ROOT, 'fixtures', 'recipes', `${name}.md`), 'utf8')
    expect(await lint({path: PLACES[name].file, value}, {...options, type: recipe.type})).toEqual([])
    // Without a forced type, the title or the headings still find it.
    const detected = await lint({value}, options)
    expect(detected.filter((message) => message.ruleId === 'strategy-document-type')).toEqual([])
  })
})

describe.concurrent('recipes: the fixtures through the CLI', () => {
  it.each((RECIPES as Recipe[]).map((recipe) => [recipe.name]))(
    '%s: the conforming fixture passes; a copy without a required section does not',
    async (name) => {
      const place = PLACES[name]
      const fixture = fs.readFileSync(path.join(PACKAGE_ROOT, 'fixtures', 'recipes', `${name}.md`), 'utf8')
      const heading = new RegExp(`^(#+) ${place.drop.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm')
      expect(fixture, `the fixture has a \`${place.drop}\` heading`).toMatch(heading)
      const dir = makeProject({
        '.remarkrc.json': fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'recipes', `${name}.remarkrc.json`), 'utf8'),
        [place.file]: fixture,
        // `Notes` is a common heading, so no near miss stands in for the section.
        [place.broken]: fixture.replace(heading, '$1 Notes')
      })
      linkPackage(dir)
      const good = await strategyLint(['--format', 'json', place.file], dir)
      expect(good.stderr).toBe('')
      expect(good.code, good.stdout).toBe(0)
      const [file] = JSON.parse(good.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
      expect(file.messages).toEqual([])

      // No --type: the recipe's globs make the file a document of the recipe's type.
      const broken = await strategyLint(['--format', 'json', place.broken], dir)
      expect(broken.code, broken.stderr + broken.stdout).toBe(1)
      const [brokenFile] = JSON.parse(broken.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
      expect(brokenFile.messages.map((message) => [message.ruleId, message.reason.split(';')[0]])).toEqual([
        ['strategy-required-sections', `Missing section \`${place.drop}\``]
      ])
    }
  )

})

// The corpus samples, in process; skipped with a message when ../shared/corpus is absent.
describe.skipIf(!corpusPresent('the recipes\' corpus samples'))('recipes: corpus samples', {concurrent: true}, () => {
  it.each((RECIPES as Recipe[]).map((recipe) => [recipe.name, recipe]))('%s: the sample gives the pinned counts', async (name, recipe) => {
    const documents = sampleDocuments(sourceDocuments(DEFAULT_CORPUS, recipe), SAMPLE)
    expect(documents).toHaveLength(SAMPLE)
    const summary = await runRecipe(DEFAULT_CORPUS, recipe, {documents})
    const results = summary.results as CheckResult[]
    expect(summary.crashed).toEqual([])
    expect({
      allRequired: summary.allRequired.ours,
      strict: summary.allRequired.strict,
      anyParent: summary.allRequired.anyParent,
      recomputed: summary.allRequired.approximation,
      missing: tally(results.map((result) => result.missing)),
      wrongLevel: tally(results.map((result) => result.wrongLevel)),
      misplaced: tally(results.map((result) => result.misplaced))
    }).toEqual(RECIPE_COUNTS[name])
    // The recipe's options as written are what the script used.
    expect(recipeOptions(name)).toEqual(readRecipe(name).config.plugins[0][1])
  })

  it.each(NAMED_DOCUMENTS.map((entry) => [entry.recipe, entry.path, entry]))('%s: %s gets the verdict its page describes', async (name, _path, entry) => {
    const recipe = (RECIPES as Recipe[]).find((candidate) => candidate.name === name)!
    const summary = await runRecipe(DEFAULT_CORPUS, recipe, {documents: [entry.path]})
    const [result] = summary.results as CheckResult[]
    const sorted = (list: string[]) => [...list].sort()
    expect({
      allRequired: result.allRequired,
      allRequiredAnyParent: result.allRequiredAnyParent,
      missing: sorted(result.missing),
      wrongLevel: sorted(result.wrongLevel),
      misplaced: sorted(result.misplaced),
      nearMisses: sorted(result.nearMisses)
    }).toEqual(entry.expected)
  })

  it.each((ADR_SOURCES as Recipe[]).map((source) => [source.name, source]))('%s: detection and counts with the built-in types', async (name, source) => {
    const documents = sampleDocuments(sourceDocuments(DEFAULT_CORPUS, source), SAMPLE)
    expect(documents).toHaveLength(SAMPLE)
    const summary = await runAdrSource(DEFAULT_CORPUS, source, {documents})
    expect(summary.crashed).toEqual([])
    expect({
      detected: summary.detected,
      allRequired: {
        detected: summary.allRequired.detected,
        adr: summary.allRequired.adr,
        madr: summary.allRequired.madr,
        recomputed: summary.allRequired.approximation
      }
    }).toEqual(ADR_COUNTS[name])
  })
})
