// The preview is the print: a lägesbild text with headings, nested lists and a table shows in the app's
// preview with the same structure the exported PDF's tags give it (pdfinfo -struct-text), heading levels
// included, because both come from the report engine's one reading of the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { byTestId, createPlan, freshDb, goToStep, inLastCard, invoke, launch, quit, typeInto, waitSaved, WORK } from '../lib/app.mjs';

const TITLE = 'Förhandsvisning som tryck';
const FIRST = 'Provets början';
const LAST = 'Provets slut.';

// A level-1 and a level-2 heading (the report pushes both down under its own), a level-2 one written
// the other way (underlined with dashes, pushed down the same), a deeper one it keeps, lists nested
// three deep (bullets in numbers in bullets), and a table with a header row whose columns are set
// left, centred and right.
const TEXT = [
  `# ${FIRST}`,
  '',
  'Inledande stycke med **fetstil**.',
  '',
  '## Läget i korthet',
  '',
  '- Skolan',
  '  - Frånvaro',
  '    1. Högstadiet',
  '    2. Gymnasiet',
  '  - Otrygghet',
  '- Fritiden',
  '',
  'Orsaker',
  '-------',
  '',
  'Text om orsakerna.',
  '',
  '##### Siffror',
  '',
  '| Brott | 2023 | 2024 |',
  '|:--|:-:|--:|',
  '| Rån | 14 | 9 |',
  '| Skadegörelse | 120 | 98 |',
  '',
  LAST,
].join('\n');

/** The preview's structure as the PDF's tag names: H1–H6 with their text, P, L, LI, Table, TR, TH, TD. */
function previewStructure(browser, testid = 'lagesbild-extent-preview') {
  return browser.execute((testid) => {
    const region = [...document.querySelectorAll(`[data-testid="${testid}"] .markdown`)].pop();
    const tags = { P: 'P', UL: 'L', OL: 'L', LI: 'LI', TABLE: 'Table', TR: 'TR', TH: 'TH', TD: 'TD' };
    const walk = (el) => {
      const out = [];
      for (const child of el.children) {
        const heading = /^H([1-6])$/.exec(child.tagName);
        if (heading) out.push({ tag: `H${heading[1]}`, text: child.textContent.trim() });
        else if (tags[child.tagName]) {
          const node = { tag: tags[child.tagName], children: walk(child) };
          if (node.tag === 'P') delete node.children;
          out.push(node);
        } else out.push(...walk(child)); // thead, tbody, the table's scroll box, inline elements
      }
      return out;
    };
    return region ? walk(region) : null;
  }, testid);
}

