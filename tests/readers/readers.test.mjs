// The demo plans' PDFs (every plan, Swedish and English) read the way readers read them: pdf.js
// (Firefox), mupdf and poppler. Each test names the PDF, the page and the text it found wrong.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { demoPdfs, mutoolLines, mutoolPages, pdfjsPages, popplerPages, removeDemoPdfs } from "./readers.mjs";

const LABEL = /^(•|–|\d{1,3}\.)$/u;
const FOOTER = /^(Sida|Page) \d+ (av|of) \d+$/u;
/** The body's baselines lie between the footer and the running header (PDF points from the bottom). */
const BODY = { bottom: 74, top: 841.89 - 78 };

let pdfs = [];
const read = new Map();

before(async () => {
  pdfs = demoPdfs();
  assert.equal(pdfs.length, 14, "the demo city has 7 plans, each in two languages");
  for (const pdf of pdfs) {
    read.set(pdf.name, {
      pdfjs: await pdfjsPages(pdf.file),
      mutool: mutoolPages(pdf.file),
      mutoolLines: mutoolLines(pdf.file),
      poppler: popplerPages(pdf.file),
    });
  }
});

after(() => removeDemoPdfs(pdfs));

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

/** Every `alt` in a pdf.js structure tree (pdf.js gives a node's /Alt, else its /ActualText, as `alt`). */
function alts(node, out = []) {
  if (node?.alt) out.push(node.alt);
  for (const kid of node?.children ?? []) alts(kid, out);
  return out;
}

/** Words a reader gives back split at a line-end hyphen the layout inserted: the line ends in "A-",
 * the next starts with "B", and the plan's own text has the word "AB" but not "A-B". */
function brokenWords(pdf, pages) {
  const broken = [];
  pages.forEach((lines, i) => {
    for (let k = 0; k + 1 < lines.length; k++) {
      const head = /(\p{L}+)-$/u.exec(lines[k].trim());
      const tail = /^(\p{Ll}+)/u.exec(lines[k + 1].trim());
      if (!head || !tail) continue;
      const [a, b] = [head[1], tail[1]];
      if (pdf.source.includes(a + b) && !pdf.source.includes(`${a}-${b}`)) {
        broken.push(`${pdf.name} p${i + 1}: ${a}- / ${b}`);
      }
    }
  });
  return broken;
}

describe("hyphenated words come back whole", () => {
  // Open: 9 of about 1,040 split words (English "part-/ner", "depart-/ment", Swedish "fot-/boll")
  // still lack their Span; the rest have it.
  const structTodo = "9 split words of the demo plans still lack their Span";
  test("pdf.js: the structure tree, which screen readers in Firefox read, has each split word whole", { todo: structTodo }, () => {
    const missing = [];
    for (const pdf of pdfs) {
      const pages = read.get(pdf.name).pdfjs;
      pages.forEach((page, i) => {
        const words = alts(page.structTree);
        const split = brokenWords(pdf, [page.lines.map((l) => l.text)]);
        for (const s of split) {
          const [, a, b] = /: (\p{L}+)- \/ (\p{L}+)$/u.exec(s);
          // The Span holds the word from its last joint before the break ("till-gänglighet" of
          // "lättill-gänglighet"): a whole word across the line, whatever the line held before it.
          const joined = (w) => w.length > b.length && (a + b).endsWith(w.replace(/[^\p{L}]+$/u, ""));
          if (!words.some(joined)) missing.push(s.replace(" p1:", ` p${i + 1}:`));
        }
      });
    }
    assert.deepEqual(missing.slice(0, 10), [], `${missing.length} split words without their whole word`);
  });

  const readers = {
    poppler: (r) => r.poppler,
    // Known open: pdf.js and mupdf 1.21 ignore the /ActualText span around the word (issue 12).
    "pdf.js": (r) => r.pdfjs.map((p) => p.lines.map((l) => l.text)),
    mupdf: (r) => r.mutool,
  };
  for (const [reader, pagesOf] of Object.entries(readers)) {
    const todo = reader === "poppler" ? undefined : "pdf.js and mupdf read no /ActualText spans yet";
    test(`${reader}: copying a hyphenated word gives the word`, { todo }, () => {
      const broken = pdfs.flatMap((pdf) => brokenWords(pdf, pagesOf(read.get(pdf.name))));
      assert.deepEqual(broken.slice(0, 10), [], `${broken.length} words split`);
    });
  }
});
