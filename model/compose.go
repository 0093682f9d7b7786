package model

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/sirupsen/logrus"
)

// composeFile is one compose file being mapped: its path, key positions and project.
type composeFile struct {
	root   string // project root
	rel    string // the compose file, relative to root
	srcDir string // absolute src/ folder
	// keys has the positions of the compose file's keys and, after them, of
	// the keys only its override file has: lines past mainLines are the
	// override's (remapped to it as problems are reported, see loadCompose).
	keys      *yamlKeys
	mainLines int
	order     []string // enabled services in file order
	// usedSecrets are the secrets some service lists, whether or not they mapped.
	usedSecrets map[string]bool
	containers  map[string]string   // service -> container name
	dotEnv      map[string]string   // src/.env
	hasDotEnv   bool                // src/.env is here
	lookedUp    map[string]bool     // variables interpolation asked for: found or not
	harden      bool                // the project hardens built containers
	localKeys   map[string][]string // keys that matter only locally -> services that set them
	localOrder  []string
	listed      map[string]bool     // x-dockstack-secrets
	unlisted    []string            // secrets by name an error asked to list there
	envFiles    map[string]envFile  // env files read, by path
	envFilesOf  map[string][]string // each service's env files in order (compose-go forgets them once merged)
	fromDotEnv  map[string][]string // variable -> the .env variables interpolated as its whole value
	reported    map[string]bool     // secrets by name refused already (one error each)
	r           *Report
}

// loadCompose reads a compose file with compose-go and maps its services to
// containers; complete when every enabled service became one (each without
// error), so that the entrypoint can be chosen even while other errors stand.
// Interpolation uses src/.env only: the process environment never reaches the model.
func loadCompose(root, rel string, data []byte, api *API, profiles []string, harden bool, r *Report) (complete bool) {
	// compose-go resolves paths against the working folder; absolute ones compare with the project's.
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	srcDir := filepath.Dir(filepath.Join(root, rel))
	cf := &composeFile{root: root, rel: rel, srcDir: srcDir, r: r, usedSecrets: map[string]bool{}, containers: map[string]string{}, lookedUp: map[string]bool{}, envFiles: map[string]envFile{}, envFilesOf: map[string][]string{}, fromDotEnv: map[string][]string{}, reported: map[string]bool{}, harden: harden, localKeys: map[string][]string{}}
	keys, err := readYAMLKeys(data)
	if err != nil {
		line := yamlErrorLine(err)
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if bad := misindented(data); strings.Contains(msg, "did not find expected") && bad > line {
			line, msg = bad, fmt.Sprintf("this line's indentation matches no enclosing block (the parser said: %s)", msg)
		}
		r.Errorf(rel, line, "not valid YAML: %s", msg)
		return false
	}
	cf.keys, cf.mainLines = keys, strings.Count(string(data), "\n")+1
	if !cf.checkPortRanges() {
		return false
	}
	loadable, ok := checkComposeRefs(root, rel, data, r)
	if !ok {
		return false
	}
	override, ok := cf.override()
	if !ok {
		return false
	}
	cf.otherComposeFiles()
	if override != nil {
		defer r.moveLines(len(r.Problems), rel, cf.mainLines, cf.relPath(override.Filename))
	}
	project, err := cf.load(loadable, override, api.Name, profiles)
	if err == nil {
		project, err = cf.resolveFiles(project)
	}
	if err != nil {
		r.Errorf(rel, cf.errorLine(err.Error()), "%s", composeMessage(err, root))
		return false
	}
	cf.checkTopLevel()
	cf.checkVariables(data)
	cf.suggestListing()
	secrets := cf.secrets(project)
	api.Secrets = secrets
	cf.order = cf.serviceOrder(project)
	cf.checkCount(project)
	for _, name := range cf.order {
		svc := project.Services[name]
		if c, ok := cf.container(svc, project, secrets); ok {
			api.Containers = append(api.Containers, c)
			cf.containers[name] = c.Name
		}
	}
	complete = len(api.Containers) == len(cf.order)
	cf.reportLocalKeys()
	cf.volumes(project, api)
	cf.checkSecretUse(api)
	cf.bareSecrets(api)
	cf.envSecrets(project, api)
	cf.plainSecrets(api)
	cf.checkNames(api)
	cf.checkCollisions(api)
	cf.task(project, api)
	cf.checkStateful(project, api)
	cf.dependencies(project, api)
	cf.secretFiles(api)
	cf.peers(api)
	return complete
}

