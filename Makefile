# The README's commands. `make run` and `make test` install what a fresh Debian 12 machine lacks first.
SHELL := bash
CARGO ?= cargo
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
DEMO_DB ?= $(TARGET_DIR)/demo/safeplan.db

.PHONY: deps run test test-rust bench fmt lint cli demo

deps:
	@scripts/install-deps.sh

cli:
	$(CARGO) build --release -p safeplan-cli

## run: build the CLI, fill a demo database and list its plans
run: deps cli
	@mkdir -p $(dir $(DEMO_DB))
	$(TARGET_DIR)/release/safeplan --db $(DEMO_DB) demo --force
	$(TARGET_DIR)/release/safeplan --db $(DEMO_DB) plans

## test: every test
test: deps test-rust

test-rust:
	$(CARGO) test --workspace --no-fail-fast

bench:
	$(CARGO) bench -p safeplan-core

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
