//! The city executive office's own small catalogues: city partners, to which units' registry
//! partners (the same police under slightly different names) are linked, and city indicators, to
//! which plans' indicators are linked so one figure can be read across units.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::enums::{Direction, IndicatorKind, IndicatorUnit, PartnerType};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CityPartner {
    pub id: String,
    pub name: String,
    pub partner_type: PartnerType,
}

/// An indicator the city follows across units. Only indicators of the same kind, unit and
/// direction are linked to it, so their figures can stand side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CityIndicator {
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    pub direction: Direction,
}

/// A plan's indicator linked to a city indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorLink {
    pub plan_id: String,
    pub indicator_id: String,
    pub city_indicator_id: String,
}

/// A unit's registry partner linked to a city partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerLink {
    pub partner_id: String,
    pub city_partner_id: String,
}
