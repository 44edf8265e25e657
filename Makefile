# Two commands: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOME_DIR ?= var
DB ?= $(HOME_DIR)/clocher.sqlite
DEMO := $(wildcard demo/*.yml demo/*.csv demo/arretes_pdf/*.pdf)

.PHONY: run test install kb model lint bench clean

run: install kb model
	$(BIN)/python run_bot.py --db $(DB)

test: install
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The demo commune's knowledge base, rebuilt when a demo file changes (imports are idempotent).
kb: $(DB)

$(DB): $(DEMO) | $(STAMP)
	mkdir -p $(dir $(DB))
	$(BIN)/python -m knowledge --db $(DB) import demo/
	touch $(DB)

# The intent model: trained from nlu/data/ and promoted only when the registry has none.
model: install
	$(BIN)/python -m bot setup-model

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(HOME_DIR) .pytest_cache
