//! A central office made of the bundle format's own primitives (keys, enrolment, open, receipt):
//! enough to read what a device really exported and to acknowledge it, without depending on the
//! central crate.

use std::path::Path;

use lantern_bundle::{
    CentralIdentity, CentralSigningKey, DeviceSigningKey, Enrolment, Limits, Payload, PurgePolicy,
    Receipt, RecordKey, Trust, sign_enrolment, sign_receipt,
};
use lantern_store::Store;
use lantern_store::sync::{
    CONSENT_KIND, ConsentChangeExport, IDENTITY_KIND, INTERVIEW_KIND, IdentityExport,
    InterviewExport,
};

pub struct Office {
    identity: CentralIdentity,
    signing: CentralSigningKey,
    pub enrolment: Vec<u8>,
}

/// One opened bundle: its records, and the bodies parsed by kind.
pub struct Opened {
    pub payload: Payload,
    pub bundle_id: lantern_bundle::BundleId,
    pub interviews: Vec<InterviewExport>,
    pub identities: Vec<IdentityExport>,
    pub consent_changes: Vec<(String, u64, ConsentChangeExport)>,
}

impl Office {
    pub fn new(purge: PurgePolicy) -> Self {
        let identity = CentralIdentity::generate().unwrap();
        let signing = CentralSigningKey::generate().unwrap();
        let enrolment = sign_enrolment(
            &Enrolment {
                central_key: signing.verifying_key(),
                recipient: identity.recipient(),
                node_id: "central-test".into(),
                purge,
                created_at: 1,
                inbox_certificate: None,
                inbox_url: None,
            },
            &signing,
        )
        .unwrap();
        Self {
            identity,
            signing,
            enrolment,
        }
    }

    /// Verifies with the device's key and decrypts: what the central office would import.
    pub fn open(&self, store: &Store, bundle: &Path) -> Opened {
        let key = DeviceSigningKey::from_secret_bytes(&store.device_signing_seed().unwrap())
            .verifying_key();
        let verified =
            lantern_bundle::verify_file(bundle, &Limits::default(), |_| Trust::Trusted(key))
                .unwrap();
        let bundle_id = verified.bundle_id();
        let payload = lantern_bundle::open(verified, &self.identity).unwrap();
        let mut opened = Opened {
            payload: payload.clone(),
            bundle_id,
            interviews: Vec::new(),
            identities: Vec::new(),
            consent_changes: Vec::new(),
        };
        for r in &payload.records {
            match r.kind.as_str() {
                INTERVIEW_KIND => opened
                    .interviews
                    .push(serde_json::from_slice(&r.body).unwrap()),
                IDENTITY_KIND => opened
                    .identities
                    .push(serde_json::from_slice(&r.body).unwrap()),
                CONSENT_KIND => opened.consent_changes.push((
                    r.id.clone(),
                    r.revision,
                    serde_json::from_slice(&r.body).unwrap(),
                )),
                other => panic!("unexpected record kind {other}"),
            }
        }
        opened
    }

    /// A signed receipt acknowledging every record of the bundle.
    pub fn receipt(&self, opened: &Opened) -> Vec<u8> {
        sign_receipt(
            &Receipt {
                bundle_id: opened.bundle_id,
                device_id: opened.payload.header.device_id,
                seq: opened.payload.header.seq,
                accepted_at: 2,
                records: opened
                    .payload
                    .records
                    .iter()
                    .map(|r| RecordKey {
                        kind: r.kind.clone(),
                        id: r.id.clone(),
                        revision: r.revision,
                    })
                    .collect(),
            },
            &self.signing,
        )
        .unwrap()
    }
}
