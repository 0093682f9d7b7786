package model

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// SiteName names the hosting site's resources, as Amplify's internal resourceName does.
const SiteName = "site"

// Hosting is `hosting.ElasticContainer`: the front end's containers served
// through an ALB that only CloudFront reaches, on the environment's domain.
type Hosting struct {
	// Site is the front end as a container API: its containers, built from
	// the front end's SourceDir, and its pipeline.
	Site API `json:"site" yaml:"site"`
	// Domain is this environment's site name (app.example.com, or an apex).
	Domain string `json:"domain" yaml:"domain"`
	// HostedZoneID is the Route53 zone that holds Domain, when there is one:
	// certificate validation and the site's records are then made there.
	HostedZoneID string `json:"hostedZoneId,omitempty" yaml:"hostedZoneId,omitempty"`
	// HealthCheckPath is what the load balancer asks the site for.
	HealthCheckPath string `json:"healthCheckPath" yaml:"healthCheckPath"`
	// RestrictAccess puts Cognito sign-in in front of the site (the load
	// balancer's authenticate-cognito action), with the user pool of AuthName.
	RestrictAccess bool   `json:"restrictAccess" yaml:"restrictAccess"`
	AuthName       string `json:"authName,omitempty" yaml:"authName,omitempty"`
	// Envs holds every environment's domain and zone, for their parameter files.
	Envs map[string]HostingEnv `json:"envs" yaml:"envs"`
}

// HostingEnv is one environment's part of the site: team-provider-info.json's
// categories.hosting.ElasticContainer, where Amplify keeps it.
type HostingEnv struct {
	Domain         string `json:"domain" yaml:"domain"`
	HostedZoneID   string `json:"hostedZoneId,omitempty" yaml:"hostedZoneId,omitempty"`
	RestrictAccess bool   `json:"restrictAccess,omitempty" yaml:"restrictAccess,omitempty"`
}

// hostingEntry is backend-config's hosting.ElasticContainer (healthCheckPath is dockstack's).
type hostingEntry struct {
	Service             string `json:"service"`
	ProviderPlugin      string `json:"providerPlugin"`
	DeploymentMechanism string `json:"deploymentMechanism"`
	HealthCheckPath     string `json:"healthCheckPath"`
	RestrictAccess      bool   `json:"restrictAccess"`
	// MutableParametersState.Permissions is the site's access to tables, as an API's.
	MutableParametersState struct {
		Permissions map[string]map[string][]string `json:"permissions"`
	} `json:"mutableParametersState"`
	DependsOn        []any             `json:"dependsOn"`
	ExposedContainer *exposedContainer `json:"exposedContainer"`
}

