# chitieu: `make run` and `make test` are all a new machine needs; both install what they use first.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WAREHOUSE ?= $(or $(CHITIEU_WAREHOUSE),warehouse)
export DAGSTER_HOME := $(CURDIR)
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export DBT_SEND_ANONYMOUS_USAGE_STATS := false

.PHONY: install run test ui daemon sql docs corpus bench eval clean help

help:
	@echo "make run    install, run the whole pipeline once over raw/, publish $(WAREHOUSE)/chitieu.duckdb"
	@echo "make test   install, run the test suite"
	@echo "make ui     Dagster UI (lineage, schedule, sensor, runs) on http://127.0.0.1:3000"
	@echo "make daemon the nightly schedule and the raw-folder sensor, headless (keep it running on a server)"
	@echo "make sql    SQL shell on the published warehouse (read-only)"
	@echo "make docs   dbt documentation site with lineage"
	@echo "make corpus the synthetic national corpus (6,500 documents, 106 MB) in $(WAREHOUSE)/national_corpus"
	@echo "make bench  the national-scale benchmark (builds the corpus if missing; writes $(WAREHOUSE)/bench.json)"
	@echo "make eval   extraction accuracy on every labelled corpus, neutral names, 5-fold CV (writes $(WAREHOUSE)/eval.json)"

install: $(STAMP)

# Re-install only when the dependency list changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/chitieu run --warehouse $(WAREHOUSE)

# Two workers, one per core, each taking whole test files (--dist loadfile), so that a module's pipeline-run
# fixture is built once: 9:48 on one core, 7:31 on two (2026-12-05, 846 tests); 3:51 on two (2026-12-08, 1,341 tests,
# each worker's import of the extractor cut from 11.7 s to 0.6 s).
test: $(STAMP) chromium
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The report test renders the report in headless Chromium (Debian package `chromium`).
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

ui: $(STAMP)
	$(BIN)/dagster dev -m pipelines.orchestration.definitions -h 127.0.0.1 -p 3000

# The nightly schedule and the raw-folder sensor without the UI: what a server keeps running (a systemd unit or
# `nohup make daemon &`); `make ui` runs the same daemon while it is open.
daemon: $(STAMP)
	$(BIN)/dagster-daemon run -m pipelines.orchestration.definitions

sql: $(STAMP)
	@test -f $(WAREHOUSE)/chitieu.duckdb || { echo "no $(WAREHOUSE)/chitieu.duckdb yet: run 'make run' first"; exit 1; }
	$(BIN)/duckdb -readonly $(WAREHOUSE)/chitieu.duckdb

docs: $(STAMP)
	@test -f $(WAREHOUSE)/build/chitieu.duckdb || { echo "run 'make run' first"; exit 1; }
	cd dbt_project && CHITIEU_BUILD_DB=$(abspath $(WAREHOUSE))/build/chitieu.duckdb CHITIEU_LANDING=$(abspath $(WAREHOUSE))/landing ../$(BIN)/dbt docs generate --static --profiles-dir . --target-path target/docs
	@echo "dbt docs (one file, open it in a browser): dbt_project/target/docs/static_index.html"

corpus: $(STAMP)
	$(BIN)/python bench/national_corpus.py --out $(WAREHOUSE)/national_corpus

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py --warehouse $(WAREHOUSE)

# Needs ../shared beside the repository (the shared corpora and scorer).
eval: $(STAMP)
	$(BIN)/chitieu eval --json $(WAREHOUSE)/eval.json

clean:
	rm -rf $(WAREHOUSE)/landing $(WAREHOUSE)/build $(WAREHOUSE)/*.duckdb $(WAREHOUSE)/last_run.* .dagster dbt_project/target dbt_project/logs
