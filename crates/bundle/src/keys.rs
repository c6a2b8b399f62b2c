//! Keys and identifiers.
//!
//! Secret key types are deliberately not `Clone`, not `Serialize`, and print as
//! `[redacted]`; they zeroize on drop (ed25519-dalek and x25519-dalek do so with their
//! `zeroize` feature). Secret bytes leave only through `to_secret_bytes`, wrapped in
//! [`Zeroizing`], so the store can persist them encrypted.

use std::fmt;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use bech32::{Bech32, Hrp};
use ed25519_dalek::{Signature, Signer};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::BundleError;

const DEVICE_PK_HRP: Hrp = Hrp::parse_unchecked("lantern-device-pk");
const CENTRAL_PK_HRP: Hrp = Hrp::parse_unchecked("lantern-central-pk");
const AGE_SECRET_HRP: Hrp = Hrp::parse_unchecked("age-secret-key-");
const AGE_PUBLIC_HRP: Hrp = Hrp::parse_unchecked("age");

/// Domain tag of key fingerprints, so a fingerprint can never collide with another SHA-256 use.
const FINGERPRINT_DOMAIN: &[u8] = b"lantern key fingerprint v1\0";

fn random_32() -> Result<Zeroizing<[u8; 32]>, BundleError> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|e| BundleError::Random(e.to_string()))?;
    Ok(bytes)
}

fn bad(what: &'static str, reason: impl fmt::Display) -> BundleError {
    BundleError::BadEncoding {
        what,
        reason: reason.to_string(),
    }
}

fn bech32_encode(hrp: Hrp, bytes: &[u8; 32]) -> String {
    bech32::encode_lower::<Bech32>(hrp, bytes)
        .expect("32 bytes with a short HRP fit the bech32 length limit")
}

fn bech32_decode_32(
    text: &str,
    hrp: Hrp,
    what: &'static str,
) -> Result<Zeroizing<[u8; 32]>, BundleError> {
    let (found, data) = bech32::decode(text.trim()).map_err(|e| bad(what, e))?;
    let data = Zeroizing::new(data);
    if found != hrp {
        return Err(bad(what, format!("expected prefix {hrp}, found {found}")));
    }
    let mut out = Zeroizing::new([0u8; 32]);
    if data.len() != 32 {
        return Err(bad(
            what,
            format!("expected 32 bytes, found {}", data.len()),
        ));
    }
    out.copy_from_slice(&data);
    Ok(out)
}

/// SHA-256 fingerprint of a public key (domain separated), shown to people who compare keys.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    fn of(kind: &[u8], public: &[u8; 32]) -> Self {
        let mut h = Sha256::new();
        h.update(FINGERPRINT_DOMAIN);
        h.update(kind);
        h.update(public);
        Fingerprint(h.finalize().into())
    }

    /// The 32 fingerprint bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for Fingerprint {
    /// Lowercase hex in groups of four, easy to read aloud over a phone line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, pair) in self.0.chunks(2).enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{}", hex::encode(pair))?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// A device's identifier: 16 random bytes, written `dev-` + 32 lowercase hex digits (the form
/// the store already uses).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceId([u8; 16]);

impl DeviceId {
    /// Wraps 16 bytes.
    pub const fn from_bytes(bytes: [u8; 16]) -> Self {
        DeviceId(bytes)
    }

    /// A new random id from the operating system's RNG.
    pub fn generate() -> Result<Self, BundleError> {
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).map_err(|e| BundleError::Random(e.to_string()))?;
        Ok(DeviceId(b))
    }

    /// The 16 raw bytes.
    pub const fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dev-{}", hex::encode(self.0))
    }
}

impl fmt::Debug for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceId({self})")
    }
}

impl FromStr for DeviceId {
    type Err = BundleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex_part = s
            .strip_prefix("dev-")
            .ok_or_else(|| bad("device id", "missing dev- prefix"))?;
        if hex_part.len() != 32 || hex_part.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(bad("device id", "expected 32 lowercase hex digits"));
        }
        let mut b = [0u8; 16];
        hex::decode_to_slice(hex_part, &mut b).map_err(|e| bad("device id", e))?;
        Ok(DeviceId(b))
    }
}

impl serde::Serialize for DeviceId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for DeviceId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes: serde_bytes::ByteBuf = serde::Deserialize::deserialize(d)?;
        let arr: [u8; 16] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| serde::de::Error::invalid_length(bytes.len(), &"16 bytes"))?;
        Ok(DeviceId(arr))
    }
}

// ---------------------------------------------------------------------------------------------
// Ed25519 keys, one pair of newtypes per role so a device key can never sign a receipt.

