// Command dockstack turns an Amplify-style container backend into CloudFormation and deploys it.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/dockstack/dockstack/deploy"
)

func main() {
	// A run lasts milliseconds and its live heap is a few MB: collecting at 5x
	// the live heap instead of 2x saves several collections, a tenth of a gen run.
	// GOGC, when set, still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if err := newRootCmd().Execute(); err != nil {
		msg := fmt.Sprint("dockstack: ", err)
		if colourful(os.Stderr) {
			msg = red + "dockstack:" + reset + " " + paintProblemLines(err.Error())
		}
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(exitCode(err))
	}
}

// exitCode maps an error to the documented exit codes.
func exitCode(err error) int {
	var refusal *deploy.Refusal
	var usage *usageError
	switch {
	case errors.As(err, &refusal):
		return exitRefused
	case errors.As(err, &usage):
		return exitUsage
	case strings.Contains(err.Error(), "unknown flag") || strings.Contains(err.Error(), "unknown command") || strings.Contains(err.Error(), "accepts "):
		return exitUsage
	}
	return exitFailure
}
