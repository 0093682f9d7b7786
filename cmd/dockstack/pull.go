package main

import (
	"github.com/dockstack/dockstack/deploy"
	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

func newPullCmd() *cobra.Command {
	var lf loadFlags
	var profile, region, clientDir string
	cmd := &cobra.Command{
		Use:   "pull",
		Short: "Make an environment current and write its client config from its stacks' outputs",
		Long: `pull reads the environment's deployed stack outputs from AWS, makes it the current
environment (local-env-info.json), and writes what deploy records: amplify-meta.json and the
front end's client config (aws-exports.js, amplifyconfiguration.json), as amplify pull does.
It changes nothing in AWS.`,
		Example: `  dockstack pull --env prod
  dockstack pull --env dev --profile dev`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := lf.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			clients, err := awsClients(cmd.Context(), b, profile, region)
			if err != nil {
				return err
			}
			outputs, err := deploy.Pull(cmd.Context(), clients, b)
			if err != nil {
				return err
			}
			if err := model.CheckoutEnv(lf.dir, b.Env.Name); err != nil {
				return err
			}
			if err := record(cmd, b, outputs, lf.dir, clientDir); err != nil {
				return err
			}
			printEndpoints(cmd, b, outputs)
			return nil
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&profile, "profile", "", "AWS profile")
	cmd.Flags().StringVar(&region, "region", "", "AWS region (default: the environment's)")
	cmd.Flags().StringVar(&clientDir, "client-dir", "", "folder for the client config (default: the front end's source folder)")
	return cmd
}
