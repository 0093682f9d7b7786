package gen

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/dockstack/dockstack/model"
)

// The output folder belongs to gen: Write makes it hold exactly the generated
// files, and Stale lists how it differs from them. A folder gen shares with
// other files (the front end's, for client config) is written with
// WriteFiles and checked with StaleFiles, which leave other files alone.

// Write writes the files into dir and removes the files gen no longer makes.
func Write(dir string, files Files) error {
	if err := WriteFiles(dir, files); err != nil {
		return err
	}
	extra, err := extraFiles(dir, files)
	if err != nil {
		return err
	}
	for _, name := range extra {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

// WriteFiles writes the files into dir. Every file goes to a temporary name
// first and is renamed into place, so a failure leaves no half-written file.
func WriteFiles(dir string, files Files) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return model.WriteFiles(dir, files)
}

// Stale lists the files in dir that are missing, differ from the generated ones, or are no longer generated.
func Stale(dir string, files Files) ([]string, error) {
	stale, err := StaleFiles(dir, files)
	if err != nil {
		return nil, err
	}
	extra, err := extraFiles(dir, files)
	if err != nil {
		return nil, err
	}
	for _, name := range extra {
		stale = append(stale, name+" (no longer generated)")
	}
	return stale, nil
}

// StaleFiles lists the generated files that are missing from dir or differ there.
func StaleFiles(dir string, files Files) ([]string, error) {
	var stale []string
	for _, name := range files.Names() {
		have, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			stale = append(stale, name+" (missing)")
		case err != nil:
			return nil, err
		case !bytes.Equal(have, files[name]):
			stale = append(stale, name+" (differs)")
		}
	}
	return stale, nil
}

// extraFiles are the regular, non-hidden files in dir that gen does not make.
func extraFiles(dir string, files Files) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var extra []string
	for _, e := range entries {
		name := e.Name()
		if e.Type().IsRegular() && name[0] != '.' && files[name] == nil {
			extra = append(extra, name)
		}
	}
	slices.Sort(extra)
	return extra, nil
}
