# speech-archive: `make demo` (set-up + demo crawl + audit) and `make test` (set-up + ruff + pytest).
# Both install everything themselves on a fresh Debian machine with Python 3.11, venv and make.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# Debian packages the tests use: Redis (distributed crawls), Chromium + CJK fonts (HTML report).
DEBIAN_PACKAGES = redis-server chromium fonts-noto-cjk

.PHONY: setup services demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,browse]'
	touch $@

# Installs the Debian packages only when one is missing (apt-get update once, then install).
services:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: setup
	$(BIN)/speech-archive demo --archive demo-archive

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: setup services lint
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf demo-archive .pytest_cache
