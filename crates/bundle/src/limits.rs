//! Hard limits applied while decoding (and, symmetrically, while writing, so a device never
//! produces a bundle the central node would refuse). Documented in SPEC.md §6.

/// Decoding limits. `Limits::default()` is the normative v1 set; tests lower them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest whole bundle file, in bytes.
    pub max_file_size: u64,
    /// Largest decrypted payload (the whole CBOR sequence), in bytes.
    pub max_payload_size: u64,
    /// Most records in one bundle.
    pub max_records: u64,
    /// Largest encoded CBOR item (the payload header or one record), in bytes.
    pub max_item_size: u64,
    /// Largest record body, in bytes.
    pub max_record_body: u64,
    /// Longest record kind, in bytes of UTF-8.
    pub max_kind_len: usize,
    /// Longest record id, in bytes of UTF-8.
    pub max_id_len: usize,
    /// Deepest CBOR nesting (arrays, maps, tags) inside one item.
    pub max_nesting_depth: u32,
    /// Largest receipt file, in bytes.
    pub max_receipt_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 4 << 30,
            max_payload_size: 4 << 30,
            max_records: 1_000_000,
            max_item_size: (64 << 20) + (64 << 10),
            max_record_body: 64 << 20,
            max_kind_len: 64,
            max_id_len: 256,
            max_nesting_depth: 16,
            max_receipt_size: 256 << 20,
        }
    }
}
