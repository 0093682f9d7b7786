package model

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
)

// apiEntry is backend-config `api.<name>` as Amplify writes it, plus dockstack's
// own settings (highAvailability, composeProfiles) that Amplify would ignore.
type apiEntry struct {
	Service                string            `json:"service"`
	APIType                string            `json:"apiType"`
	DeploymentMechanism    string            `json:"deploymentMechanism"`
	RestrictAccess         bool              `json:"restrictAccess"`
	AuthName               string            `json:"authName"`
	HighAvailability       bool              `json:"highAvailability"`
	ComposeProfiles        []string          `json:"composeProfiles"`
	ExposedContainer       *exposedContainer `json:"exposedContainer"`
	ImageSource            ImageSource       `json:"imageSource"`
	GitHubInfo             *gitHubInfo       `json:"gitHubInfo"`
	MutableParametersState struct {
		Permissions map[string]map[string][]string `json:"permissions"`
	} `json:"mutableParametersState"`
	DependsOn []struct {
		Category     string   `json:"category"`
		ResourceName string   `json:"resourceName"`
		Attributes   []string `json:"attributes"`
	} `json:"dependsOn"`
}

type exposedContainer struct {
	Name string `json:"name"`
	Port int    `json:"port"`
}

type gitHubInfo struct {
	Path           string `json:"path"`
	TokenSecretArn string `json:"tokenSecretArn"`
}

type resourceHeader struct {
	Service string `json:"service"`
}

// backendConfig is backend-config.json with the line of every key, for messages.
type backendConfig struct {
	categories map[string]map[string]json.RawMessage
	lines      map[string]int
}

func (b *backendConfig) line(path ...string) int { return b.lines[strings.Join(path, ".")] }

// names returns a category's resource names, sorted for a stable model.
func (b *backendConfig) names(category string) []string {
	return slices.Sorted(maps.Keys(b.categories[category]))
}

// ParseBackendConfig decodes backend-config.json. It is the fuzzed entry point.
func ParseBackendConfig(data []byte) (*backendConfig, error) {
	bc := &backendConfig{}
	if err := decodeJSON(data, &bc.categories); err != nil {
		return nil, err
	}
	bc.lines = jsonKeyLines(data)
	return bc, nil
}

func loadBackendConfig(root string, r *Report) *backendConfig {
	data, err := ReadFile(root, BackendConfigFile)
	if err != nil {
		if os.IsNotExist(err) {
			r.Errorf(BackendConfigFile, 0, "file is missing; run `dockstack init` to create the project")
		} else {
			r.Errorf(BackendConfigFile, 0, "cannot read: %v", err)
		}
		return nil
	}
	bc, err := ParseBackendConfig(data)
	if err != nil {
		line, msg := jsonErrorLine(data, err)
		r.Errorf(BackendConfigFile, line, "invalid JSON: %s; it must map categories (api, storage, auth, hosting) to resources", msg)
		return nil
	}
	if bc.categories == nil {
		r.Errorf(BackendConfigFile, 1, "it is null; it must be an object mapping categories (api, storage, auth, hosting) to resources, {} when empty")
		return nil
	}
	return bc
}

// known categories and the services dockstack builds; anything else is skipped with a note.
var knownServices = map[string]string{"api": "ElasticContainer", "storage": "DynamoDB", "auth": "Cognito", "hosting": "ElasticContainer"}

// header decodes a resource's service, reporting a type error with its line.
func (b *backendConfig) header(category, name string, r *Report) (string, bool) {
	var h resourceHeader
	if err := json.Unmarshal(b.categories[category][name], &h); err != nil {
		r.Errorf(BackendConfigFile, b.line(category, name), "%s.%s must be an object with a \"service\" key: %v", category, name, err)
		return "", false
	}
	return h.Service, true
}

// skipOthers notes resources that dockstack does not build, so nothing is dropped silently.
func (b *backendConfig) skipOthers(r *Report) {
	for _, c := range slices.Sorted(maps.Keys(b.categories)) {
		for _, n := range b.names(c) {
			svc, ok := b.header(c, n, r)
			if !ok {
				continue
			}
			if want, known := knownServices[c]; !known || svc != want {
				r.Infof(BackendConfigFile, b.line(c, n), "%s.%s (service %q) is not built by dockstack; skipped", c, n, svc)
			}
		}
	}
}