// checkCount refuses more services than a task holds, before anything else
// about them (it came after every other error was fixed), counting the
// container that writes secret files.
func (cf *composeFile) checkCount(p *types.Project) {
	n, writer := len(cf.order), ""
	for _, name := range cf.order {
		if len(p.Services[name].Secrets) > 0 {
			n, writer = n+1, " and the container that writes their secret files"
			break
		}
	}
	if n > MaxContainers {
		cf.r.Errorf(cf.rel, cf.keys.line("services"), "%d services%s: a Fargate task holds at most %d containers; split the API into several APIs", len(cf.order), writer, MaxContainers)
	}
}

// otherComposeFiles names the compose files next to this one that docker
// compose reads only when told (`-f docker-compose.without-nginx.yml`, as
// mattermost's README says): dockstack reads none of them, and a user who
// deploys with one needs to know how to bring it in.
func (cf *composeFile) otherComposeFiles() {
	names, err := listDir(cf.root, path.Dir(cf.rel))
	if err != nil {
		return
	}
	var others []string
	for _, n := range slices.Sorted(slices.Values(names)) {
		if composeFileName.MatchString(n) && n != path.Base(cf.rel) && !slices.Contains(overrideNames, n) && !slices.Contains(composeNames, n) {
			others = append(others, n)
		}
	}
	if len(others) > 0 {
		cf.r.Infof(cf.rel, 0, "%s: docker compose reads these only when named with -f, and dockstack not at all: to deploy one on its own, make it %s; to merge it over %s (`docker compose -f %s -f FILE`), name it docker-compose.override.yml", strings.Join(others, ", "), path.Base(cf.rel), path.Base(cf.rel), path.Base(cf.rel))
	}
}

// overrideNames are the files docker compose merges over the compose file by default.
var overrideNames = []string{"compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"}

// override finds and checks the override file next to the compose file, as
// `docker compose up` merges it; false when it is refused (reported).
func (cf *composeFile) override() (*types.ConfigFile, bool) {
	for _, name := range overrideNames {
		rel := path.Join(path.Dir(cf.rel), name)
		st, err := StatFile(cf.root, rel)
		if IsOutside(err) {
			cf.r.Errorf(rel, 0, "%v", err)
			return nil, false
		}
		if err != nil || st.IsDir() {
			continue
		}
		data, err := ReadFile(cf.root, rel)
		if err != nil {
			cf.r.Errorf(rel, 0, "%v", err)
			return nil, false
		}
		keys, err := readYAMLKeys(data)
		if err != nil {
			cf.r.Errorf(rel, yamlErrorLine(err), "not valid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
			return nil, false
		}
		cf.keys.add(keys, cf.mainLines)
		loadable, ok := checkComposeRefs(cf.root, rel, data, cf.r)
		if !ok {
			return nil, false
		}
		cf.r.Infof(rel, 0, "merged over %s, as `docker compose up` does; rename it if it is for local development only", path.Base(cf.rel))
		return &types.ConfigFile{Filename: filepath.Join(cf.root, rel), Content: loadable}, true
	}
	return nil, true
}

// load runs compose-go. It recovers from a panic in the loader so that no input crashes dockstack.
func (cf *composeFile) load(data []byte, override *types.ConfigFile, name string, profiles []string) (p *types.Project, err error) {
	defer func() {
		if v := recover(); v != nil {
			p, err = nil, fmt.Errorf("the compose loader could not read this file (%v); check the values' types against the Compose Specification", v)
		}
	}()
	// compose-go logs through logrus (e.g. "version is obsolete"); the model reports such things itself.
	logrus.SetOutput(io.Discard)
	envs := map[string]string{}
	dotEnv := cf.relSrc() + "/.env"
	if st, statErr := StatFile(cf.root, dotEnv); statErr == nil && !st.IsDir() {
		data, err := ReadFile(cf.root, dotEnv)
		if err == nil {
			envs, err = dotenv.UnmarshalBytesWithLookup(data, nil)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", dotEnv, err)
		}
		cf.hasDotEnv = true
	} else if IsOutside(statErr) {
		return nil, statErr
	}
	details := types.ConfigDetails{
		WorkingDir:  cf.srcDir,
		ConfigFiles: []types.ConfigFile{{Filename: filepath.Join(cf.root, cf.rel), Content: data}},
		Environment: envs,
	}
	if override != nil {
		details.ConfigFiles = append(details.ConfigFiles, *override)
	}
	cf.dotEnv = envs
	return loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		// Record the variables looked up: unset ones are warned about (as docker
		// compose does), and secrets taken from .env are refused (vars.go).
		lookup := o.Interpolate.LookupValue
		o.Interpolate.LookupValue = func(key string) (string, bool) {
			v, ok := lookup(key)
			cf.lookedUp[key] = ok
			return v, ok
		}
		o.SetProjectName(loader.NormalizeProjectName(name), true)
		o.ResolvePaths = true
		if profiles == nil && envs["COMPOSE_PROFILES"] != "" {
			// docker compose takes the active profiles from .env when none are given.
			profiles = strings.Split(envs["COMPOSE_PROFILES"], ",")
		}
		o.Profiles = profiles
		// env_file and label_file are read by resolveFiles, once their paths are checked.
		o.SkipResolveEnvironment = true
		o.SkipResolveLabels = true
	})
}

