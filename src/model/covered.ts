/**
 * Messages a rule holds back in favour of another rule's message on the same thing: a required section holding only
 * `TBD` is one problem, strategy-empty-section's, so strategy-placeholder's `Template leftover \`TBD\`` inside it is
 * covered by it. The covered message is reported all the same, marked with its cover, and dropped at the end of the
 * run only if the cover is still there. A `<!-- lint ignore strategy-empty-section -->` comment (the language
 * server's "ignore in this paragraph" action writes it) removes the cover, and the leftovers it stood for are shown:
 * deciding which rule reports before the comments apply made that comment hide every `TBD` of the section.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** The message a covered one waits on: the one of `ruleId` that starts at `line`:`column`. */
export interface Cover {
  ruleId: string
  line: number
  column: number
}

const covers = new WeakMap<VFileMessage, Cover>()

/** Mark `message` as said by `cover`'s message: dropped at the end of the run if that message still stands. */
export function coverWith(message: VFileMessage, cover: Cover): void {
  covers.set(message, cover)
}

const keyOf = (ruleId: string | undefined, line: number | undefined, column: number | undefined) => `${ruleId ?? ''}@${line ?? 0}:${column ?? 0}`

/** Drop each covered message whose cover stands; keep it where a comment (or anything else) removed the cover. */
export function dropCoveredMessages(file: VFile): void {
  if (!file.messages.some((message) => covers.has(message))) return
  const standing = new Set(file.messages.filter((message) => !covers.has(message)).map((message) => keyOf(message.ruleId, message.line, message.column)))
  file.messages = file.messages.filter((message) => {
    const cover = covers.get(message)
    return cover === undefined || !standing.has(keyOf(cover.ruleId, cover.line, cover.column))
  })
}

/** Processors whose comment control drops covered messages itself, after the comments have applied. */
const commentControlled = new WeakSet<object>()

/** Called by the comment control's attacher: it drops covered messages once the comments have removed theirs. */
export function dropsCoveredMessages(processor: object): void {
  commentControlled.add(processor)
}

/**
 * Attached by each rule (once per processor: unified keeps one entry for a plugin used again). It runs when the
 * processor is frozen and appends the step that drops covered messages after the rules. With the plugin's comment
 * control on the processor, that step leaves the job to it, which runs after every rule and the comments; a rule used
 * as a plugin of its own has none, and the step does it.
 */
export function deferredCoverResolution(this: Processor) {
  this.use(coverResolution)
}

function coverResolution(this: Processor) {
  const processor = this
  return (_tree: unknown, file: VFile) => {
    if (!commentControlled.has(processor)) dropCoveredMessages(file)
  }
}
