#!/usr/bin/env node
/**
 * Fill the `lead` column of the criteria rows of tests/language/real.tsv from
 * their source files in ../shared/corpus (the lead-in convention of
 * tests/language/README.md): for the list item that starts at the row's
 * `line`, the block directly before its outermost list (a paragraph, or the
 * last item of a list of the other kind: `1. Beta:` followed by an unindented
 * `* ...` list), then the first paragraph of each list item it is nested in,
 * outermost first, joined by ` / ` (a paragraph longer than 300 characters
 * gives its last sentence). Headings are not leads (the `heading` column holds
 * the nearest); `--headings` prints the whole heading path of each row.
 *
 *   node scripts/fill-leads.js [--corpus ../shared/corpus] [--file tests/language/real.tsv] [--write] [--extend] [--all]
 *
 * Without --write, prints the rows it would fill (id, old lead, new lead);
 * with it, rewrites the file in place, touching only empty `lead` cells, and
 * with --extend also the leads of the first round that held only the parent
 * item (they gain the outer lead-ins). --all prints every row's recomputed
 * lead, for comparison only.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {plain} from './plain-text.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const processor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

const LIMIT = 300

/** A paragraph's text as a lead: whole when short, else its last sentence (the one that introduces the list), cut to LIMIT characters. */
function leadText(source, node) {
  let text = plain(source.slice(node.position.start.offset, node.position.end.offset)).replace(/\t/g, ' ')
  if (text.length > LIMIT) {
    const sentences = text.split(/(?<=[.!?])\s+(?=\S)/)
    text = sentences[sentences.length - 1]
  }
  return text.length > LIMIT ? text.slice(0, LIMIT) : text
}

/**
 * The block right before a list that leads into it: a paragraph, or the last
 * item of a list of the other kind right before it (`1. Tech Preview in 4.8:`
 * followed by an unindented `* ...` list, which Markdown reads as two lists).
 */
function introduction(previous, list) {
  if (previous?.type === 'paragraph') return previous
  if (previous?.type === 'list' && previous.ordered !== list.ordered) {
    const last = previous.children[previous.children.length - 1]
    if (last?.children.length === 1 && last.children[0].type === 'paragraph') return last.children[0]
  }
  return undefined
}

/** An HTML comment on its own (`<!-- TODO: ... -->`), which renders as nothing. */
function isComment(node) {
  return node?.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)
}

const trees = new Map()
function treeOf(corpus, relative) {
  if (!trees.has(relative)) {
    const file = path.join(corpus, relative)
    const source = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
    trees.set(relative, source === undefined ? undefined : {source, tree: processor.parse(source)})
  }
  return trees.get(relative)
}

/** The path of ancestors (root first) to the list item whose first paragraph starts at `line`, and the headings above it. */
function findItem(tree, line) {
  let found
  const headings = []
  function visit(node, ancestors) {
    for (const [index, child] of (node.children ?? []).entries()) {
      if (found) return
      if (child.type === 'heading' && ancestors.length === 0) {
        headings.length = Math.max(0, child.depth - 1)
        headings[child.depth - 1] = child
        continue
      }
      if (child.type === 'listItem' && child.children[0]?.type === 'paragraph' && child.children[0].position.start.line === line) {
        found = {ancestors: [...ancestors, {node, index}], item: child, headings: headings.filter(Boolean)}
        return
      }
      if (child.children) visit(child, [...ancestors, {node, index}])
    }
  }
  visit(tree, [])
  return found
}

