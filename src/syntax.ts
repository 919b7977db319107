/**
 * The syntax the rules read: GFM (tables, task lists) and YAML or TOML front matter. The plugin adds it, and so does
 * each rule used as a plugin of its own (`remark-lint-strategy/rules/<id>`), which otherwise read a table row or the
 * front matter `type:` as a paragraph and passed in silence.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {unified, type Processor} from 'unified'

const SYNTAX_MARK = 'remarkLintStrategySyntax'

type DataLists = ReadonlyArray<[string, readonly unknown[]]>

let syntaxData: {gfm: DataLists; frontMatter: DataLists} | undefined

/** The data lists (`micromarkExtensions`, `fromMarkdownExtensions`, `toMarkdownExtensions`) `attach` adds to a processor. */
function dataListsOf(attach: (processor: Processor) => void): DataLists {
  const own = unified()
  attach(own as never)
  return Object.entries(own.data()).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
}

/**
 * The extension lists remark-gfm and remark-frontmatter add to a processor's
 * data, made once, on processors of their own. Making them combines
 * micromark extensions: about 0.2 ms each time, and the CLI configures a
 * processor for every file (measured: 0.9 s of the main thread's 17 s on the
 * 5,163 files of ../shared/corpus). The extensions are read, never changed,
 * by the parser and the compiler, so processors can share them.
 */
function syntaxExtensions(): {gfm: DataLists; frontMatter: DataLists} {
  syntaxData ??= {
    gfm: dataListsOf((processor) => remarkGfm.call(processor as never)),
    frontMatter: dataListsOf((processor) => remarkFrontmatter.call(processor as never, ['yaml', 'toml']))
  }
  return syntaxData
}

/**
 * Whether the configuration attaches remark-gfm itself, before or after this plugin: every plugin of a configuration
 * is on the processor before the first attacher runs, and remark-gfm is known by its function's name, as the package
 * exports it (its own copy, not this package's bundled one). Its options are then the user's to set: GFM added again
 * with the defaults beside them padded the tables `tablePipeAlign: false` keeps as written, and turned `~one~` into
 * `~~one~~` under `singleTilde: false`, when `remark -o` wrote the files back.
 */
function configuresGfm(processor: Processor): boolean {
  return processor.attachers.some(([plugin, options]) => typeof plugin === 'function' && plugin.name === 'remarkGfm' && options !== false)
}

/** Parse GFM (tables) and YAML or TOML front matter, once per processor. */
export function useSyntax(processor: Processor): void {
  if (processor.data(SYNTAX_MARK as never)) return
  processor.data(SYNTAX_MARK as never, true as never)
  const data = processor.data() as Record<string, unknown>
  const {gfm, frontMatter} = syntaxExtensions()
  for (const [key, extensions] of [...(configuresGfm(processor) ? [] : gfm), ...frontMatter]) {
    const list = (data[key] ??= []) as unknown[]
    list.push(...extensions)
  }
}
