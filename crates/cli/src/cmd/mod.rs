//! One module per command family; each function is a thin call into a library.
pub mod assess;
pub mod audit;
pub mod consent;
pub mod interpreters;
pub mod interview;
pub mod locales;
pub mod profile;
pub mod questionnaire;
pub mod sync;

/// Wall-clock time in unix milliseconds; the libraries take time as a parameter.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
