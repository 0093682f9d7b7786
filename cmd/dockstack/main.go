// Command dockstack turns an Amplify-style container backend into CloudFormation and deploys it.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "dockstack:", err)
		os.Exit(1)
	}
}
