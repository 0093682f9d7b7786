package model

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
)

// All containers of a task share one network namespace: a compose service
// name does not resolve there, localhost does. peers rewrites what it can
// (environment values) and warns about what it cannot (commands, config files).
func (cf *composeFile) peers(api *API) {
	var names []string
	for svc, c := range cf.containers {
		names = append(names, svc)
		if c != svc {
			names = append(names, c)
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) == 0 {
		return
	}
	peers := matchers(names)
	for i := range api.Containers {
		c := &api.Containers[i]
		svc := serviceOf(cf, c.Name)
		line := cf.keys.line("services", svc, "environment")
		for j, e := range c.Environment {
			if v, peer := toLocalhost(e.Name, e.Value, peers); peer != "" {
				cf.r.Infof(cf.rel, line, "service %q: %s=%s reaches service %q by name; in one Fargate task the containers share localhost, so it is %s", svc, e.Name, masked(e.Value), peer, masked(v))
				c.Environment[j].Value = v
			}
		}
		for _, arg := range append(slices.Clone(c.Entrypoint), c.Command...) {
			if peer := namedPeer(arg, peers); peer != "" {
				key := "command"
				if slices.Contains(c.Entrypoint, arg) {
					key = "entrypoint"
				}
				cf.r.Warnf(cf.rel, cf.keys.line("services", svc, key), "service %q: its command reaches service %q by name (%s), which does not resolve on Fargate; write localhost (or 127.0.0.1) instead", svc, peer, masked(arg))
			}
		}
	}
	cf.peersInFiles(api, peers)
	cf.samePorts(api)
}

// hostWords are the words of a variable name (split at _ . -) that say its bare value is a host.
var hostWords = []string{"HOST", "HOSTS", "HOSTNAME", "SERVER", "SERVERS", "ADDR", "ADDRESS", "ENDPOINT", "URL", "URI", "DSN", "BROKER", "BROKERS", "NODES"}

func hostVar(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
		if slices.Contains(hostWords, w) {
			return true
		}
	}
	return false
}

// userinfoRE finds a URL's password and passwordRE a connection string's,
// which no message repeats.
var (
	userinfoRE = regexp.MustCompile(`(://[^/:@\s]*):[^@/\s]*@`)
	passwordRE = regexp.MustCompile(`(?i)\b(password|passwd|pwd)=[^;"'\s&]*`)
)

func masked(s string) string {
	return passwordRE.ReplaceAllString(userinfoRE.ReplaceAllString(s, "${1}:***@"), "${1}=***")
}

// peer is a service name and the expressions that find it used as a host,
// compiled once per load.
type peer struct {
	name string
	// host finds name:port (at the start, after a separator, "://" or a
	// URL's user) and a URL's host without a port.
	host []*regexp.Regexp
	// setting finds a host given in code or a connection string (Server=db;
	// host="redis"), nginx an upstream's `server backend:8000;`.
	setting, nginx *regexp.Regexp
}

func matchers(names []string) []peer {
	var out []peer
	for _, name := range names {
		n := regexp.QuoteMeta(name)
		out = append(out, peer{name: name,
			host: []*regexp.Regexp{
				regexp.MustCompile(`(^|[,;\s"'=(]|://|://[^/@\s]*@)` + n + `(:\d+)`),
				regexp.MustCompile(`(://|://[^/@\s]*@)` + n + `([/?,;\s"']|$)`),
			},
			setting: regexp.MustCompile(`(?i)\b(server|host|hostname|address)\s*[=:]\s*["']?` + n + `["';,)\s]`),
			nginx:   regexp.MustCompile(`\bserver\s+` + n + `(:\d+)?\s*;`),
		})
	}
	return out
}

