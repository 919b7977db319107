/**
 * Control comments (`<!-- lint disable rule-id -->`) that name a rule id no
 * attached rule has: remark-message-control's `known` option reports them
 * (remark-lint itself passes no list), and the message is reworded to name the
 * comment and the closest known id.
 */
import type {Root} from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {getDocument, modelSettingsOf} from './document.js'

const CONTROL_SOURCE = 'unified-message-control'
const ORIGIN = /^remark-lint:(.+)$/

/**
 * The ids of every remark-lint rule attached to `processor`, this package's
 * and any other plugin's or preset's (unified-lint-rule names each plugin
 * `remark-lint:<id>`), so a comment for another plugin's rule is not unknown.
 */
function knownRuleIds(processor: Processor): string[] {
  const ids = new Set<string>()
  for (const [plugin] of processor.attachers) {
    const match = ORIGIN.exec(typeof plugin === 'function' ? plugin.name : '')
    if (match) ids.add(match[1])
  }
  return [...ids].sort()
}

/**
 * The plugin's comment control, in place of `remark-lint` (which the plugin
 * used to attach as well): remark-lint attaches remark-message-control the
 * same way, and the two walked the whole tree twice each on every check
 * (about 6 ms of a 60 ms language-server check on a 2,000-line document).
 * This attacher runs when the processor is frozen, after every plugin of the
 * configuration has been attached, and appends `strategyCommentControl`, so
 * it runs after every rule, this plugin's and others'. A configuration that
 * lists remark-lint (or a preset) still gets remark-lint's own pass as well.
 */
export function deferredCommentControl(this: Processor) {
  this.use(strategyCommentControl)
}

/**
 * A plugin that applies `lint` comments with the known rule ids and reports
 * the others (for untyped files, with no list of known ids, exactly as
 * remark-lint applies them).
 */
export function strategyCommentControl(this: Processor) {
  const processor = this
  return function (tree: Root, file: VFile) {
    // Untyped files (READMEs, notes) are not this linter's to judge: their comments apply as remark-lint applies them.
    const known = getDocument(tree, file, modelSettingsOf(processor)).type ? knownRuleIds(processor) : undefined
    const before = new Set(file.messages)
    remarkMessageControl({name: 'lint', source: 'remark-lint', known})(tree, file)
    for (const message of file.messages) {
      if (before.has(message) || message.source !== CONTROL_SOURCE || message.ruleId !== 'known') continue
      const found = /^Cannot (\w+) `'(.*)'`/.exec(message.reason)
      if (!found) continue
      const [, verb, id] = found
      const closest = closestId(id, known ?? [])
      message.reason =
        `Unknown rule \`${id}\` in a \`<!-- lint ${verb} -->\` comment, so the comment does nothing for it; ` +
        (closest
          ? `did you mean \`${closest}\`?`
          : 'no rule in this configuration has that id; name a rule listed in docs/rules/README.md or one of another remark-lint plugin you configure')
      message.fatal = true
      if (closest) {
        message.expected = [closest]
        message.actual = id
      }
    }
  }
}

/** The known id nearest `id` by edit distance, when it is near enough to be a typo. */
function closestId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(id.toLowerCase(), candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // A typo changes a few letters; a wholly different id is no suggestion.
  const allowed = Math.max(2, Math.floor(id.length / 4))
  return bestDistance <= allowed ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
