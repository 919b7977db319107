import {noOptions, createRule} from '../src/rule.js'

/** Problems that stop the linter from knowing what a document is. */
export default createRule({
  id: 'strategy-document-type',
  severity: 'error',
  description: 'The declared document type must be known and the front matter must be valid YAML.',
  untyped: true,
  options: noOptions,
  check({document, report}) {
    const {frontMatter, unknownType} = document
    if (unknownType !== undefined) {
      const known = document.types.map((type) => `\`${type.id}\``).join(', ')
      report(
        `Unknown document type \`${unknownType}\`; use one of ${known}, or remove \`type:\` to let the linter detect the type`,
        {place: frontMatter?.node.position ?? document.tree.position?.start}
      )
    }
    const error = frontMatter?.error
    if (error && (document.type || frontMatter.declaredType !== undefined || error.declared)) {
      const place = error.line ? {line: error.line, column: 1} : frontMatter.node.position
      report(
        `Front matter cannot be read (${error.reason}); fix the YAML so its fields, such as \`type:\`, can be read (the rest of the document is still checked)`,
        {place}
      )
    }
  }
})
