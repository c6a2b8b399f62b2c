//! Lantern's domain logic: the questionnaire model and engine, the indicator assessment and the
//! interview session model. Deterministic: no IO framework, time and randomness are passed in.

pub mod answers;
pub mod assessment;
pub mod engine;
pub mod interview;
pub mod observations;
pub mod questionnaire;
pub mod versions;
