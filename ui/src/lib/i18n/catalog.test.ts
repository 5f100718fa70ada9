import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogProblems, interpolate, type MessageFile } from './catalog';

const files = import.meta.glob<MessageFile>('./messages/*.json', { eager: true, import: 'default' });

describe('message files', () => {
  it('exist', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
  });

  it('have every key in both Swedish and English, and no empty text', () => {
    expect(catalogProblems(files)).toEqual([]);
  });

  it('namespace keys by file name', () => {
    const c = buildCatalog({ './messages/steps-measures.json': { sv: { title: 'Åtgärder' }, en: { title: 'Measures' } } });
    expect(c.sv.get('steps-measures.title')).toBe('Åtgärder');
    expect(c.en.get('steps-measures.title')).toBe('Measures');
  });

  it('use the same placeholders in both languages', () => {
    const c = buildCatalog(files);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    const mismatched = [...c.sv.entries()]
      .filter(([k, sv]) => c.en.has(k) && names(sv) !== names(c.en.get(k)!))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} av {total}', { n: 2, total: 8 })).toBe('2 av 8');
    expect(interpolate('hej {namn}', {})).toBe('hej {namn}');
  });

  it('flags a file that lacks a key in one language', () => {
    expect(catalogProblems({ 'x.json': { sv: { a: 'A', b: '' }, en: { a: 'A' } } })).toEqual([
      'x.b: empty in sv',
      'x.b: in sv but missing in en',
    ]);
  });
});
