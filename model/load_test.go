package model

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/internal/txtarcase"
	"gopkg.in/yaml.v3"
)

// render is what a golden file holds: the problems, then the model.
func render(t testing.TB, b *Backend, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString("# problems\n")
	for _, p := range r.Sorted() {
		buf.WriteString("# " + p.String() + "\n")
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoodCases loads each testdata/good case and compares the model with its golden file.
func TestGoodCases(t *testing.T) {
	for _, file := range caseFiles(t, "good") {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			dir, a := project(t, file)
			envs := txtarcase.Directives(a, "env")
			env := ""
			if len(envs) > 0 {
				env = envs[0]
			}
			b, r := Load(dir, Options{Env: env})
			if err := r.Err(false); err != nil {
				t.Fatalf("load failed: %v", err)
			}
			golden.Check(t, strings.TrimSuffix(file, ".txtar")+".golden.yaml", render(t, b, r))
		})
	}
}

// TestBadInputs loads each testdata/errors case: the load must fail, and every
// "want:" line of the case must appear in one problem line (file:line: severity: message).
func TestBadInputs(t *testing.T) {
	files := caseFiles(t, "errors")
	if len(files) < 40 {
		t.Errorf("the catalogue has %d bad inputs; keep at least 40", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			dir, a := project(t, file)
			wants := txtarcase.Directives(a, "want")
			if len(wants) == 0 {
				t.Fatal("case has no want: line")
			}
			strict := len(txtarcase.Directives(a, "strict")) > 0
			var env string
			if e := txtarcase.Directives(a, "env"); len(e) > 0 {
				env = e[0]
			}
			_, r := Load(dir, Options{Env: env})
			err := r.Err(strict)
			if err == nil {
				t.Fatalf("load succeeded; want failure. Problems:\n%s", problemLines(r))
			}
			for _, w := range wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("no problem contains %q; got:\n%s", w, err)
				}
			}
		})
	}
}

func problemLines(r *Report) string {
	var lines []string
	for _, p := range r.Sorted() {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

// TestShownGroupsNotes: notes that say the same of several services of one
// file become one line; warnings and errors stay apart.
func TestShownGroupsNotes(t *testing.T) {
	r := &Report{}
	r.Infof("c.yml", 3, `service "web": networks: not needed`)
	r.Infof("c.yml", 9, `service "db": networks: not needed`)
	r.Infof("c.yml", 12, `service "cache": networks: not needed`)
	r.Infof("other.yml", 2, `service "web": networks: not needed`)
	r.Warnf("c.yml", 4, `service "web": x is ignored`)
	r.Warnf("c.yml", 10, `service "db": x is ignored`)
	var got []string
	for _, p := range r.Shown() {
		got = append(got, p.String())
	}
	want := []string{
		`c.yml:3: info: services "web", "db", "cache": networks: not needed`,
		`c.yml:4: warning: service "web": x is ignored`,
		`c.yml:10: warning: service "db": x is ignored`,
		`other.yml:2: info: service "web": networks: not needed`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("shown:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMissingSecretNamesItsFile: a secret file that is not in the checkout is
// named as the compose file names it (the hint once suggested another name).
func TestMissingSecretNamesItsFile(t *testing.T) {
	dir, _ := project(t, "testdata/errors/secret-name-ambiguous.txtar") // any case: the compose file is replaced below
	compose := "services:\n  web:\n    image: nginx\n    ports: [\"80\"]\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ../secrets/.secret-db-password\n"
	if err := os.WriteFile(filepath.Join(dir, "amplify/backend/api/myapi/src/docker-compose.yml"), []byte(compose), 0o644); err != nil {
		t.Fatal(err)
	}
	_, r := Load(dir, Options{})
	if err := r.Err(false); err != nil {
		t.Fatalf("a missing secret file must not fail the load (secret files are not committed): %v", err)
	}
	want := `secret "db_password": amplify/backend/api/myapi/secrets/.secret-db-password is not here`
	if !strings.Contains(problemLines(r), want) {
		t.Errorf("no note naming the compose file's secret path; got:\n%s", problemLines(r))
	}
}
