package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/internal/golden"
)

func run(args ...string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	cmd := newRootCmd()
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetIn(strings.NewReader("")) // never a terminal: missing flags are errors
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
	if !strings.Contains(stderr, "info: left out, as they matter only to docker compose on one machine (docs/compose.md says why): networks (express, python)") {
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
	if err != nil || !strings.HasPrefix(out, "dockstack version ") || out == "dockstack version dev\n" {
		t.Errorf("--version printed %q, %v", out, err)
	}
	if cmd, _, err := run("version"); err != nil || cmd != out {
		t.Errorf("version printed %q (%v); --version printed %q", cmd, err, out)
	}
	// A binary built from a checkout names its commit (test binaries carry no VCS stamp).
	if _, err := exec.LookPath("git"); err != nil {
		return
	}
	bin := filepath.Join(t.TempDir(), "dockstack")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		if strings.Contains(string(out), "VCS") {
			t.Skipf("this checkout has no usable VCS status: %s", out)
		}
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "--version").Output(); err != nil || strings.Contains(string(out), "devel") {
		t.Errorf("a built binary's --version: %q %v", out, err)
	}
}

// TestGenCheckExample: the example's committed output is what gen writes, and
// --check notices a stale file.
func TestGenCheckExample(t *testing.T) {
	out, stderr, err := run("gen", "--dir", "../../examples/guide", "--check")
	if err != nil {
		t.Fatalf("examples/guide/infra is stale: %v\n%s (run: go run ./cmd/dockstack gen --dir examples/guide)", err, stderr)
	}
	if !strings.Contains(out, "up to date") {
		t.Errorf("unexpected output %q", out)
	}
	project := t.TempDir()
	if err := os.CopyFS(project, os.DirFS("../../examples/guide")); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(project, "infra")
	if err := os.WriteFile(filepath.Join(dir, "network.yaml"), []byte("stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// old-api.yaml is a file an earlier gen wrote: its manifest names it.
	if err := os.WriteFile(filepath.Join(dir, "old-api.yaml"), []byte("gone\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.OpenFile(filepath.Join(dir, gen.Manifest), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(manifest, "old-api.yaml")
	manifest.Close()
	_, _, err = run("gen", "--dir", project, "--check")
	if err == nil || !strings.Contains(err.Error(), "network.yaml (differs)") || !strings.Contains(err.Error(), "old-api.yaml (no longer generated)") {
		t.Errorf("--check on a stale folder: %v", err)
	}
	// Writing again repairs it and removes what gen no longer makes.
	if _, _, err := run("gen", "--dir", project); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "old-api.yaml")); !os.IsNotExist(err) {
		t.Errorf("old-api.yaml is still there: %v", err)
	}
	if _, _, err := run("gen", "--dir", project, "--check"); err != nil {
		t.Errorf("--check after gen: %v", err)
	}
}

// TestGenFailsWithoutWriting: a project that does not load writes nothing.
func TestGenFailsWithoutWriting(t *testing.T) {
	dir := t.TempDir()
	_, _, err := run("gen", "--dir", dir)
	if err == nil {
		t.Fatal("gen of an empty folder succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("gen wrote %d entries after failing", len(entries))
	}
}

// TestGenFromCleanClone: gen reads only what a team commits. A working copy
// with deployment state (amplify-meta.json, local-env-info.json, client
// config) and a clean clone with Amplify's .gitignore applied give the same files.
func TestGenFromCleanClone(t *testing.T) {
	for _, c := range []string{"two-envs", "walkthrough-deployed", "high-availability"} {
		t.Run(c, func(t *testing.T) {
			work := t.TempDir()
			if err := os.CopyFS(work, os.DirFS(filepath.Join("../../golden", c, "input"))); err != nil {
				t.Fatal(err)
			}
			clone := t.TempDir()
			if err := os.CopyFS(clone, os.DirFS(work)); err != nil {
				t.Fatal(err)
			}
			for _, ignored := range []string{"amplify/backend/amplify-meta.json", "amplify/.config/local-env-info.json", "amplify/#current-cloud-backend"} {
				os.RemoveAll(filepath.Join(clone, ignored))
			}
			for _, dir := range []string{work, clone} {
				if _, stderr, err := run("gen", "--dir", dir); err != nil {
					t.Fatalf("gen in %s: %v\n%s", dir, err, stderr)
				}
			}
			sameAsGolden(t, filepath.Join(clone, "infra"), filepath.Join(work, "infra"))
		})
	}
}

// TestMistakes: each mistake a user makes gets its own message and exit code 2
// (usage), never the parent's help and success.
func TestMistakes(t *testing.T) {
	project := t.TempDir()
	if err := os.CopyFS(project, os.DirFS("../../examples/guide")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"add", "apis"}, `unknown command "apis" for "dockstack add"; did you mean "api"?`},
		{[]string{"add", "apis", "--name", "x"}, `unknown command "apis" for "dockstack add"; did you mean "api"?`},
		{[]string{"add"}, "dockstack add needs a subcommand: api, auth, hosting, storage"},
		{[]string{"inspect", "--dir", project, "--output", "toml"}, `--format "toml": use yaml or json`},
		{[]string{"env", "remove", "--dir", project}, "accepts 1 arg(s), received 0"},
		{[]string{"env", "remove", "dev", "--dir", project, "--yes"}, "dev is the current environment; check out another"},
		{[]string{"ad"}, `unknown command "ad" for "dockstack"; did you mean "add"?`},
		{[]string{"gen", "--outdir", "x", "--dir", project}, "unknown flag: --outdir; did you mean --out?"},
		{[]string{"add", "api", "--acess", "storage/posts:read", "--dir", project}, "did you mean --access?"},
		{[]string{"gen", "--dir", "/nosuch"}, "--dir /nosuch: the folder does not exist"},
		{[]string{"gen", "--format", "toml", "--dir", project}, `--format "toml": use yaml or json`},
		{[]string{"deploy", "--plan", "--plan-format", "yaml", "--dir", project}, `--plan-format "yaml": use text, markdown or json`},
		{[]string{"deploy", "--secrets", "bogus", "--dir", project}, `--secrets "bogus": use update or skip`},
		{[]string{"configure", "project", "--containers", "maybe", "--dir", project}, `unexpected "maybe": write --containers=true or --containers=false`},
	} {
		_, _, err := run(tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != exitUsage {
			t.Errorf("%v: got %v (exit %d), want %q and exit 2", tc.args, err, exitCodeOf(err), tc.want)
		}
	}
	// What works: "--containers false" with a space, and a run from a subfolder finds the project.
	if _, _, err := run("configure", "project", "--containers", "false", "--dir", project); err != nil {
		t.Errorf("--containers false: %v", err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(filepath.Join(project, "amplify", "backend")); err != nil {
		t.Fatal(err)
	}
	if out, stderr, err := run("inspect"); err != nil || !strings.Contains(out, "postsapi") {
		t.Errorf("inspect from a subfolder: %v\n%s", err, stderr)
	}
}

func exitCodeOf(err error) int {
	if err == nil {
		return 0
	}
	return exitCode(err)
}

// TestQuiet: --quiet keeps warnings and errors and drops notes.
func TestQuiet(t *testing.T) {
	_, loud, err := run("inspect", "--dir", "../../examples/guide")
	if err != nil || !strings.Contains(loud, "info:") {
		t.Fatalf("inspect shows no notes: %v\n%s", err, loud)
	}
	_, quiet, err := run("inspect", "--dir", "../../examples/guide", "--quiet")
	if err != nil || strings.Contains(quiet, "info:") {
		t.Errorf("--quiet still shows notes: %v\n%s", err, quiet)
	}
}

// TestJSONOutputsAndCompletion: --output json on env list and gen --check, and
// shell completion of environment, API and table names.
func TestJSONOutputsAndCompletion(t *testing.T) {
	out, _, err := run("env", "list", "--dir", "../../golden/two-envs/input", "--output", "json")
	var envs []struct {
		Name    string `json:"name"`
		Current bool   `json:"current"`
	}
	if err != nil || json.Unmarshal([]byte(out), &envs) != nil || len(envs) != 2 || envs[1].Name != "prod" || !envs[1].Current {
		t.Errorf("env list --output json: %v\n%s", err, out)
	}
	if out, _, err := run("inspect", "--dir", "../../examples/guide", "--output", "json"); err != nil || !json.Valid([]byte(out)) {
		t.Errorf("inspect --output json: %v", err)
	}
	out, _, err = run("gen", "--dir", "../../examples/guide", "--check", "--output", "json")
	var check struct {
		UpToDate bool     `json:"upToDate"`
		Files    int      `json:"files"`
		Stale    []string `json:"stale"`
	}
	if err != nil || json.Unmarshal([]byte(out), &check) != nil || !check.UpToDate || check.Files == 0 || check.Stale == nil {
		t.Errorf("gen --check --output json: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "update", "api", "--dir", "../../examples/guide", ""}, "imagesapi\npostsapi\n"},
		{[]string{"__complete", "remove", "storage", "--dir", "../../examples/guide", ""}, "posts\n"},
		{[]string{"__complete", "env", "checkout", "--dir", "../../golden/two-envs/input", ""}, "dev\nprod\n"},
		{[]string{"__complete", "gen", "--dir", "../../golden/two-envs/input", "--env", ""}, "dev\nprod\n"},
	} {
		out, _, err := run(tc.args...)
		if err != nil || !strings.HasPrefix(out, tc.want) {
			t.Errorf("%v: %v\n%q", tc.args, err, out)
		}
	}
}

// TestPathsFromTheShell: problem paths are given from the shell's folder, so a
// terminal or editor can open them, not relative to --dir.
func TestPathsFromTheShell(t *testing.T) {
	top := t.TempDir()
	project := filepath.Join(top, "app")
	if err := os.CopyFS(project, os.DirFS("../../golden/walkthrough/input")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(project, "amplify/backend/api/posts/src/docker-compose.yml"), []byte("services:\n  web:\n    image: nginx\n    prots: [\"80\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	os.Chdir(top)
	_, _, err := run("inspect", "--dir", "app")
	if err == nil || !strings.Contains(err.Error(), "\n  app/amplify/backend/api/posts/src/docker-compose.yml:4: error:") {
		t.Errorf("the path is not from the shell's folder: %v", err)
	}
}

// TestUpdateEntrypoint: --entrypoint CONTAINER[:PORT] is refused at once when
// the API has no such container or TCP port (it was accepted, and gen failed
// later), naming what it has; a valid choice records the port.
func TestUpdateEntrypoint(t *testing.T) {
	project := t.TempDir()
	if err := os.CopyFS(project, os.DirFS("../../examples/guide")); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"nosuch", "express:9999"} {
		_, _, err := run("update", "api", "imagesapi", "--entrypoint", bad, "--dir", project)
		if err == nil || !strings.Contains(err.Error(), "with that TCP port; it has express:8080, python:5000") {
			t.Errorf("--entrypoint %s: %v", bad, err)
		}
	}
	if _, _, err := run("update", "api", "imagesapi", "--entrypoint", "python:5000", "--dir", project); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(project, "amplify/backend/backend-config.json"))
	if !strings.Contains(string(data), `"port": 5000`) {
		t.Errorf("backend-config.json does not record the port:\n%s", data)
	}
}
