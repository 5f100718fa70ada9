// The plan's types as the steps use them: generated from the Rust model (never written by hand), re-exported
// from one place so a move of the generated files touches one line.

export type {
  Budget,
  Challenge,
  ChallengeCategory,
  CapitalCodeTheme,
  Direction,
  EffectTerm,
  EvidenceLevel,
  Finding,
  FollowUpTarget,
  Indicator,
  IndicatorKind,
  IndicatorUnit,
  ItemRef,
  Language,
  Measure,
  MeasurePartner,
  MeasureStatus,
  Observation,
  Partner,
  PartnerRole,
  PartnerType,
  PartnerUse,
  Plan,
  PlanDocument,
  PlanStatus,
  PreventionLevel,
  Responsibility,
  Section,
  TeamMember,
  Term,
  Trend,
  Unit,
} from '../generated';

import { builtinTemplates, order } from '../generated';

/**
 * Every value of each vocabulary, in the order forms list them: the Rust enums' `ALL`, generated into
 * labels.ts's `order`. These are names for those lists, not copies.
 */
export const CHALLENGE_CATEGORIES = order.ChallengeCategory;
export const TRENDS = order.Trend;
export const INDICATOR_KINDS = order.IndicatorKind;
export const INDICATOR_UNITS = order.IndicatorUnit;
export const DIRECTIONS = order.Direction;
export const PREVENTION_LEVELS = order.PreventionLevel;
export const THEMES = order.CapitalCodeTheme;
export const MEASURE_STATUSES = order.MeasureStatus;
export const PARTNER_ROLES = order.PartnerRole;
export const PARTNER_TYPES = order.PartnerType;
export const EVIDENCE_LEVELS = order.EvidenceLevel;
export const EFFECT_TERMS = order.EffectTerm;
export const LANGUAGES = order.Language;

/**
 * The report templates a unit's plan can be printed with (safeplan-report's built-in ones). A plan that
 * names another template keeps it selectable.
 */
export const TEMPLATES = builtinTemplates;

/** The model's limits (safeplan-model `limits.rs`), used as input maxlengths and bounds. */
export { MARKDOWN_MAX, SHORT_TEXT_MAX, TITLE_MAX, YEAR_MAX, YEAR_MIN } from '../generated';
