//! Arbitrary bytes as a decrypted payload: the bounded CBOR scanner and the typed decoders
//! (what an enrolled but hostile or buggy device could make the central node parse).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    lantern_bundle::fuzzing::scan_payload(data);
});
