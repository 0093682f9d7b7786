package gen

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7/cloudformation/ssm"
	"gopkg.in/yaml.v3"
)

// awkwardStrings are values that YAML writers get wrong: line breaks at either
// end, YAML 1.1's merge and value keys, indicators, and words that read as other types.
var awkwardStrings = []string{"\nleading", "\n", "\r\ncrlf", "<<", "=", "trailing\n", "x\n\ny", "line1\nline2\n\n",
	"  spaces", "ends with space ", "\ttab", "#c", "- d", "a: b", ": ", "-", "?", ",", "null", "~", "yes", "off", "0o17",
	"1e3", "0x1F", "12:30", "'q", `"dq`, "@at", "`bt", "%p", "!bang", "&amp", "*star", "|pipe", ">gt", "{x}", "[y]", "\u00a0nbsp"}

// renderStrings renders a template whose parameters' defaults are the strings.
func renderStrings(t *testing.T) []byte {
	t.Helper()
	tpl := NewTemplate("round trip")
	for i, s := range awkwardStrings {
		tpl.Add(logicalID("P", string(rune('a'+i/26)), string(rune('a'+i%26))), "a value", &ssm.Parameter{Type: "String", Value: s})
	}
	out, err := tpl.Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func valuesOf(t *testing.T, doc map[string]any) []string {
	t.Helper()
	var got []string
	res := doc["Resources"].(map[string]any)
	for i := range awkwardStrings {
		r := res[logicalID("P", string(rune('a'+i/26)), string(rune('a'+i%26)))].(map[string]any)
		got = append(got, r["Properties"].(map[string]any)["Value"].(string))
	}
	return got
}

// TestYAMLRoundTrip: every string reads back exactly as it went in.
func TestYAMLRoundTrip(t *testing.T) {
	var doc map[string]any
	if err := yaml.Unmarshal(renderStrings(t), &doc); err != nil {
		t.Fatal(err)
	}
	for i, got := range valuesOf(t, doc) {
		if got != awkwardStrings[i] {
			t.Errorf("%q reads back as %q", awkwardStrings[i], got)
		}
	}
}

// TestYAMLRoundTripPyYAML: the AWS CLI (`aws cloudformation package/deploy`)
// reads templates with PyYAML, a YAML 1.1 reader; the strings read back there too.
func TestYAMLRoundTripPyYAML(t *testing.T) {
	if exec.Command("python3", "-c", "import yaml").Run() != nil {
		t.Skip("python3 with PyYAML (the AWS CLI's YAML reader) is not installed")
	}
	// The CLI's loader adds constructors for the short-form intrinsics; unknown tags read as their value.
	script := `import sys, json, yaml
class L(yaml.SafeLoader): pass
L.add_multi_constructor("!", lambda l, s, n: l.construct_scalar(n) if isinstance(n, yaml.ScalarNode) else l.construct_object(n))
print(json.dumps(yaml.load(sys.stdin.read(), Loader=L)))`
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(string(renderStrings(t)))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("PyYAML cannot read the template: %v\n%s", err, out)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	for i, got := range valuesOf(t, doc) {
		if got != awkwardStrings[i] {
			t.Errorf("%q reads back in PyYAML as %q", awkwardStrings[i], got)
		}
	}
}
