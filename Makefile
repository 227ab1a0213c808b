# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean corpus

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[test,transformer]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Regenerate the demo corpus's html, txt, rss and warc copies from examples/corpus/src/*.jsonl
corpus: $(STAMP)
	$(BIN)/python examples/corpus/build_formats.py

clean:
	rm -rf $(VENV) newsevents.duckdb demo.duckdb
