import { describe, expect, it } from 'vitest';
import { statusActions, fileBaseName } from './status';

describe('status actions', () => {
  it('offers submitting a draft first, blocked while errors remain', () => {
    expect(statusActions('draft', 2, 'planner')).toEqual([
      { to: 'submitted', blockedBy: 'errors', primary: true },
      { to: 'archived', blockedBy: null, primary: false },
    ]);
    expect(statusActions('draft', 0, 'planner')[0]).toEqual({ to: 'submitted', blockedBy: null, primary: true });
  });

  it('offers only the moves the model allows the role', () => {
    expect(statusActions('archived', 0, 'planner').map((a) => a.to)).toEqual(['draft']);
    expect(statusActions('in_review', 0, 'executive_office').map((a) => a.to)).toEqual(['approved', 'changes_requested', 'archived']);
    expect(statusActions('in_review', 0, 'advisor').map((a) => a.to)).toEqual(['approved', 'changes_requested']);
    expect(statusActions('in_review', 0, 'planner').map((a) => a.to)).toEqual(['draft']);
    expect(statusActions('submitted', 0, 'planner').map((a) => a.to)).toEqual(['draft']);
    expect(statusActions('draft', 0, 'advisor')).toEqual([]);
  });

  it('blocks approving, like submitting, while errors remain', () => {
    expect(statusActions('in_review', 1, 'advisor').find((a) => a.to === 'approved')?.blockedBy).toBe('errors');
    expect(statusActions('in_review', 1, 'advisor').find((a) => a.to === 'changes_requested')?.blockedBy).toBeNull();
  });
});

describe('file names', () => {
  it('uses the slug, or a cleaned title', () => {
    expect(fileBaseName('norrby-2025', 'x')).toBe('norrby-2025');
    expect(fileBaseName('', 'Åtgärdsplan för Norrby 2025/26')).toBe('Atgardsplan-for-Norrby-2025-26');
    expect(fileBaseName('', '')).toBe('plan');
  });
});
