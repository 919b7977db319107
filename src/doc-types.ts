/**
 * The built-in document types, taken from the source document's strategy and
 * technical-vision structures (its length guidance for strategies; our own,
 * more generous, budgets for visions, whose source gives none).
 */

export type LengthUnit = 'paragraph' | 'page'

/** Length guidance in paragraphs or pages; the length rule turns units into words. */
export interface LengthBudget {
  /** Least the section needs to do its job (0: no lower bound). */
  min: number
  /** Most the guidance allows (0: no upper bound). */
  max: number
  unit: LengthUnit
  /** The guidance in words a writer would use, for messages. */
  guidance: string
}

export interface SectionSpec {
  /** Stable id, used in options (`budgets`, later content rules). */
  id: string
  /** Canonical heading text. */
  heading: string
  /** Other accepted headings. */
  aliases: readonly string[]
  required: boolean
  /** What the section is for; ends the missing and empty messages. */
  purpose: string
  /** Prompt text inserted by a quick fix for a missing section. */
  prompt: string
  budget?: LengthBudget
}

export interface DocType {
  id: string
  /** Human name, for messages. */
  name: string
  /** Patterns an H1 title matches when the document is of this type. */
  titlePatterns: readonly RegExp[]
  sections: readonly SectionSpec[]
}

function paragraphs(min: number, max: number, guidance: string): LengthBudget {
  return {min, max, unit: 'paragraph', guidance}
}

function pages(min: number, max: number, guidance: string): LengthBudget {
  return {min, max, unit: 'page', guidance}
}

export const strategyType: DocType = {
  id: 'strategy',
  name: 'technical strategy',
  titlePatterns: [
    /^(?:(?:tech|technical|technology|engineering|platform|architecture|infrastructure|product|data)\s+)+strategy\b/i,
    /^strategy\s*(?::|-|–|—|$)/i,
    /\b(?:tech|technical|technology|engineering)\s+strategy\s*(?::|-|–|—|$)/i
  ],
  sections: [
    {
      id: 'context',
      heading: 'Context',
      aliases: ['Background', 'Situation', 'Why Now'],
      required: true,
      purpose: 'say why this matters now and what changed',
      prompt: 'Why are we doing this now? What changed?',
      budget: paragraphs(1, 2, '1-2 paragraphs')
    },
    {
      id: 'diagnosis',
      heading: 'Diagnosis',
      aliases: ['Problem', 'Problem Statement', 'The Problem', 'Core Problem', 'Challenges'],
      required: true,
      purpose: 'name the actual problem, not its symptoms',
      prompt: 'What is the actual problem (not the symptom)?',
      budget: paragraphs(1, 2, '1-2 paragraphs')
    },
    {
      id: 'guiding-policy',
      heading: 'Guiding Policy',
      aliases: ['Guiding Policies', 'Approach', 'Our Approach', 'Policy', 'Strategic Approach'],
      required: true,
      purpose: 'state the approach you will take and the tradeoffs you accept',
      prompt: 'The approach we will take and the tradeoffs we accept.',
      budget: pages(0.25, 1, 'about 1 page')
    },
    {
      id: 'coherent-actions',
      heading: 'Coherent Actions',
      aliases: ['Actions', 'Action Plan', 'Plan', 'Initiatives', 'Execution Plan', 'Roadmap'],
      required: true,
      purpose: 'list specific, sequenced initiatives',
      prompt: 'Specific, sequenced initiatives, each with an owner and a date.',
      budget: pages(0.5, 2, '1-2 pages')
    },
    {
      id: 'what-we-will-not-do',
      heading: 'What We Will NOT Do',
      aliases: [
        'Non-Goals',
        'Out of Scope',
        'What We Are Not Doing',
        'Not Doing',
        'Things We Will Not Do',
        'Explicit Non-Goals'
      ],
      required: true,
      purpose: 'list what this strategy deliberately leaves out',
      prompt: 'Where we will deliberately not invest, and why.',
      budget: pages(0, 0.5, 'half a page')
    },
    {
      id: 'risks-and-mitigations',
      heading: 'Risks and Mitigations',
      aliases: ['Risks', 'Key Risks', 'Risk Mitigation', 'Risks and Tradeoffs'],
      required: true,
      purpose: 'list what could go wrong and how you will handle it',
      prompt: 'What could go wrong, and how we will handle it.',
      budget: pages(0, 0.5, 'half a page')
    },
    {
      id: 'success-criteria',
      heading: 'Success Criteria',
      aliases: ['Success Metrics', 'Metrics', 'Measures of Success', 'How We Measure Success', 'KPIs'],
      required: true,
      purpose: 'say how you will measure progress: a baseline, a target and a deadline for each',
      prompt: 'How we measure progress: from a baseline to a target by a date.',
      budget: pages(0, 0.25, 'a quarter of a page')
    }
  ]
}

