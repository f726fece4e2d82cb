# The commands a newcomer needs. Everything downloaded or built goes to .venv/ and .local/.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED_DATA ?= ../shared/data/dev

.PHONY: help setup native run stop status test test-unit lint typecheck compose-check bench chaos eval screenshots asyncapi clean

help:
	@echo "make run        set up, start infrastructure + services, load the demo cluster, show matches"
	@echo "make stop       stop the services and the local infrastructure"
	@echo "make test       unit + integration + end-to-end tests on their own local infrastructure (stopped after)"
	@echo "make eval       matching quality on the labelled development set, beside the baselines"
	@echo "make bench      benchmarks (registry throughput, matching speed) with same-run baselines"
	@echo "make chaos      kill replicas and Kafka nodes under load on a three-node cluster; fails if anything is lost or doubled"
	@echo "make native     compile the phrase reader with mypyc (run, test, eval and bench do it first)"
	@echo "make lint       ruff + mypy + docker-compose check"
	@echo "make asyncapi   regenerate each service's AsyncAPI document in docs/asyncapi/"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 not found on PATH (need $(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Compiled builds of the phrase reader in build/native/ (shared/native.py); a no-op while they match the
# sources, and CLUSTERLINK_NATIVE=0 skips it (the sources then run, reading alike, about half as fast).
# The tests need it (they test what the services run); run, eval, bench and chaos go on without it.
NATIVE_OR_SOURCES := @$(BIN)/python scripts/build_native.py --or-sources

native: $(STAMP)
	@$(BIN)/python scripts/build_native.py

run: $(STAMP)
	$(NATIVE_OR_SOURCES)
	$(BIN)/clusterlink demo

# Also the test suite's own infrastructure, in case a test run was cut off before it stopped it.
stop:
	@test -x $(BIN)/clusterlink && $(BIN)/clusterlink stop || echo "nothing to stop (not set up)"
	@test -x $(BIN)/clusterlink && $(BIN)/clusterlink dev down --tests >/dev/null || true

status: $(STAMP)
	$(BIN)/clusterlink dev status

test: $(STAMP) native
	$(BIN)/pytest -q

test-unit: $(STAMP) native
	$(BIN)/pytest -q tests/unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(MAKE) compose-check

compose-check:
	@command -v docker-compose >/dev/null || { echo "docker-compose not found (Debian: apt-get install docker-compose)"; exit 1; }
	docker-compose config -q && echo "docker-compose.yml is valid"

eval: $(STAMP)
	$(NATIVE_OR_SOURCES)
	$(BIN)/python scripts/eval.py --data $(SHARED_DATA)

bench: $(STAMP)
	$(NATIVE_OR_SOURCES)
	$(BIN)/python bench/run_all.py

# Its own stack in .local/chaos/ (ports 28xxx); CHAOS_ARGS="--profiles 5000 --rate 20" to change the load.
chaos: $(STAMP)
	$(NATIVE_OR_SOURCES)
	$(BIN)/python -m bench.chaos $(CHAOS_ARGS)

# Regenerate docs/asyncapi/ after changing an event model or a channel (a test fails while they are stale).
asyncapi: $(STAMP)
	$(BIN)/clusterlink asyncapi

screenshots: $(STAMP)
	$(BIN)/python scripts/email_screenshots.py

clean: stop
	rm -rf .local build $(VENV)
