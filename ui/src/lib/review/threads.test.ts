import { describe, expect, it } from 'vitest';
import type { Comment, ItemRef } from '../generated/types';
import {
  anchorKey,
  authors,
  commentCount,
  filterThreads,
  NO_FILTER,
  openPerStep,
  openSuggestions,
  suggestionAuthors,
  threadOf,
  threadsAt,
  threadsOf,
} from './threads';

const cause: ItemRef = { section: 'lagesbild', id: null, field: 'cause_analysis' };
const measure: ItemRef = { section: 'measures', id: 'm1', field: null };
const measureTitle: ItemRef = { section: 'measures', id: 'm1', field: 'title' };
const challenge: ItemRef = { section: 'challenges', id: 'c1', field: null };

function comment(id: string, anchor: ItemRef, over: Partial<Comment> = {}): Comment {
  return {
    id,
    anchor,
    author_name: 'Eva',
    author_role: 'advisor',
    text: id,
    created_at: '2026-12-01T10:00:00Z',
    parent_id: null,
    resolved: false,
    quote: '',
    suggestion: null,
    resolved_by: '',
    ...over,
  };
}

const comments = [
  comment('a', cause, { suggestion: { text: 'new', state: 'open' } }),
  comment('b', measure),
  comment('a1', cause, { parent_id: 'a', author_name: 'Pia', author_role: 'planner' }),
  comment('a2', cause, { parent_id: 'a1', author_name: 'Eva' }),
  comment('c', measureTitle, { resolved: true, resolved_by: 'Eva', author_name: 'Olle', suggestion: { text: 'x', state: 'rejected' } }),
  comment('d', challenge),
  // A reply whose first comment is not in this plan (an older package): shown as a thread of its own.
  comment('orphan', measure, { parent_id: 'gone' }),
];

describe('threads', () => {
  it('gather replies, and replies to replies, under their first comment, in the order written', () => {
    const threads = threadsOf(comments);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
      ['c', []],
      ['d', []],
      ['orphan', []],
    ]);
    expect(threadOf(threads, 'a2')?.root.id).toBe('a');
    expect(commentCount(threads)).toBe(7);
  });

  it("carry core's word on their anchor", () => {
    const [first] = threadsOf(comments, [{ comment: comments[0], on_removed_content: false, changed_to: 'edited' }]);
    expect(first.changedTo).toBe('edited');
    expect(first.onRemoved).toBe(false);
  });

  it("are found at their place, and a card's marker counts its fields' threads too", () => {
    const threads = threadsOf(comments);
    expect(threadsAt(threads, cause).map((t) => t.root.id)).toEqual(['a']);
    expect(threadsAt(threads, measure).map((t) => t.root.id)).toEqual(['b', 'orphan']);
    expect(threadsAt(threads, measure, true).map((t) => t.root.id)).toEqual(['b', 'c', 'orphan']);
    expect(threadsAt(threads, { section: 'measures', id: 'm2', field: null }, true)).toEqual([]);
    expect(anchorKey(measureTitle)).toBe('measures/m1.title');
    expect(anchorKey(cause)).toBe('lagesbild.cause_analysis');
  });

  it('count the open ones per step (challenges are in the lägesbild step)', () => {
    expect(Object.fromEntries(openPerStep(threadsOf(comments)))).toEqual({ lagesbild: 2, measures: 2 });
  });

  it('filter by state, step and author (who opened or replied)', () => {
    const threads = threadsOf(comments);
    const ids = (f: Partial<typeof NO_FILTER>) => filterThreads(threads, { ...NO_FILTER, ...f }).map((t) => t.root.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'orphan']);
    expect(ids({ state: 'resolved' })).toEqual(['c']);
    expect(ids({ state: 'open', step: 'measures' })).toEqual(['b', 'orphan']);
    expect(ids({ author: 'Pia' })).toEqual(['a']);
    expect(ids({ author: 'Olle', state: 'open' })).toEqual([]);
    expect(authors(threads)).toEqual(['Eva', 'Pia', 'Olle']);
  });

  it('list the open suggestions and who wrote them', () => {
    expect(openSuggestions(comments).map((c) => c.id)).toEqual(['a']);
    expect(suggestionAuthors(comments)).toEqual(['Eva']);
  });
});
