/** Every Markdown file under a folder (recursively), sorted: shared by the corpus and recipe scripts. */
import fs from 'node:fs'
import path from 'node:path'

export function markdownFiles(folder) {
  const found = []
  const pending = [folder]
  while (pending.length > 0) {
    const current = pending.pop()
    for (const entry of fs.readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) pending.push(full)
      else if (/\.(?:md|markdown)$/i.test(entry.name)) found.push(full)
    }
  }
  return found.sort()
}