// resolveFiles merges env_file and label_file into the services once every
// such file is known to be inside the project.
func (cf *composeFile) resolveFiles(p *types.Project) (*types.Project, error) {
	for _, svc := range p.Services {
		var paths []string
		for _, f := range svc.EnvFiles {
			paths = append(paths, f.Path)
		}
		paths = append(paths, svc.LabelFiles...)
		for i, f := range paths {
			rel, err := Inside(cf.root, f)
			if err == nil {
				_, err = StatFile(cf.root, rel)
			}
			if IsOutside(err) {
				return nil, fmt.Errorf("services.%s: file %s leads outside the project; dockstack reads only files inside the project: move it into src/", svc.Name, cf.relPath(f))
			}
			if i < len(svc.EnvFiles) && err == nil {
				cf.envFilesOf[svc.Name] = append(cf.envFilesOf[svc.Name], rel)
			}
		}
	}
	var services []types.ServiceConfig
	for _, name := range slices.Sorted(maps.Keys(p.Services)) {
		services = append(services, p.Services[name])
	}
	cf.readListedSecrets(p)
	cf.envFileSecrets(services)
	p, err := p.WithServicesEnvironmentResolved(true)
	if err != nil {
		return nil, err
	}
	return p.WithServicesLabelsResolved(true)
}

// composePathRE finds "services.web.ports" or "services[web].healthcheck" in compose-go's messages.
// maxPortRange bounds a port range: a container that publishes more ports is
// not something Fargate behind API Gateway can use, and compose-go expands
// ranges one port at a time (seconds for 1-65535).
const maxPortRange = 100

var portRangeRE = regexp.MustCompile(`(\d+)-(\d+)`)

// checkPortRanges rejects huge port ranges before compose-go expands them.
func (cf *composeFile) checkPortRanges() bool {
	ok := true
	for _, service := range cf.keys.order["services"] {
		for _, key := range []string{"ports", "expose"} {
			for _, item := range cf.keys.scalars[joinPath(joinPath("services", service), key)] {
				for _, m := range portRangeRE.FindAllStringSubmatch(item.value, -1) {
					lo, _ := strconv.Atoi(m[1])
					hi, _ := strconv.Atoi(m[2])
					if hi-lo >= maxPortRange {
						cf.r.Errorf(cf.rel, item.line, "service %q: %s %q spans %d ports; use at most %d (API Gateway reaches one port per API)", service, key, item.value, hi-lo+1, maxPortRange)
						ok = false
						break // one message per entry
					}
				}
			}
		}
	}
	return ok
}

var composePathRE = regexp.MustCompile(`services(?:\.|\[)([A-Za-z0-9_-]+)\]?(?:\.([a-z_]+))?`)

// errorLine finds the line of the service key a compose-go message names, if any.
func (cf *composeFile) errorLine(msg string) int {
	if m := composePathRE.FindStringSubmatch(msg); m != nil {
		return cf.keys.line("services", m[1], m[2])
	}
	if m := regexp.MustCompile(`service "([^"]+)"`).FindStringSubmatch(msg); m != nil {
		return cf.keys.line("services", m[1])
	}
	return 0
}

