/**
 * Everything a reporter can read of a linted file, as one string: its type and
 * status markers and every field of every message. Two runs that must agree
 * (the full parse and the pre-scan: scripts/prescan-check.js and
 * tests/prescan.test.ts) are compared through it.
 */

/** @param {import('vfile').VFile} file */
export function fileReport(file) {
  return JSON.stringify({
    type: file.data.strategyType,
    status: file.data.strategyStatus,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      place: message.place,
      fatal: message.fatal,
      url: message.url,
      note: message.note,
      expected: message.expected,
      actual: message.actual,
      cause: message.cause === undefined ? undefined : String(message.cause)
    }))
  })
}
