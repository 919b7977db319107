/**
 * Bad configuration through the real CLI (`node bin/strategy-lint.js` in a
 * temporary project that links this package): every invalid configuration,
 * rc file or flag exits 2 with exactly one `strategy-lint:` line on stderr
 * naming the problem, no stack trace and no report.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {GOOD_STRATEGY, WARNINGS_ONLY} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, removeProjects, strategyLint, type RunResult} from '../fixtures/cli/project.js'

afterAll(removeProjects)

function expectOneLineError(result: RunResult, pattern: RegExp): void {
  expect(result.code, `exit code; stderr: ${result.stderr}\nstdout: ${result.stdout}`).toBe(2)
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^strategy-lint: \S/)
  expect(result.stderr).not.toMatch(/\n\s+at |\[cause\]|internal error/)
  expect(lines[0]).toMatch(pattern)
  // No report for a configuration that was never applied.
  expect(result.stdout).toBe('')
}

type Case = [name: string, files: Record<string, string>, args: string[], pattern: RegExp]

/** A `.remarkrc` using the plugin with `options`. */
function plugin(options: unknown): Record<string, string> {
  return {'.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', options]]})}
}

/** A `.remarkrc` setting one rule to `setting`. */
function rule(id: string, setting: unknown): Record<string, string> {
  return plugin({rules: {[id]: setting}})
}

