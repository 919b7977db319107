/**
 * Headings outside a type's sections whose name says they hold the authors'
 * goals or plans: `## Goals`, `### Objectives and Key Results`, `### The next
 * 6 months`, `### FY23 Q3`. Real strategy and planning pages put most of
 * their goals under such headings rather than under the kernel's section
 * names; the goal rules that declare `<type>/goal-headings` read them when
 * their `goalHeadings` option is on (src/model/document.ts,
 * `readsGoalHeading`; src/language/goal-analysis.ts).
 *
 * Matched on a heading's key (src/model/heading.ts: lower case, numbering,
 * a trailing parenthetical and plural `s` gone), so `2. Goals (2027)` and
 * `Goal` are one. Each pattern is anchored and made of fixed words, so it
 * runs in time linear in the key.
 */
import {perSection, type Section} from './sections.js'

/** Words that may qualify the head noun: `Project goals`, `Key results`, `2027 Q1 objectives`, `Top priorities`. */
const QUALIFIER = String.raw`(?:our|the|project|team|key|main|primary|top|overall|high level|flagship|strategic|technical|product|engineering|business|quarterly|annual|yearly|near term|short term|\d{4}|fy\s?\d{2,4}|[hq][1-4])`

/** The head nouns of a goal heading, as keys spell them (plural `s` dropped: `prioritie`). */
const HEAD = String.raw`(?:goal|objective|okr|aim|prioritie|priority|focus|focus area|outcome|milestone|deliverable|work item|next step|key result|plan|roadmap)`

/**
 * A heading whose name is its goals: the head noun first (after qualifiers),
 * then nothing, words that say for what or when (`Goals for FY22`, `Plan of
 * record`), or another goal noun (`Objective and key result`, `Milestones and
 * timeline`, `Goals and requirements`; not `Priorities and direction`, a
 * survey's topic). `Design goals` are not among them: they are principles a
 * design is judged by.
 */
const GOAL_HEADING = new RegExp(
  `^(?:${QUALIFIER} )*${HEAD}(?: (?:for|of|in|over|this|next|until|through|to)\\b.*| and (?:${QUALIFIER} )*(?:${HEAD}|timeline|schedule|requirement)\\b.*)?$`
)

/**
 * Headings that name a period to come (`The next 6 months`, `What's next`, `What we are working on`, `Short term`) or
 * how the authors will get there (`How we get there`, `How we're going to do this`, `Themes`, `Strategy`, `Strategy and
 * plan`, `Outputs and milestones`; not `Test strategy`, `How we got here` or `How we do this`). Keys drop a last
 * word's `s`: `How we solve this` is `how we solve thi`.
 */
const PLAN_HEADING =
  /^(?:the )?next (?:\d{1,2}|three|six|twelve|eighteen) (?:month|week|quarter|year)|^what s next\b|^what is next\b|^what we (?:are|will be) (?:working on|focusing on|shooting for|doing next)\b|^what we (?:will|propose to|plan to) do\b|^(?:short|mid|medium) term$|^how we (?:will |are going to )?(?:get there|solve (?:thi|it)|achieve (?:thi|it))$|^how we (?:will|are going to) do (?:thi|it)$|^(?:our |the )?theme$|^(?:our |the |delivery |technical |product )?strategy(?: and plan)?$|^output and milestone$/

/** A heading that is a planning period and nothing else: `FY23 Q3`, `Q3 2026`, `H1 2027`, `FY27` (a bare year may be a history entry). */
const PERIOD_HEADING = /^(?:\d{4} )?(?:fy ?\d{2,4}(?: ?[hq][1-4])?|[hq][1-4](?: (?:fy ?)?\d{2,4})?)$/

/** Headings that hold what the authors will not do, or say so beside their goals: `Non-goals`, `Goals and non-goals`, `What we are not working on`. */
const NOT_GOALS = /\bnon goal|\bnot (?:a )?goal|\bnot working on\b|\bnot doing\b|\bout of scope\b|\banti goal|\bwill not\b/

/** The names of a state the authors set out to reach, as heading keys spell them (STATE_HEADING, STATE_TO_REACH). */
const STATE_NOUN = 'vision|mission|target state|future state|end state|north star'

/** Whether a heading's key names goals or plans (and not non-goals). */
export function isGoalHeading(key: string): boolean {
  if (NOT_GOALS.test(key)) return false
  return GOAL_HEADING.test(key) || PLAN_HEADING.test(key) || PERIOD_HEADING.test(key) || STATE_HEADING.test(key)
}

