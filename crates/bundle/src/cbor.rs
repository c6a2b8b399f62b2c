//! A bounded, iterative CBOR item reader.
//!
//! Before any typed decoding, each item of the payload sequence is read by this scanner, which
//! checks well-formedness (RFC 8949 §3), the nesting depth and the item size with an explicit
//! stack (no recursion, so a 100k-deep array cannot exhaust the call stack) and refuses a
//! declared length before allocating for it. Only the bytes of a well-formed, bounded item are
//! then handed to ciborium for decoding into typed structs.

use std::io::{self, Read};

use crate::error::BundleError;

/// What a still-open container is waiting for.
enum Frame {
    /// A definite array/map/tag: this many more items.
    Definite(u64),
    /// An indefinite array (`map: false`) or map (`map: true`), with the items seen so far.
    Indefinite { map: bool, seen: u64 },
    /// An indefinite byte (2) or text (3) string: only definite chunks of that type, then break.
    Chunks(u8),
}

/// Outcome of trying to read one item.
pub(crate) enum Item {
    /// Clean end of input before the first byte of an item.
    End,
    /// The bytes of one complete, well-formed item.
    Bytes(Vec<u8>),
}

struct Limited<'a, R> {
    inner: &'a mut R,
    buf: Vec<u8>,
    max: u64,
}

impl<R: Read> Limited<'_, R> {
    fn take(&mut self, n: u64) -> Result<(), BundleError> {
        if (self.buf.len() as u64).saturating_add(n) > self.max {
            return Err(BundleError::TooLarge {
                what: "CBOR item",
                limit: self.max,
            });
        }
        let start = self.buf.len();
        // Grow as data actually arrives, never by the declared length alone.
        let got = (&mut *self.inner)
            .take(n)
            .read_to_end(&mut self.buf)
            .map_err(map_io)?;
        if (got as u64) < n {
            self.buf.truncate(start);
            return Err(BundleError::MalformedPayload(
                "payload ends inside a CBOR item".into(),
            ));
        }
        Ok(())
    }

    fn byte(&mut self) -> Result<u8, BundleError> {
        self.take(1)?;
        Ok(*self.buf.last().expect("take(1) pushed one byte"))
    }

    fn argument(&mut self, info: u8) -> Result<Option<u64>, BundleError> {
        let width = match info {
            0..=23 => return Ok(Some(u64::from(info))),
            24 => 1,
            25 => 2,
            26 => 4,
            27 => 8,
            31 => return Ok(None),
            _ => {
                return Err(BundleError::MalformedPayload(format!(
                    "reserved CBOR additional info {info}"
                )));
            }
        };
        self.take(width)?;
        let tail = &self.buf[self.buf.len() - width as usize..];
        Ok(Some(
            tail.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)),
        ))
    }
}

/// Decryption and I/O errors surface as io::Error from the age reader; keep their meaning.
pub(crate) fn map_io(e: io::Error) -> BundleError {
    crate::envelope::map_stream_error(e)
}

/// Reads one complete CBOR item from `input`, enforcing `max_size` bytes and `max_depth` levels.
pub(crate) fn read_item<R: Read>(
    input: &mut R,
    max_size: u64,
    max_depth: u32,
) -> Result<Item, BundleError> {
    // Detect a clean end of the sequence before the first byte.
    let mut first = [0u8; 1];
    loop {
        match input.read(&mut first) {
            Ok(0) => return Ok(Item::End),
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(map_io(e)),
        }
    }
    let mut r = Limited {
        inner: input,
        buf: Vec::with_capacity(64),
        max: max_size,
    };
    r.buf.push(first[0]);
    let mut stack: Vec<Frame> = Vec::new();
    let mut initial = Some(first[0]);
    loop {
        let ib = match initial.take() {
            Some(b) => b,
            None => r.byte()?,
        };
        let (major, info) = (ib >> 5, ib & 0x1f);

        // Inside an indefinite-length string only definite chunks of the same type or a break.
        if let Some(Frame::Chunks(m)) = stack.last()
            && ib != 0xff
            && (major != *m || info == 31)
        {
            return Err(BundleError::MalformedPayload(
                "bad chunk in indefinite-length string".into(),
            ));
        }

        let arg = if major == 7 && info == 31 {
            None
        } else {
            r.argument(info)?
        };
        if arg.is_none() && matches!(major, 0 | 1 | 6) {
            return Err(BundleError::MalformedPayload(
                "indefinite length on a CBOR integer or tag".into(),
            ));
        }
        let mut completed = true;
        match major {
            0 | 1 => {}
            2 | 3 => match arg {
                Some(len) => r.take(len)?,
                None => {
                    push(&mut stack, Frame::Chunks(major), max_depth)?;
                    completed = false;
                }
            },
            4 | 5 => {
                let map = major == 5;
                match arg {
                    Some(0) => {}
                    Some(n) => {
                        let items = if map {
                            n.checked_mul(2).ok_or_else(|| {
                                BundleError::MalformedPayload("map too long".into())
                            })?
                        } else {
                            n
                        };
                        // Every item needs at least one byte: refuse impossible counts now.
                        if items > max_size {
                            return Err(BundleError::TooLarge {
                                what: "CBOR item",
                                limit: max_size,
                            });
                        }
                        push(&mut stack, Frame::Definite(items), max_depth)?;
                        completed = false;
                    }
                    None => {
                        push(&mut stack, Frame::Indefinite { map, seen: 0 }, max_depth)?;
                        completed = false;
                    }
                }
            }
            6 => {
                // A tag wraps exactly one item; chains of tags count as nesting.
                push(&mut stack, Frame::Definite(1), max_depth)?;
                completed = false;
            }
            _ => match info {
                0..=19 | 20..=23 | 25..=27 => {}
                24 => {
                    if arg.is_some_and(|v| v < 32) {
                        return Err(BundleError::MalformedPayload(
                            "non-canonical simple value".into(),
                        ));
                    }
                }
                31 => match stack.pop() {
                    Some(Frame::Indefinite { map, seen }) => {
                        if map && seen % 2 != 0 {
                            return Err(BundleError::MalformedPayload(
                                "indefinite map with odd item count".into(),
                            ));
                        }
                    }
                    Some(Frame::Chunks(_)) => {}
                    _ => {
                        return Err(BundleError::MalformedPayload(
                            "unexpected CBOR break".into(),
                        ));
                    }
                },
                _ => {
                    return Err(BundleError::MalformedPayload(
                        "reserved CBOR simple value".into(),
                    ));
                }
            },
        }
        if !completed {
            continue;
        }
        // One item finished: account for it in the enclosing containers.
        loop {
            match stack.last_mut() {
                None => return Ok(Item::Bytes(r.buf)),
                Some(Frame::Definite(n)) => {
                    *n -= 1;
                    if *n == 0 {
                        stack.pop();
                        continue;
                    }
                    break;
                }
                Some(Frame::Indefinite { seen, .. }) => {
                    *seen += 1;
                    break;
                }
                Some(Frame::Chunks(_)) => break,
            }
        }
    }
}

