# Exam Hub Desktop: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck contracts pytest bench dist screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	env -u QT_QPA_PLATFORM $(BIN)/examhub

lint: $(STAMP)
	$(BIN)/ruff check examhub_desktop migrations tests tools
	$(BIN)/ruff format --check examhub_desktop migrations tests tools

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# Two workers (pytest-xdist): much of the suite waits on subprocesses, servers and sleeps, so
# two processes on CI's 2 cores finish in about two thirds of the time of one. Each worker starts
# its own PostgreSQL and PgBouncer. `make pytest PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= 2
pytest: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --durations=25

test: lint typecheck contracts pytest

bench: $(STAMP)
	@for f in tests/benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

dist: $(STAMP)
	$(BIN)/pyinstaller build.spec --noconfirm --distpath dist --workpath build
	QT_QPA_PLATFORM=offscreen dist/examhub/examhub self-test
	@du -sm dist/examhub

screenshots: $(STAMP)
	$(BIN)/python -m tools.screenshots docs/screenshots

# Catalogs: lupdate reads every string marked in the package into resources/translations/*.ts
# (what translators edit; no line numbers, so a .ts changes only when strings do), and lrelease
# compiles them to .qm. The .qm files are committed, not built at install: `make run`, a plain
# `pytest`, `pip install` and PyInstaller (build.spec ships resources/ whole) all need them and
# none of those runs this target. tests/ui/test_i18n.py fails when a .ts or .qm is stale.
# English is the source language; its catalog holds only the plural forms.
LANGUAGES := de
translations: $(STAMP)
	for l in $(LANGUAGES); do $(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en \
	  -target-language $$l $$(find examhub_desktop -name '*.py' | LC_ALL=C sort) -ts resources/translations/examhub_$$l.ts || exit 1; done
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly -source-language en -target-language en \
	  $$(find examhub_desktop -name '*.py' | LC_ALL=C sort) -ts resources/translations/examhub_en.ts
	$(BIN)/pyside6-lrelease -removeidentical resources/translations/*.ts

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
