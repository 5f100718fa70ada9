// Typed calls to the app's commands (src-tauri/src/commands/). Each wrapper names its command once and
// passes arguments in the camelCase Tauri expects; every failure rejects with an ApiError carrying core's
// stable `code` (branch on it) and a `message` a person can read.

import { invoke } from '@tauri-apps/api/core';
import type {
  Challenge,
  Comment,
  DemoLoaded,
  ErrorPayload,
  Finding,
  ImportMode,
  Imported,
  Indicator,
  Measure,
  NewComment,
  NewPlan,
  Partner,
  PartnerUse,
  PdfOptions,
  Plan,
  PlanDocument,
  PlanStatus,
  PlanSummary,
  PreviewBlock,
  PreviewPlace,
  Responsibility,
  Revision,
  Unit,
} from './generated/types';
import type { ItemKind } from './plan/sync';

export type { ErrorPayload } from './generated/types';

/** A failed command: `code` is core's stable error name (`stale_write`, `personal_data`, `validation`…). */
export class ApiError extends Error implements ErrorPayload {
  readonly code: string;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
  }
}

function isPayload(x: unknown): x is ErrorPayload {
  return typeof x === 'object' && x !== null && typeof (x as ErrorPayload).code === 'string'
    && typeof (x as ErrorPayload).message === 'string';
}

/** Turns whatever a command threw (core's payload, a Tauri IPC error string, an exception) into an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isPayload(e)) return new ApiError(e);
  if (e instanceof Error) return new ApiError({ code: 'ipc', message: e.message });
  return new ApiError({ code: 'ipc', message: String(e) });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
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
/** Saves the plan's own fields; resolves to the new revision. */
export const updatePlan = (expectedRevision: number, p: Plan) =>
  call<number>('update_plan', { expectedRevision, plan: p });
export const setStatus = (planId: string, expectedRevision: number, status: PlanStatus) =>
  call<number>('set_status', { planId, expectedRevision, status });
export const deletePlan = (planId: string) => call<void>('delete_plan', { planId });
export const check = (id: string) => call<Finding[]>('check', { id });
export const revisions = (id: string) => call<Revision[]>('revisions', { id });

// Items in a plan: each write names the revision last seen and resolves to the new one -------------

type Save<T> = (planId: string, expectedRevision: number, item: T) => Promise<number>;
type Delete = (planId: string, expectedRevision: number, id: string) => Promise<number>;

const saver = <T>(command: string): Save<T> => (planId, expectedRevision, item) =>
  call<number>(command, { planId, expectedRevision, item });
const deleter = (command: string): Delete => (planId, expectedRevision, id) =>
  call<number>(command, { planId, expectedRevision, id });

export const saveChallenge = saver<Challenge>('save_challenge');
export const deleteChallenge = deleter('delete_challenge');
export const saveIndicator = saver<Indicator>('save_indicator');
export const deleteIndicator = deleter('delete_indicator');
export const saveMeasure = saver<Measure>('save_measure');
export const deleteMeasure = deleter('delete_measure');
export const saveResponsibility = saver<Responsibility>('save_responsibility');
export const deleteResponsibility = deleter('delete_responsibility');
/** Creates or edits a comment (the caller gives its id and time). */
export const saveComment = saver<Comment>('save_comment');
export const deleteComment = deleter('delete_comment');
/**
 * Moves one item to `newIndex` among the plan's items of its kind (taken out, then put back at that
 * index; past the end means last), in one transaction. The report follows this order.
 */
export const moveItem = (planId: string, expectedRevision: number, kind: ItemKind, id: string, newIndex: number) =>
  call<number>('move_item', { planId, expectedRevision, kind, id, newIndex });
/** Adds a comment stamped with the current time and a new id. */
export const addComment = (planId: string, expectedRevision: number, comment: NewComment) =>
  call<number>('add_comment', { planId, expectedRevision, comment });

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

// The live preview -------------------------------------------------------------------------------

/** A lägesbild field's text as the plan's PDF prints it (headings at the printed level, lists, tables). */
export const previewMarkdown = (text: string, place: PreviewPlace) =>
  call<PreviewBlock[]>('preview_markdown', { text, place });

// The demo city -----------------------------------------------------------------------------------

export const isEmpty = () => call<boolean>('is_empty');
/** Rejects with `not_empty` when plans exist, unless `force`. */
export const loadDemo = (force = false) => call<DemoLoaded>('load_demo', { force });
