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
