//! Key handling: a random 256-bit data key opens the SQLCipher database; it is stored only
//! wrapped (XChaCha20-Poly1305) under keys derived by Argon2id from the passphrase and from the
//! recovery key. Changing the passphrase rewraps; the database is never re-encrypted.
//!
//! Key types cannot be serialised, cloned or printed, and zeroize on drop.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Result, StoreError};

pub(crate) const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const SALT_LEN: usize = 16;
/// Recovery keys carry 160 random bits, written as 32 Crockford base32 characters.
const RECOVERY_LEN: usize = 20;
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The random key that opens the SQLCipher database.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl DataKey {
    pub(crate) fn generate() -> Result<Self> {
        let mut k = [0u8; KEY_LEN];
        random_fill(&mut k)?;
        Ok(Self(k))
    }

    /// SQLCipher raw-key form `x'<64 hex>'`: skips SQLCipher's own PBKDF2.
    // Unused only in the plain-SQLite benchmark build.
    #[cfg_attr(not(feature = "sqlcipher"), allow(dead_code))]
    pub(crate) fn sqlcipher_pragma_value(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(KEY_LEN * 2 + 3));
        s.push_str("x'");
        s.push_str(&hex::encode(self.0));
        s.push('\'');
        s
    }

    /// A 256-bit key for one purpose, derived with HKDF-SHA-256 (the data key as input key
    /// material, `info` naming the purpose), so no derived key reveals the data key or another.
    pub(crate) fn derive_subkey(&self, info: &[u8]) -> Zeroizing<[u8; KEY_LEN]> {
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        hkdf::Hkdf::<sha2::Sha256>::new(Some(b"lantern-subkey"), &self.0)
            .expand(info, out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA-256 output length");
        out
    }

    /// For the key shares (`crate::shares`): splitting needs the bytes, combining makes them.
    pub(crate) fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(bytes)
    }

    /// Only for the at-rest test that greps files for the key bytes.
    #[doc(hidden)]
    pub fn expose_for_leak_test(&self) -> [u8; KEY_LEN] {
        self.0
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// A passphrase typed by a person. Never printed.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Passphrase(String);

impl Passphrase {
    pub fn new(s: String) -> Self {
        Self(s)
    }
    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The recovery key shown once at creation and handed to the supervisor.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey([u8; RECOVERY_LEN]);

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl RecoveryKey {
    fn generate() -> Result<Self> {
        let mut k = [0u8; RECOVERY_LEN];
        random_fill(&mut k)?;
        Ok(Self(k))
    }

    /// Groups of four characters, e.g. `7K2M-...`, easy to read aloud and copy by hand.
    pub fn display_text(&self) -> Zeroizing<String> {
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut chars = Zeroizing::new(Vec::with_capacity(32));
        for &b in &self.0 {
            bits = (bits << 8) | u64::from(b);
            nbits += 8;
            while nbits >= 5 {
                nbits -= 5;
                chars.push(CROCKFORD[((bits >> nbits) & 31) as usize]);
            }
        }
        bits.zeroize();
        let mut out = Zeroizing::new(String::with_capacity(40));
        for (i, c) in chars.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(*c));
        }
        out
    }

    /// Parses what a person typed: case-insensitive, dashes and spaces ignored, and the usual
    /// Crockford confusions (O→0, I/L→1) accepted.
    pub fn parse(text: &str) -> Result<Self> {
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut out = [0u8; RECOVERY_LEN];
        let mut n = 0;
        let mut count = 0;
        for c in text.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let v = CROCKFORD
                .iter()
                .position(|&x| char::from(x) == c)
                .ok_or(StoreError::WrongPassphrase)?;
            count += 1;
            bits = (bits << 5) | v as u64;
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                if n >= RECOVERY_LEN {
                    return Err(StoreError::WrongPassphrase);
                }
                out[n] = ((bits >> nbits) & 0xff) as u8;
                n += 1;
            }
        }
        bits.zeroize();
        if count != 32 || n != RECOVERY_LEN {
            out.zeroize();
            return Err(StoreError::WrongPassphrase);
        }
        Ok(Self(out))
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

