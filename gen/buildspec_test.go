package gen

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/dockstack/dockstack/model"
	"gopkg.in/yaml.v3"
)

// TestBuildspecQuotesEveryValue: values from the input are shell words, never
// shell code, even where the model's own checks would have refused them.
func TestBuildspecQuotesEveryValue(t *testing.T) {
	dir := t.TempDir()
	pwned := filepath.Join(dir, "pwned")
	evil := `app"; touch ` + pwned + `; echo "`
	api := &model.API{Name: "x", SourceFile: "src/Dockerfile", GitHub: &model.GitHubSource{Path: evil}, Containers: []model.Container{{
		Name: "web", Build: &model.Build{Context: evil, Dockerfile: evil, Target: evil, Args: []model.KeyValue{{Key: "A", Value: evil}}},
	}}}
	data, err := Buildspec(api)
	if err != nil {
		t.Fatal(err)
	}
	var bs buildspec
	if err := yaml.Unmarshal(data, &bs); err != nil {
		t.Fatal(err)
	}
	for _, line := range append(bs.Phases.PreBuild.Commands[:1], bs.Phases.Build.Commands...) {
		// docker is not on this machine; a stand-in that does nothing runs instead.
		cmd := exec.Command("sh", "-c", "docker() { :; }; "+line)
		cmd.Env = append(os.Environ(), "CODEBUILD_SRC_DIR="+dir)
		cmd.Run()
		if _, err := os.Stat(pwned); err == nil {
			t.Fatalf("a value ran as shell code: %s", line)
		}
	}
}
