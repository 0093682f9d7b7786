package model

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/compose-spec/compose-go/v2/types"
)

// secretWords mark a variable whose value is a secret: its value must come
// from Secrets Manager, never be written into a template.
var secretWords = []string{"PASSWORD", "PASSWD", "PASS", "PWD", "PW", "SECRET", "TOKEN", "KEY", "APIKEY", "DSN", "CREDENTIAL", "CREDENTIALS", "PRIVATE"}

// secretName reports whether a variable's name says it holds a secret
// (POSTGRES_PASSWORD, STRIPE_API_KEY; not POSTGRES_PASSWORD_FILE, a path).
func secretName(name string) bool {
	words := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	if len(words) == 0 || words[len(words)-1] == "FILE" {
		return false
	}
	for _, w := range words {
		if slices.Contains(secretWords, w) || strings.Contains(w, "PASSWORD") || strings.Contains(w, "SECRET") || strings.Contains(w, "TOKEN") {
			return true
		}
	}
	return false
}

// varUseRE finds $NAME and ${NAME...} (not $$, docker compose's escape).
var varUseRE = regexp.MustCompile(`(^|[^$])\$(\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))`)

// envKeyRE finds the variable an environment line sets: "- KEY=..." or "KEY: ...".
var envKeyRE = regexp.MustCompile(`^\s*-?\s*([A-Za-z_][A-Za-z0-9_]*)\s*[:=]`)

// checkVariables reports, at each use in the compose file, a variable that
// is unset (docker compose warns and uses "") and a secret taken from src/.env
// (it would be written into the template in plain text).
func (cf *composeFile) checkVariables(data []byte) {
	warned, refused := map[string]bool{}, map[string]bool{} // variables unset, targets refused
	for i, text := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		for _, m := range varUseRE.FindAllStringSubmatch(text, -1) {
			name, modifier := m[3]+m[5], m[4]
			found, asked := cf.lookedUp[name]
			target := name // the variable the service reads: POSTGRES_PASSWORD in `POSTGRES_PASSWORD: ${DB_PW}`
			if m := envKeyRE.FindStringSubmatch(text); m != nil {
				target = m[1]
			}
			// The whole value (not a password inside a URL) can stay in .env:
			// recorded whether or not .env is here (a clean clone has none).
			whole := wholeValue(text, target, name)
			if whole && !slices.Contains(cf.fromDotEnv[target], name) {
				cf.fromDotEnv[target] = append(cf.fromDotEnv[target], name)
			}
			switch {
			case !asked:
			case !found && modifier == "":
				if warned[name] || cf.listed[target] {
					continue // a listed secret's value is deploy's to find (envsecrets.go)
				}
				warned[name] = true
				cf.r.Warnf(cf.rel, i+1, "variable %s is not set, so it is an empty string (as docker compose does); give it a value in %s/.env", name, cf.relSrc())
			case found && secretName(name) && cf.dotEnv[name] != "":
				from := ""
				if whole {
					from = fmt.Sprintf("%s/.env (%s)", cf.relSrc(), name)
				}
				if cf.listed[target] || refused[target] {
					continue // a secret in Secrets Manager or an error saying why not (envsecrets.go); or refused once already
				}
				refused[target], cf.reported[target] = true, true
				cf.r.Errorf(cf.rel, i+1, "%s comes from %s/.env and is a secret by its name: it would be written into the template in plain text. %s", name, cf.relSrc(), secretMove(cf, target, name, fmt.Sprintf("%s from the service's environment and %s from %s/.env", target, name, cf.relSrc()), from))
			}
		}
	}
}

// bareSecrets refuses a secret by name that a service's environment lists
// without a value (`- POSTGRES_PASSWORD`): docker compose, and compose-go,
// take it from src/.env, and it would be written into the template.
func (cf *composeFile) bareSecrets(api *API) {
	for _, c := range api.Containers {
		for _, e := range c.Environment {
			v, ok := cf.dotEnv[e.Name]
			if !ok || v == "" || v != e.Value || !secretName(e.Name) || cf.listed[e.Name] || cf.reported[e.Name] {
				continue
			}
			svc := serviceOf(cf, c.Name)
			line := cf.bareEnvLine(svc, e.Name)
			if line == 0 {
				continue // written in the compose file (plainSecrets warns), or from an env_file
			}
			env := cf.relSrc() + "/.env"
			cf.r.Errorf(cf.rel, line, "service %q: %s takes its value from %s (an environment entry without a value) and is a secret by its name: it would be written into the template in plain text. %s", svc, e.Name, env, secretMove(cf, e.Name, e.Name, fmt.Sprintf("%s from the service's environment and from %s", e.Name, env), env))
		}
	}
}

