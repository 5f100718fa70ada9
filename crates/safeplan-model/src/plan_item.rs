//! The kinds of item a plan holds in an ordered list (challenges, indicators, measures, routines,
//! comments), named once. The store, the use cases, the desktop commands and the UI all write an
//! item through [`PlanItem`], so a new kind is added here and in the places the compiler then points
//! at (its table, its validation), not in seven hand-kept lists.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::PlanDocument;
use crate::enums::Section;
use crate::items::{Challenge, Indicator, Measure, Responsibility};
use crate::labels::labelled_enum;
use crate::review::Comment;

labelled_enum! {
    /// A kind of plan item that is saved, deleted and moved one at a time, in the planner's order.
    ItemKind {
        Challenge = "challenge", "Utmaning", "Challenge";
        Indicator = "indicator", "Indikator", "Indicator";
        Measure = "measure", "Åtgärd", "Measure";
        Responsibility = "responsibility", "Rutin", "Routine";
        Comment = "comment", "Kommentar", "Comment";
    }
}

impl ItemKind {
    /// The list in a [`PlanDocument`] that holds this kind (also the store's table name). `ALL` is in
    /// the order writes must run: things referred to come before what refers to them.
    pub fn list(self) -> &'static str {
        match self {
            ItemKind::Challenge => "challenges",
            ItemKind::Indicator => "indicators",
            ItemKind::Measure => "measures",
            ItemKind::Responsibility => "responsibilities",
            ItemKind::Comment => "comments",
        }
    }

    /// The section a finding or a comment about an item of this kind names (indicators are edited
    /// in the statistics step). Comments have no section of their own.
    pub fn section(self) -> Option<Section> {
        match self {
            ItemKind::Challenge => Some(Section::Challenges),
            ItemKind::Indicator => Some(Section::Statistics),
            ItemKind::Measure => Some(Section::Measures),
            ItemKind::Responsibility => Some(Section::Responsibilities),
            ItemKind::Comment => None,
        }
    }

    /// The ids of this kind's items in the document, in the planner's order.
    pub fn ids(self, doc: &PlanDocument) -> Vec<&str> {
        match self {
            ItemKind::Challenge => doc.challenges.iter().map(|i| i.id.as_str()).collect(),
            ItemKind::Indicator => doc.indicators.iter().map(|i| i.id.as_str()).collect(),
            ItemKind::Measure => doc.measures.iter().map(|i| i.id.as_str()).collect(),
            ItemKind::Responsibility => {
                doc.responsibilities.iter().map(|i| i.id.as_str()).collect()
            }
            ItemKind::Comment => doc.comments.iter().map(|i| i.id.as_str()).collect(),
        }
    }
}

/// One item of a plan, tagged with its kind: what a save carries from the UI to the store.
/// In JSON: `{"kind": "measure", "item": {…}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "item", rename_all = "snake_case")]
pub enum PlanItem {
    Challenge(Challenge),
    Indicator(Indicator),
    Measure(Measure),
    Responsibility(Responsibility),
    Comment(Comment),
}

impl PlanItem {
    pub fn kind(&self) -> ItemKind {
        match self {
            PlanItem::Challenge(_) => ItemKind::Challenge,
            PlanItem::Indicator(_) => ItemKind::Indicator,
            PlanItem::Measure(_) => ItemKind::Measure,
            PlanItem::Responsibility(_) => ItemKind::Responsibility,
            PlanItem::Comment(_) => ItemKind::Comment,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            PlanItem::Challenge(i) => &i.id,
            PlanItem::Indicator(i) => &i.id,
            PlanItem::Measure(i) => &i.id,
            PlanItem::Responsibility(i) => &i.id,
            PlanItem::Comment(i) => &i.id,
        }
    }

    fn id_mut(&mut self) -> &mut String {
        match self {
            PlanItem::Challenge(i) => &mut i.id,
            PlanItem::Indicator(i) => &mut i.id,
            PlanItem::Measure(i) => &mut i.id,
            PlanItem::Responsibility(i) => &mut i.id,
            PlanItem::Comment(i) => &mut i.id,
        }
    }

    /// Gives an item without an id the one `fresh` makes, so a form need not invent ids.
    pub fn with_id_or(mut self, fresh: impl FnOnce() -> String) -> PlanItem {
        if self.id().trim().is_empty() {
            *self.id_mut() = fresh();
        }
        self
    }
}

macro_rules! from_item {
    ($($t:ident),+) => { $(
        impl From<$t> for PlanItem {
            fn from(item: $t) -> PlanItem {
                PlanItem::$t(item)
            }
        }
    )+ };
}
from_item!(Challenge, Indicator, Measure, Responsibility, Comment);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_name_the_document_lists_they_live_in() {
        let decl = PlanDocument::decl();
        for kind in ItemKind::ALL {
            let list = kind.list();
            assert!(
                decl.contains(&format!("{list}: Array<")),
                "{kind}: no list {list} in {decl}"
            );
        }
    }

    #[test]
    fn an_item_is_tagged_with_its_kind_and_gets_an_id_when_it_has_none() {
        let item = PlanItem::Responsibility(Responsibility {
            id: " ".into(),
            situation: "A shooting in the area".into(),
            who_acts: String::new(),
            steps: vec![],
            escalation: String::new(),
        });
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["kind"], "responsibility");
        assert_eq!(json["item"]["situation"], "A shooting in the area");
        let back: PlanItem = serde_json::from_value(json).unwrap();
        assert_eq!(back.kind(), ItemKind::Responsibility);
        let given = back.with_id_or(|| "fresh".into());
        assert_eq!(given.id(), "fresh");
        assert_eq!(given.with_id_or(|| "other".into()).id(), "fresh");
    }
}
