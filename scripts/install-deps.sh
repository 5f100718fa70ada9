#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks for building, running and testing Safeplan.
# Idempotent and quick when everything is present, so `make run` and `make test` call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: the WebKitGTK build deps of Tauri 2, the X server, window manager and WebDriver for
# end-to-end tests, and the PDF readers the report tests check their output with.
PACKAGES=(
  build-essential pkg-config curl wget file libssl-dev libxdo-dev librsvg2-dev libwebkit2gtk-4.1-dev
  xvfb xauth x11-utils xdotool evilwm imagemagick webkit2gtk-driver
  qpdf poppler-utils mupdf-tools
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
fi

# tauri-driver bridges WebDriver to the app window; crates.io's newest is a 3.0 alpha, so pin major 2.
if [ "${SAFEPLAN_SKIP_APP:-0}" != 1 ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "install-deps: installing tauri-driver 2"
  cargo install tauri-driver --version '^2' --locked --quiet
fi

# The node modules of the UI and of the PDF reader checks (pdf.js), when a lock file changed since
# the last install.
for dir in ui tests/readers; do
  if [ -f "$dir/package-lock.json" ]; then
    stamp="$dir/node_modules/.package-lock.json"
    if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
      echo "install-deps: npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
