// The preview draws core's tree with ordinary elements and text nodes only: whatever a planner (or an
// imported package) wrote, no element, attribute or script can come out of its text.
//
// The tests run in node without a DOM, so the component is compiled for the server and rendered to
// HTML, which is then read back: every element must be one of the few the component itself writes.

import fs from 'node:fs';
import type { Component } from 'svelte';
import { compile } from 'svelte/compiler';
// @ts-expect-error Svelte's server runtime ships no type declarations; the compiled component needs it.
import * as internal from 'svelte/internal/server';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { PreviewBlock, PreviewSpan } from '../generated/types';

type Props = { blocks: PreviewBlock[]; emptyText?: string };
function serverComponent(): Component<Props> {
  const file = new URL('./MarkdownView.svelte', import.meta.url);
  const { js } = compile(fs.readFileSync(file, 'utf8'), { generate: 'server', filename: 'MarkdownView.svelte' });
  const runtime = /^import \* as \$ from 'svelte\/internal\/server';$/m;
  if (!runtime.test(js.code)) throw new Error('the compiled component no longer imports the runtime as expected');
  const body = js.code.replace(runtime, '').replace(/^export default function/m, 'return function');
  if (/^import /m.test(body)) throw new Error('the component imports more than the runtime');
  return new Function('$', body)(internal) as Component<Props>;
}

const MarkdownView = serverComponent();

/** The HTML the component renders, without Svelte's hydration comments and style-scoping classes. */
function html(props: Props): string {
  return render(MarkdownView, { props })
    .body.replace(/<!--.*?-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+"/g, '"');
}

const span = (text: string, extra: Partial<PreviewSpan> = {}): PreviewSpan => ({
  text,
  strong: false,
  emphasis: false,
  strike: false,
  code: false,
  link: null,
  ...extra,
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '"><iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '{@html "<b>x</b>"}',
];

/** Every kind of block and span, each text slot holding `text`. */
function everyPlace(text: string): PreviewBlock[] {
  const spans = [
    span(text),
    span(text, { strong: true, emphasis: true, strike: true }),
    span(text, { code: true }),
    span(text, { link: text }),
  ];
  return [
    { kind: 'heading', level: 3, spans },
    { kind: 'paragraph', spans },
    {
      kind: 'list',
      ordered: true,
      start: 2,
      items: [[{ kind: 'paragraph', spans }, { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', spans }]] }]],
    },
    { kind: 'quote', blocks: [{ kind: 'paragraph', spans }] },
    { kind: 'code', text },
    { kind: 'rule' },
    { kind: 'table', align: ['left', 'right'], header: [[spans, spans]], rows: [[spans, spans]] },
  ];
}

const ELEMENTS = new Set(
  'div p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code hr table thead tbody tr th td strong em s span'.split(' '),
);
const ATTRIBUTES = new Set(['class', 'start', 'title', 'scope']);

/** Every element name and attribute name in `out`, read as a browser's tokenizer would start a tag. */
function markup(out: string): { elements: string[]; attributes: string[] } {
  const elements: string[] = [];
  const attributes: string[] = [];
  // A quoted attribute value may hold `>`: the tag ends at the first `>` outside quotes.
  for (const tag of out.matchAll(/<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    elements.push(tag[1].toLowerCase());
    for (const attr of tag[2].matchAll(/([^\s"'=/]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/g)) {
      attributes.push(attr[1].toLowerCase());
    }
  }
  return { elements, attributes };
}

describe('the preview of core’s tree', () => {
  it('draws headings at the printed level, nested lists and tables', () => {
    const out = html({
      blocks: [
        { kind: 'heading', level: 3, spans: [span('Läget')] },
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [
            [
              { kind: 'paragraph', spans: [span('Skolan')] },
              { kind: 'list', ordered: true, start: 1, items: [[{ kind: 'paragraph', spans: [span('Frånvaro')] }]] },
            ],
          ],
        },
        {
          kind: 'table',
          align: ['left', 'left'],
          header: [[[span('Brott')], [span('2024')]]],
          rows: [[[span('Rån')], [span('9')]]],
        },
      ],
    });
    expect(out).toContain('<h3>Läget</h3>');
    expect(out).toMatch(/<ul><li><p>Skolan<\/p>\s*<ol start="1"><li><p>Frånvaro<\/p><\/li><\/ol><\/li><\/ul>/);
    expect(out).toMatch(/<thead><tr><th scope="col">Brott<\/th><th scope="col">2024<\/th><\/tr><\/thead>/);
    expect(out).toMatch(/<tbody><tr><td>Rån<\/td><td>9<\/td><\/tr><\/tbody>/);
  });

  it('sets each column as the PDF does: centred and right-aligned cells carry a class, left ones none', () => {
    const out = html({
      blocks: [
        {
          kind: 'table',
          align: ['left', 'center', 'right'],
          header: [[[span('Brott')], [span('Ort')], [span('2024')]]],
          rows: [[[span('Rån')], [span('Torget')], [span('12')]]],
        },
      ],
    });
    expect(out).toMatch(
      /<tr><th scope="col">Brott<\/th><th scope="col" class="align-center">Ort<\/th><th scope="col" class="align-right">2024<\/th><\/tr>/,
    );
    expect(out).toMatch(/<tr><td>Rån<\/td><td class="align-center">Torget<\/td><td class="align-right">12<\/td><\/tr>/);
  });

  it('shows a link as text with its target, never as an anchor', () => {
    const out = html({ blocks: [{ kind: 'paragraph', spans: [span('Brå', { link: 'https://bra.se' })] }] });
    expect(out).toContain('<span class="link" title="https://bra.se">Brå</span>');
    expect(out).not.toContain('<a');
  });

  it('says so when there is nothing to show', () => {
    expect(html({ blocks: [], emptyText: 'Inget skrivet ännu.' })).toContain('Inget skrivet ännu.');
  });

  it.each(HOSTILE)('keeps %s as text in every place a text can be', (text) => {
    const out = html({ blocks: everyPlace(text) });
    const { elements, attributes } = markup(out);
    expect(elements.filter((e) => !ELEMENTS.has(e))).toEqual([]);
    expect(attributes.filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
    // The characters are all there, escaped: the reader sees what was written.
    expect(out).toContain(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').slice(0, 12));
  });

  it('never takes an element name from the tree', () => {
    const odd = { kind: 'heading', level: 9, spans: [span('x')] } as PreviewBlock;
    expect(markup(html({ blocks: [odd] })).elements).toEqual(['div', 'h6']);
  });
});
