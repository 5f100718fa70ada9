// Who uses the app on this computer: a role and a name, remembered like the language, and sent with
// every edit and status change (core decides what the role may do; the check step offers only the
// role's moves). The top bar's picker (review/ActorPicker.svelte) changes it; `pickActor` opens it
// from anywhere that needs a name first.
//
//   import { acting, chooseActor } from './actor.svelte';
//   acting.role   // 'planner' | 'executive_office' | 'advisor'

import { order } from './generated';
import type { Actor, Role } from './generated/types';
import { readPreference, writePreference } from './preferences';

const STORAGE_KEY = 'safeplan.actor';

/** The remembered actor, or the planner when none (or something unreadable) is stored. */
export function storedActor(raw: string | null): Actor {
  try {
    const parsed = JSON.parse(raw ?? 'null') as Partial<Actor> | null;
    if (parsed && (order.Role as readonly string[]).includes(parsed.role as string) && typeof parsed.name === 'string') {
      return { role: parsed.role as Role, name: parsed.name };
    }
  } catch {
    // Not ours, or broken: start as the planner.
  }
  return { role: 'planner', name: '' };
}

/** The current actor; change it with `chooseActor`. */
export const acting: Actor = $state(storedActor(readPreference(STORAGE_KEY)));

export function chooseActor(next: Actor): void {
  acting.role = next.role;
  acting.name = next.name.trim();
  writePreference(STORAGE_KEY, JSON.stringify({ role: acting.role, name: acting.name }));
}

/** A copy to send with a command (the state itself is a proxy). */
export function actor(): Actor {
  return { role: acting.role, name: acting.name };
}

/** Whether the role picker's dialog is open. */
export const actorPicker = $state({ open: false });

export function pickActor(): void {
  actorPicker.open = true;
}