macro_rules! ed25519_pair {
    (
        $(#[$sdoc:meta])* $signing:ident,
        $(#[$vdoc:meta])* $verifying:ident,
        $hrp:expr, $kind:literal, $what:literal
    ) => {
        $(#[$sdoc])*
        pub struct $signing(ed25519_dalek::SigningKey);

        impl $signing {
            /// Builds the key from its 32-byte secret seed (as persisted by the store).
            pub fn from_secret_bytes(seed: &[u8; 32]) -> Self {
                Self(ed25519_dalek::SigningKey::from_bytes(seed))
            }

            /// A new key from the operating system's RNG.
            pub fn generate() -> Result<Self, BundleError> {
                let seed = random_32()?;
                Ok(Self::from_secret_bytes(&seed))
            }

            /// The 32-byte secret seed, for persisting inside an encrypted store only.
            pub fn to_secret_bytes(&self) -> Zeroizing<[u8; 32]> {
                Zeroizing::new(self.0.to_bytes())
            }

            /// The public half.
            pub fn verifying_key(&self) -> $verifying {
                $verifying(self.0.verifying_key())
            }

            pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
                self.0.sign(message).to_bytes()
            }
        }

        impl fmt::Debug for $signing {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($signing), "([redacted], public {})"), self.verifying_key().fingerprint())
            }
        }

        $(#[$vdoc])*
        #[derive(Clone, Copy, PartialEq, Eq)]
        pub struct $verifying(ed25519_dalek::VerifyingKey);

        impl $verifying {
            /// Parses 32 public key bytes (must be a valid Ed25519 point).
            pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, BundleError> {
                ed25519_dalek::VerifyingKey::from_bytes(bytes)
                    .map(Self)
                    .map_err(|_| bad($what, "not a valid Ed25519 public key"))
            }

            /// The 32 public key bytes.
            pub fn to_bytes(&self) -> [u8; 32] {
                self.0.to_bytes()
            }

            /// SHA-256 fingerprint for people to compare.
            pub fn fingerprint(&self) -> Fingerprint {
                Fingerprint::of($kind, self.0.as_bytes())
            }

            /// Strict Ed25519 verification (rejects small-order keys and malleable signatures).
            pub(crate) fn verify(&self, message: &[u8], signature: &[u8; 64]) -> Result<(), BundleError> {
                let sig = Signature::from_bytes(signature);
                self.0.verify_strict(message, &sig).map_err(|_| BundleError::BadSignature)
            }
        }

        impl fmt::Display for $verifying {
            /// Bech32 text form with a role prefix (checksummed, so typos are caught).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&bech32_encode($hrp, self.0.as_bytes()))
            }
        }

        impl fmt::Debug for $verifying {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($verifying), "({})"), self)
            }
        }

        impl FromStr for $verifying {
            type Err = BundleError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let bytes = bech32_decode_32(s, $hrp, $what)?;
                Self::from_bytes(&bytes)
            }
        }
    };
}

ed25519_pair!(
    /// A device's Ed25519 signing key: signs the bundles it exports.
    DeviceSigningKey,
    /// A device's public key as registered at the central node; text form `lantern-device-pk1…`.
    DeviceVerifyingKey,
    DEVICE_PK_HRP, b"device", "device public key"
);

ed25519_pair!(
    /// The central node's Ed25519 signing key: signs receipts (and, later, enrolment files).
    CentralSigningKey,
    /// The central node's public signing key; text form `lantern-central-pk1…`.
    CentralVerifyingKey,
    CENTRAL_PK_HRP, b"central", "central public key"
);

// ---------------------------------------------------------------------------------------------
// X25519 (age) keys.

/// The central node's X25519 secret key: the only key that can open bundles.
pub struct CentralIdentity(age::x25519::Identity);

impl CentralIdentity {
    /// Builds the identity from its 32 secret bytes (as persisted by the central store).
    pub fn from_secret_bytes(secret: &[u8; 32]) -> Self {
        // age offers no byte constructor; its bech32 text form is the supported way in.
        let text = Zeroizing::new(
            bech32::encode_upper::<Bech32>(AGE_SECRET_HRP, secret).expect("fits bech32 limit"),
        );
        let identity = age::x25519::Identity::from_str(&text)
            .expect("a freshly encoded age secret key parses");
        CentralIdentity(identity)
    }

    /// A new identity from the operating system's RNG.
    pub fn generate() -> Result<Self, BundleError> {
        let secret = random_32()?;
        Ok(Self::from_secret_bytes(&secret))
    }

    /// Parses an `AGE-SECRET-KEY-1…` string (interoperable with `rage -i`).
    pub fn from_age_secret(text: &str) -> Result<Self, BundleError> {
        let bytes = bech32_decode_32(text, AGE_SECRET_HRP, "age secret key")?;
        Ok(Self::from_secret_bytes(&bytes))
    }

