// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// change the Rust type and run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings`.

/**
 * A city district or specialist department that writes its own plan.
 */
export type Unit = { id: string, name: string, kind: UnitKind, city: string, };

/**
 * The years a plan covers, both inclusive.
 */
export type Period = { from_year: number, to_year: number, };

export type TeamMember = { name: string, role: string, };

/**
 * A word the plan defines, because partners use it differently ("early intervention"…).
 */
export type Term = { term: string, definition: string, };

/**
 * The situational picture required by Lag (2023:196) §4. Every field is Markdown.
 */
export type Lagesbild = { extent: string, consequences: string, cause_analysis: string, risk_factors: string, protective_factors: string, sources_and_method: string, };

/**
 * When and how the plan is followed up, by whom, and to whom it is reported.
 */
export type FollowUpPlan = { when: string, how: string, by_whom: string, reported_to: string, };

/**
 * The plan's own fields. Its challenges, indicators, measures and the rest live beside it in
 * [`crate::PlanDocument`].
 */
export type Plan = { id: string, 
/**
 * A short, unique, URL-safe name (`norrby-2025`) so people can name a plan on the command line.
 */
slug: string, unit_id: string | null, title: string, period: Period | null, status: PlanStatus, language: Language, 
/**
 * The report template's name, e.g. `district-plan`.
 */
template: string, 
/**
 * Who adopts the plan, e.g. the district board.
 */
decision_body: string, 
/**
 * The day the decision body adopted the plan.
 */
adoption_date: IsoDate | null, team: Array<TeamMember>, 
/**
 * Bumped by every write to the plan or anything in it; a write that names an older value is stale.
 */
revision: number, lagesbild: Lagesbild, terms: Array<Term>, follow_up: FollowUpPlan, };

/**
 * One plan and all it holds. `partners` are the registry entries that the plan's measures name.
 */
export type PlanDocument = { unit: Unit | null, plan: Plan, challenges: Array<Challenge>, indicators: Array<Indicator>, measures: Array<Measure>, partners: Array<Partner>, responsibilities: Array<Responsibility>, comments: Array<Comment>, };

export type Challenge = { id: string, title: string, category: ChallengeCategory, description: string, affected_groups: string, places: string, trend: Trend, 
/**
 * 1 (highest) to 3.
 */
priority: number, };

export type Observation = { 
/**
 * The period measured: a year (`2019`), a half (`2019-H1`), a quarter (`2019-Q3`) or a month (`2019-05`).
 */
period: string, 
/**
 * Absent when the figure is not published (for instance suppressed because it is small).
 */
value: number | null, 
/**
 * The day the figure was taken out: statistics get revised.
 */
data_as_of: IsoDate | null, note: string, 
/**
 * A small count hidden so it cannot identify anyone.
 */
suppressed: boolean, };

export type Indicator = { id: string, name: string, kind: IndicatorKind, unit: IndicatorUnit, 
/**
 * Where the figures come from: the police, Brå, NTU, the city's safety survey…
 */
source: string, definition: string, direction: Direction, observations: Array<Observation>, };

/**
 * A partner's part in one measure.
 */
export type MeasurePartner = { partner_id: string, role: PartnerRole, };

export type Budget = { 
/**
 * Whole currency units; never negative.
 */
amount: number, 
/**
 * ISO 4217 code, e.g. `SEK`.
 */
currency: string, };

export type Evidence = { level: EvidenceLevel | null, note: string, };

export type ExpectedEffect = { term: EffectTerm | null, text: string, };

/**
 * How a measure will be followed up: an indicator of the same plan, where it starts and where it should get to.
 */
export type FollowUpTarget = { indicator_id: string, baseline: number | null, target: number | null, target_year: number | null, };

export type Measure = { id: string, title: string, description: string, level: PreventionLevel | null, 
/**
 * The challenges of the same plan that this measure answers.
 */
challenge_ids: Array<string>, themes: Array<CapitalCodeTheme>, 
/**
 * A role or a unit, never a private person.
 */
owner: string, partners: Array<MeasurePartner>, target_group: string, area: string, start: IsoDate | null, end: IsoDate | null, status: MeasureStatus, budget: Budget | null, evidence: Evidence, expected_effect: ExpectedEffect, follow_up: Array<FollowUpTarget>, };

