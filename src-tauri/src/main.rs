//! Placeholder until the Tauri shell lands (issue 5): the desktop app is built on top of the
//! core and store libraries, which come first.
fn main() {
    eprintln!("The Lantern desktop app is not built yet; use the `lantern` CLI.");
    std::process::exit(2);
}
