// The native dialogs are shown one at a time: a second request while one is open opens nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const shown: {
  kind: 'open' | 'save';
  title: string;
  extensions: string[];
  answer: (path: string | null) => void;
  fail: (e: Error) => void;
}[] = [];

vi.mock('@tauri-apps/plugin-dialog', () => {
  const show = (kind: 'open' | 'save') => (options: { title: string; filters: { extensions: string[] }[] }) =>
    new Promise<string | null>((resolve, reject) =>
      shown.push({ kind, title: options.title, extensions: options.filters.flatMap((f) => f.extensions), answer: resolve, fail: reject }),
    );
  return { open: vi.fn(show('open')), save: vi.fn(show('save')) };
});

const { choosePackageExportPath, choosePackageToImport, choosePdfPath, chooseReviewExportPath, chooseReviewToImport, chooseStatsFile } =
  await import('./dialogs');

beforeEach(() => {
  shown.length = 0;
});

describe('native dialogs', () => {
  it('opens no second dialog while one is pending, of whatever kind; those requests resolve to null', async () => {
    const first = choosePackageToImport();
    expect(shown).toHaveLength(1);
    expect(shown[0].kind).toBe('open');

    await expect(choosePackageToImport()).resolves.toBeNull();
    await expect(choosePackageExportPath('plan')).resolves.toBeNull();
    await expect(choosePdfPath('plan')).resolves.toBeNull();
    expect(shown).toHaveLength(1);

    shown[0].answer('/home/a/plan.safeplan');
    await expect(first).resolves.toBe('/home/a/plan.safeplan');
  });

  it('opens the next dialog once the previous one is answered or cancelled', async () => {
    const pdf = choosePdfPath('plan');
    shown[0].answer(null);
    await expect(pdf).resolves.toBeNull();

    const exported = choosePackageExportPath('plan');
    expect(shown).toHaveLength(2);
    expect(shown[1].kind).toBe('save');
    shown[1].answer('/home/a/plan.safeplan');
    await expect(exported).resolves.toBe('/home/a/plan.safeplan');
  });

  it('lets the next dialog open after one failed', async () => {
    const failed = choosePackageToImport();
    shown[0].fail(new Error('no portal'));
    await expect(failed).rejects.toThrow('no portal');

    const next = choosePackageToImport();
    expect(shown).toHaveLength(2);
    shown[1].answer(null);
    await expect(next).resolves.toBeNull();
  });

  it('opens statistics files of every kind the readers take, and only one chooser at a time', async () => {
    const picked = chooseStatsFile();
    await expect(chooseStatsFile()).resolves.toBeNull();
    expect(shown).toHaveLength(1);
    expect(shown[0].kind).toBe('open');
    expect(shown[0].extensions).toEqual(['csv', 'xlsx', 'xls', 'ods', 'px', 'json']);
    shown[0].answer('/home/a/brott.px');
    await expect(picked).resolves.toBe('/home/a/brott.px');
  });

  it('saves and opens review files by their own extension, one chooser at a time', async () => {
    const saved = chooseReviewExportPath('norrby-erik-lund');
    await expect(chooseReviewToImport()).resolves.toBeNull();
    expect(shown).toHaveLength(1);
    expect(shown[0].kind).toBe('save');
    expect(shown[0].extensions).toEqual(['safeplan-review']);
    shown[0].answer('/home/a/norrby-erik-lund.safeplan-review');
    await expect(saved).resolves.toBe('/home/a/norrby-erik-lund.safeplan-review');

    const opened = chooseReviewToImport();
    expect(shown[1].kind).toBe('open');
    expect(shown[1].extensions).toEqual(['safeplan-review']);
    shown[1].answer(null);
    await expect(opened).resolves.toBeNull();
  });
});
