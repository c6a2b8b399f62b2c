//! The lantern-core integration tests (one binary; one module per domain noun).
#![allow(clippy::unwrap_used)]

mod assessment;
