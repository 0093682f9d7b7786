package model

import (
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Options selects what Load reads.
type Options struct {
	// Env overrides the current environment from local-env-info.json.
	Env string
	// AllEnvs is for gen, which writes every environment's files: without a
	// current environment (local-env-info.json is not committed) it loads all
	// of them and chooses none.
	AllEnvs bool
}

// MaxContainers is ECS's limit of containers in one task definition.
const MaxContainers = 10

// composeNames are the compose file names looked for in src/, as docker compose looks for them.
var composeNames = []string{"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}

// Load reads the project at root into a Backend. The Report holds every
// problem found; callers decide with Report.Err whether the Backend is usable.
func Load(root string, opts Options) (*Backend, *Report) {
	r := &Report{}
	b := &Backend{Root: root}
	b.Project = loadProject(root, r)
	b.Env, b.Envs = loadEnvironment(root, opts, b.Project, r)
	bc := loadBackendConfig(root, r)
	if bc == nil {
		return b, r
	}
	bc.skipOthers(r)

	for _, name := range bc.names("storage") {
		if svc, ok := bc.header("storage", name, r); ok && svc == "DynamoDB" && resourceNameRule.check(BackendConfigFile, bc.line("storage", name), "storage name", name, r) {
			if t, ok := loadTable(root, name, r); ok {
				b.Tables = append(b.Tables, t)
			}
		}
	}
	for _, name := range bc.names("auth") {
		if svc, ok := bc.header("auth", name, r); ok && svc == "Cognito" && resourceNameRule.check(BackendConfigFile, bc.line("auth", name), "auth name", name, r) {
			b.Auth = append(b.Auth, loadAuth(root, name, r))
		}
	}
	if raw, ok := bc.categories["hosting"]["ElasticContainer"]; ok {
		b.Hosting = loadHosting(root, b, raw, bc.line("hosting", "ElasticContainer"), b.Project.HardenContainers, r)
	}
	for _, name := range bc.names("api") {
		if svc, ok := bc.header("api", name, r); !ok || svc != "ElasticContainer" {
			continue
		}
		if api, ok := loadAPI(root, bc, name, b.Project.HardenContainers, r); ok {
			b.APIs = append(b.APIs, api)
		}
	}
	if len(b.APIs) > 0 && b.Project.Frontend != "" && !b.Project.ContainersEnabled {
		r.Warnf(ProjectConfigFile, 0, "container-based deployments are not enabled for this project; run `dockstack configure project --containers=true`")
	}
	checkReferences(b, bc, r)
	return b, r
}

// loadAPI reads one container API: its backend-config entry, its containers and its policies.
func loadAPI(root string, bc *backendConfig, name string, harden bool, r *Report) (API, bool) {
	api, entry, ok := bc.api(name, r)
	if !ok {
		return api, false
	}
	loaded, clean := loadContainers(root, &api, entry, harden, r)
	if !loaded {
		return api, false
	}
	if clean {
		chooseEntrypoint(&api, entry, recordedEntrypoint(root, name), bc.line("api", name), r)
	}
	loadCustomPolicies(root, &api, r)
	return api, true
}

// loadContainers reads the compose file or Dockerfile in the API's source
// folder (src/ of an API, the front end's SourceDir for hosting): loaded
// when there is one to read, clean when every container came without error
// (errors elsewhere, e.g. a secret in an env file, leave the containers whole).
func loadContainers(root string, api *API, entry apiEntry, harden bool, r *Report) (loaded, clean bool) {
	src := api.SrcDir()
	file, err := findSource(root, src)
	if err != nil {
		hint := ""
		if api.GitHub != nil {
			hint = " (for a GitHub source, dockstack reads these files from the local checkout of that path)"
		}
		r.Errorf(src, 0, "%v%s", err, hint)
		return false, false
	}
	rel := filepath.ToSlash(filepath.Join(src, file))
	api.SourceFile = rel

	data, err := ReadFile(root, rel)
	if err != nil {
		r.Errorf(rel, 0, "cannot read: %v", err)
		return false, false
	}
	errorsBefore := r.Count(Error)
	complete := true
	if file == "Dockerfile" {
		loadDockerfileAPI(rel, data, api, harden, r)
		complete = r.Count(Error) == errorsBefore
	} else {
		complete = loadCompose(root, rel, data, api, entry.ComposeProfiles, harden, r)
	}
	if !harden {
		notHardened(api, r)
	}
	if file != "Dockerfile" && !buildsTopDockerfile(api) {
		if st, err := StatFile(root, src+"/Dockerfile"); err == nil && !st.IsDir() {
			r.Warnf(rel, 0, "%s/ holds both %s and a Dockerfile that no service builds: the compose file describes the API, so the Dockerfile is ignored (build it with `build: .` on a service, or remove one of the two)", path.Base(src), file)
		}
	}
	if len(api.Containers) == 0 && r.Count(Error) == errorsBefore {
		r.Errorf(rel, 0, "no service to run: the file has no services, or every service is disabled by its profiles (set \"composeProfiles\" on api.%s in %s, or COMPOSE_PROFILES in src/.env as for docker compose, to enable them)", api.Name, BackendConfigFile)
	}
	return true, complete && len(api.Containers) > 0
}

// findSource picks the compose file or Dockerfile in src/.
func findSource(root, src string) (string, error) {
	var found []string
	for _, n := range composeNames {
		st, err := StatFile(root, src+"/"+n)
		if IsOutside(err) {
			return "", err
		}
		if err == nil && !st.IsDir() {
			found = append(found, n)
		}
	}
	switch {
	case len(found) > 1:
		return "", fmt.Errorf("more than one compose file (%s); keep one", strings.Join(found, ", "))
	case len(found) == 1:
		return found[0], nil
	}
	st, err := StatFile(root, src+"/Dockerfile")
	if IsOutside(err) {
		return "", err
	}
	if err == nil && !st.IsDir() {
		return "Dockerfile", nil
	}
	if names, err := listDir(root, src); err == nil {
		for _, n := range names {
			if canonicalSourceName(n) != n {
				return "", fmt.Errorf("%s is named with the wrong case: rename it %q (builds and compose look for that name exactly)", n, canonicalSourceName(n))
			}
		}
	}
	return "", fmt.Errorf("no container definition: add a Dockerfile or a compose file (%s) to this folder", strings.Join(composeNames, ", "))
}

func canonicalSourceName(n string) string {
	for _, c := range append([]string{"Dockerfile"}, composeNames...) {
		if strings.EqualFold(c, n) {
			return c
		}
	}
	return n
}

// loadDockerfileAPI makes the single `api` container of a Dockerfile-only API, as Amplify names it.
func loadDockerfileAPI(rel string, data []byte, api *API, harden bool, r *Report) {
	info, err := ReadDockerfile(data, "", nil)
	if err != nil {
		line := 0
		if de, ok := err.(*DockerfileError); ok {
			line = de.Line
		}
		r.Errorf(rel, line, "%v", err)
		return
	}
	ports := info.Ports
	if len(ports) == 0 {
		ports = []Port{{Container: 80, Protocol: "tcp"}}
		r.Warnf(rel, 0, "no EXPOSE in the final stage; API Gateway will route to port 80 (add `EXPOSE <port>` to choose)")
	}
	c := Container{Name: "api", Build: &Build{Context: ".", Dockerfile: "Dockerfile"}, Essential: true, Ports: ports}
	if note := hardenContainer(&c, &info, false, dockerfileHints, harden); note != "" {
		r.Infof(rel, 0, "%s", note)
	}
	api.Containers = []Container{c}
	api.Task = Task{CPU: DefaultCPU, Memory: DefaultMemory, Replicas: 1, Architecture: "X86_64"}
}

// wireProtocols are the well-known ports of servers that do not speak HTTP.
var wireProtocols = map[int]string{5432: "PostgreSQL", 3306: "MySQL", 27017: "MongoDB", 1433: "SQL Server",
	9042: "Cassandra", 6379: "Redis", 11211: "Memcached", 5672: "AMQP", 9092: "Kafka", 2181: "ZooKeeper"}

// wireOnly reports, as an error, a compose file whose every port is a
// database's or broker's: one that starts a project's dependencies for local
// development while the app runs outside docker. API Gateway's HTTP API
// cannot reach any of them, so the app's own service is what is missing.
func wireOnly(api *API, candidates []Container, r *Report) bool {
	var listens []string
	for _, c := range candidates {
		for _, p := range tcpPorts(c.Ports) {
			proto, ok := wireProtocols[p]
			if !ok {
				return false
			}
			listens = append(listens, fmt.Sprintf("%s on %d (%s)", c.Name, p, proto))
		}
	}
	r.Errorf(api.SourceFile, 0, "no container serves HTTP: %s, which API Gateway's HTTP API cannot route to; the app itself is missing (run outside docker, as with a compose file for local development): add its service with the port it serves, e.g. `app: {build: ., ports: [\"8080:8080\"]}`", strings.Join(listens, ", "))
	return true
}

// chooseEntrypoint picks the container and port API Gateway routes to.
// The choice comes from backend-config.json only, which teams commit; Amplify
// kept it in amplify-meta.json, which they do not, so a choice found there is
// only named in the message that asks for it.
func chooseEntrypoint(api *API, entry apiEntry, recorded string, line int, r *Report) {
	// Containers with published ports (`ports:`) come first: one that only
	// exposes a port (a database's `expose: 5432`) serves its peers.
	var candidates []Container
	for _, published := range []bool{true, false} {
		for _, c := range api.Containers {
			if len(tcpPorts(c.Ports)) > 0 && (c.Published || !published) {
				candidates = append(candidates, c)
			}
		}
		if len(candidates) > 0 {
			break
		}
	}
	if len(candidates) == 0 {
		r.Errorf(api.SourceFile, 0, "no container has a TCP port for API Gateway to route to; add `ports:` to the service that serves the API (an HTTP API reaches TCP ports only)")
		return
	}
	if wireOnly(api, candidates, r) {
		return
	}
	names := make([]string, len(candidates))
	for i, c := range candidates {
		names[i] = c.Name
	}
	chosen := entry.ExposedContainer
	if len(candidates) == 1 && chosen == nil {
		api.Entrypoint = Entrypoint{Container: candidates[0].Name, Port: tcpPorts(candidates[0].Ports)[0]}
		severalPorts(api, candidates[0], r)
		return
	}
	how := fmt.Sprintf("run `dockstack update api %s --entrypoint CONTAINER` or set \"exposedContainer\": {\"name\": \"CONTAINER\"} on api.%s in %s", api.Name, api.Name, BackendConfigFile)
	if recorded != "" && chosen == nil {
		how = fmt.Sprintf("Amplify recorded %q in %s, which is not committed: run `dockstack update api %s --entrypoint %s` to keep that choice in %s", recorded, MetaFile, api.Name, recorded, BackendConfigFile)
	}
	if chosen == nil {
		r.Errorf(BackendConfigFile, line, "api %s: several containers have ports (%s); choose the one API Gateway routes to: %s", api.Name, strings.Join(names, ", "), how)
		api.EntrypointCandidates = names
		return
	}
	for _, c := range candidates {
		if c.Name != chosen.Name {
			continue
		}
		if chosen.Port == 0 {
			api.Entrypoint = Entrypoint{Container: c.Name, Port: tcpPorts(c.Ports)[0]}
			severalPorts(api, c, r)
			return
		}
		if slices.Contains(tcpPorts(c.Ports), chosen.Port) {
			api.Entrypoint = Entrypoint{Container: c.Name, Port: chosen.Port}
			return
		}
		r.Errorf(BackendConfigFile, line, "api %s: the entrypoint is port %d of %q, which the container does not expose over TCP (it has %s); %s", api.Name, chosen.Port, c.Name, portList(c.Ports), how)
		return
	}
	r.Errorf(BackendConfigFile, line, "api %s: the entrypoint container %q has no port or no longer exists (candidates: %s); %s", api.Name, chosen.Name, strings.Join(names, ", "), how)
}

// tcpPorts are the TCP ports among ps, in order: an HTTP API reaches no other.
func tcpPorts(ps []Port) []int {
	var out []int
	for _, p := range ps {
		if p.Protocol == "tcp" && !slices.Contains(out, p.Container) {
			out = append(out, p.Container)
		}
	}
	return out
}

func portList(ps []Port) string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d/%s", p.Container, p.Protocol))
	}
	return strings.Join(out, ", ")
}

