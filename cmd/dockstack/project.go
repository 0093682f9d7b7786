package main

import (
	"fmt"
	"github.com/spf13/pflag"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/dockstack/dockstack/model"
	"github.com/dockstack/dockstack/templates"
	"github.com/spf13/cobra"
)

// The project commands: thin wrappers over model's editing functions.

func newInitCmd() *cobra.Command {
	var dir string
	o := model.InitOptions{}
	cmd := &cobra.Command{
		Use:     "init",
		Short:   "Create a project (the amplify/ folder) in the current or given directory",
		Example: "  dockstack init --name guide --env dev --region us-east-1",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := askMissing(cmd, []question{{flag: "name", prompt: "Enter a name for the project", value: &o.Name}}); err != nil {
				return err
			}
			if err := model.Init(dir, o); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Initialized project %s with environment %s (%s); containers built from its Dockerfiles are hardened (read-only root, non-root user: `dockstack configure project --harden=false` keeps images' defaults).\nNext: dockstack configure project --containers=true\n", o.Name, o.Env, o.Region)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", ".", "project directory")
	cmd.Flags().StringVar(&o.Name, "name", "", "project name (letters and digits)")
	cmd.Flags().StringVar(&o.Env, "env", "dev", "first environment")
	cmd.Flags().StringVar(&o.Region, "region", "us-east-1", "AWS region of the environment")
	cmd.Flags().StringVar(&o.Frontend, "frontend", "javascript", "front end: javascript, android, ios or flutter")
	cmd.Flags().StringVar(&o.SourceDir, "source-dir", "src", "the front end's source folder (client config goes there)")
	return cmd
}

func newConfigureCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "configure", Short: "Change project settings"}
	var dir string
	var containers, harden bool
	project := &cobra.Command{
		Use:     "project",
		Short:   "Enable container-based deployments; harden built containers",
		Example: "  dockstack configure project --containers=true\n  dockstack configure project --harden",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			setContainers := cmd.Flags().Changed("containers") || len(args) == 1
			setHarden := cmd.Flags().Changed("harden")
			if !setContainers && !setHarden {
				p, err := terminal(cmd, nil)
				if err != nil {
					return usagef("say --containers=true or --containers=false (\"Do you want to enable container-based deployments?\")")
				}
				if containers, err = p.confirm("Do you want to enable container-based deployments?", true); err != nil {
					return err
				}
				if harden, err = p.confirm("Harden containers built from your Dockerfiles (read-only root file system, non-root user)?", false); err != nil {
					return err
				}
				setContainers, setHarden = true, true
			}
			// "--containers false" (a space, as other tools take it) reads as --containers and an argument.
			if len(args) == 1 {
				on, err := strconv.ParseBool(args[0])
				if err != nil {
					return usagef("unexpected %q: write --containers=true or --containers=false", args[0])
				}
				containers = on
			}
			if setContainers {
				if err := model.SetContainers(dir, containers); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Container-based deployments: %v\n", map[bool]string{true: "enabled", false: "disabled"}[containers])
			}
			if setHarden {
				if err := model.SetHardening(dir, harden); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Hardened built containers: %v\n", map[bool]string{true: "yes (read-only root, non-root user, unless a service says otherwise)", false: "no (they keep their images' defaults)"}[harden])
			}
			return nil
		},
	}
	project.Flags().StringVar(&dir, "dir", ".", "project directory")
	project.Flags().BoolVar(&containers, "containers", false, "enable container-based deployments")
	project.Flags().BoolVar(&harden, "harden", false, "give containers built from the project's Dockerfiles a read-only root file system and a non-root user")
	cmd.AddCommand(project)
	return cmd
}

func newEnvCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "env", Short: "Add, list, check out and remove environments"}
	var dir, region string
	add := &cobra.Command{
		Use: "add NAME", Short: "Add an environment", Args: cobra.ExactArgs(1),
		Example: "  dockstack env add prod --region eu-west-1",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := model.AddEnv(dir, args[0], region); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Added environment %s (%s). Switch to it with: dockstack env checkout %s\n", args[0], region, args[0])
			return nil
		},
	}
	add.Flags().StringVar(&region, "region", "us-east-1", "AWS region of the environment")
	var output string
	list := &cobra.Command{
		Use: "list", Short: "List the environments", Args: cobra.NoArgs,
		Example: "  dockstack env list\n  dockstack env list --output json",
		RunE: func(cmd *cobra.Command, _ []string) error {
			if output != "text" && output != "json" {
				return usagef("--output %q: use text or json", output)
			}
			b, r := model.Load(dir, model.Options{})
			if len(b.Envs) == 0 {
				return r.Err(false)
			}
			if output == "json" {
				type env struct {
					model.Environment
					Current bool `json:"current"`
				}
				var envs []env
				for _, e := range b.Envs {
					envs = append(envs, env{e, e.Name == b.Env.Name})
				}
				return printJSON(cmd.OutOrStdout(), envs)
			}
			for _, e := range b.Envs {
				mark := " "
				if e.Name == b.Env.Name {
					mark = "*"
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s %-10s %-15s %s\n", mark, e.Name, e.Region, e.StackName)
			}
			return nil
		},
	}
	list.Flags().StringVarP(&output, "output", "o", "text", "text or json")
	checkout := &cobra.Command{
		Use: "checkout NAME", Short: "Make an environment the current one", Args: cobra.ExactArgs(1),
		ValidArgsFunction: complete(func(b *model.Backend, _ []string) []string { return envNames(b) }),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := model.CheckoutEnv(dir, args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Current environment: %s\n", args[0])
			return nil
		},
	}
	for _, c := range []*cobra.Command{add, list, checkout} {
		c.Flags().StringVar(&dir, "dir", ".", "project directory")
		cmd.AddCommand(c)
	}
	cmd.AddCommand(newEnvRemoveCmd())
	return cmd
}

func newAddCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "add", Short: "Add storage, auth or a container API"}
	cmd.AddCommand(newAddStorageCmd(), newAddAuthCmd(), newAddAPICmd(), newAddHostingCmd())
	return cmd
}

func newAddStorageCmd() *cobra.Command {
	var dir, name, pk, sk string
	var gsis []string
	cmd := &cobra.Command{
		Use:   "storage",
		Short: "Add a DynamoDB table (NoSQL Database)",
		Example: `  dockstack add storage --name posts --partition-key id:N
  dockstack add storage --name orders --partition-key customer:S --sort-key date:S --gsi byStatus:status:S`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := askMissing(cmd, []question{
				{flag: "name", prompt: "Provide a friendly name for your resource", value: &name},
				{flag: "partition-key", prompt: "What would you like to name this column (the partition key)", value: &pk, keyType: true},
			}); err != nil {
				return err
			}
			spec := model.TableSpec{Name: name}
			var err error
			if spec.PartitionKey, err = parseKey(pk, "--partition-key"); err != nil {
				return err
			}
			if sk != "" {
				k, err := parseKey(sk, "--sort-key")
				if err != nil {
					return err
				}
				spec.SortKey = &k
			}
			for _, g := range gsis {
				gsi, err := parseGSI(g)
				if err != nil {
					return err
				}
				spec.GSIs = append(spec.GSIs, gsi)
			}
			if err := model.AddStorage(dir, spec); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Added table %s (partition key %s).\n", name, pk)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", ".", "project directory")
	cmd.Flags().StringVar(&name, "name", "", "table resource name")
	cmd.Flags().StringVar(&pk, "partition-key", "", "partition key NAME:TYPE, TYPE S, N or B")
	cmd.Flags().StringVar(&sk, "sort-key", "", "sort key NAME:TYPE")
	cmd.Flags().StringArrayVar(&gsis, "gsi", nil, "global secondary index INDEX:KEY:TYPE[:SORTKEY:TYPE] (repeatable)")
	return cmd
}

