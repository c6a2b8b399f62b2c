//! Key shares: a vault's data key split with Shamir's secret sharing over GF(256) (the `blahaj`
//! crate), so that any `threshold` of `total` people can restore it together and fewer learn
//! nothing about it. Each share is one line of text, bech32m with the prefix `lantern-share`:
//!
//! ```text
//! byte  0      format version (1)
//!       1      threshold M (2..=total)
//!       2      total N (2..=255)
//!       3      share x (1..=255, the polynomial's argument)
//!       4..8   set id (random per split: shares of two splits never mix)
//!       8..24  the vault id (16 bytes; the new key file must name it)
//!      24..56  share y (32 bytes, one polynomial value per key byte)
//! ```
//!
//! The bech32m checksum catches a mistyped line. Shares carry no check of the key itself: a
//! wrong combination is caught when the recovered key does not open the database
//! ([`crate::Vault::restore_from_shares`]).

use std::collections::BTreeSet;

use bech32::{Bech32m, Hrp};
use zeroize::Zeroizing;

use crate::error::StoreError;
use crate::keys::DataKey;

const HRP: Hrp = Hrp::parse_unchecked("lantern-share");
const VERSION: u8 = 1;
const LEN: usize = 56;

/// Errors of splitting and restoring, each with a stable code.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "a key split needs 2 ≤ threshold ≤ shares ≤ 255 (threshold {threshold}, shares {total})"
    )]
    BadSplit { threshold: u8, total: u8 },
    #[error("not a Lantern key share: {0}")]
    Unreadable(String),
    #[error("{have} different shares given, {need} needed")]
    NotEnough { have: usize, need: usize },
    #[error("the shares come from different splits or different offices")]
    Mixed,
    #[error("the restored key does not open this database: wrong shares or another office's store")]
    DoNotOpen,
}

impl ShareError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::BadSplit { .. } => "share.bad_split",
            Self::Unreadable(_) => "share.unreadable",
            Self::NotEnough { .. } => "share.not_enough",
            Self::Mixed => "share.mixed",
            Self::DoNotOpen => "share.do_not_open",
        }
    }
}

/// One share of a vault's data key. Its `Debug` shows the public part only.
pub struct KeyShare {
    pub threshold: u8,
    pub total: u8,
    /// 1-based number of this share (its x).
    pub number: u8,
    set_id: [u8; 4],
    vault_id: [u8; 16],
    y: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for KeyShare {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "KeyShare({} of {}, threshold {}, y redacted)",
            self.number, self.total, self.threshold
        )
    }
}

impl KeyShare {
    /// The line to print or write: `lantern-share1…`.
    pub fn text(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new([0u8; LEN]);
        bytes[0] = VERSION;
        bytes[1] = self.threshold;
        bytes[2] = self.total;
        bytes[3] = self.number;
        bytes[4..8].copy_from_slice(&self.set_id);
        bytes[8..24].copy_from_slice(&self.vault_id);
        bytes[24..].copy_from_slice(self.y.as_ref());
        Zeroizing::new(
            bech32::encode_lower::<Bech32m>(HRP, bytes.as_ref())
                .expect("56 bytes with a short prefix fit the bech32m length limit"),
        )
    }

    /// Reads a share from a file's text: the first line that starts with the prefix (other
    /// lines, such as a printed explanation, are ignored; spaces inside the line are allowed).
    pub fn parse(text: &str) -> Result<Self, ShareError> {
        let line = text
            .lines()
            .map(|l| l.split_whitespace().collect::<String>())
            .find(|l| l.to_ascii_lowercase().starts_with("lantern-share1"))
            .ok_or_else(|| ShareError::Unreadable("no line starts with lantern-share1".into()))?;
        // bech32m only: a bech32 checksum (or none) is another format, not a share.
        let checked = bech32::primitives::decode::CheckedHrpstring::new::<Bech32m>(&line)
            .map_err(|e| ShareError::Unreadable(e.to_string()))?;
        let hrp = checked.hrp();
        let data = Zeroizing::new(checked.byte_iter().collect::<Vec<u8>>());
        if hrp != HRP {
            return Err(ShareError::Unreadable(format!("prefix {hrp}")));
        }
        if data.len() != LEN || data[0] != VERSION {
            return Err(ShareError::Unreadable(format!(
                "{} bytes, version {}",
                data.len(),
                data.first().copied().unwrap_or(0)
            )));
        }
        let (threshold, total, number) = (data[1], data[2], data[3]);
        if threshold < 2 || total < threshold || number == 0 || number > total {
            return Err(ShareError::Unreadable(format!(
                "share {number} of {total}, threshold {threshold}"
            )));
        }
        let mut share = KeyShare {
            threshold,
            total,
            number,
            set_id: [0; 4],
            vault_id: [0; 16],
            y: Zeroizing::new([0; 32]),
        };
        share.set_id.copy_from_slice(&data[4..8]);
        share.vault_id.copy_from_slice(&data[8..24]);
        share.y.copy_from_slice(&data[24..]);
        Ok(share)
    }

