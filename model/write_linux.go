//go:build linux

package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// writeUnnamed writes the file as an unnamed temporary file (O_TMPFILE) that
// gets a name only once it is whole, a rename away from its place: a writer
// killed while writing leaves nothing behind. It reports false where the file
// system has no O_TMPFILE, and the caller writes a named temporary file instead.
func writeUnnamed(r *os.Root, rel string, data []byte) (bool, error) {
	dir, err := r.Open(filepath.Dir(rel))
	if err != nil {
		return false, rootError(err)
	}
	defer dir.Close()
	dirfd := int(dir.Fd())
	fd, err := unix.Openat(dirfd, ".", unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return false, nil
	}
	f := os.NewFile(uintptr(fd), rel)
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		return true, err
	}
	if err := f.Chmod(0o644); err != nil { // the umask applied at creation
		return true, err
	}
	tmp := "." + filepath.Base(rel) + "." + strconv.Itoa(os.Getpid()) + TempSuffix
	if err := unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", fd), dirfd, tmp, unix.AT_SYMLINK_FOLLOW); err != nil {
		if errors.Is(err, unix.ENOENT) { // no /proc: write the ordinary way
			return false, nil
		}
		return true, err
	}
	if err := unix.Renameat(dirfd, tmp, dirfd, filepath.Base(rel)); err != nil {
		unix.Unlinkat(dirfd, tmp, 0)
		return true, err
	}
	return true, nil
}
