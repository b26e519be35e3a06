# Two entry points: `make demo` and `make test`. Both build .venv on first use.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Opt-in (`make compiled`): the hot modules compiled in place with mypyc (scripts/compile_hot.py;
# pure Python if it cannot). Not the default: until round 33 one 1.7 MB document cost 25-43x a tenth
# of it compiled (over the growth tests' 30x); since then 9.1x, pure Python 8.4x (see README).
# A compiled module is a snapshot of its source; the stamp is set only when something compiled.
HOT := $(VENV)/.compiled-stamp
HOT_SOURCES := $(wildcard src/diplowatch/*.py src/diplowatch/*/*.py) scripts/compile_hot.py

.PHONY: demo test lint typecheck bench clean browser compiled

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(HOT): $(STAMP) $(HOT_SOURCES)
	$(BIN)/python scripts/compile_hot.py
	@if ls src/diplowatch/extract/*.so >/dev/null 2>&1; then touch $(HOT); fi

compiled: $(HOT)

demo: $(STAMP)
	@rm -f demo.db
	$(BIN)/diplowatch ingest "examples/*.txt" examples/more/ --db demo.db
	$(BIN)/diplowatch summary --db demo.db

browser:
	@bash scripts/ensure-chromium

test: $(STAMP) browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n auto --maxprocesses=4 --maxschedchunk=2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

clean:
	-$(PY) scripts/compile_hot.py --clean
	rm -rf $(VENV) demo.db build *.egg-info