/**
 * A heading whose name is the state the authors set out to reach: `Vision`, `Our mission`, `1 Year vision`, `Target
 * state`, `3-year vision: democratize code search` (a number of years, then anything). Not a question or a how-to
 * about one (`Why do we lack a vision?`, `How profiling aligns with the vision`), nor a document named after one
 * (`Rust Vision Document`). At most three words before the noun, so the pattern runs in
 * time linear in the key. (`The "shiny future" we are working towards` is left out: it names where a project may go
 * one day, so its `eventually` and `we could` are its point; it is read where it sits under a plan, such as `The next 6
 * months`.)
 */
const STATE_HEADING = new RegExp(
  `^(?!(?:how|why|what|who|when|where|which|is|are|do|does|can|should|submitting|propose|proposing)\\b)(?:\\S+ ){0,3}(?:${STATE_NOUN})(?:$| statement$| and \\S+$| for\\b)|^(?:our |the )?\\d{1,2} year (?:vision|mission)\\b`
)

/**
 * Subsections of a goal heading that hold something else: reasons, the
 * problem, questions, what others ask for, examples (`### Why do we need a
 * refresh?`, `### Top customer issues`), and the asides of ASIDE_TOPIC below
 * (`### Design axioms`). A question mark ends the heading's text, which the
 * key drops, so questions are told by their first word (not `How`: `### How`
 * under a goal says how it will be reached).
 */
const OTHER_TOPIC =
  /^(?:why|what|who|when|where|which|is|are|do|does|can|should)\b(?! we (?:are|will|plan|propose|get)\b| s next\b| is next\b)|\b(?:motivation|problem|reason|issue|request|feedback|question|faq|example)\b/

/**
 * The topics of OTHER_TOPIC that hold no plans under any heading: principles,
 * background and history, risks, benefits, alternatives, reference material
 * (`### Design axioms` under `## Coherent Actions`). Reasons, problems and
 * questions are left out: under a type's own sections they often lead into
 * the plan that answers them.
 */
const ASIDE_TOPIC =
  /\b(?:background|context|status quo|current state|principle|axiom|tenet|maxim|precept|benefit|advantage|risk|alternative|history|definition|glossary|appendix|reference|landscape|competitor)\b/

/** Headings of a state to reach: `Vision`, `Mission`, `1 Year vision`, `The "shiny future" we are working towards`, `Target state`. */
const STATE_TO_REACH = new RegExp(`\\b(?:${STATE_NOUN}|shiny future|what we are shooting for)\\b`)

/** Whether the section or a heading above it names the state to reach (a vision written in the present tense). */
export const underVisionHeading: (section: Section) => boolean = perSection((section) => STATE_TO_REACH.test(section.key) || (section.parent ? underVisionHeading(section.parent) : false))

/**
 * Headings of a subsection that argues why (`### Motivation`, `### Rationale`, `### Overview`, `### Why this is
 * important`): under a type's own section its fragments and claims argue for the change (src/language/goal-analysis.ts).
 */
const ARGUMENT_TOPIC = /\b(?:motivation|rationale|overview|why)\b/

/** Whether a heading's key names a subsection that argues why: see ARGUMENT_TOPIC. */
export function namesAnArgument(key: string): boolean {
  return ARGUMENT_TOPIC.test(key)
}

/**
 * Headings of a story told about users or characters (`### User Stories`, `#### Story 1`, `### The story`, `## A fictional
 * scenario: Alex`): what its characters want, fear or find messy is theirs, neither the authors' plan nor their pitch.
 * (`### Gathering stories from users` names the authors' work, and stays read.) Keys are singular, `stories` read as `storie` (src/model/heading.ts).
 */
const STORY_TOPIC = /^(?:the |a |an |user |status quo )?stor(?:y|ie)\b|\bfictional\b/

/** Whether a heading's key names a story told about users or characters: see STORY_TOPIC. */
export function namesAStory(key: string): boolean {
  return STORY_TOPIC.test(key)
}

/** Whether a heading's key names a topic that holds no plans under any heading (`Design axioms`, `Background`, `Risks`): see ASIDE_TOPIC. */
export function namesAnAside(key: string): boolean {
  return ASIDE_TOPIC.test(key)
}

/**
 * Whether `section` sits under a goal heading: itself or its nearest
 * ancestor whose heading says goals, non-goals or another topic decides
 * (`### Performance` under `## Goals` holds goals; `### Non-goals` and
 * `### Why now?` under `## Goals` do not).
 */
export const underGoalHeading: (section: Section) => boolean = perSection(decideUnderGoalHeading)

function decideUnderGoalHeading(section: Section): boolean {
  if (section.depth === 0) return false
  if (NOT_GOALS.test(section.key)) return false
  if (isGoalHeading(section.key)) return true
  if (OTHER_TOPIC.test(section.key) || ASIDE_TOPIC.test(section.key)) return false
  return section.parent ? underGoalHeading(section.parent) : false
}
