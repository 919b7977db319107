/** The texts of `strategy-lint --help` and `strategy-lint init --help`. */
import {DEFAULT_CACHE_FILE} from '../engine/cache.js'
import {builtinTypes} from '../types/doc-types.js'
import {MIN_FILES_FOR_WORKERS} from '../engine/pool.js'
import {DEFAULT_SUPPRESSIONS_FILE} from '../engine/suppressions.js'
import {rules} from '../rules.js'
import {defaultConcurrency, FORMATS} from './arguments.js'

const TYPE_IDS = builtinTypes.map((type) => type.id)
const OPT_IN_RULES = rules.filter((rule) => rule.meta.optIn).map((rule) => rule.ruleId)
const OPT_IN_LINE = OPT_IN_RULES.length > 0 ? `\n(opt-in, so off unless the configuration turns them on: ${OPT_IN_RULES.join(', ')})` : ''

export const HELP = `Usage: strategy-lint [options] [paths or globs...]
       strategy-lint init ${TYPE_IDS.join('|')}|<configured type> [--title <text>] [--output <file>] [--config <file>]

Lint engineering strategy, technical vision and decision record documents (Markdown).
Paths default to the current folder. Uses the project's remark configuration
(.remarkrc*, package.json#remarkConfig) when there is one, else the built-in setup;
the strategy rules always run, with their defaults when that configuration does not list them${OPT_IN_LINE}.
A file no document type applies to is skipped and counted as such.

Options:
  -f, --format <name>   report format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <file>
                        write the report to <file>; the terminal still gets the stylish report
  -q, --quiet           report errors only, no warnings
  --max-warnings <n>    exit 1 when there are more than n warnings (also those --quiet hides); -1: no limit
  -t, --type <id>       check every file as this type (${TYPE_IDS.join(', ')}, or a configured type)
  --verbose             list the files checked (as which type, and why), the files skipped for having
                        no document type, and configurations the strategy rules were added to (on stderr)
  --no-warn-untyped     no warning for a file named on the command line that has no document type
                        (for hooks that pass every staged Markdown file); it is still counted as skipped
  --no-error-on-unmatched-pattern
                        a path or glob that names no Markdown file (or nothing at all: a deleted
                        file), or only ignored ones, is not an error
                        (default: exit 2)
  --fix                 apply the mechanical fixes (rename a near-miss heading, fix a heading's level, insert
                        a missing section where the type puts it), write the files they change, and report
                        what remains
  --fix-dry-run         show those fixes as a unified diff; write nothing
  -c, --config <file>   use this remark configuration (.remarkrc JSON or YAML, .remarkrc.js, or a package.json's
                        remarkConfig) for every file, instead of the ones found from each file's folder
  --no-config           use no remark configuration: the built-in setup for every file
  --stdin               lint the Markdown on standard input instead of files (for editors and pipes)
  --stdin-filename <file>
                        the path that text is checked and reported as: its folder's configuration,
                        \`globs\` and folder type apply (default: <stdin> in the current folder;
                        required with -f sarif, github or gitlab)
  --date <YYYY-MM-DD>   check as on this day: the day strategy-stale-deadline compares deadlines with
                        (default: today, or STRATEGY_LINT_DATE), so a CI run can be repeated
  --suppress-all        record every current finding in the suppressions file; later runs hide a file's
                        findings of a rule while there are no more than recorded (to adopt the linter gradually)
  --suppress-rule <id>  record the current findings of one rule (repeatable)
  --prune-suppressions  lower the recorded counts to what occurs now (after fixing recorded findings)
  --suppressions-location <file>
                        the suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the working folder)
  --ignore-path <file>  ignore file to use instead of .remarkignore
  --no-gitignore        do not skip files listed in .gitignore
  --cache               only re-lint files whose content, configuration or tool version changed
                        since the last --cache run; reuse the stored results for the rest
  --cache-location <file>
                        where --cache keeps its results (default: ${DEFAULT_CACHE_FILE}; needs --cache);
                        an existing folder gets ${DEFAULT_CACHE_FILE} inside it
  --concurrency <n>     lint in up to n worker processes (default: ${defaultConcurrency()}, the number of CPU cores);
                        they are used for more than ${MIN_FILES_FOR_WORKERS} files and enough text to pay for starting
                        them. At most the number of cores. The report and exit code are the same for any n
  --time-budget <s>     seconds each file may take to parse and check (default: 10, or STRATEGY_LINT_TIME_BUDGET);
                        a file that takes longer gets one error saying it was not linted, and the run goes on.
                        0: no limit (with --concurrency 1, everything is then linted in one thread)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 clean or warnings only, 1 errors or too many warnings,
2 usage or configuration error, or a path or glob that names no Markdown file.
Colour: at a terminal (not TERM=dumb); NO_COLOR=1 turns it off, FORCE_COLOR=1 on (a CI log), FORCE_COLOR=0 off.

\`strategy-lint init --help\` tells how to start a new document from a skeleton.
`

export const INIT_HELP = `Usage: strategy-lint init ${TYPE_IDS.join('|')}|<configured type> [--title <text>] [--output <file>] [--config <file>]

Print a skeleton document of the type: front matter declaring the type, the
title, every section in order (subsections one level down), and a TODO prompt
in each saying what it needs. A type configured under \`types\` in the remark
configuration that applies where the file goes can be named too, or in the one
--config names (the organisation's shared configuration a lint run reads with it).
The linter reports the TODO prompts until they are replaced with real content.

Options:
  --title <text>        the document's title (default: the type's name, such as Technical Strategy)
  -o, --output <file>   write the skeleton to <file> instead of printing it; an existing file is never overwritten
  -c, --config <file>   look the type up in this remark configuration instead of the one found from the file's folder
  -h, --help            show this help
`