// composeMessage makes compose-go's wording more direct about what to do,
// with paths relative to the project root.
func composeMessage(err error, root string) string {
	msg := strings.ReplaceAll(err.Error(), filepath.Clean(root)+string(filepath.Separator), "")
	msg = strings.Join(strings.Fields(msg), " ") // compose-go joins some errors with blank lines
	if m := unknownKeyRE.FindStringSubmatch(msg); m != nil {
		// "services.web.prots false schema": say it in words, with the key meant.
		where, key := m[1], m[2]
		keys := TopLevelKeys
		if strings.HasPrefix(where, "services.") {
			keys = ServiceKeys
		}
		msg = fmt.Sprintf("%s: %q is not a Compose Specification key", where, key)
		if near := nearestKey(key, keys); near != "" {
			msg += fmt.Sprintf("; did you mean %q?", near)
		} else {
			msg += "; check its spelling and indentation"
		}
		return msg
	}
	if strings.Contains(msg, "additional properties") || strings.Contains(msg, "false schema") {
		msg += " (not a Compose Specification key: check its spelling and indentation)"
	}
	if strings.Contains(msg, "required variable") {
		msg += " (variables come from src/.env only: gen reads no machine environment)"
	}
	return msg
}

// unknownKeyRE finds compose-go's schema message about a key that is not in the specification.
var unknownKeyRE = regexp.MustCompile(`(services\.[^ .]+|[a-z_]+)\.([A-Za-z0-9_-]+) false schema`)

// nearestKey is the known key within two edits of key, if any.
func nearestKey(key string, known map[string]KeyRule) string {
	best, bestDist := "", 3
	for k := range known {
		if d := EditDistance(key, k); d < bestDist || d == bestDist && k < best {
			best, bestDist = k, d
		}
	}
	return best
}

