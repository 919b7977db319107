/**
 * Vague goals: shapes found on the tune split of the real sentences, tested
 * on new sentences of the same shape (not rows of the split).
 */
import {describe, expect, it} from 'vitest'
import {placedIn, reasonsOf} from '../support/language.js'

async function vagueMessages(text: string): Promise<string[]> {
  return reasonsOf('strategy-vague-goal', placedIn('Coherent Actions', text))
}

describe('strategy-vague-goal on real shapes', () => {
  it('a quality in the purpose of a concrete action (`X, to make it easy to Y`) is not the goal', async () => {
    expect(await vagueMessages('Publish the schema in the registry to make it possible to reliably detect breaking changes.')).toEqual([])
    expect(await vagueMessages('We ship a lint for unused flags in the CLI, to flag them early and to make it easy to clean up.')).toEqual([])
    // The aim itself, or a second main verb, still is.
    expect(await vagueMessages('Make it easy to clean up unused flags.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    expect(await vagueMessages('We add a lint for unused flags and make it easy to clean them up.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('code in the means of an improvement does not name what improves', async () => {
    expect(await vagueMessages('Improve the layering of the scheduler through a shared base in `core/runtime`.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    // Code in the object does (`Modernise the \`orders\` service`).
    expect(await vagueMessages('Simplify the retry logic in `core/runtime`.')).toEqual([])
  })

  it('a comparative in a hyphenated compound (`higher-level`) is not a change', async () => {
    expect(await vagueMessages('Higher-level operators wire the queues together.')).toEqual([])
    expect(await vagueMessages('Lower-level bindings stay as they are.')).toEqual([])
  })

  it('an instruction whose object a relative clause tells the past of is still the plan (`Improve the pipeline that we migrated in 2023`)', async () => {
    expect(await vagueMessages('Improve the pipeline that we migrated in 2023.')).toEqual([expect.stringMatching(/promises an improvement \(`Improve`\)/)])
    expect(await vagueMessages('Simplify the queue which we built in 2021.')).toEqual([expect.stringMatching(/promises an improvement/)])
    // A report of the past is still no plan.
    expect(await vagueMessages('We improved the pipeline that we migrated in 2023.')).toEqual([])
  })

  it('a perfect with `since` tells the state so far, not a plan', async () => {
    expect(await vagueMessages("The platform's goal since the start has been to empower every team to ship reliable services.")).toEqual([])
    expect(await vagueMessages('Our mission since 2019 has been to empower developers to build faster.')).toEqual([])
    expect(await vagueMessages('Make onboarding effortless.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('a benefit the proposal claims (`These changes will ensure X is more robust`) is not the authors\' target', async () => {
    expect(await vagueMessages('These changes will ensure the importer is more robust against malformed archives.')).toEqual([])
    expect(await vagueMessages('The proposed changes will make the scheduler simpler.')).toEqual([])
    // The authors' own target state still is.
    expect(await vagueMessages('The importer should be more robust.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('a phrase word that opens a described subject (`Less X means Y`) is not an instruction', async () => {
    expect(await vagueMessages('Less disk churn means fewer compactions and more headroom for reads.')).toEqual([])
    expect(await vagueMessages('Seamless failover represents a hard problem for stateful services.')).toEqual([])
    expect(await vagueMessages('Simplify the failover runbook.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('`cannot` negates the quality after it', async () => {
    expect(await vagueMessages('Shared caches are good, but due to their tradeoffs, cannot be optimal for every workload.')).toEqual([])
  })

  it('an option weighed against others is described, not planned', async () => {
    expect(await vagueMessages('This option is less intuitive for scripts but may better suit long-running services.')).toEqual([])
  })

  it('a quality a thing should have is a principle; a comparative is a change promised', async () => {
    expect(await vagueMessages('The admin console should be searchable and easy to learn.')).toEqual([])
    expect(await vagueMessages('Log search should be fast')).toEqual([])
    expect(await vagueMessages('Log search should be faster')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    // A vision of the state reached is still a vague goal.
    expect(await vagueMessages('Log search is fast and intuitive.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    // A promised experience is vague whatever the modal.
    expect(await vagueMessages('Releases should be seamless for every team.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('a benefit claimed for a mechanism or a deliverable is not the goal', async () => {
    expect(await vagueMessages('In theory, caching the manifests should make cold starts simpler, but today it adds a second lookup.')).toEqual([])
    expect(await vagueMessages('First, we will write a short design note that will fix the scope and make it easier to review the rollout.')).toEqual([])
    // Making it easier as the authors' own aim still is vague.
    expect(await vagueMessages('We will make it easier to review the rollout.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    expect(await vagueMessages('The platform team should make releases faster.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('conformance to a named standard is an end state; a conclusion about an option is no plan', async () => {
    expect(await vagueMessages('Ensure the billing portal is accessible to screen-reader users and WCAG compliant')).toEqual([])
    expect(await vagueMessages('Ensure the billing portal is accessible to screen-reader users')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
    expect(await vagueMessages('Therefore the second layout is more robust than the first and should need fewer rebuilds.')).toEqual([])
    expect(await vagueMessages('Therefore, we will make the second layout more robust.')).toEqual([expect.stringMatching(/promises (?:an improvement|a quality)/)])
  })

  it('a deadline in another cell of the table row dates the goal: only the target is asked for', async () => {
    const table = '| Initiative | When |\n| --- | --- |\n| Improve build performance | by Q3 2027 |\n| Targeted improvements to hot paths | 2026-2027 |\n| Better build parallelization | *Future* |\n'
    expect(await vagueMessages(table)).toEqual([
      expect.stringMatching(/^`Improve build performance` promises an improvement \(`Improve`\) with no target; the row dates it, so say from what to what/),
      expect.stringMatching(/^`Targeted improvements to hot paths` promises an improvement \(`improvements`\) with no target; the row dates it/),
      expect.stringMatching(/^`Better build parallelization` promises an improvement \(`Better`\) with no target or deadline/)
    ])
  })
})
