/**
 * The syntax the rules read: GFM (tables, task lists) and YAML or TOML front matter. The plugin adds it, and so does
 * each rule used as a plugin of its own (`remark-lint-strategy/rules/<id>`), which otherwise read a table row or the
 * front matter `type:` as a paragraph and passed in silence.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {unified, type Processor} from 'unified'

const SYNTAX_MARK = 'remarkLintStrategySyntax'

let syntaxData: ReadonlyArray<[string, readonly unknown[]]> | undefined

/**
 * The extension lists remark-gfm and remark-frontmatter add to a processor's
 * data, made once, on a processor of their own. Making them combines
 * micromark extensions: about 0.2 ms each time, and the CLI configures a
 * processor for every file (measured: 0.9 s of the main thread's 17 s on the
 * 5,163 files of ../shared/corpus). The extensions are read, never changed,
 * by the parser and the compiler, so processors can share them.
 */
function syntaxExtensions(): ReadonlyArray<[string, readonly unknown[]]> {
  if (!syntaxData) {
    const own = unified()
    remarkGfm.call(own as never)
    remarkFrontmatter.call(own as never, ['yaml', 'toml'])
    syntaxData = Object.entries(own.data()).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
  }
  return syntaxData
}

/** Parse GFM (tables) and YAML or TOML front matter, once per processor. */
export function useSyntax(processor: Processor): void {
  if (processor.data(SYNTAX_MARK as never)) return
  processor.data(SYNTAX_MARK as never, true as never)
  const data = processor.data() as Record<string, unknown>
  for (const [key, extensions] of syntaxExtensions()) {
    const list = (data[key] ??= []) as unknown[]
    list.push(...extensions)
  }
}

