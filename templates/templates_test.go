package templates

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/model"
)

// TestTemplatesBuildAndParse: every Dockerfile parses with the parser gen uses
// and exposes a port, and every JavaScript file is valid for Node.
func TestTemplatesBuildAndParse(t *testing.T) {
	node, nodeErr := exec.LookPath("node")
	for _, name := range Names {
		files, err := Render(name, Data{TableVar: "STORAGE_NOTES_NAME"})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for rel, data := range files {
			if strings.Contains(string(data), "{{") {
				t.Errorf("%s/%s: a placeholder is left", name, rel)
			}
			p := filepath.Join(dir, rel)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			switch {
			case filepath.Base(rel) == "Dockerfile":
				info, err := model.ReadDockerfile(data, "", nil)
				if err != nil || len(info.Ports) == 0 {
					t.Errorf("%s/%s: %v, ports %v", name, rel, err, info.Ports)
				}
			case strings.HasSuffix(rel, ".js"):
				if nodeErr != nil {
					t.Fatalf("node is needed to check the templates' JavaScript: %v", nodeErr)
				}
				if out, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
					t.Errorf("%s/%s: node --check: %v\n%s", name, rel, err, out)
				}
			}
		}
		if strings.Contains(string(files["DynamoDBActions.js"]), "process.env.STORAGE_NOTES_NAME") != (name == "express-rest") {
			t.Errorf("%s: the table variable is not filled in", name)
		}
	}
}

func TestUnknownTemplate(t *testing.T) {
	if _, err := Render("rails", Data{}); err == nil || !strings.Contains(err.Error(), "express-rest") {
		t.Errorf("got %v, want an error listing the templates", err)
	}
}

// TestScaffoldUsesTheTableKey: the REST scaffold reads and writes the table by
// its real partition key, converted to the key's type, whatever the key's name.
func TestScaffoldUsesTheTableKey(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed to run the scaffold's key conversion: %v", err)
	}
	for _, tc := range []struct{ name, typ, in, want string }{
		{"id", "N", "42", "42 number"},
		{"slug", "S", "hello", "hello string"},
		{"user's-id", "S", "x", "x string"},
	} {
		files, err := Render("express-rest", Data{TableVar: "STORAGE_NOTES_NAME", KeyName: tc.name, KeyType: tc.typ})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		// The AWS SDK is not installed here: stand-ins that never call AWS.
		for _, m := range []string{"@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb"} {
			p := filepath.Join(dir, "node_modules", m, "index.js")
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte("exports.DynamoDBClient = class {}; exports.DynamoDBDocument = { from: () => ({ get: async (q) => ({ Item: q.Key }) }) };\n"), 0o644)
		}
		os.WriteFile(filepath.Join(dir, "DynamoDBActions.js"), files["DynamoDBActions.js"], 0o644)
		script := `const a = require('./DynamoDBActions'); a.get(process.argv[1]).then(k => { const v = k[a.keyName]; console.log(String(v) + ' ' + typeof v); });`
		cmd := exec.Command(node, "-e", script, tc.in)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != tc.want {
			t.Errorf("key %q (%s): %v %q, want %q", tc.name, tc.typ, err, out, tc.want)
		}
	}
}
