/**
 * `strategy-lint init <type>`: a skeleton document of a type, built-in or
 * configured, with front matter declaring the type, the title, every section
 * in order (subsections one level down) and a `TODO:` prompt under each saying
 * what the section needs. A type given as an MD043-style heading list gets its
 * listed headings at their levels, and a heading to name where the list asks
 * for one of the author's own (`+`, `?`; `*` asks for none). The prompts are
 * template leftovers on purpose: the linter reports them until they are
 * replaced with real content.
 */
import type {DocType, SectionSpec} from './doc-types.js'
import type {PatternEntry} from './heading-pattern.js'
import {headingKey} from '../model/heading.js'

/** `technical strategy` -> `Technical Strategy`. */
function defaultTitle(type: DocType): string {
  return type.name.replace(/(^|\s)(\p{Ll})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase())
}

/** A title on one line: runs of whitespace (newlines included) become one space. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim()
}

/** The guidance line of a section: `TODO:` and the section's prompt. */
function promptLine(spec: SectionSpec): string {
  return `TODO: ${spec.prompt}`
}

/** The sections and their subsections, each heading with its prompt, from `depth` down. */
function sectionBlocks(specs: readonly SectionSpec[], depth: number): string[] {
  return specs.flatMap((spec) => [`${'#'.repeat(depth)} ${spec.heading}\n\n${promptLine(spec)}\n`, ...sectionBlocks(spec.children, depth + 1)])
}

/**
 * A heading list's literal headings, each with a prompt naming it, and a heading for the author to name where the
 * list requires one (`+`, one or more; `?`, exactly one), at the level of the listed heading before it: without it the
 * filled-in skeleton still failed strategy-heading-pattern. A leading `?` is the title, which the skeleton writes.
 */
function patternBlocks(entries: readonly PatternEntry[], titleWritten: boolean, specs: readonly SectionSpec[] = []): string[] {
  const blocks: string[] = []
  const written = new Set<SectionSpec>()
  let level = 2
  entries.forEach((entry, index) => {
    if (entry.kind === 'heading') {
      level = Math.max(entry.level, 2)
      // (A type with both `sections` and `headings`, as one migrating between them: a listed heading that names a
      // section gets the section's prompt and subsections.)
      const spec = specs.find((candidate) => headingKey(candidate.heading) === headingKey(entry.text))
      if (spec) written.add(spec)
      blocks.push(spec ? sectionBlocks([spec], entry.level).join('\n') : `${'#'.repeat(entry.level)} ${entry.text}\n\nTODO: Write the ${entry.text} section.\n`)
    } else if ((entry.kind === 'some' || entry.kind === 'one') && !(index === 0 && titleWritten)) {
      blocks.push(`${'#'.repeat(level)} TODO: name this section\n\nTODO: The heading list asks for a heading of your own here (\`${entry.raw}\`): name it and write it.\n`)
    }
  })
  // Required sections the list does not name go last (where a trailing `*` takes them).
  return [...blocks, ...sectionBlocks(specs.filter((spec) => spec.required && !written.has(spec)), 2)]
}

export function skeleton(type: DocType, title?: string): string {
  const given = title === undefined ? '' : cleanTitle(title)
  const heading = given || defaultTitle(type)
  // (A heading list that names a level-1 heading has it written from the list: the title line would be a second one.)
  const entries = type.headingPattern?.entries ?? []
  const listedTitle = entries.some((entry) => entry.kind === 'heading' && entry.level === 1)
  // A title goes where the list lets a heading of the author's own stand first (`?`, `+`, `*`); a list that opens with
  // a listed heading (`## Summary`) has no room for one: a `# Design` there was an unexpected heading of the skeleton.
  const titled = !listedTitle && (entries.length === 0 || entries[0].kind !== 'heading')
  // A type with both lists gets a skeleton that passes both: the heading list's order, the sections' prompts.
  const sections = entries.length > 0 ? patternBlocks(entries, titled, type.sections) : sectionBlocks(type.sections, 2)
  // (A title asked for where the list has no room for one goes in front matter, which names a page without an H1.)
  const frontMatterTitle = !titled && given ? `title: ${JSON.stringify(given)}\n` : ''
  return `---\ntype: ${type.id}\n${frontMatterTitle}---\n\n${titled ? `# ${heading}\n\n` : ''}${sections.join('\n')}`
}
