//! Every byte flipped, every chunk boundary cut, a file swapped between the two passes.

use std::io::{Seek, SeekFrom, Write};

use lantern_bundle::{HEADER_LEN, Limits, TRAILER_LEN};

use crate::fixture::*;

/// The error a flipped byte at `pos` must produce, by region (SPEC.md §3).
fn expected_code(pos: usize, len: usize) -> &'static str {
    match pos {
        0..8 => "bundle.bad_magic",
        8..10 => "bundle.unsupported_version",
        10..26 => "bundle.unknown_device",
        26..58 => "bundle.signer_key_mismatch",
        p if p < len - 8 => "bundle.bad_signature", // ciphertext and signature
        _ => "bundle.truncated",                    // end marker
    }
}

fn read_vector(name: &str) -> Vec<u8> {
    std::fs::read(vectors_dir().join(format!("{name}.bundle"))).unwrap()
}

#[test]
fn flipping_any_byte_of_a_small_bundle_is_refused_with_the_right_code() {
    let keys = TestKeys::load();
    let bundle = read_vector("ok_small");
    assert!(keys.process(&bundle).is_ok());
    for pos in 0..bundle.len() {
        for mask in [0x01u8, 0x80] {
            let mut t = bundle.clone();
            t[pos] ^= mask;
            let got = keys.process(&t).err();
            assert_eq!(
                got,
                Some(expected_code(pos, t.len())),
                "byte {pos} ^ {mask:#04x} of {}",
                t.len()
            );
        }
    }
}

#[test]
fn flipping_sampled_bytes_of_a_multichunk_bundle_is_refused() {
    let keys = TestKeys::load();
    let bundle = read_vector("ok_multichunk");
    let len = bundle.len();
    let first = first_chunk_offset(&bundle);
    let mut positions: Vec<usize> = (0..first + 64).chain(len - TRAILER_LEN - 64..len).collect();
    positions.extend((first..len).step_by(4099));
    // Both sides of every STREAM chunk boundary.
    for k in 1..=(len - first) / AGE_CHUNK {
        let b = first + k * AGE_CHUNK;
        positions.extend([b - 17, b - 16, b - 1, b, b + 1]);
    }
    for pos in positions {
        let mut t = bundle.clone();
        t[pos] ^= 0x04;
        assert_eq!(
            keys.process(&t).err(),
            Some(expected_code(pos, len)),
            "byte {pos}"
        );
    }
}

/// Bytes after the end marker are said as such (SPEC §3 step 2): newlines a copy added, zeros,
/// an end marker and then more.
#[test]
fn bytes_appended_after_the_end_marker_are_trailing_data_not_truncation() {
    let keys = TestKeys::load();
    let bundle = read_vector("ok_small");
    let mut marker_then_more = b"LNTNBEND".to_vec();
    marker_then_more.extend_from_slice(b"more");
    for tail in [vec![0x0a], vec![0; 7], vec![0xff; 5000], marker_then_more] {
        let mut t = bundle.clone();
        t.extend_from_slice(&tail);
        assert_eq!(
            keys.process(&t).err(),
            Some("bundle.trailing_data"),
            "{} bytes appended",
            tail.len()
        );
    }
    // What ends in an end marker again (a marker, or a second bundle glued on) has its
    // signature checked over the wrong bytes: refused as altered.
    for tail in [b"LNTNBEND".to_vec(), bundle.clone()] {
        let mut t = bundle.clone();
        t.extend_from_slice(&tail);
        assert_eq!(keys.process(&t).err(), Some("bundle.bad_signature"));
    }
}

#[test]
fn truncation_anywhere_is_reported_as_truncation() {
    let keys = TestKeys::load();
    let bundle = read_vector("ok_multichunk");
    let len = bundle.len();
    let first = first_chunk_offset(&bundle);
    let mut cuts = vec![
        0,
        1,
        7,
        8,
        57,
        HEADER_LEN,
        HEADER_LEN + 1,
        first - 17,
        first,
        len - TRAILER_LEN - 1,
    ];
    cuts.extend([
        len - TRAILER_LEN,
        len - TRAILER_LEN + 1,
        len - 9,
        len - 8,
        len - 1,
    ]);
    for k in 0..=(len - first) / AGE_CHUNK {
        let b = first + k * AGE_CHUNK;
        cuts.extend([b - 1, b, b + 1].into_iter().filter(|&c| c < len));
    }
    cuts.extend((0..len).step_by(9973));
    for cut in cuts {
        assert_eq!(
            keys.process(&bundle[..cut]).err(),
            Some("bundle.truncated"),
            "cut at {cut} of {len}"
        );
    }
}

