package model

import (
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// compose-go reads the files that `include` and `extends` name (and the .env
// of an included project) itself, with plain file calls. Before it runs,
// checkComposeRefs walks those references, recursively, and refuses any that
// leads outside the project, so compose-go only ever opens files that
// os.Root has let through. It also refuses `~` in every path key: dockstack
// never expands a home folder.

// maxIncludeDepth bounds include and extends chains.
const maxIncludeDepth = 10

type refChecker struct {
	root string
	seen map[string]bool
	r    *Report
	// left out counts the refused home-folder mounts removed from the file
	// itself: reported, they need not stop the rest of it being checked.
	leftOut int
}

// checkComposeRefs checks the compose file rel (data) and every file it
// includes or extends, and returns what compose-go may load: data, or data
// without the home-folder mounts it reported, so that every other error of
// the file comes in the same run. Any other refusal stops the load (false).
func checkComposeRefs(root, rel string, data []byte, r *Report) ([]byte, bool) {
	rc := &refChecker{root: root, seen: map[string]bool{rel: true}, r: r}
	before := r.Count(Error)
	doc := rc.file(rel, data, 0)
	if r.Count(Error)-before > rc.leftOut {
		return nil, false
	}
	if rc.leftOut == 0 {
		return data, true
	}
	out, err := yaml.Marshal(doc)
	return out, err == nil
}

func (rc *refChecker) file(rel string, data []byte, depth int) *yaml.Node {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return nil // the loader reports syntax errors, with their lines
	}
	top := doc.Content[0]
	dir := path.Dir(rel)
	for _, inc := range seq(mapValue(top, "include")) {
		projectDir := dir
		var files []*yaml.Node
		switch inc.Kind {
		case yaml.ScalarNode:
			files = []*yaml.Node{inc}
		case yaml.MappingNode:
			files = scalarsOf(mapValue(inc, "path"))
			if pd := mapValue(inc, "project_directory"); pd != nil && pd.Kind == yaml.ScalarNode {
				if p, ok := rc.resolve(rel, dir, pd, "include project_directory"); ok {
					projectDir = p
				}
			}
			for _, ef := range scalarsOf(mapValue(inc, "env_file")) {
				rc.resolve(rel, dir, ef, "include env_file")
			}
		}
		rc.dotEnv(rel, projectDir, inc.Line)
		for _, f := range files {
			rc.follow(rel, dir, f, "include", depth)
		}
	}
	// Extensions hold the fragments services merge (`x-app: &app`, `<<: *app`).
	for i := 0; i+1 < len(top.Content); i += 2 {
		if strings.HasPrefix(top.Content[i].Value, "x-") && top.Content[i+1].Kind == yaml.MappingNode {
			rc.noHome(rel, top.Content[i+1], depth == 0)
		}
	}
	services := mapValue(top, "services")
	if services == nil || services.Kind != yaml.MappingNode {
		return &doc
	}
	for i := 1; i < len(services.Content); i += 2 {
		svc := services.Content[i]
		if ext := mapValue(svc, "extends"); ext != nil && ext.Kind == yaml.MappingNode {
			if f := mapValue(ext, "file"); f != nil && f.Kind == yaml.ScalarNode {
				rc.follow(rel, dir, f, "extends file", depth)
			}
		}
		rc.noHome(rel, svc, depth == 0)
	}
	for _, key := range []string{"secrets", "configs"} {
		if m := mapValue(top, key); m != nil && m.Kind == yaml.MappingNode {
			for i := 1; i < len(m.Content); i += 2 {
				if f := mapValue(m.Content[i], "file"); f != nil {
					rc.tilde(rel, f, key+" file")
				}
			}
		}
	}
	return &doc
}

// follow checks a referenced compose file and, when it is inside, checks it in turn.
func (rc *refChecker) follow(rel, dir string, n *yaml.Node, what string, depth int) {
	target, ok := rc.resolve(rel, dir, n, what)
	if !ok || rc.seen[target] {
		return
	}
	rc.seen[target] = true
	if depth >= maxIncludeDepth {
		rc.r.Errorf(rel, n.Line, "%s %q: include and extends nest more than %d levels", what, n.Value, maxIncludeDepth)
		return
	}
	data, err := ReadFile(rc.root, target)
	if err != nil {
		return // missing files are the loader's to report
	}
	rc.file(target, data, depth+1)
}

// resolve turns a path written in the file rel into a project-relative one, refusing what leaves the project.
func (rc *refChecker) resolve(rel, dir string, n *yaml.Node, what string) (string, bool) {
	v := n.Value
	if !rc.tilde(rel, n, what) {
		return "", false
	}
	if strings.Contains(v, "$") {
		rc.r.Errorf(rel, n.Line, "%s %q: a variable in this path is not supported; write the path inside the project", what, v)
		return "", false
	}
	if strings.Contains(v, "://") {
		rc.r.Errorf(rel, n.Line, "%s %q: remote files are not supported; put the file in the project", what, v)
		return "", false
	}
	p := v
	if !path.IsAbs(p) {
		p = path.Join(dir, p)
	}
	target, err := Inside(rc.root, p)
	if err == nil {
		_, err = StatFile(rc.root, target)
	}
	if IsOutside(err) {
		rc.r.Errorf(rel, n.Line, "%s %q leads outside the project; dockstack reads only files inside the project: move the file into it", what, v)
		return "", false
	}
	return target, true
}

