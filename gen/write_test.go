package gen

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWriteRemovesOnlyWhatItWrote: gen removes a file it no longer makes only
// when its manifest names it; a file it did not write stops it.
func TestWriteRemovesOnlyWhatItWrote(t *testing.T) {
	root := t.TempDir()
	out := Folder{Root: root, Dir: "infra"}
	if err := Write(out, Files{"a.yaml": []byte("a\n"), "b.yaml": []byte("b\n")}); err != nil {
		t.Fatal(err)
	}
	if err := Write(out, Files{"a.yaml": []byte("a2\n")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "infra", "b.yaml")); !os.IsNotExist(err) {
		t.Errorf("b.yaml, written before and no longer made, is still there: %v", err)
	}
	os.WriteFile(filepath.Join(root, "infra", "notes.md"), []byte("mine\n"), 0o644)
	err := Write(out, Files{"a.yaml": []byte("a3\n")})
	if err == nil || !strings.Contains(err.Error(), "holds files gen did not write (notes.md)") {
		t.Errorf("a folder with a file gen did not write: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "infra", "a.yaml")); string(data) != "a2\n" {
		t.Errorf("a refused write changed a.yaml to %q", data)
	}
}

// TestStaleSeesAMix: a folder holding some files of an older gen and some of
// a newer one (an interrupted gen) is stale, and so is one without its manifest.
func TestStaleSeesAMix(t *testing.T) {
	root := t.TempDir()
	out := Folder{Root: root, Dir: "."}
	old := Files{"a.yaml": []byte("a1\n"), "b.yaml": []byte("b1\n")}
	if err := Write(out, old); err != nil {
		t.Fatal(err)
	}
	newer := Files{"a.yaml": []byte("a2\n"), "b.yaml": []byte("b2\n")}
	os.WriteFile(filepath.Join(root, "a.yaml"), newer["a.yaml"], 0o644) // the gen stopped after a.yaml
	stale, err := Stale(out, newer)
	if err != nil || !slices.Equal(stale, []string{"b.yaml (differs)"}) {
		t.Errorf("stale = %v, %v", stale, err)
	}
	os.Remove(filepath.Join(root, Manifest))
	os.WriteFile(filepath.Join(root, "b.yaml"), newer["b.yaml"], 0o644)
	if stale, _ := Stale(out, newer); !slices.Equal(stale, []string{Manifest + " (missing)"}) {
		t.Errorf("without a manifest, stale = %v", stale)
	}
}

// TestFoldersStayInside: a folder that is a symbolic link, or outside the
// project, is refused for writing and checking, shared or owned.
func TestFoldersStayInside(t *testing.T) {
	top := t.TempDir()
	root := filepath.Join(top, "project")
	outside := filepath.Join(top, "outside")
	os.MkdirAll(root, 0o755)
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "keep.txt"), []byte("keep\n"), 0o644)
	if err := os.Symlink("../outside", filepath.Join(root, "src")); err != nil {
		t.Fatal(err)
	}
	files := Files{"aws-exports.js": []byte("x\n")}
	for _, f := range []Folder{{root, "src"}, {root, "../outside"}, {root, outside}} {
		for name, err := range map[string]error{
			"WriteShared": WriteShared(f, files), "Write": Write(f, files),
		} {
			if err == nil {
				t.Errorf("%s into %s: no error", name, f.Dir)
			}
		}
		if _, err := StaleShared(f, files); err == nil {
			t.Errorf("StaleShared of %s: no error", f.Dir)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 1 {
		t.Errorf("the folder outside holds %d files, want only keep.txt", len(entries))
	}
}
