//! Languages of the texts the domain writes for people.

use serde::{Deserialize, Serialize};

use crate::names::impl_names;

/// Language of a generated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl_names!(Lang, "language", [Vi => "vi", En => "en"]);

impl Lang {
    /// Picks the language an HTTP `Accept-Language` header prefers, defaulting to Vietnamese.
    ///
    /// Each entry's primary subtag is compared case-insensitively, so `en-GB` counts as English.
    /// The entry with the highest `q` wins and the earlier one wins a tie. Entries with `q=0`,
    /// other languages and `*` are ignored, and a malformed `q` counts as 1.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(Lang, f32)> = None;
        for entry in header.split(',') {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let primary = tag.split('-').next().unwrap_or_default();
            let lang = if primary.eq_ignore_ascii_case("vi") {
                Lang::Vi
            } else if primary.eq_ignore_ascii_case("en") {
                Lang::En
            } else {
                continue;
            };
            let quality = parts.find_map(parse_quality).unwrap_or(1.0);
            if quality <= 0.0 {
                continue;
            }
            if best.is_none_or(|(_, best_quality)| quality > best_quality) {
                best = Some((lang, quality));
            }
        }
        best.map_or(Lang::Vi, |(lang, _)| lang)
    }
}

/// Reads the weight of a `q=0.8` parameter; returns `None` for other parameters.
fn parse_quality(parameter: &str) -> Option<f32> {
    let (name, value) = parameter.trim().split_once('=')?;
    if !name.trim().eq_ignore_ascii_case("q") {
        return None;
    }
    Some(value.trim().parse::<f32>().unwrap_or(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_codes() {
        assert_eq!("vi".parse::<Lang>(), Ok(Lang::Vi));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(serde_json::to_string(&Lang::En).unwrap(), "\"en\"");
    }

    #[test]
    fn accept_language_cases() {
        let cases = [
            ("", Lang::Vi),
            ("*", Lang::Vi),
            ("fr-FR, de", Lang::Vi),
            ("en", Lang::En),
            ("en-US,en;q=0.9", Lang::En),
            ("EN-gb", Lang::En),
            ("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", Lang::Vi),
            ("fr;q=1, en;q=0.5", Lang::En),
            ("en;q=0.4, vi;q=0.6", Lang::Vi),
            ("vi;q=0.5, en;q=0.5", Lang::Vi),
            ("en;q=0, vi;q=0.1", Lang::Vi),
            ("en;q=0", Lang::Vi),
            ("en ; q = 0.3 , fr", Lang::En),
            ("en;q=abc", Lang::En),
        ];
        for (header, expected) in cases {
            assert_eq!(Lang::from_accept_language(header), expected, "{header:?}");
        }
    }
}
