# Exodus: two commands for a new machine.
#   make serve  - set up what is missing, build, serve at http://127.0.0.1:8080
#   make test   - set up what is missing and run every test
# Also: make build (release dist/ for static hosting), make bench (sizes and latencies).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# wasm-opt 132 comes from the npm binaryen package and must come first on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# Public URL of the build. The default "./" works under any sub-path
# (e.g. GitHub Pages' /exodus/); set an absolute path if your host needs one.
PUBLIC_URL ?= ./
WASM := --target wasm32-unknown-unknown

.PHONY: setup setup-test serve build test lint test-native test-wasm test-e2e bench clean

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

serve: setup
	@echo "Exodus will be served at http://127.0.0.1:8080/"
	trunk serve --address 127.0.0.1 --port 8080

build: setup
	trunk build --release --public-url "$(PUBLIC_URL)"
	@echo "Release build written to dist/ (public URL $(PUBLIC_URL))"

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p exodus --all-targets --features ssr -- -D warnings
	cargo clippy $(WASM) --workspace --all-targets -- -D warnings

test-native:
	cargo test --workspace

# The browser tests run twice: in Chromium, then in Firefox ESR.
test-wasm:
	cargo test $(WASM) --test web --test web_flow
	env -u CHROMEDRIVER GECKODRIVER="$$(command -v geckodriver)" cargo test $(WASM) --test web --test web_flow

# The release build, and the same app over the hostile copy of the test
# fixture (scripts/hostile-data.mjs): Playwright runs in Chromium against
# both, then the WebDriver smoke suite runs in Firefox ESR; the build's
# Content Security Policy is checked against its page.
HOSTILE := target/hostile
# The builds name the test server's address (EXODUS_SITE_URL) for their
# canonical links, sitemap and 404 page, as a deployment names its own.
test-e2e:
	node --test scripts/
	EXODUS_SITE_URL=http://127.0.0.1:4173/exodus/ trunk build --release --public-url ./
	node scripts/csp.mjs --check dist
	node scripts/hostile-data.mjs crates/exodus-core/tests/fixtures/valid $(HOSTILE)/data
	EXODUS_SITE_URL=http://127.0.0.1:4174/exodus/ EXODUS_DATA_DIR="$(CURDIR)/$(HOSTILE)/data" trunk build --release --public-url ./ --dist $(HOSTILE)/dist
	npx playwright test --config e2e/playwright.config.js
	node --test e2e/firefox/

test: setup-test
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e
	node bench/sizes.mjs --check

bench:
	@scripts/setup.sh --bench
	trunk build --release --public-url ./
	node bench/sizes.mjs
	node bench/lighthouse.mjs
	node bench/owners.mjs
	@echo "twiggy: what keeps the wasm's items (cargo's output, before wasm-bindgen and wasm-opt)"
	twiggy dominators -d 2 -r 20 target/wasm32-unknown-unknown/release/exodus.wasm
	node bench/first-card.mjs dist 10
	node bench/first-input.mjs dist
	node bench/latency.mjs
	node bench/views.mjs
	node bench/memory.mjs

clean:
	rm -rf dist target/bench
