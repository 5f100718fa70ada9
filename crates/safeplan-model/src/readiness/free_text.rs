//! Every free-text field of a plan, with where it lives and how to name it in a message. R9 scans
//! them for identity numbers; the list is public so other checks (export, sharing) scan the same.

use super::Name;
use crate::document::PlanDocument;
use crate::enums::Section;
use crate::identity_number::mask_identity_numbers;
use crate::review::{Comment, ItemRef};

/// One free-text field: where it is, how a message names it, and its text.
#[derive(Debug, Clone)]
pub struct FreeText<'a> {
    /// Section, item id and field. `field` is the JSON-style path within the item
    /// (`description`, `observations[3].note`, `steps[0]`, `team[1].name`). A comment's text
    /// points at the comment's own anchor, where the app shows it.
    pub item: ItemRef,
    /// The item in a Swedish sentence: "åtgärden ”Sluta skjut”", "lägesbilden".
    pub item_sv: String,
    pub item_en: String,
    /// The field: "beskrivning", "description".
    pub field_sv: String,
    pub field_en: String,
    pub text: &'a str,
    /// The comment the text is part of; none for the plan's own text.
    pub comment: Option<&'a Comment>,
}

/// Who a field belongs to, while the list is being built.
struct Owner {
    item: ItemRef,
    sv: String,
    en: String,
}

impl Owner {
    fn new(section: Section, id: Option<&str>, sv: String, en: String) -> Owner {
        Owner {
            item: ItemRef {
                section,
                id: id.map(str::to_string),
                field: None,
            },
            sv,
            en,
        }
    }

    fn named(section: Section, id: &str, kind_sv: &str, kind_en: &str, name: Name) -> Owner {
        Owner::new(
            section,
            Some(id),
            format!("{kind_sv} {}", name.sv),
            format!("{kind_en} {}", name.en),
        )
    }

    fn text<'a>(
        &self,
        out: &mut Vec<FreeText<'a>>,
        field: &str,
        sv: &str,
        en: &str,
        text: &'a str,
    ) {
        if text.is_empty() {
            return;
        }
        let mut item = self.item.clone();
        item.field = Some(field.to_string());
        out.push(FreeText {
            item,
            item_sv: self.sv.clone(),
            item_en: self.en.clone(),
            field_sv: sv.to_string(),
            field_en: en.to_string(),
            text,
            comment: None,
        });
    }
}

