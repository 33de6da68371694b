# CrisisDesk — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/crisisdesk_en.ts resources/translations/crisisdesk_zh_TW.ts
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= $(if $(DISPLAY),,offscreen)

.PHONY: run test check lint contracts types format translations lupdate package package-smoke bench test-slow clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Opens the window on the demo workspace (created on first run in the user's data folder).
run: $(STAMP) translations
	$(VENV)/bin/crisisdesk --demo

test: $(STAMP) translations check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

test-slow: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

# The static checks, before any test runs (`make -k check` reports all three at once):
# style (ruff), the layers of DESIGN.md §3 (import-linter, contracts in pyproject.toml) and the
# types (mypy: strict on core, storage, sheets and services; pyproject names the relaxations).
check: lint contracts types

contracts: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

types: $(STAMP)
	$(VENV)/bin/mypy

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench
	$(VENV)/bin/ruff format --check desktop tests bench

format: $(STAMP)
	$(VENV)/bin/ruff check --fix desktop tests bench
	$(VENV)/bin/ruff format desktop tests bench

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from every tr() in desktop/ (then translate them in Qt Linguist).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $$(find desktop -name '*.py' | sort) -ts $(TS)
	$(PY) resources/translations/fill.py

package: $(STAMP) translations
	$(PY) -m pip install --quiet -e ".[package]"
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

package-smoke: package
	CRISISDESK_PACKAGE_SMOKE=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/test_package_smoke.py

# Every bench/bench_*.py in turn, each printing its figures next to its baseline, then a summary.
# Pass options through, e.g. `make bench BENCH_ARGS="--only startup"` (see bench/run_all.py).
bench: $(STAMP)
	$(PY) bench/run_all.py $(BENCH_ARGS)

clean:
	rm -rf build dist .pytest_cache
