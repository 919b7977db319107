/**
 * A combined phrase matcher: every phrase of every list in one trie of words,
 * matched in one pass over a text's words. Each start position walks the trie
 * at most as deep as the longest phrase, so matching is linear in the text.
 */

export interface Token {
  /** Lower-case word, curly apostrophes made straight. */
  word: string
  start: number
  end: number
  /** Joined to the word before by a hyphen (`have` in `must-have`). */
  hyphenated?: true
}

export interface PhraseHit<Category extends string = string> {
  category: Category
  phrase: string
  start: number
  end: number
  /** Index of the first and one past the last token. */
  firstToken: number
  endToken: number
}

interface TrieNode<Category extends string> {
  exact: Map<string, TrieNode<Category>>
  prefixes: Array<{prefix: string; node: TrieNode<Category>}>
  /** Phrases ending here: category to the phrase as written. */
  ends: Map<Category, string>
}

/** Marks, in the trie, a phrase word that follows a hyphen. */
const HYPHEN = '-'

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD.exec(text))) {
    const token: Token = {word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length}
    if (text[match.index - 1] === '-' && tokens.at(-1)?.end === match.index - 1) token.hyphenated = true
    tokens.push(token)
  }
  return tokens
}

function newNode<Category extends string>(): TrieNode<Category> {
  return {exact: new Map(), prefixes: [], ends: new Map()}
}

export class PhraseMatcher<Category extends string> {
  private readonly root = newNode<Category>()

  constructor(lists: Partial<Record<Category, readonly string[]>>) {
    for (const [category, phrases] of Object.entries(lists) as Array<[Category, readonly string[]]>) {
      for (const phrase of phrases) this.add(category, phrase)
    }
  }

  /**
   * A hyphen inside a phrase must be in the text too: `must-have` (a product people need) is not the verb of
   * `must have a stable API`. Such a word is kept in the trie behind HYPHEN (`must`, `-have`). Lists spell both forms
   * where both are meant (`world class`, `world-class`).
   */
  private add(category: Category, phrase: string): void {
    const words = phrase
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/(?<=[\p{L}\p{N}])(?=-[\p{L}\p{N}])|[^\p{L}\p{N}'*-]+/u)
      .map((word) => (word.startsWith(HYPHEN) ? HYPHEN + word.slice(1).replace(/-/g, '') : word.replace(/-/g, '')))
      .filter((word) => word !== '' && word !== HYPHEN)
    if (words.length === 0) return
    let node = this.root
    for (const word of words) {
      if (word.endsWith('*')) {
        const prefix = word.slice(0, -1)
        let entry = node.prefixes.find((candidate) => candidate.prefix === prefix)
        if (!entry) node.prefixes.push((entry = {prefix, node: newNode()}))
        node = entry.node
      } else {
        let next = node.exact.get(word)
        if (!next) node.exact.set(word, (next = newNode()))
        node = next
      }
    }
    if (!node.ends.has(category)) node.ends.set(category, phrase)
  }

  /** Every phrase occurrence; for each category and start, only the longest phrase. */
  match(tokens: readonly Token[]): Array<PhraseHit<Category>> {
    const hits: Array<PhraseHit<Category>> = []
    for (let first = 0; first < tokens.length; first++) {
      const longest = new Map<Category, PhraseHit<Category>>()
      this.walk(this.root, tokens, first, first, longest)
      hits.push(...longest.values())
    }
    return hits
  }

  private walk(
    node: TrieNode<Category>,
    tokens: readonly Token[],
    first: number,
    index: number,
    longest: Map<Category, PhraseHit<Category>>
  ): void {
    for (const [category, phrase] of node.ends) {
      const previous = longest.get(category)
      if (index > first && (!previous || previous.endToken < index)) {
        longest.set(category, {category, phrase, start: tokens[first].start, end: tokens[index - 1].end, firstToken: first, endToken: index})
      }
    }
    if (index >= tokens.length) return
    const {word, hyphenated} = tokens[index]
    // (The first word of a phrase is matched as written, whatever precedes it.)
    const joined = hyphenated && index > first ? HYPHEN + word : undefined
    for (const form of joined ? [word, joined] : [word]) {
      const next = node.exact.get(form)
      if (next) this.walk(next, tokens, first, index + 1, longest)
    }
    for (const {prefix, node: child} of node.prefixes) {
      const form = prefix.startsWith(HYPHEN) ? joined : word
      if (form?.startsWith(prefix)) this.walk(child, tokens, first, index + 1, longest)
    }
  }
}