const pluginCases: Case[] = [
  ['unknown plugin option', plugin({bogus: 1}), [], /unknown option `bogus`/],
  ['plugin options a string', plugin('strategy'), [], /remark-lint-strategy: got "strategy", expected an options object/],
  ['plugin options a number', plugin(42), [], /remark-lint-strategy: got number 42, expected an options object/],
  ['unknown document type', plugin({type: 'rfc'}), [], /unknown document type: got "rfc"/],
  ['document type a number', plugin({type: 5}), [], /option `type`: got number 5/],
  ['document type empty', plugin({type: ''}), [], /option `type`: got "", expected a non-empty string/],
  ['globs a string', plugin({globs: 'docs/**/*.md'}), [], /option `globs`: got "docs\/\*\*\/\*\.md", expected an object of file globs/],
  ['globs an array', plugin({globs: ['docs/**/*.md']}), [], /option `globs`: got an array/],
  ['globs null', plugin({globs: null}), [], /option `globs`: got null/],
  // A folder matches no file: the glob typed nothing, and its files were skipped as untyped.
  ['a glob naming a folder', plugin({globs: {'docs/strategy/': 'strategy'}}), [], /option `globs`: glob `docs\/strategy\/` names a folder, and globs match files \(it would type none\); write `docs\/strategy\/\*\*\/\*\.md` \(in \.remarkrc\)$/],
  ['a glob naming every folder', plugin({globs: {'docs/**/': 'strategy'}}), [], /glob `docs\/\*\*\/` names a folder, and globs match files \(it would type none\); write `docs\/\*\*\/\*\.md`/],
  // Without the `/`, a folder the disk has: `docs/strategy` may name a file without an extension, so the disk tells.
  ['a glob naming a folder there is', {...plugin({globs: {'docs/strategy': 'strategy'}}), 'docs/strategy/a.md': '# A\n'}, [], /glob `docs\/strategy` names a folder, and globs match files \(it would type none\); write `docs\/strategy\/\*\*\/\*\.md` \(in \.remarkrc\)$/],
  ['a glob naming a folder as `/.`', {...plugin({globs: {'docs/strategy/.': 'strategy'}}), 'docs/strategy/a.md': '# A\n'}, [], /glob `docs\/strategy\/\.` names a folder, and globs match files \(it would type none\); write `docs\/strategy\/\*\*\/\*\.md` \(in \.remarkrc\)$/],
  // Matching takes time that grows as a power of the path's length: on a 40-character name, hours (a QA reader's run never ended).
  ['a glob with 17 wildcards in a segment', plugin({globs: {'*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b': 'strategy'}}), [], /option `globs`: glob `\*a\*a.*\*b` has 17 `\*` wildcards \(at most 3 in one segment\): matching it takes time that grows as a power of the path's length \(minutes on a long file name\); use fewer wildcards/],
  ['a glob with four `**`', plugin({globs: {'**/a/**/b/**/c/**/d.md': 'strategy'}}), [], /option `globs`: glob `\*\*\/a\/\*\*\/b\/\*\*\/c\/\*\*\/d\.md` has 4 `\*\*` segments \(at most 3\)/],
  ['a type glob with five wildcards in a segment', plugin({types: {rfc: {extends: 'strategy', globs: ['rfcs/*a*a*a*a*b.md']}}}), [], /option `types\.rfc\.globs\[0\]`: glob `rfcs\/\*a\*a\*a\*a\*b\.md` has 5 `\*` wildcards in the path segment `\*a\*a\*a\*a\*b\.md` \(at most 3 in one segment\)/],
  ['an ignore pattern with 17 wildcards', {'.remarkignore': '# drafts\n\n*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n'}, [], /^strategy-lint: the ignore file \.remarkignore, line 3: pattern `\*a\*a.*\*b` has 17 `\*` wildcards \(at most 3 in one segment\): matching it takes time/],
  // (Git itself took 68 s on this one; a UUID pattern, `*-*-*-*.log`, is a .gitignore's own business and passes.)
  ['a .gitignore pattern with six wildcards', {'.gitignore': 'node_modules/\n*-*-*-*.log\n*a*a*a*a*a*b\n'}, [], /^strategy-lint: the ignore file \.gitignore, line 3: pattern `\*a\*a\*a\*a\*a\*b` has 6 `\*` wildcards \(at most 5 in one segment\): git itself takes minutes to match it against a long file name; use fewer wildcards, or pass --no-gitignore$/],
  ['a glob with wildcards spread over its segments', plugin({globs: {'*a*a*/*a*a*/*a*a*/*a*a*b.md': 'strategy'}}), [], /glob `\*a\*a\*\/.*` has 8 `\*` wildcards beyond the first of their path segments \(at most 3 in all: their times multiply\)/],
  ['an --ignore-path pattern with five wildcards', {'ignore.txt': '!x/*a*a*a*a*b\n'}, ['--ignore-path', 'ignore.txt'], /^strategy-lint: the ignore file ignore\.txt, line 1: pattern `!x\/\*a\*a\*a\*a\*b` has 5 `\*` wildcards in the path segment/],
  ['a chain of 10,000 types extending one another', plugin({types: Object.fromEntries(Array.from({length: 10_001}, (_, index) => [`t${index}`, {extends: index === 10_000 ? 'strategy' : `t${index + 1}`}]))}), [], /option `types\.t63\.extends`: makes a chain of more than 64 types extending one another \(`t0` -> \.\.\. -> `t64`\); extend a type nearer the base/],
  ['glob mapped to an unknown type', plugin({globs: {'docs/**/*.md': 'rfc'}}), [], /glob `docs\/\*\*\/\*\.md`: got "rfc", expected one of `strategy`, `vision`, `adr`, `madr`/],
  ['glob mapped to a number', plugin({globs: {'docs/**/*.md': 1}}), [], /glob `docs\/\*\*\/\*\.md`: got number 1/],
  ['glob mapped to an object', plugin({globs: {'docs/**/*.md': {type: 'strategy'}}}), [], /glob `docs\/\*\*\/\*\.md`: got an object/],
  ['rules a string', plugin({rules: 'all'}), [], /option `rules`: got "all", expected an object of rule ids/],
  ['rules an array', plugin({rules: ['strategy-placeholder']}), [], /option `rules`: got an array/],
  ['unknown rule id', rule('strategy-nope', 'error'), [], /unknown rule `strategy-nope`/],
  ['remark-lint style rule id', rule('remark-lint-strategy-placeholder', 'error'), [], /unknown rule `remark-lint-strategy-placeholder`/]
]

const severityCases: Case[] = [
  ['unknown severity word', rule('strategy-placeholder', 'fatal'), [], /rule `strategy-placeholder`: got "fatal", expected a severity/],
  ['severity number 3', rule('strategy-placeholder', 3), [], /rule `strategy-placeholder`: got number 3, expected a severity/],
  ['severity in capitals', rule('strategy-placeholder', 'Error'), [], /rule `strategy-placeholder`: got "Error", expected a severity: `off`, `on`, `warn` \(or `warning`\), `error` \(or 0, 1, 2\); severities are lower case: `error` \(in \.remarkrc\)$/],
  ['severity -1', rule('strategy-placeholder', -1), [], /rule `strategy-placeholder`: got number -1, expected a severity/],
  ['empty setting array', rule('strategy-placeholder', []), [], /rule `strategy-placeholder`: got an array, expected `\[severity\]` or `\[severity, options\]`/],
  ['setting array of three', rule('strategy-placeholder', ['warn', {}, 1]), [], /rule `strategy-placeholder`: got an array, expected `\[severity\]`/],
  ['bad severity in an array', rule('strategy-placeholder', ['loud', {}]), [], /rule `strategy-placeholder`: got "loud", expected a severity/],
  ['null severity in an array', rule('strategy-placeholder', [null]), [], /rule `strategy-placeholder`: got null, expected a severity/],
  ['object severity in an array', rule('strategy-placeholder', [{}, {}]), [], /rule `strategy-placeholder`: got an object, expected a severity/]
]

const ruleOptionCases: Case[] = [
  ['measurable-criteria requireDeadline a string', rule('strategy-measurable-criteria', {requireDeadline: 'yes'}), [], /strategy-measurable-criteria`: option `requireDeadline`: got "yes", expected true or false/],
  ['measurable-criteria unknown option', rule('strategy-measurable-criteria', ['warn', {deadline: true}]), [], /strategy-measurable-criteria`: unknown option `deadline`, expected one of `requireDeadline`/],
  ['non-goals minimum 0', rule('strategy-non-goals', {minimum: 0}), [], /strategy-non-goals`: option `minimum`: got number 0, expected an integer >= 1/],
  ['non-goals minimum 1.5', rule('strategy-non-goals', ['error', {minimum: 1.5}]), [], /strategy-non-goals`: option `minimum`: got number 1.5/],
  ['noncommittal add a string', rule('strategy-noncommittal', {add: 'maybe'}), [], /strategy-noncommittal`: option `add`: got "maybe", expected an array of non-empty strings/],
  ['noncommittal remove with a number', rule('strategy-noncommittal', {remove: [1]}), [], /strategy-noncommittal`: option `remove`\[0\]: got number 1, expected a non-empty string \(in \.remarkrc\)$/],
  ['placeholder allow with an empty string', rule('strategy-placeholder', {allow: ['']}), [], /strategy-placeholder`: option `allow`\[0\]: got "", expected a non-empty string \(in \.remarkrc\)$/],
  ['placeholder allow a string', rule('strategy-placeholder', {allow: 'TODO'}), [], /strategy-placeholder`: option `allow`: got "TODO"/],
  // (Checked only when the rule attached, these named no file.)
  ['principle-count minimum above maximum', rule('strategy-principle-count', {minimum: 6, maximum: 3}), [], /strategy-principle-count`: option `minimum`: got number 6, expected at most maximum \(3\); the defaults are minimum 3 and maximum 5, so set both when one goes past the other's default \(in \.remarkrc\)$/],
  ['stale-deadline date not in the calendar', rule('strategy-stale-deadline', {date: '2026-13-01'}), [], /strategy-stale-deadline`: option `date`: got "2026-13-01", expected a date as YYYY-MM-DD, such as \d{4}-\d\d-\d\d \(in \.remarkrc\)$/],
  ['principle-count maximum a string', rule('strategy-principle-count', {maximum: '5'}), [], /strategy-principle-count`: option `maximum`: got "5", expected an integer >= 1/],
  ['required-sections nearMiss a number', rule('strategy-required-sections', {nearMiss: 1}), [], /strategy-required-sections`: option `nearMiss`: got number 1, expected true or false/],
  ['section-length wordsPerPage 0', rule('strategy-section-length', {wordsPerPage: 0}), [], /strategy-section-length`: option `wordsPerPage`: got number 0/],
  ['section-length wordsPerParagraph a string', rule('strategy-section-length', {wordsPerParagraph: '100'}), [], /strategy-section-length`: option `wordsPerParagraph`: got "100"/],
  ['section-length tolerance below 1', rule('strategy-section-length', {tolerance: 0.5}), [], /strategy-section-length`: option `tolerance`: got number 0.5, expected a number >= 1/],
  ['section-length budgets an array', rule('strategy-section-length', {budgets: []}), [], /strategy-section-length`: option `budgets`: got an array, expected an object of section ids/],
  ['section-length budget for an unknown section', rule('strategy-section-length', {budgets: {nope: {maxWords: 10}}}), [], /strategy-section-length`: option `budgets`: `nope` is no section id of the types in use; docs\/rules\/strategy-section-length\.md lists the ids, such as `context` or `success-criteria` \(in \.remarkrc\)$/],
  // (It listed every id of every type in use, a line of 600 characters.)
  ['section-length budget for a misspelt section', rule('strategy-section-length', {budgets: {contxt: {maxWords: 10}}}), [], /option `budgets`: `contxt` is no section id of the types in use; did you mean `context`\? \(in \.remarkrc\)$/],
  ['section-length budget minWords negative', rule('strategy-section-length', {budgets: {context: {minWords: -1}}}), [], /option `budgets\.context\.minWords`: got number -1/],
  ['section-length budget minWords above maxWords', rule('strategy-section-length', {budgets: {context: {minWords: 50, maxWords: 10}}}), [], /strategy-section-length`: option `budgets\.context\.minWords`: got number 50, expected at most maxWords \(10\) \(in \.remarkrc\)$/],
  // (A rule listed as its own plugin: its errors named no file.)
  ['a rule as its own plugin, a budget for a misspelt section', {'.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy/rules/strategy-section-length', {budgets: {contxt: {maxWords: 50}}}]]})}, [], /strategy-section-length`: option `budgets`: `contxt` is no section id of the types in use; did you mean `context`\? \(in \.remarkrc\)$/],
  ['a rule as its own plugin, minimum above maximum', {'.remarkrc': JSON.stringify({plugins: ['remark-lint-strategy', ['remark-lint-strategy/rules/strategy-principle-count', ['warn', {minimum: 6, maximum: 3}]]]})}, [], /strategy-principle-count`: option `minimum`: got number 6, expected at most maximum \(3\); the defaults are minimum 3 and maximum 5, so set both when one goes past the other's default \(in \.remarkrc\)$/],
  ['section-length budget unknown key', rule('strategy-section-length', {budgets: {context: {words: 10}}}), [], /option `budgets\.context`: unknown option `words`, expected one of `minWords`, `maxWords` \(in \.remarkrc\)$/],
  ['section-length budget a number', rule('strategy-section-length', {budgets: {context: 100}}), [], /option `budgets\.context`: got number 100, expected an options object \(in \.remarkrc\)$/],
  ['unquantified-pitch add with a boolean', rule('strategy-unquantified-pitch', {add: [true]}), [], /strategy-unquantified-pitch`: option `add`\[0\]: got boolean true, expected a non-empty string \(in \.remarkrc\)$/],
  ['vague-goal remove an object', rule('strategy-vague-goal', {remove: {}}), [], /strategy-vague-goal`: option `remove`: got an object/],
  ['vague-goal add `*`, which matches every word', rule('strategy-vague-goal', {add: ['shift left', '*']}), [], /strategy-vague-goal`: option `add`\[1\]: `\*` would match nearly every word; add a word or phrase \(`shift left`\), with at least 3 letters before a trailing `\*` \(`modernis\*`\) \(in \.remarkrc\)$/],
  // Pasted from a Vale style, it matched nothing, and was taken without a word.
  ['noncommittal add a regular expression', rule('strategy-noncommittal', {add: ['\\btime permitting\\b']}), [], /strategy-noncommittal`: option `add`\[0\]: `\\btime permitting\\b` is written as a regular expression, but phrases are matched as words \(any case, a trailing `\*` for any ending\); write `time permitting` \(in \.remarkrc\)$/],
  ['vague-goal add alternatives', rule('strategy-vague-goal', {add: ['seamless|frictionless']}), [], /option `add`\[0\]: `seamless\|frictionless` is written as a regular expression, .*; list each as its own entry: `seamless`, `frictionless`/],
  ['noncommittal add a phrase with a letter stem of two (`C++` and `best effort(s)` are words, and pass)', rule('strategy-noncommittal', {add: ['C++', 'best effort(s)', 'we m*']}), [], /strategy-noncommittal`: option `add`\[2\]: `we m\*` would match nearly every word/],
  ['noncommittal add a two-letter stem', rule('strategy-noncommittal', {add: ['we m*']}), [], /strategy-noncommittal`: option `add`\[0\]: `we m\*` would match nearly every word/],
  ['criteria milestone written with its deadline word', rule('strategy-measurable-criteria', {milestones: ['M3', 'by KubeCon']}), [], /strategy-measurable-criteria`: option `milestones`\[1\]: `by KubeCon` starts with `by`, which the rule reads before a milestone's name; list the name alone: `KubeCon` \(in \.remarkrc\)$/],
  ['criteria milestone `*`, which matches every word', rule('strategy-measurable-criteria', {milestones: ['*']}), [], /strategy-measurable-criteria`: option `milestones`\[0\]: `\*` would match nearly every word; list a milestone's name/],
  ['criteria milestone a number', rule('strategy-measurable-criteria', {milestones: ['M3', 3]}), [], /strategy-measurable-criteria`: option `milestones`\[1\]: got number 3, expected a non-empty string \(in \.remarkrc\)$/],
  ['options for a rule that takes none', rule('strategy-section-order', ['warn', {strict: true}]), [], /strategy-section-order`: takes no options, got \{"strict":true\}/],
  ['options object for a rule that takes none', rule('strategy-document-type', {x: 1}), [], /strategy-document-type`: takes no options/]
]

/** A `.remarkrc` defining one document type `kep` as `definition`. */
function kepType(definition: unknown): Record<string, string> {
  return plugin({types: {kep: definition}})
}

const typeCases: Case[] = [
  ['types an array', plugin({types: ['kep']}), [], /option `types`: got an array, expected an object/],
  ['type id with capitals', plugin({types: {KEP: {sections: ['Summary']}}}), [], /option `types`: type id `KEP` must be lower-case letters/],
  ['type definition a string', kepType('Summary, Motivation'), [], /option `types\.kep`: got "Summary, Motivation", expected an object/],
  ['unknown type field', kepType({sections: ['Summary'], section: []}), [], /option `types\.kep`: unknown option `section`, did you mean `sections`\?/],
  ['type with neither sections nor headings', kepType({name: 'KEP'}), [], /option `types\.kep`: a type needs `sections` or `headings` \(an MD043-style list\), got neither/],
  // (It said `got neither` of a type that had `sections`.)
  ['type with an empty sections list', kepType({name: 'KEP', sections: []}), [], /option `types\.kep`: a type needs `sections` or `headings` \(an MD043-style list\), got an empty `sections` list/],
  ['extends an unknown type', kepType({extends: 'rfc', sections: ['Summary']}), [], /option `types\.kep\.extends`: got "rfc", expected one of `strategy`, `vision`, `adr`, `madr`/],
  ['types extending each other', plugin({types: {a: {extends: 'b'}, b: {extends: 'a'}}}), [], /makes a cycle \(a -> b -> a\)/],
  ['section a number', kepType({sections: ['Summary', 7]}), [], /option `types\.kep\.sections\[1\]`: got number 7, expected a heading \(string\) or a section object/],
  ['section without a heading', kepType({sections: [{required: false}]}), [], /option `types\.kep\.sections\[0\]`: a new section needs `heading`/],
  ['section field misspelt', kepType({sections: [{heading: 'Summary', requird: false}]}), [], /sections\[0\]`: unknown option `requird`, did you mean `required`\?/],
  ['section required a string', kepType({sections: [{heading: 'Summary', required: 'no'}]}), [], /sections\[0\]\.required`: got "no", expected true or false/],
  ['section id with spaces', kepType({sections: [{heading: 'Summary', id: 'the summary'}]}), [], /sections\[0\]\.id`: got "the summary", expected lower-case letters, digits and dashes/],
  ['two sections with one id', kepType({sections: ['Summary', {heading: 'Abstract', id: 'summary'}]}), [], /two sections have the id `summary`/],
  // A heading stands for one section: a name two sections share made the second one "missing", with no word why.
  ['an alias that is another section\'s name', kepType({sections: ['Summary', {heading: 'Motivation', aliases: ['Goals']}, 'Goals']}), [], /a heading `Goals` would name two sections, `Motivation` \(its alias `Goals`\) and `Goals`; a heading stands for one section/],
  ['an alias written as another section\'s id', kepType({sections: [{heading: 'Summary', aliases: ['non-goals']}, 'Non-Goals']}), [], /a heading `Non-Goals` would name two sections, `Summary` \(its alias `non-goals`\) and `Non-Goals`/],
  ['one alias on two sections', kepType({sections: [{heading: 'Summary', aliases: ['Overview']}, {heading: 'Motivation', aliases: ['Overview']}]}), [], /a heading `Overview` would name two sections, `Summary` \(its alias `Overview`\) and `Motivation` \(its alias `Overview`\)/],
  ['a section and its plural', kepType({sections: ['Goal', 'Goals']}), [], /a heading `Goals` would name two sections, `Goal` and `Goals`/],
  [
    'one subsection heading under two parents',
    kepType({sections: [{heading: 'Design', children: [{heading: 'Notes', id: 'design-notes'}]}, {heading: 'Rollout', children: [{heading: 'Notes', id: 'rollout-notes'}]}]}),
    [],
    /a heading `Notes` would name two sections, `Notes` in `Design` and `Notes` in `Rollout`/
  ],
  ['an alias of spaces', kepType({aliases: ['  '], sections: ['Summary']}), [], /option `types\.kep\.aliases\[0\]`: got " {2}", expected a name with a letter or a digit in it/],
  ['a section rule misspelt', kepType({sections: [{heading: 'Non-Goals', rules: ['strategy-non-goal']}]}), [], /option `types\.kep\.sections\[0\]\.rules\[0\]`: got "strategy-non-goal", did you mean `strategy-non-goals`\?/],
  ['a rule option misspelt, named with its file', rule('strategy-required-sections', {nearmiss: false}), [], /rule `strategy-required-sections`: unknown option `nearmiss`, did you mean `nearMiss`\? \(in \.remarkrc\)/],
  ['a budget option misspelt', rule('strategy-section-length', {budgets: {context: {maxword: 3}}}), [], /rule `strategy-section-length`: option `budgets\.context`: unknown option `maxword`, did you mean `maxWords`\?/],
  ['a heading of symbols only', kepType({sections: ['Summary', '!!!']}), [], /option `types\.kep\.sections\[1\]`: got "!!!", expected a name with a letter or a digit in it/],
  ['budget in lines', kepType({sections: [{heading: 'Summary', budget: {max: 20, unit: 'lines'}}]}), [], /budget\.unit`: got "lines", expected one of `words`, `paragraphs`, `pages`, `items`/],
  ['budget min above max', kepType({sections: [{heading: 'Summary', budget: {min: 5, max: 2, unit: 'items'}}]}), [], /budget\.min`: got number 5, expected at most max \(2\)/],
  ['budget without a unit', kepType({sections: [{heading: 'Summary', budget: {max: 2}}]}), [], /budget`: missing option `unit`/],
  ['content minItems 0', kepType({sections: [{heading: 'Options', content: {minItems: 0}}]}), [], /content\.minItems`: got number 0, expected a number >= 1/],
  ['content table without columns', kepType({sections: [{heading: 'Risks', content: {table: {}}}]}), [], /content\.table`: missing option `columns`/],
  ['section rule that is not section-scoped', kepType({sections: [{heading: 'Risks', rules: ['strategy-section-order']}]}), [], /rules\[0\]`: got "strategy-section-order", expected one of `strategy-measurable-criteria`/],
  ['title that is not a regular expression', kepType({title: ['KEP-(\\d+'], sections: ['Summary']}), [], /option `types\.kep\.title\[0\]`: "KEP-\(\\\\d\+" is not a valid regular expression/],
  ['alias taken by a built-in type', kepType({aliases: ['tech-strategy'], sections: ['Summary']}), [], /its alias `tech-strategy` is already an alias of the built-in type `strategy`; choose another alias/],
  ['type id that is a built-in alias', plugin({types: {nygard: {sections: ['A']}}}), [], /option `types\.nygard`: its id `nygard` is already an alias of the built-in type `adr`; give this type another id/],
  [
    'type id that is another configured type\'s alias',
    plugin({types: {rfc: {sections: ['A'], aliases: ['other']}, other: {sections: ['A']}}}),
    [],
    /option `types\.other`: its id `other` is already an alias of the configured type `rfc`; give this type another id, or remove the alias from `types\.rfc\.aliases`/
  ],
  ['MD043 heading without a space', kepType({headings: ['#Title', '*']}), [], /option `types\.kep\.headings`: headings\[0\]: "#Title" has no space after the #s/],
  ['MD043 headings empty', kepType({headings: []}), [], /option `types\.kep\.headings`: got an array, expected at least 1 entry/],
  ['globs a string in a type', kepType({globs: 'keps/**', sections: ['Summary']}), [], /option `types\.kep\.globs`: got "keps\/\*\*", expected an array/],
  ['budgets for a section no type has', {'.remarkrc': JSON.stringify({plugins: [['remark-lint-strategy', {types: {kep: {sections: ['Summary']}}, rules: {'strategy-section-length': {budgets: {motivation: {maxWords: 9}}}}}]]})}, [], /option `budgets`: `motivation` is no section id of the types in use; docs\/rules\/strategy-section-length\.md lists the ids, such as `context` or `success-criteria` \(in \.remarkrc\)$/]
]

const rcCases: Case[] = [
  ['broken .remarkrc JSON', {'.remarkrc': '{bad json'}, [], /Cannot parse file `\.remarkrc`: not valid JSON at line 1, column 2: /],
  ['broken .remarkrc.json', {'.remarkrc.json': '{"plugins": [}'}, [], /Cannot parse file `\.remarkrc\.json`: not valid JSON at line 1, column 14: a value expected$/],
  // Node 20's own message names the token and no place; the line and column come from jsonc-parser.
  ['.remarkrc.json with a trailing comma', {'.remarkrc.json': '{\n  "plugins": [\n    "remark-lint-strategy",\n  ]\n}\n'}, [], /^strategy-lint: Cannot parse file `\.remarkrc\.json`: not valid JSON at line 4, column 3: a value expected \(JSON allows no comma before `\]`\)$/],
  ['.remarkrc.json with a comment', {'.remarkrc.json': '{\n  // the plugin\n  "plugins": ["remark-lint-strategy"]\n}\n'}, [], /Cannot parse file `\.remarkrc\.json`: not valid JSON at line 2, column 3: a comment, which JSON does not allow$/],
  // (Its reason ends at the place, not on the colon that introduced the code frame left out.)
  ['broken .remarkrc.yml', {'.remarkrc.yml': 'plugins: [unclosed'}, [], /Cannot parse file `\.remarkrc\.yml`: .* at line \d+, column \d+$/m],
  ['broken .remarkrc.yaml', {'.remarkrc.yaml': 'plugins:\n  - remark-lint-strategy\n  bad: : ['}, [], /Cannot parse file `\.remarkrc\.yaml`/],
  ['broken package.json', {'package.json': '{"name": "docs",'}, [], /Cannot parse file `package\.json`: not valid JSON at line 1, column 17: /],
  [
    'missing plugin',
    {'.remarkrc': JSON.stringify({plugins: ['remark-lint-not-installed-xyz']})},
    [],
    /Cannot find module `remark-lint-not-installed-xyz`.*; the remark configuration lists it: install it \(`npm install --save-dev remark-lint-not-installed-xyz`\), or run where the project's dependencies are installed$/m
  ],
  ['missing local plugin', {'.remarkrc': JSON.stringify({plugins: ['./lint/no-such-plugin.js']})}, [], /Cannot import `lint\/no-such-plugin\.js`: Cannot find module .*; the remark configuration lists that file: check its path, which is relative to the configuration file$/m],
  ['plugins not a list', {'.remarkrc': JSON.stringify({plugins: 5})}, [], /plugins/i],
  [
    'bad option in package.json#remarkConfig',
    {'package.json': JSON.stringify({name: 'docs', private: true, remarkConfig: {plugins: [['remark-lint-strategy', {type: 'rfc'}]]}})},
    [],
    /unknown document type: got "rfc"/
  ],
  [
    'YAML rc with a bad rule option',
    {'.remarkrc.yml': 'plugins:\n  - - remark-lint-strategy\n    - rules:\n        strategy-non-goals: [warn, {minimum: zero}]\n'},
    [],
    /strategy-non-goals`: option `minimum`: got "zero"/
  ],
  ['settings.strategyType unknown', {'.remarkrc': JSON.stringify({settings: {strategyType: 'rfc'}, plugins: ['remark-lint-strategy']})}, [], /^strategy-lint: Unknown document type `rfc` for --type \(the `strategyType` setting\); use one of `strategy`, `vision`, `adr`, `madr`, or a type configured under `types`$/m]
]

const flagCases: Case[] = [
  ['--type unknown', {'a.md': '# Notes\n'}, ['--type', 'bogus'], /^strategy-lint: Unknown document type `bogus` for --type/],
  ['--type not an id', {}, ['--type', 'a b'], /Unknown document type `a b` for --type/],
  ['--type empty', {}, ['--type='], /Unknown document type `` for --type|--type/],
  ['--type with no value', {}, ['--type'], /--type/],
  ['--format unknown', {}, ['--format', 'xml'], /Unknown format `xml`/],
  ['--max-warnings negative', {}, ['--max-warnings=-2'], /--max-warnings needs a whole number >= 0 \(or -1 for no limit\), got `-2`/],
  ['--max-warnings not a number', {}, ['--max-warnings', 'lots'], /--max-warnings needs a whole number >= 0 \(or -1 for no limit\), got `lots`/],
  ['--max-warnings a fraction', {}, ['--max-warnings', '1.5'], /--max-warnings needs a whole number >= 0 \(or -1 for no limit\), got `1.5`/],
  ['--concurrency too large to hold', {}, ['--concurrency', '99999999999999999999'], /^strategy-lint: --concurrency `99999999999999999999` is too large; give at most the number of CPU cores \(\d+\)/],
  ['unknown flag', {}, ['--bogus'], /^strategy-lint: unknown option `--bogus` \(see --help\)$/],
  ['a misspelt flag', {}, ['--quite'], /^strategy-lint: unknown option `--quite`; did you mean `--quiet`\? \(see --help\)$/],
  ["remark's --frail", {}, ['--frail'], /^strategy-lint: unknown option `--frail`; here that is `--max-warnings 0`/],
  ['a misspelt init flag', {}, ['init', 'strategy', '--titel', 'X'], /^strategy-lint: unknown option `--titel`; did you mean `--title`\? \(see strategy-lint init --help\)$/],
  // init's own hints: the linting command's flags are no advice there.
  ["init's --output written as the linter's", {}, ['init', 'strategy', '--output-file', 'x.md'], /^strategy-lint: unknown option `--output-file`; here that is `--output <file>` \(see strategy-lint init --help\)$/],
  ['init with --silent', {}, ['init', 'strategy', '--silent'], /^strategy-lint: unknown option `--silent` \(see strategy-lint init --help\)$/],
  ['init with a misspelt type', {}, ['init', 'stratgy'], /^strategy-lint: Unknown document type `stratgy` for init; did you mean `strategy`\?$/],
  ['--type misspelt', {'a.md': '# Notes\n'}, ['--type', 'stratgy'], /^strategy-lint: Unknown document type `stratgy` for --type \(the `strategyType` setting\); did you mean `strategy`\?/],
  // One letter from `adr` and from `madr`: both are named, not the first listed.
  ['init with a type as near two', {}, ['init', 'mdr'], /^strategy-lint: Unknown document type `mdr` for init; did you mean `adr` or `madr`\?$/],
  ['--type as near two', {'a.md': '# Notes\n'}, ['--type', 'mdr'], /; did you mean `adr` or `madr`\? \(known/],
  ['boolean flag given a value', {}, ['--quiet=yes'], /--quiet/],
  ['--output-file empty', {}, ['--output-file', ''], /--output-file needs a file name/],
  ['--ignore-path to a missing file', {}, ['--ignore-path', 'no-such-ignore'], /no-such-ignore/],
  ['a path that does not exist', {}, ['missing.md'], /No such file or folder: missing\.md/],
  ['init with an unknown type', {}, ['init', 'rfc'], /Unknown document type `rfc` for init/],
  ['init with no type', {}, ['init'], /init needs a document type/],
  ['init with an empty --title', {}, ['init', 'strategy', '--title', ''], /--title needs some text/]
]

const allCases = [...pluginCases, ...severityCases, ...ruleOptionCases, ...typeCases, ...rcCases, ...flagCases]

describe.concurrent('strategy-lint: bad configuration exits 2 with one line naming the problem', () => {
  it('covers at least 30 invalid configurations', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(30)
    expect(new Set(allCases.map(([name]) => name)).size).toBe(allCases.length)
  })

  it.each(allCases)('%s', async (_name, files, args, pattern) => {
    const dir = makeProject({'good.md': GOOD_STRATEGY, 'warn.md': WARNINGS_ONLY, ...files})
    linkPackage(dir)
    expectOneLineError(await strategyLint(args, dir), pattern)
  })
})