/**
 * An entry in the city's partner registry, shared by all its plans.
 */
export type Partner = { id: string, name: string, partner_type: PartnerType, contact_role: string, notes: string, };

/**
 * Who acts, and how, when a given situation arises.
 */
export type Responsibility = { id: string, 
/**
 * "Concern that a pupil is being radicalised", "a shooting in the area"…
 */
situation: string, who_acts: string, steps: Array<string>, escalation: string, };

/**
 * A place in a plan: a section, optionally one item in it (by id), optionally one field of that item.
 * Readiness findings use it to take the user to what needs fixing; comments use it as their anchor.
 */
export type ItemRef = { section: Section, id: string | null, field: string | null, };

export type Comment = { id: string, anchor: ItemRef, author_name: string, author_role: string, text: string, 
/**
 * RFC 3339 timestamp, given by the caller (the model never reads the clock).
 */
created_at: string, 
/**
 * Set on a reply: the comment it answers.
 */
parent_id: string | null, resolved: boolean, 
/**
 * What the anchor held when the comment was written (a field's text, an item's title), so the
 * thread still reads right after the text changed or the item was removed.
 */
quote: string, 
/**
 * Set on a suggestion: the text it proposes for the anchor's field.
 */
suggestion: Suggestion | null, 
/**
 * Who resolved the thread; empty while it is open.
 */
resolved_by: string, };

/**
 * The plan as it stood when its status changed, and who changed it.
 */
export type Revision = { 
/**
 * 1, 2, 3… per plan.
 */
number: number, status: PlanStatus, created_at: string, 
/**
 * Empty on revisions written before moves were signed (and in older packages).
 */
author_name: string, author_role: Role | null, 
/**
 * Why the move was made ("changes requested: see the comments on the measures"), or empty.
 */
message: string, snapshot: PlanDocument, };

/**
 * Who does something to a plan: the role decides what they may do, the name is shown beside it.
 */
export type Actor = { role: Role, name: string, };

/**
 * New text a reviewer proposes for one field, and what the planner decided about it.
 */
export type Suggestion = { text: string, state: SuggestionState, };

/**
 * A kind of plan item that is saved, deleted and moved one at a time, in the planner's order.
 */
export type ItemKind = "challenge" | "indicator" | "measure" | "responsibility" | "comment";

/**
 * One item of a plan, tagged with its kind: what a save carries from the UI to the store.
 * In JSON: `{"kind": "measure", "item": {…}}`.
 */
export type PlanItem = { "kind": "challenge", "item": Challenge } | { "kind": "indicator", "item": Indicator } | { "kind": "measure", "item": Measure } | { "kind": "responsibility", "item": Responsibility } | { "kind": "comment", "item": Comment };

/**
 * One move a plan may make from `from` to `to`.
 */
export type Transition = { from: PlanStatus, to: PlanStatus, 
/**
 * Refused while the plan has an error-level readiness finding (sending a plan on: submitting,
 * approving).
 */
needs_ready: boolean, 
/**
 * The usual next step from `from`, which the app offers first.
 */
primary: boolean, 
/**
 * The roles that may make the move.
 */
roles: Array<Role>, };

/**
 * One thing a rule found, pointing at the item to fix.
 */
export type Finding = { rule: RuleId, level: Level, message_sv: string, message_en: string, item: ItemRef, };

/**
 * A plan as a list of plans shows it.
 */
export type PlanSummary = { id: string, slug: string, title: string, unit_name: string | null, period: Period | null, status: PlanStatus, revision: number, 
/**
 * Findings at error level: 0 means ready to submit.
 */
errors: number, warnings: number, };

/**
 * One place a registry partner is used: a measure in some plan, and the partner's role there.
 */
