#!/usr/bin/env python3
"""The same report set by typst and by Safeplan's engine, timed side by side in one run.

The content is the engine's sample report (crates/safeplan-report/tests/golden/sample_sv.md) with
its chapters repeated ten times, as the engine benchmark builds it (about 100 pages): cover,
contents, justified hyphenated Swedish text, lists, a quote, charts, a 30-row table and a pipe
table. It is written once as the engine's Markdown and once as typst markup (the same words,
headings, table cells and chart data; Noto Sans from templates/fonts for both, no system fonts).
Charts become plain bars and lines in typst. The map image is left out of both.

Each run is a whole process, as a user meets it. Ours is `safeplan pdf` with a template folder
whose only file is the sample's Markdown (so the template stage passes it through and the engine
sets it, with the plan's running header and footer), on a demo database made once; build it with
`make cli` (or `cargo build --profile bench -p safeplan-cli`). typst's is a Python process that
imports typst and compiles once; the Python start-up and import are timed alone and subtracted.

    python3 scripts/typst-compare.py [--runs 10] [--bin PATH_TO_safeplan [--bin ANOTHER]]

Each figure is the median of the runs, wall time and CPU time (user and system, summed over a
process's threads: typst lays out on several), with the load average before and after, since
the machine may be shared.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "crates/safeplan-report/tests/golden/sample_sv.md")
FONTS = os.path.join(ROOT, "templates/fonts")


def document():
    sample = open(SAMPLE, encoding="utf-8").read()
    start = sample.find("\n# ")
    front, body = sample[:start], sample[start:]
    front = front.replace(', "logo": "logo"', "")
    body = "\n".join(l for l in body.split("\n") if not l.startswith("!["))
    return front + (body + "\n\n```pagebreak\n```\n") * 10


def esc(text):
    return re.sub(r"([\\#$@<>_*`\[\]~/=+-])", r"\\\1", text)


def inline(text):
    out, pos = [], 0
    pattern = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|~~(.+?)~~|\[(.+?)\]\((.+?)\)")
    for m in pattern.finditer(text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1):
            out.append("*" + esc(m.group(1)) + "*")
        elif m.group(2):
            out.append("_" + esc(m.group(2)) + "_")
        elif m.group(3):
            out.append("#strike[" + esc(m.group(3)) + "]")
        else:
            out.append('#link("' + m.group(5) + '")[' + esc(m.group(4)) + "]")
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def chart(c):
    values = [v for s in c["series"] for v in s["values"] if v is not None]
    top = max(values) * 1.1 if values else 1.0
    n = len(c["x_labels"])
    colors = ["rgb(\"#1f4e79\")", "rgb(\"#c55a11\")", "rgb(\"#548235\")"]
    marks = []
    for k, s in enumerate(c["series"]):
        col = colors[k % 3]
        if c["kind"] == "line":
            pts = [f"({(i + 0.5) / n * 100:.2f}%, {100 - v / top * 100:.2f}%)"
                   for i, v in enumerate(s["values"]) if v is not None]
            segs = [f"curve.move({pts[0]})"] + [f"curve.line({p})" for p in pts[1:]]
            marks.append(f"#place(curve(stroke: 1.2pt + {col}, {', '.join(segs)}))")
        else:
            w = 80 / n / len(c["series"])
            for i, v in enumerate(s["values"]):
                if v is None:
                    continue
                x = (i + 0.1) / n * 100 + k * w
                marks.append(f"#place(dx: {x:.2f}%, dy: {100 - v / top * 100:.2f}%, "
                             f"rect(width: {w:.2f}%, height: {v / top * 100:.2f}%, fill: {col}))")
    labels = " ".join(f"[{esc(l)}]," for l in c["x_labels"])
    legend = ", ".join(esc(s["name"]) for s in c["series"])
    return (f"#figure(caption: [{esc(c['title'])} ({esc(c['unit'])}). {esc(c['source'])}], block(width: 100%)[\n"
            f"#block(width: 100%, height: 120pt, stroke: (left: 0.5pt, bottom: 0.5pt))[{' '.join(marks)}]\n"
            f"#grid(columns: (1fr,) * {n}, align: center, {labels})\n#text(size: 8pt)[{legend}]])\n")


def table(t):
    cols = ", ".join(f"{c['width']}fr" for c in t["columns"])
    align = ", ".join({"left": "left", "right": "right", "center": "center"}[c["align"]] for c in t["columns"])
    head = ", ".join(f"[*{esc(c['title'])}*]" for c in t["columns"])
    cells = ", ".join(f"[{inline(cell)}]".replace("\n", " \\ ") for row in t["rows"] for cell in row)
    return (f"#figure(caption: [{esc(t['caption'])}], kind: table, table(columns: ({cols}), align: ({align}),\n"
            f"table.header({head}), {cells}))\n")


def typst_source(md):
    out = ['#set page(paper: "a4", margin: (left: 76pt, right: 76pt, top: 78pt, bottom: 74pt),',
           '  header: text(size: 8pt)[Trygghet i Norrby 2025–2027],',
           '  footer: context align(right, text(size: 8pt)[Sida #counter(page).display() av #counter(page).final().first()]))',
           '#set text(font: "Noto Sans", size: 10.5pt, lang: "sv", hyphenate: true)',
           '#set par(justify: true)',
           '#set heading(numbering: none)',
           '#set document(title: "Trygghet i Norrby 2025–2027", author: "Norrby stadsdelsförvaltning")']
    lines = md.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            kind = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            data = json.loads("\n".join(body)) if body else {}
            if kind == "cover":
                rows = " ".join(f"[{esc(a)}], [{esc(b)}]," for a, b in data["lines"])
                out.append(f"#text(size: 11pt)[{esc(data['kicker'])}]\n\n#text(size: 28pt, weight: \"bold\")[{esc(data['title'])}]\n\n"
                           f"#text(size: 14pt)[{esc(data['subtitle'])}]\n\n#grid(columns: 2, gutter: 6pt, {rows})\n#pagebreak()")
            elif kind == "toc":
                out.append(f"#outline(title: [{esc(data['title'])}], depth: {data['max_level']})\n#pagebreak()")
            elif kind == "chart":
                out.append(chart(data))
            elif kind == "chart-pair":
                out.append("#grid(columns: 2, gutter: 12pt, [\n" + chart(data["left"]) + "], [\n" + chart(data["right"]) + "])")
            elif kind == "table":
                out.append(table(data))
            elif kind == "pagebreak":
                out.append("#pagebreak(weak: true)")
        elif m := re.match(r"(#{1,3}) (.*)", line):
            out.append("=" * len(m.group(1)) + " " + inline(m.group(2)))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip("|").split("|")]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            head = ", ".join(f"[*{inline(c)}*]" for c in rows[0])
            body = ", ".join(f"[{inline(c)}]" for r in rows[1:] for c in r)
            out.append(f"#table(columns: {len(rows[0])}, table.header({head}), {body})")
            continue
        elif line.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            out.append("#quote(block: true)[" + "\n".join(inline(q) for q in quote) + "]")
            continue
        elif m := re.match(r"(\s*)(\d+\.|-) (.*)", line):
            marker = "+" if m.group(2)[0].isdigit() else "-"
            out.append(m.group(1) + marker + " " + inline(m.group(3)))
        else:
            out.append(inline(line))
        i += 1
    return "\n".join(out) + "\n"


def timed(cmd):
    """Wall time and CPU time (user + system, all threads) of one whole process, in seconds."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed (status {status})")
    return wall, usage.ru_utime + usage.ru_stime


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ap.add_argument("--bin", action="append",
                    help="a safeplan binary (give it more than once to time builds side by side; "
                         "default: the one `make cli` builds, under $CARGO_TARGET_DIR/cli)")
    args = ap.parse_args()
    bins = args.bin or [os.path.join(target, "cli", "safeplan")]
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "template", "sv"))
        md = os.path.join(tmp, "template", "sv", "main.md")
        typ = os.path.join(tmp, "report.typ")
        db = os.path.join(tmp, "demo.db")
        subprocess.run([bins[0], "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
        open(md, "w", encoding="utf-8").write(document())
        open(typ, "w", encoding="utf-8").write(typst_source(document()))
        typst_pdf = os.path.join(tmp, "typst.pdf")
        compile_typst = [sys.executable, "-c",
                         "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], "
                         "font_paths=[sys.argv[3]], ignore_system_fonts=True)", typ, typst_pdf, FONTS]
        import_only = [sys.executable, "-c", "import typst"]
        runs = {}
        for n, b in enumerate(bins):
            out = os.path.join(tmp, f"ours{n}.pdf")
            label = f"ours: {os.path.basename(b)}" if len(bins) == 1 else f"ours #{n + 1}: {b}"
            runs[label] = ([b, "--db", db, "pdf", "norrby-2027", "--template-dir",
                            os.path.join(tmp, "template"), "--lang", "sv", "--date", "2026-11-22",
                            "--out", out], out)
        runs["typst (python, compile)"] = (compile_typst, typst_pdf)
        runs["python + import typst"] = (import_only, None)
        # One of each first: every output exists and is counted before anything is timed.
        for cmd, _ in runs.values():
            timed(cmd)
        pages = lambda f: subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout
        count = lambda f: re.search(r"Pages:\s+(\d+)", pages(f)).group(1)
        print("pages: " + ", ".join(f"{k} {count(f)}" for k, (_, f) in runs.items() if f))
        print(f"load average before: {load()}")
        times = {k: [] for k in runs}
        for _ in range(args.runs):
            for k, (cmd, _) in runs.items():
                times[k].append(timed(cmd))
        print(f"load average after:  {load()}")
        med = {k: (statistics.median(t[0] for t in v), statistics.median(t[1] for t in v))
               for k, v in times.items()}
        print(f"runs: {args.runs}, alternating; medians of whole processes (wall, CPU of all threads)")
        for k, (wall, cpu) in med.items():
            print(f"{k:34s} {wall * 1000:7.1f} ms   CPU {cpu * 1000:7.1f} ms")
        py_wall, py_cpu = med["python + import typst"]
        t_wall, t_cpu = med["typst (python, compile)"]
        t_wall, t_cpu = t_wall - py_wall, t_cpu - py_cpu
        print(f"{'typst net of python':34s} {t_wall * 1000:7.1f} ms   CPU {t_cpu * 1000:7.1f} ms")
        for k, (wall, cpu) in med.items():
            if k.startswith("ours"):
                print(f"typst / {k}: {t_wall / wall:5.2f}x wall, {t_cpu / cpu:5.2f}x CPU")


if __name__ == "__main__":
    main()
