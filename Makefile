# ttcorpus — the two commands a new user runs: `make run`, then `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint bench clean-out golden

$(BIN)/python:
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "ttcorpus needs Python >= 3.11; $(PY) is $$($(PY) -V 2>&1). Try: make PY=python3.11 ..." >&2; exit 2; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

## make run: install, then run the main job on the bundled sample corpus and print a summary
run: $(STAMP_RUN)
	@mkdir -p out
	$(BIN)/ttcorpus extract seeds/ -o out/seeds.jsonl
	@echo "wrote out/seeds.jsonl — the documents cited in more than one article:"
	@$(BIN)/ttcorpus refs out/seeds.jsonl --format csv --min-count 2 | cut -d, -f2-4,6-7,10-13

## make test: install with the test extra, then run the whole suite
test: $(STAMP_TEST)
	$(BIN)/python -m pytest

## make lint: ruff and mypy
lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

## make bench: throughput on a generated corpus (not part of make test)
STAMP_BENCH := $(VENV)/.installed-bench
$(STAMP_BENCH): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@ $(STAMP_RUN)

bench: $(STAMP_BENCH)
	$(BIN)/python benchmarks/run.py

## make golden: rewrite tests/golden/ from the current output (review the diff!)
golden: $(STAMP_RUN)
	$(BIN)/python tests/golden/update.py
