# modelcat set-up and everyday commands. `make site` and `make test` do all the set-up
# on a fresh machine: the system libraries (apt) and the Swift build.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev libcurl4-openssl-dev pkg-config
BROWSER_APT_PACKAGES := chromium chromium-driver
CATALOG ?= catalog
OUTPUT ?= site

.PHONY: deps test-deps apt-venv build site test browser-test interop-test serve lint clean fuzz fuzz-build bench bench-instructions

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

## test: the whole test suite: Swift tests, the browser suite in headless Chromium, and the
## interoperability checks with real clients (openai SDK, LiteLLM) from PyPI
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/Browser/run.sh
	Tests/Interop/run.sh

## interop-test: only the client interoperability checks (openai SDK, LiteLLM, JSON Schema)
interop-test: deps test-deps
	Tests/Interop/run.sh

## browser-test: only the browser suite (screenshots, page weight, timings in .artifacts/browser/)
browser-test: deps test-deps
	Tests/Browser/run.sh

## serve: build the default site and serve it on http://127.0.0.1:8080/, rebuilding on changes
serve: build
	.build/release/modelcat serve --catalog $(CATALOG) --output $(OUTPUT)

## fuzz: libFuzzer over every reader and the notes front matter, FUZZ_SECONDS each (default 180).
## The working corpus grows in .build-fuzz/corpus/<target>, crash inputs land in .build-fuzz/crashes/;
## copy a crash input into Tests/ReliabilityTests/Fixtures/fuzz-regressions/<target>/ once fixed.
## Leak detection is off for the TOML-reading targets: TOMLKit leaks its error message on every
## TOML syntax error (docs/reliability.md).
FUZZ_SECONDS ?= 180
FUZZ_TARGETS ?= litellm gateway gateway-endpoints openai anthropic gemini models.dev note toml
FUZZ_BUILD_FLAGS := -c debug --scratch-path .build-fuzz --product FuzzReaders \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library \
	-Xlinker --export-dynamic-symbol=LLVMFuzzerRunDriver
RELIABILITY_FIXTURES := Tests/ReliabilityTests/Fixtures

fuzz-build: deps
	$(SWIFT) build $(FUZZ_BUILD_FLAGS)

fuzz: fuzz-build
	@set -e; for t in $(FUZZ_TARGETS); do \
	  case $$t in \
	    note) seeds="$(RELIABILITY_FIXTURES)/corpus/note/acme $(RELIABILITY_FIXTURES)/hostile-catalog/notes/acme";; \
	    toml) seeds="$(RELIABILITY_FIXTURES)/corpus/catalog $(RELIABILITY_FIXTURES)/corpus/aliases";; \
	    models.dev) seeds="$(RELIABILITY_FIXTURES)/corpus/models.dev Tests/IngestTests/Fixtures/models.dev/providers/acme/models";; \
	    *) seeds="$(RELIABILITY_FIXTURES)/corpus/$$t";; \
	  esac; \
	  for extra in Tests/IngestTests/Fixtures/$$t $(RELIABILITY_FIXTURES)/fuzz-regressions/$$t; do \
	    [ -d $$extra ] && seeds="$$seeds $$extra"; true; done; \
	  leaks=""; asan=""; case $$t in note|toml|models.dev) leaks="-detect_leaks=0"; asan="detect_leaks=0";; esac; \
	  mkdir -p .build-fuzz/corpus/$$t .build-fuzz/crashes; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS)s (seeds: $$seeds)"; \
	  ASAN_OPTIONS=$$asan SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t .build-fuzz/debug/FuzzReaders .build-fuzz/corpus/$$t $$seeds \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -max_len=65536 -timeout=20 \
	    -artifact_prefix=.build-fuzz/crashes/$$t- -print_final_stats=1 $$leaks 2>&1 | grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|Done)' ; \
	done

## bench: the benchmark suite in release builds (shipped catalog, 1k/10k/50k synthetic models,
## no-change rebuild, Hugo side by side, notes, diff, JSON export); prints a table
bench: deps
	Tests/Benchmarks/bench.sh

## bench-instructions: instructions per model page (view model, swift-mustache) counted by
## valgrind's callgrind: repeatable, for comparing two commits (CATALOG=dir for another catalog)
bench-instructions: deps
	Tests/Benchmarks/instructions.sh

clean:
	rm -rf .build .build_browser .build_interop site .artifacts
