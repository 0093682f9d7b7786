package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/golden"
)

func run(args ...string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	cmd := newRootCmd()
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errOut.String(), err
}

func TestInspectExample(t *testing.T) {
	out, stderr, err := run("inspect", "--dir", "../../examples/guide")
	if err != nil {
		t.Fatalf("inspect failed: %v\n%s", err, stderr)
	}
	golden.Check(t, "testdata/inspect-guide.yaml", []byte(out))
	if !strings.Contains(stderr, "info: service \"express\": networks") {
		t.Errorf("notes should go to stderr; got:\n%s", stderr)
	}
}

func TestInspectJSON(t *testing.T) {
	out, _, err := run("inspect", "--dir", "../../examples/guide", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		APIs []struct {
			Name       string `json:"name"`
			Entrypoint struct {
				Container string `json:"container"`
				Port      int    `json:"port"`
			} `json:"entrypoint"`
		} `json:"apis"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(m.APIs) != 2 || m.APIs[0].Entrypoint.Port != 8080 {
		t.Errorf("unexpected model: %+v", m)
	}
}

func TestInspectFailures(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"inspect", "--dir", t.TempDir()}, "project-config.json: error: file is missing"},
		{[]string{"inspect", "--dir", "../../examples/guide", "--env", "prod"}, `unknown environment "prod"; known environments: dev`},
		{[]string{"inspect", "--dir", "../../examples/guide", "--format", "xml"}, `--format "xml": use yaml or json`},
	} {
		_, _, err := run(tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, err := run("--version")
	if err != nil || !strings.HasPrefix(out, "dockstack version ") {
		t.Errorf("--version printed %q, %v", out, err)
	}
}
