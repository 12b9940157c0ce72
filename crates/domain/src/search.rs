//! Accent-insensitive matching of names typed by people.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds a name for search: no diacritics, `đ` as `d`, lower case, single spaces.
///
/// The text is NFD-decomposed so tone and vowel marks become separate combining marks, which
/// are dropped. `đ` is a letter of its own rather than `d` with a mark, so it is mapped
/// explicitly. Leading and trailing whitespace is removed and inner runs become one space. A
/// misplaced tone mark therefore no longer matters: `THPT Lê Qúy Đôn` folds to
/// `thpt le quy don`, which contains the folded query `le quy don`.
pub fn fold_for_search(s: &str) -> String {
    let stripped: String = s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .collect();
    let lowered = stripped.to_lowercase();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
