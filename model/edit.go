package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The project commands change the project's files the way Amplify's CLI does,
// so that Amplify could read them too. Every change is checked before anything
// is written, and each file is written whole (a temporary file renamed into place).

// InitOptions are `dockstack init`'s settings.
type InitOptions struct {
	Name, Env, Region, Frontend, SourceDir string
}

// Init creates a project in root; it refuses to touch an existing one.
func Init(root string, o InitOptions) error {
	if _, err := os.Stat(filepath.Join(root, "amplify")); err == nil {
		return fmt.Errorf("%s already holds a project (amplify/ exists); dockstack init creates new projects only", root)
	}
	if !projectNameRule.re.MatchString(o.Name) {
		return fmt.Errorf("--name %q: a project name is %s", o.Name, projectNameRule.says)
	}
	if !validEnvName(o.Env) {
		return fmt.Errorf("--env %q: an environment name is 2 to 10 lower-case letters", o.Env)
	}
	if o.Region == "" || o.Frontend == "" {
		return errors.New("--region and --frontend must not be empty")
	}
	// A new project starts hardened: dockstack's scaffolds are written for it
	// (USER in their Dockerfiles, nothing written outside /tmp). Existing
	// projects, without the key, keep their images' defaults.
	frontend := map[string]any{"config": map[string]any{"SourceDir": o.SourceDir, "ServerlessContainers": false, "HardenContainers": true}}
	if err := ensureGitignore(root); err != nil {
		return err
	}
	return writeJSONFiles(root, map[string]any{
		ProjectConfigFile: map[string]any{"projectName": o.Name, "version": "3.1", "frontend": o.Frontend, o.Frontend: frontend, "providers": []string{"awscloudformation"}},
		LocalEnvFile:      map[string]any{"envName": o.Env, "projectPath": ".", "defaultEditor": "code"},
		TeamProviderFile:  map[string]any{o.Env: envEntry(o.Name, o.Env, o.Region)},
		BackendConfigFile: map[string]any{},
	})
}

func envEntry(project, env, region string) map[string]any {
	stack := fmt.Sprintf("amplify-%s-%s", strings.ToLower(project), env)
	return map[string]any{"awscloudformation": map[string]any{"Region": region, "StackName": stack, "DeploymentBucketName": stack + "-deployment"}}
}

// SetContainers answers "Do you want to enable container-based deployments?".
func SetContainers(root string, on bool) error {
	return setProjectConfig(root, "ServerlessContainers", on)
}

// SetHardening turns on or off the hardening of containers built from the
// project's Dockerfiles (read-only root file system, non-root user).
func SetHardening(root string, on bool) error {
	return setProjectConfig(root, "HardenContainers", on)
}

// setProjectConfig sets a key of project-config.json's front-end config.
func setProjectConfig(root, key string, on bool) error {
	var pc map[string]any
	if err := readEdit(root, ProjectConfigFile, &pc); err != nil {
		return err
	}
	fe, _ := pc["frontend"].(string)
	section, _ := pc[fe].(map[string]any)
	if section == nil {
		return fmt.Errorf("%s: no %q section for the front end; run dockstack init", ProjectConfigFile, fe)
	}
	config, _ := section["config"].(map[string]any)
	if config == nil {
		config = map[string]any{}
		section["config"] = config
	}
	config[key] = on
	return writeJSONFiles(root, map[string]any{ProjectConfigFile: pc})
}

// AddEnv adds an environment; it becomes current when the project has none.
func AddEnv(root, name, region string) error {
	if !validEnvName(name) {
		return fmt.Errorf("environment name %q must be 2 to 10 lower-case letters", name)
	}
	var tpi map[string]any
	if err := readEdit(root, TeamProviderFile, &tpi); err != nil {
		return err
	}
	if _, ok := tpi[name]; ok {
		return fmt.Errorf("environment %q already exists", name)
	}
	var pc struct {
		ProjectName string `json:"projectName"`
	}
	if err := readEdit(root, ProjectConfigFile, &pc); err != nil {
		return err
	}
	if region == "" {
		return errors.New("--region is required for a new environment")
	}
	tpi[name] = envEntry(pc.ProjectName, name, region)
	return writeJSONFiles(root, map[string]any{TeamProviderFile: tpi})
}

