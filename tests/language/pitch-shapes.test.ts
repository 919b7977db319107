/**
 * Unquantified pitches: shapes found on the tune split of the real
 * sentences, tested on new sentences of the same shape.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, reasonsOf} from '../support/language.js'

async function pitchMessages(text: string): Promise<string[]> {
  return reasonsOf('strategy-unquantified-pitch', placedIn('Guiding Policy', text, 'Tech Strategy: Pitches'))
}

const PITCH = /argues from taste or fashion/

describe('strategy-unquantified-pitch on real shapes', () => {
  it('a name that is also an inviting verb opens a subject when a copula follows (`Go channels are ...`)', async () => {
    expect(await pitchMessages('Go modules are the de facto standard for versioning dependencies.')).toEqual([expect.stringMatching(PITCH)])
    // An invitation to the reader is still not an argument.
    expect(await pitchMessages('See the de facto standard for versioning in the appendix.')).toEqual([])
  })

  it('a pitch word inside a name (`the new Standard Library interface`) is a name, not an argument', async () => {
    expect(await pitchMessages('Move the logging helpers to the new Standard Library interface.')).toEqual([])
    expect(await pitchMessages('Teams follow our Best Practices Guide when they add a service.')).toEqual([])
    // The same words as words still argue.
    expect(await pitchMessages('Move the logging helpers to the new standard interface, because it is modern.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('a bare count that picks from a group (`one of the most elegant ways`) is not an outcome in numbers', async () => {
    expect(await pitchMessages('One of the most elegant ways to do this is a trie over the prefixes.')).toEqual([expect.stringMatching(PITCH)])
    // A share of something is a number that measures.
    expect(await pitchMessages('Rust is better here: memory bugs are 40% of our crash reports, and it rules them out at compile time.')).toEqual([])
  })

  it('applying best practice as such is the argument; a named set of practices is not', async () => {
    expect(await pitchMessages('We will standardise the layers and use the best practice.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('The exporter should follow best practices.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('Follow the container hardening best practices for base images.')).toEqual([])
  })

  it('an aside in parentheses illustrates, it does not argue', async () => {
    expect(await pitchMessages('(In a more modern setup, the job would run on a shared pool, but the idea is the same.)')).toEqual([])
    expect(await pitchMessages('In a more modern setup, the job would run on a shared pool, which is the right way.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('a conceded point, an example given as evidence, a signpost and a compound do not argue', async () => {
    expect(await pitchMessages('Although the best practice is to pin every image, some teams need floating tags for nightly jobs.')).toEqual([])
    expect(await pitchMessages('For example, downloads of the slim image are three times those of the full one, which tells us the slim image is very popular.')).toEqual([])
    expect(await pitchMessages('This page lists state of the art mitigation techniques and how far the runtime implements them.')).toEqual([])
    expect(await pitchMessages('A sealed trait is a reasonable choice for a more idiomatic-looking enum.')).toEqual([])
    expect(await pitchMessages('This would let maintainers refine the best practices as they see them.')).toEqual([])
    // Argued outright, the same phrases pitch.
    expect(await pitchMessages('Pinning every image is the best practice, so we will do it.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('not following best practices argues from them too; `the mess` characterises', async () => {
    expect(await pitchMessages('The in-house token format does not follow best practices.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('Everyone who has touched the release scripts has run into the mess.')).toEqual([expect.stringMatching(PITCH)])
    // A negated reason is still no pitch.
    expect(await pitchMessages('We will not adopt it just because everyone uses it.')).toEqual([])
  })

  it('a bandwagon phrase before a noun names a kind of thing; as the predicate, in a headline or in the authors\' choice it argues', async () => {
    expect(await pitchMessages('The payments team has a de facto standard layout for its runbooks.')).toEqual([])
    expect(await pitchMessages('Acme built a state-of-the-art fraud model in 2019 and sold it.')).toEqual([])
    expect(await pitchMessages('Our aim is to make the ledger one of the most trusted modern accounting platforms.')).toEqual([])
    // The kind claimed as the reason, or chosen for itself.
    expect(await pitchMessages('Postgres is the industry-standard database for ledgers.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('Kotlin is a more modern language.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('State-of-the-art tooling for every team.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('We will move the ledger to a cutting-edge database.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('Move the ledger to a state-of-the-art database.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('best practice reported as someone\'s recommendation is not the authors\' reason, unless they give it as one', async () => {
    expect(await pitchMessages('The retry policy documented as best practice by the vendor caps retries at five.')).toEqual([])
    expect(await pitchMessages('Because of these gaps, the layout recommended today as best practice is to split the schemas.')).toEqual([])
    expect(await pitchMessages('We split the schemas because it is recommended as best practice.')).toEqual([expect.stringMatching(PITCH)])
    expect(await pitchMessages('Splitting the schemas is best practice.')).toEqual([expect.stringMatching(PITCH)])
  })

  it('a conclusion drawn from the reasons before (`Hence ...`, `Therefore ...`) is not an argument from taste', async () => {
    expect(await pitchMessages('Derived classes break on every release and cost memory. Hence it is better to seal the public classes.')).toEqual([])
    expect(await pitchMessages('It is better to seal the public classes.')).toEqual([expect.stringMatching(PITCH)])
  })
})
