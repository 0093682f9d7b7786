package main

import (
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestREADMEWalkthrough runs the README's walkthrough commands as written, in an empty folder.
func TestREADMEWalkthrough(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "<!-- walkthrough: a test runs these lines as they are written -->")
	block, _, ok2 := strings.Cut(block, "<!-- end walkthrough -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no walkthrough block")
	}
	dir := t.TempDir()
	ran := 0
	for _, line := range strings.Split(block, "\n") {
		if !strings.HasPrefix(line, "dockstack ") {
			continue
		}
		args := strings.Fields(strings.TrimPrefix(line, "dockstack ")) // the lines use no quotes
		if _, stderr, err := run(append(args, "--dir", dir)...); err != nil {
			t.Fatalf("%s: %v\n%s", line, err, stderr)
		}
		ran++
	}
	if ran < 6 {
		t.Fatalf("ran %d commands of the walkthrough", ran)
	}
	if _, err := os.Stat(dir + "/infra/api-posts.yaml"); err != nil {
		t.Errorf("the walkthrough did not generate the API: %v", err)
	}
}

// TestReadmeListsEveryCommand: the README's command table names every command.
func TestReadmeListsEveryCommand(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() || sub.Name() == "help" || sub.Name() == "completion" {
				continue // cobra's own, named as one line
			}
			if !sub.HasSubCommands() && !strings.Contains(readme, "`"+sub.CommandPath()) {
				t.Errorf("the README's command table does not name %q", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(newRootCmd())
}