export type PartnerUse = { plan_id: string, plan_title: string, measure_id: string, measure_title: string, role: PartnerRole, };

/**
 * The two languages the app and its reports speak. A plan's own language may be any Nordic one
 * ([`crate::Language`]); labels for those fall back to [`Locale::En`] unless Swedish is closer.
 */
export type Locale = "sv" | "en";

/**
 * Where a plan is in its life. Every change of status writes a numbered revision snapshot.
 */
export type PlanStatus = "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "archived";

/**
 * The language a plan is written in.
 */
export type Language = "sv" | "en" | "nb" | "nn" | "da" | "fi" | "is";

export type UnitKind = "district" | "department";

export type ChallengeCategory = "gang_crime" | "right_wing_extremism" | "left_wing_extremism" | "islamist_extremism" | "lone_actors" | "hate_crime" | "online_hate" | "disinformation" | "youth_antisocial" | "public_space_insecurity" | "other";

export type Trend = "rising" | "stable" | "falling" | "unknown";

export type IndicatorKind = "recorded_crime" | "perceived_safety" | "risk_or_protective_factor" | "activity";

export type IndicatorUnit = "count" | "per_100k" | "percent" | "index";

/**
 * Which way an indicator should move for things to be getting better.
 */
export type Direction = "down" | "up";

/**
 * Every measure has exactly one level.
 */
export type PreventionLevel = "universal" | "selective" | "indicated";

/**
 * The Capital Code's four themes; a measure may carry any of them.
 */
export type CapitalCodeTheme = "online_hate" | "disinformation" | "youth_inclusion" | "safe_city_alliances";

export type MeasureStatus = "planned" | "ongoing" | "completed" | "paused" | "cancelled";

export type PartnerRole = "lead" | "partner" | "funder";

export type PartnerType = "police" | "social_services" | "school" | "prison_probation" | "health_care" | "housing_company" | "civil_society_sports" | "civil_society_culture" | "civil_society_youth" | "civil_society_religious" | "business" | "public_agency" | "research" | "other";

export type EvidenceLevel = "tested" | "promising" | "practice_based" | "untested";

export type EffectTerm = "short" | "long";

/**
 * The parts of a plan, in the order of the guided steps. Findings and comments point into one.
 */
export type Section = "plan" | "lagesbild" | "challenges" | "statistics" | "measures" | "partners" | "responsibilities" | "follow_up";

/**
 * How serious a readiness finding is: an error blocks submitting the plan.
 */
export type Level = "error" | "warning";

/**
 * The readiness rules of domain.md.
 */
export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "R10";

/**
 * Who is acting on a plan: the district's planner writes it, the city's executive office and the
 * Nordic Safe Cities advisor review it. Each status move names the roles that may make it
 * (`TRANSITIONS`), and the role goes on every comment and revision.
 */
export type Role = "planner" | "executive_office" | "advisor";

/**
 * Where a suggestion stands: waiting for the planner, taken into the plan, or turned down.
 */
export type SuggestionState = "open" | "accepted" | "rejected";

/**
 * What the "new plan" form asks for; everything else starts empty.
 */
export type NewPlan = { unit_id: string | null, title: string, period: Period | null, language: Language, };

/**
 * A comment as its author writes it; the id, the time, the author and the quote are added here.
 */
export type NewComment = { 
/**
 * What it is about; a reply may leave it out and is anchored where the thread is.
 */
anchor: ItemRef | null, text: string, 
/**
 * New text proposed for the anchor's field: makes the comment a suggestion.
 */
suggestion: string | null, 
/**
 * Set on a reply: the comment it answers.
 */
parent_id: string | null, };

/**
 * A comment as the review shows it, with what became of its anchor since.
 */
export type CommentView = { comment: Comment, 
/**
 * The anchor names nothing in the plan any more: the item was removed.
 */
on_removed_content: boolean, 
/**
 * The anchor's text now, when it differs from what the comment quotes.
 */
changed_to: string | null, };

/**
 * Which open suggestions a decision is about.
 */
