package golden_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// BenchmarkGen is load + gen of each golden case: the work of `dockstack gen` minus process start.
func BenchmarkGen(b *testing.B) {
	for _, c := range cases(b) {
		b.Run(c, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				generate(b, c)
			}
		})
	}
}

// syntheticCompose writes a project whose compose file has n services, all built from one Dockerfile.
func syntheticCompose(b *testing.B, n int) string {
	dir := b.TempDir()
	var compose strings.Builder
	compose.WriteString("services:\n")
	for i := range n {
		fmt.Fprintf(&compose, "  svc%d:\n    build: .\n    ports: [\"%d\"]\n    environment:\n      INDEX: \"%d\"\n", i, 8000+i, i)
	}
	files := map[string]string{
		"amplify/.config/project-config.json":              `{"projectName": "bench", "frontend": "javascript", "javascript": {"config": {"ServerlessContainers": true}}}`,
		"amplify/team-provider-info.json":                  `{"dev": {"awscloudformation": {"Region": "us-east-1", "StackName": "amplify-bench-dev"}}}`,
		"amplify/backend/backend-config.json":              `{"api": {"bench": {"service": "ElasticContainer", "apiType": "REST", "exposedContainer": {"name": "svc0"}}}}`,
		"amplify/backend/api/bench/src/Dockerfile":         "FROM scratch\nEXPOSE 8000\n",
		"amplify/backend/api/bench/src/docker-compose.yml": compose.String(),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkLoadCompose200 loads a compose file of 200 services. (The load then
// reports that a task holds at most 10 containers; parsing and mapping all 200 is what is measured.)
func BenchmarkLoadCompose200(b *testing.B) {
	dir := syntheticCompose(b, 200)
	b.ReportAllocs()
	for b.Loop() {
		if _, r := model.Load(dir, model.Options{}); r.Count(model.Error) != 1 {
			b.Fatalf("want the one container-count error, got %v", r.Err(false))
		}
	}
}

// BenchmarkGenerate200 runs gen over the model of those 200 services.
func BenchmarkGenerate200(b *testing.B) {
	backend, _ := model.Load(syntheticCompose(b, 200), model.Options{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gen.Generate(backend, "yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