// dotEnv refuses an included project's .env that is a link leading outside the project.
func (rc *refChecker) dotEnv(rel, projectDir string, line int) {
	if _, err := StatFile(rc.root, path.Join(projectDir, ".env")); IsOutside(err) {
		rc.r.Errorf(rel, line, "include: %s/.env leads outside the project; dockstack reads only files inside the project", projectDir)
	}
}

// pathKeys are the service keys whose values are host paths.
var pathKeys = []string{"build", "env_file", "label_file", "volumes"}

// noHome refuses `~` in a service's host paths. In the file being loaded
// (own), a refused volume is removed from the file, to check the rest.
func (rc *refChecker) noHome(rel string, svc *yaml.Node, own bool) {
	for _, key := range pathKeys {
		v := mapValue(svc, key)
		if v != nil && v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		if v == nil {
			continue
		}
		switch {
		case v.Kind == yaml.ScalarNode:
			rc.tilde(rel, v, key)
		case v.Kind == yaml.MappingNode: // build: {context, dockerfile}
			for _, n := range []*yaml.Node{mapValue(v, "context"), mapValue(v, "dockerfile")} {
				if n != nil {
					rc.tilde(rel, n, key)
				}
			}
		default:
			v.Content = slices.DeleteFunc(v.Content, func(item *yaml.Node) bool {
				n := item
				if item.Kind == yaml.MappingNode { // env_file: [{path}], volumes: [{source}]
					n = firstOf(mapValue(item, "path"), mapValue(item, "source"))
				}
				if n == nil || rc.tilde(rel, n, key) {
					return false
				}
				if own && key == "volumes" {
					rc.leftOut++
					return true
				}
				return false
			})
		}
	}
}

// tilde refuses a path that starts with ~ (a home folder, which docker compose would expand).
func (rc *refChecker) tilde(rel string, n *yaml.Node, what string) bool {
	if n.Kind == yaml.ScalarNode && strings.HasPrefix(n.Value, "~") {
		if what == "volumes" {
			if use, remedy, ok := developerFolder(n.Value); ok {
				rc.r.Errorf(rel, n.Line, "volumes %q: %s from the developer's home, which a deployed task does not have: remove this mount for deploys; %s", n.Value, use, remedy)
				return false
			}
			rc.r.Errorf(rel, n.Line, "volumes %q: a folder of the host's home; a Fargate task has no host files: for data that must survive use a named volume (e.g. `data:/data`, kept on EFS), for files the image needs COPY them in a Dockerfile", n.Value)
			return false
		}
		rc.r.Errorf(rel, n.Line, "%s %q: `~` is never expanded (dockstack reads no home folder); use a path inside the project", what, n.Value)
		return false
	}
	return true
}

// developerFolders are home folders that hold a developer's own
// certificates and credentials, mounted for local runs (Visual Studio's
// override files mount the first two): what each is for, what to do instead.
var developerFolders = []struct{ folder, use, remedy string }{
	{".aspnet/https", "ASP.NET's development HTTPS certificate", "HTTPS ends at API Gateway (or CloudFront), so let the app serve plain HTTP (ASPNETCORE_URLS=http://+:8080)"},
	{".microsoft/usersecrets", ".NET user secrets", "give the app the values it reads there as compose `secrets:` (stored in Secrets Manager)"},
	{".aws", "AWS credentials", "the task role gives the containers their AWS access (add what they need to custom-policies.json)"},
	{".ssh", "SSH keys", "give the app a key it needs as a compose secret (stored in Secrets Manager)"},
	{".config/gcloud", "Google Cloud credentials", "give the app the key it needs as a compose secret (stored in Secrets Manager)"},
	{".kube", "Kubernetes credentials", "give the app what it needs as a compose secret (stored in Secrets Manager)"},
	{".docker", "Docker's credentials", "images come from ECR or a public registry; a private registry's login is a secret"},
}

// developerFolder names the use of a mount from a developer's home folder.
func developerFolder(volume string) (use, remedy string, ok bool) {
	source, _, _ := strings.Cut(volume, ":")
	folder := strings.Trim(strings.TrimPrefix(source, "~"), "/")
	for _, d := range developerFolders {
		if folder == d.folder || strings.HasPrefix(folder, d.folder+"/") {
			return d.use, d.remedy, true
		}
	}
	return "", "", false
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func seq(n *yaml.Node) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}

// scalarsOf is a scalar, or the scalar items of a sequence.
func scalarsOf(n *yaml.Node) []*yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []*yaml.Node{n}
	}
	var out []*yaml.Node
	for _, item := range seq(n) {
		if item.Kind == yaml.ScalarNode {
			out = append(out, item)
		}
	}
	return out
}

func firstOf(ns ...*yaml.Node) *yaml.Node {
	for _, n := range ns {
		if n != nil {
			return n
		}
	}
	return nil
}