export type SuggestionPick = { "pick": "one", "value": string } | { "pick": "all" } | { "pick": "from", "value": string };

/**
 * A field a suggestion changed: what it held, so the app's undo can put it back.
 */
export type AcceptedText = { comment_id: string, anchor: ItemRef, before: string, after: string, };

/**
 * What a decision on suggestions did.
 */
export type Decided = { revision: number, accepted: Array<AcceptedText>, rejected: Array<string>, 
/**
 * Suggestions left open, each with why (its field changed since, or is gone).
 */
left_open: Array<[string, string]>, };

/**
 * The stable name of each kind of failure: the UI branches on it and shows its own message for it
 * in the user's language (ui/src/lib/i18n/messages/errors.json has one for every code; a test
 * checks). Generated for the UI as a union type, so a code cannot be misspelt there.
 */
export type ErrorCode = "not_found" | "validation" | "stale_write" | "personal_data" | "personal_data_in_comment" | "bad_package" | "too_large" | "newer_schema" | "plan_exists" | "in_use" | "invalid_transition" | "not_ready" | "not_empty" | "template" | "report" | "io" | "storage" | "stats_file" | "stats_selection" | "no_revision" | "older_package" | "not_allowed" | "read_only" | "bad_review_file" | "internal";

/**
 * What to do when an imported plan is already in the database (same plan id).
 */
export type ImportMode = "refuse" | "replace" | "as_copy";

/**
 * The plan a package became.
 */
export type Imported = { plan_id: string, slug: string, title: string, };

/**
 * What loading the demo put in the database.
 */
export type DemoLoaded = { city: string, units: number, partners: number, plans: Array<Imported>, };

/**
 * What the UI receives when a command fails: it branches on `code` and shows `message`.
 */
export type ErrorPayload = { code: ErrorCode, message: string, 
/**
 * The place in the plan the failure is about, when it is one (the anchor of the comment that
 * holds an identity number), so the UI names it in the user's language.
 */
place?: ItemRef | null, };

/**
 * How to render a plan as a PDF. Every field may be left at its default.
 */
export type PdfOptions = { 
/**
 * A built-in template's name; empty means the plan's own (`district-plan`). Ignored with `template_dir`.
 */
template: string, 
/**
 * The report's language; default: Swedish for a Swedish plan, else English.
 */
locale: Locale | null, 
/**
 * A city's own template folder (`<folder>/sv/*.md`, `<folder>/en/*.md`), used instead of a built-in one.
 */
template_dir: string | null, 
/**
 * A PNG or JPEG for the cover.
 */
logo: string | null, 
/**
 * The date printed on the report; default: today (UTC). Fixing it makes exports reproducible.
 */
date: IsoDate | null, };

/**
 * Where a text will be printed: the plan's template and language, and the field.
 */
export type PreviewPlace = { 
/**
 * A built-in template's name, as in the plan (`district-plan`).
 */
template: string, language: Language, 
/**
 * A lägesbild field's name as in the plan (`extent`, `cause_analysis`…), or an item's field by
 * its section: `challenges.description`, `indicators.definition`, `measures.description`.
 */
field: string, };

/**
 * A run of text in one style. A link is plain text here, as it is on paper: the PDF prints its words in
 * the link colour and keeps the target in the link annotation; the preview shows the target on hover.
 */
export type PreviewSpan = { text: string, strong: boolean, emphasis: boolean, strike: boolean, code: boolean, link: string | null, };

/**
 * How a table column's cells are set, as the PDF sets them: `|:--|` and a plain `|---|` left,
 * `|:-:|` centred, `|--:|` right.
 */
export type PreviewAlign = "left" | "center" | "right";

/**
 * A block of the preview, as the PDF lays it out and tags it.
 */
export type PreviewBlock = { "kind": "heading", level: number, spans: Array<PreviewSpan>, } | { "kind": "paragraph", spans: Array<PreviewSpan>, } | { "kind": "list", ordered: boolean, start: number, items: Array<Array<PreviewBlock>>, } | { "kind": "quote", blocks: Array<PreviewBlock>, } | { "kind": "code", text: string, } | { "kind": "rule" } | { "kind": "table", align: Array<PreviewAlign>, header: Array<Array<Array<PreviewSpan>>>, rows: Array<Array<Array<PreviewSpan>>>, };

