#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping whatever is
# already present, so a second run costs seconds. Only package registries are
# used (crates.io, npm, Debian): nothing is downloaded from anywhere else.
#
#   scripts/setup.sh          # build tools (wasm target, trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test   # also the browsers for the tests: Chromium +
#                             # chromedriver and Firefox ESR (Debian) +
#                             # geckodriver (crates.io)
#   scripts/setup.sh --bench  # the test setup and twiggy, for make bench
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
want_browser=false
want_bench=false
for arg in "$@"; do
  case "$arg" in
    --test) want_browser=true ;;
    --bench) want_browser=true; want_bench=true ;;
  esac
done

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# Run a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version is whatever Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing. Install Rust with rustup (https://rustup.rs) first." >&2
  exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if command -v trunk >/dev/null && trunk --version | grep -q " ${TRUNK_VERSION}\$"; then
  say "trunk ${TRUNK_VERSION}: present"
else
  say "installing trunk ${TRUNK_VERSION} (about 20 minutes on 2 cores, once per machine)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

wbv=$(wasm_bindgen_version)
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$wbv" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli ${wbv}: present"
else
  # Not --locked: its lockfile names a crate version the registry no longer has.
  say "installing wasm-bindgen-cli ${wbv} (about 10 minutes, once per machine)"
  cargo install wasm-bindgen-cli --version "$wbv" --force
fi

# npm packages: Playwright, axe-core and wasm-opt 132 (binaryen). Reinstalled
# only when package-lock.json changed since the last install.
stamp=node_modules/.exodus-lock-stamp
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  say "npm packages: present"
else
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
node_modules/.bin/wasm-opt --version | grep -q 'version 132' || {
  echo "setup: node_modules/.bin/wasm-opt is not version 132" >&2
  exit 1
}

if $want_browser; then
  # One apt-get update at most, and only when something is missing.
  apt_packages=()
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium + chromedriver: present"
  else
    apt_packages+=(chromium chromium-driver)
  fi
  if [ -x /usr/bin/firefox-esr ]; then
    say "firefox-esr: present"
  else
    apt_packages+=(firefox-esr)
  fi
  if [ ${#apt_packages[@]} -gt 0 ]; then
    say "installing ${apt_packages[*]} from Debian"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_packages[@]}"
  fi
  # geckodriver is published on crates.io only (Mozilla's binaries live on
  # GitHub, which is not a package registry). Any version drives Firefox ESR.
  if command -v geckodriver >/dev/null; then
    say "geckodriver: present ($(geckodriver --version | head -n 1))"
  else
    say "installing geckodriver ${GECKODRIVER_VERSION} from crates.io (a few minutes, once per machine)"
    cargo install geckodriver --version "${GECKODRIVER_VERSION}" --locked
  fi
fi
# twiggy reads the wasm's size by function for `make bench`.
if $want_bench; then
  if command -v twiggy >/dev/null; then
    say "twiggy: present"
  else
    say "installing twiggy from crates.io (a few minutes, once per machine)"
    cargo install twiggy
  fi
  # Lighthouse for bench/lighthouse.mjs: not a test dependency, so not in
  # package.json (CI does not need it). 12.8 is the last to run on Node 20.
  if [ -x node_modules/.bin/lighthouse ]; then
    say "lighthouse: present"
  else
    say "installing lighthouse 12.8.2 from npm"
    npm install --no-save --no-audit --no-fund lighthouse@12.8.2
  fi
fi
say "done"
