package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
)

// TestWalkthroughWithFlags runs the guide's walkthrough as dockstack commands
// in an empty folder, then gen, and compares the result with golden/walkthrough.
func TestWalkthroughWithFlags(t *testing.T) {
	dir := t.TempDir()
	steps := [][]string{
		{"init", "--name", "demo", "--env", "dev", "--region", "us-east-1"},
		{"configure", "project", "--containers=true"},
		{"add", "storage", "--name", "posts", "--partition-key", "id:N"},
		{"add", "auth", "--name", "guideauth"},
		{"add", "api", "--name", "posts", "--type", "rest", "--template", "express-rest", "--access", "storage/posts:create,read,update,delete", "--restrict"},
		{"gen"},
	}
	var addAPIOut string
	for _, step := range steps {
		out, stderr, err := run(append(step, "--dir", dir)...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", step, err, stderr)
		}
		if step[0] == "add" && step[1] == "api" {
			addAPIOut = out
		}
	}
	for _, v := range []string{"STORAGE_POSTS_NAME", "STORAGE_POSTS_ARN", "ENV", "REGION"} {
		if !strings.Contains(addAPIOut, "  "+v+"\n") {
			t.Errorf("add api did not print %s:\n%s", v, addAPIOut)
		}
	}
	sameAsGolden(t, filepath.Join(dir, "infra"), "../../golden/walkthrough/output")
}

// sameAsGolden fails unless dir holds the files of the golden folder (an owned
// folder's manifest among them, so that extra files show there too).
func sameAsGolden(t *testing.T, dir, golden string) {
	t.Helper()
	want := gen.Files{}
	entries, err := os.ReadDir(golden)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(golden, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		want[e.Name()] = data
	}
	stale, err := gen.StaleShared(gen.Folder{Root: dir, Dir: "."}, want)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("%s differs from %s: %v", dir, golden, stale)
	}
}

// TestEveryTemplateGenerates: an API added from each template loads and
// generates, and every container it defines runs read-only as a named user
// (init starts a project hardened, and the scaffolds work so).
func TestEveryTemplateGenerates(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{
		{"init", "--name", "demo"},
		{"configure", "project", "--containers=true"},
		{"add", "storage", "--name", "posts", "--partition-key", "id:N"},
		{"add", "api", "--name", "rest", "--template", "express-rest", "--access", "storage/posts:read"},
		{"add", "api", "--name", "images", "--template", "compose-express-flask"},
		{"add", "api", "--name", "gql", "--type", "graphql", "--template", "graphql-express", "--access", "storage/posts:create,read"},
		{"gen"},
	} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v\n%s", step, err, stderr)
		}
	}
	for _, f := range []string{"api-rest.yaml", "api-images.yaml", "api-gql.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, "infra", f))
		if err != nil {
			t.Error(err)
			continue
		}
		containers := strings.Count(string(data), "Essential: true")
		for _, want := range []string{"ReadonlyRootFilesystem: true", "User: ", "ContainerPath: /tmp"} {
			if n := strings.Count(string(data), want); containers == 0 || n != containers {
				t.Errorf("%s: %d containers, %d with %q", f, containers, n, want)
			}
		}
	}
}

// TestProjectCommandErrors: each bad input fails with a clear message and writes nothing.
func TestProjectCommandErrors(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{
		{"init", "--name", "demo"},
		{"configure", "project", "--containers=true"},
		{"add", "storage", "--name", "posts", "--partition-key", "id:N"},
	} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	before := snapshot(t, dir)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "--name", "again"}, "already holds a project"},
		{[]string{"add", "storage", "--name", "posts", "--partition-key", "id:N"}, `storage "posts" already exists`},
		{[]string{"add", "storage", "--name", "tags", "--partition-key", "id:bool"}, "TYPE S (string), N (number) or B (binary)"},
		{[]string{"add", "api", "--name", "posts2", "--template", "express-rest", "--access", "storage/comments:read"}, `the project has no table "comments" (tables: posts)`},
		{[]string{"add", "api", "--name", "posts2", "--template", "express-rest", "--restrict"}, "--restrict needs an auth resource"},
		{[]string{"add", "api", "--name", "Posts", "--template", "custom"}, "lower-case letters and digits only"},
		{[]string{"add", "api", "--name", "x", "--template", "rails"}, "unknown template"},
		{[]string{"add", "api", "--template", "custom"}, "missing --name"},
		{[]string{"env", "checkout", "prod"}, `unknown environment "prod"; known environments: dev`},
		{[]string{"remove", "storage", "nope"}, `no storage "nope"`},
	} {
		_, _, err := run(append(tc.args, "--dir", dir)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want an error containing %q", tc.args, err, tc.want)
		}
		if after := snapshot(t, dir); after != before {
			t.Errorf("%v wrote files although it failed", tc.args)
		}
	}
	// A table APIs depend on cannot be removed; the error names every one and the exact command.
	for _, name := range []string{"reader", "writer"} {
		if _, _, err := run("add", "api", "--dir", dir, "--name", name, "--template", "custom", "--access", "storage/posts:read"); err != nil {
			t.Fatal(err)
		}
		// The custom template brings no Dockerfile: src/ holds a README saying what to put there.
		if readme, err := os.ReadFile(filepath.Join(dir, "amplify/backend/api", name, "src/README.md")); err != nil || !strings.Contains(string(readme), "Dockerfile") {
			t.Errorf("custom api %s: src/README.md: %v", name, err)
		}
	}
	want := "storage posts is used by api reader, writer; first run:\n  dockstack update api reader --access storage/posts:\n  dockstack update api writer --access storage/posts:"
	if _, _, err := run("remove", "storage", "posts", "--dir", dir); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("remove of a table in use: %v", err)
	}
	// Taking the access away (storage/TABLE: with no operations) lets the table go.
	for _, name := range []string{"reader", "writer"} {
		if _, _, err := run("update", "api", name, "--dir", dir, "--access", "storage/posts:"); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := run("remove", "storage", "posts", "--dir", dir); err != nil {
		t.Errorf("remove after the access was taken away: %v", err)
	}
}

// snapshot lists every file under dir with its content, to see whether anything changed.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		b.WriteString(p + "\n" + string(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
