// The demo plans' PDFs (every plan, Swedish and English) and the demo city's action plan read the
// way readers read them: pdf.js (Firefox), mupdf and poppler. Each test names the PDF, the page and
// the text it found wrong.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { cityPdfs, demoPdfs, mutoolLines, mutoolPages, pdfjsPages, popplerPages, removeDemoPdfs, wordsUnlikePoppler } from "./readers.mjs";

const LABEL = /^(•|–|\d{1,3}\.)$/u;
const FOOTER = /^(Sida|Page) \d+ (av|of) \d+$/u;
/** The body's baselines lie between the footer and the running header (PDF points from the bottom). */
const BODY = { bottom: 74, top: 841.89 - 78 };

let pdfs = [];
const read = new Map();

before(async () => {
  pdfs = demoPdfs();
  assert.equal(pdfs.length, 14, "the demo city has 7 plans, each in two languages");
  pdfs.push(...cityPdfs());
  for (const pdf of pdfs) {
    // The plan's own words: its JSON's strings, unescaped.
    pdf.source = strings(JSON.parse(pdf.source)).join("\n");
    read.set(pdf.name, {
      pdfjs: await pdfjsPages(pdf.file),
      mutool: mutoolPages(pdf.file),
      mutoolLines: mutoolLines(pdf.file),
      poppler: popplerPages(pdf.file),
    });
  }
});

after(() => removeDemoPdfs(pdfs));

function strings(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Body lines of a pdf.js page, top to bottom: no running header, footer or watermark. */
function bodyLines(page) {
  return page.lines
    .filter((l) => l.y !== null && l.y > BODY.bottom && l.y < BODY.top && !FOOTER.test(l.text.trim()))
    .sort((a, b) => b.y - a.y);
}

describe("list labels come before the line they label", () => {
  test("pdf.js: no label follows text on its own line", () => {
    const wrong = [];
    for (const pdf of pdfs) {
      read.get(pdf.name).pdfjs.forEach((page, i) => {
        for (const line of page.lines) {
          const [first, ...rest] = line.items;
          for (const item of rest) {
            if (LABEL.test(item.str.trim()) && Math.abs(item.y - first.y) < 0.5 && item.x < first.x) {
              wrong.push(`${pdf.name} p${i + 1}: "${line.text}"`);
            }
          }
        }
      });
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} labels read after their line`);
  });

  test("mupdf: each label is drawn before the text beside it", () => {
    const wrong = [];
    for (const pdf of pdfs) {
      read.get(pdf.name).mutoolLines.forEach((lines, i) => {
        lines.forEach((line, k) => {
          if (!LABEL.test(line.text.trim())) return;
          const before = lines
            .slice(0, k)
            .find((o) => Math.abs(o.y - line.y) < 0.5 && o.x > line.x && o.x - line.x < 40);
          if (before) wrong.push(`${pdf.name} p${i + 1}: "${before.text}" then "${line.text}"`);
        });
      });
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} labels drawn after their line`);
  });
});

