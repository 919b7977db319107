/**
 * Whether a sentence reads as English, for the rules that read English words (the four language rules and
 * strategy-stale-deadline): on German, Spanish, Portuguese or Japanese prose they judged words they could not read.
 * `Die Entwicklerproduktivität verbessern.` was `a checkable result`, `kein Nice-to-have` a hedge, and `Seit Q1 2025
 * nutzen wir ...` a stale deadline (a QA pass by a non-English team). Such a sentence is left alone: silence, which
 * docs/phrases.md documents, rather than a message about words not read.
 *
 * Not a language detector: the function words of English against those of the languages met most (German, Spanish,
 * Portuguese, French, Italian, Dutch), and letters of other scripts against Latin ones. A sentence with more of
 * English's, as many, or none (`Improve developer productivity.`, `Improve résumé parsing.`) is English, so nothing an
 * English reader wrote loses a finding; a table row or a short label in German with no function word at all is read
 * as English too (its status words are known: `Erledigt`). Words that are function words of English as well (`a`,
 * `no`, `in`) count for English only, and `e`, `o`, `do`, `os`, `per`, `non`, `van` and `y` for neither: `e.g.`, `do`,
 * `OS`, `per`, `non-`, `van` and a code's `y` are English.
 */

const ENGLISH = new Set(
  'the a an and or of to in on for by with we will is are be our it this that these those from as at not no than into their its has have can should must'.split(' ')
)

const OTHER = new Set(
  [
    // German
    'der die das den dem des und nicht ist sind wir werden wird mit für auf ein eine einen zu von bis im kein keine oder auch sich noch nach über wie',
    // Spanish
    'el la los las que en por para con una del se es su al lo más como pero sus le',
    // Portuguese
    'em não um uma da dos das com até mais ao pelo pela nos',
    // French
    'le les des et est pour du sur pas nous avec dans au aux ce cette qui',
    // Italian and Dutch
    'il di che gli della het een niet voor ook zijn worden'
  ]
    .join(' ')
    .split(' ')
    .filter((word) => !ENGLISH.has(word))
)

/** Letters of scripts other than Latin: CJK, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu
const LATIN = /\p{Script=Latin}/gu

/** Whether the word at `index` starts its sentence: nothing but punctuation, quotes or bullets before it since a stop. */
function startsASentence(text: string, index: number): boolean {
  return /(?:^|[.!?:;]\s)[\s"'“‘(\[*_-]*$/.test(text.slice(Math.max(0, index - 8), index))
}

/**
 * Whether a run of text without spaces is an address, whose words are no prose: a URL or path
 * (`https://...`, `/master/keps/sig-node/`, `CI/CD`) or a host name (`example.com`, `app.acme.de`). Told by string
 * tests on the run alone, not a pattern over the sentence: `\S+\/\S+` and a host pattern backtracked from every start
 * on a long run (600,000 `BB-` in a criterion: hours).
 */
const TRAILING = '.,;:!?)]}\'"”’'

function isAddress(run: string): boolean {
  if (run.includes('/')) return true
  // (Trailing punctuation cut by a walk back from the end: a pattern `[...]+$` backtracked over a long run of quotes.)
  let end = run.length
  while (end > 0 && TRAILING.includes(run[end - 1])) end--
  const word = run.slice(0, end)
  const dot = word.lastIndexOf('.')
  return dot > 0 && /^[a-z]{2,}$/i.test(word.slice(dot + 1)) && /^[\w.-]+$/.test(word)
}

/** The text with its addresses blanked, run by run. */
function withoutAddresses(text: string): string {
  return text.replace(/\S+/g, (run) => (isAddress(run) ? ' ' : run))
}

/** A Latin letter with a mark, as German, Spanish, Portuguese and French words carry and English ones do not. */
const ACCENTED = /[äöüßñçãõáéíóúàèìòùâêîôû]/i

export function readsAsEnglish(written: string): boolean {
  // (`à la carte`, `à la mode`: French that English writes.)
  // (Most sentences hold no address and no `à`: read as they are, with no copy made.)
  const addressed = /\/|\.\w/.test(written) ? withoutAddresses(written) : written
  const text = addressed.includes('à') ? addressed.replace(/(?<!\p{L})à la(?!\p{L})/giu, ' ') : addressed
  const others = text.match(OTHER_SCRIPT)?.length ?? 0
  if (others > 0 && others >= (text.match(LATIN)?.length ?? 0)) return false
  let english = 0
  let other = 0
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const written = match[0]
    // (`MIT`, `DIE`: an acronym in capitals is no function word; nor is a capitalised word inside a sentence, which is
    // a name: `Los Alamos`, `Die Hard`, `El Niño`; nor a compound, `Nice-to-have` in German prose, `end-to-end`.)
    if ((written.length > 1 && written === written.toUpperCase()) || written.includes('-')) continue
    const word = written.toLowerCase()
    if (ENGLISH.has(word)) english++
    else if (OTHER.has(word) && (word === written || startsASentence(text, match.index))) other++
  }
  // A tie is English: a foreign word in an English sentence (`Ship it en masse`) leaves it English; so does one
  // foreign word alone, without a letter English does not write (`Improve du performance`, `Del Monte migration`).
  return other <= english || (other === 1 && !ACCENTED.test(text))
}
