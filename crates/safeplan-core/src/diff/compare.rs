//! Compares two states of one plan part by part. Each item is matched by its id and compared as
//! its JSON form, so a field added to the model is compared without a line here; lists inside an
//! item are matched by their elements' own keys (an observation's period, a partner's id), so a
//! removed observation reads as removed rather than as every later one shifting up.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use safeplan_model::{ItemKind, ItemRef, PlanDocument, Section};

use super::words::{elements, short, text};
use super::{ChangeKind, Delta, FieldChange, ItemChange};

/// The fields that name a list element, tried in this order: the first that every element on
/// both sides has, once each, matches them.
const ELEMENT_KEYS: [&str; 6] = ["id", "period", "partner_id", "indicator_id", "term", "name"];

/// The plan's own fields that are not content: who it is, where it is in the workflow (the diff's
/// ends say that) and the write counter.
const NOT_CONTENT: [&str; 6] = [
    "id",
    "status",
    "revision",
    "unit_id",
    "lagesbild",
    "follow_up",
];

/// The registry partners' key: not an item kind, the city's registry keeps them.
const PARTNERS: &str = "partners";

/// One comparable part of a plan: an item of a list, or one of the plan's own parts.
struct Part {
    /// Which list (or own part) and which id: what matches a part across the two states.
    key: (&'static str, Option<String>),
    place: ItemRef,
    kind: Option<ItemKind>,
    name: String,
    /// A comment's fields are shown at its anchor, not at a field of their own.
    at_anchor: bool,
    value: Value,
}

/// Every change from `from` to `to`, grouped by section in the order of the guided steps; within
/// a section, in the newer plan's order, with removed items last.
pub fn compare(from: &PlanDocument, to: &PlanDocument) -> Vec<ItemChange> {
    let names = id_names([from, to]);
    let before = parts(from);
    let after = parts(to);
    let index: HashMap<_, &Part> = before.iter().map(|p| (&p.key, p)).collect();
    let mut out = Vec::new();
    for part in &after {
        match index.get(&part.key) {
            Some(old) => {
                let mut walk = Walk {
                    part,
                    names: &names,
                    out: Vec::new(),
                };
                walk.value("", None, &old.value, &part.value);
                if !walk.out.is_empty() {
                    out.push(change(part, ChangeKind::Changed, walk.out));
                }
            }
            None if part.follows_measures() => {}
            None => out.push(change(part, ChangeKind::Added, Vec::new())),
        }
    }
    let kept: HashSet<_> = after.iter().map(|p| &p.key).collect();
    for part in before
        .iter()
        .filter(|p| !kept.contains(&p.key) && !p.follows_measures())
    {
        out.push(change(part, ChangeKind::Removed, Vec::new()));
    }
    out.sort_by_key(|c| Section::ALL.iter().position(|s| *s == c.place.section));
    out
}

impl Part {
    /// A registry partner is in a plan while one of its measures names it: its coming and going
    /// is that measure's change, already reported, so only an edit to the entry itself is listed.
    fn follows_measures(&self) -> bool {
        self.key.0 == PARTNERS
    }
}

fn change(part: &Part, change: ChangeKind, fields: Vec<FieldChange>) -> ItemChange {
    ItemChange {
        place: part.place.clone(),
        kind: part.kind,
        id: part.key.1.clone(),
        change,
        name: part.name.clone(),
        fields,
    }
}

fn json<T: Serialize>(value: &T) -> Value {
    // The model's types are plain data with string keys: serialising them cannot fail.
    serde_json::to_value(value).unwrap_or_default()
}

fn parts(doc: &PlanDocument) -> Vec<Part> {
    let mut header = json(&doc.plan);
    if let Value::Object(fields) = &mut header {
        for key in NOT_CONTENT {
            fields.remove(key);
        }
        let mut unit = doc.unit.as_ref().map(json).unwrap_or_default();
        if let Value::Object(u) = &mut unit {
            u.remove("id");
        }
        fields.insert("unit".into(), unit);
    }
    let mut out = vec![
        own("plan", Section::Plan, header),
        own("lagesbild", Section::Lagesbild, json(&doc.plan.lagesbild)),
        own("follow_up", Section::FollowUp, json(&doc.plan.follow_up)),
    ];
    for &kind in ItemKind::ALL {
        let section = kind.section().unwrap_or(Section::Plan);
        let mut push = |id: &str, name: &str, value: Value| {
            out.push(item(kind.list(), Some(kind), section, id, name, value))
        };
        match kind {
            ItemKind::Challenge => doc
                .challenges
                .iter()
                .for_each(|c| push(&c.id, &c.title, json(c))),
            ItemKind::Indicator => doc
                .indicators
                .iter()
                .for_each(|i| push(&i.id, &i.name, json(i))),
            ItemKind::Measure => doc
                .measures
                .iter()
                .for_each(|m| push(&m.id, &m.title, json(m))),
            ItemKind::Responsibility => doc
                .responsibilities
                .iter()
                .for_each(|r| push(&r.id, &r.situation, json(r))),
            ItemKind::Comment => {
                for c in &doc.comments {
                    let name = short(&c.text);
                    let mut part = item("comments", Some(kind), section, &c.id, &name, json(c));
                    part.place = c.anchor.clone();
                    part.at_anchor = true;
                    out.push(part);
                }
            }
        }
    }
    for p in &doc.partners {
        out.push(item(
            PARTNERS,
            None,
            Section::Partners,
            &p.id,
            &p.name,
            json(p),
        ));
    }
    out
}

fn own(key: &'static str, section: Section, value: Value) -> Part {
    Part {
        key: (key, None),
        place: ItemRef::section(section),
        kind: None,
        name: String::new(),
        at_anchor: false,
        value,
    }
}

fn item(
    list: &'static str,
    kind: Option<ItemKind>,
    section: Section,
    id: &str,
    name: &str,
    value: Value,
) -> Part {
    Part {
        key: (list, Some(id.to_string())),
        place: ItemRef::item(section, id),
        kind,
        name: name.to_string(),
        at_anchor: false,
        value,
    }
}

/// What each id in either state is called, so a list of ids or a partner's part in a measure
/// reads "Polisen" rather than an id.
fn id_names(docs: [&PlanDocument; 2]) -> HashMap<&str, &str> {
    let mut names = HashMap::new();
    for doc in docs {
        names.extend(
            doc.challenges
                .iter()
                .map(|c| (c.id.as_str(), c.title.as_str())),
        );
        names.extend(
            doc.indicators
                .iter()
                .map(|i| (i.id.as_str(), i.name.as_str())),
        );
        names.extend(
            doc.measures
                .iter()
                .map(|m| (m.id.as_str(), m.title.as_str())),
        );
        names.extend(
            doc.partners
                .iter()
                .map(|p| (p.id.as_str(), p.name.as_str())),
        );
    }
    names
}

/// The walk over one part's two JSON forms, collecting the fields that differ.
struct Walk<'a> {
    part: &'a Part,
    names: &'a HashMap<&'a str, &'a str>,
    out: Vec<FieldChange>,
}

