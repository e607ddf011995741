# gowikibot — the two set-up commands are "make demo" and "make test".
GO ?= go
BIN := bin/gowikibot
DEMO := .demo

.PHONY: all build demo demo-down test vet bench

all: build

build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/gowikibot

# Command 1: the main job on a local throwaway wiki — install what is
# missing, start a wiki, write its user-config.py and password file, log in,
# edit a page and show the page's history.
demo: build
	tests/wiki/install-packages.sh
	$(GO) run ./tests/wikitest/testwiki up $(DEMO)
	cd $(DEMO) && ../$(BIN) login
	cd $(DEMO) && ../$(BIN) whoami
	cd $(DEMO) && ../$(BIN) demo_edit
	@echo "The wiki keeps running: try 'cd $(DEMO) && ../$(BIN) listpages -start:!'; stop it with 'make demo-down'."

demo-down:
	$(GO) run ./tests/wikitest/testwiki down $(DEMO)

# Command 2: the tests (CI runs exactly this). Installs the Debian packages
# the test wiki needs when they are missing.
test:
	tests/wiki/install-packages.sh
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 40m ./...

bench: build
	bench/run.sh
