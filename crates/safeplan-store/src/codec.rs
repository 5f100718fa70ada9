//! How the model's closed vocabularies are written to and read from SQLite: as their stable key
//! (`"in_review"`); and its dates, as their `YYYY-MM-DD` text. A key the model does not know, or a
//! date that is not one, is reported as a conversion failure naming the column, never a panic: the
//! database may have been edited by hand or by a newer build.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use safeplan_model::*;

/// A model enum stored as its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key<E>(pub E);

pub(crate) trait StoredEnum: Sized + Copy {
    const NAME: &'static str;
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self>;
}

macro_rules! stored_enum {
    ($($ty:ident),+ $(,)?) => {$(
        impl StoredEnum for $ty {
            const NAME: &'static str = stringify!($ty);
            fn key(self) -> &'static str { $ty::key(self) }
            fn from_key(key: &str) -> Option<Self> { $ty::from_key(key) }
        }
    )+};
}

stored_enum!(
    PlanStatus,
    Language,
    UnitKind,
    ChallengeCategory,
    Trend,
    IndicatorKind,
    IndicatorUnit,
    Direction,
    PreventionLevel,
    CapitalCodeTheme,
    MeasureStatus,
    PartnerRole,
    PartnerType,
    EvidenceLevel,
    EffectTerm,
    Section,
    Role,
    SuggestionState,
);

impl<E: StoredEnum> ToSql for Key<E> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0.key()))
    }
}

impl<E: StoredEnum> FromSql for Key<E> {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        E::from_key(text).map(Key).ok_or_else(|| {
            FromSqlError::Other(format!("unknown {} \"{}\" in the database", E::NAME, text).into())
        })
    }
}

/// Writes an optional enum as its key or NULL.
pub(crate) fn opt_key<E: StoredEnum>(e: Option<E>) -> Option<&'static str> {
    e.map(StoredEnum::key)
}

/// Reads a column that holds an enum key.
pub(crate) fn get_enum<E: StoredEnum>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<E> {
    Ok(row.get::<_, Key<E>>(idx)?.0)
}

/// Reads a column that holds an enum key or NULL.
pub(crate) fn get_opt_enum<E: StoredEnum>(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<E>> {
    Ok(row.get::<_, Option<Key<E>>>(idx)?.map(|k| k.0))
}

/// Writes an optional date as its `YYYY-MM-DD` text or NULL.
pub(crate) fn opt_date(date: &Option<IsoDate>) -> Option<&str> {
    date.as_ref().map(IsoDate::as_str)
}

/// A date read from its `YYYY-MM-DD` text.
struct StoredDate(IsoDate);

impl FromSql for StoredDate {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        IsoDate::parse(value.as_str()?)
            .map(StoredDate)
            .map_err(|e| FromSqlError::Other(format!("{e} in the database").into()))
    }
}

/// Reads a column that holds a `YYYY-MM-DD` date or NULL.
pub(crate) fn get_opt_date(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<IsoDate>> {
    Ok(row.get::<_, Option<StoredDate>>(idx)?.map(|d| d.0))
}
