//! placeholder while building
pub enum ImportMode { Refuse, Replace, AsCopy }
pub struct Imported { pub plan_id: String, pub slug: String, pub title: String }
