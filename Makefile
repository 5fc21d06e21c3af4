# SealDesk — set-up and everyday commands.  `make demo` and `make test` do all set-up.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=

.PHONY: demo test install install-test sysdeps lint typecheck bench clean translations

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[gui]'
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[gui,test]'
	touch $(STAMP) $@

install: $(STAMP) translations
install-test: $(TEST_STAMP)

# .ts → .qm for the GUI (the CLI reads the .ts files).  After changing user-visible strings run
# `$(BIN)/python resources/translations/update_catalogs.py` and translate what it marks unfinished.
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(STAMP)
	@for ts in $(TS_FILES); do \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

# System tools the tests use: installed with apt-get when missing and run as root.
sysdeps:
	@bash .ci/sysdeps.sh

demo: $(STAMP)
	$(BIN)/sealdesk demo $(if $(DISPLAY),,--no-gui)

test: $(TEST_STAMP) sysdeps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check app crypto ui server tests bench

typecheck: $(TEST_STAMP)
	$(BIN)/mypy app crypto

bench: $(TEST_STAMP) sysdeps
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
