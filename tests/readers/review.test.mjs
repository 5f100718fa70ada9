// The demo plans' review reports (every plan, Swedish and English, after a review round made through
// the CLI) read the way readers read them: pdf.js (Firefox), mupdf and poppler. Each test names the
// PDF, the page and what it found wrong.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { demoReviewPdfs, mutoolPages, pdfjsPages, popplerPages, removeDemoPdfs, wordsUnlikePoppler } from "./readers.mjs";

let pdfs = [];
const read = new Map();

before(async () => {
  pdfs = demoReviewPdfs();
  assert.equal(pdfs.length, 14, "the demo city has 7 plans, each in two languages");
  for (const pdf of pdfs) {
    read.set(pdf.name, {
      pdfjs: await pdfjsPages(pdf.file),
      mutool: mutoolPages(pdf.file),
      poppler: popplerPages(pdf.file),
    });
  }
});

after(() => removeDemoPdfs(pdfs));

const squash = (lines) => lines.join(" ").replace(/\s+/gu, " ");

const readers = {
  "pdf.js": (r) => r.pdfjs.map((p) => p.lines.map((l) => l.text)),
  mupdf: (r) => r.mutool,
  poppler: (r) => r.poppler,
};

/** Every role in a pdf.js structure tree. */
function roles(node, out = new Set()) {
  if (node?.role) out.add(node.role);
  for (const kid of node?.children ?? []) roles(kid, out);
  return out;
}

describe("the review report reads the same in every reader", () => {
  for (const [reader, pagesOf] of Object.entries(readers)) {
    test(`${reader}: the threads, the reply, the resolved thread, the suggestion and the status history`, () => {
      const wrong = [];
      for (const pdf of pdfs) {
        const text = squash(pagesOf(read.get(pdf.name)).flat());
        const history = pdf.lang === "sv" ? "Statushistorik" : "Status history";
        const resolved = pdf.lang === "sv" ? "Löst av Erik Lund" : "Resolved by Erik Lund";
        const wanted = [...pdf.said, history, "Erik Lund", "Anna Berg"];
        if (pdf.said.some((s) => s.startsWith("Löst fråga"))) wanted.push(resolved);
        for (const w of wanted) if (!text.includes(w)) wrong.push(`${pdf.name}: no "${w}"`);
      }
      assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} texts missing`);
    });
  }

  test("pdf.js: the structure tree has headings, lists and (with revisions) the history table", () => {
    const wrong = [];
    for (const pdf of pdfs) {
      const found = new Set();
      for (const page of read.get(pdf.name).pdfjs) roles(page.structTree, found);
      const wanted = ["H1", "H2", "H3", "L", "LI", "P", ...(pdf.history ? ["Table", "TR", "TH", "TD"] : [])];
      for (const role of wanted) if (!found.has(role)) wrong.push(`${pdf.name}: no ${role}`);
    }
    assert.deepEqual(wrong, []);
  });

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
