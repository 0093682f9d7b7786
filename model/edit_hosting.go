package model

import (
	"fmt"
	"path"
	"slices"
)

// HostingSpec is `dockstack add hosting` / `update hosting`: the site's
// settings for one environment (Env) and, on add, the starter to write.
type HostingSpec struct {
	Env             string
	Domain          string
	HostedZoneID    string
	HealthCheckPath string
	// Restrict puts Cognito sign-in in front of the site (add hosting only).
	Restrict bool
	// Access is the site's table access: table -> operations, as an API's.
	Access map[string][]string
}

// AddHosting adds the hosting site: backend-config's hosting.ElasticContainer
// (as Amplify writes it) and the environment's domain in team-provider-info.
// starter (path -> content, relative to the front end's SourceDir) is written
// only when the SourceDir holds no Dockerfile or compose file.
func AddHosting(root string, spec HostingSpec, starter map[string][]byte) (wroteStarter bool, err error) {
	e, err := openBackend(root)
	if err != nil {
		return false, err
	}
	if e.has("hosting", "ElasticContainer") {
		return false, fmt.Errorf("the project has a hosting site already; change it with `dockstack update hosting`")
	}
	r := &Report{}
	proj := loadProject(root, r)
	if err := r.Err(false); err != nil {
		return false, err
	}
	if proj.SourceDir == "" {
		return false, fmt.Errorf("%s: %s.config.SourceDir is not set; the site is built from the front end's source folder", ProjectConfigFile, proj.Frontend)
	}
	entry := map[string]any{"service": "ElasticContainer", "providerPlugin": "awscloudformation", "deploymentMechanism": FullyManaged}
	if spec.HealthCheckPath != "" {
		if !healthCheckRE.MatchString(spec.HealthCheckPath) {
			return false, fmt.Errorf("--health-check-path %q must be a path such as /health", spec.HealthCheckPath)
		}
		entry["healthCheckPath"] = spec.HealthCheckPath
	}
	if spec.Restrict {
		hosted := false
		for _, name := range e.names("auth", "Cognito") {
			hosted = hosted || loadAuth(root, name, &Report{}).HostedUIDomain != ""
		}
		if !hosted {
			return false, fmt.Errorf("--restrict needs Cognito's hosted UI for the sign-in page: run `dockstack add auth --hosted-ui-domain PREFIX` first")
		}
		entry["restrictAccess"] = true
	}
	if len(spec.Access) > 0 {
		tables := e.names("storage", "DynamoDB")
		perms := map[string]any{}
		for table, ops := range spec.Access {
			if !slices.Contains(tables, table) {
				return false, fmt.Errorf("--access storage/%s: the project has no table %q (tables: %s)", table, table, listOrNone(tables))
			}
			for _, op := range ops {
				if !slices.Contains([]string{"create", "read", "update", "delete"}, op) {
					return false, fmt.Errorf("--access storage/%s: %q is not create, read, update or delete", table, op)
				}
			}
			perms[table] = ops
		}
		entry["mutableParametersState"] = map[string]any{"permissions": map[string]any{"storage": perms}}
	}
	files := map[string][]byte{}
	if _, err := findSource(root, proj.SourceDir); IsOutside(err) {
		return false, fmt.Errorf("%s: %w", proj.SourceDir, err)
	} else if err != nil {
		for rel, data := range starter {
			p := path.Join(proj.SourceDir, rel)
			if _, err := StatFile(root, p); err == nil || IsOutside(err) { // read through the project's root: a link out is not followed
				return false, fmt.Errorf("%s already exists: add a Dockerfile or compose file to %s yourself, or move it", p, proj.SourceDir)
			}
			files[p] = data
		}
		if spec.HealthCheckPath == "" {
			entry["healthCheckPath"] = "/healthz" // the starter answers there
		}
	}
	tpi, err := hostingEnvEdit(root, spec)
	if err != nil {
		return false, err
	}
	e.set("hosting", "ElasticContainer", entry)
	if err := WriteFiles(root, files); err != nil {
		return false, err
	}
	return len(files) > 0, e.save(map[string]any{TeamProviderFile: tpi})
}

// UpdateHosting changes the site's domain or zone in one environment.
func UpdateHosting(root string, spec HostingSpec) error {
	e, err := openBackend(root)
	if err != nil {
		return err
	}
	if !e.has("hosting", "ElasticContainer") {
		return fmt.Errorf("the project has no hosting site; add one with `dockstack add hosting`")
	}
	tpi, err := hostingEnvEdit(root, spec)
	if err != nil {
		return err
	}
	return writeJSONFiles(root, map[string]any{TeamProviderFile: tpi})
}

// hostingEnvEdit sets the environment's categories.hosting.ElasticContainer
// in team-provider-info.json, refusing a domain another environment serves.
func hostingEnvEdit(root string, spec HostingSpec) (map[string]any, error) {
	if !domainRE.MatchString(spec.Domain) {
		return nil, fmt.Errorf("--domain %q: give the site's domain name, such as app.example.com or example.com (lower case)", spec.Domain)
	}
	if spec.HostedZoneID != "" && !hostedZoneRE.MatchString(spec.HostedZoneID) {
		return nil, fmt.Errorf("--hosted-zone %q is not a Route53 hosted zone id such as Z0123456789ABCDEFGHIJ", spec.HostedZoneID)
	}
	var tpi map[string]any
	if err := readEdit(root, TeamProviderFile, &tpi); err != nil {
		return nil, err
	}
	env, ok := tpi[spec.Env].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no environment %q in %s", spec.Env, TeamProviderFile)
	}
	for name, other := range hostingEnvs(root, &Report{}) {
		if name != spec.Env && other.Domain == spec.Domain {
			return nil, fmt.Errorf("environment %s serves the site on %s already; each environment needs a domain of its own (e.g. %s.%s)", name, spec.Domain, spec.Env, spec.Domain)
		}
	}
	cats, _ := env["categories"].(map[string]any)
	if cats == nil {
		cats = map[string]any{}
		env["categories"] = cats
	}
	hosting, _ := cats["hosting"].(map[string]any)
	if hosting == nil {
		hosting = map[string]any{}
		cats["hosting"] = hosting
	}
	site := map[string]any{"domain": spec.Domain, "restrictAccess": false}
	if spec.HostedZoneID != "" {
		site["hostedZoneId"] = spec.HostedZoneID
	}
	hosting["ElasticContainer"] = site
	return tpi, nil
}
