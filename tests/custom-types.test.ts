/**
 * Document types from configuration (option `types`) and the built-in
 * decision-record types, through every entry point: the API, the
 * `strategy-lint` CLI, remark-cli with a `.remarkrc`, and the language server
 * (diagnostics and the missing-section quick fix for a nested section).
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-protocol'
import {linkPackage, makeProject, PACKAGE_ROOT, removeProjects, runNode, strategyLint} from '../fixtures/cli/project.js'
import {fileUri, LspClient} from '../scripts/lsp-client.js'
import {fix, lint, type LintMessage, type StrategyOptions} from '../src/index.js'

/** A KEP-like template: nested Goals / Non-Goals, an optional subsection, item budgets, content requirements. */
const KEP: StrategyOptions = {
  types: {
    kep: {
      name: 'enhancement proposal',
      aliases: ['enhancement'],
      globs: ['keps/**/README.md'],
      title: ['^KEP-\\d+'],
      sections: [
        'Summary',
        {heading: 'Motivation', children: ['Goals', {heading: 'Non-Goals', rules: ['strategy-non-goals']}]},
        {
          heading: 'Proposal',
          children: [{heading: 'User Stories', aliases: ['User Stories (Optional)'], required: false}, 'Risks and Mitigations']
        },
        {heading: 'Design Details', budget: {max: 3, unit: 'items'}},
        {heading: 'Alternatives', content: {minItems: 2}}
      ]
    }
  }
}

const GOOD_KEP = `---
type: kep
---

# KEP-42: Pod resource resize

## Summary

Let a pod change its CPU and memory requests without a restart.

## Motivation

Restarting a pod to resize it drops connections and warm caches.

### Goals

- Resize CPU and memory in place.

### Non-Goals

- Resizing ephemeral storage.

## Proposal

The kubelet applies the new requests through the container runtime.

### User Stories (Optional)

A database operator grows memory during a peak.

### Risks and Mitigations

Runtimes without resize support: the kubelet falls back to a restart.

## Design Details

- A new \`resize\` subresource.
- Kubelet status conditions.

## Alternatives

- Vertical pod autoscaler restarts.
- A sidecar that watches limits.
`

function reasons(messages: readonly LintMessage[], rule?: string): string[] {
  return messages.filter((message) => rule === undefined || message.ruleId === rule).map((message) => message.reason)
}

