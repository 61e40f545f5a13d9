# Two commands on a fresh machine: `make run` (install, build the demo, open it) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO := demo/anticipa-demo.anticipa

.PHONY: run test install bundle smoke translations clean

$(BIN)/anticipa: pyproject.toml desktop_app/core/cib/_search_c.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(BIN)/anticipa

install: $(BIN)/anticipa

$(DEMO): | $(BIN)/anticipa
	mkdir -p demo
	$(BIN)/anticipa demo $(DEMO)

run: $(BIN)/anticipa $(DEMO)
	$(BIN)/anticipa open $(DEMO)

# pytest exits 5 when it collected nothing: that is a failure here, and said so.
test: $(BIN)/anticipa
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q || { status=$$?; \
	  [ $$status -eq 5 ] && echo "make test: pytest collected no tests" >&2; exit $$status; }

bundle: $(BIN)/anticipa
	$(BIN)/pyinstaller --noconfirm --clean --distpath build/out/dist --workpath build/out/work installer.spec

# The frozen bundle: its self-test, every feature against the sources (with a private home and
# settings, checked untouched), then the Linux tarball, which fails above its size limit.
smoke: bundle
	$(BIN)/python build/check_bundle.py
	build/linux-tarball.sh

# Refresh the Spanish translation from the sources: the interface (lupdate), the words core and
# services mark with desktop_app.texts (extract_texts.py); translate new strings in the .ts.
translations: $(BIN)/anticipa
	$(BIN)/pyside6-lupdate $$(find desktop_app/ui -name '*.py') -ts resources/translations/anticipa_es.ts
	$(BIN)/python resources/translations/extract_texts.py
	$(BIN)/python resources/translations/fill_es.py
	$(BIN)/pyside6-lrelease resources/translations/anticipa_es.ts -qm resources/translations/anticipa_es.qm

clean:
	rm -rf build/out demo
