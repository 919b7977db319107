/**
 * Shapes from the thirty-fifth session (2026-12-06), each tested beside a neighbour whose verdict must not change. They
 * come from the goal headings beside loosely bound sections (`### Goals` under a KEP's `## Motivation`), whose 208
 * vague-goal findings three blind judges read (`in-place-loose-vague.tsv`); the faults are general, so they are fixed
 * wherever the rules read.
 */
import {describe, expect, it} from 'vitest'
import {placedIn, ruleMessages, messageQuoting} from '../support/language.js'

const inActions = (text: string) => ruleMessages(placedIn('Coherent Actions', text))

describe('`upgrade` as one operation among others, or an upgrade someone starts, promises nothing', () => {
  it.each([
    // k8s-keps sig-cluster-lifecycle/kubeadm/995-kubeadm-windows:76, openshift-enhancements multi-arch/heterogeneous-
    // architecture-clusters.md:63, update/dont-require-registry-during-reboot-and-upgrade.md:62, windows-containers/
    // ansible-dev-preview.md:46 (wrong by all three judges): new sentences of the same shapes
    'Support kubeadm init, join and upgrade on the new node images.',
    'Provide a way to install and upgrade the agents from one manifest.',
    'Make sure that clusters can reboot nodes or upgrade without a mirror registry.',
    'Administrator initiated upgrade of all the node components.',
    'Upgrade or roll back the control plane with one command.'
  ])('`%s` is fine', async (sentence) => {
    expect(await inActions(sentence)).toEqual([])
  })

  it.each([
    ['Upgrade our infrastructure.', 'Upgrade'],
    ['Upgrade our build infrastructure and install the new runners.', 'Upgrade']
  ])('`%s` is still a vague goal', async (sentence, cue) => {
    expect(await inActions(sentence)).toEqual([messageQuoting('strategy-vague-goal', cue)])
  })
})

describe('a component enhanced with a feature, named by what it will do, is a deliverable', () => {
  it.each([
    // k8s-keps sig-node/5328-node-declared-features:104, sig-node/2371-cri-pod-container-stats:212, sig-node/5526-pod-
    // level-resource-managers:275 (wrong by the majority) and tune r3564, r4605 (labelled none): new sentences
    'Enhance the scheduler to filter nodes based on the declared features.',
    'The operator will be enhanced with a set of tuning profiles.'
  ])('`%s` is fine', async (sentence) => {
    expect(await inActions(sentence)).toEqual([])
  })

  it.each([
    // a better quality, or a feature reached by some means, is still promised
    ['Enhance application performance on large clusters.', 'Enhance'],
    ['Enhance discoverability of the settings page.', 'Enhance'],
    ['Enhance the search experience to make results easier to scan.', 'Enhance']
  ])('`%s` is still a vague goal', async (sentence, cue) => {
    expect(await inActions(sentence)).toEqual([messageQuoting('strategy-vague-goal', cue)])
  })
})

describe('an asymptotic bound is a target', () => {
  // k8s-keps sig-scheduling/6132-prequeueing-hints:93 (wrong by all three judges): `Reduce ... from O(N) to O(1)`
  it.each(['Reduce the cost of each reconcile from O(N) to O(1) in the number of claims.', 'Cut lookup time down to O(log n).'])('`%s` is fine', async (sentence) => {
    expect(await inActions(sentence)).toEqual([])
  })

  it('`Reduce the cost of each reconcile.` is still a vague goal, and `O(N)` alone is no target', async () => {
    expect(await inActions('Reduce the cost of each reconcile.')).toEqual([messageQuoting('strategy-vague-goal', 'Reduce')])
    expect(await inActions('Reduce the O(N) cost of each reconcile.')).toEqual([messageQuoting('strategy-vague-goal', 'Reduce')])
  })
})
