// The demo city's PDFs, made once by the `safeplan` binary, and their text as each reader
// extracts it: pdf.js (Firefox's reader), mupdf's `mutool` and poppler's `pdftotext`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// Debian 12's Node 20 lacks Promise.withResolvers, which pdf.js 6 uses (it asks for Node 22).
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

const here = import.meta.dirname;

/** The CLI: SAFEPLAN_BIN, else `make cli`'s build under CARGO_TARGET_DIR or the workspace's target/. */
export function cliPath() {
  if (process.env.SAFEPLAN_BIN) return process.env.SAFEPLAN_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? resolve(here, "../../target");
  return join(target, "cli", "safeplan");
}

function run(tool, args, hint) {
  try {
    return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === "ENOENT") throw new Error(`cannot run ${tool}: ${hint}`);
    throw e;
  }
}

/** A fresh folder with the demo city's database: the CLI, how to call it, and the plans. */
function demoCity(prefix) {
  const bin = cliPath();
  const hint = "build it with `make cli` or point SAFEPLAN_BIN at it";
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = join(dir, "demo.db");
  run(bin, ["--db", db, "demo"], hint);
  const cli = (args) => run(bin, ["--db", db, ...args], hint);
  return { dir, cli, plans: JSON.parse(cli(["plans", "--json"])) };
}

/** Every demo plan in Swedish and English: [{ name, slug, lang, file, source }], in a temporary
 * folder that `removeDemoPdfs` deletes. */
export function demoPdfs() {
  const { dir, cli, plans } = demoCity("safeplan-readers-");
  const out = [];
  for (const { slug } of plans) {
    const source = cli(["show", slug, "--json"]);
    for (const lang of ["sv", "en"]) {
      const file = join(dir, `${slug}-${lang}.pdf`);
      cli(["pdf", slug, "--out", file, "--lang", lang]);
      out.push({ name: `${slug}-${lang}`, slug, lang, file, source, dir });
    }
  }
  return out;
}

/** The demo city with a review round on every plan, made through the CLI as an advisor and a planner
 * would (a thread and its reply, a resolved thread, a suggestion, status moves), and each plan's
 * review report in Swedish and English: [{ name, slug, lang, file, said, history, dir }], where
 * `said` holds the texts the round wrote. `removeDemoPdfs` deletes them. */
export function demoReviewPdfs() {
  const bin = cliPath();
  const hint = "build it with `make cli` or point SAFEPLAN_BIN at it";
  const dir = mkdtempSync(join(tmpdir(), "safeplan-review-readers-"));
  const cli = (...args) => run(bin, ["--db", join(dir, "demo.db"), ...args], hint);
  const advisor = ["--as", "advisor", "--name", "Erik Lund"];
  const planner = ["--as", "planner", "--name", "Anna Berg"];
  const idOf = (printed) => printed.trim().split(/\s/u)[0];
  cli("demo");
  const out = [];
  JSON.parse(cli("plans", "--json")).forEach(({ slug, status }, n) => {
    const doc = JSON.parse(cli("show", slug, "--json"));
    // Short words, so no line break or hyphen falls inside what the tests look for.
    const said = [`Tråd om orsaker nummer ${n}`, `Svar från planeraren nummer ${n}`];
    const thread = idOf(cli(...advisor, "comment", slug, "--on", "lagesbild.cause_analysis", "--text", said[0]));
    cli(...planner, "comment", slug, "--reply-to", thread, "--text", said[1]);
    if (doc.challenges.length > 0) {
      said.push(`Löst fråga nummer ${n}`);
      const c = idOf(cli(...advisor, "comment", slug, "--on", `challenges/${doc.challenges[0].id}`, "--text", said.at(-1)));
      cli(...advisor, "resolve", slug, c);
    }
    if (doc.measures.length > 0) {
      said.push(`Ny rubrik nummer ${n}`);
      cli(...advisor, "comment", slug, "--on", `measures/${doc.measures[0].id}.title`, "--text", "Tydligare", "--suggest", said.at(-1));
    }
    if (status === "changes_requested") {
      said.push("Synpunkterna inarbetade", "Andra granskningen");
      cli(...planner, "status", slug, "--to", "draft");
      cli(...planner, "status", slug, "--to", "submitted", "--message", said.at(-2));
      cli(...advisor, "status", slug, "--to", "in_review", "--message", said.at(-1));
    }
    // A status move writes a revision: only the demo's drafts have never moved.
    const history = status !== "draft";
    for (const lang of ["sv", "en"]) {
      const file = join(dir, `${slug}-review-${lang}.pdf`);
      cli("review-report", slug, "--out", file, "--lang", lang);
      out.push({ name: `${slug}-review-${lang}`, slug, lang, file, said, history, dir });
    }
  });
  return out;
}