// severalPorts notes which port was taken when the container has several.
func severalPorts(api *API, c Container, r *Report) {
	if ports := tcpPorts(c.Ports); len(ports) > 1 {
		r.Infof(api.SourceFile, 0, "api %s: %q has TCP ports %v; API Gateway routes to the first, %d (choose another with `dockstack update api %s --entrypoint %s:PORT`)", api.Name, c.Name, ports, ports[0], api.Name, c.Name)
	}
}

func loadCustomPolicies(root string, api *API, r *Report) {
	rel := api.Dir + "/custom-policies.json"
	data, err := ReadFile(root, rel)
	if err != nil {
		if !os.IsNotExist(err) {
			r.Errorf(rel, 0, "cannot read: %v", err)
		}
		return
	}
	stmts, issues, err := ParseCustomPolicies(data)
	if err != nil {
		line, msg := jsonErrorLine(data, err)
		r.Errorf(rel, line, "invalid: %s; it must be an array of {\"Action\": [...], \"Resource\": [...]}", msg)
		return
	}
	for _, is := range issues {
		if is.Warning {
			r.Warnf(rel, 0, "%s", is.Msg)
		} else {
			r.Errorf(rel, 0, "%s", is.Msg)
		}
	}
	api.CustomPolicies = stmts
}

