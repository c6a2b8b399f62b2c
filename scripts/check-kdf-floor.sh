#!/usr/bin/env bash
# Shows with real binaries that a build without the `insecure-test-kdf` feature (every release
# build) refuses the cheap test key derivation: it makes no such profile or central home, and it
# does not open, rewrap or recover a profile that a test build made, nor change its key file.
# The unit tests can only pretend to be such a build: during `cargo test` the feature is on.
#
#   scripts/check-kdf-floor.sh TEST_LANTERN RELEASE_LANTERN RELEASE_LANTERN_CENTRAL
#
# TEST_LANTERN is built with the feature, the other two without it.
set -euo pipefail

test_lantern=$1
release_lantern=$2
release_central=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANTERN_PASSPHRASE="a long test passphrase"
export LANTERN_NEW_PASSPHRASE="another long test passphrase"
export LANTERN_CENTRAL_PASSPHRASE="a long central passphrase"
export LC_ALL=C

fail() {
  echo "check-kdf-floor: $*" >&2
  exit 1
}

# expect_refused WHAT COMMAND...: must fail with the code store.kdf_too_weak.
expect_refused() {
  local what=$1
  shift
  if "$@" >"$work/out" 2>"$work/err"; then
    fail "$what: accepted"
  fi
  grep -q '\[store\.kdf_too_weak\]' "$work/err" ||
    fail "$what: refused for another reason: $(cat "$work/err")"
  echo "refused: $what"
}

# A release build makes nothing cheap, and writes nothing.
expect_refused "release lantern init --insecure-test-kdf" \
  "$release_lantern" --profile "$work/by-release" init --insecure-test-kdf
[ ! -e "$work/by-release" ] || fail "release lantern init wrote $work/by-release"
expect_refused "release lantern-central init --insecure-test-kdf" \
  "$release_central" --home "$work/central" init --enrolment-out "$work/enrolment" \
  --insecure-test-kdf
[ ! -e "$work/central" ] && [ ! -e "$work/enrolment" ] ||
  fail "release lantern-central init wrote files"

# A test build makes a cheap profile and opens it.
"$test_lantern" --profile "$work/p" init --insecure-test-kdf >"$work/init.out"
recovery=$(sed -n 's/^    \([0-9A-Z-]\{39\}\)$/\1/p' "$work/init.out")
[ -n "$recovery" ] || fail "no recovery key in the test build's init output"
"$test_lantern" --profile "$work/p" status >/dev/null
keys_before=$(sha256sum <"$work/p/keys.json")

# The release build refuses it on every path to the data key.
expect_refused "release lantern status (unlock)" "$release_lantern" --profile "$work/p" status
expect_refused "release lantern passphrase (rewrap)" \
  "$release_lantern" --profile "$work/p" passphrase
expect_refused "release lantern passphrase --with-recovery-key" \
  env LANTERN_RECOVERY_KEY="$recovery" \
  "$release_lantern" --profile "$work/p" passphrase --with-recovery-key
[ "$(sha256sum <"$work/p/keys.json")" = "$keys_before" ] ||
  fail "the key file changed"

# A new passphrase with production parameters leaves the recovery wrapping cheap: still refused.
"$test_lantern" --profile "$work/p" passphrase >/dev/null
expect_refused "release lantern status after a production-strength passphrase change" \
  env LANTERN_PASSPHRASE="$LANTERN_NEW_PASSPHRASE" \
  "$release_lantern" --profile "$work/p" status

echo "KDF floor holds in the release build."
