//! The inbox's TLS certificate: self-signed, made once, kept in the encrypted store, and pinned
//! by the devices through the digest in the enrolment file (no certificate authority: field
//! laptops reach the office by an address that no public CA would certify, often a bare IP).

use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{CentralError, Result};
use crate::home::Central;

/// The name in the certificate. Devices do not check it (they pin the certificate itself).
const SUBJECT: &str = "lantern-inbox";

/// The inbox's certificate and its private key (PKCS#8 DER, zeroized on drop).
pub struct InboxCertificate {
    pub(crate) certificate: Vec<u8>,
    pub(crate) private_key: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for InboxCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InboxCertificate")
            .field("digest", &hex::encode(self.digest()))
            .field("private_key", &"<redacted>")
            .finish()
    }
}

impl InboxCertificate {
    /// SHA-256 of the DER certificate: what the enrolment file carries and a device pins.
    pub fn digest(&self) -> [u8; 32] {
        Sha256::digest(&self.certificate).into()
    }

    /// The DER certificate (public).
    pub fn der(&self) -> &[u8] {
        &self.certificate
    }

    /// The rustls server configuration that presents this certificate (TLS 1.3 and 1.2, ring).
    pub fn server_config(&self) -> Result<rustls::ServerConfig> {
        use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.private_key.to_vec()));
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|b| {
                b.with_no_client_auth()
                    .with_single_cert(vec![CertificateDer::from(self.certificate.clone())], key)
            })
            .map_err(|e| CentralError::Damaged(format!("inbox certificate: {e}")))
    }
}

impl Central {
    /// The inbox certificate, made and stored on first use.
    pub fn inbox_certificate(&mut self, now: i64) -> Result<InboxCertificate> {
        if let Some(held) = self.held_inbox_certificate()? {
            return Ok(held);
        }
        let made = rcgen::generate_simple_self_signed(vec![SUBJECT.to_owned()])
            .map_err(|e| CentralError::Damaged(format!("inbox certificate: {e}")))?;
        let certificate = InboxCertificate {
            certificate: made.cert.der().to_vec(),
            private_key: Zeroizing::new(made.signing_key.serialize_der()),
        };
        self.vault.conn().execute(
            "INSERT INTO inbox_certificate (singleton, certificate, private_key, created_at)
             VALUES (1, ?1, ?2, ?3)",
            params![certificate.certificate, &certificate.private_key[..], now],
        )?;
        Ok(certificate)
    }

    /// The inbox certificate if one was made.
    pub fn held_inbox_certificate(&self) -> Result<Option<InboxCertificate>> {
        Ok(self
            .vault
            .conn()
            .query_row(
                "SELECT certificate, private_key FROM inbox_certificate",
                [],
                |r| {
                    Ok(InboxCertificate {
                        certificate: r.get(0)?,
                        private_key: Zeroizing::new(r.get(1)?),
                    })
                },
            )
            .optional()?)
    }
}
