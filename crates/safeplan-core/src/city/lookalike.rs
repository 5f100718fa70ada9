//! Measures that look alike across units: the same method under different names ("Sluta skjut",
//! "GVI – Sluta skjut"). Each measure's title (counted twice, since a title is chosen with care)
//! and description become a TF-IDF vector over normalised words; two measures of different plans
//! whose cosine similarity reaches [`LOOKALIKE_THRESHOLD`] are linked, and linked measures form a
//! group. IDF is what makes this trustworthy: words every plan uses ("unga", "samverkan") weigh
//! little, the words that name a method weigh much.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CityPlan, MeasureRef};

/// Measures this similar (cosine, 0–1) are the same method. Chosen on the generated city, where
/// the same catalogue method under another title and description ending is known to be alike and
/// different methods are known to differ: there the most alike different methods (support for
/// families worried about radicalisation, and exit support) reach 0.36, and the least alike pair
/// of one method is at 0.46. The threshold is half-way, and a test keeps it between the two.
pub const LOOKALIKE_THRESHOLD: f64 = 0.41;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LookalikeGroup {
    /// The weakest link that holds the group together (cosine similarity, 0–1).
    pub similarity: f64,
    /// In plan and measure order.
    pub measures: Vec<MeasureRef>,
}

/// Lower-case words of letters and digits; Swedish letters are letters.
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
}

