package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEnvironmentDoesNotLeak: gen is a pure transform, so the process
// environment must not change the model (compose interpolation, bare
// environment entries, COMPOSE_* settings).
func TestEnvironmentDoesNotLeak(t *testing.T) {
	dir, _ := project(t, "testdata/good/env-interpolation.txtar")
	clean, r1 := Load(dir, Options{})
	if err := r1.Err(false); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{
		"TAG": "leaked", "PORT": "9999", "FROM_DOTENV": "leaked", "HOME": "/leaked", "BARE": "leaked",
		"COMPOSE_PROFILES": "debug", "COMPOSE_PROJECT_NAME": "leaked", "COMPOSE_FILE": "other.yml",
		"COMPOSE_DISABLE_ENV_FILE": "true",
	} {
		t.Setenv(k, v)
	}
	dirty, r2 := Load(dir, Options{})
	if diff := cmp.Diff(clean, dirty); diff != "" {
		t.Errorf("the process environment changed the model (-clean +dirty):\n%s", diff)
	}
	if diff := cmp.Diff(r1.Sorted(), r2.Sorted()); diff != "" {
		t.Errorf("the process environment changed the problems (-clean +dirty):\n%s", diff)
	}
	web := clean.APIs[0].Containers[0]
	if web.Image != "public.ecr.aws/docker/library/nginx:stable" || web.Ports[0].Container != 80 {
		t.Errorf("defaults not applied: image %q ports %v", web.Image, web.Ports)
	}
	want := []EnvVar{{Name: "FROM_DOTENV", Value: "dotenv"}, {Name: "HOME_DIR", Value: "none"}}
	if diff := cmp.Diff(want, web.Environment); diff != "" {
		t.Errorf("environment (-want +got):\n%s", diff)
	}
}
