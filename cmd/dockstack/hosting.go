package main

import (
	"fmt"

	"github.com/dockstack/dockstack/model"
	"github.com/dockstack/dockstack/templates"
	"github.com/spf13/cobra"
)

// hostingFlags are the settings add hosting and update hosting share.
type hostingFlags struct {
	dir    string
	spec   model.HostingSpec
	access []string
}

func (f *hostingFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "dir", ".", "project directory")
	cmd.Flags().StringVar(&f.spec.Env, "env", "", "the environment the domain is for (default: the current one)")
	cmd.Flags().StringVar(&f.spec.Domain, "domain", "", "the site's domain in this environment, e.g. app.example.com (each environment needs its own)")
	cmd.Flags().StringVar(&f.spec.HostedZoneID, "hosted-zone", "", "Route53 hosted zone id of the domain (optional: without it, deploy prints the DNS records to make)")
}

// env fills in the current environment when --env is not given.
func (f *hostingFlags) env() error {
	if f.spec.Env != "" {
		return nil
	}
	b, r := model.Load(f.dir, model.Options{})
	if b.Env.Name == "" {
		if err := r.Err(false); err != nil {
			return err
		}
		return usagef("say which environment the domain is for: --env NAME")
	}
	f.spec.Env = b.Env.Name
	return nil
}

func newAddHostingCmd() *cobra.Command {
	var f hostingFlags
	cmd := &cobra.Command{
		Use:   "hosting",
		Short: "Serve the front end from Fargate behind a load balancer and CloudFront, on your domain",
		Example: "  dockstack add hosting --domain app.example.com --hosted-zone Z0123456789ABCDEFGHIJ\n" +
			"  dockstack add hosting --env dev --domain dev.example.com",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := askMissing(cmd, []question{{flag: "domain", prompt: "Provide your web app endpoint (e.g. app.example.com or www.example.com):", value: &f.spec.Domain}}); err != nil {
				return err
			}
			if p, err := terminal(cmd, nil); err == nil {
				b, _ := model.Load(f.dir, model.Options{})
				if err := p.askHosting(cmd, &f, b); err != nil {
					return err
				}
			}
			if err := f.env(); err != nil {
				return err
			}
			access, err := parseAccess(f.access)
			if err != nil {
				return err
			}
			f.spec.Access = access
			starter, err := templates.Render(templates.SiteTemplate, templates.Data{})
			if err != nil {
				return err
			}
			wrote, err := model.AddHosting(f.dir, f.spec, starter)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Added hosting: https://%s in environment %s.\n", f.spec.Domain, f.spec.Env)
			if wrote {
				fmt.Fprintln(out, "The front end's source folder had no Dockerfile or compose file: wrote a starter nginx site (Dockerfile, nginx.conf, public/index.html).")
			}
			fmt.Fprintln(out, "Other environments need a domain of their own: dockstack update hosting --env NAME --domain NAME.")
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.spec.HealthCheckPath, "health-check-path", "", "what the load balancer asks the site for (default /, or /healthz with the starter)")
	cmd.Flags().StringArrayVar(&f.access, "access", nil, "table access storage/TABLE:OPS, OPS from create,read,update,delete (repeatable)")
	cmd.Flags().BoolVar(&f.spec.Restrict, "restrict", false, "protect the site with Cognito sign-in (needs auth with a hosted UI domain)")
	return cmd
}

func newUpdateHostingCmd() *cobra.Command {
	var f hostingFlags
	cmd := &cobra.Command{
		Use:     "hosting",
		Short:   "Change the hosting site's domain or hosted zone in one environment",
		Example: "  dockstack update hosting --env prod --domain example.com --hosted-zone Z0123456789ABCDEFGHIJ",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := askMissing(cmd, []question{{flag: "domain", prompt: "Provide your web app endpoint (e.g. app.example.com or www.example.com):", value: &f.spec.Domain}}); err != nil {
				return err
			}
			if err := f.env(); err != nil {
				return err
			}
			if err := model.UpdateHosting(f.dir, f.spec); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Updated hosting: https://%s in environment %s.\n", f.spec.Domain, f.spec.Env)
			return nil
		},
	}
	f.register(cmd)
	return cmd
}

// newPublishCmd is `amplify publish` for the hosting site: a deploy, which
// uploads the site's source (its pipeline builds and rolls it out) and
// brings the stacks up to date when anything else changed.
func newPublishCmd() *cobra.Command {
	cmd := newDeployCmd()
	cmd.Use = "publish"
	cmd.Short = "Publish the hosting site: upload its source, follow its pipeline (a deploy, as amplify publish)"
	cmd.Long = `publish deploys the environment as deploy does; for a change of the site's source alone that is
an upload of its bundle, which starts the site's pipeline, and deploy follows the run. It is refused
when the project has no hosting site.`
	cmd.Example = "  dockstack publish --yes"
	deployRun := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) error {
		dir, _ := c.Flags().GetString("dir")
		if b, _ := model.Load(dir, model.Options{}); b.Hosting == nil {
			return fmt.Errorf("the project has no hosting site to publish: add one with `dockstack add hosting` (deploy brings the APIs up)")
		}
		return deployRun(c, args)
	}
	return cmd
}
