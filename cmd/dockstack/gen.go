package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dockstack/dockstack/gen"
	"github.com/spf13/cobra"
)

// DefaultOut is gen's output folder, relative to the project directory.
const DefaultOut = "infra"

func newGenCmd() *cobra.Command {
	var lf loadFlags
	var out, format string
	var check bool
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Generate CloudFormation templates, buildspecs and parameter files from the project",
		Long: `gen is a pure transform: it reads the project and writes the files a team commits and
reviews: the bootstrap, root, network, auth and API templates, one buildspec per API and the
environment's parameter files. The same input always gives the same bytes. The output
folder belongs to gen: files it no longer makes are removed.

--check writes nothing and fails, listing the files, when the folder is not what gen
would write (for CI).`,
		Example: `  dockstack gen --dir examples/guide
  dockstack gen --env prod --out infra
  dockstack gen --check`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := lf.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			files, err := gen.Generate(b, format)
			if err != nil {
				return err
			}
			dir := out
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(lf.dir, dir)
			}
			if check {
				stale, err := gen.Stale(dir, files)
				if err != nil {
					return err
				}
				if len(stale) > 0 {
					return fmt.Errorf("%s is stale; run dockstack gen:\n  %s", dir, strings.Join(stale, "\n  "))
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s is up to date (%d files)\n", dir, len(files))
				return nil
			}
			if err := gen.Write(dir, files); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %d files to %s\n", len(files), dir)
			return nil
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&out, "out", DefaultOut, "output folder, relative to --dir")
	cmd.Flags().StringVar(&format, "format", "yaml", "template format: yaml or json")
	cmd.Flags().BoolVar(&check, "check", false, "write nothing; fail if the output folder is stale")
	return cmd
}