// checkReferences checks what APIs point at: auth for restricted access, tables for permissions.
func checkReferences(b *Backend, bc *backendConfig, r *Report) {
	tables := map[string]bool{}
	for _, t := range b.Tables {
		tables[t.Name] = true
	}
	auths := map[string]bool{}
	for _, a := range b.Auth {
		auths[a.Name] = true
	}
	for i := range b.APIs {
		api := &b.APIs[i]
		line := bc.line("api", api.Name)
		if api.RestrictAccess {
			switch {
			case api.AuthName != "" && !auths[api.AuthName]:
				r.Errorf(BackendConfigFile, line, "api %s is restricted with auth %q, which does not exist; run `dockstack add auth --name %s` or fix authName", api.Name, api.AuthName, api.AuthName)
			case api.AuthName == "" && len(b.Auth) == 1:
				api.AuthName = b.Auth[0].Name
			case api.AuthName == "" && len(b.Auth) == 0:
				r.Errorf(BackendConfigFile, line, "api %s restricts access but the project has no auth resource; run `dockstack add auth` first", api.Name)
			case api.AuthName == "":
				r.Errorf(BackendConfigFile, line, "api %s restricts access but names no authName and the project has several auth resources; set authName", api.Name)
			}
		}
		checkPermissions(api, line, tables, r)
		checkInjectedNames(b, api, r)
	}
	if h := b.Hosting; h != nil {
		checkPermissions(&h.Site, bc.line("hosting", "ElasticContainer"), tables, r)
		checkInjectedNames(b, &h.Site, r)
	}
}

