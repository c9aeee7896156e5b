# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# torch is pinned to the CPU wheel the build machines carry; any other spec pulls a CUDA build.
TORCH := torch==2.13.0

.PHONY: run test lint types unit venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.run-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[cpu]'
	touch $@

$(VENV)/.dev-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q $(TORCH)
	$(BIN)/python -m pip install -q -e '.[cpu,dev]'
	touch $@

venv: $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/python -m runtime.chat $(ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.dev-installed
	$(BIN)/mypy

unit: $(VENV)/.dev-installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint types unit

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
