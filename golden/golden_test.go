// Package golden_test runs gen over each golden/<case>/input project and
// compares the result with golden/<case>/output, file by file.
// `go test ./golden -update` rewrites the outputs; read the diff before committing.
package golden_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/internal/cfnspec"
	goldenfile "github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/model"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

func cases(t testing.TB) []string {
	t.Helper()
	dirs, err := filepath.Glob("*/input")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	var out []string
	for _, d := range dirs {
		out = append(out, filepath.Dir(d))
	}
	return out
}

// load reads a case's input project.
func load(t testing.TB, c string) *model.Backend {
	t.Helper()
	b, r := model.Load(filepath.Join(c, "input"), model.Options{})
	if err := r.Err(false); err != nil {
		t.Fatalf("%s: load: %v", c, err)
	}
	return b
}

func generate(t testing.TB, c string) gen.Files {
	t.Helper()
	files, err := gen.Generate(load(t, c), "yaml")
	if err != nil {
		t.Fatalf("gen: %v", err)
	}
	return files
}

// clientConfig is the case's client config (aws-exports.js, amplifyconfiguration.json)
// for the stack outputs its amplify-meta.json records, as a deploy would see them.
func clientConfig(t testing.TB, c string) gen.Files {
	t.Helper()
	var meta map[string]map[string]struct {
		Output map[string]string `json:"output"`
	}
	outputs := model.StackOutputs{}
	if data, err := os.ReadFile(filepath.Join(c, "input", model.MetaFile)); err == nil {
		if err := json.Unmarshal(data, &meta); err != nil {
			t.Fatal(err)
		}
		for category, resources := range meta {
			for name, r := range resources {
				if r.Output != nil {
					outputs[category+name] = r.Output
				}
			}
		}
	}
	files, _, err := gen.ClientConfig(load(t, c), outputs)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGolden compares each case's templates with output/ and its client config with client/.
func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c, func(t *testing.T) {
			compareFolder(t, filepath.Join(c, "output"), generate(t, c), true)
			compareFolder(t, filepath.Join(c, "client"), clientConfig(t, c), false)
		})
	}
}

// compareFolder checks a folder gen owns (with its manifest) or one it shares.
func compareFolder(t *testing.T, dir string, files gen.Files, owned bool) {
	t.Helper()
	folder := gen.Folder{Root: dir, Dir: "."}
	write, stale := gen.WriteShared, gen.StaleShared
	if owned {
		write, stale = gen.Write, gen.Stale
	}
	if *goldenfile.Update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := write(folder, files); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range files.Names() {
		goldenfile.Check(t, filepath.Join(dir, name), files[name])
	}
	differs, err := stale(folder, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(differs) > 0 {
		t.Errorf("%s differs: %v", dir, differs)
	}
}

// TestDeterministic: the same input gives the same bytes, run after run.
func TestDeterministic(t *testing.T) {
	for _, c := range cases(t) {
		a, b := generate(t, c), generate(t, c)
		for name := range a {
			if !bytes.Equal(a[name], b[name]) {
				t.Errorf("%s: %s differs between two runs", c, name)
			}
		}
	}
}

// TestEnvironmentIndependent: environment variables do not reach gen's output.
func TestEnvironmentIndependent(t *testing.T) {
	c := cases(t)[0]
	before := generate(t, c)
	t.Setenv("AWS_REGION", "eu-north-1")
	t.Setenv("AWS_PROFILE", "leaked")
	t.Setenv("HOME", t.TempDir())
	after := generate(t, c)
	for name := range before {
		if !bytes.Equal(before[name], after[name]) {
			t.Errorf("%s changed with the environment", name)
		}
	}
}

// TestSpecCheck runs the CloudFormation spec check over every template of every
// case, in both formats: types, properties, value types, Ref/GetAtt/Sub targets,
// and nested stacks against their templates.
func TestSpecCheck(t *testing.T) {
	spec, err := cfnspec.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases(t) {
		b := load(t, c)
		for _, format := range []string{"yaml", "json"} {
			files, err := gen.Generate(b, format)
			if err != nil {
				t.Fatal(err)
			}
			templates := map[string][]byte{}
			for name, data := range files {
				if strings.HasSuffix(name, "."+format) {
					templates[name] = data
				}
			}
			if len(templates) < 4 {
				t.Fatalf("%s: only %d templates", c, len(templates))
			}
			for _, p := range spec.CheckSet(templates) {
				t.Errorf("%s (%s): %s", c, format, p)
			}
		}
	}
}

// TestBuildspecSchema validates every generated buildspec against a schema of buildspec 0.2.
func TestBuildspecSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("schema/buildspec-0.2.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range cases(t) {
		for name, data := range generate(t, cs) {
			if !strings.HasPrefix(name, "buildspec-") {
				continue
			}
			var doc any
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("%s/%s: %v", cs, name, err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("%s/%s: %v", cs, name, err)
			}
		}
	}
	// The schema must reject what CodeBuild would.
	var bad any
	if err := yaml.Unmarshal([]byte("version: 0.3\nphases:\n  biuld:\n    commands: [x]\nartifacts:\n  files: x\n"), &bad); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(bad); err == nil {
		t.Error("the schema accepts a broken buildspec")
	}
}

// TestNoSecretValues: the value of every .secret-* file of every case, and
// of every env file variable listed in x-dockstack-secrets, appears in no
// generated file, in either format, nor in the client config.
func TestNoSecretValues(t *testing.T) {
	found := 0
	for _, c := range cases(t) {
		var values []string
		err := filepath.WalkDir(filepath.Join(c, "input"), func(p string, d fs.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(d.Name(), ".secret-") {
				v, rerr := os.ReadFile(p)
				values = append(values, strings.TrimSpace(string(v)))
				return rerr
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		b := load(t, c)
		for _, api := range b.APIs {
			for _, s := range api.Secrets {
				if s.Variable != "" {
					v, err := model.SecretValue(b.Root, s)
					if err != nil {
						t.Fatal(err)
					}
					values = append(values, v)
				}
			}
		}
		found += len(values)
		outputs := []gen.Files{clientConfig(t, c)}
		for _, format := range []string{"yaml", "json"} {
			files, err := gen.Generate(b, format)
			if err != nil {
				t.Fatal(err)
			}
			outputs = append(outputs, files)
		}
		for _, files := range outputs {
			for name, data := range files {
				for _, v := range values {
					if strings.Contains(string(data), v) {
						t.Errorf("%s: %s contains the value of a secret file", c, name)
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no case has a secret file, so this test shows nothing")
	}
}

// TestListedSecretsNeedNoValues: a clean clone has no src/.env (it is not
// committed), and gen still writes the same templates for a project whose
// secrets are listed in x-dockstack-secrets: their values are deploy's to read.
func TestListedSecretsNeedNoValues(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("env-secrets", "input"))); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "amplify/backend/api/myapi/src/.env")); err != nil {
		t.Fatal(err)
	}
	b, r := model.Load(dir, model.Options{})
	if err := r.Err(false); err != nil {
		t.Fatalf("load without .env: %v", err)
	}
	without, err := gen.Generate(b, "yaml")
	if err != nil {
		t.Fatal(err)
	}
	with := generate(t, "env-secrets")
	for name := range with {
		if !bytes.Equal(with[name], without[name]) {
			t.Errorf("%s differs without src/.env", name)
		}
	}
	if s := b.APIs[0].Secrets; len(s) != 2 || !s[0].Missing && !s[1].Missing {
		t.Errorf("the secret from the absent .env is not marked missing: %+v", s)
	}
}