// RemoveEnv removes an environment other than the current one from
// team-provider-info.json (its stacks are deleted first, by the caller).
func RemoveEnv(root, name, current string) error {
	if name == current {
		return fmt.Errorf("%s is the current environment; check out another (dockstack env checkout) before removing it", name)
	}
	var tpi map[string]any
	if err := readEdit(root, TeamProviderFile, &tpi); err != nil {
		return err
	}
	if _, ok := tpi[name]; !ok {
		return fmt.Errorf("unknown environment %q; known environments: %s", name, strings.Join(slices.Sorted(maps.Keys(tpi)), ", "))
	}
	delete(tpi, name)
	return writeJSONFiles(root, map[string]any{TeamProviderFile: tpi})
}

// CheckoutEnv makes name the current environment.
func CheckoutEnv(root, name string) error {
	var tpi map[string]any
	if err := readEdit(root, TeamProviderFile, &tpi); err != nil {
		return err
	}
	if _, ok := tpi[name]; !ok {
		return fmt.Errorf("unknown environment %q; known environments: %s", name, strings.Join(slices.Sorted(maps.Keys(tpi)), ", "))
	}
	var local map[string]any
	if err := readEdit(root, LocalEnvFile, &local); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if local == nil {
		local = map[string]any{}
	}
	local["envName"] = name
	return writeJSONFiles(root, map[string]any{LocalEnvFile: local})
}

// backendEdit is backend-config.json opened for a change: unknown keys survive.
type backendEdit struct {
	root string
	cats map[string]map[string]map[string]any
}

func openBackend(root string) (*backendEdit, error) {
	e := &backendEdit{root: root}
	if err := readEdit(root, BackendConfigFile, &e.cats); err != nil {
		return nil, err
	}
	if e.cats == nil {
		e.cats = map[string]map[string]map[string]any{}
	}
	return e, nil
}

func (e *backendEdit) has(category, name string) bool { _, ok := e.cats[category][name]; return ok }

func (e *backendEdit) set(category, name string, entry map[string]any) {
	if e.cats[category] == nil {
		e.cats[category] = map[string]map[string]any{}
	}
	e.cats[category][name] = entry
}

// names lists a category's resources whose service is the given one.
func (e *backendEdit) names(category, service string) []string {
	var out []string
	for _, n := range slices.Sorted(maps.Keys(e.cats[category])) {
		if s, _ := e.cats[category][n]["service"].(string); s == service {
			out = append(out, n)
		}
	}
	return out
}

// save writes backend-config.json and any other files, after everything was checked.
func (e *backendEdit) save(other map[string]any) error {
	files := map[string]any{BackendConfigFile: e.cats}
	maps.Copy(files, other)
	return writeJSONFiles(e.root, files)
}

// TableSpec is `dockstack add storage`'s settings.
type TableSpec struct {
	Name         string
	PartitionKey Key
	SortKey      *Key
	GSIs         []GSI
}

var keyTypeNames = map[string]string{"S": "string", "N": "number", "B": "binary"}

// AddStorage adds a DynamoDB table: backend-config entry and cli-inputs.json.
func AddStorage(root string, t TableSpec) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	if !resourceNameRule.re.MatchString(t.Name) {
		return fmt.Errorf("storage name %q: use letters and digits only", t.Name)
	}
	if e.has("storage", t.Name) {
		return fmt.Errorf("storage %q already exists; choose another name or `dockstack remove storage %s`", t.Name, t.Name)
	}
	key := func(k *Key) (map[string]any, error) {
		name, ok := keyTypeNames[k.Type]
		if !ok || k.Name == "" {
			return nil, fmt.Errorf("key %s:%s: give NAME:TYPE with TYPE S (string), N (number) or B (binary)", k.Name, k.Type)
		}
		return map[string]any{"fieldName": k.Name, "fieldType": name}, nil
	}
	in := map[string]any{"resourceName": t.Name, "tableName": t.Name, "gsi": []any{}, "triggerFunctions": []any{}}
	if in["partitionKey"], err = key(&t.PartitionKey); err != nil {
		return err
	}
	if t.SortKey != nil {
		if in["sortKey"], err = key(t.SortKey); err != nil {
			return err
		}
	}
	var gsis []any
	for _, g := range t.GSIs {
		pk, err := key(&g.PartitionKey)
		if err != nil {
			return fmt.Errorf("GSI %s: %w", g.Name, err)
		}
		gsi := map[string]any{"name": g.Name, "partitionKey": pk}
		if g.SortKey != nil {
			if gsi["sortKey"], err = key(g.SortKey); err != nil {
				return fmt.Errorf("GSI %s: %w", g.Name, err)
			}
		}
		gsis = append(gsis, gsi)
	}
	if gsis != nil {
		in["gsi"] = gsis
	}
	e.set("storage", t.Name, map[string]any{"service": "DynamoDB", "providerPlugin": "awscloudformation"})
	return e.save(map[string]any{filepath.ToSlash(filepath.Join(BackendDir, "storage", t.Name, "cli-inputs.json")): in})
}

