# The README's two commands: `make run` and `make test`. Both set everything up
# (venv, Python packages, and as root the Debian packages headless Qt needs).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.kashshaf-installed
# the bundle's build tools, pinned (`make bundle`, `make deb`, and the packaging test in `make test`)
PYINSTALLER := pyinstaller==6.11.1 pyinstaller-hooks-contrib==2026.9
PYI_STAMP := $(VENV)/.pyinstaller-installed
PYTHON ?= python3

.PHONY: run test setup system-deps lint typecheck bench clean translations screenshots bundle deb

setup: $(STAMP) $(PYI_STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned: camel-tools needs it and an unpinned torch pulls a CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(PYI_STAMP): $(STAMP) Makefile
	$(PY) -m pip install --quiet $(PYINSTALLER)
	touch $(PYI_STAMP)

system-deps:
	@sh packaging/system-deps.sh

run: system-deps $(STAMP)
	$(PY) -m kashshaf

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench
	$(VENV)/bin/ruff format --check desktop tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# tests/packaging builds the bundle and the Debian package, installs it (as root: CI) and checks it
test: system-deps $(STAMP) $(PYI_STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# dist/kashshaf/ (one folder, no Python needed) and dist/kashshaf-<version>-linux-x86_64.tar.gz
bundle: system-deps $(STAMP) $(PYI_STAMP)
	$(PY) packaging/build_bundle.py

# dist/kashshaf_<version>-1_amd64.deb: the bundle under /opt/kashshaf, `kashshaf` on the PATH
deb: bundle
	$(PY) packaging/build_deb.py

bench: $(STAMP)
	$(PY) bench/bench_import.py
	$(PY) bench/bench_query.py
	$(PY) bench/bench_startup.py

# after changing interface strings: collect them into the .ts (translations
# already made are kept), translate the new ones, then compile the .qm
translations: $(STAMP)
	cp resources/translations/kashshaf_ar.ts $(VENV)/kashshaf_ar.before.ts
	$(VENV)/bin/pyside6-lupdate $(wildcard desktop/kashshaf/ui/*.py desktop/kashshaf/ui/*/*.py) -ts resources/translations/kashshaf_ar.ts -no-obsolete
	# strings that moved to another class keep their translation
	$(PY) packaging/carry_translations.py $(VENV)/kashshaf_ar.before.ts resources/translations/kashshaf_ar.ts
	$(VENV)/bin/pyside6-lupdate $(wildcard desktop/kashshaf/ui/*.py desktop/kashshaf/ui/*/*.py) -ts resources/translations/kashshaf_ar.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/translations/kashshaf_ar.ts -qm resources/translations/kashshaf_ar.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/qt_extra_ar.ts -qm resources/translations/qt_extra_ar.qm

# PNGs of the window under Xvfb (a real X server, not the offscreen plugin)
screenshots: system-deps $(STAMP)
	$(PY) packaging/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
