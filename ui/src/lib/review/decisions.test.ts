import { describe, expect, it } from 'vitest';
import type { Comment, CommentView, Decided } from '../generated/types';
import { locale } from '../i18n/index.svelte';
import { decisionMessage, suggestionChoice } from './decisions';

const suggestion: Comment = {
  id: 's',
  anchor: { section: 'lagesbild', id: null, field: 'cause_analysis' },
  author_name: 'Eva',
  author_role: 'advisor',
  text: '',
  created_at: '2026-12-01T10:00:00Z',
  parent_id: null,
  resolved: false,
  quote: 'old text',
  suggestion: { text: 'new text', state: 'open' },
  resolved_by: '',
};
const view = (over: Partial<CommentView>): CommentView => ({ comment: suggestion, on_removed_content: false, changed_to: null, ...over });

describe('a suggestion in its thread', () => {
  it('is accepted as it is while its field holds what it was written against', () => {
    expect(suggestionChoice(suggestion, view({}), 'planner')).toEqual({
      decides: true,
      removed: false,
      stale: false,
      current: 'old text',
      acknowledged: null,
    });
  });

  it('whose field changed since shows the text now and is accepted only with that text acknowledged', () => {
    const c = suggestionChoice(suggestion, view({ changed_to: 'edited meanwhile' }), 'executive_office');
    expect(c).toMatchObject({ decides: true, stale: true, current: 'edited meanwhile', acknowledged: 'edited meanwhile' });
    // A field emptied since is a change too.
    expect(suggestionChoice(suggestion, view({ changed_to: '' }), 'planner')).toMatchObject({ stale: true, acknowledged: '' });
  });

  it("follows the field as the window shows it before core's view is read again (an undo)", () => {
    // Core last said the field held the accepted text; undo has just put the old text back.
    const stale = view({ changed_to: 'new text' });
    expect(suggestionChoice(suggestion, stale, 'planner', 'old text')).toMatchObject({ stale: false, current: 'old text' });
    expect(suggestionChoice(suggestion, view({}), 'planner', 'typed meanwhile')).toMatchObject({
      stale: true,
      acknowledged: 'typed meanwhile',
    });
  });

  it('on removed content can only be rejected, and an advisor decides nothing', () => {
    expect(suggestionChoice(suggestion, view({ on_removed_content: true }), 'planner')).toMatchObject({
      removed: true,
      stale: true,
      acknowledged: null,
    });
    expect(suggestionChoice(suggestion, view({}), 'advisor').decides).toBe(false);
    const accepted = { ...suggestion, suggestion: { text: 'new text', state: 'accepted' as const } };
    expect(suggestionChoice(accepted, view({}), 'planner').decides).toBe(false);
  });

  it("decisions are told with core's reasons for what it left open", () => {
    locale.current = 'en';
    const d: Decided = {
      revision: 9,
      accepted: [{ comment_id: 'a', anchor: suggestion.anchor, before: 'x', after: 'y' }],
      rejected: [],
      left_open: [['b', 'lagesbild.extent changed since the suggestion was written']],
    };
    expect(decisionMessage(d)).toBe('Accepted: 1. Left open: 1 (lagesbild.extent changed since the suggestion was written).');
    expect(decisionMessage({ revision: 9, accepted: [], rejected: [], left_open: [] })).toBe('No open suggestions to decide on.');
  });
});