/**
 * A rendered report.
 */
export type PdfExport = { bytes: Array<number>, pages: number, };

/**
 * A real date of the proleptic Gregorian calendar with a four-digit year, always written
 * `YYYY-MM-DD`; in JSON and in the database it is that string. Ordered in time.
 *
 * Any four-digit year parses: whether a year is one a plan may name (`limits::YEAR_MIN` to
 * `limits::YEAR_MAX`) is validation's rule, reported at the field like every other limit.
 */
export type IsoDate = string;

/**
 * Everything that differs between two states of one plan, in the order of the guided steps.
 */
export type PlanDiff = { plan_id: string, from: DiffEnd, to: DiffEnd, 
/**
 * Empty when nothing changed. Reordering items is not a change.
 */
items: Array<ItemChange>, };

/**
 * One end of a diff: a numbered revision, or the plan as it is now.
 */
export type DiffEnd = { 
/**
 * The revision's number; absent for the plan as it is now.
 */
revision: number | null, status: PlanStatus, 
/**
 * When the revision was written (RFC 3339); absent for now.
 */
created_at: string | null, };

/**
 * One item (a challenge, a measure, a registry partner…) or one of the plan's own parts (its
 * header, the lägesbild, the follow-up plan) that differs.
 */
export type ItemChange = { 
/**
 * Where the app shows it: the section and the item's id. A comment's place is its anchor.
 */
place: ItemRef, 
/**
 * The kind of list item; absent for the plan's own parts and for registry partners.
 */
kind: ItemKind | null, 
/**
 * The item's own id; absent for the plan's own parts.
 */
id: string | null, change: ChangeKind, 
/**
 * What the item is called (a measure's title, an indicator's name), as it reads now, or as it
 * read before it was removed. Empty for the plan's own parts: their section names them.
 */
name: string, 
/**
 * For a changed item, each field that differs; empty for an item added or removed whole.
 */
fields: Array<FieldChange>, };

/**
 * One field of an item that differs, or one element of a list inside it (an observation, a
 * team member, a partner's part in a measure) added or removed.
 */
export type FieldChange = { 
/**
 * The path within the item, as findings write it: `title`, `evidence.note`,
 * `observations[2].value` (the index on the newer side; on the older for a removed element).
 */
field: string, 
/**
 * Where the app takes the user for this field.
 */
place: ItemRef, change: ChangeKind, 
/**
 * The list element's own key when it has one (an observation's period, a term), which reads
 * better than its index.
 */
element: string | null, delta: Delta, };

/**
 * Whether an item or a field appeared, disappeared or differs.
 */
export type ChangeKind = "added" | "removed" | "changed";

/**
 * How a field differs.
 */
export type Delta = { "type": "words", spans: Array<WordSpan>, } | { "type": "value", before: string | null, after: string | null, };

/**
 * A run of words kept, inserted or deleted.
 */
export type WordSpan = { op: WordOp, text: string, };

export type WordOp = "equal" | "insert" | "delete";

export type CityPartner = { id: string, name: string, partner_type: PartnerType, };

/**
 * An indicator the city follows across units. Only indicators of the same kind, unit and
 * direction are linked to it, so their figures can stand side by side.
 */
export type CityIndicator = { id: string, name: string, kind: IndicatorKind, unit: IndicatorUnit, direction: Direction, };

/**
 * A unit's registry partner linked to a city partner.
 */
export type PartnerLink = { partner_id: string, city_partner_id: string, };

/**
 * A plan's indicator linked to a city indicator.
 */
export type IndicatorLink = { plan_id: string, indicator_id: string, city_indicator_id: string, };

/**
 * What became of one file.
 */
export type GatherOutcome = "imported" | "updated" | "unchanged" | "refused";

