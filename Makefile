# SealDesk — set-up and everyday commands.  `make demo` and `make test` do all set-up.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=

.PHONY: demo test install install-test sysdeps lint typecheck bench clean translations screenshots gui-bench bundle

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[gui]'
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[gui,face,server,bundle,test]'
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

# `bundle` first: the bundle tests (tests/bundle) run the executable it leaves in dist/.
test: $(TEST_STAMP) sysdeps translations bundle
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The PyInstaller bundle for this OS in dist/ (Linux: dist/sealdesk/sealdesk), with its size.
# Skipped when nothing that goes into it changed; `make bundle BUNDLE_ARGS=` always rebuilds.
# Windows and macOS installers: see "Installers" in the README.
BUNDLE_ARGS ?= --if-stale
bundle: $(TEST_STAMP) translations
	$(BIN)/python installer/build.py $(BUNDLE_ARGS)

# The desktop app under Xvfb: a PNG of every screen and dialog in Chinese and English, in
# out/screenshots/ (git-ignored).  Needs Debian's xvfb and Qt's xcb libraries.
XVFB_PACKAGES := xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
screenshots: $(TEST_STAMP) translations
	@command -v xvfb-run >/dev/null || { echo "make screenshots needs: apt-get install $(XVFB_PACKAGES)" >&2; exit 1; }
	xvfb-run -a -s "-screen 0 1280x860x24" $(BIN)/python tools/screenshots.py --out out/screenshots

# Desktop-app timings: launch, first page of a 500-page PDF, scrolling, GUI-thread stalls.
gui-bench: $(TEST_STAMP) translations
	@command -v xvfb-run >/dev/null || { echo "make gui-bench needs: apt-get install $(XVFB_PACKAGES)" >&2; exit 1; }
	xvfb-run -a -s "-screen 0 1280x860x24" $(BIN)/python -m bench.gui_bench

lint: $(TEST_STAMP)
	$(BIN)/ruff check app crypto ui server tests bench tools

typecheck: $(TEST_STAMP)
	$(BIN)/mypy app crypto ui

bench: $(TEST_STAMP) sysdeps
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
