/**
 * `strategy-lint init strategy|vision`: a skeleton document of a type, with
 * front matter declaring the type, the title, every section in order and a
 * `TODO:` prompt under each saying what the section needs. The prompts are
 * template leftovers on purpose: the linter reports them until they are
 * replaced with real content.
 */
import type {DocType, SectionSpec} from './doc-types.js'

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

export function skeleton(type: DocType, title: string = defaultTitle(type)): string {
  const heading = cleanTitle(title) || defaultTitle(type)
  const sections = type.sections.map((spec) => `## ${spec.heading}\n\n${promptLine(spec)}\n`)
  return `---\ntype: ${type.id}\n---\n\n# ${heading}\n\n${sections.join('\n')}`
}
