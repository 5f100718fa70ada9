// The guided steps and how the plan's sections map onto them; the item types each kind of list holds.

import type { Challenge, Comment, Indicator, Measure, Responsibility, Section } from '../generated/types';
import type { ItemKind } from './sync';

export type StepId =
  | 'plan'
  | 'lagesbild'
  | 'statistics'
  | 'measures'
  | 'partners'
  | 'responsibilities'
  | 'follow_up'
  | 'check';

/** The guided steps in order (Alt+1…Alt+8). */
export const STEPS: readonly StepId[] = [
  'plan',
  'lagesbild',
  'statistics',
  'measures',
  'partners',
  'responsibilities',
  'follow_up',
  'check',
];

/** Which step shows a section of the plan (findings and comments point at sections). */
export function stepOfSection(section: Section): StepId {
  return section === 'challenges' ? 'lagesbild' : section;
}

export type ItemOf<K extends ItemKind> = {
  challenge: Challenge;
  indicator: Indicator;
  measure: Measure;
  responsibility: Responsibility;
  comment: Comment;
}[K];