// parseKey reads NAME:TYPE; TYPE is S, N or B (or string, number, binary).
func parseKey(s, flag string) (model.Key, error) {
	name, typ, ok := strings.Cut(s, ":")
	t := map[string]string{"s": "S", "string": "S", "n": "N", "number": "N", "b": "B", "binary": "B"}[strings.ToLower(typ)]
	if !ok || name == "" || t == "" {
		return model.Key{}, fmt.Errorf("%s %q: give NAME:TYPE with TYPE S (string), N (number) or B (binary), e.g. id:N", flag, s)
	}
	return model.Key{Name: name, Type: t}, nil
}

func parseGSI(s string) (model.GSI, error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 && len(parts) != 5 {
		return model.GSI{}, fmt.Errorf("--gsi %q: give INDEX:KEY:TYPE or INDEX:KEY:TYPE:SORTKEY:TYPE", s)
	}
	pk, err := parseKey(parts[1]+":"+parts[2], "--gsi "+parts[0])
	if err != nil {
		return model.GSI{}, err
	}
	g := model.GSI{Name: parts[0], PartitionKey: pk}
	if len(parts) == 5 {
		sk, err := parseKey(parts[3]+":"+parts[4], "--gsi "+parts[0])
		if err != nil {
			return model.GSI{}, err
		}
		g.SortKey = &sk
	}
	return g, nil
}

func newAddAuthCmd() *cobra.Command {
	var dir string
	a := model.AuthSpec{}
	cmd := &cobra.Command{
		Use:     "auth",
		Short:   "Add Cognito auth: a user pool and a web client",
		Example: "  dockstack add auth --name guideauth\n  dockstack add auth --name users --sign-in username --hosted-ui-domain myapp",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if p, err := terminal(cmd, nil); err == nil {
				if err := p.askAuth(cmd, &a); err != nil {
					return err
				}
			}
			if err := model.AddAuth(dir, a); err != nil {
				return err
			}
			signIn := a.SignIn
			if signIn == "" {
				signIn = "email"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Added auth %s (Cognito user pool, %s sign-in).\n", a.Name, signIn)
			return nil
		},
	}
	cmd.Flags().StringVar(&a.SignIn, "sign-in", "email", "what users sign in with: username, email or phone_number")
	cmd.Flags().StringVar(&dir, "dir", ".", "project directory")
	cmd.Flags().StringVar(&a.Name, "name", "userpool", "auth resource name")
	cmd.Flags().StringVar(&a.HostedUIDomain, "hosted-ui-domain", "", "Cognito hosted UI domain prefix (optional)")
	return cmd
}

// apiFlags are the settings add api and update api share.
type apiFlags struct {
	dir, typ, template, source, github, entrypoint string
	access                                         []string
	restrict, ha                                   bool
}

func (f *apiFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "dir", ".", "project directory")
	cmd.Flags().StringVar(&f.typ, "type", "rest", "API type: rest or graphql")
	cmd.Flags().StringVar(&f.source, "source", "managed", "when to build: managed (on every deploy), github (on every commit, --github-url), self")
	cmd.Flags().StringVar(&f.github, "github-url", "", "https://github.com/OWNER/REPO/tree/BRANCH/PATH of the API's src/")
	cmd.Flags().StringArrayVar(&f.access, "access", nil, "table access storage/TABLE:OPS, OPS from create,read,update,delete (repeatable; on update it replaces the API's access, and storage/TABLE: with no OPS takes it away)")
	cmd.Flags().BoolVar(&f.restrict, "restrict", false, "restrict access with the project's Cognito user pool")
	cmd.Flags().StringVar(&f.entrypoint, "entrypoint", "", "the container API Gateway routes to (when several have ports)")
	cmd.Flags().BoolVar(&f.ha, "ha", false, "high availability: three availability zones")
}

