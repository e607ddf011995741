# gowikibot — the two set-up commands are "make demo" and "make test".
GO ?= go
BIN := bin/gowikibot
DEMO := .demo

.PHONY: all build demo demo-down test vet lint bench

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
test: lint
	tests/wiki/install-packages.sh
	$(GO) test -count=1 -timeout 40m ./...

# Static checks, part of "make test": gofmt must list no file, go vet and
# staticcheck (see staticcheck.conf) must find nothing, and the program must
# build for macOS and Windows too (OS-specific code has build tags).
STATICCHECK_VERSION := v0.8.2
STATICCHECK := bin/tools/staticcheck-$(STATICCHECK_VERSION)

vet:
	$(GO) vet ./...

lint: vet $(STATICCHECK)
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt -l: these files are not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(STATICCHECK) ./...
	GOOS=darwin $(GO) build ./...
	GOOS=windows $(GO) build ./...

$(STATICCHECK):
	mkdir -p bin/tools
	GOBIN=$(CURDIR)/bin/tools $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv bin/tools/staticcheck $@

bench: build
	bench/run.sh
