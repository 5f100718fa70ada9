// Which screen shows each step, and whether a step is done, needs attention or has not been started —
// what the step list shows beside each name.

import type { Component } from 'svelte';
import type { PlanDocument } from '../generated/types';
import { findingsFor, type StepId } from '../plan/current.svelte';

// The step screens are the steps helper's; a step whose screen does not exist yet shows a notice instead
// of breaking the build, so the frame and the steps can land in either order.
const screens = import.meta.glob<Component>('../steps/*Step.svelte', { eager: true, import: 'default' });

const FILES: Record<StepId, string> = {
  plan: 'PlanStep',
  lagesbild: 'LagesbildStep',
  statistics: 'StatisticsStep',
  measures: 'MeasuresStep',
  partners: 'PartnersStep',
  responsibilities: 'ResponsibilitiesStep',
  follow_up: 'FollowUpStep',
  check: 'CheckExportStep',
};

export function screenFor(step: StepId): Component | null {
  return screens[`../steps/${FILES[step]}.svelte`] ?? null;
}

export type StepState = 'done' | 'attention' | 'warning' | 'not_started';

/** Whether the user has put anything in the step yet (steps without rules would otherwise look done). */
function started(step: StepId, doc: PlanDocument): boolean {
  const p = doc.plan;
  const any = (...texts: string[]) => texts.some((s) => s.trim() !== '');
  switch (step) {
    case 'plan':
      return true;
    case 'lagesbild':
      return doc.challenges.length > 0 || any(...Object.values(p.lagesbild));
    case 'statistics':
      return doc.indicators.length > 0;
    case 'measures':
      return doc.measures.length > 0;
    case 'partners':
      return doc.measures.some((m) => m.partners.length > 0);
    case 'responsibilities':
      return doc.responsibilities.length > 0;
    case 'follow_up':
      return any(...Object.values(p.follow_up));
    case 'check':
      return true;
  }
}

export function stepState(step: StepId, doc: PlanDocument): StepState {
  const findings = findingsFor(step);
  if (findings.some((f) => f.level === 'error')) return 'attention';
  if (!started(step, doc)) return 'not_started';
  if (findings.some((f) => f.level === 'warning')) return 'warning';
  return 'done';
}
