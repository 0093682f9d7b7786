package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise the module version.
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
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
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newInitCmd(), newConfigureCmd(), newEnvCmd(), newAddCmd(), newUpdateCmd(), newRemoveCmd(), newGenCmd(), newDeployCmd(), newPullCmd(), newInspectCmd())
	return root
}
