# modelcat set-up and everyday commands. `make site` and `make test` do all the set-up
# on a fresh machine: the system libraries (apt) and the Swift build.

SWIFT ?= swift
APT_PACKAGES := libcmark-dev libcurl4-openssl-dev pkg-config
CATALOG ?= catalog
OUTPUT ?= site

.PHONY: deps build site test lint clean fuzz fuzz-build

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

clean:
	rm -rf .build site
