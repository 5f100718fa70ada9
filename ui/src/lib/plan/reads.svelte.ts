// What the open plan reads back from the database besides itself: the readiness findings, after writes
// and whenever a step asks, and the city's partner registry after an edit of it.

import * as api from '../api';
import { toApiError } from '../api';
import type { PlanDocument } from '../generated/types';
import type { Ledger, PlanState } from './state.svelte';
import { stableJson } from './sync';
import type { UndoHistory } from './undo.svelte';

/** Reads the readiness findings of the open plan again. */
export async function readFindings(state: PlanState): Promise<void> {
  const id = state.doc?.plan.id;
  if (!id) return;
  try {
    const findings = await api.check(id);
    // Most writes change no finding: the same list is not shown again (every field's hints and the
    // step list would render anew for nothing).
    if (state.doc?.plan.id === id && stableJson(findings) !== stableJson($state.snapshot(state.findings))) {
      state.findings = findings;
    }
  } catch (e) {
    const err = toApiError(e);
    state.error = { code: err.code, message: err.message };
  }
}

/**
 * Reads of the city's partner registry into the open plan, which carries the entries for the partners
 * its measures name (`doc.partners`). The registry is the city's, shared by every plan, not this plan's:
 * its edit is no undo step here, and undo and redo keep the fresh entries (as they keep status and
 * revision) instead of bringing back an old name. The plan's own content is not replaced: it is what the
 * user sees, and its own writes keep the database in step with it.
 */
export class RegistryReads {
  private calls = 0; // so an older read never overwrites a newer one

  constructor(
    private readonly state: PlanState,
    private readonly ledger: Ledger,
    private readonly undo: UndoHistory,
    private readonly flush: () => Promise<void>,
  ) {}

  /** Writes what is pending, then reads the registry's entries into the plan and every kept state. */
  async read(): Promise<void> {
    const call = ++this.calls;
    await this.flush();
    const id = this.state.doc?.plan.id;
    if (!id) return;
    let fresh: PlanDocument;
    try {
      fresh = await api.plan(id);
    } catch (e) {
      const err = toApiError(e);
      this.state.error = { code: err.code, message: err.message };
      return;
    }
    // A registry card saves as it is typed, so reads can overlap: only the latest counts, whatever order they return in.
    const doc = this.state.doc;
    if (call !== this.calls || !doc || doc.plan.id !== id) return;
    doc.partners = structuredClone(fresh.partners);
    // Each state is given its own copy (their other parts may be shared; `partners` is replaced, not changed).
    for (const kept of [this.ledger.saved, this.ledger.settled, ...this.undo.states()]) {
      if (kept) kept.partners = structuredClone(fresh.partners);
    }
  }
}
