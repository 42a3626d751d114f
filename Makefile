# modelcat set-up and everyday commands. `make site` and `make test` do all the set-up
# on a fresh machine: the system libraries (apt) and the Swift build.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev libcurl4-openssl-dev pkg-config
CATALOG ?= catalog
OUTPUT ?= site

.PHONY: deps build site test lint clean

## deps: install the system libraries the build links (libcmark, libcurl) when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## build: release build of the modelcat tool
build: deps
	$(SWIFT) build -c release --product modelcat

## site: build the default site from catalog/ into site/ (offline)
site: build
	.build/release/modelcat build --catalog $(CATALOG) --output $(OUTPUT)

## test: the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build site
