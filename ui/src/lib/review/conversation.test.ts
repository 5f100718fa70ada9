// The review's conversation in the open plan, against the fake backend: comments, replies and
// resolutions are no undo steps and survive undoing earlier edits; a decision on suggestions is one
// undo step that takes back both the text and the suggestion's state.

import { describe, expect, it, vi } from 'vitest';
import type { Comment } from '../generated/types';
import { BURST_GAP_MS, close, conversation, current, flush, open, redo, undo, updatePlan } from '../plan/current.svelte';
import { backend, openFreshPlan } from '../plan/fakeApi';
import { keepConversation, review } from './conversation.svelte';

vi.mock('../api', async (real) => (await import('./fakeConversation')).withConversation(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

const cause = { section: 'lagesbild', id: null, field: 'cause_analysis' } as const;

async function typeCause(text: string) {
  await updatePlan((p) => (p.lagesbild.cause_analysis = text));
  await vi.advanceTimersByTimeAsync(BURST_GAP_MS * 2);
}

describe('the conversation', () => {
  it('adds a comment and a reply without an undo step, and undoing an earlier edit keeps them', async () => {
    await typeCause('Orsaker');
    await conversation.add({ anchor: cause, text: 'Källor?', suggestion: null, parent_id: null });
    const [first] = backend.doc.comments;
    await conversation.add({ anchor: null, text: 'Ja', suggestion: null, parent_id: first.id });
    expect(current.doc!.comments.map((c) => c.text)).toEqual(['Källor?', 'Ja']);
    expect(review.views.map((v) => v.comment.text)).toEqual(['Källor?', 'Ja']);
    expect(current.doc!.plan.revision).toBe(backend.doc.plan.revision);

    undo(); // the typing, not the comments
    await flush();
    expect(current.doc!.plan.lagesbild.cause_analysis).toBe('');
    expect(backend.doc.plan.lagesbild.cause_analysis).toBe('');
    expect(backend.doc.comments.map((c) => c.text)).toEqual(['Källor?', 'Ja']);
    expect(current.doc!.comments).toHaveLength(2);
    redo();
    await flush();
    expect(backend.doc.comments).toHaveLength(2);
  });

  it('resolves and reopens a thread in the plan as shown, without an undo step', async () => {
    await conversation.add({ anchor: cause, text: 'Källor?', suggestion: null, parent_id: null });
    const id = backend.doc.comments[0].id;
    const undoBefore = current.canUndo;
    await conversation.resolve(id, true);
    expect(current.doc!.comments[0].resolved).toBe(true);
    expect(current.canUndo).toBe(undoBefore);
    await conversation.resolve(id, false);
    expect(backend.doc.comments[0].resolved).toBe(false);
  });

  it('accepts a suggestion as one undo step; undo brings back the text and the open suggestion, redo accepts again', async () => {
    await typeCause('Gammal text');
    await conversation.add({ anchor: cause, text: 'Skarpare', suggestion: 'Ny text', parent_id: null });
    const id = backend.doc.comments[0].id;

    const decided = await conversation.decide({ pick: 'one', value: id }, true);
    expect(decided.accepted.map((a) => a.after)).toEqual(['Ny text']);
    expect(current.doc!.plan.lagesbild.cause_analysis).toBe('Ny text');
    expect(current.doc!.comments[0].suggestion?.state).toBe('accepted');
    const calls = backend.calls.length;
    await flush();
    expect(backend.calls).toHaveLength(calls); // core wrote it: nothing is written again

    undo();
    await flush();
    expect(current.doc!.plan.lagesbild.cause_analysis).toBe('Gammal text');
    expect(backend.doc.plan.lagesbild.cause_analysis).toBe('Gammal text');
    expect(backend.doc.comments[0].suggestion?.state).toBe('open');

    redo();
    await flush();
    expect(backend.doc.plan.lagesbild.cause_analysis).toBe('Ny text');
    expect(backend.doc.comments[0].suggestion?.state).toBe('accepted');

    // Undone again, it can be accepted again through core.
    undo();
    await flush();
    const again = await conversation.decide({ pick: 'one', value: id }, true);
    expect(again.accepted).toHaveLength(1);
    expect(backend.doc.plan.lagesbild.cause_analysis).toBe('Ny text');
  });

  it('keeps the suggestion state of a kept undo state when the conversation moves on', () => {
    const base: Comment = {
      id: 'a',
      anchor: cause,
      author_name: 'Eva',
      author_role: 'advisor',
      text: 't',
      created_at: '',
      parent_id: null,
      resolved: false,
      quote: '',
      suggestion: { text: 'x', state: 'open' },
      resolved_by: '',
    };
    const fresh: Comment[] = [
      { ...base, resolved: true, resolved_by: 'Eva', suggestion: { text: 'x', state: 'accepted' } },
      { ...base, id: 'b', parent_id: 'a', suggestion: null },
    ];
    const kept = keepConversation([base], fresh);
    expect(kept.map((c) => [c.id, c.resolved, c.suggestion?.state ?? null])).toEqual([
      ['a', true, 'open'],
      ['b', false, null],
    ]);
  });

  it('imports a review file into the open plan: its thread and status show, no undo step, and undoing keeps them', async () => {
    await typeCause('Före filen');
    const undoBefore = current.canUndo;
    const result = await conversation.importFile('norrby.safeplan-review');
    expect(result.threads_added).toBe(1);
    expect(current.doc!.comments.map((c) => c.text)).toEqual(['Från filen']);
    expect(review.views.map((v) => v.comment.text)).toEqual(['Från filen']);
    expect(current.doc!.plan.status).toBe('changes_requested');
    expect(current.doc!.plan.revision).toBe(backend.doc.plan.revision);
    expect(current.canUndo).toBe(undoBefore);

    undo(); // the typing before the import, not the import
    await flush();
    expect(backend.doc.plan.lagesbild.cause_analysis).toBe('');
    expect(backend.doc.comments.map((c) => c.text)).toEqual(['Från filen']);
    expect(backend.doc.plan.status).toBe('changes_requested');
  });

  it('shows the notes an import kept, and leaves the open plan alone for a file about another plan', async () => {
    await conversation.importFile('recorded.safeplan-review');
    expect(review.notes.map((n) => n.subject)).toEqual(['changes_requested']);
    expect(current.doc!.plan.status).toBe('draft');

    const revision = current.doc!.plan.revision;
    const comments = current.doc!.comments.length;
    const other = await conversation.importFile('other.safeplan-review');
    expect(other.plan_id).toBe('another-plan');
    expect(current.doc!.plan.revision).toBe(revision);
    expect(current.doc!.comments).toHaveLength(comments);
  });
});