/** The lead-in of the item: the introduction of its outermost list, then the first paragraph of each enclosing item. */
export function leadOf(source, tree, line) {
  const found = findItem(tree, line)
  if (!found) return undefined
  const parts = []
  const lists = found.ancestors.filter(({node}) => node.type === 'list')
  const outer = lists[0]
  if (outer) {
    // The outermost list's place in its parent: the step before `outer` in the ancestors.
    const at = found.ancestors.indexOf(outer)
    const holder = found.ancestors[at - 1]
    const siblings = holder ? holder.node.children : []
    // An HTML comment is not rendered: the reader sees what stands before it, and a list it splits in two as one list
    // (`This will be declared stable/GA when:` / `- item` / `<!-- TODO -->` / `- item`). The linter reads text units,
    // which hold no HTML, so it sees the same.
    const before_ = (index) => {
      let at = index - 1
      while (at >= 0 && isComment(siblings[at])) at--
      return at
    }
    let list = outer.node
    let beforeAt = holder ? before_(holder.index) : -1
    while (beforeAt >= 0 && siblings[beforeAt].type === 'list' && siblings[beforeAt].ordered === list.ordered && isComment(siblings[beforeAt + 1])) {
      list = siblings[beforeAt]
      beforeAt = before_(beforeAt)
    }
    let before = beforeAt >= 0 ? siblings[beforeAt] : undefined
    // `In 1.14, ... should ensure:` / `1. for CRDs with a schema` / `* ...`: a chain of lists that Markdown split, read as one.
    const intros = []
    for (let intro = introduction(before, list); intro; intro = introduction(before, list)) {
      intros.unshift(leadText(source, intro))
      if (before.type !== 'list') break
      list = before
      beforeAt = before_(siblings.indexOf(before))
      before = beforeAt >= 0 ? siblings[beforeAt] : undefined
    }
    parts.push(...intros)
  }
  for (const {node} of found.ancestors) {
    if (node.type === 'listItem' && node.children[0]?.type === 'paragraph') parts.push(leadText(source, node.children[0]))
  }
  const headings = found.headings.map((heading) => plain(source.slice(heading.position.start.offset, heading.position.end.offset).replace(/^#+\s*/, '')))
  return {lead: parts.join(' / '), headings}
}

function main() {
  const {values} = parseArgs({
    options: {
      corpus: {type: 'string', default: path.join(here, '..', '..', 'shared', 'corpus')},
      file: {type: 'string', default: path.join(here, '..', 'tests', 'language', 'real.tsv')},
      write: {type: 'boolean'},
      all: {type: 'boolean'},
      extend: {type: 'boolean'},
      headings: {type: 'boolean'},
      help: {type: 'boolean'}
    }
  })
  if (values.help) {
    console.log('usage: node scripts/fill-leads.js [--corpus ../shared/corpus] [--file tests/language/real.tsv] [--write] [--all] [--headings]')
    process.exit(0)
  }
  const corpus = path.resolve(values.corpus)
  if (!fs.existsSync(corpus)) {
    console.error(`fill-leads: no corpus at ${corpus}; pass --corpus`)
    process.exit(2)
  }
  const lines = fs.readFileSync(values.file, 'utf8').split('\n')
  const header = lines[0].split('\t')
  const column = Object.fromEntries(header.map((name, index) => [name, index]))
  let filled = 0
  let missing = 0
  let criteria = 0
  for (let index = 1; index < lines.length; index++) {
    if (lines[index].trim() === '') continue
    const fields = lines[index].split('\t')
    if (fields[column.section] !== 'Success Criteria' && fields[column.section] !== 'Success Metrics') continue
    criteria++
    const old = fields[column.lead]
    if (old !== '' && !values.all && !values.extend) continue
    const parsed = treeOf(corpus, fields[column.source])
    const result = parsed && leadOf(parsed.source, parsed.tree, Number(fields[column.line]))
    if (!result) {
      missing++
      console.error(`${fields[column.id]}: item not found at ${fields[column.source]}:${fields[column.line]}`)
      continue
    }
    if (values.headings && result.headings.length > 1) console.log(`${fields[column.id]}\tHEADINGS\t${result.headings.join(' > ')}`)
    if (result.lead === '' || result.lead === old) continue
    console.log(`${fields[column.id]}\t${old}\t=> ${result.lead}`)
    const parts = result.lead.split(' / ')
    const extends_ = old !== '' && parts.length > 1 && (result.lead.endsWith(` / ${old}`) || parts[parts.length - 1].startsWith(old.slice(0, 60)))
    if (old === '' || (values.extend && extends_)) {
      fields[column.lead] = result.lead
      lines[index] = fields.join('\t')
      filled++
    }
  }
  console.error(`${criteria} criteria rows; ${filled} leads filled or extended; ${missing} items not found`)
  if (values.write) fs.writeFileSync(values.file, lines.join('\n'))
}

// Run as a script, not when a test imports `leadOf`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
