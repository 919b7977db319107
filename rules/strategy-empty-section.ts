import {noOptions, createRule} from '../src/rule.js'

export default createRule({
  id: 'strategy-empty-section',
  severity: 'error',
  description: 'Every required section has content, not just a heading or a placeholder.',
  // A code block (a diagram, an example) is content; an image counts as words.
  options: noOptions,
  check({document, report}) {
    for (const [spec, match] of document.firstMatch) {
      if (!spec.required) continue
      const {section} = match
      const title = `\`${section.title.trim()}\``
      // A template prompt (`TODO: list the risks`) is strategy-placeholder's to report, so an untouched skeleton gets one message per prompt.
      if (document.proseKind(section) === 'placeholder') {
        report(`Section ${title} holds only a placeholder; replace it with real content: ${spec.purpose}`, {
          place: section.heading?.position
        })
      } else if (section.total.words === 0 && section.total.codeBlocks === 0) {
        report(`Section ${title} is empty; ${spec.purpose}`, {place: section.heading?.position})
      }
    }
  }
})
