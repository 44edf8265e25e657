# Two commands: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The bot's data folder and base: `make run DB=…`, else $CLOCHER_DB / $CLOCHER_HOME, else the demo in var/.
HOME_DIR ?= $(or $(CLOCHER_HOME),var)
DB ?= $(or $(CLOCHER_DB),$(HOME_DIR)/clocher.sqlite)
DEMO := $(wildcard demo/*.yml demo/*.csv demo/arretes_pdf/*.pdf)
# Only the default base is (re)built from demo/: a base named by DB=, CLOCHER_DB or CLOCHER_HOME belongs
# to a commune and make never imports anything into it.
DEMO_DB := var/clocher.sqlite
RUN_ENV := CLOCHER_HOME=$(HOME_DIR) CLOCHER_DB=$(DB)

.PHONY: run test install kb model lint bench clean

run: install $(if $(filter $(DEMO_DB),$(DB)),kb,) model
	$(RUN_ENV) $(BIN)/python run_bot.py --db $(DB)

test: install
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The demo commune's knowledge base, rebuilt when a demo file changes (imports are idempotent).
kb: $(DEMO_DB)

$(DEMO_DB): $(DEMO) | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/python -m knowledge --db $(DEMO_DB) import demo/
	touch $(DEMO_DB)

# The intent model: trained from nlu/data/ and promoted only when the registry has none.
model: install
	$(RUN_ENV) $(BIN)/python -m bot setup-model

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(HOME_DIR) .pytest_cache
