//! Nothing here: the scenarios are the integration tests in `main.rs`.
