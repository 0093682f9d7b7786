package golden_test

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
)

// cfn-guard and the AWS Control Tower rules come from the npm package
// @cdklabs/cdk-validator-cfnguard, which `make test` installs under .tools.
const guardPackage = "../.tools/node_modules/@cdklabs/cdk-validator-cfnguard"

var (
	ctIDRE       = regexp.MustCompile(`\[(CT\.[A-Z0-9]+\.PR\.[0-9]+)\]`)
	resourcePath = regexp.MustCompile(`^/Resources/([^/\[]+)`)
)

// guard runs the Control Tower rules over one template and returns, for each
// failing control, the resources that fail it.
func guard(t *testing.T, template string) map[string][]string {
	t.Helper()
	bin := filepath.Join(guardPackage, "bin/ubuntu/x86_64/cfn-guard")
	out, err := exec.Command(bin, "validate", "-d", template, "-r", filepath.Join(guardPackage, "rules/control-tower/cfn-guard"),
		"-o", "json", "--show-summary", "none").Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 19) { // 19: some rule failed
		t.Fatalf("cfn-guard: %v", err)
	}
	failures := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var doc struct {
			Status       string `json:"status"`
			NotCompliant []any  `json:"not_compliant"`
		}
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("cfn-guard output: %v", err)
		}
		if doc.Status != "FAIL" {
			continue
		}
		id, resources := "", map[string]bool{}
		walkJSON(doc.NotCompliant, func(s string) {
			if m := ctIDRE.FindStringSubmatch(s); m != nil && id == "" {
				id = m[1]
			}
			if m := resourcePath.FindStringSubmatch(s); m != nil {
				resources[m[1]] = true
			}
		})
		for r := range resources {
			failures[id] = append(failures[id], r)
		}
		slices.Sort(failures[id])
	}
	return failures
}

func walkJSON(v any, visit func(string)) {
	switch v := v.(type) {
	case string:
		visit(v)
	case []any:
		for _, e := range v {
			walkJSON(e, visit)
		}
	case map[string]any:
		for _, e := range v {
			walkJSON(e, visit)
		}
	}
}

// TestControlTower runs cfn-guard with the AWS Control Tower rules over every
// golden template (in JSON: cfn-guard reads short-form !GetAtt as a string,
// which some rules reject). Every failing control must be in docs/security.md,
// with its reason and the setting that removes it.
func TestControlTower(t *testing.T) {
	if _, err := os.Stat(guardPackage); err != nil {
		if os.Getenv("DOCKSTACK_REQUIRE_GUARD") != "" {
			t.Fatalf("cfn-guard is not installed at %s (make test installs it)", guardPackage)
		}
		t.Skipf("cfn-guard is not installed at %s; `make test` installs it", guardPackage)
	}
	doc, err := os.ReadFile("../docs/security.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases(t) {
		t.Run(c, func(t *testing.T) {
			t.Parallel()
			controlTower(t, c, string(doc))
		})
	}
}

// pairBudget caps the failing rule-resource pairs of a template: Amplify's API
// template for the guide's compose example fails 25, and dockstack's at most 7 (5 hardened).
var pairBudget = map[string]int{"guide-compose/api-myapi.json": 7, "guide-compose-hardened/api-myapi.json": 5}

// controlTower checks one case's templates; every failing control must be in doc.
func controlTower(t *testing.T, c, doc string) {
	files, err := gen.Generate(load(t, c), "json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := gen.Write(gen.Folder{Root: dir, Dir: "."}, files); err != nil {
		t.Fatal(err)
	}
	for _, name := range files.Names() {
		if !strings.HasSuffix(name, ".json") || strings.HasSuffix(name, "parameters.json") {
			continue
		}
		pairs := 0
		for id, resources := range guard(t, filepath.Join(dir, name)) {
			pairs += len(resources)
			if !strings.Contains(doc, id) {
				t.Errorf("%s fails %s on %v, which docs/security.md does not explain", name, id, resources)
			}
		}
		t.Logf("%s: %d failing rule-resource pairs", name, pairs)
		if budget, ok := pairBudget[c+"/"+name]; ok && pairs > budget {
			t.Errorf("%s fails %d rule-resource pairs; at most %d may fail", name, pairs, budget)
		}
	}
}
