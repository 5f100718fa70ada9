//! Why a reviewer's act was kept as a review note instead of applied here, as a code with what the
//! words need, so that the app tells it in the user's language and the CLI in English. Stored as
//! its JSON in the note's `reason` text column; a reason an older Safeplan stored as an English
//! sentence reads back as [`NoteReason::Text`] and still shows.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::enums::PlanStatus;

/// Why a reviewer's act was kept as a note instead of applied here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NoteReason {
    /// A resolution not applied: the thread has replies written here that the reviewer had not
    /// seen, so it stays open.
    UnseenReplies { replies: Vec<UnseenReply> },
    /// A status move the plan's status here does not allow: it is `here`; it was `was` when the
    /// reviewer moved it to `to`.
    StatusMoved {
        here: PlanStatus,
        was: PlanStatus,
        to: PlanStatus,
    },
    /// A status move that needs a plan without error-level findings, which this plan has here.
    NotReady { to: PlanStatus },
    /// A reason an older Safeplan stored as an English sentence, shown as it is.
    Text { text: String },
}

/// A reply the reviewer had not seen: who wrote it, and when (RFC 3339).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UnseenReply {
    pub author_name: String,
    pub at: String,
}

impl NoteReason {
    /// The form the store keeps: the reason's JSON, or nothing.
    pub fn stored(reason: Option<&NoteReason>) -> String {
        reason.map_or_else(String::new, |r| {
            serde_json::to_string(r).expect("a note reason is plain data")
        })
    }

    /// A stored reason read back: empty is none; text that is not a reason's JSON is an older
    /// Safeplan's English sentence.
    pub fn from_stored(text: &str) -> Option<NoteReason> {
        if text.is_empty() {
            return None;
        }
        Some(
            serde_json::from_str(text).unwrap_or_else(|_| NoteReason::Text {
                text: text.to_string(),
            }),
        )
    }
}

/// In English, as the CLI prints it (the app words the code in the user's language).
impl std::fmt::Display for NoteReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoteReason::UnseenReplies { replies } => {
                let by: Vec<String> = replies
                    .iter()
                    .map(|r| format!("{} at {}", r.author_name, r.at))
                    .collect();
                write!(
                    f,
                    "the thread has replies the reviewer had not seen (by {}); it stays open",
                    by.join(", ")
                )
            }
            NoteReason::StatusMoved { here, was, to } => write!(
                f,
                "the plan is \"{}\" here (it was \"{}\" when the reviewer moved it to \"{}\"), so the decision is recorded, not made",
                here.key(),
                was.key(),
                to.key()
            ),
            NoteReason::NotReady { to } => write!(
                f,
                "the plan has error-level findings here, so it cannot be moved to \"{}\"",
                to.key()
            ),
            NoteReason::Text { text } => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_stored_as_json_and_an_older_sentence_reads_back_as_text() {
        let moved = NoteReason::StatusMoved {
            here: PlanStatus::Draft,
            was: PlanStatus::InReview,
            to: PlanStatus::ChangesRequested,
        };
        let stored = NoteReason::stored(Some(&moved));
        assert!(stored.starts_with("{\"code\":\"status_moved\""), "{stored}");
        assert_eq!(NoteReason::from_stored(&stored), Some(moved));
        assert_eq!(NoteReason::from_stored(""), None);
        assert_eq!(NoteReason::stored(None), "");
        let old = "the plan is \"draft\" here";
        assert_eq!(
            NoteReason::from_stored(old),
            Some(NoteReason::Text { text: old.into() })
        );
        // Text that looks like JSON but is no reason is still an older sentence.
        assert_eq!(
            NoteReason::from_stored("{\"code\":\"from_the_future\"}"),
            Some(NoteReason::Text {
                text: "{\"code\":\"from_the_future\"}".into()
            })
        );
    }
}
