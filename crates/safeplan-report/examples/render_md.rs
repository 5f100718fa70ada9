//! Renders a Markdown file (the engine's input: Markdown with fenced cover, toc, chart, table
//! blocks) to a PDF in one process, for timing the engine cold against other typesetters on the
//! same text (scripts/typst-compare.py). `cargo run --profile bench -p safeplan-report --example
//! render_md -- in.md out.pdf`.

use std::collections::BTreeMap;

use safeplan_report::engine::{builtin_fonts, render, Assets};

#[path = "../benches/sample/mod.rs"]
mod sample;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: render_md IN.md OUT.pdf");
        std::process::exit(2);
    };
    let md = std::fs::read_to_string(input).unwrap_or_else(|e| {
        eprintln!("cannot read {input}: {e}");
        std::process::exit(1);
    });
    let setup = sample::setup(None);
    let assets = Assets {
        fonts: builtin_fonts(),
        images: BTreeMap::new(),
    };
    match render(&md, &setup, &assets, &mut |_| {}) {
        Ok(r) => {
            if let Err(e) = std::fs::write(output, &r.pdf) {
                eprintln!("cannot write {output}: {e}");
                std::process::exit(1);
            }
            println!("{} pages", r.pages);
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
