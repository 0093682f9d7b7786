package model

import (
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/types"
)

// Real projects keep their passwords in .env or an env_file, which docker
// compose reads. The compose file's top-level `x-dockstack-secrets: [NAME,
// ...]` keeps that: deploy stores those variables' values in Secrets
// Manager from the file that sets them, and the containers read them from
// there. Local runs stay as they are, and no template holds a value.
const secretsExtension = "x-dockstack-secrets"

// readListedSecrets reads x-dockstack-secrets.
func (cf *composeFile) readListedSecrets(p *types.Project) {
	cf.listed = map[string]bool{}
	v, ok := p.Extensions[secretsExtension]
	if !ok {
		return
	}
	line := cf.keys.line(secretsExtension)
	items, ok := v.([]any)
	if !ok {
		cf.r.Errorf(cf.rel, line, "%s must be a list of variable names, e.g. [SECRET_KEY, POSTGRES_PASSWORD]", secretsExtension)
		return
	}
	for _, item := range items {
		name, ok := item.(string)
		if !ok || !envNameRE.MatchString(name) {
			cf.r.Errorf(cf.rel, line, "%s: %v is not a variable name", secretsExtension, item)
			continue
		}
		cf.listed[name] = true
	}
}

// listedNames are the variables x-dockstack-secrets lists, sorted.
func (cf *composeFile) listedNames() []string {
	return slices.Sorted(maps.Keys(cf.listed))
}

// envSecret is where a listed variable's value is kept: the file that sets
// it and the variable's name there (DB_PW for `POSTGRES_PASSWORD: ${DB_PW}`).
type envSecret struct{ file, variable string }

// envSecrets moves each listed variable a container has from its
// environment to a secret read from the file that sets it.
func (cf *composeFile) envSecrets(p *types.Project, api *API) {
	if len(cf.listed) == 0 {
		return
	}
	type use struct {
		src    envSecret
		target string // the variable the container reads
	}
	found := map[string]bool{}
	uses := make([][]use, len(api.Containers))
	var all []envSecret
	for i := range api.Containers {
		c := &api.Containers[i]
		svc := p.Services[serviceOf(cf, c.Name)]
		c.Environment = slices.DeleteFunc(c.Environment, func(e EnvVar) bool {
			if !cf.listed[e.Name] {
				return false
			}
			found[e.Name] = true
			s, ok := cf.envSource(svc, e)
			if !ok {
				cf.r.Errorf(cf.rel, cf.keys.line("services", svc.Name, "environment"), "service %q: %s is in %s, but its value is not read whole from an env_file or src/.env: put `%s=...` in %s/.env and write `%s: ${%s}` in the service's environment", svc.Name, e.Name, secretsExtension, e.Name, cf.relSrc(), e.Name, e.Name)
				return true
			}
			uses[i] = append(uses[i], use{s, e.Name})
			if !slices.Contains(all, s) {
				all = append(all, s)
			}
			return true
		})
	}
	for _, name := range cf.listedNames() {
		if !found[name] {
			cf.r.Warnf(cf.rel, cf.keys.line(secretsExtension), "%s lists %s, which no service's environment has", secretsExtension, name)
		}
	}
	keys := cf.envSecretKeys(api, all)
	var notes []string
	absent := map[string]bool{}
	for _, s := range all {
		_, err := StatFile(cf.root, s.file)
		missing := err != nil // .env is not committed: deploy reads it where it is
		absent[path.Base(s.file)] = missing
		api.Secrets = append(api.Secrets, Secret{Key: keys[s], Name: keys[s], File: s.file, Variable: s.variable, Missing: missing})
		notes = append(notes, fmt.Sprintf("%s (from %s)", s.variable, strings.TrimPrefix(s.file, cf.relSrc()+"/")))
	}
	for _, f := range slices.Sorted(maps.Keys(absent)) {
		if absent[f] {
			cf.r.Infof(cf.rel, cf.keys.line(secretsExtension), "%s: %s is not here (it is not committed): gen needs no value; deploy stores the values from it, or uses those in the cloud with --secrets skip", secretsExtension, f)
		}
	}
	for i, list := range uses {
		for _, u := range list {
			api.Containers[i].Secrets = append(api.Containers[i].Secrets, SecretRef{Secret: keys[u.src], EnvVar: u.target})
		}
	}
	if len(notes) > 0 {
		cf.r.Infof(cf.rel, cf.keys.line(secretsExtension), "%s: deploy stores %s in Secrets Manager and the containers read them from there; no template holds a value, and docker compose still reads the files", secretsExtension, strings.Join(notes, ", "))
	}
}