/** The demo city's action plan (`safeplan consolidate`) in both languages; its source is every
 * plan's JSON, since its chapters are the plans' own words. */
export function cityPdfs() {
  const { dir, cli, plans } = demoCity("safeplan-readers-city-");
  const docs = plans.map(({ slug }) => JSON.parse(cli(["show", slug, "--json"])));
  const source = JSON.stringify(docs);
  return ["sv", "en"].map((lang) => {
    const file = join(dir, `city-${lang}.pdf`);
    cli(["consolidate", "--out", file, "--lang", lang]);
    return { name: `city-${lang}`, slug: "city", lang, file, source, dir, docs };
  });
}

export function removeDemoPdfs(pdfs) {
  for (const dir of new Set(pdfs.map((p) => p.dir))) rmSync(dir, { recursive: true, force: true });
}

/** pdf.js: per page, its lines (items joined, a new line at each `hasEOL`) with the x of each line's start. */
export async function pdfjsPages(file) {
  const task = getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const lines = [];
    let line = { text: "", x: null, y: null, items: [] };
    for (const item of content.items) {
      if (item.str.trim() !== "") {
        line.x ??= item.transform[4];
        line.y ??= item.transform[5];
        line.items.push({ str: item.str, x: item.transform[4], y: item.transform[5] });
      }
      line.text += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = { text: "", x: null, y: null, items: [] };
      }
    }
    if (line.text !== "") lines.push(line);
    pages.push({ lines: lines.filter((l) => l.text.trim() !== ""), structTree: await page.getStructTree() });
  }
  await task.destroy();
  return pages;
}

/** mupdf: `mutool draw -F txt`, pages separated by form feeds. */
export function mutoolPages(file) {
  const text = run("mutool", ["draw", "-q", "-F", "txt", "-o", "-", file], "install the Debian package mupdf-tools");
  return splitPages(text);
}

/** mupdf's structured text: per page, its lines in the order the content stream draws them, with
 * each line's start and baseline ({ x, y, text }, y from the top). */
export function mutoolLines(file) {
  const json = run("mutool", ["draw", "-q", "-F", "stext.json", "-o", "-", file], "install the Debian package mupdf-tools");
  return JSON.parse(json).pages.map((p) =>
    p.blocks.filter((b) => b.type === "text").flatMap((b) => b.lines.map(({ x, y, text }) => ({ x, y, text }))),
  );
}

/** poppler: `pdftotext`, reading order, pages separated by form feeds. */
export function popplerPages(file) {
  const text = run("pdftotext", [file, "-"], "install the Debian package poppler-utils");
  return splitPages(text);
}

function splitPages(text) {
  const pages = text.split("\f").map((p) => p.split("\n").map((l) => l.trim()).filter((l) => l !== ""));
  if (pages.length > 0 && pages.at(-1).length === 0) pages.pop();
  return pages;
}

/** A page's words as a reader gives them, counted. poppler joins any line that ends in a
 * hyphen-minus to the next ("right-" / "wing" gives "rightwing"), the source's own hyphens too;
 * the other readers' lines are joined the same way before they are compared with it. */
export function wordCounts(lines, joinHyphens) {
  let text = lines.join("\n");
  if (joinHyphens) text = text.replace(/(\p{L})-\n(?=\p{L})/gu, "$1");
  const counts = new Map();
  for (const w of text.match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Where a reader's pages (lines of text) find other words than poppler's on the same page, for a PDF
 * named `name`: nothing read twice or dropped. */
export function wordsUnlikePoppler(name, poppler, pages) {
  const wrong = [];
  poppler.forEach((lines, i) => {
    const [want, got] = [wordCounts(lines, false), wordCounts(pages[i] ?? [], true)];
    for (const w of new Set([...want.keys(), ...got.keys()])) {
      if (want.get(w) !== got.get(w)) {
        wrong.push(`${name} p${i + 1}: "${w}" ${got.get(w) ?? 0} times, poppler ${want.get(w) ?? 0}`);
      }
    }
  });
  return wrong;
}
