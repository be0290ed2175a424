//! One vocabulary per enum: every value's key in the data files, its key in
//! URLs and exports, its label (a message of [`crate::i18n`], which holds the
//! English and the Chinese text) and the list of all values, declared once
//! where the enum is declared, through [`vocabulary!`].
//!
//! serde reads and writes the data key; the URL codec, the facets, the
//! exports and the interface use [`Vocabulary::key`], [`Vocabulary::label`]
//! and [`Vocabulary::ALL`].

use crate::i18n::M;

/// An enum's vocabulary (see the module documentation).
pub trait Vocabulary: Sized + Copy + PartialEq + 'static {
    /// Every value, in declaration order (the order lists and facets show).
    const ALL: &'static [Self];

    /// The key in URLs and exports (kebab-case where a data key is
    /// snake_case; the URLs predate this module and keep their spelling).
    fn key(self) -> &'static str;

    /// The key in the data files (what serde reads and writes).
    fn data_key(self) -> &'static str;

    /// The value with this URL key.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
}

/// A vocabulary whose values the interface shows, in both languages.
pub trait Labelled: Vocabulary {
    fn label(self) -> M;
}

/// Declares an enum with its vocabulary. Each value is written
/// `Variant("data_key", "url-key", Label)`, or without `Label` for values the
/// interface never names. The enum derives the usual comparisons and serde
/// under the data keys.
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident($data:literal, $key:literal, $label:ident)),+ $(,)?
        }
    ) => {
        $crate::vocabulary! {
            $(#[$meta])*
            $vis enum $name { $($(#[$vmeta])* $variant($data, $key)),+ }
        }

        impl $name {
            /// The value's label in the interface.
            pub fn label(self) -> $crate::i18n::M {
                match self {
                    $($name::$variant => $crate::i18n::M::$label),+
                }
            }
        }

        impl $crate::vocab::Labelled for $name {
            fn label(self) -> $crate::i18n::M {
                $name::label(self)
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident($data:literal, $key:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $data)] $variant),+
        }

        // Inherent items, so callers need no trait import; the trait
        // lets generic code (tests, URL checks) take any vocabulary.
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's key in URLs and exports.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The value's key in the data files.
            pub fn data_key(self) -> &'static str {
                match self {
                    $($name::$variant => $data),+
                }
            }

            /// The value with this URL key.
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }
        }

        impl $crate::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = $name::ALL;

            fn key(self) -> &'static str {
                $name::key(self)
            }

            fn data_key(self) -> &'static str {
                $name::data_key(self)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::PersonStatus;
    use crate::charts::{FounderState, TimelineKind};
    use crate::model::*;

    /// Keys are unique, URL keys are kebab-case, data keys snake_case and
    /// serde writes the data key.
    fn check<T: Vocabulary + serde::Serialize + std::fmt::Debug>() {
        for (i, v) in T::ALL.iter().enumerate() {
            assert_eq!(T::from_key(v.key()), Some(*v));
            assert!(
                T::ALL[..i]
                    .iter()
                    .all(|w| w.key() != v.key() && w.data_key() != v.data_key()),
                "{v:?}: duplicate key"
            );
            let kebab = |s: &str, sep: char| {
                !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == sep)
            };
            assert!(kebab(v.key(), '-'), "{v:?}: URL key {}", v.key());
            assert!(kebab(v.data_key(), '_'), "{v:?}: data key {}", v.data_key());
            assert_eq!(
                serde_json::to_string(v).unwrap(),
                format!("\"{}\"", v.data_key())
            );
        }
    }

    #[test]
    fn every_vocabulary_is_consistent() {
        check::<Precision>();
        check::<ClaimStatus>();
        check::<SourceKind>();
        check::<Origin>();
        check::<StatusKind>();
        check::<ReasonCategory>();
        check::<OrgKind>();
        check::<OrgStatus>();
        check::<SectorCategory>();
        check::<ValuationKind>();
        check::<EventKind>();
        check::<SubjectKind>();
        check::<DatasetCount>();
        check::<PersonStatus>();
        check::<TimelineKind>();
        check::<FounderState>();
        check::<crate::prefs::Theme>();
        check::<crate::explore::Tab>();
    }

    #[test]
    fn labels_and_keys_that_links_rely_on() {
        assert_eq!(ReasonCategory::SafetyConcerns.key(), "safety");
        assert_eq!(ReasonCategory::SafetyConcerns.data_key(), "safety_concerns");
        assert_eq!(ReasonCategory::Fired.label(), M::StatusFired);
        assert_eq!(OrgStatus::AcquiHire.key(), "acqui-hire");
        assert_eq!(SectorCategory::FrontierModels.key(), "frontier-models");
        assert_eq!(PersonStatus::AtOpenAi.key(), "at-openai");
        assert_eq!(TimelineKind::CompanyFounded.key(), "founded");
        assert_eq!(ClaimStatus::SingleSource.key(), "single-source");
        assert_eq!(ClaimStatus::SingleSource.data_key(), "single_source");
        assert_eq!(ReasonCategory::ALL.len(), 7);
        use crate::prefs::Theme;
        assert_eq!(Theme::default(), Theme::System);
        assert_eq!(Theme::System.next().next().next(), Theme::System);
    }
}