// plainSecrets warns, once per compose file, about the passwords written in
// the compose file itself (`POSTGRES_PASSWORD: changeme`, a URL's
// `user:password@`): docker compose reads them from the repository, and the
// task definition would show them to whoever can read the stack. The change
// that keeps them out of the template is offered, not imposed.
func (cf *composeFile) plainSecrets(api *API) {
	var found []string
	for _, c := range api.Containers {
		for _, e := range c.Environment {
			what := ""
			switch {
			case e.Value == "" || cf.reported[e.Name]:
			case secretName(e.Name):
				what = e.Name
			case userinfoRE.MatchString(e.Value) || passwordRE.MatchString(e.Value):
				what = e.Name + " (a password in it)"
			}
			if what != "" {
				found = append(found, fmt.Sprintf("%s in %q", what, serviceOf(cf, c.Name)))
			}
		}
	}
	if len(found) > 0 {
		cf.r.Warnf(cf.rel, 0, "%s: written in the task definition in plain text, where whoever can read the stack sees them; to keep them out, give each its whole value in %s/.env or an env_file (`NAME: ${NAME}` here) and list them in `%s`", strings.Join(found, ", "), cf.relSrc(), secretsExtension)
	}
}

// bareEnvLine is the line of a service's environment entry that names a
// variable without a value (`- NAME` or `NAME:`), which compose takes from
// .env; 0 when the service gives it a value.
func (cf *composeFile) bareEnvLine(svc, name string) int {
	env := joinPath(joinPath("services", svc), "environment")
	for _, s := range cf.keys.scalars[env] {
		if s.value == name {
			return s.line
		}
	}
	if cf.keys.empty[joinPath(env, name)] {
		return cf.keys.lines[joinPath(env, name)]
	}
	return 0
}

// wholeValue reports whether an environment line sets target to the
// variable name alone: `POSTGRES_PASSWORD: ${DB_PW}`, `- KEY=$KEY`.
func wholeValue(text, target, name string) bool {
	re := `^\s*-?\s*["']?` + target + `["']?\s*[:=]\s*["']?\$(\{` + name + `([:?-][^}]*)?\}|` + name + `)["']?\s*$`
	ok, _ := regexp.MatchString(re, text)
	return ok
}

// envFileSecrets refuses each secret by name that the services' env_files
// set: one error per line, naming every service that reads it.
func (cf *composeFile) envFileSecrets(services []types.ServiceConfig) {
	type use struct {
		file, name string
		line       int
	}
	var order []use
	readers := map[use][]string{}
	for _, svc := range services {
		for _, f := range svc.EnvFiles {
			rel, err := Inside(cf.root, f.Path)
			if err != nil {
				continue // resolveFiles refused it
			}
			f, err := cf.envFile(rel)
			if err != nil {
				continue // a missing optional env file
			}
			data, vars := f.data, f.vars
			for i, text := range strings.Split(string(data), "\n") {
				name, value, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(text), "export "), "=")
				name = strings.TrimSpace(name)
				if ok && secretName(name) && vars[name] != "" && strings.TrimSpace(value) != "" && !cf.listed[name] {
					u := use{rel, name, i + 1}
					if readers[u] == nil {
						order = append(order, u)
					}
					readers[u] = append(readers[u], fmt.Sprintf("%q", svc.Name))
				}
			}
		}
	}
	for _, u := range order {
		cf.reported[u.name] = true
		cf.r.Errorf(u.file, u.line, "%s is a secret by its name, and env_file values are written into the template in plain text (read by %s). %s", u.name, strings.Join(readers[u], ", "), secretMove(cf, u.name, u.name, "this line", "this file"))
	}
}

// secretMove is the exact change that makes a variable a secret. A variable
// whose value is read as it is from a file (from) may stay there, listed in
// x-dockstack-secrets (envsecrets.go): the change that keeps local runs as
// they are. Or the value moves to a .secret-* file outside src/, with the
// service's secrets entry that gives it back under the same variable name
// (and as /run/secrets/<key>).
func secretMove(cf *composeFile, variable, key, remove, from string) string {
	key = strings.ToLower(key)
	file := path.Join(path.Dir(cf.relSrc()), "secrets", ".secret-"+key)
	move := fmt.Sprintf("put the value alone in %s, remove %s, and add to each service that reads it `secrets: [{source: %s, target: %s}]` and to the file `secrets: {%s: {file: ../secrets/.secret-%s}}`", file, remove, key, variable, key, key)
	if from == "" {
		return strings.ToUpper(move[:1]) + move[1:]
	}
	if !slices.Contains(cf.unlisted, variable) {
		cf.unlisted = append(cf.unlisted, variable)
	}
	return fmt.Sprintf("Add %s to `%s` in %s: deploy stores its value from %s in Secrets Manager, and docker compose still reads it there; or %s", variable, secretsExtension, path.Base(cf.rel), from, move)
}

// suggestListing gives, once, the line that keeps every listable secret in
// its file: one change instead of one per secret.
func (cf *composeFile) suggestListing() {
	if len(cf.unlisted) < 2 {
		return
	}
	names := slices.Clone(cf.listedNames())
	for _, n := range cf.unlisted {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	cf.r.Infof(cf.rel, 1, "to keep these secrets in their files for docker compose and in Secrets Manager for the deploy, put this line at the top of %s: `%s: [%s]`", path.Base(cf.rel), secretsExtension, strings.Join(names, ", "))
}
