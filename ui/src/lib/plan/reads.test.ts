// What the open plan reads back, against a fake backend (fakeApi.ts): the readiness findings, once the
// typing pauses, and the city's partner registry, without touching undo.

import { describe, expect, it, vi } from 'vitest';
import type { Finding, Partner } from '../generated/types';
import { BURST_GAP_MS, close, current, fieldInput, flush, open, redo, refreshDoc, refreshFindings, saveItem, undo, updatePlan } from './current.svelte';
import { backend, challenge, openFreshPlan } from './fakeApi';

vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

describe('readiness findings', () => {
  const finding = (message: string): Finding =>
    ({ level: 'error', code: 'x', message_sv: message, message_en: message, item: { section: 'plan', id: null, field: 'title' } }) as unknown as Finding;

  it('are read once the typing pauses, not after every keystroke', async () => {
    backend.checks = 0;
    for (const title of ['N', 'No', 'Nor']) {
      fieldInput('plan-title', performance.now());
      await updatePlan((p) => (p.title = title));
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(backend.calls).toEqual(['plan N', 'plan No', 'plan Nor']);
    expect(backend.checks).toBe(0);
    backend.findings = [finding('Titeln saknas')];
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.checks).toBe(1);
    expect(current.findings.map((f) => f.message_sv)).toEqual(['Titeln saknas']);
  });

  it('are read after a change that is not typing as soon as it is written', async () => {
    backend.checks = 0;
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    expect(backend.checks).toBe(1);
  });

  it('are not shown anew when they have not changed', async () => {
    backend.findings = [finding('Titeln saknas')];
    await refreshFindings();
    const shown = current.findings;
    await refreshFindings();
    expect(current.findings).toBe(shown);
    backend.findings = [];
    await refreshFindings();
    expect(current.findings).toEqual([]);
  });
});

describe('an edit of the partner registry', () => {
  const partner = (name: string): Partner => ({ id: 'pa', name, partner_type: 'police', contact_role: '', notes: '' });

  it('is read back into the open plan, is no undo step, and undo or redo never bring back the old entry', async () => {
    backend.doc.partners = [partner('Polisen')];
    await close();
    await open('p1');
    await updatePlan((p) => (p.title = 'Ny titel'));
    expect(current.canUndo).toBe(true);
    // The registry is edited (not through the plan): the database's copy changes, the plan's does not yet.
    backend.doc.partners = [partner('Lokalpolisområde Norrby')];
    await refreshDoc();
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
    expect(current.canUndo).toBe(true);
    expect(current.canRedo).toBe(false);
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Plan');
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
    redo();
    await flush();
    expect(current.doc?.plan.title).toBe('Ny titel');
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
  });

  it('keeps the latest read when two come back out of order', async () => {
    backend.doc.partners = [partner('Polisen')];
    backend.planDelays = [50, 0];
    const older = refreshDoc();
    await vi.advanceTimersByTimeAsync(0); // the first read has the old entry and is slow to return
    backend.doc.partners = [partner('Polisen Norrby')];
    const newer = refreshDoc();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([newer, older]);
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Polisen Norrby']);
  });

  it('writes what is pending first, and keeps the plan’s own content as the user sees it', async () => {
    void updatePlan((p) => (p.title = 'Skrivs först'), { typing: true });
    await refreshDoc();
    expect(backend.calls).toEqual(['plan Skrivs först']);
    expect(current.doc?.plan.title).toBe('Skrivs först');
  });
});
