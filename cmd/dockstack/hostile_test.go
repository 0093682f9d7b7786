package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/txtarcase"
	"golang.org/x/tools/txtar"
)

// marker is in every file outside the project: it must never show up in an
// output, a message or a file inside the project.
const marker = "HOSTILE-MARKER"

// TestHostileRepositories runs dockstack on each repository of
// testdata/hostile: a change to model/testdata/base.txtar, with files outside
// the project (outside/...) and symbolic links ("symlink: LINK -> TARGET",
// LINK relative to the folder holding project/ and outside/). "run:" gives
// the command (the project's --dir is added) and each "want:" a text its
// messages must contain; __TOP__ stands for the folder holding both. The
// Nothing outside the project may be read into an output
// or a message, written or deleted, and no file of the project may change.
func TestHostileRepositories(t *testing.T) {
	files, _ := filepath.Glob("testdata/hostile/*.txtar")
	if len(files) < 20 {
		t.Fatalf("%d hostile repositories; keep at least 20", len(files))
	}
	base, err := txtar.ParseFile("../../model/testdata/base.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			top := t.TempDir()
			a := txtar.Parse(bytes.ReplaceAll(data, []byte("__TOP__"), []byte(top)))
			project := filepath.Join(top, "project")
			t.Setenv("HOME", filepath.Join(top, "outside", "home"))
			// deploy must fail before it talks to AWS; if it did not, nothing leaves this machine.
			t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
			t.Setenv("AWS_ACCESS_KEY_ID", "test")
			t.Setenv("AWS_SECRET_ACCESS_KEY", "test")
			t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
			txtarcase.Lay(t, filepath.Join(top, "outside"), &txtar.Archive{Files: []txtar.File{
				{Name: "home/.aws/credentials", Data: []byte("[default]\naws_secret_access_key = " + marker + "\n")},
				{Name: "passwd", Data: []byte(marker + ":x:0:0:root:/root:/bin/bash\n")},
				{Name: "dir/keep.txt", Data: []byte(marker + "\n")},
			}})
			txtarcase.Lay(t, project, base)
			for _, f := range a.Files {
				if rest, ok := strings.CutPrefix(f.Name, "outside/"); ok {
					if !bytes.Contains(f.Data, []byte(marker)) {
						t.Fatalf("outside file %s must contain the marker", f.Name)
					}
					txtarcase.Lay(t, filepath.Join(top, "outside"), &txtar.Archive{Files: []txtar.File{{Name: rest, Data: f.Data}}})
				} else {
					txtarcase.Lay(t, project, &txtar.Archive{Files: []txtar.File{f}})
				}
			}
			for _, d := range txtarcase.Directives(a, "delete") {
				if err := os.Remove(filepath.Join(project, d)); err != nil {
					t.Fatal(err)
				}
			}
			for _, s := range txtarcase.Directives(a, "symlink") {
				link, target, _ := strings.Cut(s, " -> ")
				p := filepath.Join(top, link)
				os.RemoveAll(p)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(target, p); err != nil {
					t.Fatal(err)
				}
			}
			outsideBefore := treeSnapshot(t, filepath.Join(top, "outside"))
			projectBefore := treeSnapshot(t, project)

			args := strings.Fields(txtarcase.Directives(a, "run")[0])
			stdout, stderr, err := run(append(args, "--dir", project)...)
			if err == nil {
				t.Fatalf("%v succeeded; want an error. stdout:\n%s\nstderr:\n%s", args, stdout, stderr)
			}
			msg := err.Error() + "\n" + stderr
			for _, w := range txtarcase.Directives(a, "want") {
				if !strings.Contains(msg, w) {
					t.Errorf("no message contains %q; got:\n%s", w, msg)
				}
			}
			if strings.Contains(stdout+msg, marker) {
				t.Errorf("the content of a file outside the project reached the output:\n%s\n%s", stdout, msg)
			}
			if after := treeSnapshot(t, filepath.Join(top, "outside")); !equalSnapshots(outsideBefore, after) {
				t.Errorf("files outside the project changed:\nbefore %v\nafter  %v", outsideBefore, after)
			}
			after := treeSnapshot(t, project)
			for name, data := range projectBefore {
				if after[name] != data {
					t.Errorf("project file %s changed or was removed", name)
				}
			}
			for name, data := range after {
				if strings.Contains(data, marker) && projectBefore[name] == "" {
					t.Errorf("project file %s holds the content of a file outside the project", name)
				}
			}
		})
	}
}

// treeSnapshot maps each file under dir (links as "-> target", not followed) to its content.
func treeSnapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			out[rel] = "-> " + target
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[rel] = string(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalSnapshots(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
