package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// question is a required flag that is asked for at a terminal when it is missing.
type question struct {
	flag    string
	prompt  string
	value   *string
	choices []string // asked as an arrow-key selection
	keyType bool     // a key NAME, then "Please choose the data type:"
}

// missingFlags names the questions whose flags were not given.
func missingFlags(qs []question) []question {
	var missing []question
	for _, q := range qs {
		if *q.value == "" {
			missing = append(missing, q)
		}
	}
	return missing
}

// terminal returns a prompter when the command's input is a terminal; otherwise
// it fails, naming every missing flag.
func terminal(cmd *cobra.Command, missing []question) (*prompter, error) {
	in, isFile := cmd.InOrStdin().(*os.File)
	if !isFile || !term.IsTerminal(int(in.Fd())) {
		var flags []string
		for _, q := range missing {
			flags = append(flags, "--"+q.flag)
		}
		return nil, fmt.Errorf("missing %s (not at a terminal, so nothing can be asked); see --help", strings.Join(flags, ", "))
	}
	return &prompter{in: in, r: bufio.NewReader(in), out: cmd.ErrOrStderr()}, nil
}

// askMissing fills the missing required flags: at a terminal it asks, in the
// guide's words; otherwise it fails, naming every missing flag.
func askMissing(cmd *cobra.Command, qs []question) error {
	missing := missingFlags(qs)
	if len(missing) == 0 {
		return nil
	}
	p, err := terminal(cmd, missing)
	if err != nil {
		return err
	}
	return p.ask(missing)
}