// EditDistance is the Levenshtein distance between a and b (for "did you mean").
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// serviceOrder is the services in file order (compose-go keeps a map), enabled ones only.
func (cf *composeFile) serviceOrder(p *types.Project) []string {
	var names []string
	seen := map[string]bool{}
	for _, n := range cf.keys.order["services"] {
		if _, ok := p.Services[n]; ok {
			names = append(names, n)
			seen[n] = true
		}
	}
	var rest []string // services from extends/include files
	for n := range p.Services {
		if !seen[n] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	for n := range p.DisabledServices {
		cf.r.Infof(cf.rel, cf.keys.line("services", n), "service %q is skipped: its profiles are not active (set \"composeProfiles\" on the API in backend-config.json, or COMPOSE_PROFILES in src/.env as for docker compose, to build it)", n)
	}
	return append(names, rest...)
}

// checkTopLevel reports each top-level key's outcome from the table.
func (cf *composeFile) checkTopLevel() {
	for _, key := range cf.keys.order[""] {
		rule, known := TopLevelKeys[key]
		line := cf.keys.line(key)
		switch {
		case key == secretsExtension:
		case strings.HasPrefix(key, "x-"):
			cf.r.Infof(cf.rel, line, "extension %q is ignored", key)
		case !known:
			// compose-go rejects unknown keys before we get here.
		case rule.Outcome == Noted:
			cf.r.Infof(cf.rel, line, "%s: %s", key, rule.Detail)
		case rule.Outcome == Ignored:
			cf.r.Warnf(cf.rel, line, "%s is ignored: %s", key, rule.Detail)
		case rule.Outcome == Rejected:
			cf.r.Errorf(cf.rel, line, "%s: %s", key, rule.Detail)
		}
	}
}

// secrets maps the top-level secrets and checks their files.
func (cf *composeFile) secrets(p *types.Project) []Secret {
	var keys []string
	for k := range p.Secrets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Secret
	for _, key := range keys {
		s := p.Secrets[key]
		line := cf.keys.line("secrets", key)
		if s.File == "" {
			cf.r.Errorf(cf.rel, line, "secret %q must have `file:` pointing at a file of the project, best a .secret-* file outside src/ (environment, content and external secrets are not supported)", key)
			continue
		}
		name := key
		if cf.keys.lines[joinPath(joinPath("secrets", key), "name")] > 0 && s.Name != "" {
			name = s.Name
		}
		if !secretNameRE.MatchString(name) {
			cf.r.Errorf(cf.rel, line, "secret name %q may use only letters, digits and /_+=.@-", name)
		}
		file := s.File
		base := filepath.Base(file)
		relFile := cf.relPath(file)
		insideSrc := file == cf.srcDir || strings.HasPrefix(file, cf.srcDir+string(filepath.Separator))
		if ambiguousSecretRE.MatchString(name) {
			cf.r.Errorf(cf.rel, line, "secret name %q ends with a hyphen and six characters, which Secrets Manager takes for the random suffix of another secret's ARN (the task could not read it); rename it, e.g. %q", name, strings.ReplaceAll(name, "-", "_"))
		}
		st, err := cf.stat(file)
		missing := false
		dir := filepath.ToSlash(filepath.Dir(cf.relSrc()))
		switch {
		case IsOutside(err):
			cf.r.Errorf(cf.rel, line, "secret %q: file %s leads outside the project; dockstack reads only files inside the project: put it at %s/secrets/.secret-%s", key, relFile, dir, strings.ToLower(key))
			continue
		case err != nil:
			// .secret-* files are not committed: gen needs no value, and deploy --secrets skip uses the cloud's.
			cf.r.Infof(cf.rel, line, "secret %q: %s is not here (secret files are not committed); deploy stores its value from it, or uses the value already in the cloud with --secrets skip", key, relFile)
			missing = true
		case st.IsDir():
			cf.r.Errorf(cf.rel, line, "secret %q: %s is a folder, not a file", key, relFile)
			continue
		case insideSrc:
			// Real projects keep db/password.txt next to the compose file: the
			// bundle leaves declared secret files out, so the value never reaches the build.
			cf.r.Warnf(cf.rel, line, "secret %q: %s is inside src/; dockstack leaves it out of the source bundle, but it sits with the code (and maybe in git): move it to %s/secrets/.secret-%s", key, relFile, dir, strings.ToLower(key))
		case !strings.HasPrefix(base, ".secret-"):
			cf.r.Warnf(cf.rel, line, "secret %q: Amplify's .gitignore keeps only .secret-* files out of git; rename %s to %s/.secret-%s unless it is ignored already", key, relFile, filepath.ToSlash(filepath.Dir(relFile)), strings.ToLower(key))
		}
		out = append(out, Secret{Key: key, Name: name, File: relFile, Missing: missing})
	}
	return out
}

var (
	secretNameRE      = regexp.MustCompile(`^[A-Za-z0-9/_+=.@-]+$`)
	ambiguousSecretRE = regexp.MustCompile(`-[^-]{6}$`)
)

func (cf *composeFile) relSrc() string { return cf.relPath(cf.srcDir) }

// stat describes a file compose-go resolved to an absolute path, if it is inside the project.
func (cf *composeFile) stat(abs string) (os.FileInfo, error) {
	rel, err := Inside(cf.root, abs)
	if err != nil {
		return nil, err
	}
	return StatFile(cf.root, rel)
}

// relPath shows an absolute path relative to the project root, as every message does.
func (cf *composeFile) relPath(abs string) string {
	rel, err := filepath.Rel(cf.root, abs)
	if err != nil {
		return abs
	}
	return filepath.ToSlash(rel)
}

// checkSecretUse warns about declared secrets no container reads (Amplify users hit this, #7661).
func (cf *composeFile) checkSecretUse(api *API) {
	for _, s := range api.Secrets {
		if !cf.usedSecrets[s.Key] {
			cf.r.Warnf(cf.rel, cf.keys.line("secrets", s.Key), "secret %q is declared but no service lists it under `secrets:`, so no container receives it", s.Key)
		}
	}
}

var containerNameRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,255}$`)

// checkNames makes sure container names are unique and valid for ECS.
func (cf *composeFile) checkNames(api *API) {
	seen := map[string]bool{}
	for _, c := range api.Containers {
		if seen[c.Name] {
			cf.r.Errorf(cf.rel, 0, "two services map to the container name %q; give one a different container_name", c.Name)
		}
		seen[c.Name] = true
	}
}
