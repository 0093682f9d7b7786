# dockstack: `make test` is what CI runs (.ci/run); `make fuzz` and `make bench` are for people.
GO ?= go
FUZZ_TARGETS := model/FuzzReadDockerfile model/FuzzParseCustomPolicies model/FuzzParseBackendConfig model/FuzzCompose gen/FuzzJSONTree
# CI runs each fuzz target briefly, without minimising, for a count of inputs
# rather than a time: with a time, Go 1.26's fuzz coordinator can fail a clean
# run with "context deadline exceeded" as the time ends (golang/go#75804, fixed
# in Go 1.27), which CI met; a count never reaches that path. `make fuzz` runs
# each for longer, minimising.
FUZZTIME ?= 20000x
FUZZMINIMIZE ?= 0

# cfn-guard and the AWS Control Tower rules, for golden/guard_test.go.
GUARD_PKG := @cdklabs/cdk-validator-cfnguard@0.0.62
GUARD_DIR := .tools/node_modules/@cdklabs/cdk-validator-cfnguard

.PHONY: test vet unit fuzz fuzz-short bench build example guard-tools

test: vet guard-tools fuzz-short unit

guard-tools: $(GUARD_DIR)/bin/ubuntu/x86_64/cfn-guard

$(GUARD_DIR)/bin/ubuntu/x86_64/cfn-guard:
	npm install --silent --no-audit --no-fund --legacy-peer-deps --prefix .tools $(GUARD_PKG)

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

unit:
	DOCKSTACK_REQUIRE_GUARD=1 $(GO) test ./...

fuzz-short:
	@for t in $(FUZZ_TARGETS); do \
		echo "fuzz $$t ($(FUZZTIME))"; \
		out=$$($(GO) test ./$${t%/*} -run '^$$' -fuzz "^$${t#*/}$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) 2>&1) || { echo "$$out"; exit 1; }; \
	done

fuzz:
	$(MAKE) fuzz-short FUZZTIME=2m FUZZMINIMIZE=60s

bench:
	$(GO) test ./... -run '^$$' -bench . -benchmem

build:
	$(GO) build -buildvcs=true -o dockstack ./cmd/dockstack

# The README's first command: the main job on the example backend.
example:
	$(GO) run ./cmd/dockstack gen --dir examples/guide