/**
 * One file's line in the result.
 */
export type GatheredFile = { 
/**
 * The file as it was named (a folder's files joined to the folder).
 */
file: string, outcome: GatherOutcome, 
/**
 * The plan the file holds, unless it was refused.
 */
plan: Imported | null, 
/**
 * Comments written here that an update carried over.
 */
kept_comments: number, 
/**
 * Why a file was refused, with the place in it where there is one (English, for the CLI).
 */
reason: string | null, code: ErrorCode | null, 
/**
 * The same, as data the window words in the user's language.
 */
refusal: RefusalReason | null, };

export type RefusalReason = { "kind": "unreadable", detail: string, } | { "kind": "too_large", size: number, limit: number, } | { "kind": "newer_schema", found: number, supported: number, } | { "kind": "bad_package", path: string, line: number | null, column: number | null, detail: string, } | { "kind": "older_package", title: string, here: number, package: number, } | { "kind": "validation", detail: string, } | { "kind": "other", detail: string, };

/**
 * How far a gathering has come, for a progress bar: `done` of `total` files.
 */
export type GatherProgress = { done: number, total: number, };

/**
 * Whether a unit's plan covers the year the city looks at.
 */
export type PlanState = "current" | "out_of_date" | "missing";

export type PlanRow = { id: string, slug: string, title: string, status: PlanStatus, period: Period | null, errors: number, warnings: number, 
/**
 * When the plan last changed status (RFC 3339), if it ever has.
 */
last_change: string | null, };

/**
 * One line of the city's table of plans: a unit and its plan, a plan without a unit, or a unit
 * without a plan.
 */
export type UnitPlanRow = { unit_id: string | null, unit_name: string | null, unit_kind: UnitKind | null, state: PlanState, plan: PlanRow | null, };

/**
 * A measure the city view points at, and where it lives.
 */
export type MeasureRef = { plan_id: string, slug: string, unit_name: string | null, measure_id: string, title: string, level: PreventionLevel | null, };

export type MeasureProblem = "no_follow_up" | "no_owner" | "ends_early";

export type MeasureGap = { measure: MeasureRef, problems: Array<MeasureProblem>, };

/**
 * The matrix of challenge categories × prevention levels, counted in units.
 */
export type Coverage = { 
/**
 * The columns, in order.
 */
levels: Array<PreventionLevel>, 
/**
 * One row per category, in the vocabulary's order, every category present.
 */
rows: Array<CoverageRow>, top_priority_gaps: Array<PriorityGap>, };

export type CoverageRow = { category: ChallengeCategory, 
/**
 * Units with a challenge of this category.
 */
units_with_challenge: number, 
/**
 * Per level (as `levels`), the units with a measure at that level answering a challenge of
 * this category.
 */
units_by_level: Array<number>, };

/**
 * A priority-1 challenge that its unit answers at fewer than two prevention levels.
 */
export type PriorityGap = { plan_id: string, slug: string, unit_name: string | null, challenge_id: string, title: string, category: ChallengeCategory, 
/**
 * The levels it is answered at (none or one).
 */
levels: Array<PreventionLevel>, };

export type PartnerLoad = { 
/**
 * Set for a city partner; `None` for registry partners not linked to one, counted together
 * by name (letter case and spacing aside).
 */
city_partner_id: string | null, 
/**
 * The units' registry partners this line counts that are not linked to a city partner (on a
 * city partner's line: those counted by its name): the ones to link so that other spellings
 * are counted with them, and the count stays when the city partner is renamed.
 */
unlinked_ids: Array<string>, name: string, partner_type: PartnerType, 
/**
 * The names the units use for it, sorted.
 */
names: Array<string>, units: number, plans: number, measures: number, lead: number, partner: number, funder: number, };

export type LookalikeGroup = { 
/**
 * The weakest link that holds the group together (cosine similarity, 0–1).
 */
similarity: number, 
/**
 * In plan and measure order.
 */
measures: Array<MeasureRef>, };