fn push(stack: &mut Vec<Frame>, frame: Frame, max_depth: u32) -> Result<(), BundleError> {
    if stack.len() >= max_depth as usize {
        return Err(BundleError::NestingTooDeep { limit: max_depth });
    }
    stack.push(frame);
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn scan(bytes: &[u8]) -> Result<Vec<Vec<u8>>, BundleError> {
        let mut input = bytes;
        let mut out = Vec::new();
        loop {
            match read_item(&mut input, 1 << 20, 16)? {
                Item::End => return Ok(out),
                Item::Bytes(b) => out.push(b),
            }
        }
    }

    #[test]
    fn splits_a_sequence_into_items() {
        let mut seq = Vec::new();
        ciborium::into_writer(&(1u8, "two", vec![3u8, 4]), &mut seq).unwrap();
        ciborium::into_writer(&std::collections::BTreeMap::from([("a", 1)]), &mut seq).unwrap();
        seq.extend_from_slice(&[0x9f, 0x01, 0x5f, 0x41, 0x00, 0xff, 0xff]); // [_ 1, (_ h'00')]
        seq.extend_from_slice(&[0xc1, 0xfb, 0, 0, 0, 0, 0, 0, 0, 0]); // tag 1 + double
        let items = scan(&seq).unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(items.concat(), seq);
    }

    #[test]
    fn refuses_deep_nesting_without_recursion() {
        let mut bomb = vec![0x81u8; 100_000];
        bomb.push(0x00);
        assert_eq!(scan(&bomb).unwrap_err().code(), "bundle.nesting_too_deep");
        let tags = vec![0xc6u8; 100_000];
        assert_eq!(scan(&tags).unwrap_err().code(), "bundle.nesting_too_deep");
        let indefinite = vec![0x9fu8; 100_000];
        assert_eq!(
            scan(&indefinite).unwrap_err().code(),
            "bundle.nesting_too_deep"
        );
        // 16 levels are fine.
        let mut ok = vec![0x81u8; 16];
        ok.push(0x00);
        assert_eq!(scan(&ok).unwrap().len(), 1);
    }

    #[test]
    fn refuses_declared_lengths_before_allocating() {
        // A byte string claiming 2^62 bytes.
        let huge = [0x5b, 0x40, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(scan(&huge).unwrap_err().code(), "bundle.too_large");
        let huge_array = [0x9b, 0x40, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(scan(&huge_array).unwrap_err().code(), "bundle.too_large");
        let huge_map = [0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
        assert!(scan(&huge_map).is_err());
    }

    #[test]
    fn refuses_malformed_input() {
        for bad in [
            &[0x82u8, 0x01][..],       // truncated array
            &[0xff],                   // stray break
            &[0x1c],                   // reserved additional info
            &[0xbf, 0x01, 0xff],       // odd indefinite map
            &[0x5f, 0x61, 0x61, 0xff], // text chunk in byte string
            &[0x5f, 0x5f, 0xff, 0xff], // nested indefinite chunk
            &[0xf8, 0x10],             // non-canonical simple
            &[0x43, 0x01],             // short byte string
            &[0x1f],                   // indefinite integer
        ] {
            assert_eq!(
                scan(bad).unwrap_err().code(),
                "bundle.malformed_payload",
                "{bad:02x?}"
            );
        }
    }
}
