//! An argument as a shell received it, before core has looked at it. The window sends plans and
//! items as JSON; if the shell's framework decoded them itself, a value the model refuses (a date
//! such as 2026-02-31, an unknown status) would fail inside the framework with a message that names
//! neither the field nor the rule, and the UI would see an internal error. Taking the argument as
//! [`Unchecked`] lets every such value arrive, and [`Unchecked::decode`] turns a refusal into a
//! validation error that says which field of which argument was wrong and why.

use std::fmt;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use safeplan_model::{ItemKind, Partner, Plan, PlanItem, Unit};

use crate::{CoreError, NewComment, NewPlan};

/// A `T` not yet decoded: any JSON value is accepted here, and checked by [`Unchecked::decode`].
pub struct Unchecked<T> {
    value: serde_json::Value,
    target: PhantomData<fn() -> T>,
}

impl<T: Decode> Unchecked<T> {
    /// Decodes the value as a `T`. `argument` is the argument's name as the caller wrote it
    /// (`item`, `plan`), so the error reads `item.item.start: …`, a path the UI's author can follow.
    pub fn decode(self, argument: &str) -> Result<T, CoreError> {
        T::decode_at(argument, self.value)
    }
}

/// A type the shells receive from the window.
pub trait Decode: DeserializeOwned {
    fn decode_at(place: &str, value: Value) -> Result<Self, CoreError> {
        at(place, value)
    }
}

impl Decode for Plan {}
impl Decode for NewPlan {}
impl Decode for NewComment {}
impl Decode for Unit {}
impl Decode for Partner {}
impl Decode for crate::city::CityLookChange {}
impl Decode for crate::city::ConsolidateOptions {}

impl Decode for PlanItem {
    /// An item is `{"kind": …, "item": {…}}`. When serde meets the content before the tag (a JSON
    /// object's keys come sorted once it is a `Value`) it buffers the content and decodes it later,
    /// out of sight of the path tracking: so read the kind first, then the content as its own type.
    fn decode_at(place: &str, value: Value) -> Result<Self, CoreError> {
        let Value::Object(mut object) = value else {
            return at(place, value);
        };
        let kind: ItemKind = at(
            &format!("{place}.kind"),
            object.remove("kind").unwrap_or(Value::Null),
        )?;
        let place = format!("{place}.item");
        let item = object.remove("item").unwrap_or(Value::Null);
        Ok(match kind {
            ItemKind::Challenge => PlanItem::Challenge(at(&place, item)?),
            ItemKind::Indicator => PlanItem::Indicator(at(&place, item)?),
            ItemKind::Measure => PlanItem::Measure(at(&place, item)?),
            ItemKind::Responsibility => PlanItem::Responsibility(at(&place, item)?),
            ItemKind::Comment => PlanItem::Comment(at(&place, item)?),
        })
    }
}

/// Decodes `value`, naming the place of a refusal from `place` down.
fn at<T: DeserializeOwned>(place: &str, value: Value) -> Result<T, CoreError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let place = if path == "." {
            place.to_string()
        } else {
            format!("{place}.{path}")
        };
        CoreError::Validation(format!("{place}: {}", e.inner()))
    })
}

impl<T> From<Value> for Unchecked<T> {
    fn from(value: Value) -> Self {
        Unchecked {
            value,
            target: PhantomData,
        }
    }
}

impl<'de, T> Deserialize<'de> for Unchecked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(Unchecked::from)
    }
}

impl<T> fmt::Debug for Unchecked<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unchecked({})", self.value)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::ErrorCode;

    fn document() -> safeplan_model::PlanDocument {
        crate::demo::sundholm().plans.remove(0).document
    }

    fn measure(start: &str) -> Value {
        let measure = document().measures.remove(0);
        let mut item = serde_json::to_value(PlanItem::Measure(measure)).unwrap();
        item["item"]["start"] = json!(start);
        item
    }

    #[test]
    fn an_impossible_date_is_a_validation_error_naming_its_field() {
        let err = Unchecked::<PlanItem>::from(measure("2026-02-31"))
            .decode("item")
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Validation);
        let message = err.to_string();
        assert!(message.starts_with("item.item.start: "), "{message}");
        assert!(message.contains("2026-02-31"), "{message}");
    }

    #[test]
    fn a_good_value_decodes_to_what_was_sent() {
        let sent = measure("2026-02-28");
        let item = Unchecked::<PlanItem>::from(sent.clone())
            .decode("item")
            .unwrap();
        assert_eq!(serde_json::to_value(&item).unwrap(), sent);
    }

    #[test]
    fn an_unknown_kind_of_item_names_the_kind() {
        let mut item = measure("2026-02-28");
        item["kind"] = json!("poem");
        let message = Unchecked::<PlanItem>::from(item)
            .decode("item")
            .unwrap_err()
            .to_string();
        assert!(message.starts_with("item.kind: "), "{message}");
    }

    #[test]
    fn an_unknown_status_in_a_plan_names_the_field() {
        let mut plan = serde_json::to_value(document().plan).unwrap();
        plan["status"] = json!("finished");
        let message = Unchecked::<Plan>::from(plan)
            .decode("plan")
            .unwrap_err()
            .to_string();
        assert!(message.starts_with("plan.status: "), "{message}");
    }

    #[test]
    fn a_value_of_the_wrong_shape_names_the_argument() {
        let message = Unchecked::<Plan>::from(json!(42))
            .decode("plan")
            .unwrap_err()
            .to_string();
        assert!(message.starts_with("plan: "), "{message}");
    }
}
