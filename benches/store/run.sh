#!/usr/bin/env bash
# Builds the store benchmark twice (SQLCipher and plain SQLite, same store code, release) and
# runs both in one go, phase by phase and interleaved, then prints the comparison table.
# Usage: benches/store/run.sh [INTERVIEWS] [READ_REPS]   (defaults: 10000 5)
# Data lives under target/bench-store-data (real disk, not tmpfs); it is removed at the start.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
interviews="${1:-10000}"
read_reps="${2:-5}"
data="$root/target/bench-store-data"
results="$data/results.tsv"

for v in cipher plain; do
  CARGO_TARGET_DIR="$root/target/bench-store-$v" \
    cargo build --release --locked --quiet --manifest-path "$here/Cargo.toml" --features "$v"
done
bin() { echo "$root/target/bench-store-$1/release/lantern-store-bench"; }
for v in cipher plain; do
  [ "$("$(bin $v)" variant)" = "$v" ] || { echo "build $v reports a different variant" >&2; exit 1; }
done

rm -rf "$data"
mkdir -p "$data"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" >&2
echo "data on: $(df -T "$data" | awk 'NR==2 {print $1, $2}')" >&2
echo "load before: $(uptime)" >&2

# 1. Populate one profile per variant (not timed for the table).
for v in cipher plain; do "$(bin $v)" populate "$data/$v-big" "$interviews"; done
# 2. Full read through a fresh connection; alternate which variant goes first.
for ((r = 0; r < read_reps; r++)); do
  if ((r % 2 == 0)); then order="cipher plain"; else order="plain cipher"; fi
  for v in $order; do "$(bin $v)" read "$data/$v-big" 1 "$results"; done
done
# 3. Single-answer saves into the populated profiles: 200 warm-up, then 8 blocks of 250
#    alternating FULL/NORMAL (1,000 timed saves per mode per pass), two passes per variant.
for pass in 1 2; do
  for v in cipher plain; do "$(bin $v)" save "$data/$v-big" 200 250 8 "$results"; done
done
# 4. Unlock with the production Argon2id parameters, 5 times each.
for v in cipher plain; do "$(bin $v)" unlock "$data/$v-unlock" 5 "$results"; done

echo "load after: $(uptime)" >&2
"$(bin cipher)" report "$results"
