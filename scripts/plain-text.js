/**
 * Markdown source flattened to one line of plain text, as the labelled
 * sentences in tests/language/real.tsv are written: images dropped, links and
 * references kept as their text, HTML tags and bold markers removed, runs of
 * white space made one space. Shared by scripts/sample-sentences.js (which
 * drew the sentences) and scripts/fill-leads.js (which fills their lead-ins),
 * so both write the same text.
 */
export function plain(markdown) {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
