/**
 * Where a JSON file breaks, for messages about a configuration or suppressions
 * file that does not parse. Node 20's `JSON.parse` names the token but not its
 * place (`Unexpected token "]" (0x5D), ..."ategy",  ]}" is not valid JSON`),
 * and a long `.remarkrc.json` then has to be read by eye; jsonc-parser (VS
 * Code's) reports the offset of the first error, which is turned into the line
 * and column an editor jumps to. It is loaded only when a file fails to parse
 * (with `require`, which the bundle leaves to node_modules: esbuild cannot
 * follow the package's UMD build, and a run that parses pays nothing).
 */
import {createRequire} from 'node:module'
import type {ParseError} from 'jsonc-parser'
import {location} from 'vfile-location'

const require = createRequire(import.meta.url)

/** What each of jsonc-parser's error codes (by `printParseErrorCode`'s name) means, in words. */
const WHAT: Record<string, string> = {
  InvalidSymbol: 'a character JSON does not allow here',
  InvalidNumberFormat: 'a number JSON cannot read',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '`:` expected',
  CommaExpected: '`,` expected',
  CloseBraceExpected: '`}` expected',
  CloseBracketExpected: '`]` expected',
  EndOfFileExpected: 'the end of the file expected',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment that does not end',
  UnexpectedEndOfString: 'a string that does not end',
  UnexpectedEndOfNumber: 'a number that does not end',
  InvalidUnicode: 'a `\\u` escape JSON cannot read',
  InvalidEscapeCharacter: 'a `\\` escape JSON does not allow',
  InvalidCharacter: 'a control character inside a string'
}

/**
 * The first syntax error of `text` read as strict JSON, as `line 4, column 3:
 * a value expected (JSON allows no comma before `]`)`, or `undefined` when
 * the text parses (a byte order mark first is skipped, as the readers do).
 */
export function jsonSyntaxError(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '')
  const {parse, printParseErrorCode} = require('jsonc-parser') as typeof import('jsonc-parser')
  const errors: ParseError[] = []
  parse(body, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  const first = errors[0]
  if (first === undefined) return undefined
  const point = location(body).toPoint(Math.min(first.offset, body.length))
  const where = point ? `line ${point.line}, column ${point.column}` : 'the end of the file'
  const code = printParseErrorCode(first.error)
  return `${where}: ${WHAT[code] ?? 'not valid JSON'}${trailingCommaNote(body, first, code)}`
}

/** A comma right before the `]` or `}` the error is at: JSON allows none there, and that is what people write. */
function trailingCommaNote(text: string, error: ParseError, code: string): string {
  if (code !== 'ValueExpected' && code !== 'PropertyNameExpected') return ''
  const closing = text[error.offset]
  if (closing !== ']' && closing !== '}') return ''
  const before = text.slice(0, error.offset).trimEnd()
  return before.endsWith(',') ? ` (JSON allows no comma before \`${closing}\`)` : ''
}
