package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dockstack/dockstack/model"
)

// gen writes only inside the project and deletes only what it wrote. The
// output folder's manifest lists the files gen wrote there; files gen no
// longer makes are removed only when the manifest names them, and a folder
// holding other files is refused. A folder gen shares with other files (the
// front end's, for client config) is written with WriteShared, which never
// removes anything.

// Manifest is the name of the file that lists what gen wrote in its output folder.
const Manifest = ".dockstack-generated"

const manifestHeader = "# Files written by dockstack gen; it removes only these. Do not edit.\n"

// Folder is an output folder: Dir relative to the project Root.
type Folder struct {
	Root, Dir string
}

// Path is the folder's path, for messages.
func (f Folder) Path() string { return filepath.Join(f.Root, f.Dir) }

// Write makes the owned folder hold the files and removes the files it wrote before and no longer makes.
func Write(f Folder, files Files) error {
	return f.locked(true, func(r *os.Root) error {
		previous, err := f.owned(r, files)
		if err != nil {
			return err
		}
		for _, name := range files.Names() {
			if err := model.WriteFileIn(r, name, files[name]); err != nil {
				return err
			}
		}
		for _, name := range previous {
			if files[name] == nil {
				if err := r.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return err
				}
			}
		}
		// The manifest goes last: until it is written, the previous one still names every file gen may remove.
		return model.WriteFileIn(r, Manifest, manifest(files))
	})
}

// WriteShared writes the files into a folder gen shares with other files, removing nothing.
func WriteShared(f Folder, files Files) error {
	return f.locked(true, func(r *os.Root) error {
		for _, name := range files.Names() {
			if err := model.WriteFileIn(r, name, files[name]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Stale lists the owned folder's files that are missing, differ, or are no longer generated.
func Stale(f Folder, files Files) ([]string, error) {
	var stale []string
	err := f.locked(false, func(r *os.Root) error {
		previous, err := f.owned(r, files)
		if err != nil {
			return err
		}
		with := Files{Manifest: manifest(files)}
		for name, data := range files {
			with[name] = data
		}
		if stale, err = staleIn(r, with); err != nil {
			return err
		}
		for _, name := range previous {
			if _, err := r.Lstat(name); files[name] == nil && err == nil { // r is not nil: previous is empty then
				stale = append(stale, name+" (no longer generated)")
			}
		}
		return nil
	})
	return stale, err
}

// StaleShared lists the generated files missing from a shared folder or differing there.
func StaleShared(f Folder, files Files) ([]string, error) {
	var stale []string
	err := f.locked(false, func(r *os.Root) (err error) {
		stale, err = staleIn(r, files)
		return err
	})
	return stale, err
}

func staleIn(r *os.Root, files Files) ([]string, error) {
	var stale []string
	for _, name := range files.Names() {
		have, err := []byte(nil), fs.ErrNotExist
		if r != nil {
			have, err = r.ReadFile(name)
		}
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

// locked runs fn on the folder (created when create is set; nil when it does not exist) while holding its
// lock, so that two gens at once take turns. The folder must be inside the
// project and not be a symbolic link.
func (f Folder) locked(create bool, fn func(*os.Root) error) error {
	rel, err := model.Inside(f.Root, f.Dir)
	if err != nil {
		return fmt.Errorf("output folder %s is outside the project %s; gen writes only inside the project", f.Dir, f.Root)
	}
	project, err := os.OpenRoot(f.Root)
	if err != nil {
		return err
	}
	defer project.Close()
	if st, err := project.Lstat(rel); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("output folder %s is a symbolic link; gen writes only into a real folder inside the project: remove the link (`git rm %s`) and run gen again", rel, rel)
	}
	if create {
		if err := project.MkdirAll(rel, 0o755); err != nil {
			return fmt.Errorf("output folder %s: %w", rel, err)
		}
	}
	r, err := project.OpenRoot(rel)
	if errors.Is(err, fs.ErrNotExist) && !create {
		r, err = nil, nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", rel, err)
	}
	if r == nil {
		return fn(nil) // --check of a folder that does not exist
	}
	defer r.Close()
	unlock, err := lock(r)
	if err != nil {
		return err
	}
	defer unlock()
	removeLeftovers(r)
	return fn(r)
}

// owned reads the manifest: the files gen wrote before. Without one, only the
// files gen makes now count as its own. Any other regular file in the folder
// was not written by gen, and the folder is refused rather than risk it.
func (f Folder) owned(r *os.Root, files Files) ([]string, error) {
	var previous []string
	if r == nil {
		return nil, nil
	}
	if data, err := r.ReadFile(Manifest); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") && filepath.Base(line) == line && line[0] != '.' {
				previous = append(previous, line)
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	dir, err := r.Open(".")
	if err != nil {
		return nil, err
	}
	entries, err := dir.ReadDir(-1)
	dir.Close()
	if err != nil {
		return nil, err
	}
	var foreign []string
	for _, e := range entries {
		name := e.Name()
		if name[0] == '.' || files[name] != nil || slices.Contains(previous, name) {
			continue
		}
		foreign = append(foreign, name)
	}
	if len(foreign) > 0 {
		slices.Sort(foreign)
		return nil, fmt.Errorf("output folder %s holds files gen did not write (%s); gen owns its output folder and removes what it no longer makes, so choose another folder with --out, or move those files out", f.Dir, strings.Join(foreign, ", "))
	}
	return previous, nil
}

// manifest lists the files, sorted.
func manifest(files Files) []byte {
	var b strings.Builder
	b.WriteString(manifestHeader)
	for _, name := range files.Names() {
		b.WriteString(name + "\n")
	}
	return []byte(b.String())
}

// removeLeftovers removes the temporary files of a writer that was killed.
func removeLeftovers(r *os.Root) {
	dir, err := r.Open(".")
	if err != nil {
		return
	}
	names, _ := dir.Readdirnames(-1)
	dir.Close()
	for _, n := range names {
		if strings.HasSuffix(n, model.TempSuffix) {
			r.Remove(n)
		}
	}
}
