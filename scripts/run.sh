#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and starts Lantern with the embedded default profile
# location and the demo questionnaire.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/install-deps.sh
if [ -f ui/package.json ]; then
  (cd ui && npm run -s build)
fi
cargo build --release --locked -p lantern-desktop -p lantern-cli
exec ./target/release/lantern-desktop "$@"