export const visionType: DocType = {
  id: 'vision',
  name: 'technical vision',
  titlePatterns: [
    /^(?:(?:tech|technical|technology|engineering|platform|architecture|architectural|product)\s+)+vision\b/i,
    /^vision\s*(?::|-|–|—|$)/i,
    /\b(?:tech|technical|technology|engineering|architecture)\s+vision\s*(?::|-|–|—|$)/i
  ],
  sections: [
    {
      id: 'current-state',
      heading: 'Current State',
      aliases: ['Where We Are Today', 'Where We Are', 'Today', 'Current Situation', 'As-Is', 'Status Quo'],
      required: true,
      purpose: 'describe the system today: its pain points and known risks',
      prompt: 'What the system looks like today, its pain points and known risks.',
      budget: pages(0.1, 2, 'up to 2 pages')
    },
    {
      id: 'guiding-principles',
      heading: 'Guiding Principles',
      aliases: ['Principles', 'Design Principles', 'Tenets', 'Design Axioms'],
      required: true,
      purpose: 'list 3-5 principles that will govern decisions',
      prompt: '3-5 principles that will govern decisions.',
      budget: pages(0, 1, 'up to 1 page')
    },
    {
      id: 'target-state',
      heading: 'Target State',
      aliases: ['Future State', 'End State', 'Desired State', 'To-Be', 'North Star', 'Where We Want To Be'],
      required: true,
      purpose: 'describe the end state in 2-3 years and the capabilities that do not exist today',
      prompt: 'The desired end state in 2-3 years and the capabilities that do not exist today.',
      budget: pages(0.1, 2, 'up to 2 pages')
    },
    {
      id: 'migration-strategy',
      heading: 'Migration Strategy',
      aliases: ['Migration Plan', 'Migration', 'Transition Plan', 'How We Get There', 'Migration Path'],
      required: true,
      purpose: 'explain how to get from here to there: what is incremental and what needs a coordinated migration',
      prompt: 'How we get from here to there: what is incremental, what needs coordination.',
      budget: pages(0.1, 2, 'up to 2 pages')
    },
    {
      id: 'key-decisions',
      heading: 'Key Decisions',
      aliases: ['Decisions', 'Architecture Decisions', 'Decisions Made', 'Key Architectural Decisions'],
      required: true,
      purpose: 'list the decisions made with their rationale, and those still open',
      prompt: 'Decisions made, with their rationale; decisions that remain open.',
      budget: pages(0, 1, 'up to 1 page')
    },
    {
      id: 'success-metrics',
      heading: 'Success Metrics',
      aliases: ['Success Criteria', 'Metrics', 'Measures of Success', 'How We Measure Success', 'KPIs'],
      required: true,
      purpose: 'say how you will know you are making progress, with leading and lagging indicators',
      prompt: 'How we will know we are making progress: leading and lagging indicators.',
      budget: pages(0, 0.5, 'half a page')
    }
  ]
}

export const builtinTypes: readonly DocType[] = [strategyType, visionType]