    /// The id of the vault whose key this is a share of.
    pub fn vault_id(&self) -> String {
        hex::encode(self.vault_id)
    }
}

/// Splits `key` into `total` shares, any `threshold` of which restore it.
pub(crate) fn split(
    key: &DataKey,
    vault_id: &str,
    threshold: u8,
    total: u8,
) -> Result<Vec<KeyShare>, ShareError> {
    if threshold < 2 || total < threshold {
        return Err(ShareError::BadSplit { threshold, total });
    }
    let vault: [u8; 16] = hex::decode(vault_id)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| StoreError::Invalid(format!("vault id {vault_id}")))?;
    let mut set_id = [0u8; 4];
    crate::keys::random_fill(&mut set_id)?;
    let dealer = blahaj::Sharks(threshold).dealer(key.as_bytes());
    let mut out = Vec::with_capacity(total as usize);
    for share in dealer.take(total as usize) {
        let bytes = Zeroizing::new(Vec::from(&share));
        // blahaj's layout: x, then one y byte per secret byte.
        let mut y = Zeroizing::new([0u8; 32]);
        y.copy_from_slice(&bytes[1..]);
        out.push(KeyShare {
            threshold,
            total,
            number: bytes[0],
            set_id,
            vault_id: vault,
            y,
        });
    }
    Ok(out)
}