export type CityIndicatorView = { indicator: CityIndicator, 
/**
 * Every period any unit has a figure for, in order.
 */
periods: Array<string>, series: Array<UnitSeries>, };

export type UnitSeries = { plan_id: string, slug: string, unit_name: string | null, indicator_id: string, 
/**
 * What the unit calls it.
 */
indicator_name: string, 
/**
 * One per period, in the order of `periods`.
 */
values: Array<number | null>, };

export type LinkKind = "partner" | "indicator";

/**
 * A link the city may want to make.
 */
export type LinkSuggestion = { kind: LinkKind, 
/**
 * The indicator's plan; `None` for a registry partner.
 */
plan_id: string | null, item_id: string, item_name: string, 
/**
 * The city partner or indicator to link to.
 */
city_name: string, 
/**
 * False when the city entry would be made by the link.
 */
exists: boolean, 
/**
 * How alike the names are (0–1).
 */
score: number, };

export type CityFigures = { 
/**
 * The year plans were judged current against.
 */
year: number, plans: Array<UnitPlanRow>, coverage: Coverage, measure_gaps: Array<MeasureGap>, partner_load: Array<PartnerLoad>, lookalikes: Array<LookalikeGroup>, };

/**
 * A registry partner and the city partner it counts as.
 */
export type LinkablePartner = { partner_id: string, name: string, partner_type: PartnerType, city_partner_id: string | null, };

/**
 * A plan's indicator and the city indicator it counts as.
 */
export type LinkableIndicator = { plan_id: string, slug: string, unit_name: string | null, indicator_id: string, name: string, kind: IndicatorKind, unit: IndicatorUnit, direction: Direction, city_indicator_id: string | null, };

/**
 * Both catalogues and everything that may be linked to them.
 */
export type CityLinks = { city_partners: Array<CityPartner>, partners: Array<LinkablePartner>, city_indicators: Array<CityIndicator>, indicators: Array<LinkableIndicator>, };

export type CityLook = { name: string, logo: LogoInfo | null, 
/**
 * The city's template folder's name, when it has its own templates.
 */
template_name: string | null, 
/**
 * The languages its templates cover.
 */
template_locales: Array<Locale>, };

export type LogoInfo = { 
/**
 * `image/png` or `image/jpeg`.
 */
media_type: string, width: number, height: number, bytes: number, 
/**
 * The image itself as a `data:` URL, for the window's header.
 */
data_url: string, };

/**
 * What to do with the logo or the templates when the look is set.
 */
export type LookSource = { "action": "keep" } | { "action": "remove" } | { "action": "from", "path": string };

export type CityLookChange = { name: string, logo: LookSource, templates: LookSource, };

/**
 * How to print the city plan. Only `city` may be needed.
 */
export type ConsolidateOptions = { 
/**
 * The city, as its units name it; empty when the database holds one city only.
 */
city: string, 
/**
 * The report's language; default Swedish.
 */
locale: Locale | null, 
/**
 * A city's own `city-plan` folder; its unit chapters fall back to the built-in district chapters.
 */
template_dir: string | null, 
/**
 * A PNG or JPEG for the cover.
 */
logo: string | null, 
/**
 * The date printed, and whose year plans are judged current against; default today (UTC).
 */
date: IsoDate | null, };

export type StatsFormat = "csv" | "spreadsheet" | "px" | "json_stat";

/**
 * What a dimension stands for, where the file says it (PX TIMEVAL/CONTVARIABLE/MAP, JSON-stat
 * `role`) or where the reader can tell (a column of years, the columns of numbers).
 */
export type DimensionRole = "time" | "geo" | "metric";

export type Category = { code: string, label: string, };

export type Dimension = { code: string, label: string, role: DimensionRole | null, categories: Array<Category>, };

/**
 * Why a cell holds what it holds. Suppressed and missing cells carry no value and are never read
 * as 0; a nil cell ("-" in PX) is a true zero.
 */
export type CellKind = "value" | "nil" | "suppressed" | "missing";

export type CellCounts = { values: number, nil: number, suppressed: number, missing: number, };

