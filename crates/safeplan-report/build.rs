//! Deflates the data the engine embeds (the four Noto Sans faces and the hyphenation
//! dictionaries) into OUT_DIR, so the binaries carry about half the bytes. The engine inflates
//! each blob once, on first use; the inflated bytes are the files themselves, so the PDFs
//! do not change.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::DeflateEncoder;
use flate2::Compression;

const FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
];

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let fonts = manifest.join("../../templates/fonts");
    for name in FONTS {
        deflate(&fonts.join(name), &out.join(format!("{name}.deflate")));
    }
    // Every dictionary in the folder: engine/text/hyphenate.rs names the languages it embeds, and a
    // language there without its file here fails the build at its `include_bytes!`.
    let dictionaries = manifest.join("dictionaries");
    println!("cargo:rerun-if-changed={}", dictionaries.display());
    let entries = fs::read_dir(&dictionaries)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dictionaries.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dictionaries.display()))
            .path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".standard.bincode") {
            deflate(&path, &out.join(format!("{name}.deflate")));
        }
    }
}

fn deflate(source: &Path, target: &Path) {
    println!("cargo:rerun-if-changed={}", source.display());
    let bytes =
        fs::read(source).unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
    let deflated = encoder
        .write_all(&bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_else(|e| panic!("cannot deflate {}: {e}", source.display()));
    fs::write(target, deflated)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}
