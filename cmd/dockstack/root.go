package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise the module version.
var version = ""

// buildVersion is the link-time version, else the module version and, for a
// build from a checkout, the commit it was built from (Go records both).
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		return v // a release, or since Go 1.24 a pseudo-version naming the commit (+dirty when changed)
	}
	v = "devel"
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (commit " + s.Value[:12] + ")"
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += " with local changes"
		}
	}
	return v
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dockstack",
		Short: "Turn a container backend (Dockerfile or compose, Amplify layout) into CloudFormation and deploy it",
		Long: `dockstack reads an Amplify Gen 1 backend directory (amplify/backend/...) whose APIs are
containers, described by a Dockerfile or a compose file, and turns it into CloudFormation
templates, buildspecs and client config.`,
		Example: `  dockstack inspect --dir examples/guide
  dockstack inspect --dir . --env prod --format json`,
		Version:           buildVersion(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: findProject,
	}
	root.AddCommand(newInitCmd(), newConfigureCmd(), newEnvCmd(), newAddCmd(), newUpdateCmd(), newRemoveCmd(), newGenCmd(), newDeployCmd(), newPublishCmd(), newPullCmd(), newStatusCmd(), newLogsCmd(), newImagesCmd(), newRollbackCmd(), newScaleCmd(), newConsoleCmd(), newDeleteCmd(), newInspectCmd(), newVersionCmd())
	strictUsage(root)
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use: "version", Short: "Print dockstack's version", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "dockstack version %s\n", buildVersion())
			return nil
		},
	}
}
