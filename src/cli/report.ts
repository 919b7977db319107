/** The report of a run in the format asked for (src/formats/), with the stylish report's summary line. */
import type {VFile} from 'vfile'
import {formatJson} from '../formats/json.js'
import {formatReport, repositoryRoot, toReportInput, type ReportFormat} from '../formats/index.js'
import {formatStylish} from '../formats/stylish.js'
import {formatUnix} from '../formats/unix.js'
import {NO_TYPE} from '../types/doc-types.js'
import {RECIPES_URL} from '../util.js'
import {version} from '../version.js'
import type {Format} from './arguments.js'
import {howToTypeSkipped, IGNORED, NO_RULE_RAN, type Outcome} from './outcome.js'
import {NOT_REGULAR} from './problems.js'
import {NOT_TEXT} from '../engine/run.js'

/** The stylish report's last line: how many files were checked, skipped and, named but ignored, not linted. */
function summaryLine(outcome: Outcome, clean: boolean, verbose: boolean): string {
  const checked = `${outcome.checked} ${outcome.checked === 1 ? 'file' : 'files'} checked`
  const noRule = outcome.skipped.filter((file) => file.data.strategySkipped === NO_RULE_RAN).length
  const special = outcome.skipped.filter((file) => file.data.strategySkipped === NOT_REGULAR).length
  const notText = outcome.skipped.filter((file) => file.data.strategySkipped === NOT_TEXT).length
  const untyped = outcome.skipped.length - noRule - special - notText
  const unlinted = [
    untyped > 0 ? `${untyped} skipped: ${NO_TYPE}` : '',
    noRule > 0 ? `${noRule} skipped: ${NO_RULE_RAN}` : '',
    special > 0 ? `${special} skipped: ${NOT_REGULAR}` : '',
    notText > 0 ? `${notText} skipped: ${NOT_TEXT}` : '',
    outcome.ignored.length > 0 ? `${outcome.ignored.length} named ${outcome.ignored.length === 1 ? 'file' : 'files'} not linted: ${IGNORED}` : ''
  ].filter(Boolean)
  // (In the report already, each with its one error: no --verbose pointer for them.)
  const failed = outcome.notLinted > 0 ? `; ${outcome.notLinted} could not be linted (the error on each says why)` : ''
  // One pointer to --verbose, after the last clause it explains.
  const listed = unlinted.length > 0 && !verbose ? ' (--verbose lists them)' : ''
  const suppressed = outcome.suppressed > 0 ? `; ${outcome.suppressed} suppressed (${outcome.suppressed === 1 ? 'a finding' : 'findings'} recorded in the suppressions file)` : ''
  // Nothing checked (no type applies to anything, or no rule ran): `no problems` would read as a pass; the way to type
  // files belongs here.
  const nothingChecked = outcome.checked === 0 && (untyped > 0 || noRule > 0)
  // (Nothing checked is the first run on an RFC or KEP repository, whose templates no built-in type is: the recipes are
  // ready-made types for them.)
  const howToType = outcome.checked === 0 && untyped > 0 ? `; to check them, ${howToTypeSkipped(outcome)} (ready-made types for KEPs, Rust RFCs, Go design docs and OpenShift enhancements: ${RECIPES_URL})` : ''
  // (`no problems` over warnings --quiet hid would read as a pass that --max-warnings may then fail; beside errors, the
  // hidden warnings are still counted.)
  const hidden = outcome.quietened > 0 ? `${outcome.quietened} ${outcome.quietened === 1 ? 'warning' : 'warnings'} not shown (--quiet)` : ''
  const verdict = nothingChecked ? '' : !clean ? (hidden ? `; ${hidden}` : '') : hidden ? `, no errors; ${hidden}` : ', no problems'
  return `${checked}${verdict}${failed}${unlinted.map((clause) => `; ${clause}`).join('')}${listed}${suppressed}${howToType}\n`
}

/** The report in `format`, ending with a newline. */
export function render(format: Format, files: VFile[], cwd: string, terminal: {color: boolean; columns: number | undefined}, outcome: Outcome, verbose: boolean): string {
  if (format === 'json') return `${formatJson(files)}\n`
  if (format === 'unix') return formatUnix(files)
  if (format === 'stylish') {
    const report = formatStylish(files, terminal)
    return report ? `${report}${summaryLine(outcome, false, verbose)}` : summaryLine(outcome, true, verbose)
  }
  const input = toReportInput(files, repositoryRoot(cwd), version)
  return formatReport(format as ReportFormat, {...input, runFailure: outcome.runFailure, hiddenWarnings: outcome.quietened})
}
