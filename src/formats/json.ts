/**
 * `--format json`: the files and their messages, in the shape of
 * vfile-reporter-json (path, cwd, history, messages with reason, line,
 * column, position, ruleId, source, fatal, stack, url, note), plus `type` (the
 * document type a file was checked as), `typeSource` (how it was found:
 * `option`, `front-matter`, `glob`, `title` or `headings`), `status` (the status it states:
 * `draft`, `accepted`, ...) where there is one, `skipped` on files no document
 * type applies to, and `expected`/`actual` on messages with a mechanical fix.
 */
import type {VFile} from 'vfile'
import {byPlace} from '../util.js'

export function formatJson(files: VFile[]): string {
  return JSON.stringify(
    files.map((file) => ({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      ...(typeof file.data.strategyType === 'string' ? {type: file.data.strategyType, typeSource: file.data.strategyTypeSource ?? null} : {}),
      ...(typeof file.data.strategyStatus === 'string' ? {status: file.data.strategyStatus} : {}),
      ...(file.data.strategySkipped ? {skipped: file.data.strategySkipped} : {}),
      messages: [...file.messages].sort(byPlace).map((message) => ({
        reason: message.reason,
        line: message.line ?? null,
        column: message.column ?? null,
        position: message.place && 'start' in message.place ? message.place : null,
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        fatal: message.fatal ?? null,
        stack: null,
        url: message.url ?? null,
        note: message.note ?? null,
        ...(message.expected ? {expected: message.expected} : {}),
        ...(message.actual !== undefined ? {actual: message.actual} : {})
      }))
    }))
  )
}
