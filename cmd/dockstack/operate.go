package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dockstack/dockstack/deploy"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

// awsFlags are the flags of the commands that read or change what is deployed.
type awsFlags struct {
	loadFlags
	profile, region, output string
}

func (f *awsFlags) register(cmd *cobra.Command) {
	f.loadFlags.register(cmd)
	cmd.Flags().StringVar(&f.profile, "profile", "", "AWS profile")
	cmd.Flags().StringVar(&f.region, "region", "", "AWS region (default: the environment's)")
	cmd.Flags().StringVarP(&f.output, "output", "o", "text", "text or json")
}

// clients loads the backend and makes the AWS clients for it.
func (f *awsFlags) clients(cmd *cobra.Command) (*model.Backend, deploy.Clients, error) {
	if f.output != "text" && f.output != "json" {
		return nil, deploy.Clients{}, usagef("--output %q: use text or json", f.output)
	}
	b, err := f.load(cmd.ErrOrStderr())
	if err != nil {
		return nil, deploy.Clients{}, err
	}
	c, err := awsClients(cmd.Context(), b, f.profile, f.region)
	return b, c, err
}

func newStatusCmd() *cobra.Command {
	var f awsFlags
	cmd := &cobra.Command{
		Use:   "status [API]",
		Short: "Show the environment: stacks, services' tasks, images, last pipeline runs and problems",
		Long: `status shows, on one screen, the environment's stack status (with the last failure's
reason), and for each API its endpoint, its service's running, desired and pending tasks, the
image tag each container runs, the last pipeline run, and the service's error events and
stopped tasks' reasons. Exit code 1 when a service has a problem.`,
		Example:           "  dockstack status\n  dockstack status posts --env prod --output json",
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			only := ""
			if len(args) == 1 {
				only = args[0]
			}
			st, err := deploy.Status(cmd.Context(), c, b, only)
			if err != nil {
				return deploy.Explain(err)
			}
			if f.output == "json" {
				if err := printJSON(cmd.OutOrStdout(), st); err != nil {
					return err
				}
			} else {
				fmt.Fprint(cmd.OutOrStdout(), deploy.FormatStatus(st))
			}
			for _, a := range st.APIs {
				if len(a.Problems) > 0 {
					return fmt.Errorf("api %s has problems (see above)", a.Name)
				}
			}
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

func newScaleCmd() *cobra.Command {
	var f awsFlags
	var count int
	var release bool
	cmd := &cobra.Command{
		Use:   "scale API --count N",
		Short: "Set an API service's task count (0 stops a crash loop); the next deploy keeps it",
		Example: `  dockstack scale posts --count 0      # stop a crash loop, as the guide advises
  dockstack scale posts --count 3
  dockstack scale posts --release      # the next deploy sets the count again`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !release && (!cmd.Flags().Changed("count") || count < 0) {
				return usagef("give --count N (0 or more), or --release")
			}
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			msg, err := deploy.Scale(cmd.Context(), c, b, args[0], count, release)
			if err != nil {
				return deploy.Explain(err)
			}
			if f.output == "json" {
				res := map[string]any{"api": args[0], "released": release, "message": msg}
				if !release {
					res["count"] = count
				}
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintln(cmd.OutOrStdout(), msg)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().IntVar(&count, "count", 0, "tasks to run")
	cmd.Flags().BoolVar(&release, "release", false, "let the next deploy set the count again")
	return cmd
}

func newConsoleCmd() *cobra.Command {
	var f awsFlags
	var printOnly bool
	cmd := &cobra.Command{
		Use:   "console API|hosting | pipeline [API|hosting]",
		Short: "Print an API's or the hosting site's console pages (CloudFront, service, pipeline, logs, API Gateway), or only its pipeline's, and open the first",
		Example: `  dockstack console posts
  dockstack console posts --print
  dockstack console pipeline posts     # the pipeline's page (the API may be left out when there is one)`,
		Args:              cobra.RangeArgs(1, 2),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			api, pipelineOnly, err := consoleTarget(b, args)
			if err != nil {
				return err
			}
			outputs, err := deploy.Pull(cmd.Context(), c, b)
			if err != nil {
				return deploy.Explain(err)
			}
			stack := gen.APIStackID(api)
			if api == "hosting" && b.Hosting != nil {
				stack = gen.HostingStackID
			}
			out := outputs[stack]
			urls := deploy.ConsoleURLs(b, stack, out)
			if pipelineOnly {
				if out["PipelineName"] == "" {
					return fmt.Errorf("api %s has no pipeline in %s (not deployed?)", api, b.Env.Name)
				}
				urls = []string{gen.PipelineConsoleURL(b.Env.Region, out["PipelineName"])}
			}
			if f.output == "json" {
				return printJSON(cmd.OutOrStdout(), urls) // scripts open what they want
			}
			for _, u := range urls {
				fmt.Fprintln(cmd.OutOrStdout(), u)
			}
			if !printOnly && isTerminal(cmd.OutOrStdout()) {
				openBrowser(urls[0])
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&printOnly, "print", false, "only print the pages")
	return cmd
}

// consoleTarget reads console's arguments: an API, or "pipeline" and an API
// (which may be left out when the project has one). An API named pipeline wins.
func consoleTarget(b *model.Backend, args []string) (api string, pipelineOnly bool, err error) {
	names := resourceNames(b, "api")
	if b.Hosting != nil && !slices.Contains(names, "hosting") {
		names = append(names, "hosting") // the site, by the category's name
	}
	if slices.Contains(names, args[0]) && len(args) == 1 {
		return args[0], false, nil
	}
	if args[0] != "pipeline" {
		if len(args) > 1 {
			return "", false, usagef("console takes one API, or pipeline and an API")
		}
		return "", false, usagef("no api %q in the project; its APIs: %s", args[0], strings.Join(names, ", "))
	}
	switch {
	case len(args) == 2 && slices.Contains(names, args[1]):
		return args[1], true, nil
	case len(args) == 2:
		return "", false, usagef("no api %q in the project; its APIs: %s", args[1], strings.Join(names, ", "))
	case len(names) == 1:
		return names[0], true, nil
	}
	return "", false, usagef("name the API whose pipeline to open: %s", strings.Join(names, ", "))
}

// openBrowser opens a page in the desktop's browser, if there is one.
func openBrowser(u string) {
	name := map[string]string{"darwin": "open", "windows": "explorer"}[runtime.GOOS]
	if name == "" {
		name = "xdg-open"
	}
	if path, err := exec.LookPath(name); err == nil {
		exec.Command(path, u).Start()
	}
}

func newLogsCmd() *cobra.Command {
	var f awsFlags
	var o deploy.LogsOptions
	var build bool
	cmd := &cobra.Command{
		Use:   "logs API",
		Short: "Show an API's container logs; --follow keeps showing new lines until Ctrl-C",
		Example: `  dockstack logs posts --since 30m
  dockstack logs images --container python --filter ERROR --follow
  dockstack logs posts --build`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			if build && (o.Follow || o.Container != "" || o.Filter != "") {
				return usagef("--build shows the whole build log: it goes without --follow, --container and --filter")
			}
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			parent := cmd.Context()
			if parent == nil {
				parent = context.Background()
			}
			ctx, stop := signal.NotifyContext(parent, os.Interrupt) // Ctrl-C ends a follow cleanly
			defer stop()
			if build {
				return deploy.Explain(deploy.ShowBuildLog(ctx, c, b, args[0], f.output == "json", cmd.OutOrStdout()))
			}
			o.Poll, o.JSON = 2*time.Second, f.output == "json"
			return deploy.Explain(deploy.ShowLogs(ctx, c, b, args[0], o, cmd.OutOrStdout(), time.Now))
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&o.Container, "container", "", "only this container's lines")
	cmd.Flags().DurationVar(&o.Since, "since", time.Hour, "how far back to start (e.g. 10m, 2h)")
	cmd.Flags().StringVar(&o.Filter, "filter", "", "only lines matching this CloudWatch Logs filter pattern")
	cmd.Flags().BoolVarP(&o.Follow, "follow", "f", false, "keep showing new lines until Ctrl-C")
	cmd.Flags().BoolVar(&build, "build", false, "show the whole log of the last pipeline run's build instead")
	return cmd
}

func newImagesCmd() *cobra.Command {
	var f awsFlags
	cmd := &cobra.Command{
		Use:               "images API",
		Short:             "List an API's builds (image tags, push times), marking the one running and latest",
		Example:           "  dockstack images posts\n  dockstack images posts --output json",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			images, err := deploy.ListImages(cmd.Context(), c, b, args[0])
			if err != nil {
				return deploy.Explain(err)
			}
			if f.output == "json" {
				return printJSON(cmd.OutOrStdout(), images)
			}
			for _, i := range images {
				marks := ""
				if i.Running {
					marks += " running"
				}
				if i.Latest {
					marks += " latest"
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%-24s %s%s\n", i.Tag, i.Pushed.UTC().Format(time.RFC3339), marks)
			}
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

func newRollbackCmd() *cobra.Command {
	var f awsFlags
	var tag string
	var previous bool
	cmd := &cobra.Command{
		Use:   "rollback API --to TAG | --previous",
		Short: "Run an earlier build's images and follow the rollout to healthy, or say why not",
		Long: `rollback moves the API's latest tag to the build's images and gives its service a task
definition revision naming that build, then follows the rollout. CloudFormation's task
definition names latest, so a later stack update runs the same code; a deploy that changes no
template leaves the service alone; the next pipeline run (new code) rolls forward over it.`,
		Example:           "  dockstack images posts\n  dockstack rollback posts --to 3sL4kqt-b12\n  dockstack rollback posts --previous",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeAPI,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (tag == "") == !previous {
				return usagef("give --to TAG (see dockstack images %s) or --previous", args[0])
			}
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			progress := cmd.OutOrStdout()
			if f.output == "json" {
				progress = cmd.ErrOrStderr() // stdout holds only the JSON result
			}
			say := func(s string) { fmt.Fprintln(progress, s) }
			ran, err := deploy.Rollback(cmd.Context(), c, b, args[0], tag, previous, say)
			if err != nil {
				return deploy.Explain(err)
			}
			if f.output == "json" {
				return printJSON(cmd.OutOrStdout(), map[string]any{"api": args[0], "tag": ran, "healthy": true})
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&tag, "to", "", "the build's image tag")
	cmd.Flags().BoolVar(&previous, "previous", false, "the build before the one running")
	return cmd
}
