package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/dockstack/dockstack/deploy"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

// Exit codes of every command (documented in the README).
const (
	exitFailure = 1
	exitUsage   = 2
	exitRefused = 3
)

func newDeployCmd() *cobra.Command {
	var lf loadFlags
	var profile, region, secrets, clientDir string
	var opts deploy.Options
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Bring the environment up to date in AWS through CloudFormation change sets",
		Long: `deploy generates the templates in memory, creates the deployment bucket's stack if it is
missing, uploads templates and source bundles (what is already there is not uploaded again),
stores the secrets, and creates a change set for the root stack with its nested stacks. It shows
the changes and refuses to replace or remove stateful resources (tables, buckets, repositories,
user pools, secrets, log groups, keys) unless --allow-data-loss. --plan stops after showing the
change set and deletes it. Without --yes nothing is executed.

Credentials, region and endpoints come from the AWS SDK's standard configuration (environment,
profiles, SSO, AWS_ENDPOINT_URL); the region defaults to the environment's.

Exit codes: 0 deployed or no changes, 1 failed, 2 usage, 3 refused (guard or stack state).`,
		Example: `  dockstack deploy --plan
  dockstack deploy --yes
  dockstack deploy --env prod --profile prod --yes --secrets skip`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains([]string{"text", "markdown", "json"}, opts.PlanFormat) {
				return usagef("--plan-format %q: use text, markdown or json", opts.PlanFormat)
			}
			if secrets != "update" && secrets != "skip" {
				return usagef("--secrets %q: use update or skip", secrets)
			}
			b, err := lf.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			opts.SkipSecrets = secrets == "skip"
			ctx := cmd.Context()
			interrupts := make(chan os.Signal, 2)
			signal.Notify(interrupts, os.Interrupt)
			defer signal.Stop(interrupts)
			clients, err := awsClients(ctx, b, profile, region)
			if err != nil {
				return err
			}
			// A JSON plan is the only thing on stdout, so that it parses; progress goes to stderr.
			jsonPlan := opts.Plan && opts.PlanFormat == "json"
			progress := cmd.OutOrStdout()
			if jsonPlan {
				progress = cmd.ErrOrStderr()
			}
			d := &deploy.Deployer{C: clients, Out: progress, Opts: opts, Poll: 5 * time.Second, Interrupts: interrupts}
			d.Live = isTerminal(progress) && liveDisplay(os.Getenv) // a tree updated in place; one line per event otherwise
			if colourful(progress) && opts.PlanFormat == "text" {
				d.PaintPlan = paintPlan
			}
			if p, err := terminal(cmd, nil); err == nil {
				d.Confirm = func(q string) bool { yes, err := p.confirm(q, false); return err == nil && yes }
				// The guide's push asks about secrets; --secrets answers for CI.
				d.Opts.AskSecrets = !cmd.Flags().Changed("secrets")
			}
			// The outputs are recorded as soon as the stacks are up, before the pipelines are followed.
			d.Record = func(outputs model.StackOutputs) error { return record(cmd, b, outputs, lf.dir, clientDir) }
			res, err := d.Run(ctx, b)
			if jsonPlan && res != nil && res.Planned {
				fmt.Fprint(cmd.OutOrStdout(), deploy.FormatChanges(res.Changes, "json"))
				return err
			}
			if res != nil && res.Outputs != nil {
				printEndpoints(cmd, b, res.Outputs)
			}
			if res != nil && len(res.Waiting) > 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "Waiting for images: %s. Their services keep the tasks they have (none when new) until the images exist; deploy again once they are built (GitHub pipelines, self-managed pushes, --no-follow).\n", strings.Join(res.Waiting, ", "))
			}
			return err
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&profile, "profile", "", "AWS profile")
	cmd.Flags().StringVar(&region, "region", "", "AWS region (default: the environment's)")
	cmd.Flags().BoolVar(&opts.Yes, "yes", false, "execute the change set without asking")
	cmd.Flags().BoolVar(&opts.Plan, "plan", false, "show the change set, then delete it; change nothing else")
	cmd.Flags().StringVar(&opts.PlanFormat, "plan-format", "text", "how --plan shows the changes: text, markdown (for a pull request comment) or json")
	cmd.Flags().BoolVar(&opts.AllowDataLoss, "allow-data-loss", false, "let stateful resources be replaced or removed")
	cmd.Flags().BoolVar(&opts.NoFollow, "no-follow", false, "do not follow the pipeline runs (for emulators, or pipelines of pipelines)")
	cmd.Flags().BoolVar(&opts.Wait, "wait", false, "wait for a running stack operation to end instead of refusing")
	cmd.Flags().StringVar(&opts.From, "from", "", "deploy the committed gen output in this folder (refused when stale)")
	cmd.Flags().BoolVar(&opts.ReplaceFailedStack, "replace-failed-stack", false, "delete and re-create a stack that never finished being created")
	cmd.Flags().StringVar(&secrets, "secrets", "update", "update: store the .secret-* values; skip: leave the cloud's values")
	cmd.Flags().StringVar(&clientDir, "client-dir", "", "folder for the client config (default: the front end's source folder)")
	return cmd
}

