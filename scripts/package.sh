#!/usr/bin/env bash
# Builds the Debian packages of Lantern from this checkout, offline (crates and npm packages as
# already fetched by scripts/install-deps.sh), and prints the path of each .deb, one per line, on
# stdout. Everything else goes to stderr.
#
#   lantern          the desktop app (/usr/bin/lantern-desktop), the field tool (/usr/bin/lantern),
#                    its desktop entry, icons and AppStream metainfo
#   lantern-central  the central office's headless tool (/usr/bin/lantern-central): no GTK or
#                    WebKit, so that it installs on a server without a desktop
#
# The desktop entry and the metainfo are generated here from locales/*/packaging.ftl, so their
# translations are the app's own. docs/packaging.md describes the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
ROOT="$PWD"

log() { echo "package.sh: $*" >&2; }

if ! cargo deb --version >/dev/null 2>&1; then
  log "cargo install cargo-deb"
  cargo install cargo-deb --locked >&2
fi
if [ ! -d ui/node_modules ]; then
  log "the UI's npm packages are missing: running scripts/install-deps.sh"
  bash scripts/install-deps.sh >&2
fi

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
GEN="$TARGET/release/package"   # cargo-deb's assets name it target/release/package/...

# The desktop crate embeds ui/dist at compile time. A rebuilt dist (new mtimes, same content)
# makes cargo rebuild and relink the release desktop binary, so it is rebuilt only when a UI
# source is newer than it.
if [ ! -f ui/dist/index.html ] || [ -n "$(find ui -path ui/node_modules -prune -o -path ui/dist -prune \
  -o -type f -newer ui/dist/index.html -print -quit)" ]; then
  log "UI build"
  (cd ui && npm run -s build) >&2
else
  log "UI build: ui/dist is up to date"
fi

# One cargo run for all three binaries (the same features as scripts/run.sh, so they share the
# build). custom-protocol is Tauri's production mode.
log "cargo build --release"
cargo build --release --locked --offline -p lantern-desktop -p lantern-cli -p lantern-central \
  --features lantern-desktop/custom-protocol >&2

# --- desktop entry and metainfo from packaging.ftl ---------------------------------------------
# Fluent locale -> the locale name desktop entries and AppStream use.
declare -A DESKTOP_LOCALE=([sq]=sq [sr-Cyrl]=sr [sr-Latn]=sr@latin [ro]=ro [ru]=ru [uk]=uk)
LOCALES=(sq sr-Cyrl sr-Latn ro ru uk)

# The value of a one-line message of locales/$1/packaging.ftl.
msg() {
  local value
  value=$(sed -n "s/^$2 = //p" "locales/$1/packaging.ftl")
  if [ -z "$value" ]; then
    log "locales/$1/packaging.ftl has no message $2"
    exit 1
  fi
  printf '%s' "$value"
}
xml() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }

mkdir -p "$GEN"
{
  echo "[Desktop Entry]"
  echo "Type=Application"
  echo "Name=Lantern"
  echo "GenericName=$(msg en packaging-generic-name)"
  for l in "${LOCALES[@]}"; do echo "GenericName[${DESKTOP_LOCALE[$l]}]=$(msg "$l" packaging-generic-name)"; done
  echo "Comment=$(msg en packaging-comment)"
  for l in "${LOCALES[@]}"; do echo "Comment[${DESKTOP_LOCALE[$l]}]=$(msg "$l" packaging-comment)"; done
  echo "Keywords=$(msg en packaging-keywords)"
  for l in "${LOCALES[@]}"; do echo "Keywords[${DESKTOP_LOCALE[$l]}]=$(msg "$l" packaging-keywords)"; done
  echo "Exec=lantern-desktop"
  echo "Icon=org.lantern.field"
  echo "Terminal=false"
  echo "Categories=Office;"
  echo "StartupNotify=true"
} >"$GEN/org.lantern.field.desktop"

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
RELEASE_DATE=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<component type="desktop-application">'
  echo '  <id>org.lantern.field</id>'
  echo '  <metadata_license>CC0-1.0</metadata_license>'
  echo '  <project_license>AGPL-3.0-or-later</project_license>'
  echo '  <name>Lantern</name>'
  echo "  <summary>$(xml "$(msg en packaging-summary)")</summary>"
  for l in "${LOCALES[@]}"; do
    echo "  <summary xml:lang=\"${DESKTOP_LOCALE[$l]}\">$(xml "$(msg "$l" packaging-summary)")</summary>"
  done
  echo '  <description>'
  echo "    <p>$(xml "$(msg en packaging-description)")</p>"
  for l in "${LOCALES[@]}"; do
    echo "    <p xml:lang=\"${DESKTOP_LOCALE[$l]}\">$(xml "$(msg "$l" packaging-description)")</p>"
  done
  echo '  </description>'
  echo '  <developer id="org.lantern"><name>Lantern developers</name></developer>'
  echo '  <launchable type="desktop-id">org.lantern.field.desktop</launchable>'
  echo '  <provides>'
  echo '    <binary>lantern-desktop</binary>'
  echo '    <binary>lantern</binary>'
  echo '  </provides>'
  echo '  <categories><category>Office</category></categories>'
  echo '  <content_rating type="oars-1.1"/>'
  echo '  <releases>'
  echo "    <release version=\"$VERSION\" date=\"$RELEASE_DATE\"/>"
  echo '  </releases>'
  echo '</component>'
} >"$GEN/org.lantern.field.metainfo.xml"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$GEN/org.lantern.field.desktop" >&2
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$GEN/org.lantern.field.metainfo.xml" >&2
fi

# --- the packages -------------------------------------------------------------------------------
for crate in lantern-desktop lantern-central; do
  log "cargo deb -p $crate"
  out=$(cargo deb --no-build --offline -p "$crate" | tail -n1)
  case "$out" in
    /*.deb) echo "$out" ;;
    *) log "cargo deb did not name a .deb: $out"; exit 1 ;;
  esac
done