func (f *apiFlags) spec(name string) (model.APISpec, error) {
	spec := model.APISpec{Name: name, Template: f.template, GitHubURL: f.github, Restrict: f.restrict, Entrypoint: f.entrypoint, HA: f.ha}
	switch strings.ToLower(f.typ) {
	case "rest":
		spec.Type = model.REST
	case "graphql":
		spec.Type = model.GraphQL
	default:
		return spec, fmt.Errorf("--type %q: use rest or graphql", f.typ)
	}
	mechanism, ok := map[string]string{"managed": model.FullyManaged, "github": model.IndependentlyManaged, "self": model.SelfManaged}[f.source]
	if !ok {
		return spec, fmt.Errorf("--source %q: use managed, github or self", f.source)
	}
	spec.Mechanism = mechanism
	access, err := parseAccess(f.access)
	spec.Access = access
	return spec, err
}

// parseAccess reads --access storage/TABLE:OPS flags (nil when none is given).
func parseAccess(flags []string) (map[string][]string, error) {
	if flags == nil {
		return nil, nil
	}
	access := map[string][]string{}
	for _, a := range flags {
		target, ops, _ := strings.Cut(a, ":")
		table, ok := strings.CutPrefix(target, "storage/")
		if !ok || table == "" {
			return nil, fmt.Errorf("--access %q: give storage/TABLE:OPS, e.g. storage/posts:create,read,update,delete", a)
		}
		access[table] = nil
		if ops != "" {
			access[table] = strings.Split(ops, ",")
		}
	}
	return access, nil
}

func newAddAPICmd() *cobra.Command {
	var f apiFlags
	var name string
	cmd := &cobra.Command{
		Use:   "api",
		Short: "Add a container API (API Gateway + AWS Fargate)",
		Example: `  dockstack add api --name posts --template express-rest --access storage/posts:create,read,update,delete --restrict
  dockstack add api --name images --template compose-express-flask --entrypoint express
  dockstack add api --name myapi --template custom`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if missing := missingFlags([]question{{flag: "name", value: &name}, {flag: "template", value: &f.template}}); len(missing) > 0 {
				p, err := terminal(cmd, missing)
				if err != nil {
					return err
				}
				b, _ := model.Load(f.dir, model.Options{})
				if err := p.askAPI(cmd, &f, &name, b); err != nil {
					return err
				}
			}
			spec, err := f.spec(name)
			if err != nil {
				return err
			}
			if f.template == "compose-express-flask" && spec.Entrypoint == "" {
				spec.Entrypoint = "express" // both containers have ports; the guide routes to express
			}
			src, err := templates.Render(f.template, scaffoldData(f.dir, spec))
			if err != nil {
				return err
			}
			if err := model.AddAPI(f.dir, spec, src); err != nil {
				return err
			}
			return printAPINext(cmd.OutOrStdout(), f.dir, name, f.template)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&name, "name", "", "API name (lower-case letters and digits)")
	cmd.Flags().StringVar(&f.template, "template", "", "starter: "+strings.Join(templates.Names, ", "))
	return cmd
}

// scaffoldData fills a template for the API: the first table it may access,
// by the variable that names it and its real partition key.
func scaffoldData(dir string, spec model.APISpec) templates.Data {
	var d templates.Data
	tables := slices.Sorted(maps.Keys(spec.Access))
	if len(tables) == 0 {
		return d
	}
	d.TableVar = "STORAGE_" + strings.ToUpper(tables[0]) + "_NAME"
	b, _ := model.Load(dir, model.Options{})
	if table := b.Table(tables[0]); table != nil {
		d.KeyName, d.KeyType = table.PartitionKey.Name, table.PartitionKey.Type
	}
	return d
}

