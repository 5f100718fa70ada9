// Typed calls to the app's commands (src-tauri/src/commands/). Each wrapper names its command once (a
// `Command`, generated from the Rust command list, so a misspelt name does not type-check) and passes
// arguments in the camelCase Tauri expects; every failure rejects with an ApiError carrying core's stable
// `code` (an `ErrorCode`: branch on it) and a `message` a person can read.

import { Channel, invoke } from '@tauri-apps/api/core';
import { actor } from './actor.svelte';
import { errorCodes, type Command } from './generated';
import type {
  CommentView,
  ConsolidateOptions,
  Decided,
  Delta,
  CityFigures,
  CityIndicator,
  CityIndicatorView,
  CityLinks,
  CityLook,
  CityLookChange,
  CityPartner,
  Coverage,
  DemoLoaded,
  GatheredFile,
  GatherProgress,
  LinkSuggestion,
  ErrorCode,
  ErrorPayload,
  Finding,
  ImportMode,
  Imported,
  ImportPreview,
  ItemKind,
  ItemRef,
  Locale,
  NewComment,
  NewPlan,
  Partner,
  PartnerUse,
  PdfOptions,
  Plan,
  PlanDiff,
  PlanDocument,
  PlanItem,
  PlanStatus,
  PlanSummary,
  PreviewBlock,
  PreviewPlace,
  Revision,
  ReviewImported,
  ReviewNote,
  StatsImported,
  StatsImportRequest,
  SuggestionPick,
  TableSummary,
  Unit,
} from './generated/types';

export type { ErrorPayload } from './generated/types';

/** A failed command: `code` is core's stable error name (`stale_write`, `personal_data`, `validation`…). */
export class ApiError extends Error implements ErrorPayload {
  readonly code: ErrorCode;
  /** The place in the plan the failure is about, when core names one. */
  readonly place?: ItemRef | null;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    if (payload.place) this.place = payload.place;
  }
}

function isPayload(x: unknown): x is ErrorPayload {
  return typeof x === 'object' && x !== null && (errorCodes as readonly unknown[]).includes((x as ErrorPayload).code)
    && typeof (x as ErrorPayload).message === 'string';
}

/**
 * Turns whatever a command threw into an ApiError: core's payload as it is; anything else (a Tauri IPC
 * error string, a panicking command, an exception) is `internal`.
 */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isPayload(e)) return new ApiError(e);
  if (e instanceof Error) return new ApiError({ code: 'internal', message: e.message });
  return new ApiError({ code: 'internal', message: String(e) });
}

async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

// Plans ------------------------------------------------------------------------------------------

export const plans = () => call<PlanSummary[]>('plans');
export const plan = (id: string) => call<PlanDocument>('plan', { id });
export const createPlan = (newPlan: NewPlan) => call<PlanDocument>('create_plan', { new: newPlan });
/** Saves the plan's own fields as the current actor; resolves to the new revision. */
export const updatePlan = (expectedRevision: number, p: Plan) =>
  call<number>('update_plan', { actor: actor(), expectedRevision, plan: p });
/** Moves the plan as the current actor; rejects with `not_allowed` when the role may not make the move. */
export const setStatus = (planId: string, expectedRevision: number, status: PlanStatus, message: string | null = null) =>
  call<number>('set_status', { planId, expectedRevision, status, actor: actor(), message });
export const deletePlan = (planId: string) => call<void>('delete_plan', { planId });
export const check = (id: string) => call<Finding[]>('check', { id });
export const revisions = (id: string) => call<Revision[]>('revisions', { id });

// Items in a plan, every kind through one path: each write names the revision last seen and resolves
// to the new one, and is made as the current actor (a read-only plan rejects it with `read_only`) ----

/** Creates or updates one item (`{ kind, item }`); an item without an id gets a fresh one. */
export const saveItem = (planId: string, expectedRevision: number, item: PlanItem) =>
  call<number>('save_item', { actor: actor(), planId, expectedRevision, item });
/** Rejects with `in_use` while a measure still refers to the item. */
export const deleteItem = (planId: string, expectedRevision: number, kind: ItemKind, id: string) =>
  call<number>('delete_item', { actor: actor(), planId, expectedRevision, kind, id });
/**
 * Moves one item to `newIndex` among the plan's items of its kind (taken out, then put back at that
 * index; past the end means last), in one transaction. The report follows this order.
 */
export const moveItem = (planId: string, expectedRevision: number, kind: ItemKind, id: string, newIndex: number) =>
  call<number>('move_item', { actor: actor(), planId, expectedRevision, kind, id, newIndex });
