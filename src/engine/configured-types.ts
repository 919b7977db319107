/**
 * The document types the remark configuration of a folder defines (the built-in ones, changed or added to by its
 * `types`), as the plugin resolves them for a file there: what `strategy-lint init <type>` needs to scaffold a
 * configured type. The engine configures a file that is not written yet, at the path the skeleton will have, the way
 * it configures any file, and the plugin's model settings are read off its processor.
 */
import path from 'node:path'
import {VFile} from 'vfile'
import {modelSettingsOf} from '../model/document.js'
import {builtinTypes, type DocType} from '../types/doc-types.js'
import {runEngine, type EngineSettings} from './run.js'
import {setupProblem} from './setup-problem.js'

/** The types for a file at `filePath` (absolute); a configuration error rejects, as it stops a lint run. */
export async function configuredTypes(settings: EngineSettings, filePath: string): Promise<readonly DocType[]> {
  let types: readonly DocType[] | undefined
  const file = new VFile({path: path.resolve(settings.cwd, filePath), value: ''})
  const context = await runEngine(settings, [file], {onAttached: (processor) => (types = modelSettingsOf(processor).types ?? builtinTypes)})
  // A configuration problem (a bad option, a plugin that cannot be loaded) is said as a lint run says it.
  for (const message of (context.files ?? []).flatMap((each) => each.messages)) {
    const problem = setupProblem(message)
    if (problem) throw new Error(problem)
  }
  return types ?? builtinTypes
}