function replaceSection(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`)
  return text.replace(from, to)
}

describe('a configured type through the API', () => {
  it('a document that follows the type gets no message', async () => {
    expect(await lint(GOOD_KEP, KEP)).toEqual([])
  })

  it('a missing nested section is reported inside its parent, with a fix at the right level', async () => {
    const text = replaceSection(GOOD_KEP, '### Goals\n\n- Resize CPU and memory in place.\n\n', '')
    const messages = await lint(text, KEP)
    const [missing] = messages.filter((message) => message.ruleId === 'strategy-required-sections')
    expect(missing.reason).toBe(
      'Missing section `Goals` in `Motivation`; add it before `Non-Goals` and write what the template asks for under Goals'
    )
    expect(missing.expected).toEqual(['### Goals\n\nTODO: Write the Goals section.\n\n'])
    expect(messages).toHaveLength(1)
  })

  it('a subsection written at its parent\'s level right after it is fixed by its level alone; further away, the author moves it', async () => {
    const options = {types: {design: {sections: ['Overview', {heading: 'Design', children: [{heading: 'Architecture'}]}, 'Risks']}}, type: 'design'}
    const adjacent = '# Queue\n\n## Overview\n\nText.\n\n## Design\n\n## Architecture\n\nWorkers pull jobs.\n\n## Risks\n\nLoad.\n'
    const [message] = (await lint(adjacent, options)).filter((entry) => entry.ruleId === 'strategy-required-sections')
    expect([message.reason, message.expected]).toEqual(['Section `Architecture` belongs in `Design`, but it is outside it; move it into `Design` as a level-3 heading', ['### Architecture']])
    const fixed = await fix(adjacent, options)
    expect(fixed.text).toBe(adjacent.replace('## Architecture', '### Architecture'))
    expect(fixed.messages).toEqual([])
    const away = '# Queue\n\n## Overview\n\nText.\n\n## Design\n\nIntro.\n\n## Risks\n\nLoad.\n\n## Architecture\n\nWorkers pull jobs.\n'
    const [far] = (await lint(away, options)).filter((entry) => entry.ruleId === 'strategy-required-sections')
    expect([far.reason, far.expected]).toEqual(['Section `Architecture` belongs in `Design`, but it is outside it; move it into `Design` as a level-3 heading', undefined])
  })

  it('a nested section written one level too deep inside its parent (under a sibling) is said to be so, with no second one inserted', async () => {
    const text = GOOD_KEP.replace('### Goals\n', '### Background\n\nWhy now.\n\n#### Goals\n')
    expect(text).not.toBe(GOOD_KEP)
    const messages = (await lint(text, KEP)).filter((message) => message.ruleId === 'strategy-required-sections')
    expect(messages.map((message) => [message.reason, message.expected])).toEqual([
      ['Section `Goals` is a level-4 heading under `Background`, but the subsections of `Motivation` are level 3; make it `### Goals`, a subsection of `Motivation` beside `Background`', undefined]
    ])
  })

  it('a missing subsection goes in at the level its siblings are written at, so the fix takes none of them in', async () => {
    const options = {types: {rfc: {sections: ['Summary', {heading: 'Detailed Design', children: ['API', 'Rollout']}]}}, type: 'rfc'}
    const text = '# RFC-12: Thing\n\n## Summary\n\nWe do a thing.\n\n## Detailed Design\n\nThe design.\n\n#### Rollout\n\n- Phase 1 by 2026-10-01.\n'
    const fixed = await fix(text, options)
    expect(fixed.text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# RFC-12: Thing', '## Summary', '## Detailed Design', '#### API', '#### Rollout'])
    expect(fixed.messages.filter((message) => message.ruleId === 'strategy-required-sections')).toEqual([])
  })

  it('the children of a missing parent are not reported again', async () => {
    const text = replaceSection(
      GOOD_KEP,
      '## Motivation\n\nRestarting a pod to resize it drops connections and warm caches.\n\n### Goals\n\n- Resize CPU and memory in place.\n\n### Non-Goals\n\n- Resizing ephemeral storage.\n\n',
      ''
    )
    expect(reasons(await lint(text, KEP), 'strategy-required-sections')).toEqual([
      'Missing section `Motivation`; add it after `Summary` and write what the template asks for under Motivation'
    ])
  })

  it('children have their own order, and an optional child may be left out', async () => {
    const swapped = replaceSection(
      GOOD_KEP,
      '### Goals\n\n- Resize CPU and memory in place.\n\n### Non-Goals\n\n- Resizing ephemeral storage.\n',
      '### Non-Goals\n\n- Resizing ephemeral storage.\n\n### Goals\n\n- Resize CPU and memory in place.\n'
    )
    expect(reasons(await lint(swapped, KEP))).toEqual(['Section `Non-Goals` is out of order; move it after `Goals`'])
    const withoutStories = replaceSection(GOOD_KEP, '### User Stories (Optional)\n\nA database operator grows memory during a peak.\n\n', '')
    expect(await lint(withoutStories, KEP)).toEqual([])
  })

  it('a misspelt child gets a rename fix; a child repeated is a duplicate', async () => {
    const misspelt = replaceSection(GOOD_KEP, '### Risks and Mitigations', '### Risks and Mitigatons')
    const [nearMiss] = await lint(misspelt, KEP)
    expect(nearMiss.reason).toBe('Heading `Risks and Mitigatons` looks like the required section `Risks and Mitigations`; rename it to `Risks and Mitigations`')
    expect(nearMiss.expected).toEqual(['Risks and Mitigations'])
    const repeated = replaceSection(GOOD_KEP, '### Non-Goals\n', '### Goals\n\n- Also this.\n\n### Non-Goals\n')
    expect(reasons(await lint(repeated, KEP))).toEqual(['Section `Goals` appears again (first at line 15); merge this one into it'])
  })

  it('section-scoped rules run only where the type lists them', async () => {
    const vague = replaceSection(GOOD_KEP, '- Resizing ephemeral storage.', 'None.')
    expect(reasons(await lint(vague, KEP), 'strategy-non-goals')).toEqual([
      '`Non-Goals` lists nothing concrete; list at least one explicit item this enhancement proposal deliberately leaves out, as a list (`- We will not extract other domains in 2027`)'
    ])
    // Hedging in a section that does not list strategy-noncommittal is not this type's concern...
    const hedged = replaceSection(GOOD_KEP, 'The kubelet applies', 'We might explore whether the kubelet applies')
    expect(reasons(await lint(hedged, KEP), 'strategy-noncommittal')).toEqual([])
    // ...until the type applies the rule to every section.
    const everywhere: StrategyOptions = {types: {kep: {...KEP.types!.kep, rules: ['strategy-noncommittal']}}}
    expect(reasons(await lint(hedged, everywhere), 'strategy-noncommittal')).toHaveLength(1)
  })

  it('budgets in items and content requirements', async () => {
    const long = replaceSection(GOOD_KEP, '- Kubelet status conditions.', '- Kubelet status conditions.\n- Metrics.\n- Events.')
    expect(reasons(await lint(long, KEP))).toEqual([
      'Section `Design Details` has 4 items, over its budget of up to 3 items; keep the 3 that matter most and move the rest to an appendix'
    ])
    const single = replaceSection(GOOD_KEP, '- A sidecar that watches limits.\n', '')
    expect(reasons(await lint(single, KEP))).toEqual([
      'Section `Alternatives` has 1 item; the enhancement proposal type asks for at least 2, one per list item or table row'
    ])
  })

  it('is assigned by front matter alias, glob and title, and never by another type\'s names', async () => {
    const body = GOOD_KEP.replace(/^---\ntype: kep\n---\n\n/, '')
    const missingSummary = replaceSection(body, '## Summary\n\nLet a pod change its CPU and memory requests without a restart.\n\n', '')
    const expected = 'Missing section `Summary`; add it before `Motivation` and write what the template asks for under Summary'
    expect(reasons(await lint(`---\ntype: Enhancement\n---\n\n${missingSummary}`, KEP))).toEqual([expected])
    expect(reasons(await lint({path: 'keps/sig-node/42-resize/README.md', value: missingSummary.replace('# KEP-42:', '#')}, KEP))).toEqual([expected])
    expect(reasons(await lint(missingSummary, KEP))).toEqual([expected])
    // Without a title, glob or declaration its headings still make it a KEP (three or more), unless minHeadings is 0.
    const untitled = missingSummary.replace('# KEP-42: Pod resource resize', '# Pod resource resize')
    expect(reasons(await lint(untitled, KEP))).toEqual([expected])
    expect(await lint(untitled, {types: {kep: {...KEP.types!.kep, minHeadings: 0}}})).toEqual([])
  })

  it('the `type` and `globs` options may name a configured type', async () => {
    const plain = '# Notes\n\n## Summary\n\nText.\n'
    expect(reasons(await lint(plain, {...KEP, type: 'kep'}), 'strategy-required-sections')).toHaveLength(4)
    const file = {path: 'design/resize.md', value: plain}
    expect(reasons(await lint(file, {...KEP, globs: {'design/*.md': 'kep'}}), 'strategy-required-sections')).toHaveLength(4)
  })

  // (`up to 60 words (about 60 words)` said it twice.)
  it('a budget in words is said once', async () => {
    const options: StrategyOptions = {types: {note: {name: 'Note', sections: [{heading: 'Mission', budget: {max: 3, unit: 'words'}}]}}, type: 'note'}
    expect(reasons(await lint('# Note: X\n\n## Mission\n\nOne two three four five six seven eight nine ten eleven.\n', options))).toEqual([
      'Section `Mission` has 11 words, far over its budget of up to 3 words; cut it to what the reader needs and move detail to an appendix or a linked document'
    ])
  })

  it('strategy-section-length accepts budgets for configured section ids', async () => {
    const options: StrategyOptions = {...KEP, rules: {'strategy-section-length': ['warn', {budgets: {summary: {maxWords: 5}}}]}}
    expect(reasons(await lint(GOOD_KEP, options))).toEqual([
      'Section `Summary` has 12 words, far over its budget of 5 words; cut it to what the reader needs and move detail to an appendix or a linked document'
    ])
    await expect(lint(GOOD_KEP, {rules: {'strategy-section-length': ['warn', {budgets: {summary: {maxWords: 5}}}]}})).rejects.toThrow(
      /option `budgets`: `summary` is no section id of the types in use; docs\/rules\/strategy-section-length\.md lists the ids/
    )
  })
})

