//! Which pairs of TF-IDF vectors can reach a similarity threshold, found without comparing every
//! pair: an inverted index over the rarer terms, since two texts that share none of them can only
//! be alike through the common terms, and the common terms' share of each unit vector bounds that
//! (Cauchy–Schwarz: the dot product over the common terms is at most the product of the two
//! vectors' norms over them). Pairs whose bound reaches the threshold are kept too, so nothing that
//! could pass is left out and the look-alike groups are the same as comparing every pair.
//!
//! Words that nearly every measure uses ("och", "unga") carry little weight after IDF, so the bound
//! rules out almost every pair that shares only them, and the work grows with the pairs that share
//! a rare word rather than with the square of the measures.

/// A term is common when more than this share of the texts use it.
const COMMON_SHARE: f64 = 0.05;
/// …and at least this many: in a small city every term is "rare" and the index is exact anyway.
const COMMON_MIN: usize = 8;

/// Every pair `(a, b)` with `a < b` whose cosine may reach `threshold`, in ascending order: a
/// superset of the pairs that do. `vectors` are unit-length TF-IDF vectors sorted by term id.
pub(super) fn candidate_pairs(vectors: &[Vec<(u32, f64)>], threshold: f64) -> Vec<(usize, usize)> {
    let terms = vectors
        .iter()
        .flat_map(|v| v.iter().map(|(t, _)| *t as usize + 1))
        .max()
        .unwrap_or(0);
    let mut df = vec![0usize; terms];
    for v in vectors {
        for (t, _) in v {
            df[*t as usize] += 1;
        }
    }
    let limit = ((vectors.len() as f64 * COMMON_SHARE).ceil() as usize).max(COMMON_MIN);
    let common = |t: u32| df[t as usize] > limit;
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    for (i, v) in vectors.iter().enumerate() {
        for (t, _) in v.iter().filter(|(t, _)| !common(*t)) {
            postings[*t as usize].push(i);
        }
    }
    // Each vector's norm over the common terms: the most it can share through them alone.
    let reach: Vec<f64> = vectors
        .iter()
        .map(|v| {
            v.iter()
                .filter(|(t, _)| common(*t))
                .map(|(_, w)| w * w)
                .sum::<f64>()
                .sqrt()
        })
        .collect();
    let mut by_reach: Vec<usize> = (0..vectors.len()).collect();
    by_reach.sort_by(|a, b| reach[*b].total_cmp(&reach[*a]).then(a.cmp(b)));

    let mut pairs = Vec::new();
    let mut seen = vec![usize::MAX; vectors.len()];
    let mut found: Vec<usize> = Vec::new();
    for (a, v) in vectors.iter().enumerate() {
        found.clear();
        let mut take = |b: usize, found: &mut Vec<usize>| {
            if b > a && seen[b] != a {
                seen[b] = a;
                found.push(b);
            }
        };
        for (t, _) in v.iter().filter(|(t, _)| !common(*t)) {
            for &b in &postings[*t as usize] {
                take(b, &mut found);
            }
        }
        if reach[a] > 0.0 {
            // Small margin: the bound must never round below a pair that reaches the threshold.
            for &b in by_reach
                .iter()
                .take_while(|&&b| reach[a] * reach[b] >= threshold - 1e-9)
            {
                take(b, &mut found);
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
        // Twelve texts, so "och" and "unga" (in every one) are common terms.
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
        // The two texts of common words only are alike through them: found by the bound.
        assert!(candidate_pairs(&vectors, 0.41).contains(&(12, 13)));
    }

    #[test]
    fn texts_sharing_nothing_are_never_compared() {
        let texts: Vec<String> = (0..40).map(|i| format!("ord{i} annat{i}")).collect();
        assert!(candidate_pairs(&tfidf(&texts), 0.41).is_empty());
    }
}