/// True only in builds with the `insecure-test-kdf` feature (test and end-to-end builds): they
/// may create and open key files below [`KdfParams::PRODUCTION_FLOOR`]. A release build refuses
/// such a key file, so a profile made cheap to attack cannot hold real interviews unnoticed.
pub const CHEAP_KDF_ALLOWED: bool = cfg!(feature = "insecure-test-kdf");

/// Argon2id parameters, stored beside each wrapped key so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl KdfParams {
    /// Production: tuned to take 0.5-1 s on the 2-core reference machine (docs/performance.md).
    pub const PRODUCTION: Self = Self {
        m_kib: 256 * 1024,
        t: 3,
        p: 1,
    };
    /// Cheap parameters for tests only. Profiles created with them are marked insecure, and only
    /// builds with the `insecure-test-kdf` feature can create or open them.
    pub const INSECURE_TEST: Self = Self {
        m_kib: 64,
        t: 1,
        p: 1,
    };
    /// The weakest parameters a release build accepts, each one separately. Equal to
    /// [`Self::PRODUCTION`], the only parameters a release build has ever written. If
    /// `PRODUCTION` is raised, keep this where it is: raising it locks existing profiles out.
    pub const PRODUCTION_FLOOR: Self = Self {
        m_kib: 256 * 1024,
        t: 3,
        p: 1,
    };

    /// The parameters for a new wrapping: [`Self::INSECURE_TEST`] when a test asked for them
    /// (`--insecure-test-kdf`, `LANTERN_INSECURE_TEST_KDF=1`) and `allow_cheap`, else
    /// [`Self::PRODUCTION`]. Asked for where they are not allowed, it is
    /// [`StoreError::KdfTooWeak`]: a command line that means a test profile gets none at all.
    pub fn for_new_key(insecure_test: bool, allow_cheap: bool) -> Result<Self> {
        if !insecure_test {
            return Ok(Self::PRODUCTION);
        }
        check_kdf_floor(Self::INSECURE_TEST, allow_cheap)?;
        Ok(Self::INSECURE_TEST)
    }

    /// Every parameter at or above the floor. A single weaker one makes guessing cheaper.
    pub fn is_production_strength(&self) -> bool {
        let floor = Self::PRODUCTION_FLOOR;
        self.m_kib >= floor.m_kib && self.t >= floor.t && self.p >= floor.p
    }

    fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN))
            .map_err(|_| StoreError::WeakKdfParams)?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|_| StoreError::WeakKdfParams)?;
        Ok(out)
    }
}

/// Refuses parameters below [`KdfParams::PRODUCTION_FLOOR`] unless `allow_cheap` (callers pass
/// [`CHEAP_KDF_ALLOWED`]; tests pass `false` to stand for a release build).
pub fn check_kdf_floor(kdf: KdfParams, allow_cheap: bool) -> Result<()> {
    if allow_cheap || kdf.is_production_strength() {
        Ok(())
    } else {
        Err(StoreError::KdfTooWeak)
    }
}

/// One wrapping of the data key: Argon2id(secret, salt) → XChaCha20-Poly1305 key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct WrappedKey {
    kdf: KdfParams,
    #[serde(with = "hex::serde")]
    salt: Vec<u8>,
    #[serde(with = "hex::serde")]
    nonce: Vec<u8>,
    #[serde(with = "hex::serde")]
    ciphertext: Vec<u8>,
}

