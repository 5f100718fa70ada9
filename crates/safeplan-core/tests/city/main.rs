//! The city executive office's use cases over a real database: gathering many packages, and the
//! city figures on a small hand-made city whose right answers are worked out by hand.

mod consolidate;
mod figures;
mod gather;
mod links;
mod look;
mod town;
