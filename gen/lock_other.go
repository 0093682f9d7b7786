//go:build !unix

package gen

import "os"

// lock is a no-op where flock does not exist; writes there are still atomic per file.
func lock(*os.Root) (func(), error) { return func() {}, nil }
