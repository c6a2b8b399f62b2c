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

# Built as a release is, without the insecure-test-kdf feature (cargo test turned it on through
# the dev-dependencies; plain builds do not): keep these for the KDF floor check below.
step "KDF floor: builds without insecure-test-kdf refuse test-strength profiles"
cargo build -q --locked -p lantern-cli -p lantern-central
release_bins=$(mktemp -d)
trap 'rm -rf "$release_bins"' EXIT
cp target/debug/lantern target/debug/lantern-central "$release_bins/"
# The test build of the same tools: the end-to-end tests use it too (cheap profiles through
# LANTERN_INSECURE_TEST_KDF=1 and --insecure-test-kdf).
cargo build --locked -p lantern-desktop -p lantern-cli -p lantern-central --features insecure-test-kdf
bash scripts/check-kdf-floor.sh target/debug/lantern \
  "$release_bins/lantern" "$release_bins/lantern-central"

if [ -f ui/package.json ]; then
  step "UI type check and unit tests (Vitest)"
  (cd ui && npm run -s check && npx vitest run)
fi

if [ -d tests/e2e ]; then
  step "end-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
  # Built with --features insecure-test-kdf in the KDF floor step above.
  (cd tests/e2e && xvfb-run -a -s '-screen 0 1366x768x24' node run.mjs)
fi

echo
echo "All test steps passed."
