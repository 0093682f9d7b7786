package model

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A repository is untrusted input: every file the model reads goes through
// os.Root at the project root, so neither `..` nor a symbolic link (resolved
// at the moment of the read) can lead a read outside the project.

// ErrOutside is the error of a path that leads outside the project.
var ErrOutside = errors.New("leads outside the project")

// ReadFile reads the project file rel (slash or OS separators, relative to root).
func ReadFile(root, rel string) ([]byte, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data, err := r.ReadFile(filepath.FromSlash(rel))
	return data, rootError(err)
}

// StatFile describes the project file rel, following symbolic links inside the project.
func StatFile(root, rel string) (fs.FileInfo, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	st, err := r.Stat(filepath.FromSlash(rel))
	return st, rootError(err)
}

// Inside turns a path (absolute, or relative to root) into one relative to
// root, or fails with ErrOutside when it is lexically outside the project.
// Symbolic links are checked by the read itself (ReadFile, StatFile).
func Inside(root, p string) (string, error) {
	if !filepath.IsAbs(p) {
		p = filepath.Join(root, p)
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	absP, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absRoot, absP)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutside
	}
	return filepath.ToSlash(rel), nil
}

// rootError says in the project's words that os.Root refused a path.
func rootError(err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "escapes") {
		return fmt.Errorf("%s %w (through .. or a symbolic link); dockstack reads only files inside the project", filepath.ToSlash(pe.Path), ErrOutside)
	}
	return err
}

// IsOutside reports whether err is a path leading outside the project.
func IsOutside(err error) bool { return errors.Is(err, ErrOutside) }

// listDir lists the names in the project folder rel.
func listDir(root, rel string) ([]string, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	d, err := r.Open(filepath.FromSlash(rel))
	if err != nil {
		return nil, rootError(err)
	}
	defer d.Close()
	return d.Readdirnames(-1)
}

// nearestEntry is the name in the folder root/dir within two edits of name, if any.
func nearestEntry(root, dir, name string) string {
	names, err := listDir(root, dir)
	if err != nil {
		return ""
	}
	best, bestDist := "", 3
	for _, n := range names {
		if d := EditDistance(name, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// WalkInside walks dir (relative to root) through an os.Root: links are not
// followed out of root, and paths given to fn are relative to root.
func WalkInside(root, dir string, fn fs.WalkDirFunc) error {
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	defer r.Close()
	return fs.WalkDir(r.FS(), dir, fn)
}
