package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dockstack/dockstack/model"
)

// genForever is set in a child process of TestGenKilled: it runs gen on the
// project until it is killed.
const genForever = "DOCKSTACK_TEST_GEN_FOREVER"

func TestMain(m *testing.M) {
	if dir := os.Getenv(genForever); dir != "" {
		for {
			if _, stderr, err := run("gen", "--dir", dir); err != nil {
				os.Stderr.WriteString(stderr + err.Error())
				os.Exit(1)
			}
		}
	}
	os.Exit(m.Run())
}

func copyExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../examples/guide")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestGenKilled: gens killed with SIGKILL at many points leave no partial
// file and no stray one. A file is written unnamed and given a temporary name
// only when whole, a rename away from its place; a kill between those two
// system calls can leave that whole file, which the next gen (or --check,
// under the same lock) removes.
func TestGenKilled(t *testing.T) {
	dir := copyExample(t)
	names := func() []string {
		var out []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				out = append(out, p)
			}
			return nil
		})
		return out
	}
	before := names()
	for i := range 8 {
		// Two writers at once, one killed mid-run.
		var procs []*exec.Cmd
		for range 2 {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), genForever+"="+dir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			procs = append(procs, cmd)
		}
		time.Sleep(time.Duration(30+17*i) * time.Millisecond)
		for _, p := range procs {
			p.Process.Signal(syscall.SIGKILL)
			if err := p.Wait(); err != nil && !strings.Contains(err.Error(), "killed") {
				t.Fatalf("a gen failed while another ran: %v", err)
			}
		}
		for _, p := range slices.DeleteFunc(names(), func(p string) bool { return slices.Contains(before, p) }) {
			if !strings.HasSuffix(p, model.TempSuffix) {
				t.Fatalf("a killed gen left %s", p)
			}
		}
		if _, _, err := run("gen", "--dir", dir, "--check"); err != nil {
			t.Fatalf("after a killed gen (unchanged input), --check: %v", err)
		}
		if after := names(); !slices.Equal(after, before) {
			t.Fatalf("files left after --check: %v", slices.DeleteFunc(after, func(p string) bool { return slices.Contains(before, p) }))
		}
	}
}

// TestGensAtOnce: gens running together on one project all succeed.
func TestGensAtOnce(t *testing.T) {
	dir := copyExample(t)
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				if _, _, err := run("gen", "--dir", dir); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("gen alongside others: %v", err)
	}
	if _, _, err := run("gen", "--dir", dir, "--check"); err != nil {
		t.Errorf("--check after gens at once: %v", err)
	}
}
