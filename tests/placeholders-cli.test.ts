/**
 * Template leftovers as authors leave them (`<Team Name>`, `<date>`, `??? ms`,
 * `{metric}`, `[Owner]`) and look-alikes that are not (`[Accelerate]`,
 * `XXX-large`, HTML): through the real `strategy-lint` on a file on disk.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {strategyDoc} from '../fixtures/cli/documents.js'
import {linkPackage, makeProject, removeProjects, strategyLint} from '../fixtures/cli/project.js'

afterAll(removeProjects)

interface JsonMessage {
  ruleId: string | null
  line: number | null
  column: number | null
  reason: string
}

async function placeholderMessages(text: string): Promise<string[]> {
  const dir = makeProject({'s.md': text})
  const result = await strategyLint(['--format', 'json', 's.md'], dir)
  const files = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
  return files
    .flatMap((file) => file.messages)
    .filter((message) => message.ruleId === 'strategy-placeholder')
    .map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

describe.concurrent('strategy-placeholder on files', () => {
  it('reports slots, unknown numbers and bracketed names, each on its text with what to put there', async () => {
    const text = strategyDoc({
      context: 'Owned by [Owner] and <Team Name>; next review on <date>. ' + 'We measure delivery with lead time and failure rate across all teams. '.repeat(3),
      success: 'p95 checkout latency from 900 ms to ??? ms by Q3 2027, measured by {metric} on the payments dashboard, reviewed monthly.'
    })
    const lines = text.split('\n')
    const contextLine = lines.findIndex((line) => line.startsWith('Owned by')) + 1
    const successLine = lines.findIndex((line) => line.startsWith('p95 checkout')) + 1
    expect(await placeholderMessages(text)).toEqual([
      `${contextLine}:10: Template leftover \`[Owner]\`; replace it with the actual owner`,
      `${contextLine}:22: Template leftover \`<Team Name>\`; replace it with the actual team name`,
      `${contextLine}:50: Template leftover \`<date>\`; replace it with the actual date`,
      `${successLine}:37: Template leftover \`???\`; put in what it stands for (the number, name or date), or say when it will be known`,
      `${successLine}:68: Template leftover \`{metric}\`; replace it with the actual metric`
    ])
  })

  it('leaves citations, words containing XXX, HTML, autolinks, type parameters, paths and questions alone', async () => {
    const text = strategyDoc({
      context: [
        'As [Accelerate] and [Team Topologies] show, lead time predicts delivery performance; we keep XXX-large runners for the monorepo.',
        'The runbook sits in <details> blocks behind <https://ci.example.com/runbook>, the client returns Result<T> values,',
        'the API path is /api/{version}/builds, and the question we keep asking is: why now??'
      ].join(' ')
    })
    expect(await placeholderMessages(text)).toEqual([])
  })

  it('`still TBD` in a plan is one problem, an open decision left undated: the noncommittal message only; a `TBD` it does not quote keeps its own', async () => {
    const text = strategyDoc({}).replace('## Coherent Actions\n\n', '## Coherent Actions\n\nThe finalized roadmap for this work is still TBD, pending the review.\n\nShip the cache by TBD.\n\n')
    const line = text.split('\n').indexOf('The finalized roadmap for this work is still TBD, pending the review.') + 1
    const dir = makeProject({'s.md': text})
    const result = await strategyLint(['--format', 'json', 's.md'], dir)
    const messages = (JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
    expect(messages.filter((message) => message.line === line).map((message) => message.ruleId)).toEqual(['strategy-noncommittal'])
    expect(messages.filter((message) => message.line === line + 2).map((message) => [message.ruleId, message.reason])).toEqual([
      ['strategy-placeholder', 'Template leftover `TBD`; finish the thought or remove the marker']
    ])
    // With the noncommittal rule off, the leftover is reported.
    const off = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-noncommittal': 'off'}}]]}), 's.md': text})
    linkPackage(off)
    const alone = (JSON.parse((await strategyLint(['--format', 'json', 's.md'], off)).stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
    expect(alone.filter((message) => message.line === line).map((message) => message.ruleId)).toEqual(['strategy-placeholder'])
  })

  it('a required section holding only a table of placeholders under its header (`| Metric | Target |` over `| TBD | TBD |`, or slots) is placeholder-only: one strategy-empty-section error', async () => {
    // (Its header's words made it content: five placeholder warnings and exit 0, and a criterion quoted as `[Owner]`.)
    for (const row of ['| TBD | TBD | TBD | TBD |', '| <metric> | <baseline> | <target> | [Owner] |']) {
      const text = strategyDoc({success: `| Metric | Baseline | Target | Owner |\n| --- | --- | --- | --- |\n${row}`})
      const dir = makeProject({'s.md': text})
      const result = await strategyLint(['--format', 'json', 's.md'], dir)
      const messages = (JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
      expect(messages.map((message) => [message.ruleId, message.reason]), row).toEqual([
        ['strategy-empty-section', 'Section `Success Criteria` holds only a placeholder; replace it with real content: say how you will measure progress: a baseline, a target and a deadline for each']
      ])
      expect(result.code).toBe(1)
    }
  })

  it('a table whose header cells are the author\'s sentences, over a row of TBD, is content: the leftovers get their warnings', async () => {
    const text = strategyDoc({success: '| Leading: PR cycle time under 24 hours by Q4 2027 | Lagging: checkout incidents from 11 to 2 a year by 2028 |\n| --- | --- |\n| TBD | TBD |'})
    const messages = await placeholderMessages(text)
    expect(messages).toHaveLength(2)
    expect(messages.every((message) => message.includes('Template leftover `TBD`'))).toBe(true)
  })

  it('a required section holding only `TBD` gets one message, the strategy-empty-section error; with that rule off, the placeholder warning', async () => {
    const text = strategyDoc({notDo: 'TBD'})
    const line = text.split('\n').indexOf('## What We Will NOT Do') + 1
    const dir = makeProject({'s.md': text})
    const result = await strategyLint(['--format', 'json', 's.md'], dir)
    const messages = (JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
    expect(messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'strategy-empty-section',
        line,
        'Section `What We Will NOT Do` holds only a placeholder; replace it with real content: list what this strategy deliberately leaves out'
      ]
    ])
    expect(result.code).toBe(1)

    const off = makeProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-lint-strategy', {rules: {'strategy-empty-section': 'off'}}]]}), 's.md': text})
    linkPackage(off)
    const alone = await strategyLint(['--format', 'json', 's.md'], off)
    const left = (JSON.parse(alone.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
    expect(left.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['strategy-placeholder', line + 2, 'Template leftover `TBD`; finish the thought or remove the marker']
    ])
  })
})
