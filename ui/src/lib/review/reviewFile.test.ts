import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import type { ReviewImported, ReviewNote } from '../generated/types';
import { locale } from '../i18n/index.svelte';
import { importSummary, noteText, refusal, reviewFileName } from './reviewFile';

const imported = (over: Partial<ReviewImported>): ReviewImported => ({
  plan_id: 'p1',
  slug: 'norrby',
  title: 'Trygg i Norrby',
  revision: 9,
  changed: true,
  threads_added: 2,
  replies_added: 1,
  suggestions_added: 1,
  resolutions_applied: 0,
  reopenings_applied: 0,
  conflicts_kept: [],
  decision: null,
  ...over,
});

const statusNote: ReviewNote = {
  kind: 'status',
  subject: 'changes_requested',
  author_name: 'Erik Lund',
  author_role: 'advisor',
  at: 'not a time',
  message: 'Se kommentarerna',
  reason: { code: 'status_moved', here: 'draft', was: 'in_review', to: 'changes_requested' },
};

describe('an imported review file in words', () => {
  it('says what was added and applied, and that a recorded decision is kept as a note', () => {
    locale.current = 'en';
    const lines = importSummary(imported({ conflicts_kept: [statusNote], decision: { status: 'changes_requested', outcome: 'recorded', reason: statusNote.reason } }));
    expect(lines).toEqual([
      'The review is imported into Trygg i Norrby.',
      'New threads: 2, suggestions among them: 1. New replies: 1.',
      'Threads resolved: 0. Reopened: 0.',
      "Kept with both sides' versions: 1 (see the review notes below).",
      "The reviewer's decision (changes requested) was not made here, because the plan's status has changed since. It is kept as a note below.",
    ]);
  });

  it('names a decision made, one made before, and none; and a file that brought nothing new in one line', () => {
    locale.current = 'sv';
    expect(importSummary(imported({ decision: { status: 'changes_requested', outcome: 'applied', reason: null } })).at(-1)).toContain('nu ändringar begärda');
    expect(importSummary(imported({ decision: { status: 'approved', outcome: 'already_applied', reason: null } })).at(-1)).toContain('redan gjort');
    expect(importSummary(imported({})).at(-1)).toBe('Filen innehöll inget beslut om planens status.');
    expect(importSummary(imported({ changed: false }))).toEqual(['Trygg i Norrby: filen innehöll inget nytt, inget ändrades.']);
  });
});

describe('a review note', () => {
  it('tells a decision not made with who, the status in the user language and the message', () => {
    locale.current = 'en';
    const text = noteText(statusNote, 'unused');
    expect(text).toContain('Erik Lund (advisor) moved the plan to changes requested not a time with the message “Se kommentarerna”.');
    locale.current = 'sv';
    expect(noteText({ ...statusNote, message: '' }, 'unused')).toMatch(/^Erik Lund \(rådgivare\) flyttade planen till ändringar begärda not a time\. /);
  });

  it('tells a resolution kept beside an open thread by its place', () => {
    locale.current = 'en';
    const text = noteText({ ...statusNote, kind: 'resolution', subject: 'c1', message: '', reason: null }, 'Measures › Sluta skjut');
    expect(text).toContain('marked the thread on Measures › Sluta skjut resolved');
    expect(text).toContain('still open');
  });

  it("words core's reason in the user's language, and shows an older version's English sentence as it is", () => {
    locale.current = 'en';
    expect(noteText(statusNote, 'unused')).toMatch(/The decision was not made here: the plan is draft here \(it was in review when the reviewer moved it to changes requested\)\.$/);
    locale.current = 'sv';
    expect(noteText(statusNote, 'unused')).toMatch(/Beslutet gjordes inte här: planen är utkast här \(den var under granskning när granskaren flyttade den till ändringar begärda\)\.$/);
    expect(noteText({ ...statusNote, reason: { code: 'not_ready', to: 'approved' } }, 'unused')).toMatch(/planen har fel här, så den kan inte flyttas till antagen\.$/);
    const unseen: ReviewNote = { ...statusNote, kind: 'resolution', subject: 'c1', message: '', reason: { code: 'unseen_replies', replies: [{ author_name: 'Anna Berg', at: 'not a time' }] } };
    expect(noteText(unseen, 'Åtgärder')).toMatch(/som granskaren inte hade sett \(av Anna Berg \(not a time\)\)\.$/);
    locale.current = 'en';
    expect(noteText(unseen, 'Measures')).toMatch(/had not seen \(by Anna Berg \(not a time\)\)\.$/);
    const old = 'the plan is "draft" here (it was "in_review" when the reviewer moved it to "changes_requested"), so the decision is recorded, not made';
    expect(noteText({ ...statusNote, reason: { code: 'text', text: old } }, 'unused')).toMatch(new RegExp(`\\. ${old.replace(/[()]/g, '\\$&')}$`));
  });
});

describe('a refused file', () => {
  it('says what was not done, what is wrong in the user language, then where, as core located it', () => {
    locale.current = 'en';
    const e = new ApiError({ code: 'bad_review_file', message: 'review.safeplan-review: comments[2].anchor: no such measure' });
    expect(refusal(e)).toEqual([
      'The review file could not be imported; nothing was changed. The message says where in the file the problem is.',
      'review.safeplan-review: comments[2].anchor: no such measure',
    ]);
    const r9 = new ApiError({ code: 'personal_data', message: 'comment 3 holds an identity number' });
    expect(refusal(r9, 'The review file was not saved.')).toEqual([
      'The review file was not saved.',
      'The plan contains a personal identity number. Remove it before the plan leaves this computer.',
      'comment 3 holds an identity number',
    ]);
  });

  it('says an identity number is in a comment, and on which place, in the user language', () => {
    const e = new ApiError({
      code: 'personal_data_in_comment',
      message: 'In the thread c1 on lagesbild.extent: …',
      place: { section: 'lagesbild', id: null, field: 'extent' },
    });
    locale.current = 'en';
    expect(refusal(e, null, null)[0]).toBe(
      'A comment contains a personal identity number: the comment on Situational picture › Extent. Remove the number from the comment before it leaves this computer.',
    );
    locale.current = 'sv';
    expect(refusal(e, null, null)[0]).toMatch(/^En kommentar innehåller ett personnummer: kommentaren om Lägesbild › Omfattning\./);
  });
});

describe('the suggested file name', () => {
  it('is the slug and the reviewer, in plain letters', () => {
    expect(reviewFileName('norrby', 'Erik Ågren-Lund')).toBe('norrby-erik-agren-lund');
    expect(reviewFileName('', '')).toBe('plan');
  });
});
