# The README's two commands: `make run` and `make test`. Both set everything up
# (venv, Python packages, and as root the Debian packages headless Qt needs).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.kashshaf-installed
PYTHON ?= python3

.PHONY: run test setup system-deps lint typecheck bench clean translations screenshots

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned: camel-tools needs it and an unpinned torch pulls a CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	@sh packaging/system-deps.sh

run: system-deps $(STAMP)
	$(PY) -m kashshaf

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench
	$(VENV)/bin/ruff format --check desktop tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: system-deps $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/bench_import.py
	$(PY) bench/bench_query.py
	$(PY) bench/bench_startup.py

# after changing interface strings: collect them into the .ts (translations
# already made are kept), translate the new ones, then compile the .qm
translations: $(STAMP)
	cp resources/translations/kashshaf_ar.ts $(VENV)/kashshaf_ar.before.ts
	$(VENV)/bin/pyside6-lupdate desktop/kashshaf/ui/*.py desktop/kashshaf/ui/views/*.py -ts resources/translations/kashshaf_ar.ts -no-obsolete
	# strings that moved to another class keep their translation
	$(PY) packaging/carry_translations.py $(VENV)/kashshaf_ar.before.ts resources/translations/kashshaf_ar.ts
	$(VENV)/bin/pyside6-lupdate desktop/kashshaf/ui/*.py desktop/kashshaf/ui/views/*.py -ts resources/translations/kashshaf_ar.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/translations/kashshaf_ar.ts -qm resources/translations/kashshaf_ar.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/qt_extra_ar.ts -qm resources/translations/qt_extra_ar.qm

# PNGs of the window under Xvfb (a real X server, not the offscreen plugin)
screenshots: system-deps $(STAMP)
	$(PY) packaging/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
