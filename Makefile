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

CHROMIUM := /usr/bin/chromium
SHOTS ?= $(HOME_DIR)/screenshots

.PHONY: run test install kb model lint bench clean web browser screenshots

run: install $(if $(filter $(DEMO_DB),$(DB)),kb,) model
	$(RUN_ENV) $(BIN)/python run_bot.py --db $(DB)

test: install browser
	$(BIN)/python -m pytest -q

# The web console of the mairie, on 127.0.0.1:8080 (CLOCHER_WEB_ADDRESS to change it); with
# TELEGRAM_BOT_TOKEN set, the Telegram bot runs beside it.
web: install $(if $(filter $(DEMO_DB),$(DB)),kb,) model
	$(RUN_ENV) $(BIN)/python run_bot.py --web --db $(DB)

# Debian's Chromium for the console's browser tests and screenshots (Playwright drives it; it never
# downloads a browser of its own).
browser:
	@test -x $(CHROMIUM) || { \
	  echo "Installation de Chromium (paquet Debian) pour les tests de la console web…"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    chromium fonts-dejavu-core >/dev/null; }

# PNG pictures of the console's main pages, for a person to look at (on a copy of the demo base).
screenshots: install browser kb model
	$(RUN_ENV) $(BIN)/python -m web.screenshots --db $(DEMO_DB) --out $(SHOTS)

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
