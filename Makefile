# modelcat set-up and everyday commands. `make site` and `make test` do all the set-up
# on a fresh machine: the system libraries (apt) and the Swift build.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev libcurl4-openssl-dev pkg-config
BROWSER_APT_PACKAGES := chromium chromium-driver
CATALOG ?= catalog
OUTPUT ?= site

.PHONY: deps test-deps apt-venv build site test browser-test serve lint clean bench

# Installs the Debian packages in $(1) that are missing (sudo only when not root).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef

## deps: install the system libraries the build links (libcmark, libcurl) when missing
deps:
	$(call apt_install,$(APT_PACKAGES))

## test-deps: what only the browser tests need: Debian's chromium and its WebDriver
test-deps:
	$(call apt_install,$(BROWSER_APT_PACKAGES))
	@python3 -c "import venv, ensurepip" 2>/dev/null || { $(MAKE) --no-print-directory apt-venv; }

apt-venv:
	$(call apt_install,python3-venv)

## build: release build of the modelcat tool
build: deps
	$(SWIFT) build -c release --product modelcat

## site: build the default site from catalog/ into site/ (offline)
site: build
	.build/release/modelcat build --catalog $(CATALOG) --output $(OUTPUT)

## test: the whole test suite: Swift tests, then the browser suite in headless Chromium
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/Browser/run.sh

## browser-test: only the browser suite (screenshots, page weight, timings in .artifacts/browser/)
browser-test: deps test-deps
	Tests/Browser/run.sh

## serve: build the default site and serve it on http://127.0.0.1:8080/, rebuilding on changes
serve: build
	.build/release/modelcat serve --catalog $(CATALOG) --output $(OUTPUT)

## bench: the benchmark suite in release builds (shipped catalog, 1k/10k/50k synthetic models,
## no-change rebuild, Hugo side by side, notes, diff, JSON export); prints a table
bench: deps
	scripts/bench.sh

clean:
	rm -rf .build .build_browser site .artifacts