// awsClients makes the SDK's clients from its standard configuration. --region
// applies everywhere: it becomes the environment's region for this run, so
// the banner, template URLs, recorded outputs and client config say it too.
func awsClients(ctx context.Context, b *model.Backend, profile, region string) (deploy.Clients, error) {
	if region != "" {
		b.Env.Region = region
		for i := range b.Envs { // the templates name each environment's region (high availability's zones)
			if b.Envs[i].Name == b.Env.Name {
				b.Envs[i].Region = region
			}
		}
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(b.Env.Region), config.WithSharedConfigProfile(profile),
		config.WithRetryer(func() aws.Retryer { return deploy.Retryer(500 * time.Millisecond) }))
	if err != nil {
		return deploy.Clients{}, err
	}
	// Emulators behind AWS_ENDPOINT_URL serve buckets by path.
	pathStyle := os.Getenv("AWS_ENDPOINT_URL") != "" || os.Getenv("AWS_ENDPOINT_URL_S3") != ""
	return deploy.NewClients(cfg, pathStyle), nil
}

// record keeps an environment's outputs where Amplify keeps them: in
// amplify-meta.json and the front end's client config, which describe the
// current environment (local-env-info.json). Another environment's deploy
// leaves both alone; `dockstack pull --env E` switches them to E.
func record(cmd *cobra.Command, b *model.Backend, outputs model.StackOutputs, dir, clientDir string) error {
	if current := model.CurrentEnv(dir); current != "" && current != b.Env.Name {
		fmt.Fprintf(cmd.OutOrStdout(), "Recorded nothing locally: %s is not the current environment (%s); run `dockstack pull --env %s` to write its client config\n", b.Env.Name, current, b.Env.Name)
		return nil
	}
	if err := model.RecordDeploy(dir, b.Env, gen.DeploymentBucket(b.Env), outputs); err != nil {
		return err
	}
	client, _, err := gen.ClientConfig(b, outputs)
	if err != nil {
		return err
	}
	return gen.WriteShared(clientFolder(b, dir, clientDir), client)
}

// printEndpoints names each API's endpoint, once.
func printEndpoints(cmd *cobra.Command, b *model.Backend, outputs model.StackOutputs) {
	for _, api := range b.APIs {
		out := outputs[gen.APIStackID(api.Name)]
		if url := out["RootUrl"]; url != "" {
			fmt.Fprintf(cmd.OutOrStdout(), "REST API %s: %s\n", api.Name, url)
		}
		if url := out["GraphQLAPIEndpointOutput"]; url != "" {
			fmt.Fprintf(cmd.OutOrStdout(), "GraphQL API %s: %s\n", api.Name, url)
		}
		if api.DeploymentMechanism == model.SelfManaged {
			printPushCommands(cmd, b, &api, out)
		}
	}
}

// printPushCommands tells a self-managed API's team where to push each image.
func printPushCommands(cmd *cobra.Command, b *model.Backend, api *model.API, out map[string]string) {
	for _, c := range api.Containers {
		uri := out[gen.RepositoryOutput(c.Name)]
		if uri == "" {
			continue
		}
		registry, _, _ := strings.Cut(uri, "/")
		fmt.Fprintf(cmd.OutOrStdout(), "Self-managed %s, container %s: push its image to %s:\n", api.Name, c.Name, uri)
		fmt.Fprintf(cmd.OutOrStdout(), "  aws ecr get-login-password --region %s | docker login --username AWS --password-stdin %s\n", b.Env.Region, registry)
		fmt.Fprintf(cmd.OutOrStdout(), "  docker tag IMAGE %s:latest && docker push %s:latest\n", uri, uri)
	}
}