/// Unit-length TF-IDF vectors, one per text, as (word id, weight) sorted by word id.
pub(crate) fn tfidf(texts: &[String]) -> Vec<Vec<(u32, f64)>> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let counted: Vec<HashMap<u32, f64>> = texts
        .iter()
        .map(|t| {
            let mut tf = HashMap::new();
            for w in words(t) {
                let next = vocabulary.len() as u32;
                let id = *vocabulary.entry(w).or_insert(next);
                *tf.entry(id).or_insert(0.0) += 1.0;
            }
            tf
        })
        .collect();
    let mut df = vec![0u32; vocabulary.len()];
    for tf in &counted {
        for id in tf.keys() {
            df[*id as usize] += 1;
        }
    }
    let n = texts.len() as f64;
    counted
        .into_iter()
        .map(|tf| {
            let mut v: Vec<(u32, f64)> = tf
                .into_iter()
                .map(|(id, count)| {
                    let idf = ((1.0 + n) / (1.0 + f64::from(df[id as usize]))).ln() + 1.0;
                    (id, count * idf)
                })
                .collect();
            // Sorted before the norm is summed, so the sum (and every weight) is the same on
            // every run, whatever order the hash map gave.
            v.sort_by_key(|(id, _)| *id);
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}

pub(crate) fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The text a measure is compared by.
pub(crate) fn measure_text(m: &safeplan_model::Measure) -> String {
    format!("{} {} {}", m.title, m.title, m.description)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

pub(super) fn groups(plans: &[&CityPlan], threshold: f64) -> Vec<LookalikeGroup> {
    let items: Vec<(usize, &safeplan_model::Measure)> = plans
        .iter()
        .enumerate()
        .flat_map(|(n, p)| p.doc.measures.iter().map(move |m| (n, m)))
        .collect();
    let texts: Vec<String> = items.iter().map(|(_, m)| measure_text(m)).collect();
    let vectors = tfidf(&texts);
    let mut parent: Vec<usize> = (0..items.len()).collect();
    let mut weakest: HashMap<usize, f64> = HashMap::new();
    let mut links = Vec::new();
    // Only pairs that can reach the threshold are compared (pairs.rs), in the order every pair
    // would be, so the links and the groups are those of comparing every pair.
    for (a, b) in super::pairs::candidate_pairs(&vectors, threshold) {
        if items[a].0 == items[b].0 {
            continue;
        }
        let s = cosine(&vectors[a], &vectors[b]);
        if s >= threshold {
            links.push((a, b, s));
        }
    }
    // Strongest links first, so a group's weakest link is the one that joined its last member.
    links.sort_by(|x, y| y.2.total_cmp(&x.2));
    for (a, b, s) in links {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            let w = [weakest.get(&ra), weakest.get(&rb), Some(&s)]
                .into_iter()
                .flatten()
                .fold(f64::INFINITY, |m, x| m.min(*x));
            parent[rb] = ra;
            weakest.insert(ra, w);
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..items.len() {
        let root = find(&mut parent, i);
        members.entry(root).or_default().push(i);
    }
    let mut out: Vec<LookalikeGroup> = members
        .into_iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(root, m)| LookalikeGroup {
            similarity: (weakest.get(&root).copied().unwrap_or(1.0) * 1000.0).round() / 1000.0,
            measures: m
                .iter()
                .map(|&i| plans[items[i].0].measure_ref(items[i].1))
                .collect(),
        })
        .collect();
    out.sort_by(|a, b| {
        b.measures
            .len()
            .cmp(&a.measures.len())
            .then(a.measures[0].title.cmp(&b.measures[0].title))
            .then(a.measures[0].plan_id.cmp(&b.measures[0].plan_id))
    });
    out
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::demo::{method_key, storholm};

    fn city() -> Vec<CityPlan> {
        storholm(18)
            .plans
            .into_iter()
            .map(|p| CityPlan {
                doc: p.document,
                unit_name: None,
            })
            .collect()
    }

    /// On the generated city the same catalogue method under another title and description
    /// ending is known to be alike, and different methods are known to differ: the threshold
    /// must lie between the least alike pair of the first kind and the most alike of the second.
    #[test]
    fn the_threshold_separates_known_lookalikes_from_known_different_measures() {
        let plans = city();
        let items: Vec<(usize, &safeplan_model::Measure, &str)> = plans
            .iter()
            .enumerate()
            .flat_map(|(n, p)| p.doc.measures.iter().map(move |m| (n, m)))
            .map(|(n, m)| {
                (
                    n,
                    m,
                    method_key(&m.description).expect("a catalogue method"),
                )
            })
            .collect();
        let texts: Vec<String> = items.iter().map(|(_, m, _)| measure_text(m)).collect();
        let vectors = tfidf(&texts);
        let (mut least_alike, mut most_alike_different) = (f64::INFINITY, 0.0f64);
        let mut worst = ("", "");
        for a in 0..items.len() {
            for b in a + 1..items.len() {
                if items[a].0 == items[b].0 {
                    continue;
                }
                let s = cosine(&vectors[a], &vectors[b]);
                if items[a].2 == items[b].2 {
                    least_alike = least_alike.min(s);
                } else if s > most_alike_different {
                    most_alike_different = s;
                    worst = (items[a].1.title.as_str(), items[b].1.title.as_str());
                }
            }
        }
        assert!(
            most_alike_different < LOOKALIKE_THRESHOLD,
            "different methods reach {most_alike_different:.3}: {worst:?}"
        );
        assert!(
            least_alike >= LOOKALIKE_THRESHOLD,
            "the same method falls to {least_alike:.3}"
        );
    }

    /// The groups as comparing every pair finds them: what the inverted index must not change.
    fn groups_comparing_every_pair(plans: &[&CityPlan]) -> Vec<Vec<(String, String)>> {
        let items: Vec<(usize, &safeplan_model::Measure)> = plans
            .iter()
            .enumerate()
            .flat_map(|(n, p)| p.doc.measures.iter().map(move |m| (n, m)))
            .collect();
        let texts: Vec<String> = items.iter().map(|(_, m)| measure_text(m)).collect();
        let vectors = tfidf(&texts);
        let mut parent: Vec<usize> = (0..items.len()).collect();
        for a in 0..items.len() {
            for b in a + 1..items.len() {
                if items[a].0 != items[b].0
                    && cosine(&vectors[a], &vectors[b]) >= LOOKALIKE_THRESHOLD
                {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[rb] = ra;
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<(String, String)>> = BTreeMap::new();
        for (i, (n, m)) in items.iter().enumerate() {
            let root = find(&mut parent, i);
            groups
                .entry(root)
                .or_default()
                .push((plans[*n].doc.plan.id.clone(), m.id.clone()));
        }
        let mut out: Vec<_> = groups.into_values().filter(|g| g.len() > 1).collect();
        out.sort();
        out
    }

    #[test]
    fn the_index_finds_the_groups_that_comparing_every_pair_finds() {
        let plans = city();
        let refs: Vec<&CityPlan> = plans.iter().collect();
        let mut found: Vec<Vec<(String, String)>> = groups(&refs, LOOKALIKE_THRESHOLD)
            .into_iter()
            .map(|g| {
                g.measures
                    .into_iter()
                    .map(|m| (m.plan_id, m.measure_id))
                    .collect()
            })
            .collect();
        found.sort();
        assert!(found.len() > 5, "{}", found.len());
        assert_eq!(found, groups_comparing_every_pair(&refs));
    }

    #[test]
    fn each_group_is_one_method_and_every_shared_method_has_a_group() {
        let plans = city();
        let refs: Vec<&CityPlan> = plans.iter().collect();
        let found = groups(&refs, LOOKALIKE_THRESHOLD);
        let mut grouped = BTreeSet::new();
        for g in &found {
            let keys: BTreeSet<&str> = g
                .measures
                .iter()
                .map(|r| {
                    let p = plans.iter().find(|p| p.doc.plan.id == r.plan_id).unwrap();
                    method_key(&p.doc.measure(&r.measure_id).unwrap().description).unwrap()
                })
                .collect();
            assert_eq!(keys.len(), 1, "a group mixes methods: {keys:?}");
            grouped.extend(keys);
        }
        let shared: BTreeSet<&str> = plans
            .iter()
            .flat_map(|p| {
                p.doc
                    .measures
                    .iter()
                    .map(|m| method_key(&m.description).unwrap())
            })
            .filter(|key| {
                plans
                    .iter()
                    .filter(|p| {
                        p.doc
                            .measures
                            .iter()
                            .any(|m| method_key(&m.description) == Some(key))
                    })
                    .count()
                    > 1
            })
            .collect();
        assert_eq!(grouped, shared);
        let sluta_skjut = found
            .iter()
            .find(|g| {
                g.measures
                    .iter()
                    .any(|m| m.title.starts_with("Sluta skjut"))
            })
            .expect("a Sluta skjut group");
        let titles: BTreeSet<&str> = sluta_skjut
            .measures
            .iter()
            .map(|m| m.title.as_str())
            .collect();
        assert!(titles.len() >= 2, "{titles:?}");
    }
}
