// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// change the Rust type and run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings`.

import type { ErrorCode, ItemKind, PlanDocument, PlanStatus, Transition } from './types';

/** Every status change a plan may make (safeplan-model's `TRANSITIONS`). */
export const transitions: readonly Transition[] = [
  {"from":"draft","to":"submitted","needs_ready":true,"primary":true,"roles":["planner"]},
  {"from":"draft","to":"archived","needs_ready":false,"primary":false,"roles":["planner","executive_office"]},
  {"from":"submitted","to":"in_review","needs_ready":false,"primary":true,"roles":["advisor","executive_office"]},
  {"from":"submitted","to":"draft","needs_ready":false,"primary":false,"roles":["planner"]},
  {"from":"submitted","to":"archived","needs_ready":false,"primary":false,"roles":["executive_office"]},
  {"from":"in_review","to":"changes_requested","needs_ready":false,"primary":false,"roles":["advisor","executive_office"]},
  {"from":"in_review","to":"approved","needs_ready":true,"primary":true,"roles":["advisor","executive_office"]},
  {"from":"in_review","to":"draft","needs_ready":false,"primary":false,"roles":["planner"]},
  {"from":"in_review","to":"archived","needs_ready":false,"primary":false,"roles":["executive_office"]},
  {"from":"changes_requested","to":"draft","needs_ready":false,"primary":false,"roles":["planner"]},
  {"from":"changes_requested","to":"submitted","needs_ready":true,"primary":true,"roles":["planner"]},
  {"from":"changes_requested","to":"archived","needs_ready":false,"primary":false,"roles":["planner","executive_office"]},
  {"from":"approved","to":"draft","needs_ready":false,"primary":false,"roles":["planner","executive_office"]},
  {"from":"approved","to":"archived","needs_ready":false,"primary":false,"roles":["planner","executive_office"]},
  {"from":"archived","to":"draft","needs_ready":false,"primary":false,"roles":["planner","executive_office"]},
];

/** The statuses in which a plan's text is read-only (`PlanStatus::is_read_only`). */
export const readOnlyStatuses: readonly PlanStatus[] = ["submitted", "in_review", "approved"];

/** The model's limits (safeplan-model `limits.rs`). */
export const ID_MAX = 64;
export const SLUG_MAX = 64;
export const TITLE_MAX = 300;
export const SHORT_TEXT_MAX = 2000;
export const MARKDOWN_MAX = 100000;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 3;
export const TEAM_MAX = 200;
export const TERMS_MAX = 500;
export const STEPS_PER_RESPONSIBILITY_MAX = 100;
export const OBSERVATIONS_PER_INDICATOR_MAX = 500;
export const VALUE_MAGNITUDE_MAX = 1000000000000;

/** The report templates built into the app. */
export const builtinTemplates = ["district-plan"] as const;

/** The list in a PlanDocument that holds each item kind, in the order writes must run. */
export const itemLists = {
  challenge: "challenges",
  indicator: "indicators",
  measure: "measures",
  responsibility: "responsibilities",
  comment: "comments",
} as const satisfies Record<ItemKind, keyof PlanDocument>;

/** Every error code a command can fail with. */
export const errorCodes: readonly ErrorCode[] = ["not_found", "validation", "stale_write", "personal_data", "personal_data_in_comment", "bad_package", "too_large", "newer_schema", "plan_exists", "in_use", "invalid_transition", "not_ready", "not_empty", "template", "report", "io", "storage", "stats_file", "stats_selection", "no_revision", "older_package", "not_allowed", "read_only", "bad_review_file", "internal"];
