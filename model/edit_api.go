package model

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// APISpec is `dockstack add api`'s settings. Every one of them is kept in
// backend-config.json, so a clean clone generates the same output.
type APISpec struct {
	Name      string
	Type      APIType
	Template  string // the starter template, or "custom"
	Mechanism string // FULLY_MANAGED, INDENPENDENTLY_MANAGED or SELF_MANAGED
	GitHubURL string
	// Access maps a table to the operations the API may do on it.
	Access     map[string][]string
	Restrict   bool
	Entrypoint string
	HA         bool
}

var networkDependency = map[string]any{"category": "", "resourceName": "NetworkStack",
	"attributes": []string{"ClusterName", "VpcId", "VpcCidrBlock", "SubnetIds", "VpcLinkId", "CloudMapNamespaceId"}}

// AddAPI adds a container API: its backend-config entry, custom-policies.json
// and the source files (a template's, or none for "custom"). Nothing is
// written when a setting is wrong or a source file would be overwritten.
func AddAPI(root string, spec APISpec, src map[string][]byte) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	if !apiNameRule.re.MatchString(spec.Name) {
		return fmt.Errorf("API name %q: use lower-case letters and digits only (ECR repository names allow no upper case)", spec.Name)
	}
	if e.has("api", spec.Name) {
		return fmt.Errorf("api %q already exists; choose another name or `dockstack update api %s`", spec.Name, spec.Name)
	}
	entry := map[string]any{"service": "ElasticContainer", "providerPlugin": "awscloudformation", "build": true,
		"iamAccessUnavailable": true, "skipHashing": false, "restrictAccess": false}
	if err := e.apply(entry, spec); err != nil {
		return err
	}
	apiDir := filepath.Join(BackendDir, "api", spec.Name)
	files := map[string][]byte{}
	for rel, data := range src {
		p := filepath.ToSlash(filepath.Join(apiDir, "src", rel))
		if _, err := os.Stat(filepath.Join(root, p)); err == nil {
			return fmt.Errorf("%s already exists; remove it or choose another API name", p)
		}
		files[p] = data
	}
	e.set("api", spec.Name, entry)
	if err := WriteFiles(root, files); err != nil {
		return err
	}
	return e.save(map[string]any{filepath.ToSlash(filepath.Join(apiDir, "custom-policies.json")): []any{map[string]any{"Action": []any{}, "Resource": []any{}}}})
}

// apply sets an API entry from the spec, as Amplify writes it, after checking the spec against the project.
func (e *backendEdit) apply(entry map[string]any, spec APISpec) error {
	switch spec.Type {
	case REST, GraphQL:
		entry["apiType"] = string(spec.Type)
	case "":
	default:
		return fmt.Errorf("--type %q: use rest or graphql", spec.Type)
	}
	switch spec.Mechanism {
	case "":
	case FullyManaged, SelfManaged:
		entry["deploymentMechanism"] = spec.Mechanism
		delete(entry, "gitHubInfo")
	case IndependentlyManaged:
		if githubTreeRE.FindStringSubmatch(spec.GitHubURL) == nil {
			return fmt.Errorf("--github-url %q: give https://github.com/OWNER/REPO/tree/BRANCH/PATH", spec.GitHubURL)
		}
		entry["deploymentMechanism"], entry["build"] = spec.Mechanism, false
		entry["gitHubInfo"] = map[string]any{"path": spec.GitHubURL}
	default:
		return fmt.Errorf("--source: use managed, github or self")
	}
	if spec.Template != "" {
		imageSource := map[string]any{"type": "TEMPLATE", "template": spec.Template}
		if spec.Template == "custom" {
			imageSource = map[string]any{"type": "CUSTOM"}
		}
		entry["imageSource"] = imageSource
	}
	if spec.Access != nil {
		tables := e.names("storage", "DynamoDB")
		perms := map[string]any{}
		for table, ops := range spec.Access {
			if !slices.Contains(tables, table) {
				return fmt.Errorf("--access storage/%s: the project has no table %q (tables: %s); add it with `dockstack add storage --name %s`", table, table, listOrNone(tables), table)
			}
			for _, op := range ops {
				if !slices.Contains([]string{"create", "read", "update", "delete"}, op) {
					return fmt.Errorf("--access storage/%s: %q is not create, read, update or delete", table, op)
				}
			}
			if len(ops) > 0 { // storage/TABLE: with no operations removes the access
				perms[table] = ops
			}
		}
		if len(perms) == 0 {
			delete(entry, "mutableParametersState")
		} else {
			entry["mutableParametersState"] = map[string]any{"permissions": map[string]any{"storage": perms}}
		}
	}
	if spec.Restrict {
		auths := e.names("auth", "Cognito")
		if len(auths) == 0 {
			return fmt.Errorf("--restrict needs an auth resource to check tokens with; run `dockstack add auth` first")
		}
		entry["restrictAccess"], entry["authName"] = true, auths[0]
	}
	if spec.Entrypoint != "" {
		name, port, _ := strings.Cut(spec.Entrypoint, ":")
		exposed := map[string]any{"name": name}
		if port != "" {
			exposed["port"] = atoiOr(port, 0)
		}
		entry["exposedContainer"] = exposed
	}
	if spec.HA {
		entry["highAvailability"] = true
	}
	entry["dependsOn"] = dependsOn(entry)
	return nil
}