describe('a misspelt base section id under `extends`', () => {
  it('is a configuration error with the id it most likely means, not a new section that --fix would rename the real one to', async () => {
    const sections = ['context', 'diagnosis', 'guiding-policy', 'coherent-actions', 'what-we-will-not-do', 'risks-and-mitigations', 'sucess-criteria']
    await expect(lint('# Plan\n', {types: {'platform-strategy': {extends: 'strategy', sections}}})).rejects.toThrow(
      /^remark-lint-strategy: option `types\.platform-strategy\.sections\[6\]`: `sucess-criteria` is not a section of the base type; did you mean `success-criteria`\?/
    )
    await expect(lint('# Plan\n', {types: {'platform-strategy': {extends: 'strategy', sections: ['context', 'rollout-plan']}}})).rejects.toThrow(
      /`rollout-plan` is not a section of the base type; the base type's ids are `context`, `diagnosis`/
    )
    // A heading is a new section.
    await expect(lint('# Plan\n', {types: {'platform-strategy': {extends: 'strategy', sections: ['context', 'Rollout Plan']}}})).resolves.toBeDefined()
  })
})

describe('extending and changing types', () => {
  const STRATEGY = `---
type: strategy
---

# Platform Strategy

## Context

${'Our build farm doubled in a year while the team stayed at four engineers, so waiting time grew. '.repeat(2)}

## Diagnosis

${'Every team maintains its own pipeline, so fixes are made eleven times and drift apart. '.repeat(2)}

## Guiding Policy

${'We standardise on one pipeline template owned by the platform team and accept slower custom steps. '.repeat(3)}

## Coherent Actions

${'- Move the ten largest services to the shared template by Q2 2027, owned by the platform team.\n'.repeat(1)}

## What We Will NOT Do

- We will not support custom runners in 2027.

## Success Criteria

- Reduce median CI time from 45 min to 10 min by Q3 2027.
`

  it('a type extending `strategy` adds a section and makes one optional', async () => {
    const options: StrategyOptions = {
      types: {
        'platform-strategy': {
          extends: 'strategy',
          sections: [
            'context',
            'diagnosis',
            'guiding-policy',
            'coherent-actions',
            {heading: 'Stakeholders', purpose: 'name who is affected and who decides'},
            'what-we-will-not-do',
            {id: 'risks-and-mitigations', required: false},
            'success-criteria'
          ]
        }
      }
    }
    const text = STRATEGY.replace('type: strategy', 'type: platform-strategy')
    expect(reasons(await lint(text, options), 'strategy-required-sections')).toEqual([
      'Missing section `Stakeholders`; add it after `Coherent Actions` and name who is affected and who decides'
    ])
    // The built-in strategy type is unchanged: Risks and Mitigations is still required there.
    expect(reasons(await lint(STRATEGY, options), 'strategy-required-sections')).toEqual([
      'Missing section `Risks and Mitigations`; add it after `What We Will NOT Do` and list what could go wrong and how you will handle it'
    ])
  })

  it('changing a built-in type: an unordered strategy with an optional section', async () => {
    const swapped = STRATEGY.replace('## Diagnosis', '## Diagnosis-x').replace('## Context', '## Diagnosis').replace('## Diagnosis-x', '## Context')
    expect(reasons(await lint(swapped), 'strategy-section-order')).toHaveLength(1)
    const options: StrategyOptions = {types: {strategy: {ordered: false, sections: ['context', 'diagnosis', 'guiding-policy', 'coherent-actions', 'what-we-will-not-do', {id: 'risks-and-mitigations', required: false}, 'success-criteria']}}}
    expect(reasons(await lint(swapped, options), 'strategy-section-order')).toEqual([])
    expect(reasons(await lint(swapped, options), 'strategy-required-sections')).toEqual([])
  })

  it('a type can combine sections with an MD043-style heading list', async () => {
    const options: StrategyOptions = {
      type: 'memo',
      types: {memo: {sections: ['Decision'], headings: ['?', '## Decision', '*']}}
    }
    expect(reasons(await lint('# Memo\n\n## Decision\n\nWe ship.\n\n## Notes\n\nMore.\n', options))).toEqual([])
    // One problem, one message (and one fix: the two lists' fixes put a section in two places, making two copies).
    expect(reasons(await lint('# Memo\n\n## Notes\n\nMore.\n', options))).toEqual([
      'Missing section `Decision`; add it as a level-2 heading and write what the template asks for under Decision'
    ])
    expect(reasons(await lint('# Memo\n\n### Decision\n\nWe ship.\n', options))).toEqual(['Heading `### Decision` is level 3; the type expects `## Decision` (level 2)'])
    expect(reasons(await lint('# Memo\n\n## Summary\n\nS.\n\n### Decision\n\nWe ship.\n', {type: 'memo', types: {memo: {sections: ['Summary', 'Decision'], headings: ['?', '## Summary', '## Decision', '*']}}}))).toEqual([
      'Section `Decision` is a level-3 heading, but this document\'s sections are level 2; make it `## Decision`'
    ])
    // Alone, the list says both.
    const listOnly: StrategyOptions = {type: 'memo', types: {memo: {headings: ['?', '## Decision', '*']}}}
    expect(reasons(await lint('# Memo\n\n## Notes\n\nMore.\n', listOnly))).toEqual(['Missing heading `## Decision` after `# Memo`; add it'])
    expect(reasons(await lint('# Memo\n\n### Decision\n\nWe ship.\n', listOnly))).toEqual(['Heading `### Decision` is level 3; the type expects `## Decision` (level 2)'])
  })
})

