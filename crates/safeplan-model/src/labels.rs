//! Enumerations whose values have a stable key (their serde name), a Swedish and an English label.
//! One macro writes them so that the key, the labels and the list of all values never drift apart.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The two languages the app and its reports speak. A plan's own language may be any Nordic one
/// ([`crate::Language`]); labels for those fall back to [`Locale::En`] unless Swedish is closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    Sv,
    En,
}

impl Locale {
    pub fn key(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
        }
    }

    pub fn from_key(key: &str) -> Option<Locale> {
        match key {
            "sv" => Some(Locale::Sv),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// Declares a fieldless enum with `ALL`, `key()`, `from_key()` and `label(locale)`.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal, $sv:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant,)+
        }

        impl $name {
            /// Every value, in the order a form or a report lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable name used in JSON, in the database and in templates.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self, locale: $crate::Locale) -> &'static str {
                match locale {
                    $crate::Locale::Sv => match self { $($name::$variant => $sv,)+ },
                    $crate::Locale::En => match self { $($name::$variant => $en,)+ },
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

pub(crate) use labelled_enum;
