# Every target sets up what it needs: a local virtual environment (.venv) and, for the
# tests, Debian's PostgreSQL server if it is missing. Nothing is installed by hand.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The tests run on every core (at most four: each worker starts its own PostgreSQL).
PYTEST_ARGS ?= -n auto --maxprocesses=4

.PHONY: run test lint format bench bench-large bench-large-postgres screenshots dist dist-check clean translations translations-update

$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

## translations: build the app's .qm translations from resources/translations/*.ts
translations: $(VENV)/.runtime
	$(PY) scripts/build_translations.py

## translations-update: refresh the .ts sources from the code (pyside6-lupdate)
translations-update: $(VENV)/.runtime
	$(PY) scripts/build_translations.py --update

## run: open the desktop app on the default book (or ADVISOR_REFERRALS_DB); first installs
## the Debian packages Qt's window needs when some are missing (as root or with sudo)
run: $(VENV)/.runtime translations
	$(PY) -m advisor_referrals.desktop_libraries --install
	$(PY) -m advisor_referrals

## test: lint, type-check, then every test, SQLite and PostgreSQL alike
test: $(VENV)/.dev translations
	scripts/ensure-system-packages
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(VENV)/.dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

## bench: the speed budgets of docs/design.md on SQLite and on PostgreSQL (a server the bench
## starts itself), on generated books of 10k and 100k contacts (cached in .bench/)
bench: $(VENV)/.dev
	scripts/ensure-system-packages
	$(PY) -m bench

## bench-large: the same, adding the book of a million contacts (SQLite)
bench-large: $(VENV)/.dev
	scripts/ensure-system-packages
	$(PY) -m bench --large

## bench-large-postgres: bench-large, and the million contacts on PostgreSQL too (an hour
## or more on 2 cores, and some 20 GB of disk while it runs: see the README)
bench-large-postgres: $(VENV)/.dev
	scripts/ensure-system-packages
	$(PY) -m bench --large --large-postgres

## screenshots: the README's pictures, light and dark
screenshots: $(VENV)/.dev
	$(PY) scripts/screenshots.py

## dist: the one-folder desktop application (PyInstaller) in dist/
dist: $(VENV)/.dev translations
	$(PY) -m PyInstaller --noconfirm --clean build.spec

## dist-check: build, then smoke-test the built executables
dist-check: dist
	scripts/dist-check

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