// dependsOn is Amplify's dependency list for an API entry: the network stack,
// the tables it accesses and its auth.
func dependsOn(entry map[string]any) []any {
	deps := []any{}
	if ms, ok := entry["mutableParametersState"].(map[string]any); ok {
		perms, _ := ms["permissions"].(map[string]any)
		storage, _ := perms["storage"].(map[string]any)
		for _, t := range slices.Sorted(maps.Keys(storage)) {
			deps = append(deps, map[string]any{"category": "storage", "resourceName": t, "attributes": []string{"Name", "Arn", "StreamArn"}})
		}
	}
	deps = append(deps, networkDependency)
	if restricted, _ := entry["restrictAccess"].(bool); restricted {
		deps = append(deps, map[string]any{"category": "auth", "resourceName": entry["authName"], "attributes": []string{"UserPoolId", "AppClientIDWeb"}})
	}
	return deps
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// APIUpdate is `dockstack update api`'s changes; zero fields change nothing.
type APIUpdate struct {
	APISpec
	Unrestrict bool
	NoHA       bool
}

// UpdateAPI changes an API's settings in backend-config.json.
func UpdateAPI(root string, u APIUpdate) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	entry, ok := e.cats["api"][u.Name]
	if !ok {
		return fmt.Errorf("no api %q; the APIs are: %s", u.Name, listOrNone(e.names("api", "ElasticContainer")))
	}
	if u.Unrestrict {
		entry["restrictAccess"] = false
		delete(entry, "authName")
	}
	if u.NoHA {
		delete(entry, "highAvailability")
	}
	if u.Entrypoint != "" {
		if err := checkEntrypoint(root, u.Name, u.Entrypoint); err != nil {
			return err
		}
	}
	if err := e.apply(entry, u.APISpec); err != nil {
		return err
	}
	return e.save(nil)
}

// checkEntrypoint refuses at once a container the API does not have, or a
// port it does not expose over TCP, naming what it has.
func checkEntrypoint(root, api, spec string) error {
	name, port, _ := strings.Cut(spec, ":")
	b, _ := Load(root, Options{})
	var have []string
	var containers []Container
	if a := b.API(api); a != nil {
		containers = a.Containers
	}
	for _, c := range containers {
		ports := tcpPorts(c.Ports)
		if len(ports) > 0 {
			have = append(have, fmt.Sprintf("%s:%s", c.Name, strings.Trim(strings.ReplaceAll(fmt.Sprint(ports), " ", ","), "[]")))
		}
		if c.Name == name && (port == "" && len(ports) > 0 || port != "" && slices.Contains(ports, atoiOr(port, -1))) {
			return nil
		}
	}
	return fmt.Errorf("api %s has no container %s with that TCP port; it has %s", api, spec, listOrNone(have))
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

// Remove deletes a resource from backend-config.json (its folder stays, for the
// user to delete or keep); it refuses while an API depends on it.
func Remove(root, category, name string) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	if !e.has(category, name) {
		return fmt.Errorf("no %s %q", category, name)
	}
	var dependants, fixes []string
	for _, api := range slices.Sorted(maps.Keys(e.cats["api"])) {
		for _, d := range dependsOn(e.cats["api"][api]) {
			dep := d.(map[string]any)
			if dep["category"] == category && dep["resourceName"] == name {
				dependants = append(dependants, api)
				switch category {
				case "storage":
					fixes = append(fixes, fmt.Sprintf("dockstack update api %s --access storage/%s:", api, name))
				case "auth":
					fixes = append(fixes, fmt.Sprintf("dockstack update api %s --no-restrict", api))
				}
			}
		}
	}
	if len(dependants) > 0 {
		return fmt.Errorf("%s %s is used by api %s; first run:\n  %s\n(or remove those APIs)", category, name, strings.Join(dependants, ", "), strings.Join(fixes, "\n  "))
	}
	delete(e.cats[category], name)
	if len(e.cats[category]) == 0 {
		delete(e.cats, category)
	}
	return e.save(nil)
}
