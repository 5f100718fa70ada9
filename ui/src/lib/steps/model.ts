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

/** Every value of each vocabulary, in the order forms list them (the Rust `ALL` order). */
export const CHALLENGE_CATEGORIES = [
  'gang_crime',
  'right_wing_extremism',
  'left_wing_extremism',
  'islamist_extremism',
  'lone_actors',
  'hate_crime',
  'online_hate',
  'disinformation',
  'youth_antisocial',
  'public_space_insecurity',
  'other',
] as const;
export const TRENDS = ['rising', 'stable', 'falling', 'unknown'] as const;
export const INDICATOR_KINDS = ['recorded_crime', 'perceived_safety', 'risk_or_protective_factor', 'activity'] as const;
export const INDICATOR_UNITS = ['count', 'per_100k', 'percent', 'index'] as const;
export const DIRECTIONS = ['down', 'up'] as const;
export const PREVENTION_LEVELS = ['universal', 'selective', 'indicated'] as const;
export const THEMES = ['online_hate', 'disinformation', 'youth_inclusion', 'safe_city_alliances'] as const;
export const MEASURE_STATUSES = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'] as const;
export const PARTNER_ROLES = ['lead', 'partner', 'funder'] as const;
export const PARTNER_TYPES = [
  'police',
  'social_services',
  'school',
  'prison_probation',
  'health_care',
  'housing_company',
  'civil_society_sports',
  'civil_society_culture',
  'civil_society_youth',
  'civil_society_religious',
  'business',
  'public_agency',
  'research',
  'other',
] as const;
export const EVIDENCE_LEVELS = ['tested', 'promising', 'practice_based', 'untested'] as const;
export const EFFECT_TERMS = ['short', 'long'] as const;
export const LANGUAGES = ['sv', 'en', 'nb', 'nn', 'da', 'fi', 'is'] as const;

/**
 * The report templates a unit's plan can be printed with (safeplan-report's built-in ones). A plan that
 * names another template keeps it selectable.
 */
export const TEMPLATES = ['district-plan'] as const;

/** The model's published limits (safeplan-model `limits.rs`), used as input maxlengths. */
export const TITLE_MAX = 300;
export const SHORT_TEXT_MAX = 2_000;
export const MARKDOWN_MAX = 100_000;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
