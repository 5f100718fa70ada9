//! Where a word may be hyphenated: soft hyphens first, then a small exception list, then the
//! embedded TeX patterns of the document's language (fragments of at least three letters).

use std::collections::HashMap;
use std::sync::OnceLock;

use flate2::read::DeflateDecoder;
use hyphenation::{Hyphenator as _, Language, Load, Standard};

/// Words the Swedish patterns split at the wrong joint of a compound, written with their breaks.
const EXCEPTIONS: &[&str] = &[
    "för-äld-ra-stöd",
    "för-äld-rar",
    "för-äld-ra-skap",
    "stads-dels-nämnd",
    "stads-dels-för-valt-ning",
    "stads-dels-för-valt-ning-en",
    "vålds-be-ja-kan-de",
    "hand-lings-plan",
    "hand-lings-pla-nen",
    "brotts-före-byg-gan-de",
    "trygg-hets-un-der-sök-ning",
    "trygg-hets-un-der-sök-ning-en",
    "lä-ges-bild",
    "lä-ges-bil-den",
    "sam-ver-kan",
    "ung-doms-mot-tag-ning",
];

const MIN_WORD_CHARS: usize = 6;

fn language(tag: &str) -> Option<Language> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "sv" => Some(Language::Swedish),
        // Nynorsk too: hyph-utf8 builds its nb and nn patterns from the same Norwegian source, so
        // the two dictionaries differ only in their language tag; one is embedded (107 KB less).
        "nb" | "no" | "nn" => Some(Language::NorwegianBokmal),
        "da" => Some(Language::Danish),
        "fi" => Some(Language::Finnish),
        "is" => Some(Language::Icelandic),
        "en" => Some(Language::EnglishUS),
        _ => None,
    }
}

/// One dictionary as build.rs wrote it, by its hyphenation crate code.
macro_rules! deflated {
    ($code:literal) => {
        include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $code,
            ".standard.bincode.deflate"
        ))
    };
}

/// The TeX patterns of each language the engine hyphenates, as the hyphenation crate serialises
/// them (copied from it into dictionaries/, see the README there) and deflated by build.rs.
/// Only these are embedded: the crate's own `embed_all` carries about 80 languages (2.9 MB).
const DICTIONARIES: [(Language, &[u8]); 6] = [
    (Language::Swedish, deflated!("sv")),
    (Language::NorwegianBokmal, deflated!("nb")),
    (Language::Danish, deflated!("da")),
    (Language::Finnish, deflated!("fi")),
    (Language::Icelandic, deflated!("is")),
    (Language::EnglishUS, deflated!("en-us")),
];

/// Loaded once per process from the embedded bytes, so this reads no file. A language without a
/// dictionary, or one that does not load, is not hyphenated.
fn dictionary(lang: Language) -> Option<&'static Standard> {
    static DICTS: [OnceLock<Option<Standard>>; DICTIONARIES.len()] =
        [const { OnceLock::new() }; DICTIONARIES.len()];
    let slot = DICTIONARIES.iter().position(|(l, _)| *l == lang)?;
    DICTS[slot]
        .get_or_init(|| load(lang, DICTIONARIES[slot].1))
        .as_ref()
}

/// Inflates and reads one dictionary; the hyphenation crate checks that it is `lang`'s.
fn load(lang: Language, deflated: &[u8]) -> Option<Standard> {
    let mut d = Standard::from_reader(lang, &mut DeflateDecoder::new(deflated)).ok()?;
    d.minima = (3, 3);
    Some(d)
}

pub struct Hyphenator {
    dict: Option<&'static Standard>,
    exceptions: HashMap<String, Vec<usize>>,
    cache: std::cell::RefCell<HashMap<String, Vec<usize>>>,
}

impl Hyphenator {
    pub fn for_lang(tag: &str) -> Hyphenator {
        let lang = language(tag);
        let exceptions = if lang == Some(Language::Swedish) {
            EXCEPTIONS.iter().map(|w| exception_breaks(w)).collect()
        } else {
            HashMap::new()
        };
        Hyphenator {
            dict: lang.and_then(dictionary),
            exceptions,
            cache: Default::default(),
        }
    }

    /// A hyphenator that never hyphenates (table headers: "Utgångs-värde" reads as a mistake there).
    pub fn none() -> Hyphenator {
        Hyphenator {
            dict: None,
            exceptions: HashMap::new(),
            cache: Default::default(),
        }
    }

    /// Byte offsets in `word` (which has no soft hyphens) where a hyphen may be inserted.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        let letters = word.chars().count();
        if letters < MIN_WORD_CHARS || !word.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        // Acronyms and names in capitals stay whole.
        if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
            return Vec::new();
        }
        if let Some(hit) = self.cache.borrow().get(word) {
            return hit.clone();
        }
        let lower = word.to_lowercase();
        let found = if let Some(b) = self.exceptions.get(&lower) {
            // Lowercasing keeps byte offsets for the letters these words contain.
            if lower.len() == word.len() {
                b.clone()
            } else {
                Vec::new()
            }
        } else if let Some(dict) = self.dict {
            dict.hyphenate(word).breaks
        } else {
            Vec::new()
        };
        let found: Vec<usize> = found
            .into_iter()
            .filter(|&i| i > 0 && i < word.len() && word.is_char_boundary(i))
            .collect();
        self.cache
            .borrow_mut()
            .insert(word.to_string(), found.clone());
        found
    }
}

fn exception_breaks(marked: &str) -> (String, Vec<usize>) {
    let mut word = String::new();
    let mut breaks = Vec::new();
    for c in marked.chars() {
        if c == '-' {
            breaks.push(word.len());
        } else {
            word.push(c);
        }
    }
    (word, breaks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_compounds_use_the_exception_list() {
        let h = Hyphenator::for_lang("sv");
        let w = "föräldrastöd";
        let parts: Vec<&str> = split(w, &h.breaks(w));
        assert_eq!(parts, ["för", "äld", "ra", "stöd"]);
    }

    #[test]
    fn short_words_and_acronyms_stay_whole() {
        let h = Hyphenator::for_lang("sv");
        assert!(h.breaks("brott").is_empty());
        assert!(h.breaks("BRÅ-rapport").is_empty());
        assert!(!h.breaks("kommunstyrelsen").is_empty());
    }

    #[test]
    fn a_damaged_or_mismatched_dictionary_loads_as_none() {
        assert!(load(Language::Swedish, b"not a dictionary").is_none());
        let (_, danish) = DICTIONARIES
            .iter()
            .find(|(l, _)| *l == Language::Danish)
            .expect("Danish is embedded");
        assert!(load(Language::Swedish, danish).is_none());
        assert!(load(Language::Danish, danish).is_some());
    }

    fn split<'a>(w: &'a str, b: &[usize]) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut last = 0;
        for &i in b {
            out.push(&w[last..i]);
            last = i;
        }
        out.push(&w[last..]);
        out
    }
}

#[cfg(test)]
mod nordic_tests {
    use super::Hyphenator;

    #[test]
    fn every_nordic_language_and_english_has_a_dictionary() {
        for (lang, word) in [
            ("sv", "utvecklingsarbete"),
            ("nb", "kriminalitetsforebygging"),
            ("nn", "kriminalitetsførebygging"),
            ("da", "kriminalpræventive"),
            ("fi", "rikoksentorjunta"),
            ("is", "afbrotavarnir"),
            ("en", "international"),
        ] {
            assert!(
                !Hyphenator::for_lang(lang).breaks(word).is_empty(),
                "{lang}: {word}"
            );
        }
        assert!(Hyphenator::for_lang("de")
            .breaks("international")
            .is_empty());
    }
}