/** Adds a comment by the current actor, stamped with the time, a new id and what its anchor holds. */
export const addComment = (planId: string, expectedRevision: number, comment: NewComment) =>
  call<number>('add_comment', { actor: actor(), planId, expectedRevision, comment });

// The city's registries ---------------------------------------------------------------------------

export const units = () => call<Unit[]>('units');
export const saveUnit = (unit: Unit) => call<Unit>('save_unit', { unit });
export const partners = () => call<Partner[]>('partners');
export const savePartner = (partner: Partner) => call<Partner>('save_partner', { partner });
/** Rejects with `in_use` while a measure still names the partner. */
export const deletePartner = (partnerId: string) => call<void>('delete_partner', { partnerId });
export const partnerUsage = (partnerId: string) => call<PartnerUse[]>('partner_usage', { partnerId });

// Files: packages and PDFs (paths come from the native dialogs in dialogs.ts) ---------------------

/** Rejects with `personal_data` while a personal identity number is in the plan (R9). */
export const exportPackage = (id: string, path: string) => call<void>('export_package', { id, path });
/** With mode `refuse`, an existing plan rejects with `plan_exists` so the user can choose replace or copy. */
export const importPackage = (path: string, mode: ImportMode) =>
  call<Imported>('import_package', { path, mode });

const PDF_DEFAULTS: PdfOptions = { template: '', locale: null, template_dir: null, logo: null, date: null };

/**
 * Renders the plan as a PDF at `path`; resolves to its number of pages. Any option left out takes its
 * default (the plan's own template and language, today's date). Rejects with `personal_data` under R9.
 */
export const exportPdf = (id: string, path: string, options: Partial<PdfOptions> = {}) =>
  call<number>('export_pdf', { id, path, options: { ...PDF_DEFAULTS, ...options } });

/**
 * Prints the city action plan (the city-wide picture, then a chapter per unit's plan) at `path`;
 * resolves to its number of pages. The city's own logo is used; the language defaults to Swedish.
 */
export const exportCityPdf = (path: string, options: Partial<ConsolidateOptions> = {}) =>
  call<number>('export_city_pdf', {
    path,
    options: { city: '', locale: null, template_dir: null, logo: null, date: null, ...options },
  });

// The live preview -------------------------------------------------------------------------------

/** A lägesbild field's text as the plan's PDF prints it (headings at the printed level, lists, tables). */
export const previewMarkdown = (text: string, place: PreviewPlace) =>
  call<PreviewBlock[]>('preview_markdown', { text, place });

// The demo city -----------------------------------------------------------------------------------

export const isEmpty = () => call<boolean>('is_empty');
/** Rejects with `not_empty` when plans exist, unless `force`. */
export const loadDemo = (force = false) => call<DemoLoaded>('load_demo', { force });

// What changed since a review ---------------------------------------------------------------------

/**
 * What changed in the plan from revision `from` (default: the revision the last review round read,
 * else the last revision) to `to` (default: now). Rejects with `no_revision` for a revision the plan never had.
 */
export const planDiff = (id: string, from: number | null = null, to: number | null = null) =>
  call<PlanDiff>('plan_diff', { id, from, to });
// Statistics files (paths come from the native open dialog in dialogs.ts) ---------------------------

/**
 * What a statistics file (CSV, Excel, OpenDocument, PX, JSON-stat) holds: its dimensions and their
 * values, its source and date. `sheet` and `range` matter only for a workbook. A file that cannot be
 * read rejects with `stats_file`, its message naming the file and the line, cell or JSON path.
 */
export const inspectStatsFile = (path: string, sheet: string | null = null, range: string | null = null) =>
  call<TableSummary>('inspect_stats_file', { path, sheet, range });
/** What importing one series would do, saving nothing; an open choice rejects with `stats_selection`. */
export const previewStatsImport = (planId: string, path: string, request: StatsImportRequest) =>
  call<ImportPreview>('preview_stats_import', { planId, path, request });
/** Imports one series as one saved change; resolves to what was saved and the plan's new revision. */
export const importStats = (planId: string, path: string, request: StatsImportRequest, expectedRevision: number) =>
  call<StatsImported>('import_stats', { actor: actor(), planId, path, request, expectedRevision });

// Review files (paths come from the native dialogs in dialogs.ts; docs/review-file.md) -----------

/**
 * Writes the acting reviewer's comments, resolutions and status decision on the plan to `path`, without
 * the plan's text. Rejects with `personal_data` while a comment it would carry holds an identity number.
 */
export const exportReview = (planId: string, path: string) =>
  call<void>('export_review', { actor: actor(), planId, path });
/**
 * Takes a reviewer's file into the plan it reviewed: what was added and applied, the conflicts kept and
 * what became of the decision. A bad file rejects with `bad_review_file` (or `too_large`, `newer_schema`),
 * its message naming the file and the place in it; nothing is changed then.
 */
