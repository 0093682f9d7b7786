package model

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/compose-spec/compose-go/v2/schema"
	"github.com/dockstack/dockstack/internal/golden"
)

// TestComposeKeysCoverSchema checks that every key of compose-go's Compose
// Specification schema has an outcome, and that the table names no key the schema lacks.
func TestComposeKeysCoverSchema(t *testing.T) {
	var spec struct {
		Properties map[string]any `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]any `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal([]byte(schema.Schema), &spec); err != nil {
		t.Fatal(err)
	}
	service := map[string]any{}
	for _, def := range []string{"service", "container_spec", "workload_spec"} {
		for k := range spec.Defs[def].Properties {
			service[k] = true
		}
	}
	compare := func(what string, schemaKeys map[string]any, table map[string]KeyRule) {
		for k := range schemaKeys {
			if _, ok := table[k]; !ok {
				t.Errorf("%s key %q has no outcome in model/composekeys.go", what, k)
			}
		}
		for k := range table {
			if _, ok := schemaKeys[k]; !ok {
				t.Errorf("%s key %q is in the table but not in the Compose Specification", what, k)
			}
		}
	}
	compare("service", service, ServiceKeys)
	compare("top-level", spec.Properties, TopLevelKeys)
	compare("deploy", spec.Defs["deployment"].Properties, DeployKeys)
	for _, rules := range []map[string]KeyRule{ServiceKeys, TopLevelKeys, DeployKeys} {
		for k, r := range rules {
			if !slices.Contains([]Outcome{Mapped, Noted, Ignored, Rejected}, r.Outcome) || r.Detail == "" {
				t.Errorf("key %q: outcome %q with detail %q", k, r.Outcome, r.Detail)
			}
		}
	}
}

// TestComposeDocInStep keeps docs/compose.md equal to the table it is generated from.
func TestComposeDocInStep(t *testing.T) {
	golden.Check(t, "../docs/compose.md", []byte(ComposeKeysMarkdown()))
}