var (
	// domainRE: lower-case DNS labels, at least two (an apex such as example.com works).
	domainRE      = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`)
	hostedZoneRE  = regexp.MustCompile(`^Z[A-Z0-9]{1,31}$`)
	healthCheckRE = regexp.MustCompile(`^/[A-Za-z0-9._~/-]{0,511}$`)
)

// loadHosting reads the hosting site: its settings for every environment
// (each needs a domain of its own, so environments never collide) and its
// containers from the front end's SourceDir.
func loadHosting(root string, b *Backend, raw json.RawMessage, line int, harden bool, r *Report) *Hosting {
	var e hostingEntry
	// Leniently: Amplify's entry carries keys of its own (dependsOn, type, ...)
	// that an existing project keeps.
	if err := json.Unmarshal(raw, &e); err != nil {
		r.Errorf(BackendConfigFile, line, "hosting.ElasticContainer: %v", err)
		return nil
	}
	h := &Hosting{HealthCheckPath: "/"}
	if e.HealthCheckPath != "" {
		if !healthCheckRE.MatchString(e.HealthCheckPath) {
			r.Errorf(BackendConfigFile, line, "hosting.ElasticContainer: healthCheckPath %q must be a path such as /health", e.HealthCheckPath)
		}
		h.HealthCheckPath = e.HealthCheckPath
	}
	envs := hostingEnvs(root, r)
	names := slices.Sorted(maps.Keys(envs))
	seen := map[string]string{}
	for _, name := range names { // every environment's values go into its parameter file
		he := envs[name]
		if other, taken := seen[he.Domain]; taken && he.Domain != "" {
			r.Errorf(TeamProviderFile, 0, "environments %s and %s both serve the site on %s; give each its own domain (e.g. %s.%s), since a CloudFront alias belongs to one distribution: run `dockstack update hosting --domain NAME` in one of them", other, name, he.Domain, name, he.Domain)
		}
		seen[he.Domain] = name
		if he.Domain != "" && !domainRE.MatchString(he.Domain) {
			r.Errorf(TeamProviderFile, 0, "environment %s: hosting domain %q is not a domain name such as app.example.com (lower-case letters, digits and hyphens)", name, he.Domain)
		}
		if he.HostedZoneID != "" && !hostedZoneRE.MatchString(he.HostedZoneID) {
			r.Errorf(TeamProviderFile, 0, "environment %s: hostedZoneId %q is not a Route53 hosted zone id such as Z0123456789ABCDEFGHIJ", name, he.HostedZoneID)
		}
	}
	he, ok := envs[b.Env.Name]
	if !ok || he.Domain == "" {
		r.Errorf(TeamProviderFile, 0, "environment %s has no domain for the hosting site; run `dockstack update hosting --domain app.example.com` (a name you own; other environments need names of their own)", b.Env.Name)
	}
	h.Domain, h.HostedZoneID, h.Envs = he.Domain, he.HostedZoneID, envs
	h.RestrictAccess = e.RestrictAccess || he.RestrictAccess
	for _, name := range names {
		if envs[name].RestrictAccess != he.RestrictAccess && !e.RestrictAccess {
			r.Errorf(TeamProviderFile, 0, "environments %s and %s differ in restrictAccess for the hosting site; one template serves every environment: set it the same in both, or `\"restrictAccess\": true` on hosting.ElasticContainer in %s", b.Env.Name, name, BackendConfigFile)
			break
		}
	}
	if h.RestrictAccess {
		for _, a := range b.Auth {
			if a.HostedUIDomain != "" {
				h.AuthName = a.Name
				break
			}
		}
		if h.AuthName == "" {
			r.Errorf(BackendConfigFile, line, "the hosting site's sign-in needs Cognito's hosted UI: add auth with one (`dockstack add auth --hosted-ui-domain PREFIX`), or set restrictAccess to false")
		}
	}
	h.Site = API{Name: SiteName, Type: REST, DeploymentMechanism: FullyManaged, Dir: "amplify/backend/hosting/ElasticContainer", Src: b.Project.SourceDir,
		Permissions: e.MutableParametersState.Permissions}
	if b.Project.SourceDir == "" {
		r.Errorf(ProjectConfigFile, 0, "the hosting site is built from the front end's SourceDir, and %s.config.SourceDir is not set", b.Project.Frontend)
		return h
	}
	entry := apiEntry{ExposedContainer: e.ExposedContainer}
	if _, clean := loadContainers(root, &h.Site, entry, harden, r); clean {
		chooseEntrypoint(&h.Site, entry, "", line, r)
	}
	return h
}

// hostingEnvs reads every environment's hosting settings.
func hostingEnvs(root string, r *Report) map[string]HostingEnv {
	var tpi map[string]struct {
		Categories struct {
			Hosting struct {
				ElasticContainer HostingEnv `json:"ElasticContainer"`
			} `json:"hosting"`
		} `json:"categories"`
	}
	out := map[string]HostingEnv{}
	if !readJSON(root, TeamProviderFile, &tpi, true, r) {
		return out
	}
	for name, e := range tpi {
		he := e.Categories.Hosting.ElasticContainer
		he.Domain = strings.TrimSuffix(strings.ToLower(he.Domain), ".")
		out[name] = he
	}
	return out
}