// apiHeader decodes an api entry and checks the settings that need no other file.
func (b *backendConfig) api(name string, r *Report) (API, apiEntry, bool) {
	var e apiEntry
	if err := strictUnmarshal(b.categories["api"][name], &e); err != nil {
		r.Errorf(BackendConfigFile, b.line("api", name), "api.%s: %v", name, err)
		return API{}, e, false
	}
	line := func(key string) int {
		if l := b.line("api", name, key); l > 0 {
			return l
		}
		return b.line("api", name)
	}
	b.warnMisspelt(name, line, r)
	api := API{
		Name:                name,
		Type:                APIType(e.APIType),
		DeploymentMechanism: e.DeploymentMechanism,
		Dir:                 filepath.ToSlash(filepath.Join(BackendDir, "api", name)),
		RestrictAccess:      e.RestrictAccess,
		AuthName:            e.AuthName,
		HighAvailability:    e.HighAvailability,
		Permissions:         e.MutableParametersState.Permissions,
		ImageSource:         e.ImageSource,
	}
	if !apiNameRule.check(BackendConfigFile, line(""), "API name", name, r) {
		return api, e, false // its folder is not read: the name is part of the path
	}
	switch api.Type {
	case REST, GraphQL:
	case "":
		api.Type = REST
		r.Warnf(BackendConfigFile, line(""), "api.%s has no apiType; assuming REST (set \"apiType\": \"REST\" or \"GRAPHQL\")", name)
	default:
		r.Errorf(BackendConfigFile, line("apiType"), "api.%s: apiType %q is not REST or GRAPHQL", name, e.APIType)
	}
	switch api.DeploymentMechanism {
	case FullyManaged, SelfManaged:
	case IndependentlyManaged:
		api.GitHub = parseGitHub(e.GitHubInfo, name, line("gitHubInfo"), r)
	case "":
		api.DeploymentMechanism = FullyManaged
	default:
		r.Errorf(BackendConfigFile, line("deploymentMechanism"), "api.%s: deploymentMechanism %q is not one of %s, %s, %s",
			name, e.DeploymentMechanism, FullyManaged, IndependentlyManaged, SelfManaged)
	}
	return api, e, true
}

// apiKeys are the api entry keys dockstack reads (apiEntry's JSON names).
var apiKeys = func() []string {
	var keys []string
	t := reflect.TypeOf(apiEntry{})
	for i := range t.NumField() {
		keys = append(keys, strings.Split(t.Field(i).Tag.Get("json"), ",")[0])
	}
	return keys
}()

// warnMisspelt warns about an api entry key that is a near miss of one
// dockstack reads (restrictAcess): it would be ignored without a word. Other
// unknown keys (Amplify's own) are left alone.
func (b *backendConfig) warnMisspelt(name string, line func(string) int, r *Report) {
	var entry map[string]json.RawMessage
	if json.Unmarshal(b.categories["api"][name], &entry) != nil {
		return
	}
	for _, key := range slices.Sorted(maps.Keys(entry)) {
		if slices.Contains(apiKeys, key) {
			continue
		}
		for _, known := range apiKeys {
			if EditDistance(strings.ToLower(key), strings.ToLower(known)) <= 2 {
				r.Warnf(BackendConfigFile, line(key), "api.%s: %q is not a key dockstack reads, so it is ignored; did you mean %q?", name, key, known)
				break
			}
		}
	}
}

// githubTreeRE matches https://github.com/<owner>/<repo>/tree/<branch>[/<path>],
// with the characters GitHub allows in owners, repositories, branches and folders.
var githubTreeRE = regexp.MustCompile(`^https://github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+)/tree/([A-Za-z0-9._-]+)(?:/((?:[A-Za-z0-9._-]+/?)*))?$`)

func parseGitHub(info *gitHubInfo, api string, line int, r *Report) *GitHubSource {
	if info == nil || info.Path == "" {
		r.Errorf(BackendConfigFile, line, "api.%s is built from GitHub (INDENPENDENTLY_MANAGED) but gitHubInfo.path is missing; set it to https://github.com/OWNER/REPO/tree/BRANCH/PATH", api)
		return nil
	}
	m := githubTreeRE.FindStringSubmatch(info.Path)
	if m == nil || slices.Contains(strings.Split(m[4], "/"), "..") {
		r.Errorf(BackendConfigFile, line, "api.%s: gitHubInfo.path %q is not of the form https://github.com/OWNER/REPO/tree/BRANCH/PATH (letters, digits, ., _ and - in each part; no ..)", api, info.Path)
		return nil
	}
	return &GitHubSource{URL: info.Path, Owner: m[1], Repo: m[2], Branch: m[3], Path: strings.TrimSuffix(m[4], "/"), TokenSecretArn: info.TokenSecretArn}
}

// strictUnmarshal decodes JSON into v, turning type errors into short messages.
func strictUnmarshal(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		_, msg := jsonErrorLine(data, err)
		return &msgError{msg}
	}
	return nil
}

type msgError struct{ msg string }

func (e *msgError) Error() string { return e.msg }

// recordedEntrypoint is the entrypoint container Amplify recorded for an API in
// amplify-meta.json, for a message only: that file is deployment state, not input.
func recordedEntrypoint(root, api string) string {
	var meta map[string]map[string]struct {
		ExposedContainer *exposedContainer `json:"exposedContainer"`
	}
	if _, err := decodeFile(root, MetaFile, &meta); err != nil {
		return ""
	}
	if e := meta["api"][api].ExposedContainer; e != nil && containerNameRE.MatchString(e.Name) {
		return e.Name
	}
	return ""
}
