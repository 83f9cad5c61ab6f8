//! Ordering per partition key: every key has a lane; a lane handles its messages one
//! at a time, in the order delivered, retries included, while lanes run concurrently.

/// The lane of a delivery on `subject` (whose last token is the partition key), among
/// `lanes`: the same key always takes the same lane. A message without a key (`_`)
/// takes the lane of its position, so keyless messages spread over every lane.
#[must_use]
pub fn lane(subject: &str, sequence: u64, lanes: usize) -> usize {
    let key = subject.rsplit('.').next().unwrap_or_default();
    let hash = if key == "_" {
        sequence
    } else {
        // FNV-1a: stable across processes and releases, unlike `DefaultHasher`.
        key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    usize::try_from(hash % lanes.max(1) as u64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::lane;

    #[test]
    fn one_key_one_lane_and_keys_spread_over_lanes() {
        let of = |key: &str, seq| lane(&format!("factum.event.OrderPlaced.{key}"), seq, 8);
        assert_eq!(of("o-1", 1), of("o-1", 99));
        let used: std::collections::HashSet<_> =
            (0..100).map(|i| of(&format!("o-{i}"), 0)).collect();
        assert!(used.len() >= 6, "{used:?}");
        let keyless: std::collections::HashSet<_> = (0..16).map(|i| of("_", i)).collect();
        assert_eq!(keyless.len(), 8);
    }
}