/// Every non-empty free-text field of the document, in the order of the guided steps.
pub fn free_texts(doc: &PlanDocument) -> Vec<FreeText<'_>> {
    let mut out = Vec::new();
    let plan = &doc.plan;
    let p = Owner::new(Section::Plan, None, "planen".into(), "the plan".into());
    p.text(&mut out, "title", "titel", "title", &plan.title);
    p.text(
        &mut out,
        "decision_body",
        "beslutande organ",
        "decision body",
        &plan.decision_body,
    );
    if let Some(unit) = &doc.unit {
        p.text(
            &mut out,
            "unit.name",
            "enhetens namn",
            "unit's name",
            &unit.name,
        );
        p.text(&mut out, "unit.city", "stad", "city", &unit.city);
    }
    for (i, m) in plan.team.iter().enumerate() {
        let n = i + 1;
        p.text(
            &mut out,
            &format!("team[{i}].name"),
            &format!("namn, teammedlem {n}"),
            &format!("name, team member {n}"),
            &m.name,
        );
        p.text(
            &mut out,
            &format!("team[{i}].role"),
            &format!("roll, teammedlem {n}"),
            &format!("role, team member {n}"),
            &m.role,
        );
    }
    for (i, t) in plan.terms.iter().enumerate() {
        let n = i + 1;
        p.text(
            &mut out,
            &format!("terms[{i}].term"),
            &format!("begrepp {n}"),
            &format!("term {n}"),
            &t.term,
        );
        p.text(
            &mut out,
            &format!("terms[{i}].definition"),
            &format!("definition av begrepp {n}"),
            &format!("definition of term {n}"),
            &t.definition,
        );
    }

    let l = &plan.lagesbild;
    let lb = Owner::new(
        Section::Lagesbild,
        None,
        "lägesbilden".into(),
        "the situational picture".into(),
    );
    lb.text(&mut out, "extent", "omfattning", "extent", &l.extent);
    lb.text(
        &mut out,
        "consequences",
        "konsekvenser",
        "consequences",
        &l.consequences,
    );
    lb.text(
        &mut out,
        "cause_analysis",
        "orsaksanalys",
        "cause analysis",
        &l.cause_analysis,
    );
    lb.text(
        &mut out,
        "risk_factors",
        "riskfaktorer",
        "risk factors",
        &l.risk_factors,
    );
    lb.text(
        &mut out,
        "protective_factors",
        "skyddsfaktorer",
        "protective factors",
        &l.protective_factors,
    );
    lb.text(
        &mut out,
        "sources_and_method",
        "källor och metod",
        "sources and method",
        &l.sources_and_method,
    );

    for c in &doc.challenges {
        let o = Owner::named(
            Section::Challenges,
            &c.id,
            "utmaningen",
            "the challenge",
            Name::of(&c.title, &c.id),
        );
        o.text(&mut out, "title", "titel", "title", &c.title);
        o.text(
            &mut out,
            "description",
            "beskrivning",
            "description",
            &c.description,
        );
        o.text(
            &mut out,
            "affected_groups",
            "berörda grupper",
            "affected groups",
            &c.affected_groups,
        );
        o.text(&mut out, "places", "platser", "places", &c.places);
    }

    for ind in &doc.indicators {
        let o = Owner::named(
            Section::Statistics,
            &ind.id,
            "indikatorn",
            "the indicator",
            Name::of(&ind.name, &ind.id),
        );
        o.text(&mut out, "name", "namn", "name", &ind.name);
        o.text(&mut out, "source", "källa", "source", &ind.source);
        o.text(
            &mut out,
            "definition",
            "definition",
            "definition",
            &ind.definition,
        );
        for (i, obs) in ind.observations.iter().enumerate() {
            let n = i + 1;
            o.text(
                &mut out,
                &format!("observations[{i}].note"),
                &format!("anteckning, observation {n}"),
                &format!("note, observation {n}"),
                &obs.note,
            );
        }
    }

    for m in &doc.measures {
        let o = Owner::named(
            Section::Measures,
            &m.id,
            "åtgärden",
            "the measure",
            Name::of(&m.title, &m.id),
        );
        o.text(&mut out, "title", "titel", "title", &m.title);
        o.text(
            &mut out,
            "description",
            "beskrivning",
            "description",
            &m.description,
        );
        o.text(&mut out, "owner", "ansvarig", "owner", &m.owner);
        o.text(
            &mut out,
            "target_group",
            "målgrupp",
            "target group",
            &m.target_group,
        );
        o.text(&mut out, "area", "område", "area", &m.area);
        o.text(
            &mut out,
            "evidence.note",
            "kunskapsunderlag",
            "evidence note",
            &m.evidence.note,
        );
        o.text(
            &mut out,
            "expected_effect.text",
            "förväntad effekt",
            "expected effect",
            &m.expected_effect.text,
        );
    }

    for x in &doc.partners {
        let o = Owner::named(
            Section::Partners,
            &x.id,
            "samverkansparten",
            "the partner",
            Name::of(&x.name, &x.id),
        );
        o.text(&mut out, "name", "namn", "name", &x.name);
        o.text(
            &mut out,
            "contact_role",
            "kontaktroll",
            "contact role",
            &x.contact_role,
        );
        o.text(&mut out, "notes", "anteckningar", "notes", &x.notes);
    }

    for r in &doc.responsibilities {
        let o = Owner::named(
            Section::Responsibilities,
            &r.id,
            "rutinen",
            "the routine",
            Name::of(&r.situation, &r.id),
        );
        o.text(
            &mut out,
            "situation",
            "situation",
            "situation",
            &r.situation,
        );
        o.text(
            &mut out,
            "who_acts",
            "vem som agerar",
            "who acts",
            &r.who_acts,
        );
        for (i, step) in r.steps.iter().enumerate() {
            let n = i + 1;
            o.text(
                &mut out,
                &format!("steps[{i}]"),
                &format!("steg {n}"),
                &format!("step {n}"),
                step,
            );
        }
        o.text(
            &mut out,
            "escalation",
            "eskalering",
            "escalation",
            &r.escalation,
        );
    }

    let f = &plan.follow_up;
    let fu = Owner::new(
        Section::FollowUp,
        None,
        "uppföljningsplanen".into(),
        "the follow-up plan".into(),
    );
    fu.text(&mut out, "when", "när", "when", &f.when);
    fu.text(&mut out, "how", "hur", "how", &f.how);
    fu.text(&mut out, "by_whom", "av vem", "by whom", &f.by_whom);
    fu.text(
        &mut out,
        "reported_to",
        "rapporteras till",
        "reported to",
        &f.reported_to,
    );

    for c in &doc.comments {
        // A person's name reads better unquoted; it is masked like any name in a message.
        let who = match mask_identity_numbers(c.author_name.trim()) {
            name if name.is_empty() => (
                format!("(id {})", mask_identity_numbers(&c.id)),
                format!("(id {})", mask_identity_numbers(&c.id)),
            ),
            name => (name.clone(), name),
        };
        // A suggestion's text would enter the plan when accepted, and travels with the comment.
        let suggested = c.suggestion.as_ref().map_or("", |s| s.text.as_str());
        // A comment is shown at its anchor, so that is where the user goes to fix it.
        for (sv, en, text) in [
            ("kommentarens text", "comment text", c.text.as_str()),
            ("författarens namn", "author's name", c.author_name.as_str()),
            ("författarens roll", "author's role", c.author_role.as_str()),
            ("föreslagen text", "suggested text", suggested),
        ] {
            if !text.is_empty() {
                out.push(FreeText {
                    item: c.anchor.clone(),
                    item_sv: format!("kommentaren från {}", who.0),
                    item_en: format!("the comment by {}", who.1),
                    field_sv: sv.to_string(),
                    field_en: en.to_string(),
                    text,
                    comment: Some(c),
                });
            }
        }
    }
    out
}
