//! Area tiers, which set the price of a Creation contract.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::names::impl_names;

/// Price tier of an area (district, ward or commune).
///
/// The importer stores the tier on each area from its administrative type (see
/// [`tier_for_area_type`]). The rest of the product reads the stored tier and never derives it
/// from an area's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Tier {
    /// Urban (nội thành): a quận, the city of Thủ Đức, or since July 2025 a phường.
    Urban,
    /// Rural (ngoại thành): a huyện, or since July 2025 a xã or the đặc khu.
    Rural,
}

impl_names!(Tier, "tier", [Urban => "urban", Rural => "rural"]);

/// Administrative type names and their tiers, in NFC.
///
/// Thủ Đức is the only "Thành phố" inside the city, formed in 2021 from urban districts. Since
/// the district level was abolished on 1 July 2025, wards (phường) are urban and communes (xã)
/// and the special zone (đặc khu) are rural.
const AREA_TYPE_TIERS: [(&str, Tier); 6] = [
    ("Quận", Tier::Urban),
    ("Thành phố", Tier::Urban),
    ("Phường", Tier::Urban),
    ("Huyện", Tier::Rural),
    ("Xã", Tier::Rural),
    ("Đặc khu", Tier::Rural),
];

/// Maps a Vietnamese administrative type name, as in the statistics office's lists, to a tier.
///
/// The input is trimmed and NFC-normalised, so decomposed input such as `"Quận"` written
/// with combining marks matches too. Case must match the official spelling. Other types return
/// `None`, including "Thị trấn" (township): before July 2025 a township took the tier of its
/// district, so the importer reads the district's type instead.
pub fn tier_for_area_type(area_type: &str) -> Option<Tier> {
    let normalized: String = area_type.trim().nfc().collect();
    AREA_TYPE_TIERS
        .iter()
        .find(|(name, _)| *name == normalized)
        .map(|(_, tier)| *tier)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn area_types_map_to_tiers() {
        assert_eq!(tier_for_area_type("Quận"), Some(Tier::Urban));
        assert_eq!(tier_for_area_type("Thành phố"), Some(Tier::Urban));
        assert_eq!(tier_for_area_type("Phường"), Some(Tier::Urban));
        assert_eq!(tier_for_area_type("Huyện"), Some(Tier::Rural));
        assert_eq!(tier_for_area_type("Xã"), Some(Tier::Rural));
        assert_eq!(tier_for_area_type("Đặc khu"), Some(Tier::Rural));
    }

    #[test]
    fn table_is_nfc() {
        for (name, _) in AREA_TYPE_TIERS {
            assert_eq!(name.nfc().collect::<String>(), name);
        }
    }

    #[test]
    fn area_type_trimmed_and_normalized() {
        let decomposed: String = "Huyện".nfd().collect();
        assert_ne!(decomposed, "Huyện");
        assert_eq!(tier_for_area_type(&decomposed), Some(Tier::Rural));
        assert_eq!(tier_for_area_type("  Quận \n"), Some(Tier::Urban));
    }

    #[test]
    fn unknown_area_types_give_none() {
        for area_type in ["Thị trấn", "Tỉnh", "", "Quan", "quận 1", "Quận 1"] {
            assert_eq!(tier_for_area_type(area_type), None, "{area_type}");
        }
    }

    #[test]
    fn tier_names_match_serde() {
        for tier in Tier::ALL {
            let json = serde_json::to_string(&tier).unwrap();
            assert_eq!(json, format!("\"{}\"", tier.as_str()));
            assert_eq!(tier.as_str().parse::<Tier>(), Ok(tier));
        }
    }

    #[test]
    fn tier_parse_rejects_unknown() {
        let error = "Urban".parse::<Tier>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid tier \"Urban\": expected one of urban, rural"
        );
    }
}
