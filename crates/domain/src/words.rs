//! Amounts in Vietnamese words (số tiền bằng chữ), as printed on contracts and invoices.
//!
//! Regional variants exist, and this module uses one style throughout:
//! - "linh" (not "lẻ") for a zero tens digit after hundreds: 105 is "một trăm linh năm".
//! - "mốt" for a final 1 after "mươi" (21 is "hai mươi mốt"), but "một" after "mười" and
//!   "linh" (11 is "mười một", 101 is "một trăm linh một").
//! - "tư" for a final 4 after "mươi" (24 is "hai mươi tư"), "bốn" elsewhere (14 is
//!   "mười bốn").
//! - "lăm" for a final 5 after "mười" or "mươi" (15 is "mười lăm"), "năm" elsewhere.
//! - "nghìn" (not "ngàn") for thousands and "tỷ" for 10^9.
//! - A group of three digits that follows a higher group is read in full, with
//!   "không trăm": 1,005,000 is "một triệu không trăm linh năm nghìn". Groups that are all zero
//!   are skipped: 1,000,000,000 is "một tỷ".
//! - Above 10^9 the reading repeats on the count of tỷ: 10^12 is "một nghìn tỷ" and 10^18 is
//!   "một tỷ tỷ".

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

const BILLION: u64 = 1_000_000_000;

/// Writes an amount of đồng in Vietnamese words, with a capital first letter and ending in
/// "đồng": 2,400,000 is "Hai triệu bốn trăm nghìn đồng".
pub fn amount_in_words(amount: u64) -> String {
    let mut words = Vec::new();
    if amount == 0 {
        words.push(DIGITS[0]);
    } else {
        push_number(amount, true, &mut words);
    }
    words.push("đồng");
    capitalize_first(&words.join(" "))
}

/// Pushes the words of a non-zero `n`. `leading` is true when nothing is read before `n`, so
/// its first group is read without "không trăm" or "linh".
fn push_number(n: u64, leading: bool, words: &mut Vec<&'static str>) {
    if n >= BILLION {
        push_number(n / BILLION, leading, words);
        words.push("tỷ");
        let rest = n % BILLION;
        if rest > 0 {
            push_below_billion(rest, false, words);
        }
    } else {
        push_below_billion(n, leading, words);
    }
}

/// Pushes the words of a non-zero `n` below 10^9, skipping groups that are all zero.
fn push_below_billion(n: u64, leading: bool, words: &mut Vec<&'static str>) {
    let groups = [
        (n / 1_000_000, Some("triệu")),
        (n / 1_000 % 1_000, Some("nghìn")),
        (n % 1_000, None),
    ];
    let mut leading = leading;
    for (group, scale) in groups {
        if group == 0 {
            continue;
        }
        push_group(group, leading, words);
        words.extend(scale);
        leading = false;
    }
}

/// Pushes the words of a group from 1 to 999. Each digit is below 10, so indexing `DIGITS`
/// cannot panic.
fn push_group(group: u64, leading: bool, words: &mut Vec<&'static str>) {
    let hundreds = (group / 100) as usize;
    let tens = (group / 10 % 10) as usize;
    let units = (group % 10) as usize;
    let hundreds_read = !leading || hundreds > 0;

    if hundreds_read {
        words.push(DIGITS[hundreds]);
        words.push("trăm");
    }
    match tens {
        0 if units > 0 && hundreds_read => words.push("linh"),
        0 => {}
        1 => words.push("mười"),
        _ => {
            words.push(DIGITS[tens]);
            words.push("mươi");
        }
    }
    let unit_word = match (units, tens) {
        (0, _) => return,
        (1, 2..) => "mốt",
        (4, 2..) => "tư",
        (5, 1..) => "lăm",
        _ => DIGITS[units],
    };
    words.push(unit_word);
}

fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cases: &[(u64, &str)]) {
        for (amount, expected) in cases {
            assert_eq!(amount_in_words(*amount), *expected, "{amount}");
        }
    }

    #[test]
    fn rule_book_readings() {
        check(&[
            (0, "Không đồng"),
            (15, "Mười lăm đồng"),
            (21, "Hai mươi mốt đồng"),
            (105, "Một trăm linh năm đồng"),
            (2_400_000, "Hai triệu bốn trăm nghìn đồng"),
            (3_600_000, "Ba triệu sáu trăm nghìn đồng"),
            (4_800_000, "Bốn triệu tám trăm nghìn đồng"),
            (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
            (1_000_000_000, "Một tỷ đồng"),
        ]);
    }

    #[test]
    fn small_numbers() {
        check(&[
            (1, "Một đồng"),
            (4, "Bốn đồng"),
            (5, "Năm đồng"),
            (10, "Mười đồng"),
            (11, "Mười một đồng"),
            (14, "Mười bốn đồng"),
            (20, "Hai mươi đồng"),
            (24, "Hai mươi tư đồng"),
            (25, "Hai mươi lăm đồng"),
            (31, "Ba mươi mốt đồng"),
            (44, "Bốn mươi tư đồng"),
            (55, "Năm mươi lăm đồng"),
            (99, "Chín mươi chín đồng"),
        ]);
    }

    #[test]
    fn hundreds() {
        check(&[
            (100, "Một trăm đồng"),
            (101, "Một trăm linh một đồng"),
            (104, "Một trăm linh bốn đồng"),
            (110, "Một trăm mười đồng"),
            (111, "Một trăm mười một đồng"),
            (115, "Một trăm mười lăm đồng"),
            (121, "Một trăm hai mươi mốt đồng"),
            (999, "Chín trăm chín mươi chín đồng"),
        ]);
    }

    #[test]
    fn thousands_and_millions() {
        check(&[
            (1_000, "Một nghìn đồng"),
            (1_001, "Một nghìn không trăm linh một đồng"),
            (1_010, "Một nghìn không trăm mười đồng"),
            (1_100, "Một nghìn một trăm đồng"),
            (15_000, "Mười lăm nghìn đồng"),
            (21_500, "Hai mươi mốt nghìn năm trăm đồng"),
            (200_000, "Hai trăm nghìn đồng"),
            (1_000_000, "Một triệu đồng"),
            (1_000_001, "Một triệu không trăm linh một đồng"),
            (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
            (
                4_363_636,
                "Bốn triệu ba trăm sáu mươi ba nghìn sáu trăm ba mươi sáu đồng",
            ),
        ]);
    }

    #[test]
    fn billions_and_beyond() {
        check(&[
            (2_000_000_000, "Hai tỷ đồng"),
            (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
            (1_002_000_000, "Một tỷ không trăm linh hai triệu đồng"),
            (12_500_000_000, "Mười hai tỷ năm trăm triệu đồng"),
            (1_000_000_000_000, "Một nghìn tỷ đồng"),
            (1_000_000_000_000_000_000, "Một tỷ tỷ đồng"),
            (
                u64::MAX,
                "Mười tám tỷ bốn trăm bốn mươi sáu triệu bảy trăm bốn mươi tư nghìn không trăm \
                 bảy mươi ba tỷ bảy trăm linh chín triệu năm trăm năm mươi mốt nghìn sáu trăm \
                 mười lăm đồng",
            ),
        ]);
    }
}