/**
 * What a file holds, for `stats inspect` and the app's import dialog.
 */
export type TableSummary = { format: StatsFormat, title: string | null, source: string | null, updated: IsoDate | null, units: string | null, dimensions: Array<Dimension>, cells: CellCounts, };

/**
 * What the planner chose.
 */
export type SeriesQuery = { 
/**
 * `(dimension, value)`, each by label or code.
 */
select: Array<[string, string]>, 
/**
 * The time dimension, where the file does not say which it is.
 */
period: string | null, 
/**
 * The column of figures, where the table has several (a spreadsheet's "Antal", "Per 100 000").
 */
value: string | null, };

export type StatsTarget = { "type": "indicator", id: string, } | { "type": "new", name: string, kind: IndicatorKind, unit: IndicatorUnit, direction: Direction, };

export type StatsImportRequest = { sheet: string | null, range: string | null, query: SeriesQuery, target: StatsTarget, };

/**
 * One period of the series as it will be stored, and what it replaces.
 */
export type PreviewRow = { period: string, value: number | null, kind: CellKind, note: string, replaces: Observation | null, };

export type ImportPreview = { indicator_id: string, indicator_name: string, 
/**
 * True when the import creates the indicator.
 */
creates: boolean, 
/**
 * The fixed choices, `dimension: value`.
 */
chosen: Array<string>, rows: Array<PreviewRow>, 
/**
 * Observations of other periods, kept as they are.
 */
kept: number, 
/**
 * The source the indicator will name (the file's, where the indicator had none).
 */
source: string, data_as_of: IsoDate | null, 
/**
 * The whole indicator as it will be saved.
 */
indicator: Indicator, };

export type StatsImported = { preview: ImportPreview, 
/**
 * The plan's revision after the import.
 */
revision: number, };

/**
 * What a reviewer did that an imported review file could not apply here.
 */
export type ReviewNoteKind = "resolution" | "reopening" | "status";

/**
 * A reply the reviewer had not seen: who wrote it, and when (RFC 3339).
 */
export type UnseenReply = { author_name: string, at: string, };

/**
 * Why a reviewer's act was kept as a note instead of applied here.
 */
export type NoteReason = { "code": "unseen_replies", replies: Array<UnseenReply>, } | { "code": "status_moved", here: PlanStatus, was: PlanStatus, to: PlanStatus, } | { "code": "not_ready", to: PlanStatus, } | { "code": "text", text: string, };

/**
 * A reviewer's act kept beside the plan instead of applied, so that both sides stay visible: the
 * thread stays open with the reply written here, or the plan keeps the status it has here.
 */
export type ReviewNote = { kind: ReviewNoteKind, 
/**
 * The thread's first comment (a resolution), or the status key the reviewer moved to.
 */
subject: string, author_name: string, author_role: string, 
/**
 * RFC 3339: when the reviewer did it (a resolution: when the review file was written).
 */
at: string, 
/**
 * The reviewer's message with a status move, or empty.
 */
message: string, 
/**
 * Why it was not applied here; none on a note being matched or checked before it is kept.
 */
reason: NoteReason | null, };

/**
 * What became of the reviewer's decision (their last status move).
 */
export type DecisionOutcome = "applied" | "already_applied" | "recorded";

export type Decision = { status: PlanStatus, outcome: DecisionOutcome, 
/**
 * Why it was recorded instead of made; none otherwise.
 */
reason: NoteReason | null, };

/**
 * What importing a review file did.
 */
export type ReviewImported = { plan_id: string, slug: string, title: string, 
/**
 * The plan's revision after the import (unchanged when the file brought nothing new).
 */
revision: number, changed: boolean, threads_added: number, replies_added: number, 
/**
 * Of the comments added, how many propose text.
 */
suggestions_added: number, resolutions_applied: number, reopenings_applied: number, 
/**
 * The reviewer's resolutions kept beside an open thread, and a decision not made here.
 */
conflicts_kept: Array<ReviewNote>, decision: Decision | null, };
