package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/txtarcase"
	"golang.org/x/tools/txtar"
)

// project lays out testdata/base.txtar with the case archive on top in a temp
// dir. A comment line "delete: PATH" removes a base file.
func project(t testing.TB, casePath string) (string, *txtar.Archive) {
	t.Helper()
	dir := t.TempDir()
	base, err := txtar.ParseFile("testdata/base.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c, err := txtar.ParseFile(casePath)
	if err != nil {
		t.Fatal(err)
	}
	txtarcase.Lay(t, dir, base)
	for _, line := range strings.Split(string(c.Comment), "\n") {
		if p, ok := strings.CutPrefix(line, "delete: "); ok {
			if err := os.Remove(filepath.Join(dir, strings.TrimSpace(p))); err != nil {
				t.Fatal(err)
			}
		}
	}
	txtarcase.Lay(t, dir, c)
	return dir, c
}

func caseFiles(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/%s: %v", dir, err)
	}
	return files
}