impl Walk<'_> {
    fn value(&mut self, path: &str, element: Option<&str>, before: &Value, after: &Value) {
        if before == after {
            return;
        }
        match (before, after) {
            (Value::Object(b), Value::Object(a)) => {
                let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
                keys.sort();
                keys.dedup();
                for key in keys {
                    let path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    let (b, a) = (&b.get(key), &a.get(key));
                    let (b, a) = (b.unwrap_or(&Value::Null), a.unwrap_or(&Value::Null));
                    self.value(&path, element, b, a);
                }
            }
            (Value::Array(b), Value::Array(a)) => self.list(path, element, b, a),
            (Value::String(b), Value::String(a)) => {
                self.push(path, ChangeKind::Changed, element, text(b, a));
            }
            _ => {
                let delta = Delta::Value {
                    before: self.summary(before),
                    after: self.summary(after),
                };
                self.push(path, ChangeKind::Changed, element, delta);
            }
        }
    }

    fn list(&mut self, path: &str, element: Option<&str>, before: &[Value], after: &[Value]) {
        if let Some(key) = shared_key(before, after) {
            let old: HashMap<String, &Value> = before.iter().map(|v| (key_of(v, key), v)).collect();
            let new: HashSet<String> = after.iter().map(|v| key_of(v, key)).collect();
            for (j, v) in after.iter().enumerate() {
                let k = self.display(&key_of(v, key));
                let at = format!("{path}[{j}]");
                match old.get(&key_of(v, key)) {
                    Some(b) => self.value(&at, Some(&k), b, v),
                    None => self.whole(&at, ChangeKind::Added, &k, v),
                }
            }
            for (i, v) in before.iter().enumerate() {
                if !new.contains(&key_of(v, key)) {
                    let k = self.display(&key_of(v, key));
                    self.whole(&format!("{path}[{i}]"), ChangeKind::Removed, &k, v);
                }
            }
        } else if before.iter().chain(after).all(is_scalar) {
            let (b, a) = (self.texts(before), self.texts(after));
            let (mut sorted_b, mut sorted_a) = (b.clone(), a.clone());
            sorted_b.sort();
            sorted_a.sort();
            // The same values in another order: reordering is not a change.
            if sorted_b != sorted_a {
                self.push(path, ChangeKind::Changed, element, elements(&b, &a));
            }
        } else {
            for i in 0..before.len().max(after.len()) {
                let at = format!("{path}[{i}]");
                match (before.get(i), after.get(i)) {
                    (Some(b), Some(a)) => self.value(&at, element, b, a),
                    (None, Some(a)) => self.whole(&at, ChangeKind::Added, &i.to_string(), a),
                    (Some(b), None) => self.whole(&at, ChangeKind::Removed, &i.to_string(), b),
                    (None, None) => {}
                }
            }
        }
    }

    /// A list element that is on one side only.
    fn whole(&mut self, path: &str, change: ChangeKind, element: &str, value: &Value) {
        let text = self.summary(value);
        let delta = match change {
            ChangeKind::Removed => Delta::Value {
                before: text,
                after: None,
            },
            _ => Delta::Value {
                before: None,
                after: text,
            },
        };
        self.push(path, change, Some(element), delta);
    }

    fn push(&mut self, path: &str, change: ChangeKind, element: Option<&str>, delta: Delta) {
        let mut place = self.part.place.clone();
        if !self.part.at_anchor {
            place.field = Some(path.to_string());
        }
        self.out.push(FieldChange {
            field: path.to_string(),
            place,
            change,
            element: element.map(str::to_string),
            delta,
        });
    }

    /// A value as one line of text: an id as what it names, an element as its fields.
    fn summary(&self, value: &Value) -> Option<String> {
        let text = match value {
            Value::Null => return None,
            Value::String(s) => self.display(s),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Array(items) => self.texts(items).join(", "),
            Value::Object(fields) => fields
                .iter()
                .filter_map(|(k, v)| self.summary(v).map(|s| format!("{k}: {s}")))
                .collect::<Vec<_>>()
                .join(", "),
        };
        (!text.is_empty()).then_some(text)
    }

    fn texts(&self, values: &[Value]) -> Vec<String> {
        values
            .iter()
            .map(|v| self.summary(v).unwrap_or_default())
            .collect()
    }

    fn display(&self, s: &str) -> String {
        self.names
            .get(s)
            .filter(|name| !name.trim().is_empty())
            .map_or_else(|| s.to_string(), |name| name.to_string())
    }
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn key_of(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The first of [`ELEMENT_KEYS`] that every element on both sides has (a string or a number),
/// with no two elements on one side sharing a value.
fn shared_key(before: &[Value], after: &[Value]) -> Option<&'static str> {
    ELEMENT_KEYS.into_iter().find(|key| {
        [before, after].iter().all(|side| {
            let mut seen = HashSet::new();
            side.iter().all(|v| {
                matches!(v.get(*key), Some(Value::String(_) | Value::Number(_)))
                    && seen.insert(key_of(v, key))
            })
        })
    })
}