/// Combines shares of one split into the key and the vault id they belong to.
pub(crate) fn combine(shares: &[KeyShare]) -> Result<(DataKey, String), ShareError> {
    let first = shares
        .first()
        .ok_or(ShareError::NotEnough { have: 0, need: 2 })?;
    if shares.iter().any(|s| {
        s.set_id != first.set_id
            || s.vault_id != first.vault_id
            || s.threshold != first.threshold
            || s.total != first.total
    }) {
        return Err(ShareError::Mixed);
    }
    let distinct: BTreeSet<u8> = shares.iter().map(|s| s.number).collect();
    let need = first.threshold as usize;
    if distinct.len() < need {
        return Err(ShareError::NotEnough {
            have: distinct.len(),
            need,
        });
    }
    let parsed = shares
        .iter()
        .map(|s| {
            let mut raw = Zeroizing::new(Vec::with_capacity(33));
            raw.push(s.number);
            raw.extend_from_slice(s.y.as_ref());
            blahaj::Share::try_from(raw.as_slice()).map_err(|e| ShareError::Unreadable(e.into()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let secret = Zeroizing::new(
        blahaj::Sharks(first.threshold)
            .recover(&parsed)
            .map_err(|e| ShareError::Unreadable(e.into()))?,
    );
    let key: [u8; 32] = secret
        .as_slice()
        .try_into()
        .map_err(|_| ShareError::Unreadable("not a 32-byte key".into()))?;
    Ok((DataKey::from_bytes(key), hex::encode(first.vault_id)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const VAULT: &str = "00112233445566778899aabbccddeeff";

    fn key() -> DataKey {
        DataKey::from_bytes(std::array::from_fn(|i| i as u8 * 7 + 1))
    }

    #[test]
    fn any_threshold_of_the_shares_restore_the_key_and_fewer_are_refused() {
        let shares = split(&key(), VAULT, 3, 5).unwrap();
        assert_eq!(shares.len(), 5);
        let numbers: Vec<u8> = shares.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        // Every 3-subset restores, through the text form.
        for a in 0..5 {
            for b in a + 1..5 {
                for c in b + 1..5 {
                    let picked: Vec<KeyShare> = [a, b, c]
                        .iter()
                        .map(|&i| KeyShare::parse(&shares[i].text()).unwrap())
                        .collect();
                    let (restored, vault) = combine(&picked).unwrap();
                    assert_eq!(restored.as_bytes(), key().as_bytes());
                    assert_eq!(vault, VAULT);
                }
            }
        }
        let two: Vec<KeyShare> = shares[..2]
            .iter()
            .map(|s| KeyShare::parse(&s.text()).unwrap())
            .collect();
        assert!(matches!(
            combine(&two),
            Err(ShareError::NotEnough { have: 2, need: 3 })
        ));
        // The same share twice counts once.
        let twice: Vec<KeyShare> = [0, 0, 1]
            .iter()
            .map(|&i| KeyShare::parse(&shares[i].text()).unwrap())
            .collect();
        assert_eq!(combine(&twice).unwrap_err().code(), "share.not_enough");
    }

    /// One share below the threshold says nothing about the key: over many splits of the same
    /// key, a single share's byte takes every value about equally often.
    #[test]
    fn a_share_alone_is_uniform_whatever_the_key() {
        let mut counts = [0u32; 256];
        for _ in 0..25_600 {
            let shares = split(&key(), VAULT, 2, 2).unwrap();
            counts[shares[0].y[0] as usize] += 1;
        }
        // Expected 100 each; 5 sigma is ±50.
        assert!(
            counts.iter().all(|&c| (50..=150).contains(&c)),
            "{counts:?}"
        );
    }

    #[test]
    fn shares_of_two_splits_or_two_offices_do_not_mix() {
        let a = split(&key(), VAULT, 2, 3).unwrap();
        let b = split(&key(), VAULT, 2, 3).unwrap();
        let mixed = vec![
            KeyShare::parse(&a[0].text()).unwrap(),
            KeyShare::parse(&b[1].text()).unwrap(),
        ];
        assert_eq!(combine(&mixed).unwrap_err().code(), "share.mixed");
    }

    #[test]
    fn a_mistyped_or_foreign_line_is_unreadable() {
        let share = split(&key(), VAULT, 2, 3).unwrap().remove(0);
        let text = share.text();
        let mut typo = text.to_string();
        let last = typo.pop().unwrap();
        typo.push(if last == 'q' { 'p' } else { 'q' });
        for bad in [
            typo.as_str(),
            "lantern-device-pk1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
            "",
            "hello",
        ] {
            assert_eq!(
                KeyShare::parse(bad).unwrap_err().code(),
                "share.unreadable",
                "{bad}"
            );
        }
        // Printed with an explanation around it and spaces inside: still read.
        let spaced: String = text
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i > 0 && i % 5 == 0).then_some(' ').into_iter().chain([c]))
            .collect();
        let printed = format!("# one share of the office key\n\n{spaced}\n");
        assert_eq!(KeyShare::parse(&printed).unwrap().number, share.number);
        assert!(!format!("{share:?}").contains(&text.as_str()[20..30]));
    }

    /// The committed vectors (`tests/vectors/shares/`): three shares of a 3-of-5 split of
    /// [`key`] restore it; each `fail_*` file is refused with the code its name gives.
    /// `LANTERN_WRITE_SHARE_VECTORS=1` writes them again (they are random: commit the result).
    #[test]
    fn share_vectors() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/shares");
        if std::env::var_os("LANTERN_WRITE_SHARE_VECTORS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            let shares = split(&key(), VAULT, 3, 5).unwrap();
            for i in [0, 2, 4] {
                let name = format!("ok_share_{}_of_5.txt", shares[i].number);
                std::fs::write(dir.join(name), format!("{}\n", shares[i].text().as_str())).unwrap();
            }
            let good = shares[1].text().to_string();
            let mut typo = good.clone();
            let at = good.len() - 10;
            let swapped = if &good[at..=at] == "q" { "p" } else { "q" };
            typo.replace_range(at..=at, swapped);
            let mut bytes = [0u8; LEN];
            bytes[0] = 2;
            bytes[1..4].copy_from_slice(&[3, 5, 2]);
            let version_2 = bech32::encode_lower::<Bech32m>(HRP, &bytes).unwrap();
            bytes[0] = VERSION;
            bytes[1..4].copy_from_slice(&[1, 5, 2]);
            let threshold_1 = bech32::encode_lower::<Bech32m>(HRP, &bytes).unwrap();
            // A well-formed share under the older bech32 checksum.
            bytes[1] = 3;
            let bech32_not_m = bech32::encode_lower::<bech32::Bech32>(HRP, &bytes).unwrap();
            for (name, text) in [
                ("fail_unreadable_typo.txt", typo),
                ("fail_unreadable_version_2.txt", version_2),
                ("fail_unreadable_threshold_1.txt", threshold_1),
                ("fail_unreadable_bech32_not_m.txt", bech32_not_m),
                (
                    "fail_unreadable_no_share_line.txt",
                    "# a note without a share\n".into(),
                ),
            ] {
                std::fs::write(dir.join(name), format!("{text}\n")).unwrap();
            }
        }
        let mut oks = Vec::new();
        let mut fails = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            if name.starts_with("ok_") {
                oks.push(KeyShare::parse(&text).unwrap());
            } else if let Some(rest) = name.strip_prefix("fail_") {
                let code = format!("share.{}", rest.split('_').next().unwrap());
                assert_eq!(KeyShare::parse(&text).unwrap_err().code(), code, "{name}");
                fails += 1;
            }
        }
        assert_eq!((oks.len(), fails), (3, 5));
        let (restored, vault) = combine(&oks).unwrap();
        assert_eq!(restored.as_bytes(), key().as_bytes());
        assert_eq!(vault, VAULT);
        assert_eq!(combine(&oks[..2]).unwrap_err().code(), "share.not_enough");
    }

    #[test]
    fn a_split_needs_a_sensible_threshold() {
        for (t, n) in [(1, 3), (4, 3), (0, 0)] {
            assert_eq!(
                split(&key(), VAULT, t, n).unwrap_err().code(),
                "share.bad_split"
            );
        }
    }
}
