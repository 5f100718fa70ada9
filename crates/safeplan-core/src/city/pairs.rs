//! Which pairs of TF-IDF vectors can reach a similarity threshold, found without comparing every
//! pair: prefix filtering over an inverted index. Each vector's terms are put in one global order,
//! the most common first; its *prefix* is the longest run of them whose reach (below) stays under
//! the threshold, and only the rest (its rarer terms) is indexed. Two vectors that share no indexed
//! term of both can only share terms inside the longer of their two prefixes, so their dot product
//! is at most what that prefix can reach: its norm (Cauchy–Schwarz), and no more than each of its
//! weights times the largest weight any vector has for that term (All-Pairs, Bayardo et al. 2007):
//! under the threshold. Every pair that can reach
//! it shares an indexed term, so the look-alike groups are exactly those of comparing every pair.
//!
//! Words that nearly every measure uses ("och", "unga") weigh little after IDF and fall into the
//! prefixes, so the work grows with the pairs that share a rarer word rather than with the square
//! of the measures.

/// Every pair `(a, b)` with `a < b` whose cosine may reach `threshold`, in ascending order: a
/// superset of the pairs that do. `vectors` are unit-length TF-IDF vectors sorted by term id.
pub(super) fn candidate_pairs(vectors: &[Vec<(u32, f64)>], threshold: f64) -> Vec<(usize, usize)> {
    let terms = vectors
        .iter()
        .flat_map(|v| v.iter().map(|(t, _)| *t as usize + 1))
        .max()
        .unwrap_or(0);
    let mut df = vec![0usize; terms];
    // Each term's largest weight in any vector: what another vector can give it at most.
    let mut most = vec![0.0f64; terms];
    for v in vectors {
        for (t, w) in v {
            df[*t as usize] += 1;
            most[*t as usize] = most[*t as usize].max(*w);
        }
    }
    // The global order: the most common term first; ties by id, so the order is total.
    let rank = |t: u32| (std::cmp::Reverse(df[t as usize]), t);
    // A little under the threshold, so rounding can never hide a pair that reaches it.
    let limit = (threshold - 1e-9).max(0.0);
    let indexed: Vec<Vec<u32>> = vectors
        .iter()
        .map(|v| {
            let mut ordered: Vec<(u32, f64)> = v.clone();
            ordered.sort_by_key(|(t, _)| rank(*t));
            // What the prefix can add to a dot product at most: its norm (Cauchy–Schwarz), or
            // each weight times the most any vector has of that term, whichever is less.
            let (mut mass, mut reach, mut prefix) = (0.0, 0.0, 0);
            for (t, w) in &ordered {
                let (m, r) = (mass + w * w, reach + w * most[*t as usize]);
                if f64::sqrt(m).min(r) >= limit {
                    break;
                }
                (mass, reach, prefix) = (m, r, prefix + 1);
            }
            ordered[prefix..].iter().map(|(t, _)| *t).collect()
        })
        .collect();
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    for (i, ts) in indexed.iter().enumerate() {
        for t in ts {
            postings[*t as usize].push(i);
        }
    }
    let mut pairs = Vec::new();
    let mut seen = vec![usize::MAX; vectors.len()];
    let mut found: Vec<usize> = Vec::new();
    for (a, ts) in indexed.iter().enumerate() {
        found.clear();
        for t in ts {
            for &b in &postings[*t as usize] {
                if b > a && seen[b] != a {
                    seen[b] = a;
                    found.push(b);
                }
            }
        }
        found.sort_unstable();
        pairs.extend(found.iter().map(|&b| (a, b)));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::super::lookalike::{cosine, tfidf};
    use super::*;

    #[test]
    fn every_pair_that_reaches_the_threshold_is_a_candidate() {
        // "och" and "unga" are in every text: the most common terms, first in every prefix.
        let mut texts: Vec<String> = (0..10)
            .map(|i| format!("unga och samverkan metod{i} metod{i} plats{i}"))
            .collect();
        texts.push("unga och samverkan sluta skjut".into());
        texts.push("unga och samverkan sluta skjut gruppvåld".into());
        texts.push("unga och".into());
        texts.push("och unga".into());
        let vectors = tfidf(&texts);
        for threshold in [0.1, 0.41, 0.8] {
            let candidates = candidate_pairs(&vectors, threshold);
            for a in 0..texts.len() {
                for b in a + 1..texts.len() {
                    if cosine(&vectors[a], &vectors[b]) >= threshold {
                        assert!(candidates.contains(&(a, b)), "{threshold}: {a} {b} missing");
                    }
                }
            }
            assert!(candidates.windows(2).all(|w| w[0] < w[1]), "ascending");
        }
        // The two texts of common words only are alike through them: their prefixes stop short.
        assert!(candidate_pairs(&vectors, 0.41).contains(&(12, 13)));
    }

    #[test]
    fn texts_sharing_nothing_are_never_compared() {
        let texts: Vec<String> = (0..40).map(|i| format!("ord{i} annat{i}")).collect();
        assert!(candidate_pairs(&tfidf(&texts), 0.41).is_empty());
    }
}

#[cfg(test)]
mod on_the_generated_city {
    use super::super::lookalike::{cosine, measure_text, tfidf};

    /// On Storholm, where every unit copies catalogue methods, the pairs that reach the threshold
    /// grow with the square of the units themselves; the index must keep the compared pairs to a
    /// few times those, far under every pair. `--nocapture` prints the counts (docs/performance.md).
    #[test]
    fn the_index_compares_a_few_times_the_pairs_that_are_alike() {
        for units in [18, 100] {
            let city = crate::demo::storholm(units);
            let texts: Vec<String> = city
                .plans
                .iter()
                .flat_map(|p| p.document.measures.iter().map(measure_text))
                .collect();
            let vectors = tfidf(&texts);
            let n = vectors.len();
            let candidates = super::candidate_pairs(&vectors, super::super::LOOKALIKE_THRESHOLD);
            let alike = candidates
                .iter()
                .filter(|(a, b)| {
                    cosine(&vectors[*a], &vectors[*b]) >= super::super::LOOKALIKE_THRESHOLD
                })
                .count();
            let every = n * (n - 1) / 2;
            eprintln!(
                "{units} units: {n} measures, {every} pairs, {} compared, {alike} alike",
                candidates.len()
            );
            assert!(
                candidates.len() * 4 < every,
                "{units}: {} of {every}",
                candidates.len()
            );
            assert!(
                candidates.len() < 10 * alike,
                "{units}: {} for {alike}",
                candidates.len()
            );
        }
    }
}
