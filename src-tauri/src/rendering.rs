//! How the webview paints. Lantern's screens are forms: WebKitGTK's GPU compositing path buys
//! nothing for them, and on a laptop without a usable GPU it runs on software GL, which cost
//! about 170 MB more memory in an interview than painting without compositing
//! (docs/performance.md). So compositing is off unless `LANTERN_GPU_COMPOSITING=1`.

/// `LANTERN_GPU_COMPOSITING=1` keeps WebKit's default (GPU compositing when available).
pub fn gpu_compositing_requested() -> bool {
    std::env::var("LANTERN_GPU_COMPOSITING").as_deref() == Ok("1")
}

#[cfg(target_os = "linux")]
pub fn apply<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    if gpu_compositing_requested() {
        return;
    }
    let applied = window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
    if let Err(e) = applied {
        // Not fatal: the app works with WebKit's default, only with more memory.
        eprintln!("lantern: rendering setting not applied: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn apply<R: tauri::Runtime>(_window: &tauri::WebviewWindow<R>) {}
