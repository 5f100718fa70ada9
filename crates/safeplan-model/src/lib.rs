//! safeplan-model owns what an action plan against crime, hate and violent extremism *is*: its types
//! (plan, lägesbild, challenges, indicators, measures, partners, routines, comments, revisions), the
//! validation that keeps nonsense out, and the readiness rules R1–R10 that tell a planner what is still
//! missing. It does no IO and reads no clock, so every other crate can rely on it and test it cheaply.

mod city;
mod date;
mod document;
mod enums;
mod finding;
pub mod identity_number;
mod items;
mod labels;
pub mod limits;
mod note_reason;
mod plan;
mod plan_item;
pub mod readiness;
mod review;
pub mod validate;
mod workflow;

pub use city::*;
pub use date::{DateError, IsoDate};
pub use document::PlanDocument;
pub use enums::*;
pub use finding::*;
pub use items::*;
pub use labels::Locale;
pub use note_reason::{NoteReason, UnseenReply};
pub use plan::*;
pub use plan_item::{ItemKind, PlanItem};
pub use review::*;
pub use workflow::{Transition, TRANSITIONS};
