package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitKeepsSecretsOutOfGit: init writes Amplify's .gitignore block, so
// `git add -A` leaves .secret-* files, amplify-meta.json and local settings
// out; a secret file git tracks all the same gets a warning.
func TestInitKeepsSecretsOutOfGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("*.log"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, step := range [][]string{
		{"init", "--name", "guide", "--env", "dev", "--region", "us-east-1"},
		{"configure", "project", "--containers=true"},
		{"add", "api", "--name", "posts", "--type", "rest", "--template", "express-rest"},
	} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v\n%s", step, err, stderr)
		}
	}
	secret := "amplify/backend/api/posts/secrets/.secret-pass"
	for _, f := range []string{secret, "amplify/backend/amplify-meta.json"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, f), []byte("{}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q")
	git("add", "-A")
	staged := git("ls-files")
	for _, f := range []string{secret, "amplify/backend/amplify-meta.json", "amplify/.config/local-env-info.json"} {
		if strings.Contains(staged, f) {
			t.Errorf("git add -A staged %s", f)
		}
	}
	if gi, _ := os.ReadFile(filepath.Join(dir, ".gitignore")); !strings.HasPrefix(string(gi), "*.log\n") {
		t.Errorf("init dropped the project's own .gitignore lines:\n%s", gi)
	}
	// Compose with a secret, then force the secret into git: gen warns.
	compose := "services:\n  web:\n    build: .\n    ports: [\"8080:8080\"]\n    secrets: [pass]\nsecrets:\n  pass:\n    file: ../secrets/.secret-pass\n"
	if err := os.WriteFile(filepath.Join(dir, "amplify/backend/api/posts/src/docker-compose.yml"), []byte(compose), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, _ := run("inspect", "--dir", dir); strings.Contains(stderr, "git tracks this secret file") {
		t.Errorf("warned about an untracked secret:\n%s", stderr)
	}
	git("add", "-f", secret)
	if _, stderr, err := run("inspect", "--dir", dir); err != nil || !strings.Contains(stderr, secret+": warning: git tracks this secret file") {
		t.Errorf("no warning for a tracked secret (%v):\n%s", err, stderr)
	}
}
