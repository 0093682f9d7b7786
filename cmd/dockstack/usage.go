package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageError is a mistake in how dockstack was called: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// strictUsage makes every command answer a mistake instead of printing help
// and succeeding: a command group given an unknown subcommand fails with the
// nearest one ("did you mean"), and an unknown flag names the nearest flag.
func strictUsage(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(flagError)
	cmd.SuggestionsMinimumDistance = 2
	if cmd.HasSubCommands() && cmd.Run == nil && cmd.RunE == nil {
		cmd.Args = cobra.ArbitraryArgs
		cmd.FParseErrWhitelist.UnknownFlags = true // the subcommand is the mistake to report
		cmd.RunE = func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s needs a subcommand: %s", c.CommandPath(), strings.Join(subcommands(c), ", "))
			}
			msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
			if s := c.SuggestionsFor(args[0]); len(s) > 0 {
				msg += fmt.Sprintf("; did you mean %q?", s[0])
			} else {
				msg += "; one of: " + strings.Join(subcommands(c), ", ")
			}
			return usagef("%s", msg)
		}
	}
	for _, sub := range cmd.Commands() {
		strictUsage(sub)
	}
}

func subcommands(c *cobra.Command) []string {
	var names []string
	for _, s := range c.Commands() {
		if s.IsAvailableCommand() {
			names = append(names, s.Name())
		}
	}
	return names
}

// flagError turns pflag's error into a usage error naming the nearest flag.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
		if near := nearestFlag(cmd, name); near != "" {
			msg += fmt.Sprintf("; did you mean --%s?", near)
		}
	}
	if errors.Is(err, pflag.ErrHelp) {
		return err
	}
	return usagef("%s (see `%s --help`)", msg, cmd.CommandPath())
}

// nearestFlag is the flag whose name is closest to name (at most 3 edits, or a prefix).
func nearestFlag(cmd *cobra.Command, name string) string {
	best, bestDist := "", 4
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		d := model.EditDistance(name, f.Name)
		if strings.HasPrefix(f.Name, name) || strings.HasPrefix(name, f.Name) {
			d = min(d, 1)
		}
		if d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// findProject resolves --dir before a command runs: a folder that does not
// exist is a usage error, and without --dir the project is found upwards
// from the shell's folder, as git and docker compose find theirs.
func findProject(cmd *cobra.Command, _ []string) error {
	f := cmd.Flags().Lookup("dir")
	if f == nil {
		return nil
	}
	dir := f.Value.String()
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		if cmd.Name() == "init" && errors.Is(err, fs.ErrNotExist) {
			return nil // init makes it
		}
		return usagef("--dir %s: the folder does not exist", dir)
	}
	if f.Changed || cmd.Name() == "init" {
		return nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, model.ProjectConfigFile)); err == nil {
			if d != abs {
				return f.Value.Set(d)
			}
			return nil
		}
		if filepath.Dir(d) == d {
			return nil // none: the command's own message says what is missing
		}
	}
}

// fromShell is the path from the shell's folder to dir, for messages.
func fromShell(dir string) string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || strings.Count(rel, "..") > 3 {
		return abs // far away: an absolute path reads better
	}
	return rel
}