// printAPINext prints the variables the containers will get and the next steps, as the guide says to note them.
func printAPINext(w io.Writer, dir, name, template string) error {
	b, report := model.Load(dir, model.Options{})
	fmt.Fprintf(w, "Added api %s.\n", name)
	for i := range b.APIs {
		if b.APIs[i].Name != name {
			continue
		}
		fmt.Fprintln(w, "Environment variables the containers get:")
		for _, v := range b.InjectedVars(&b.APIs[i]) {
			fmt.Fprintf(w, "  %s\n", v.Name)
		}
	}
	fmt.Fprintln(w, "Next steps:")
	if template == "custom" {
		fmt.Fprintf(w, "- Put your Dockerfile or compose file and its sources in amplify/backend/api/%s/src\n", name)
	}
	fmt.Fprintf(w, "- To give the containers access to other AWS resources, edit amplify/backend/api/%s/custom-policies.json\n", name)
	fmt.Fprintln(w, "- Run dockstack gen to see the templates, then dockstack deploy")
	if err := report.Err(false); err != nil && template != "custom" {
		return err
	}
	return nil
}

func newUpdateCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "update", Short: "Change an API's or the hosting site's settings"}
	var f apiFlags
	var unrestrict, noHA bool
	api := &cobra.Command{
		Use:     "api NAME",
		Short:   "Change a container API's settings (only the flags given change)",
		Example: "  dockstack update api images --entrypoint express\n  dockstack update api posts --access storage/posts:read",
		Args:    cobra.ExactArgs(1),
		ValidArgsFunction: complete(func(b *model.Backend, args []string) []string {
			if len(args) > 0 {
				return nil
			}
			return resourceNames(b, "api")
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			changed := false
			cmd.Flags().Visit(func(fl *pflag.Flag) { changed = changed || fl.Name != "dir" })
			if !changed {
				p, err := terminal(cmd, nil)
				if err != nil {
					return usagef("say what to change (see `dockstack update api --help`), or run it at a terminal to be asked")
				}
				b, _ := model.Load(f.dir, model.Options{})
				if err := p.askUpdate(cmd, &f, &unrestrict, &noHA, args[0], b); err != nil {
					return err
				}
			}
			spec, err := f.spec(args[0])
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("type") {
				spec.Type = ""
			}
			if !cmd.Flags().Changed("source") {
				spec.Mechanism = ""
			}
			if err := model.UpdateAPI(f.dir, model.APIUpdate{APISpec: spec, Unrestrict: unrestrict, NoHA: noHA}); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Updated api %s.\n", args[0])
			return nil
		},
	}
	f.register(api)
	api.Flags().BoolVar(&unrestrict, "no-restrict", false, "open the API (no authorizer)")
	api.Flags().BoolVar(&noHA, "no-ha", false, "one availability zone")
	cmd.AddCommand(api, newUpdateHostingCmd())
	return cmd
}

func newRemoveCmd() *cobra.Command {
	var dir string
	var yes bool
	cmd := &cobra.Command{
		Use:     "remove api|storage|auth NAME | remove hosting",
		Short:   "Remove a resource from the project (refused while an API depends on it)",
		Example: "  dockstack remove api images\n  dockstack remove hosting",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 && args[0] == "hosting" {
				return nil
			}
			return cobra.ExactArgs(2)(cmd, args)
		},
		ValidArgsFunction: complete(func(b *model.Backend, args []string) []string {
			if len(args) == 0 {
				return []string{"api", "storage", "auth", "hosting"}
			}
			return resourceNames(b, args[0])
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "hosting" { // Amplify's one hosting resource
				args = []string{"hosting", "ElasticContainer"}
			}
			if !slices.Contains([]string{"api", "storage", "auth", "hosting"}, args[0]) {
				return usagef("remove %s: remove api, storage, auth or hosting", args[0])
			}
			if p, err := terminal(cmd, nil); err == nil && !yes {
				ok, err := p.confirm(fmt.Sprintf("Remove %s %s from the project? (Its resources go at the next deploy; data is kept unless --allow-data-loss)", args[0], args[1]), false)
				if err != nil {
					return err
				}
				if !ok {
					return fmt.Errorf("not removed")
				}
			}
			if err := model.Remove(dir, args[0], args[1]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Removed %s %s from backend-config.json; its folder is left for you to delete.\n", args[0], args[1])
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", ".", "project directory")
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "remove without asking (at a terminal it asks)")
	return cmd
}