/** pdfinfo's indented tag tree as nodes: `{ tag, text, children }`. */
function parseStructText(dump) {
  const root = { tag: 'root', children: [], depth: -1 };
  const stack = [root];
  for (const raw of dump.split('\n')) {
    if (!raw.trim()) continue;
    const depth = raw.length - raw.trimStart().length;
    const line = raw.trim();
    while (stack.length > 1 && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (line.startsWith('"')) {
      parent.text = (parent.text ?? '') + line.replace(/^"|"$/g, '');
      continue;
    }
    // "TH:" when attributes follow on their own lines ("/Scope /Column").
    const node = { tag: line.split(/[\s(:]/)[0], children: [], depth };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** All text under a tag node. */
const textOf = (node) => (node.text ?? '') + node.children.map(textOf).join('');

/** A tag subtree in the preview's terms: list labels dropped, list bodies opened, cell text ignored. */
function normalise(nodes) {
  const out = [];
  for (const n of nodes) {
    if (n.tag === 'Lbl') continue;
    if (n.tag === 'LBody') out.push(...normalise(n.children));
    else if (/^H[1-6]$/.test(n.tag)) out.push({ tag: n.tag, text: textOf(n).trim() });
    else if (n.tag === 'P') out.push({ tag: 'P' });
    else if (['L', 'LI', 'Table', 'TR', 'TH', 'TD'].includes(n.tag)) out.push({ tag: n.tag, children: normalise(n.children) });
    // Anything else (Link, Span) sits inside a block already counted.
  }
  return out;
}

/** The same normalisation for the preview: cells' paragraphs are not blocks in the PDF either. */
function cellsAsLeaves(nodes) {
  return nodes.map((n) => {
    if (n.tag === 'TH' || n.tag === 'TD') return { tag: n.tag, children: [] };
    return n.children ? { ...n, children: cellsAsLeaves(n.children) } : n;
  });
}

test('the preview shows the structure the PDF is tagged with', async () => {
  const browser = await launch(freshDb('preview-print'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, TITLE);
    await goToStep(browser, 'lagesbild');
    // WebDriver types a line break as the Enter key, not as "\n".
    const field = await byTestId(browser, 'lagesbild-extent');
    await typeInto(field, TEXT.replaceAll('\n', '\uE007'));
    await waitSaved(browser);
    assert.equal(await field.getValue(), TEXT, 'the field holds the text as typed');

    let preview = null;
    await browser.waitUntil(
      async () => {
        preview = await previewStructure(browser);
        return preview?.some((n) => n.tag === 'Table') && preview.some((n) => n.tag === 'H3' && n.text === FIRST);
      },
      { timeout: 5000 },
    ).catch(async () => {
      const shown = await (await byTestId(browser, 'lagesbild-extent-preview')).getText();
      throw new Error(`the preview did not show the heading and the table: ${JSON.stringify(preview)}\n${shown}`);
    });

    const plan = (await invoke(browser, 'plans')).find((p) => p.title === TITLE);
    const pdf = path.join(WORK, 'preview-print.pdf');
    await invoke(browser, 'export_pdf', {
      id: plan.id,
      path: pdf,
      options: { template: '', locale: null, template_dir: null, logo: null, date: '2027-01-15' },
    });
    const dump = execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8' });
    const tags = parseStructText(dump);
    const doc = tags.children[0]?.tag === 'Document' ? tags.children[0].children : tags.children;
    const start = doc.findIndex((n) => n.tag === 'H3' && textOf(n).trim() === FIRST);
    const end = doc.findIndex((n, i) => i > start && n.tag === 'P' && textOf(n).trim() === LAST);
    assert.ok(start >= 0 && end > start, `the PDF's tags hold the text between "${FIRST}" and "${LAST}"`);
    const printed = normalise(doc.slice(start, end + 1));

    // The heading levels are the PDF's: #, ## and the underlined one pushed down to H3 under the
    // report's "Omfattning" (H2).
    assert.deepEqual(
      printed.filter((n) => n.tag.startsWith('H')).map((n) => `${n.tag} ${n.text}`),
      [`H3 ${FIRST}`, 'H3 Läget i korthet', 'H3 Orsaker', 'H5 Siffror'],
    );
    assert.deepEqual(cellsAsLeaves(preview), cellsAsLeaves(printed));

    // The columns are set as the PDF sets them (engine_layout.rs checks the print): each row's cells
    // left, centred, right.
    const aligns = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="lagesbild-extent-preview"] .markdown table tr')].map((tr) =>
        [...tr.children].map((cell) => getComputedStyle(cell).textAlign),
      ),
    );
    assert.deepEqual(aligns, [
      ['left', 'center', 'right'],
      ['left', 'center', 'right'],
      ['left', 'center', 'right'],
    ]);
  } finally {
    await quit(browser);
  }
});

// A measure's description is Markdown too: its preview shows the level the template prints it at (H4,
// under the measure's own heading), and the PDF's tags agree.
test("a measure's description previews as it prints", async () => {
  const browser = await launch(freshDb('preview-print-measure'));
  const METHOD = 'Metod i tre steg';
  const DESCRIPTION = [`# ${METHOD}`, '', '- Kartlägg platsen', '  - Med polisen', '- Följ upp', '', 'Slutet av beskrivningen.'].join('\n');
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, 'Åtgärd som tryck');
    await goToStep(browser, 'measures');
    await (await byTestId(browser, 'measure-add-universal')).click();
    await typeInto(await inLastCard(browser, 'measure-card', 'measure-title'), 'Trygga platser');
    const field = await inLastCard(browser, 'measure-card', 'measure-description');
    await typeInto(field, DESCRIPTION.replaceAll('\n', '\uE007'));
    await waitSaved(browser);

    let preview = null;
    await browser.waitUntil(
      async () => {
        preview = await previewStructure(browser, 'measure-description-preview');
        return preview?.some((n) => n.tag === 'H4' && n.text === METHOD);
      },
      { timeout: 5000, timeoutMsg: `the measure's preview did not show an H4 "${METHOD}"` },
    ).catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify(preview)}`);
    });
    assert.deepEqual(
      preview.map((n) => n.tag),
      ['H4', 'L', 'P'],
      'a heading, one list (its nested list inside), and the closing paragraph',
    );
    assert.equal(preview[1].children[0].children.some((c) => c.tag === 'L'), true, 'the sub-point is nested');

    const plan = (await invoke(browser, 'plans')).find((p) => p.title === 'Åtgärd som tryck');
    const pdf = path.join(WORK, 'preview-print-measure.pdf');
    await invoke(browser, 'export_pdf', {
      id: plan.id,
      path: pdf,
      options: { template: '', locale: null, template_dir: null, logo: null, date: '2027-01-15' },
    });
    const tags = parseStructText(execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8' }));
    const all = [];
    const flat = (nodes) => nodes.forEach((n) => (all.push(n), flat(n.children)));
    flat(tags.children);
    const heading = all.find((n) => /^H[1-6]$/.test(n.tag) && textOf(n).trim() === METHOD);
    assert.equal(heading?.tag, 'H4', 'the PDF tags the description\'s heading at the level the preview shows');
  } finally {
    await quit(browser);
  }
});
