// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Before any thread starts or anything is written: nothing the app creates (profile, WebKit
    // caches, settings) is readable by others.
    lantern_store::private_fs::restrict_umask();
    lantern_desktop::run();
}
