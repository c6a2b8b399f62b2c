//! The lantern-core integration tests (one binary; one module per domain noun).
#![allow(clippy::unwrap_used)]

mod assessment;
mod consent_order;
mod engine;
mod engine_properties;
mod interview;
mod questionnaire;
