# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# torch is pinned to the CPU wheel the build machines carry; any other spec pulls a CUDA build.
TORCH := torch==2.13.0

.PHONY: run test lint types unit venv clean translations update-translations

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

run: $(VENV)/.run-installed translations
	$(BIN)/python -m app $(ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.dev-installed
	$(BIN)/mypy
	$(BIN)/mypy tools/i18n_check.py i18n/update.py

unit: $(VENV)/.dev-installed translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint types unit

# The interface's languages: i18n/oriel_<lang>.ts are the sources, the .qm files Qt loads are
# built from them (i18n/README.md). update-translations re-extracts app/ and fills the catalogs.
translations: $(patsubst %.ts,%.qm,$(wildcard i18n/oriel_*.ts))

i18n/%.qm: i18n/%.ts $(VENV)/.run-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

update-translations: $(VENV)/.run-installed
	$(BIN)/python i18n/update.py

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
	rm -f i18n/*.qm

# Installers (packaging/README.md): `package` builds the PyInstaller bundle and this system's
# installers into dist/ (on Linux the .deb and the portable .tar.gz); `package-test` builds them,
# unpacks the .deb into a scratch root and runs its `oriel --self-test` (minutes).
.PHONY: package package-test

$(VENV)/.package-installed: $(VENV)/.dev-installed pyproject.toml
	$(BIN)/python -m pip install -q -e '.[cpu,dev,package]'
	touch $@

package: $(VENV)/.package-installed translations
	$(BIN)/python packaging/bundle.py

package-test: $(VENV)/.package-installed translations
	ORIEL_PACKAGE_TEST=1 $(BIN)/python -m pytest -m package tests/packaging/test_packaging.py $(PYTEST_ARGS)
