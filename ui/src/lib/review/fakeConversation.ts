// The review's calls for the fake backend of the open plan's tests (plan/fakeApi.ts), imported only by
// *.test.ts files: comments added, threads resolved and suggestions decided in `backend.doc`, with the
// same revision check, and core's view of each comment. Only the lägesbild's fields take suggestions
// here, which is all the tests need.
//
//   vi.mock('../api', async (real) => (await import('./fakeConversation')).withConversation(await real()));

import type { Comment, CommentView, Decided, NewComment, ReviewImported, ReviewNote, SuggestionPick } from '../generated/types';
import { backend, fakeApi } from '../plan/fakeApi';

let counter = 0;
let notes: ReviewNote[] = [];

function bump(expected: number, what: string): number {
  backend.calls.push(what);
  if (expected !== backend.doc.plan.revision) throw { code: 'stale_write', message: `expected ${expected}` };
  backend.doc.plan.revision += 1;
  return backend.doc.plan.revision;
}

type Lagesbild = Record<string, string>;

export function withConversation<T extends object>(real: T): T {
  return {
    ...fakeApi(real),
    comments: async (): Promise<CommentView[]> =>
      backend.doc.comments.map((c) => {
        const now = c.anchor.section === 'lagesbild' && c.anchor.field ? (backend.doc.plan.lagesbild as unknown as Lagesbild)[c.anchor.field] : c.quote;
        return { comment: structuredClone(c), on_removed_content: false, changed_to: now === c.quote ? null : now };
      }),
    addComment: async (_p: string, rev: number, n: NewComment) => {
      const parent = n.parent_id ? backend.doc.comments.find((c) => c.id === n.parent_id) : undefined;
      const anchor = parent?.anchor ?? n.anchor!;
      const quote = anchor.section === 'lagesbild' && anchor.field ? (backend.doc.plan.lagesbild as unknown as Lagesbild)[anchor.field] : '';
      const r = bump(rev, `comment ${n.text}`);
      const comment: Comment = {
        id: `c${++counter}`,
        anchor,
        author_name: 'Eva',
        author_role: 'advisor',
        text: n.text,
        created_at: '2026-12-02T10:00:00Z',
        parent_id: n.parent_id,
        resolved: false,
        quote,
        suggestion: n.suggestion === null ? null : { text: n.suggestion, state: 'open' },
        resolved_by: '',
      };
      backend.doc.comments.push(comment);
      return r;
    },
    resolveThread: async (_p: string, rev: number, id: string, resolved: boolean) => {
      const r = bump(rev, `${resolved ? 'resolve' : 'reopen'} ${id}`);
      const c = backend.doc.comments.find((x) => x.id === id)!;
      c.resolved = resolved;
      c.resolved_by = resolved ? 'Eva' : '';
      return r;
    },
    decideSuggestions: async (_p: string, rev: number, pick: SuggestionPick, accept: boolean): Promise<Decided> => {
      const picked = backend.doc.comments.filter(
        (c) => c.suggestion?.state === 'open' && (pick.pick === 'all' || c.id === pick.value || (pick.pick === 'from' && c.author_name === pick.value)),
      );
      const r = bump(rev, `${accept ? 'accept' : 'reject'} ${picked.map((c) => c.id).join(',')}`);
      const decided: Decided = { revision: r, accepted: [], rejected: [], left_open: [] };
      for (const c of picked) {
        const s = c.suggestion!;
        if (accept) {
          const lagesbild = backend.doc.plan.lagesbild as unknown as Lagesbild;
          decided.accepted.push({ comment_id: c.id, anchor: c.anchor, before: lagesbild[c.anchor.field!], after: s.text });
          lagesbild[c.anchor.field!] = s.text;
        } else decided.rejected.push(c.id);
        s.state = accept ? 'accepted' : 'rejected';
      }
      return decided;
    },
    // A review file named after the plan it reviewed: "other.safeplan-review" is for another plan. It
    // brings one thread from the reviewer and requests changes, or keeps the decision as a note when
    // its name says "recorded".
    importReview: async (path: string): Promise<ReviewImported> => {
      backend.calls.push(`import review ${path}`);
      const here = !path.startsWith('other');
      const result: ReviewImported = {
        plan_id: here ? backend.doc.plan.id : 'another-plan',
        slug: 'x',
        title: 'T',
        revision: backend.doc.plan.revision,
        changed: here,
        threads_added: here ? 1 : 0,
        replies_added: 0,
        suggestions_added: 0,
        resolutions_applied: 0,
        reopenings_applied: 0,
        conflicts_kept: [],
        decision: null,
      };
      if (!here) return result;
      backend.doc.plan.revision += 1;
      backend.doc.comments.push({
        id: `c${++counter}`,
        anchor: { section: 'lagesbild', id: null, field: 'extent' },
        author_name: 'Erik',
        author_role: 'advisor',
        text: 'Från filen',
        created_at: '2026-12-02T11:00:00Z',
        parent_id: null,
        resolved: false,
        quote: '',
        suggestion: null,
        resolved_by: '',
      });
      if (path.includes('recorded')) {
        const note: ReviewNote = { kind: 'status', subject: 'changes_requested', author_name: 'Erik', author_role: 'advisor', at: '', message: '', reason: { code: 'status_moved', here: 'draft', was: 'in_review', to: 'changes_requested' } };
        notes = [note];
        result.conflicts_kept = [note];
        result.decision = { status: 'changes_requested', outcome: 'recorded', reason: note.reason };
      } else {
        backend.doc.plan.status = 'changes_requested';
        result.decision = { status: 'changes_requested', outcome: 'applied', reason: null };
      }
      result.revision = backend.doc.plan.revision;
      return result;
    },
    reviewNotes: async (): Promise<ReviewNote[]> => structuredClone(notes),
  } as T;
}