// envSource is the variable of a file that gives the container its value:
// the service's last env_file that sets it so, or a src/.env variable the
// compose file interpolates as its whole value.
func (cf *composeFile) envSource(svc types.ServiceConfig, e EnvVar) (envSecret, bool) {
	for _, rel := range slices.Backward(cf.envFilesOf[svc.Name]) {
		if f, err := cf.envFile(rel); err == nil {
			if v, ok := f.vars[e.Name]; ok && v == e.Value {
				return envSecret{rel, e.Name}, true
			}
		}
	}
	names := append(slices.Clone(cf.fromDotEnv[e.Name]), e.Name) // `- NAME` takes it from .env too
	for _, name := range names {
		if v, ok := cf.dotEnv[name]; ok && v == e.Value {
			return envSecret{cf.relSrc() + "/.env", name}, true
		}
	}
	if e.Value == "" && !cf.hasDotEnv {
		// .env is not committed: the secret is the same, its value deploy's to read.
		return envSecret{cf.relSrc() + "/.env", names[0]}, true
	}
	return envSecret{}, false
}

// envFile is an env file of the project: its text and its variables.
type envFile struct {
	data []byte
	vars map[string]string
}

// envFile reads an env file of the project once.
func (cf *composeFile) envFile(rel string) (envFile, error) {
	if f, ok := cf.envFiles[rel]; ok {
		return f, nil
	}
	data, err := ReadFile(cf.root, rel)
	if err != nil {
		return envFile{}, err
	}
	vars, err := dotenv.UnmarshalBytesWithLookup(data, nil)
	if err != nil {
		return envFile{}, err
	}
	cf.envFiles[rel] = envFile{data, vars}
	return cf.envFiles[rel], nil
}

var secretKeyChars = regexp.MustCompile(`[^a-z0-9_.]`)

// envSecretKeys names each secret by its variable (postgres_password), and
// by its file too where two files set the variable
// (redis_password.redis_cache.env): values may differ. Hyphens are left
// out, so no name ends like Secrets Manager's random suffix.
func (cf *composeFile) envSecretKeys(api *API, all []envSecret) map[envSecret]string {
	keys := map[envSecret]string{}
	taken := map[string]bool{}
	for _, s := range api.Secrets {
		taken[s.Key] = true
	}
	for _, s := range all {
		key := strings.ToLower(s.variable)
		shared := slices.ContainsFunc(all, func(o envSecret) bool { return o.variable == s.variable && o.file != s.file })
		if shared || taken[key] {
			key += "." + secretKeyChars.ReplaceAllString(strings.ToLower(path.Base(s.file)), "_")
		}
		if taken[key] {
			cf.r.Errorf(cf.rel, cf.keys.line(secretsExtension), "%s: the secret for %s from %s would be named %q, as a compose secret is; rename that one", secretsExtension, s.variable, s.file, key)
		}
		taken[key] = true
		keys[s] = key
	}
	return keys
}

// SecretValue reads a secret's value in the project: its file without the
// trailing line break, or its variable in that env file.
func SecretValue(root string, s Secret) (string, error) {
	data, err := ReadFile(root, s.File) // never outside the project, links included
	if err != nil {
		return "", err
	}
	if s.Variable == "" {
		return strings.TrimRight(string(data), "\r\n"), nil
	}
	vars, err := dotenv.UnmarshalBytesWithLookup(data, nil)
	if err != nil {
		return "", fmt.Errorf("%s: %v", s.File, err)
	}
	v, ok := vars[s.Variable]
	if !ok {
		return "", fmt.Errorf("%s does not set %s", s.File, s.Variable)
	}
	return v, nil
}
