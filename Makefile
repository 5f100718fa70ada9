# The README's commands. `make run` and `make test` install what a fresh Debian 12 machine lacks first.
SHELL := bash
CARGO ?= cargo
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
DEMO_DB ?= $(TARGET_DIR)/demo/safeplan.db

.PHONY: deps run test test-rust test-ui test-readers bench fmt lint cli demo ui app e2e screenshots

deps:
	@scripts/install-deps.sh

cli:
	$(CARGO) build --profile cli -p safeplan-cli

# The desktop app as the tests run it: a debug build that embeds ui/dist (the Tauri CLI sets that up;
# a plain `cargo build` would load the dev server instead). Built from the workspace root.
APP_BIN := $(TARGET_DIR)/debug/safeplan-app
TAURI := ui/node_modules/.bin/tauri

## run: open the app on the demo city (Sundholm), in a database of its own under the build folder
# (loaded once; later runs keep what you changed — delete the file to start over).
run: deps cli app
	@mkdir -p $(dir $(DEMO_DB))
	@[ -f $(DEMO_DB) ] || $(TARGET_DIR)/cli/safeplan --db $(DEMO_DB) demo
	SAFEPLAN_DB=$(DEMO_DB) $(APP_BIN)

## ui: the UI's production files (ui/dist)
ui: deps
	cd ui && npm run build

## app: the desktop app binary with the UI embedded
app: ui
	$(TAURI) build --debug --no-bundle

## test: every test
test: deps ui test-rust test-ui test-readers e2e

## test-ui: svelte-check (types, accessibility warnings) and the UI's unit tests
test-ui: deps
	cd ui && npm run check && npm test

## e2e: the real window, driven through WebDriver under a private X server (SPECS=a.test.mjs… for some)
e2e: app
	tests/e2e/run.sh $(APP_BIN) $(SPECS)

## screenshots: docs/screenshots/, the start screen and every step in Swedish and English
screenshots: app
	tests/e2e/run.sh --screenshots $(APP_BIN)

test-rust:
	$(CARGO) test --workspace --no-fail-fast

## test-readers: every demo plan's PDF, in Swedish and English, read by pdf.js, mupdf and poppler
# (with the debug CLI that the Rust tests build anyway: the output is the same bytes as a release's)
test-readers: deps
	$(CARGO) build -p safeplan-cli
	cd tests/readers && SAFEPLAN_BIN=$(TARGET_DIR)/debug/safeplan node --test

bench:
	$(CARGO) bench -p safeplan-core
	$(CARGO) bench -p safeplan-report

## bench-app: the release app's first paint, keystroke-to-save, memory (PSS) and binary size, under a
# private X server (docs/performance.md, "Desktop app"). Builds nothing: build the release app first
# (`ui/node_modules/.bin/tauri build --no-bundle`) and, for its size, the CLI (`make cli`).
.PHONY: bench-app
bench-app:
	node tests/e2e/bench.mjs $(TARGET_DIR)/release/safeplan-app $(TARGET_DIR)/cli/safeplan

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