func (p peer) namesHost(s string) bool {
	for _, re := range p.host {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// toLocalhost rewrites a value that names a peer as a host: the bare name
// (in a variable whose name says host), name:port, or a URL on it. It
// returns the new value and the peer, or "" when nothing names a peer.
func toLocalhost(varName, value string, peers []peer) (string, string) {
	for _, p := range peers {
		if value == p.name && hostVar(varName) {
			return "localhost", p.name
		}
		if p.namesHost(value) {
			for _, re := range p.host {
				value = re.ReplaceAllString(value, "${1}localhost${2}")
			}
			return value, p.name
		}
	}
	return value, ""
}

// namedPeer is the peer an argument reaches by name:port or URL, if any.
func namedPeer(s string, peers []peer) string {
	for _, p := range peers {
		if p.namesHost(s) {
			return p.name
		}
	}
	return ""
}

// wiringExts are the files in build contexts that may wire services together
// (nginx and HAProxy configs, app settings, source code); dockstack reads
// them only to warn, never to change them.
var wiringExts = []string{".conf", ".cfg", ".ini", ".template", ".toml", ".properties", ".yml", ".yaml", ".json",
	".js", ".mjs", ".cjs", ".ts", ".py", ".rb", ".go", ".java", ".kt", ".cs", ".php", ".rs", ".ex", ".exs"}

// composeFileName matches compose files, which a build context often holds:
// the one in use has its values rewritten (or reported) by key, the others
// (docker-compose.prod.yml, a CI file) do not run here.
var composeFileName = regexp.MustCompile(`^(docker-)?compose([.-][^/]*)?\.ya?ml$`)

// peersInFiles warns about files in the build contexts and bind mounts that
// reach a peer by name: an nginx `proxy_pass http://backend:8000`, a
// connection string `Server=db;`, `Redis(host="redis")`.
func (cf *composeFile) peersInFiles(api *API, peers []peer) {
	dirs := map[string]bool{}
	for _, c := range api.Containers {
		if b := c.Build; b != nil {
			dirs[b.Context] = true
			for _, cp := range b.Copies {
				dirs[cp.Src] = true
			}
		}
	}
	src := cf.relSrc()
	read := map[string]bool{} // a file in a build context and a bind mount is read once
	for _, dir := range slices.Sorted(maps.Keys(dirs)) {
		_ = WalkInside(cf.srcDir, dir, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil // an unreadable entry (or a missing folder): nothing to warn about there
			case d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && p != dir):
				return fs.SkipDir
			}
			if d.IsDir() || !slices.Contains(wiringExts, path.Ext(p)) && p != dir || composeFileName.MatchString(d.Name()) {
				return nil
			}
			if read[p] {
				return nil
			}
			read[p] = true
			// Config and source files are small: a big one (a bundle, a dump) is not read at all.
			if st, err := StatFile(cf.srcDir, p); err != nil || st.Size() > 64<<10 {
				return nil
			}
			data, err := ReadFile(cf.srcDir, p)
			if err != nil {
				return nil
			}
			// The expressions run only where a peer's name appears: most files name none.
			var named []peer
			for _, peer := range peers {
				if strings.Contains(string(data), peer.name) {
					named = append(named, peer)
				}
			}
			if len(named) == 0 {
				return nil
			}
			for i, text := range strings.Split(string(data), "\n") {
				if strings.HasPrefix(strings.TrimSpace(text), "#") {
					continue
				}
				for _, peer := range named {
					if !strings.Contains(text, peer.name) {
						continue
					}
					if peer.namesHost(text) || peer.nginx.MatchString(text) || peer.setting.MatchString(text) {
						cf.r.Warnf(src+"/"+p, i+1, "reaches service %q by name (%s), which does not resolve on Fargate: the task's containers share localhost, so write 127.0.0.1 for %s", peer.name, masked(strings.TrimSpace(text)), peer.name)
					}
				}
			}
			return nil
		})
	}
}

// samePorts refuses two containers listening on one port: in one task they
// share the network, and the second fails to bind.
func (cf *composeFile) samePorts(api *API) {
	owner := map[Port]*Container{}
	for i := range api.Containers {
		c := &api.Containers[i]
		for _, p := range c.Ports {
			other, taken := owner[p]
			if !taken {
				owner[p] = c
				continue
			}
			a, b := serviceOf(cf, other.Name), serviceOf(cf, c.Name)
			change := "make one listen on another port (and change its `ports:`), or move it to an API of its own"
			if copies(*other, *c) {
				change = fmt.Sprintf("they run the same image, so remove %q%s and give %q `deploy: {replicas: 2}`: each task is a copy, and peers reach it on 127.0.0.1:%d", b, dependants(cf, api, c.Name), a, p.Container)
			}
			cf.r.Errorf(cf.rel, cf.keys.line("services", b, "ports"), "services %q and %q both listen on port %d/%s; in one Fargate task they share one network, so the second cannot start: %s", a, b, p.Container, p.Protocol, change)
		}
	}
}

// dependants says which services' depends_on name a container, as a clause.
func dependants(cf *composeFile, api *API, container string) string {
	var names []string
	for _, c := range api.Containers {
		if slices.ContainsFunc(c.DependsOn, func(d Dependency) bool { return d.Container == container }) {
			names = append(names, fmt.Sprintf("%q", serviceOf(cf, c.Name)))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " (and from the depends_on of " + strings.Join(names, ", ") + ")"
}

// copies reports whether two containers are copies of one service, as in a
// load balancer's pool: the same image (or build) run the same way. Services
// built from one image that run different programs (another command, working
// folder or environment) are not.
func copies(a, b Container) bool {
	run := func(c Container) Container {
		return Container{Build: c.Build, Image: c.Image, Command: c.Command, Entrypoint: c.Entrypoint,
			WorkingDir: c.WorkingDir, Environment: c.Environment, Secrets: c.Secrets, Mounts: c.Mounts}
	}
	return reflect.DeepEqual(run(a), run(b))
}