describe("no word is broken across a page", () => {
  test("the last line of a page does not end in a hyphen the next page completes", () => {
    const wrong = [];
    for (const pdf of pdfs) {
      const pages = read.get(pdf.name).pdfjs;
      for (let i = 0; i + 1 < pages.length; i++) {
        const last = bodyLines(pages[i]).at(-1)?.text.trim() ?? "";
        const next = bodyLines(pages[i + 1])[0]?.text.trim() ?? "";
        if (/\p{L}-$/u.test(last) && /^\p{Ll}/u.test(next)) {
          wrong.push(`${pdf.name} p${i + 1}: "${last}" / p${i + 2}: "${next}"`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});

/** The contents' pages of a pdf.js reading: from the page titled Innehåll/Contents while its body
 * lines are entries (each ends in a page number). Entries are { text, x }. */
function tocPages(pages, lang) {
  const title = lang === "sv" ? "Innehåll" : "Contents";
  const start = pages.findIndex((p) => p.lines.some((l) => l.text.trim() === title));
  assert.ok(start >= 0, `no page is titled ${title}`);
  const out = [];
  for (let i = start; i < pages.length; i++) {
    const entries = bodyLines(pages[i]).filter((l) => l.text.trim() !== title);
    if (i > start && !entries.every((l) => /\d$/u.test(l.text.trim()))) break;
    out.push({ page: i + 1, entries: entries.filter((l) => /\d$/u.test(l.text.trim())) });
  }
  return out;
}

describe("the table of contents", () => {
  test("keeps a chapter's entry with its first sections, and leaves no page nearly empty", () => {
    const wrong = [];
    for (const pdf of pdfs) {
      const toc = tocPages(read.get(pdf.name).pdfjs, pdf.lang);
      const chapterX = Math.min(...toc.flatMap((p) => p.entries.map((e) => e.x)));
      toc.forEach(({ page, entries }, k) => {
        const last = entries.at(-1);
        const next = toc[k + 1]?.entries[0];
        if (last && next && Math.abs(last.x - chapterX) < 1 && next.x > chapterX + 1) {
          wrong.push(`${pdf.name} p${page}: "${last.text}" ends the page, its sections on p${page + 1}`);
        }
      });
      if (toc.length > 1) {
        const [first, last] = [toc[0].entries.length, toc.at(-1).entries.length];
        if (last < first / 3) {
          wrong.push(`${pdf.name} p${toc.at(-1).page}: the contents' last page holds ${last} entries (the first ${first})`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});

/** The words a page's structure tree says the layout hyphenated: each Span's /ActualText (pdf.js
 * gives a node's /Alt, else its /ActualText, as `alt`). */
function spanWords(node, out = []) {
  if (node?.role === "Span" && node.alt) out.push(node.alt.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  for (const kid of node?.children ?? []) spanWords(kid, out);
  return out;
}

const letters = (w) => `(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`;
const hasWord = (text, w) => new RegExp(letters(w), "u").test(text);

/** Words a reader gives back split at a line end the layout chose: the line ends in "A-" or "A",
 * the next starts with "B", and the plan's own text has the word "AB" but not "A-B" or "A B". */
function brokenWords(pdf, pages) {
  const broken = [];
  pages.forEach((lines, i) => {
    for (let k = 0; k + 1 < lines.length; k++) {
      const head = /(\p{L}+)(-?)$/u.exec(lines[k].trim());
      const tail = /^(\p{Ll}+)/u.exec(lines[k + 1].trim());
      if (!head || !tail) continue;
      const [a, b] = [head[1], tail[1]];
      if (hasWord(pdf.source, a + b) && !pdf.source.includes(`${a}-${b}`) && !pdf.source.includes(`${a} ${b}`)) {
        broken.push(`${pdf.name} p${i + 1}: ${a}${head[2]} / ${b}`);
      }
    }
  });
  return broken;
}

describe("hyphenated words come back whole", () => {
  test("pdf.js: the structure tree, which screen readers in Firefox read, has each split word whole", () => {
    const wrong = [];
    let words = 0;
    for (const pdf of pdfs) {
      const r = read.get(pdf.name);
      r.pdfjs.forEach((page, i) => {
        for (const w of spanWords(page.structTree)) {
          words++;
          if (w.length < 6 || !hasWord(r.poppler[i].join(" "), w)) {
            wrong.push(`${pdf.name} p${i + 1}: the Span "${w}" is not a word on its page`);
          }
        }
      });
    }
    // The demo plans hyphenate about a thousand words: a check that finds none proves nothing.
    assert.ok(words > 500, `only ${words} hyphenated words in the structure trees`);
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} Spans wrong`);
  });

  const readers = {
    poppler: (r) => r.poppler,
    "pdf.js": (r) => r.pdfjs.map((p) => p.lines.map((l) => l.text)),
    mupdf: (r) => r.mutool,
  };
  for (const [reader, pagesOf] of Object.entries(readers)) {
    test(`${reader}: copying a hyphenated word gives the word`, () => {
      const wrong = [];
      for (const pdf of pdfs) {
        const r = read.get(pdf.name);
        const pages = pagesOf(r);
        wrong.push(...brokenWords(pdf, pages));
        r.pdfjs.forEach((page, i) => {
          const text = (pages[i] ?? []).join(" ");
          for (const w of spanWords(page.structTree)) {
            if (!hasWord(text, w)) wrong.push(`${pdf.name} p${i + 1}: "${w}" is not read whole`);
          }
        });
      }
      assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} words split`);
    });
  }

  // Nothing read twice or dropped: pdf.js and mupdf find on every page the same words as poppler,
  // whose text the tests above check (the rest of a word is not read again on the next line).
  for (const reader of ["pdf.js", "mupdf"]) {
    test(`${reader}: reads the same words as poppler on every page`, () => {
      const wrong = [];
      for (const pdf of pdfs) {
        const r = read.get(pdf.name);
        wrong.push(...wordsUnlikePoppler(pdf.name, r.poppler, readers[reader](r)));
      }
      assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} differences`);
    });
  }
});

/** Every node of a structure tree with its role, depth first. */
function nodes(node, out = []) {
  if (node?.role) out.push(node);
  for (const kid of node?.children ?? []) nodes(kid, out);
  return out;
}

describe("the city action plan", () => {
  const cities = () => pdfs.filter((p) => p.slug === "city");

  test("pdf.js and mupdf read every unit's name and plan title", () => {
    const wrong = [];
    assert.equal(cities().length, 2);
    for (const pdf of cities()) {
      const r = read.get(pdf.name);
      const texts = {
        "pdf.js": r.pdfjs.flatMap((p) => p.lines.map((l) => l.text)).join(" "),
        mupdf: r.mutool.flat().join(" "),
      };
      for (const doc of pdf.docs) {
        for (const want of [doc.unit.name, doc.plan.title]) {
          for (const [reader, text] of Object.entries(texts)) {
            const squashed = text.replace(/\s+/gu, " ");
            const words = want.split(/\s+/u);
            // A title may wrap; its first and last words are read in order on one page at least.
            if (!squashed.includes(words[0]) || !squashed.includes(words.at(-1))) {
              wrong.push(`${pdf.name} ${reader}: no "${want}"`);
            }
          }
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  test("pdf.js: the heat map is a table with header cells, and each unit a chapter heading", () => {
    for (const pdf of cities()) {
      const all = read.get(pdf.name).pdfjs.flatMap((p) => nodes(p.structTree));
      const roles = new Set(all.map((n) => n.role));
      for (const role of ["Table", "TH", "TD", "H1", "H2"]) {
        assert.ok(roles.has(role), `${pdf.name}: no ${role} in the structure tree`);
      }
      const h1 = all.filter((n) => n.role === "H1").length;
      assert.ok(h1 >= pdf.docs.length + 2, `${pdf.name}: ${h1} chapter headings for ${pdf.docs.length} units`);
    }
  });
});