impl WrappedKey {
    fn wrap(key: &DataKey, secret: &[u8], kdf: KdfParams, aad: &[u8]) -> Result<Self> {
        let mut salt = vec![0u8; SALT_LEN];
        random_fill(&mut salt)?;
        let mut nonce = vec![0u8; NONCE_LEN];
        random_fill(&mut nonce)?;
        let kek = kdf.derive(secret, &salt)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref())
            .map_err(|_| StoreError::Invalid("key length".into()))?;
        let ciphertext = cipher
            .encrypt(
                nonce
                    .as_slice()
                    .try_into()
                    .map_err(|_| StoreError::Invalid("nonce".into()))?,
                Payload { msg: &key.0, aad },
            )
            .map_err(|_| StoreError::Invalid("wrap failed".into()))?;
        Ok(Self {
            kdf,
            salt,
            nonce,
            ciphertext,
        })
    }

    fn unwrap(&self, secret: &[u8], aad: &[u8]) -> Result<DataKey> {
        if self.nonce.len() != NONCE_LEN || self.salt.len() < 8 {
            return Err(StoreError::Invalid("wrapped key fields".into()));
        }
        let kek = self.kdf.derive(secret, &self.salt)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref())
            .map_err(|_| StoreError::Invalid("key length".into()))?;
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    self.nonce
                        .as_slice()
                        .try_into()
                        .map_err(|_| StoreError::Invalid("nonce".into()))?,
                    Payload {
                        msg: &self.ciphertext,
                        aad,
                    },
                )
                .map_err(|_| StoreError::WrongPassphrase)?,
        );
        let arr: [u8; KEY_LEN] = plain
            .as_slice()
            .try_into()
            .map_err(|_| StoreError::WrongPassphrase)?;
        Ok(DataKey(arr))
    }
}

/// The profile's key file (`keys.json`): non-secret parameters and the two wrappings of the data
/// key. It reveals nothing about the content without the passphrase or the recovery key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct KeyFile {
    pub format: String,
    pub version: u32,
    /// Random id of this profile; bound into each wrapping as associated data.
    pub profile_id: String,
    /// SQLCipher writes a random 16-byte salt at the start of the database file; remembering it
    /// lets us tell "database of another profile" apart from "damaged database" before opening.
    #[serde(with = "hex::serde")]
    pub database_salt: Vec<u8>,
    pub passphrase: WrappedKey,
    pub recovery: WrappedKey,
}

pub(crate) const KEY_FILE_FORMAT: &str = "lantern-keyfile";

impl KeyFile {
    pub(crate) fn new(
        profile_id: String,
        key: &DataKey,
        passphrase: &Passphrase,
        kdf: KdfParams,
    ) -> Result<(Self, RecoveryKey)> {
        let recovery = RecoveryKey::generate()?;
        let pass_wrap = WrappedKey::wrap(
            key,
            passphrase.bytes(),
            kdf,
            &aad(&profile_id, "passphrase"),
        )?;
        let rec_wrap = WrappedKey::wrap(key, &recovery.0, kdf, &aad(&profile_id, "recovery"))?;
        Ok((
            Self {
                format: KEY_FILE_FORMAT.into(),
                version: 1,
                profile_id,
                database_salt: Vec::new(),
                passphrase: pass_wrap,
                recovery: rec_wrap,
            },
            recovery,
        ))
    }

    pub(crate) fn kdf(&self) -> KdfParams {
        self.passphrase.kdf
    }

    /// Both wrappings at or above the floor (unless `allow_cheap`): a test-build profile is
    /// refused whichever secret unlocks it.
    pub(crate) fn check_floor(&self, allow_cheap: bool) -> Result<()> {
        check_kdf_floor(self.passphrase.kdf, allow_cheap)?;
        check_kdf_floor(self.recovery.kdf, allow_cheap)
    }

    pub(crate) fn unwrap_with_passphrase(&self, p: &Passphrase) -> Result<DataKey> {
        self.passphrase
            .unwrap(p.bytes(), &aad(&self.profile_id, "passphrase"))
    }

    pub(crate) fn unwrap_with_recovery(&self, r: &RecoveryKey) -> Result<DataKey> {
        self.recovery
            .unwrap(&r.0, &aad(&self.profile_id, "recovery"))
    }

    pub(crate) fn rewrap_passphrase(
        &mut self,
        key: &DataKey,
        p: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        self.passphrase =
            WrappedKey::wrap(key, p.bytes(), kdf, &aad(&self.profile_id, "passphrase"))?;
        Ok(())
    }
}

