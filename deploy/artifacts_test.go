package deploy

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSourceBundle: the bundle holds src/ without what .dockerignore excludes,
// plus the generated buildspec as buildspec.yml, and the same sources always
// give the same bytes (so the same content-addressed key).
func TestSourceBundle(t *testing.T) {
	src := t.TempDir()
	for name, data := range map[string]string{
		"Dockerfile": "FROM scratch\n", "index.js": "//\n", ".dockerignore": "node_modules\n*.log\n!keep.log\n",
		"node_modules/x/index.js": "//\n", "debug.log": "x\n", "keep.log": "y\n", "buildspec.yml": "stale\n",
		"db/password.txt": "hunter2\n",
	} {
		p := filepath.Join(src, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A compose secret's file kept in src/ (as docker/awesome-compose does) never enters the bundle.
	a, err := sourceBundle(src, []byte("version: 0.2\n"), []string{"db/password.txt"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sourceBundle(src, []byte("version: 0.2\n"), []string{"db/password.txt"})
	if !bytes.Equal(a, b) {
		t.Error("two bundles of the same sources differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if f.Name == "buildspec.yml" {
			rc, _ := f.Open()
			var buf bytes.Buffer
			buf.ReadFrom(rc)
			if buf.String() != "version: 0.2\n" {
				t.Errorf("buildspec.yml is %q, not the generated one", buf.String())
			}
		}
	}
	want := []string{".dockerignore", "Dockerfile", "index.js", "keep.log", "buildspec.yml"}
	if !slices.Equal(names, want) {
		t.Errorf("bundle holds %v, want %v", names, want)
	}
}

// TestSourceBundleLinks: a link to a file inside src/ is bundled as that file
// (it was silently dropped, so a linked Dockerfile gave a bundle without one);
// a link leading out of src/ is an error and its target is never read.
func TestSourceBundleLinks(t *testing.T) {
	top := t.TempDir()
	src := filepath.Join(top, "src")
	os.MkdirAll(filepath.Join(src, "docker"), 0o755)
	os.WriteFile(filepath.Join(src, "docker", "app.Dockerfile"), []byte("FROM scratch\n"), 0o644)
	os.WriteFile(filepath.Join(top, "credentials"), []byte("SECRET\n"), 0o644)
	if err := os.Symlink("docker/app.Dockerfile", filepath.Join(src, "Dockerfile")); err != nil {
		t.Fatal(err)
	}
	bundle, err := sourceBundle(src, []byte("version: 0.2\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(bundle), int64(len(bundle)))
	found := false
	for _, f := range zr.File {
		if f.Name == "Dockerfile" {
			rc, _ := f.Open()
			var buf bytes.Buffer
			buf.ReadFrom(rc)
			found = buf.String() == "FROM scratch\n"
		}
	}
	if !found {
		t.Error("the linked Dockerfile is not in the bundle with its target's content")
	}
	for _, target := range []string{"../credentials", filepath.Join(top, "credentials")} {
		os.Remove(filepath.Join(src, "leak"))
		if err := os.Symlink(target, filepath.Join(src, "leak")); err != nil {
			t.Fatal(err)
		}
		bundle, err := sourceBundle(src, []byte("version: 0.2\n"), nil)
		if err == nil || !strings.Contains(err.Error(), "leads out of src/") || bytes.Contains(bundle, []byte("SECRET")) {
			t.Errorf("link to %s: %v", target, err)
		}
	}
}
