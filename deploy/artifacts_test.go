package deploy

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
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
	} {
		p := filepath.Join(src, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, err := sourceBundle(src, []byte("version: 0.2\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sourceBundle(src, []byte("version: 0.2\n"))
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