    /// The 32 secret bytes, for persisting inside an encrypted store only.
    pub fn to_secret_bytes(&self) -> Zeroizing<[u8; 32]> {
        let text = self.0.to_string();
        bech32_decode_32(text.expose_secret(), AGE_SECRET_HRP, "age secret key")
            .expect("age encodes its own secret keys correctly")
    }

    /// The public recipient that devices seal to.
    pub fn recipient(&self) -> CentralRecipient {
        CentralRecipient::from_age(self.0.to_public())
    }

    pub(crate) fn as_age(&self) -> &age::x25519::Identity {
        &self.0
    }
}

impl fmt::Debug for CentralIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "CentralIdentity([redacted], recipient {})",
            self.recipient()
        )
    }
}

/// The central node's X25519 public key; text form is age's `age1…` recipient.
#[derive(Clone, PartialEq, Eq)]
pub struct CentralRecipient {
    age: age::x25519::Recipient,
    bytes: [u8; 32],
}

impl CentralRecipient {
    fn from_age(age: age::x25519::Recipient) -> Self {
        let bytes = *bech32_decode_32(&age.to_string(), AGE_PUBLIC_HRP, "age recipient")
            .expect("age encodes its own recipients correctly");
        CentralRecipient { age, bytes }
    }

    /// Parses 32 raw X25519 public key bytes.
    pub fn from_bytes(bytes: &[u8; 32]) -> Self {
        let text = bech32_encode(AGE_PUBLIC_HRP, bytes);
        Self::from_str(&text).expect("a freshly encoded age recipient parses")
    }

    /// The 32 raw public key bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.bytes
    }

    /// SHA-256 fingerprint for people to compare.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(b"recipient", &self.bytes)
    }

    pub(crate) fn as_age(&self) -> &age::x25519::Recipient {
        &self.age
    }
}

impl fmt::Display for CentralRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.age)
    }
}

impl fmt::Debug for CentralRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CentralRecipient({})", self.age)
    }
}

impl FromStr for CentralRecipient {
    type Err = BundleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let age =
            age::x25519::Recipient::from_str(s.trim()).map_err(|e| bad("age recipient", e))?;
        Ok(Self::from_age(age))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_round_trip() {
        let sk = DeviceSigningKey::from_secret_bytes(&[7; 32]);
        let pk = sk.verifying_key();
        let text = pk.to_string();
        assert!(text.starts_with("lantern-device-pk1"), "{text}");
        assert_eq!(text.parse::<DeviceVerifyingKey>().unwrap(), pk);
        // A device key is not a central key: the prefix is checked.
        assert_eq!(
            text.parse::<CentralVerifyingKey>().unwrap_err().code(),
            "bundle.bad_encoding"
        );

        let id = CentralIdentity::from_secret_bytes(&[9; 32]);
        assert_eq!(*id.to_secret_bytes(), [9; 32]);
        let r = id.recipient();
        assert!(r.to_string().starts_with("age1"));
        assert_eq!(r.to_string().parse::<CentralRecipient>().unwrap(), r);
        assert_eq!(CentralRecipient::from_bytes(&r.to_bytes()), r);
        let secret = id.0.to_string();
        let again = CentralIdentity::from_age_secret(secret.expose_secret()).unwrap();
        assert_eq!(again.recipient(), r);

        let dev: DeviceId = "dev-00112233445566778899aabbccddeeff".parse().unwrap();
        assert_eq!(dev.to_string(), "dev-00112233445566778899aabbccddeeff");
        assert!("dev-0011".parse::<DeviceId>().is_err());
        assert!(
            "dev-00112233445566778899AABBCCDDEEFF"
                .parse::<DeviceId>()
                .is_err()
        );
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let sk = DeviceSigningKey::from_secret_bytes(&[7; 32]);
        let dbg = format!("{sk:?}");
        assert!(dbg.contains("[redacted]"));
        assert!(!dbg.contains(&hex::encode([7u8; 32])));
        let id = CentralIdentity::from_secret_bytes(&[9; 32]);
        let dbg = format!("{id:?}");
        assert!(dbg.contains("[redacted]") && !dbg.to_lowercase().contains("secret-key"));
    }

    #[test]
    fn fingerprints_differ_by_role() {
        let bytes = DeviceSigningKey::from_secret_bytes(&[1; 32])
            .verifying_key()
            .to_bytes();
        let d = DeviceVerifyingKey::from_bytes(&bytes)
            .unwrap()
            .fingerprint();
        let c = CentralVerifyingKey::from_bytes(&bytes)
            .unwrap()
            .fingerprint();
        assert_ne!(d, c);
    }
}