// checkPermissions checks an API's (or the site's) access to the project's tables.
func checkPermissions(api *API, line int, tables map[string]bool, r *Report) {
	for _, cat := range slices.Sorted(maps.Keys(api.Permissions)) {
		for _, res := range slices.Sorted(maps.Keys(api.Permissions[cat])) {
			if cat != "storage" {
				r.Errorf(BackendConfigFile, line, "api %s: access to %s/%s is not supported; containers can be given access to storage tables", api.Name, cat, res)
				continue
			}
			if !tables[res] {
				r.Errorf(BackendConfigFile, line, "api %s: access to storage %q, which is not a DynamoDB table of this project; add it with `dockstack add storage` or remove the permission", api.Name, res)
			}
			for _, op := range api.Permissions[cat][res] {
				if op != "create" && op != "read" && op != "update" && op != "delete" {
					r.Errorf(BackendConfigFile, line, "api %s: permission %q on storage %q is not create, read, update or delete", api.Name, op, res)
				}
			}
		}
	}
}

// buildsTopDockerfile reports whether a service builds src/Dockerfile.
func buildsTopDockerfile(api *API) bool {
	for _, c := range api.Containers {
		if c.Build != nil && (c.Build.Context == "." || c.Build.Context == "") && c.Build.Dockerfile == "Dockerfile" {
			return true
		}
	}
	return false
}