export const importReview = (path: string) => call<ReviewImported>('import_review', { path });
/** The reviewers' resolutions and decisions an import kept beside the plan instead of applying them. */
export const reviewNotes = (planId: string) => call<ReviewNote[]>('review_notes', { planId });
// The review's conversation: threads, resolving them, and decisions on suggestions -------------------

/** Every comment of the plan, in the order written, with what became of its anchor since. */
export const comments = (id: string) => call<CommentView[]>('comments', { id });
/**
 * Resolves (or, with `resolved` false, reopens) the thread that starts with `commentId`, as the current
 * actor; rejects with `not_allowed` unless the actor opened it or is an advisor.
 */
export const resolveThread = (planId: string, expectedRevision: number, commentId: string, resolved: boolean) =>
  call<number>('resolve_thread', { actor: actor(), planId, expectedRevision, commentId, resolved });
/**
 * Accepts or rejects the picked open suggestions as one change, as the current actor. A suggestion whose
 * field changed since it was written is accepted only when picked alone with `acknowledged`, the field's
 * current text the user has seen; otherwise it is left open (`left_open`) or, picked alone, rejected with
 * `validation`.
 */
export const decideSuggestions = (
  planId: string,
  expectedRevision: number,
  pick: SuggestionPick,
  accept: boolean,
  acknowledged: string | null = null,
) => call<Decided>('decide_suggestions', { actor: actor(), planId, expectedRevision, pick, accept, acknowledged });
/** How `after` differs from `before`, word by word, as the changes view shows a field's change. */
export const wordDiff = (before: string, after: string) => call<Delta>('word_diff', { before, after });
// The review report --------------------------------------------------------------------------------

/**
 * The plan's review as a PDF at `path` (status history, threads by step, open suggestions, changes since
 * the previous review), in `lang` (default: the plan's); resolves to the number of pages. Rejects with
 * `personal_data` while R9 fires.
 */
export const exportReviewReport = (planId: string, path: string, lang: Locale | null = null) =>
  call<number>('export_review_report', { planId, path, lang });
// The city executive office ------------------------------------------------------------------------

/** The city-wide picture this year: plans by unit, coverage, measure gaps, partner load, look-alikes. */
export const cityFigures = () => call<CityFigures>('city_figures');
/** The coverage matrix over the chosen units (a unit's id, or a plan's id when it names none); all when empty. */
export const cityCoverage = (units: string[]) => call<Coverage>('city_coverage', { units });
/**
 * Gathers every package in `paths` (folders and files chosen in the native dialog), each its own
 * transaction; `onProgress` hears `{done, total}` after each file. Resolves to one line per file
 * (imported, updated, unchanged or refused with the reason); rejects only when a path cannot be listed.
 */
export function gatherPackages(paths: string[], onProgress: (p: GatherProgress) => void): Promise<GatheredFile[]> {
  const progress = new Channel<GatherProgress>();
  progress.onmessage = onProgress;
  return call<GatheredFile[]>('gather_packages', { paths, progress });
}
/** Both city catalogues, and every registry partner and plan indicator with its link. */
export const cityLinks = () => call<CityLinks>('city_links');
/** Likely links of partners and indicators not yet linked, by name. */
export const linkSuggestions = () => call<LinkSuggestion[]>('link_suggestions');
/** Links a registry partner to the city partner named `cityName` (made when there is none). */
export const linkPartner = (partnerId: string, cityName: string) =>
  call<CityPartner>('link_partner', { partnerId, cityName });
/** Rejects with `not_found` when the partner has no link. */
export const unlinkPartner = (partnerId: string) => call<void>('unlink_partner', { partnerId });
/** Rejects with `validation` when the city indicator counts in another kind, unit or direction. */
export const linkIndicator = (planId: string, indicatorId: string, cityName: string) =>
  call<CityIndicator>('link_indicator', { planId, indicatorId, cityName });
export const unlinkIndicator = (planId: string, indicatorId: string) =>
  call<void>('unlink_indicator', { planId, indicatorId });
/** One city indicator (by id or name) with each linked unit's values on one row of periods. */
export const cityIndicator = (id: string) => call<CityIndicatorView>('city_indicator', { id });
/** The city's own look for its reports: name, logo and template folder's name and languages. */
export const cityLook = () => call<CityLook>('city_look');
/**
 * Checks and keeps the city's look. Rejects with `validation` or `too_large` for a logo that cannot be
 * used and with `template` (its message naming file and line) for templates that fail.
 */
export const setCityLook = (change: CityLookChange) => call<CityLook>('set_city_look', { change });