func (p *prompter) ask(missing []question) error {
	for _, q := range missing {
		var err error
		switch {
		case q.choices != nil:
			*q.value, err = p.choose(q.prompt, q.choices, 0)
		case q.keyType:
			var name, typ string
			if name, err = p.text(q.prompt); err == nil {
				typ, err = p.choose("Please choose the data type:", []string{"string", "number", "binary"}, 0)
				*q.value = name + ":" + typ
			}
		default:
			*q.value, err = p.text(q.prompt)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// prompter asks questions at a terminal.
type prompter struct {
	in  *os.File
	r   *bufio.Reader
	out io.Writer
}

func (p *prompter) text(prompt string) (string, error) {
	for {
		fmt.Fprintf(p.out, "? %s: ", prompt)
		line, err := p.r.ReadString('\n')
		if err != nil {
			return "", fmt.Errorf("no answer to %q: %w", prompt, err)
		}
		if v := strings.TrimSpace(line); v != "" {
			return v, nil
		}
	}
}

// confirm asks a yes/no question; Enter takes the default.
func (p *prompter) confirm(prompt string, yes bool) (bool, error) {
	hint := map[bool]string{true: "(Y/n)", false: "(y/N)"}[yes]
	fmt.Fprintf(p.out, "? %s %s ", prompt, hint)
	line, err := p.r.ReadString('\n')
	if err != nil {
		return false, fmt.Errorf("no answer to %q: %w", prompt, err)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "":
		return yes, nil
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// chooseMany shows the choices with check boxes: arrows move, space toggles, Enter accepts.
func (p *prompter) chooseMany(prompt string, choices []string, checked []bool) ([]string, error) {
	state, err := term.MakeRaw(int(p.in.Fd()))
	if err != nil {
		return nil, err
	}
	defer term.Restore(int(p.in.Fd()), state)
	cursor := 0
	draw := func(first bool) {
		if !first {
			fmt.Fprintf(p.out, "\x1b[%dA", len(choices))
		}
		for i, c := range choices {
			mark, box := " ", "◯"
			if i == cursor {
				mark = ">"
			}
			if checked[i] {
				box = "◉"
			}
			fmt.Fprintf(p.out, "\r\x1b[K%s%s %s\r\n", mark, box, c)
		}
	}
	fmt.Fprintf(p.out, "? %s (space to select, enter to accept)\r\n", prompt)
	draw(true)
	for {
		k, err := p.key()
		if err != nil {
			return nil, err
		}
		switch k {
		case keyEnter:
			var out []string
			for i, c := range choices {
				if checked[i] {
					out = append(out, c)
				}
			}
			fmt.Fprintf(p.out, "\x1b[%dA\r\x1b[J? %s %s\r\n", len(choices)+1, prompt, strings.Join(out, ", "))
			return out, nil
		case keyInterrupt:
			return nil, fmt.Errorf("interrupted")
		case keySpace:
			checked[cursor] = !checked[cursor]
		case keyUp:
			cursor = (cursor + len(choices) - 1) % len(choices)
		case keyDown:
			cursor = (cursor + 1) % len(choices)
		}
		draw(false)
	}
}

// choose shows the choices with a cursor moved by the arrow keys; Enter picks.
func (p *prompter) choose(prompt string, choices []string, cursor int) (string, error) {
	state, err := term.MakeRaw(int(p.in.Fd()))
	if err != nil {
		return "", err
	}
	defer term.Restore(int(p.in.Fd()), state)
	draw := func(first bool) {
		if !first {
			fmt.Fprintf(p.out, "\x1b[%dA", len(choices)) // back to the first choice
		}
		for i, c := range choices {
			mark := "  "
			if i == cursor {
				mark = "> "
			}
			fmt.Fprintf(p.out, "\r\x1b[K%s%s\r\n", mark, c)
		}
	}
	fmt.Fprintf(p.out, "? %s (Use arrow keys)\r\n", prompt)
	draw(true)
	for {
		k, err := p.key()
		if err != nil {
			return "", err
		}
		switch k {
		case keyEnter:
			fmt.Fprintf(p.out, "\x1b[%dA\r\x1b[J? %s %s\r\n", len(choices)+1, prompt, choices[cursor])
			return choices[cursor], nil
		case keyInterrupt:
			return "", fmt.Errorf("interrupted")
		case keyUp:
			cursor = (cursor + len(choices) - 1) % len(choices)
		case keyDown:
			cursor = (cursor + 1) % len(choices)
		}
		draw(false)
	}
}

type key int

const (
	keyOther key = iota
	keyEnter
	keySpace
	keyUp
	keyDown
	keyInterrupt
)

// key reads one key press in raw mode: arrows (and vi's j/k), space, Enter, Ctrl-C.
func (p *prompter) key() (key, error) {
	b, err := p.r.ReadByte()
	if err != nil {
		return keyOther, err
	}
	switch b {
	case '\r', '\n':
		return keyEnter, nil
	case ' ':
		return keySpace, nil
	case 3:
		return keyInterrupt, nil
	case 'k':
		return keyUp, nil
	case 'j':
		return keyDown, nil
	case 0x1b:
		seq := make([]byte, 2)
		if _, err := io.ReadFull(p.r, seq); err != nil {
			return keyOther, err
		}
		switch seq[1] {
		case 'A':
			return keyUp, nil
		case 'B':
			return keyDown, nil
		}
	}
	return keyOther, nil
}

// templateChoices are add api's image choices, in the guide's words.
var templateChoices = []struct{ label, template string }{
	{"ExpressJS - REST template", "express-rest"},
	{"Docker Compose - ExpressJS + Flask template", "compose-express-flask"},
	{"ExpressJS - GraphQL template", "graphql-express"},
	{"Custom (bring your own Dockerfile or docker-compose.yml)", "custom"},
}

// askAPI is the guide's `amplify add api` walkthrough, in its order, for the
// settings no flag gave; each answer is checked as it is given.
func (p *prompter) askAPI(cmd *cobra.Command, f *apiFlags, name *string, b *model.Backend) error {
	var tables []string
	for _, t := range b.Tables {
		tables = append(tables, t.Name)
	}
	if !cmd.Flags().Changed("type") {
		typ, err := p.choose("Select from one of the below mentioned services:", []string{"REST", "GraphQL"}, 0)
		if err != nil {
			return err
		}
		f.typ = strings.ToLower(typ)
		fmt.Fprintf(p.out, "? Which service would you like to use: %s\r\n", map[string]string{"rest": "API Gateway + AWS Fargate (Container-based)", "graphql": "AWS Fargate (Container-based)"}[f.typ])
	}
	if *name == "" {
		var err error
		if *name, err = p.valid("Provide a friendly name for your resource to be used as a label for this category in the project", func(s string) error {
			if err := model.CheckAPIName(s); err != nil {
				return err
			}
			if slices.ContainsFunc(b.APIs, func(a model.API) bool { return a.Name == s }) {
				return fmt.Errorf("api %s exists already", s)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	if f.template == "" {
		var labels []string
		for _, c := range templateChoices {
			if f.typ == "graphql" && c.template != "graphql-express" && c.template != "custom" {
				continue
			}
			if f.typ != "graphql" && c.template == "graphql-express" {
				continue
			}
			labels = append(labels, c.label)
		}
		label, err := p.choose("What image would you like to use", labels, 0)
		if err != nil {
			return err
		}
		for _, c := range templateChoices {
			if c.label == label {
				f.template = c.template
			}
		}
	}
	if !cmd.Flags().Changed("source") {
		choice, err := p.choose("When do you want to build & deploy the Fargate task", sourceChoices, 0)
		if err != nil {
			return err
		}
		f.source = map[string]string{sourceChoices[0]: "managed", sourceChoices[1]: "github", sourceChoices[2]: "self"}[choice]
	}
	if f.source == "github" && f.github == "" {
		var err error
		if f.github, err = p.valid("Please provide GitHub repository path (https://github.com/OWNER/REPO/tree/BRANCH/PATH to the API's src/)", model.CheckGitHubURL); err != nil {
			return err
		}
		fmt.Fprintf(p.out, "  The first deploy creates a GitHub connection: authorize it once in the console (Developer Tools > Connections); no token is stored.\r\n")
	}
	if !cmd.Flags().Changed("access") {
		var err error
		if f.access, err = p.askAccess("api", tables); err != nil {
			return err
		}
	}
	if !cmd.Flags().Changed("restrict") {
		// Yes is offered only where it can work: restricting needs a Cognito user pool.
		yes, err := p.confirm("Do you want to restrict API access", len(b.Auth) > 0)
		if err != nil {
			return err
		}
		if yes && len(b.Auth) == 0 {
			add, err := p.confirm("Restricting access needs an auth resource (a Cognito user pool), and the project has none. Add one now?", true)
			if err != nil {
				return err
			}
			if !add {
				return fmt.Errorf("restricting access needs auth: run `dockstack add auth`, then add the API again")
			}
			auth := *name + "auth"
			if err := model.AddAuth(f.dir, model.AuthSpec{Name: auth}); err != nil {
				return err
			}
			fmt.Fprintf(p.out, "  Added auth %s (email sign-in).\r\n", auth)
		}
		f.restrict = yes
	}
	return nil
}

// askAccess asks the guide's resource-access questions for an api or the
// site: a table and its operations, as --access flags; nil when none.
func (p *prompter) askAccess(what string, tables []string) ([]string, error) {
	if len(tables) == 0 {
		return nil, nil
	}
	yes, err := p.confirm("Do you want to access other resources in this project from your "+what+"?", true)
	if err != nil || !yes {
		return nil, err
	}
	table := tables[0]
	if len(tables) > 1 {
		if table, err = p.choose("Select the storage you want this "+what+" to have access to.", tables, 0); err != nil {
			return nil, err
		}
	}
	ops, err := p.chooseMany("Select the operations you want to permit on "+table, []string{"create", "read", "update", "delete"}, []bool{true, true, true, true})
	if err != nil {
		return nil, err
	}
	return []string{"storage/" + table + ":" + strings.Join(ops, ",")}, nil
}

// askHosting asks what add hosting's flags did not say: Cognito sign-in
// (offering to add a user pool with a hosted UI when there is none) and access to tables.
func (p *prompter) askHosting(cmd *cobra.Command, f *hostingFlags, b *model.Backend) error {
	if !cmd.Flags().Changed("restrict") {
		yes, err := p.confirm("Do you want to automatically protect your web app using Amazon Cognito Hosted UI", false)
		if err != nil {
			return err
		}
		hosted := slices.ContainsFunc(b.Auth, func(a model.Auth) bool { return a.HostedUIDomain != "" })
		if yes && !hosted {
			add, err := p.confirm("Sign-in needs a Cognito user pool with a hosted UI, and the project has none. Add one now?", true)
			if err != nil {
				return err
			}
			if !add {
				return fmt.Errorf("sign-in needs Cognito's hosted UI: run `dockstack add auth --hosted-ui-domain PREFIX`, then add hosting again")
			}
			prefix, err := p.valid("Enter a domain prefix for the hosted UI (e.g. myapp-login)", model.CheckDomainPrefix)
			if err != nil {
				return err
			}
			if err := model.AddAuth(f.dir, model.AuthSpec{Name: "siteauth", HostedUIDomain: prefix}); err != nil {
				return err
			}
			fmt.Fprintf(p.out, "  Added auth siteauth (email sign-in, hosted UI %s).\r\n", prefix)
		}
		f.spec.Restrict = yes
	}
	if !cmd.Flags().Changed("access") {
		var tables []string
		for _, t := range b.Tables {
			tables = append(tables, t.Name)
		}
		var err error
		if f.access, err = p.askAccess("site", tables); err != nil {
			return err
		}
	}
	return nil
}

// sourceChoices answer "When do you want to build & deploy the Fargate task", in the guide's words.
var sourceChoices = []string{
	`On every "dockstack deploy" (Fully managed container source)`,
	"On every Github commit (Independently managed container source)",
	"Advanced: Self-managed (you build and push the images)",
}

// valid asks until the answer passes check, saying what is wrong each time.
func (p *prompter) valid(prompt string, check func(string) error) (string, error) {
	for {
		v, err := p.text(prompt)
		if err != nil {
			return "", err
		}
		if err := check(v); err != nil {
			fmt.Fprintf(p.out, ">> %v\r\n", err)
			continue
		}
		return v, nil
	}
}

// askAuth asks Amplify's auth questions at a terminal, for what no flag gave.
func (p *prompter) askAuth(cmd *cobra.Command, a *model.AuthSpec) error {
	if !cmd.Flags().Changed("sign-in") {
		choice, err := p.choose("How do you want users to be able to sign in?", []string{"Email", "Username", "Phone Number"}, 0)
		if err != nil {
			return err
		}
		a.SignIn = map[string]string{"Email": "email", "Username": "username", "Phone Number": "phone_number"}[choice]
	}
	if !cmd.Flags().Changed("hosted-ui-domain") {
		yes, err := p.confirm("Do you want a hosted UI domain (needed for Cognito sign-in on a hosted site)?", false)
		if err != nil {
			return err
		}
		if yes {
			a.HostedUIDomain, err = p.valid("Domain prefix for the hosted UI (the environment is appended)", model.CheckDomainPrefix)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// askUpdate asks, at a terminal, which of an API's settings to change, then
// the question of each one chosen, as add api asks it.
func (p *prompter) askUpdate(cmd *cobra.Command, f *apiFlags, unrestrict, noHA *bool, name string, b *model.Backend) error {
	api := b.API(name)
	if api == nil {
		return fmt.Errorf("no api %q", name)
	}
	settings := []string{"Access to storage", "Restrict API access", "When to build & deploy", "Entrypoint container", "High availability"}
	chosen, err := p.chooseMany("What would you like to change in api "+name+"?", settings, make([]bool, len(settings)))
	if err != nil {
		return err
	}
	for _, s := range chosen {
		switch s {
		case "Access to storage":
			var tables []string
			for _, t := range b.Tables {
				tables = append(tables, t.Name)
			}
			if len(tables) == 0 {
				fmt.Fprintf(p.out, "  The project has no tables: add one with `dockstack add storage`.\r\n")
				continue
			}
			table := tables[0]
			if len(tables) > 1 {
				if table, err = p.choose("Select the storage", tables, 0); err != nil {
					return err
				}
			}
			ops := []string{"create", "read", "update", "delete"}
			checked := make([]bool, len(ops))
			for i, op := range ops {
				checked[i] = slices.Contains(api.Permissions["storage"][table], op)
			}
			picked, err := p.chooseMany("Select the operations you want to permit on "+table, ops, checked)
			if err != nil {
				return err
			}
			f.access = []string{"storage/" + table + ":" + strings.Join(picked, ",")}
		case "Restrict API access":
			yes, err := p.confirm("Do you want to restrict API access", !api.RestrictAccess && len(b.Auth) > 0)
			if err != nil {
				return err
			}
			f.restrict, *unrestrict = yes, !yes
		case "When to build & deploy":
			choice, err := p.choose("When do you want to build & deploy the Fargate task", sourceChoices, 0)
			if err != nil {
				return err
			}
			f.source = map[string]string{sourceChoices[0]: "managed", sourceChoices[1]: "github", sourceChoices[2]: "self"}[choice]
			cmd.Flags().Set("source", f.source) // changed, so it applies
			if f.source == "github" {
				if f.github, err = p.valid("Please provide GitHub repository path (https://github.com/OWNER/REPO/tree/BRANCH/PATH to the API's src/)", model.CheckGitHubURL); err != nil {
					return err
				}
			}
		case "Entrypoint container":
			var names []string
			for _, c := range api.Containers {
				if len(c.Ports) > 0 {
					names = append(names, c.Name)
				}
			}
			if len(names) == 0 {
				continue
			}
			if f.entrypoint, err = p.choose("Select which container is the entrypoint", names, 0); err != nil {
				return err
			}
		case "High availability":
			yes, err := p.confirm("Run the API in three availability zones?", !api.HighAvailability)
			if err != nil {
				return err
			}
			f.ha, *noHA = yes, !yes
		}
	}
	return nil
}
