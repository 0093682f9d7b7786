//go:build unix

package gen

import (
	"os"
	"syscall"
)

// lock takes the folder's exclusive lock (flock on the folder itself, so no lock file is left behind).
func lock(r *os.Root) (func(), error) {
	f, err := r.Open(".")
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
