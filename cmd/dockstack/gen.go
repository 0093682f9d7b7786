package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

// DefaultOut is gen's output folder, relative to the project directory.
const DefaultOut = "infra"

// output is one folder gen writes: the infra folder it owns, or the front end's
// source folder, where it writes only the client config.
type output struct {
	folder gen.Folder
	files  gen.Files
	owned  bool
}

func newGenCmd() *cobra.Command {
	lf := loadFlags{allEnvs: true}
	var out, format, output string
	var check bool
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Generate CloudFormation templates, buildspecs and parameter files",
		Long: `gen is a pure transform: it reads the files a team commits (never amplify-meta.json or
other deployment state) and writes the files a team commits and reviews: the bootstrap, root,
network, storage, auth and API templates, one buildspec per API and each environment's
parameter files, in --out, a folder gen owns (its manifest lists what gen wrote; files it no
longer makes are removed). The same input always gives the same bytes. The front end's client
config (aws-exports.js, amplifyconfiguration.json) holds deployment state: deploy and pull
write it from the environment's stack outputs.

--check writes nothing and fails, listing the files, when what is on disk is not what gen
would write (for CI).`,
		Example: `  dockstack gen --dir examples/guide
  dockstack gen --env prod
  dockstack gen --check`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "yaml" && format != "json" {
				return usagef("--format %q: use yaml or json", format)
			}
			if output != "text" && output != "json" {
				return usagef("--output %q: use text or json", output)
			}
			b, err := lf.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			outputs, err := generate(b, lf.dir, out, format)
			if err != nil {
				return err
			}
			if check {
				return checkOutputs(cmd, outputs, output == "json")
			}
			for _, o := range outputs {
				write := gen.WriteShared
				if o.owned {
					write = gen.Write
				}
				if err := write(o.folder, o.files); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s to %s\n", strings.Join(o.files.Names(), ", "), o.folder.Path())
			}
			return nil
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&out, "out", DefaultOut, "output folder for templates, relative to --dir")
	cmd.Flags().StringVar(&format, "format", "yaml", "template format: yaml or json")
	cmd.Flags().BoolVar(&check, "check", false, "write nothing; fail if any generated file on disk is stale")
	cmd.Flags().StringVarP(&output, "output", "o", "text", "how --check reports: text or json")
	return cmd
}

// generate is gen's one output: the folder it owns. The client config is
// deployment state (endpoints, pool IDs), written by deploy and pull.
func generate(b *model.Backend, root, out, format string) ([]output, error) {
	files, err := gen.Generate(b, format)
	if err != nil {
		return nil, err
	}
	return []output{{gen.Folder{Root: root, Dir: out}, files, true}}, nil
}

// clientFolder is where the client config goes: --client-dir, else the front end's source folder.
func clientFolder(b *model.Backend, root, clientDir string) gen.Folder {
	if clientDir == "" {
		clientDir = b.Project.SourceDir
	}
	if clientDir == "" {
		clientDir = "src"
	}
	return gen.Folder{Root: root, Dir: clientDir}
}

func checkOutputs(cmd *cobra.Command, outputs []output, asJSON bool) error {
	var stale []string
	total := 0
	for _, o := range outputs {
		list := gen.StaleShared
		if o.owned {
			list = gen.Stale
		}
		s, err := list(o.folder, o.files)
		if err != nil {
			return err
		}
		for _, f := range s {
			stale = append(stale, filepath.Join(o.folder.Path(), f))
		}
		total += len(o.files)
	}
	if asJSON {
		if err := printJSON(cmd.OutOrStdout(), map[string]any{"upToDate": len(stale) == 0, "files": total, "stale": append([]string{}, stale...)}); err != nil {
			return err
		}
	}
	if len(stale) > 0 {
		return fmt.Errorf("generated files are stale; run dockstack gen:\n  %s", strings.Join(stale, "\n  "))
	}
	if !asJSON {
		fmt.Fprintf(cmd.OutOrStdout(), "up to date (%d files)\n", total)
	}
	return nil
}
