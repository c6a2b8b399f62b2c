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
  # The every-question input test reads the questionnaire as the CLI shows it: fail when stale.
  target/debug/lantern questionnaire show | diff -q - ui/src/fixtures/questionnaire.identification-v1.json \
    || { echo "regenerate: target/debug/lantern questionnaire show > ui/src/fixtures/questionnaire.identification-v1.json" >&2; exit 1; }
  (cd ui && npm run -s check && npx vitest run)
fi

if [ -d tests/e2e ]; then
  step "end-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
  # Built with --features insecure-test-kdf in the KDF floor step above.
  (cd tests/e2e && xvfb-run -a -s '-screen 0 1366x768x24' node run.mjs)
fi

step "Debian packages: build, install, run the installed app, purge"
# Root on CI, else sudo (as scripts/install-deps.sh does).
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
deb_paths=$(bash scripts/package.sh)
mapfile -t debs <<<"$deb_paths"
if [ "${#debs[@]}" -eq 0 ]; then echo "scripts/package.sh named no .deb" >&2; exit 1; fi
for deb in "${debs[@]}"; do
  echo "$deb: $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
done
packages=()
for deb in "${debs[@]}"; do packages+=("$(dpkg-deb -f "$deb" Package)"); done
# A clean install: a package left by an earlier run is removed first.
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -q "$p"
  fi
done
installed_files="$(mktemp)"
t0=$(date +%s%N)
# The paths are absolute, so apt installs these files (and only pulls missing dependencies).
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${debs[@]}"
t1=$(date +%s%N)
for p in "${packages[@]}"; do dpkg-query -L "$p" >>"$installed_files"; done
command -v lantern lantern-central lantern-desktop
/usr/bin/lantern --version
/usr/bin/lantern-central --version
ldd /usr/bin/lantern-desktop /usr/bin/lantern /usr/bin/lantern-central | grep -i sqlcipher \
  && { echo "a binary links a system SQLCipher: it must be built in" >&2; exit 1; }
# One spec against the installed app, with the key derivation a user gets.
(cd tests/e2e && LANTERN_APP=/usr/bin/lantern-desktop \
  xvfb-run -a -s '-screen 0 1366x768x24' node run.mjs --production-kdf unlock)
cold_start_ms=$(node -e 'const f = require("./tests/e2e/artifacts/figures.json");
  const c = f.find((x) => x.figure.startsWith("cold start")); console.log(Math.round(c.readyMs));')
echo "Installed package: apt-get install $(( (t1 - t0) / 1000000 )) ms, first start to its first screen ${cold_start_ms} ms"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -q "${packages[@]}"
# Nothing of the packages is left: no file, and no folder that no other package owns.
leftover=0
paths=0
while IFS= read -r path; do
  paths=$((paths + 1))
  [ "$path" != "/." ] && [ -e "$path" ] || continue
  if [ -d "$path" ] && dpkg-query -S "$path" >/dev/null 2>&1; then continue; fi
  echo "left after purge: $path" >&2
  leftover=1
done <"$installed_files"
rm -f "$installed_files"
if [ "$leftover" -ne 0 ]; then exit 1; fi
echo "Purged: none of the $paths paths the packages installed is left"

echo
echo "All test steps passed."
