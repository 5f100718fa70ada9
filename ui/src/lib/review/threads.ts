// The review's threads arranged for the screen: the plan's comments (each reply names the comment it
// answers) gathered into threads under their first comment, where each thread belongs (its step, its
// item, its field), how many are open per step, the review panel's filters, and the open suggestions a
// decision may pick. Pure, so it is tested without the app; core decides who may do what.

import type { Comment, CommentView, ItemRef } from '../generated/types';
import { stepOfSection, type StepId } from '../plan/steps';

/** A first comment with every reply below it, in the order written. */
export interface Thread {
  root: Comment;
  replies: Comment[];
  /** The anchor names nothing in the plan any more (core's `on_removed_content`). */
  onRemoved: boolean;
  /** The anchor's text now, when it differs from what the first comment quotes. */
  changedTo: string | null;
}

/** An anchor as core and `check` write it: `lagesbild.cause_analysis`, `measures/ID`, `measures/ID.title`. */
export function anchorKey(ref: ItemRef): string {
  return `${ref.section}${ref.id ? `/${ref.id}` : ''}${ref.field ? `.${ref.field}` : ''}`;
}

/**
 * The comments gathered into threads, in the order their first comments were written. A reply to a reply
 * joins the thread of the comment it answers; one whose parent is unknown stands as a thread of its own,
 * so nothing written is ever hidden.
 */
export function threadsOf(comments: readonly Comment[], views: readonly CommentView[] = []): Thread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const viewOf = new Map(views.map((v) => [v.comment.id, v]));
  const rootOf = (c: Comment): Comment => {
    const seen = new Set<string>();
    let at = c;
    while (at.parent_id && byId.has(at.parent_id) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.parent_id)!;
    }
    return at;
  };
  const threads = new Map<string, Thread>();
  for (const c of comments) {
    const root = rootOf(c);
    let thread = threads.get(root.id);
    if (!thread) {
      const view = viewOf.get(root.id);
      thread = { root, replies: [], onRemoved: view?.on_removed_content ?? false, changedTo: view?.changed_to ?? null };
      threads.set(root.id, thread);
    }
    if (c !== root) thread.replies.push(c);
  }
  return [...threads.values()];
}

/** The thread that holds comment `id`. */
export function threadOf(threads: readonly Thread[], id: string): Thread | undefined {
  return threads.find((t) => t.root.id === id || t.replies.some((r) => r.id === id));
}

/**
 * The threads anchored at `ref`. `within`: also those on the fields of the item (an item card's marker
 * counts the comments on its title and description too).
 */
export function threadsAt(threads: readonly Thread[], ref: ItemRef, within = false): Thread[] {
  return threads.filter((t) => {
    const a = t.root.anchor;
    if (a.section !== ref.section || (a.id ?? null) !== (ref.id ?? null)) return false;
    if ((a.field ?? null) === (ref.field ?? null)) return true;
    return within && ref.field === null && a.field !== null;
  });
}

/** Every comment in the threads, first comments and replies. */
export function commentCount(threads: readonly Thread[]): number {
  return threads.reduce((n, t) => n + 1 + t.replies.length, 0);
}

export function stepOf(thread: Thread): StepId {
  return stepOfSection(thread.root.anchor.section);
}

/** How many open threads each step has (steps without any are absent). */
export function openPerStep(threads: readonly Thread[]): Map<StepId, number> {
  const counts = new Map<StepId, number>();
  for (const t of threads) {
    if (t.root.resolved) continue;
    const step = stepOf(t);
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return counts;
}

/** What the review panel shows: open or resolved threads (or both), of one step and one author (or any). */
export interface ThreadFilter {
  state: 'all' | 'open' | 'resolved';
  step: StepId | '';
  /** An author's name: the threads they opened or replied in. */
  author: string;
}

export const NO_FILTER: ThreadFilter = { state: 'all', step: '', author: '' };

export function filterThreads(threads: readonly Thread[], f: ThreadFilter): Thread[] {
  return threads.filter(
    (t) =>
      (f.state === 'all' || (f.state === 'resolved') === t.root.resolved) &&
      (f.step === '' || stepOf(t) === f.step) &&
      (f.author === '' || t.root.author_name === f.author || t.replies.some((r) => r.author_name === f.author)),
  );
}

/** Everyone who wrote in the threads, in the order they first wrote. */
export function authors(threads: readonly Thread[]): string[] {
  const names = new Set<string>();
  for (const t of threads) for (const c of [t.root, ...t.replies]) names.add(c.author_name);
  return [...names];
}

/** The open suggestions among the comments, in the order written. */
export function openSuggestions(comments: readonly Comment[]): Comment[] {
  return comments.filter((c) => c.suggestion?.state === 'open');
}

/** The reviewers who have open suggestions, each once. */
export function suggestionAuthors(comments: readonly Comment[]): string[] {
  return [...new Set(openSuggestions(comments).map((c) => c.author_name))];
}
