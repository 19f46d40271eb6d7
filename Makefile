# Exam Hub Desktop: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck contracts pytest bench dist screenshots clean

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

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck contracts pytest

bench: $(STAMP)
	@for f in tests/benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

dist: $(STAMP)
	$(BIN)/pyinstaller build.spec --noconfirm --distpath dist --workpath build
	QT_QPA_PLATFORM=offscreen dist/examhub/examhub self-test
	@du -sm dist/examhub

screenshots: $(STAMP)
	$(BIN)/python -m tools.screenshots docs/screenshots

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
