package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// seeds adds every file of the test cases whose name ends with suffix to the corpus.
func seeds(f *testing.F, suffix string) {
	for _, dir := range []string{"good", "errors"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txtar"))
		for _, file := range files {
			a, err := txtar.ParseFile(file)
			if err != nil {
				f.Fatal(err)
			}
			for _, af := range a.Files {
				if strings.HasSuffix(af.Name, suffix) {
					f.Add(af.Data)
				}
			}
		}
	}
}

func FuzzReadDockerfile(f *testing.F) {
	seeds(f, "Dockerfile")
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := ReadDockerfile(data, "", map[string]string{"PORT": "80"})
		if err == nil {
			for _, p := range info.Ports {
				if p.Container < 1 || p.Container > 65535 || (p.Protocol != "tcp" && p.Protocol != "udp") {
					t.Errorf("invalid port %+v", p)
				}
			}
		}
	})
}

func FuzzParseCustomPolicies(f *testing.F) {
	seeds(f, "custom-policies.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		stmts, issues, err := ParseCustomPolicies(data)
		if err != nil {
			return
		}
		for _, s := range stmts {
			if s.Effect != "Allow" && s.Effect != "Deny" && !hasError(issues) {
				t.Errorf("effect %q accepted without an error", s.Effect)
			}
		}
	})
}

func hasError(issues []PolicyIssue) bool {
	for _, i := range issues {
		if !i.Warning {
			return true
		}
	}
	return false
}

func FuzzParseBackendConfig(f *testing.F) {
	seeds(f, "backend-config.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		bc, err := ParseBackendConfig(data)
		if err != nil {
			jsonErrorLine(data, err)
			return
		}
		r := &Report{}
		bc.skipOthers(r)
		for _, name := range bc.names("api") {
			bc.api(name, r)
		}
	})
}

// FuzzCompose runs the whole compose path (compose-go, the key table, the
// mapping, task sizing) on arbitrary compose files in a fixed project.
func FuzzCompose(f *testing.F) {
	seeds(f, ".yml")
	seeds(f, ".yaml")
	root := f.TempDir()
	src := filepath.Join(root, "amplify/backend/api/myapi/src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		f.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "Dockerfile"), []byte("FROM x\nEXPOSE 80\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		api := API{Name: "myapi", Dir: "amplify/backend/api/myapi"}
		r := &Report{}
		loadCompose(root, "amplify/backend/api/myapi/src/compose.yaml", data, &api, nil, false, r)
		if r.Count(Error) == 0 && len(api.Containers) > 0 {
			chooseEntrypoint(&api, apiEntry{}, "", 0, r)
		}
	})
}
