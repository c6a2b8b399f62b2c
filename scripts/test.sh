#!/usr/bin/env bash
# Runs every test of Lantern: formatting, lints, all Rust tests (store against the real
# SQLCipher build, engine, assessment, locales, bundles, cross-crate scenarios), the UI unit
# tests, and the end-to-end tests that drive the real desktop app through tauri-driver and
# WebKitWebDriver under Xvfb. Installs what the machine lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/install-deps.sh

step() { echo; echo "==> $*"; }

# The desktop crate embeds ui/dist at compile time, so the UI is built before any cargo step.
step "UI build"
(cd ui && npm run -s build)

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (workspace)"
cargo test --workspace --locked

step "locale lint"
cargo run -q --locked -p lantern-cli --bin lantern -- locales check

if [ -f ui/package.json ]; then
  step "UI type check and unit tests (Vitest)"
  (cd ui && npm run -s check && npx vitest run)
fi

if [ -d tests/e2e ]; then
  step "end-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
  cargo build --locked -p lantern-desktop -p lantern-cli -p lantern-central
  (cd tests/e2e && xvfb-run -a -s '-screen 0 1366x768x24' node run.mjs)
fi

echo
echo "All test steps passed."