describe('built-in decision records', () => {
  const NYGARD = `# 7. Use Kafka for domain events

## Status

Accepted

## Context

Services call each other synchronously to share state changes, so one slow service stalls checkout for everyone.

## Decision

We will publish domain events to Kafka and consumers will keep their own read models.

## Consequences

Consumers become eventually consistent; we run a Kafka cluster with two people on call.
`
  const MADR = `---
status: accepted
---

# Use PostgreSQL for the billing ledger

## Context and Problem Statement

The ledger needs transactions across accounts. Which store should hold it?

## Considered Options

- PostgreSQL
- DynamoDB

## Decision Outcome

Chosen option: PostgreSQL, because it gives us transactions across accounts.

### Consequences

- Good, because the team already runs it.

### Confirmation

A schema review before the first migration.
`

  it('a Nygard record in docs/adr/ is an `adr`, and passes', async () => {
    expect(await lint({path: 'docs/adr/0007-kafka.md', value: NYGARD})).toEqual([])
    const noStatus = NYGARD.replace('## Status\n\nAccepted\n\n', '')
    expect(reasons(await lint({path: 'docs/adr/0007-kafka.md', value: noStatus}))).toEqual([
      'Missing section `Status`; add it before `Context` and say whether the decision is proposed, accepted, rejected, deprecated or superseded (and by which record)'
    ])
  })

  it('is found by its headings outside a records folder, and needs its title', async () => {
    const untitled = NYGARD.replace('# 7. Use Kafka for domain events\n\n', '')
    expect(reasons(await lint(untitled))).toEqual([
      'Missing title; start the architecture decision record with a level-1 heading that names it (`# Use PostgreSQL for the billing ledger`)'
    ])
  })

  it('a MADR record is a `madr` by its headings, in the same folders', async () => {
    expect(await lint({path: 'docs/decisions/0003-ledger.md', value: MADR})).toEqual([])
    expect(await lint(MADR)).toEqual([])
    const misordered = MADR.replace('### Consequences\n\n- Good, because the team already runs it.\n\n', '').replace(
      'A schema review before the first migration.\n',
      'A schema review before the first migration.\n\n### Consequences\n\n- Good, because the team already runs it.\n'
    )
    expect(reasons(await lint(misordered))).toEqual(['Section `Confirmation` is out of order; move it after `Consequences`'])
  })

  // log4brains' records follow MADR 2: their metadata is a list under the title, their status no `## Status` section.
  // Read by their headings alone, the one-section ones and the Context-and-Problem/Decision ones were Nygard records,
  // asked for Consequences, which the team's template makes optional (wrong by three blind judges).
  const LISTED = '# Avoid default exports\n\n- Status: accepted\n- Date: 2020-09-27\n\n## Decision\n\nWe will use named exports only.\n\n## Links\n\n- <https://example.com/default-exports>\n'

  it('a record that lists MADR 2’s metadata under its title is a `madr` in the same folders, though its headings lean to `adr`', async () => {
    expect(reasons(await lint({path: 'docs/adr/20200927-avoid-default-exports.md', value: LISTED}), 'strategy-required-sections')).toEqual([
      '(1/2) Missing section `Context and Problem Statement`; add it before `Decision` and describe the context and the problem, in two or three sentences or as a question',
      '(2/2) Missing section `Considered Options`; add it after `Context and Problem Statement` (reported above) and list the options that were considered, one per item'
    ])
  })

  it('a Nygard record that lists its metadata so stays an `adr`: its headings are clearly the other type’s', async () => {
    const listedNygard = NYGARD.replace(/## Status\n\nAccepted\n\n/, '').replace('# 7. Use Kafka for domain events\n\n', '# 7. Use Kafka for domain events\n\n- Status: accepted\n- Date: 2026-01-12\n\n')
    expect(listedNygard).toContain('## Consequences')
    expect(await lint({path: 'docs/adr/0007-kafka.md', value: listedNygard})).toEqual([])
  })

  it('one listed field is no template’s list, and a Nygard record stays an `adr`', async () => {
    const statusOnly = LISTED.replace('- Date: 2020-09-27\n', '')
    expect(reasons(await lint({path: 'docs/adr/20200927-avoid-default-exports.md', value: statusOnly}), 'strategy-required-sections')).toEqual([
      'Missing section `Context`; add it before `Decision` and describe the forces at play (technical, political, social, project-local) that call for a decision',
      'Missing section `Consequences`; add it after `Decision` and describe what becomes easier or harder because of the decision: positive, negative and neutral'
    ])
    expect(await lint({path: 'docs/adr/0007-kafka.md', value: NYGARD.replace('# 7. Use Kafka for domain events\n\n', '# 7. Use Kafka for domain events\n\nDate: 2026-01-12\n\n')})).toEqual([])
  })

  it('a configured `madr` (its own status words) still reads the list', async () => {
    const file = {path: 'docs/adr/20200927-avoid-default-exports.md', value: LISTED}
    const configured = reasons(await lint(file, {types: {madr: {status: {words: {adopted: 'accepted'}}}}}), 'strategy-required-sections')
    expect(configured[0]).toMatch(/^\(1\/2\) Missing section `Context and Problem Statement`/)
  })

  it('outside a records folder the list types nothing: the headings do', async () => {
    expect(await lint(LISTED)).toEqual([])
  })

  it('a README or template in a records folder is not a record', async () => {
    expect(await lint({path: 'docs/adr/README.md', value: '# Decisions\n\nSee the list.\n'})).toEqual([])
    expect(await lint({path: 'docs/adr/template.md', value: '# Title\n\n## Status\n'})).toEqual([])
    expect(reasons(await lint({path: 'docs/adr/0009-x.md', value: '# Title\n\n## Status\n\nProposed\n'}), 'strategy-required-sections')).toHaveLength(3)
  })

  it('a configured type whose globs match a records folder wins over the built-in type that reads that folder', async () => {
    const options = {types: {'platform-adr': {extends: 'adr', globs: ['adr/*.md'], sections: ['status', 'context', 'decision', {heading: 'Compliance', purpose: 'say how we check the decision is followed'}, 'consequences']}}}
    const record = '# 3. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n\n## Decision\n\nWe use Postgres.\n\n## Consequences\n\nWe run it.\n'
    expect(reasons(await lint({path: 'adr/0003-use-postgres.md', value: record}, options as never), 'strategy-required-sections')).toEqual([
      'Missing section `Compliance`; add it after `Decision` and say how we check the decision is followed'
    ])
    // Without the configured type, the built-in reads the folder.
    expect(await lint({path: 'adr/0003-use-postgres.md', value: record})).toEqual([])
  })

  it('two configured types whose globs take a file its headings fit alike: one error says so and how to choose; declared, it is the declared one', async () => {
    const options = {types: {rfc: {globs: ['rfcs/*.md'], sections: ['Summary', 'Motivation', 'Goals', 'Alternatives']}, proposal: {globs: ['rfcs/**'], sections: ['Summary', 'Motivation', 'Goals', 'Design']}}}
    const text = '# Service mesh\n\n## Summary\n\nA mesh.\n\n## Motivation\n\nRetries.\n\n## Goals\n\nFewer outages.\n'
    expect(reasons(await lint({path: 'rfcs/0007-service-mesh.md', value: text}, options as never), 'strategy-document-type')).toEqual([
      'The globs of 2 types take this file (`rfc`, `proposal`) and its headings fit both alike, so it was checked as `rfc`, the first in the configuration; declare `type: rfc` (or another) in its front matter, or narrow the globs so that one type takes it'
    ])
    expect(reasons(await lint({path: 'rfcs/0007-service-mesh.md', value: `---\ntype: proposal\n---\n\n${text}`}, options as never), 'strategy-document-type')).toEqual([])
    // Headings that fit one of them decide, with nothing to say.
    expect(reasons(await lint({path: 'rfcs/0007-service-mesh.md', value: `${text}\n## Design\n\nSidecars.\n`}, options as never), 'strategy-document-type')).toEqual([])
  })

  it('an index (Hugo\'s `_index.md`, adr-tools\' `adr-log.md`), a guide or a how-to beside the records is not a record; a numbered record about a guide is', async () => {
    const guide = '# How to write an ADR\n\nCopy the template, number it, and open a pull request.\n'
    for (const name of ['how-to-write-an-adr.md', 'howto.md', 'adr-guide.md', 'guide.md', 'SUMMARY.md', 'contributing.md', 'glossary.md', 'faq.md', 'CHANGELOG.md', '_index.md', 'adr-log.md', 'decision-log.md', 'decisions.md', 'adr-index.md']) {
      expect(await lint({path: `docs/adr/${name}`, value: guide}), name).toEqual([])
    }
    expect(reasons(await lint({path: 'docs/adr/0007-adopt-the-style-guide.md', value: '# 7. Adopt the style guide\n\n## Status\n\nProposed\n'}), 'strategy-required-sections')).toHaveLength(3)
    expect(reasons(await lint({path: 'docs/decisions/use-guides-for-onboarding.md', value: '# Use guides for onboarding\n\n## Status\n\nProposed\n'}), 'strategy-required-sections')).toHaveLength(3)
  })
})

const KEP_RC = JSON.stringify({plugins: [['remark-lint-strategy', KEP]]})
/** The same type found only by its globs (or a declaration): no title pattern, never by headings. */
const KEP_BY_GLOB_RC = JSON.stringify({
  plugins: [['remark-lint-strategy', {types: {kep: {...KEP.types!.kep, title: [], minHeadings: 0}}}]]
})
const NO_GOALS = replaceSection(GOOD_KEP, '### Goals\n\n- Resize CPU and memory in place.\n\n', '')

afterAll(removeProjects)

describe.concurrent('a configured type through the command lines', () => {
  it('strategy-lint reads it from .remarkrc and finds files by the type\'s globs', async () => {
    const body = NO_GOALS.replace(/^---\ntype: kep\n---\n\n/, '').replace('# KEP-42:', '#')
    const dir = makeProject({'.remarkrc': KEP_BY_GLOB_RC, 'keps/sig-node/42/README.md': body, 'notes/other.md': body})
    linkPackage(dir)
    const result = await strategyLint(['--format', 'json'], dir)
    expect(result.code, result.stderr).toBe(1)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
    const byPath = Object.fromEntries(files.map((file) => [file.path.split(path.sep).join('/'), file.messages.map((m) => m.reason)]))
    expect(byPath['keps/sig-node/42/README.md']).toEqual([
      'Missing section `Goals` in `Motivation`; add it before `Non-Goals` and write what the template asks for under Goals'
    ])
    expect(byPath['notes/other.md'] ?? []).toEqual([])
  })

  it('--type names a configured type', async () => {
    const dir = makeProject({'.remarkrc': KEP_BY_GLOB_RC, 'notes/plan.md': '# Plan\n\n## Summary\n\nWe resize pods in place.\n'})
    linkPackage(dir)
    const untyped = await strategyLint(['--format', 'json'], dir)
    expect(untyped.code, untyped.stderr).toBe(0)
    const forced = await strategyLint(['--type', 'kep', '--format', 'json'], dir)
    expect(forced.code, forced.stderr).toBe(1)
    const [file] = JSON.parse(forced.stdout) as Array<{messages: Array<{reason: string}>}>
    // The first of the sections missing after `Summary`, numbered so that reporters keep them in order.
    expect(file.messages.map((message) => message.reason)).toContainEqual(
      expect.stringMatching(/^\(1\/\d\) Missing section `Motivation`; add it after `Summary` and write what the template asks for under Motivation$/)
    )
  })

  it('remark-cli with the same .remarkrc reports the same message', async () => {
    const dir = makeProject({'.remarkrc': KEP_RC, 'kep.md': NO_GOALS})
    linkPackage(dir)
    const remarkCli = path.join(PACKAGE_ROOT, 'node_modules', 'remark-cli', 'cli.js')
    const result = await runNode(remarkCli, ['kep.md', '--frail', '--quiet', '--no-stdout', '--no-color'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/error\s+Missing section `Goals` in `Motivation`.*strategy-required-sections\s+remark-lint/)
  })
})

describe('a configured type in the language server', () => {
  it('reports the missing nested section and its quick fix inserts it at the right level', async () => {
    const dir = makeProject({'.remarkrc': KEP_RC})
    linkPackage(dir)
    const client = await LspClient.start(path.join(PACKAGE_ROOT, 'bin', 'strategy-lint-language-server.js'), dir)
    try {
      const uri = fileUri(path.join(dir, 'kep.md'))
      const diagnostics: Diagnostic[] = await client.open(uri, NO_GOALS)
      const missing = diagnostics.find((diagnostic) => /Missing section `Goals`/.test(diagnostic.message))
      expect(missing, JSON.stringify(diagnostics)).toBeDefined()
      const [action] = (await client.codeActions(uri, [missing!])) as CodeAction[]
      const {text, diagnostics: after} = await client.applyCodeAction(uri, action)
      expect(text).toContain('Restarting a pod to resize it drops connections and warm caches.\n\n### Goals\n\nTODO: Write the Goals section.\n\n### Non-Goals')
      expect(after.filter((diagnostic) => diagnostic.code === 'strategy-required-sections')).toEqual([])
    } finally {
      await client.stop()
    }
  })
})

describe('a type that extends or lists headings, as a platform team writes one (the custom-types pass)', () => {
  const base = (text: string) => `---\ntype: lean\n---\n\n# Payments Strategy\n\n${text}`
  const lean = (sections: unknown[]): StrategyOptions => ({types: {lean: {extends: 'strategy', sections}}} as unknown as StrategyOptions)
  const all = ['context', 'diagnosis', 'guiding-policy', 'coherent-actions', 'what-we-will-not-do', 'risks-and-mitigations', 'success-criteria']

  it("`rules: []` on an inherited section takes the base section's rules off (they were merged, so none could be removed)", async () => {
    const hedged = base('## Context\n\nWhy now.\n\n## Diagnosis\n\nThe problem.\n\n## Guiding Policy\n\nWe might explore improving developer productivity in the future.\n')
    const ruled = (sections: unknown[]) => lint(hedged, {...lean(sections), rules: {'strategy-required-sections': false, 'strategy-section-length': false}})
    expect((await ruled(all)).map((message) => message.ruleId)).toContain('strategy-noncommittal')
    const without = all.map((id) => (id === 'guiding-policy' ? {id, rules: []} : id))
    expect((await ruled(without)).map((message) => message.ruleId)).not.toContain('strategy-noncommittal')
  })

  it('a renamed inherited section keeps its old heading as a name: a page written to the base type still matches, and --fix adds no empty twin', async () => {
    const renamed = all.map((id) => (id === 'success-criteria' ? {id, heading: 'Success Measures'} : id))
    const page = base(
      '## Context\n\nWhy now.\n\n## Diagnosis\n\nThe problem.\n\n## Guiding Policy\n\nThe approach.\n\n## Coherent Actions\n\n- Do it by Q3 2027.\n\n## What We Will NOT Do\n\n- Not that.\n\n## Risks and Mitigations\n\n- Risk: mitigated.\n\n## Success Criteria\n\n- p95 from 900 ms to 300 ms by Q3 2027.\n'
    )
    const options = {...lean(renamed), rules: {'strategy-section-length': false}}
    expect((await lint(page, options)).filter((message) => message.ruleId === 'strategy-required-sections')).toEqual([])
    expect((await fix(page, options)).text).toBe(page)
  })

  it('--fix inserts a section both the heading list and the sections want once, with its prompt', async () => {
    const both = {types: {both: {headings: ['?', '## Summary', '## Motivation', '*'], sections: ['Summary', 'Motivation', {heading: 'Drawbacks', required: false}]}}} as unknown as StrategyOptions
    const result = await fix('---\ntype: both\n---\n\n# T\n\n## Motivation\n\nWhy.\n\n## Drawbacks\n\nSome.\n', both)
    expect(result.text.match(/^## Summary$/gm)).toHaveLength(1)
    expect(result.text).toContain('## Summary\n\nTODO: Write the Summary section.\n\n## Motivation')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['strategy-empty-section'])
  })

  it('`matchCase` on a type that extends one with a heading list applies to the inherited list', async () => {
    const types = {types: {md43: {headings: ['?', '## Summary', '## Motivation', '*']}, 'md43-strict': {extends: 'md43', matchCase: true}}} as unknown as StrategyOptions
    const page = '---\ntype: md43-strict\n---\n\n# T\n\n## summary\n\nText.\n\n## Motivation\n\nWhy.\n'
    expect((await lint(page, types)).map((message) => message.ruleId)).toContain('strategy-heading-pattern')
    expect((await lint(page.replace('md43-strict', 'md43'), types)).map((message) => message.ruleId)).not.toContain('strategy-heading-pattern')
  })

  it('one rule asking twice for the same heading at one place gets both (a heading list with `### Goal` under each `## Phase`)', async () => {
    const repeated = {types: {rep: {headings: ['?', '## Phase', '### Goal', '## Phase', '### Goal']}}} as unknown as StrategyOptions
    const result = await fix('---\ntype: rep\n---\n\n# T\n\n## Phase\n\nText.\n', repeated)
    expect(result.text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# T', '## Phase', '### Goal', '## Phase', '### Goal'])
    expect(result.messages).toEqual([])
  })

  it("a renamed section's former heading gives way to another section that takes it, and stays with aliases given", async () => {
    const swapped = lean(all.map((id) => (id === 'context' ? {id, heading: 'The Setting'} : id === 'diagnosis' ? {id, heading: 'Context'} : id)))
    // (Both named `Context` was a configuration error.)
    await expect(lint(base('## The Setting\n\nWhy.\n'), swapped)).resolves.toBeDefined()
    const withAliases = lean(all.map((id) => (id === 'context' ? {id, heading: 'Background Info', aliases: ['Why']} : id)))
    const page = base('## Context\n\nWhy now, in two sentences of real context for the reader.\n')
    const missing = (await lint(page, withAliases)).filter((message) => message.ruleId === 'strategy-required-sections').map((message) => message.reason)
    expect(missing.some((reason) => /Background Info/.test(reason))).toBe(false)
  })

  it('init --title of a type whose heading list has no room for a title writes it in front matter', async () => {
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {design: {headings: ['## Summary', '+', '## Drawbacks', '*']}}}]]})})
    linkPackage(dir)
    expect((await strategyLint(['init', 'design', '--title', 'My "Design"', '-o', 'd.md'], dir)).code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'd.md'), 'utf8')).toMatch(/^---\ntype: design\ntitle: "My \\"Design\\""\n---\n\n## Summary\n/)
  })

  it('init of a type whose heading list opens with a listed heading writes no title the list has no room for', async () => {
    const dir = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {types: {design: {headings: ['## Summary', '+', '## Drawbacks', '*']}}}]]})})
    linkPackage(dir)
    expect((await strategyLint(['init', 'design', '-o', 'd.md'], dir)).code).toBe(0)
    const text = fs.readFileSync(path.join(dir, 'd.md'), 'utf8')
    expect(text).toMatch(/^---\ntype: design\n---\n\n## Summary\n/)
    const result = await strategyLint(['-f', 'json', 'd.md'], dir)
    const rules = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)
    expect(new Set(rules)).toEqual(new Set(['strategy-placeholder']))
  })
})
