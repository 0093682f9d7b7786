//go:build !linux

package model

import "os"

// writeUnnamed is Linux's; elsewhere files are written through a named temporary file.
func writeUnnamed(*os.Root, string, []byte) (bool, error) { return false, nil }