fn aad(profile_id: &str, purpose: &str) -> Vec<u8> {
    format!("lantern-keyfile-v1\0{profile_id}\0{purpose}").into_bytes()
}

pub(crate) fn random_fill(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))
}

pub(crate) fn random_hex(n: usize) -> Result<String> {
    let mut b = vec![0u8; n];
    random_fill(&mut b)?;
    Ok(hex::encode(b))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_round_trips_through_its_text() {
        let k = RecoveryKey::generate().unwrap();
        let text = k.display_text();
        assert_eq!(text.len(), 39);
        let back = RecoveryKey::parse(&text.to_lowercase()).unwrap();
        assert_eq!(back.0, k.0);
        assert!(RecoveryKey::parse("AAAA").is_err());
    }

    #[test]
    fn wrap_unwrap_and_wrong_secret() {
        let key = DataKey::generate().unwrap();
        let p = Passphrase::new("correct horse".into());
        let (kf, rec) = KeyFile::new("p1".into(), &key, &p, KdfParams::INSECURE_TEST).unwrap();
        assert_eq!(kf.unwrap_with_passphrase(&p).unwrap().0, key.0);
        assert_eq!(kf.unwrap_with_recovery(&rec).unwrap().0, key.0);
        let wrong = Passphrase::new("correct horsf".into());
        assert!(matches!(
            kf.unwrap_with_passphrase(&wrong),
            Err(StoreError::WrongPassphrase)
        ));
        // Bound to the profile id: a key file edited to claim another id does not unwrap.
        let mut other = kf.clone();
        other.profile_id = "p2".into();
        assert!(matches!(
            other.unwrap_with_passphrase(&p),
            Err(StoreError::WrongPassphrase)
        ));
    }

    #[test]
    fn the_floor_is_each_production_parameter() {
        let floor = KdfParams::PRODUCTION_FLOOR;
        check_kdf_floor(floor, false).unwrap();
        check_kdf_floor(KdfParams::PRODUCTION, false).unwrap();
        let stronger = [
            KdfParams {
                m_kib: floor.m_kib * 2,
                ..floor
            },
            KdfParams {
                t: floor.t + 1,
                ..floor
            },
            KdfParams {
                p: floor.p + 1,
                ..floor
            },
        ];
        for kdf in stronger {
            check_kdf_floor(kdf, false).unwrap();
        }
        // One parameter below the floor is enough to refuse, even with the others far above.
        let weaker = [
            KdfParams {
                m_kib: floor.m_kib - 1,
                t: floor.t * 4,
                p: floor.p * 4,
            },
            KdfParams {
                m_kib: floor.m_kib * 4,
                t: floor.t - 1,
                p: floor.p * 4,
            },
            KdfParams {
                m_kib: floor.m_kib * 4,
                t: floor.t * 4,
                p: floor.p - 1,
            },
            KdfParams::INSECURE_TEST,
        ];
        for kdf in weaker {
            assert!(
                matches!(check_kdf_floor(kdf, false), Err(StoreError::KdfTooWeak)),
                "{kdf:?} accepted"
            );
            assert!(!kdf.is_production_strength(), "{kdf:?}");
            // A test build takes them all.
            check_kdf_floor(kdf, true).unwrap();
        }
    }

    #[test]
    fn test_parameters_only_where_allowed() {
        let chosen = |insecure, allow| KdfParams::for_new_key(insecure, allow);
        assert_eq!(chosen(false, false).unwrap(), KdfParams::PRODUCTION);
        assert_eq!(chosen(false, true).unwrap(), KdfParams::PRODUCTION);
        assert_eq!(chosen(true, true).unwrap(), KdfParams::INSECURE_TEST);
        assert!(matches!(chosen(true, false), Err(StoreError::KdfTooWeak)));
    }

    #[test]
    fn debug_output_is_redacted() {
        let key = DataKey::generate().unwrap();
        assert_eq!(format!("{key:?}"), "DataKey(<redacted>)");
        assert_eq!(
            format!("{:?}", Passphrase::new("secret".into())),
            "Passphrase(<redacted>)"
        );
    }
}