// AuthSpec is `dockstack add auth`'s settings.
type AuthSpec struct {
	Name           string
	HostedUIDomain string
	// SignIn is username, email or phone_number; empty means email (Amplify's default).
	SignIn string
}

// AddAuth adds a Cognito user pool signed into with email.
func AddAuth(root string, a AuthSpec) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	if !resourceNameRule.re.MatchString(a.Name) {
		return fmt.Errorf("auth name %q: use letters and digits only", a.Name)
	}
	if existing := e.names("auth", "Cognito"); len(existing) > 0 {
		return fmt.Errorf("the project already has auth %q; a project has one Cognito auth resource", existing[0])
	}
	// Amplify's defaults: email sign-in, usernames not case sensitive (fixed when the pool is made).
	attrs := []string{"email"}
	switch a.SignIn {
	case "", "email":
	case "username":
		attrs = []string{}
	case "phone_number":
		attrs = []string{"phone_number"}
	default:
		return fmt.Errorf("--sign-in %q: use username, email or phone_number", a.SignIn)
	}
	if a.HostedUIDomain != "" && !domainPrefixRule.re.MatchString(a.HostedUIDomain) {
		return fmt.Errorf("--hosted-ui-domain %q must be %s", a.HostedUIDomain, domainPrefixRule.says)
	}
	config := map[string]any{"userPoolName": a.Name, "usernameAttributes": attrs, "usernameCaseSensitive": false}
	if a.HostedUIDomain != "" {
		config["hostedUIDomainName"] = a.HostedUIDomain
	}
	e.set("auth", a.Name, map[string]any{"service": "Cognito", "providerPlugin": "awscloudformation"})
	return e.save(map[string]any{filepath.ToSlash(filepath.Join(BackendDir, "auth", a.Name, "cli-inputs.json")): map[string]any{"version": "1", "cognitoConfig": config}})
}

// readEdit decodes a project file for a change.
func readEdit(root, rel string, v any) error {
	line, err := decodeFile(root, rel, v)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s is missing; run `dockstack init` first (or pass --dir): %w", rel, fs.ErrNotExist)
	case err != nil && line > 0:
		return fmt.Errorf("%s:%d: %w", rel, line, err)
	}
	return err
}

// writeJSONFiles writes each file (path relative to root) as indented JSON.
func writeJSONFiles(root string, files map[string]any) error {
	data := map[string][]byte{}
	for rel, v := range files {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
		data[rel] = buf.Bytes()
	}
	return WriteFiles(root, data)
}

// WriteFiles writes files (paths relative to root) inside the project only,
// each through a temporary file renamed into place, so none is ever half-written.
func WriteFiles(root string, files map[string][]byte) error {
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, rel := range slices.Sorted(maps.Keys(files)) {
		if err := WriteFileIn(r, filepath.FromSlash(rel), files[rel]); err != nil {
			return err
		}
	}
	return nil
}

// TempSuffix ends the name of a file being written; a leftover one (the
// writer was killed) is removed by the next writer of that folder.
const TempSuffix = ".dockstack-tmp"

// WriteFileIn writes one file inside r through a temporary file renamed into place.
// Neither `..` nor a symbolic link can lead the write outside r.
func WriteFileIn(r *os.Root, rel string, data []byte) error {
	if err := r.MkdirAll(filepath.Dir(rel), 0o755); err != nil {
		return rootError(err)
	}
	if done, err := writeUnnamed(r, rel, data); done || err != nil {
		return err
	}
	tmp := filepath.Join(filepath.Dir(rel), "."+filepath.Base(rel)+"."+strconv.Itoa(os.Getpid())+TempSuffix)
	f, err := r.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return rootError(err)
	}
	_, werr := f.Write(data)
	if err := errors.Join(werr, f.Close()); err != nil {
		r.Remove(tmp)
		return err
	}
	if err := r.Rename(tmp, rel); err != nil {
		r.Remove(tmp)
		return rootError(err)
	}
	return nil
}
