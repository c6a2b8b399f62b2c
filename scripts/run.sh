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
# The same build as scripts/package.sh's (features included), so the two share it.
cargo build --release --locked -p lantern-desktop -p lantern-cli -p lantern-central \
  --features lantern-desktop/custom-protocol
exec ./target/release/lantern-desktop "$@"