#[test]
fn validly_signed_age_stream_cut_at_each_chunk_boundary_does_not_decrypt() {
    let keys = TestKeys::load();
    let alice = &keys.alice;
    let mut plain = header_item(1, &alice.id, 40);
    plain.extend(record_item(
        "attachment",
        "att-1",
        1,
        &vec![3u8; 3 * 65536 + 100],
    ));
    let ct = age_encrypt(&keys.central(), &plain);
    let probe = assemble(1, &alice.id, [0; 32], &alice.dalek(), &ct);
    let first = first_chunk_offset(&probe) - HEADER_LEN;
    for k in 0..=3 {
        for cut in [first + k * AGE_CHUNK, first + k * AGE_CHUNK + 17] {
            if cut >= ct.len() {
                continue;
            }
            let bundle = assemble(
                1,
                &alice.id,
                alice.dalek().verifying_key().to_bytes(),
                &alice.dalek(),
                &ct[..cut],
            );
            assert_eq!(
                keys.process(&bundle).err(),
                Some("bundle.decryption_failed"),
                "age stream cut at {cut}"
            );
        }
    }
    let whole = assemble(
        1,
        &alice.id,
        alice.dalek().verifying_key().to_bytes(),
        &alice.dalek(),
        &ct,
    );
    assert!(keys.process(&whole).is_ok());
}

#[test]
fn a_file_swapped_between_verify_and_open_is_caught() {
    let keys = TestKeys::load();
    let payload = ok_payload("ok_small", &keys);
    let seal = || {
        let mut out = Vec::new();
        lantern_bundle::seal(
            &payload,
            &keys.central().recipient(),
            &keys.alice.key(),
            &mut out,
        )
        .unwrap();
        out
    };
    // age adds random "grease" stanzas to its header, so lengths vary: seal until any two have
    // the same length (a birthday search, not "until one matches the first").
    let mut by_len: std::collections::HashMap<usize, Vec<u8>> = std::collections::HashMap::new();
    let (a, b) = (0..2000)
        .find_map(|_| {
            let s = seal();
            by_len
                .insert(s.len(), s.clone())
                .map(|earlier| (earlier, s))
        })
        .expect("two seals of equal length");
    assert_ne!(a, b, "fresh age randomness each time");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inbox.bundle");
    std::fs::write(&path, &a).unwrap();
    let verified =
        lantern_bundle::verify_file(&path, &Limits::default(), |id| keys.trust(id)).unwrap();
    // An attacker with write access to the spool replaces the verified file with another bundle
    // sealed to the (public) recipient key: every chunk decrypts, but the re-hash differs.
    let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    f.write_all(&b).unwrap();
    drop(f);
    let err = lantern_bundle::open(verified, &keys.central()).unwrap_err();
    assert_eq!(err.code(), "bundle.changed_during_read");

    // Same with a single flipped ciphertext byte: age's authentication or the re-hash refuses it.
    std::fs::write(&path, &a).unwrap();
    let verified =
        lantern_bundle::verify_file(&path, &Limits::default(), |id| keys.trust(id)).unwrap();
    let mut t = a.clone();
    t[HEADER_LEN + 250] ^= 1;
    std::fs::write(&path, &t).unwrap();
    let code = lantern_bundle::open(verified, &keys.central())
        .unwrap_err()
        .code();
    assert!(
        matches!(
            code,
            "bundle.decryption_failed" | "bundle.changed_during_read"
        ),
        "{code}"
    );
}

/// Counts bytes read, so a test can see how much of a file a step touched.
struct CountingReader {
    inner: std::io::Cursor<Vec<u8>>,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl std::io::Read for CountingReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

impl Seek for CountingReader {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(pos)
    }
}

#[test]
fn an_endless_age_header_from_an_enrolled_device_is_refused_early() {
    let keys = TestKeys::load();
    let alice = &keys.alice;
    // 20 000 stanza lines and no MAC line: age itself would buffer and re-parse all of it.
    let mut ct = b"age-encryption.org/v1\n".to_vec();
    for _ in 0..20_000 {
        ct.extend_from_slice(b"-> grease\n");
    }
    let bundle = assemble(
        1,
        &alice.id,
        alice.dalek().verifying_key().to_bytes(),
        &alice.dalek(),
        &ct,
    );
    let read = std::rc::Rc::new(std::cell::Cell::new(0));
    let reader = CountingReader {
        inner: std::io::Cursor::new(bundle),
        read: read.clone(),
    };
    let verified = lantern_bundle::verify(reader, &Limits::default(), |id| keys.trust(id)).unwrap();
    read.set(0);
    let err = verified.open(&keys.central()).unwrap_err();
    assert_eq!(err.code(), "bundle.decryption_failed");
    assert!(
        read.get() <= lantern_bundle::MAX_AGE_HEADER as u64,
        "pass 2 read {} bytes",
        read.get()
    );
}
