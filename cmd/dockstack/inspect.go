package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

// loadFlags are the flags every command that reads a backend shares.
type loadFlags struct {
	// cmd is the command, for its terminal (set by register).
	cmd    *cobra.Command
	dir    string
	env    string
	strict bool
	quiet  bool
	// allEnvs: the command serves every environment (gen), so it needs no current one.
	allEnvs bool
}

func (f *loadFlags) register(cmd *cobra.Command) {
	f.cmd = cmd
	cmd.Flags().StringVar(&f.dir, "dir", ".", "project directory (the one that holds amplify/)")
	cmd.Flags().StringVar(&f.env, "env", "", "environment (default: the current one from amplify/.config/local-env-info.json)")
	cmd.Flags().BoolVar(&f.strict, "strict", false, "treat warnings as errors")
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "show only warnings and errors, not notes")
	completeEnvFlag(cmd)
}

// load reads the backend, printing notes and warnings to stderr.
func (f *loadFlags) load(stderr io.Writer) (*model.Backend, error) {
	b, report := model.Load(f.dir, model.Options{Env: f.env, AllEnvs: f.allEnvs})
	if chose, err := f.askEntrypoints(b); err != nil {
		return nil, err
	} else if chose {
		b, report = model.Load(f.dir, model.Options{Env: f.env, AllEnvs: f.allEnvs})
	}
	report.Relocate(fromShell(f.dir)) // paths as the shell sees them
	paint := func(s string) string { return s }
	if colourful(stderr) {
		paint = paintProblem
	}
	for _, p := range report.Shown() {
		if p.Severity < model.Error && !(f.strict && p.Severity == model.Warning) && !(f.quiet && p.Severity == model.Info) {
			fmt.Fprintln(stderr, paint(p.String()))
		}
	}
	if err := report.Err(f.strict); err != nil {
		return nil, err
	}
	for _, file := range model.TrackedSecrets(b) {
		fmt.Fprintf(stderr, "%s: warning: git tracks this secret file, so its value is in the repository's history: run `git rm --cached %s`, rotate the secret, and keep .secret-* in .gitignore\n", file, file)
	}
	return b, nil
}

func newInspectCmd() *cobra.Command {
	var lf loadFlags
	var format string
	cmd := &cobra.Command{
		Use:   "inspect",
		Short: "Print the backend model dockstack reads from the project",
		Long: `inspect loads the project (project config, environments, backend-config.json, each API's
Dockerfile or compose file, secrets and custom policies) and prints the normalized model.
Notes and warnings go to stderr; any error exits non-zero.`,
		Example: `  dockstack inspect --dir examples/guide
  dockstack inspect --env prod --format json --strict`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := lf.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return writeModel(cmd.OutOrStdout(), b, format)
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&format, "format", "yaml", "output format: yaml or json")
	// --output, as the other commands that print things name it.
	cmd.Flags().StringVarP(&format, "output", "o", "yaml", "the same as --format")
	return cmd
}

func writeModel(w io.Writer, b *model.Backend, format string) error {
	switch format {
	case "yaml":
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(b); err != nil {
			return err
		}
		return enc.Close()
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(b)
	}
	return usagef("--format %q: use yaml or json", format)
}

// askEntrypoints asks, at a terminal, which container API Gateway routes to
// for each API whose compose file has several with ports and no choice made
// (a project Amplify made kept it outside the committed files), and records
// the answer in backend-config.json. It reports whether it recorded any.
func (f *loadFlags) askEntrypoints(b *model.Backend) (bool, error) {
	chose := false
	for _, api := range b.APIs {
		if len(api.EntrypointCandidates) == 0 || f.cmd == nil {
			continue
		}
		p, err := terminal(f.cmd, nil)
		if err != nil {
			return false, nil // not at a terminal: the load error says what to run
		}
		c, err := p.choose("Select which container is the entrypoint for api "+api.Name, api.EntrypointCandidates, 0)
		if err != nil {
			return false, err
		}
		if err := model.UpdateAPI(f.dir, model.APIUpdate{APISpec: model.APISpec{Name: api.Name, Entrypoint: c}}); err != nil {
			return false, err
		}
		chose = true
	}
	return chose, nil
}
