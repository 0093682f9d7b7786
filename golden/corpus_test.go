package golden_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/internal/cfnspec"
	goldenfile "github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/model"
)

// TestCorpus runs dockstack over real compose projects (golden/testdata/corpus/<source>/<project>,
// imported by tools/corpus with their licences) as a user would bring them: the
// project's folder becomes an API's src/. For each it asserts the outcome in
// golden/testdata/corpus/expected/<source>/<project>.txt: whether it deploys, every
// note, warning and error, and the task that would run. Deployable projects'
// templates must pass the CloudFormation spec check.
func TestCorpus(t *testing.T) {
	projects := corpusProjects(t)
	entrypoints := corpusLines(t, "entrypoints.txt")
	setup := corpusLines(t, "setup.txt")
	spec, err := cfnspec.Load()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, p := range projects {
		t.Run(p, func(t *testing.T) {
			root := corpusProject(t, p, entrypoints[p], setup[p])
			b, r := model.Load(root, model.Options{})
			outcome := "deploys"
			if r.Err(false) != nil {
				outcome = "refused"
			}
			counts[outcome]++
			var out strings.Builder
			fmt.Fprintf(&out, "outcome: %s\n", outcome)
			src := "amplify/backend/api/app/src/"
			for _, pr := range r.Shown() { // as the user sees them
				pr.File = strings.TrimPrefix(pr.File, src)
				fmt.Fprintf(&out, "%s\n", pr)
			}
			// The one-line change the errors offer for secrets kept in env
			// files, made as a user would: does the project then deploy?
			if line := listingLine(r); line != "" {
				again := listSecrets(t, root, line)
				after := "deploys"
				if again.Err(false) != nil {
					after = "refused"
				} else {
					counts["deploys once its env-file secrets are listed"]++
				}
				fmt.Fprintf(&out, "with `%s` added: %s\n", line, after)
				for _, pr := range again.Sorted() {
					if pr.Severity == model.Error {
						pr.File = strings.TrimPrefix(pr.File, src)
						fmt.Fprintf(&out, "  %s\n", pr)
					}
				}
			}
			if outcome == "deploys" {
				files, err := gen.Generate(b, "yaml")
				if err != nil {
					t.Fatalf("gen: %v", err)
				}
				templates := map[string][]byte{}
				for name, data := range files {
					if strings.HasSuffix(name, ".yaml") {
						templates[name] = data
					}
				}
				for _, problem := range spec.CheckSet(templates) {
					t.Errorf("spec check: %s", problem)
				}
				out.WriteString("\n" + taskSummary(b.APIs[0]))
			}
			goldenfile.Check(t, filepath.Join("testdata", "corpus", "expected", p+".txt"), []byte(out.String()))
		})
	}
	t.Logf("corpus of %d projects: %v", len(projects), counts)
}

var listableRE = regexp.MustCompile("Add ([A-Za-z_][A-Za-z0-9_]*) to `x-dockstack-secrets`")

// listingLine is the x-dockstack-secrets line that the errors ask for, if any.
func listingLine(r *model.Report) string {
	var names []string
	for _, p := range r.Sorted() {
		if m := listableRE.FindStringSubmatch(p.Message); m != nil && p.Severity == model.Error && !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "x-dockstack-secrets: [" + strings.Join(names, ", ") + "]"
}

// listSecrets puts line at the top of the project's compose file and loads it again.
func listSecrets(t *testing.T, root, line string) *model.Report {
	src := filepath.Join(root, "amplify/backend/api/app/src")
	for _, name := range []string{"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"} {
		p := filepath.Join(src, name)
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if err := os.WriteFile(p, append([]byte(line+"\n"), data...), 0o644); err != nil {
			t.Fatal(err)
		}
		_, r := model.Load(root, model.Options{})
		return r
	}
	t.Fatal("no compose file")
	return nil
}

// corpusProjects lists source/project for every folder with a compose file.
func corpusProjects(t *testing.T) []string {
	var out []string
	for _, name := range []string{"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"} {
		found, err := filepath.Glob(filepath.Join("testdata", "corpus", "*", "*", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			rel, _ := filepath.Rel(filepath.Join("testdata", "corpus"), filepath.Dir(f))
			out = append(out, filepath.ToSlash(rel))
		}
	}
	sort.Strings(out)
	if len(out) < 30 {
		t.Fatalf("the corpus has %d projects; the issue asks for at least 30", len(out))
	}
	return out
}

// corpusLines reads a corpus file of "source/project rest of line" lines:
// entrypoints.txt (CONTAINER[:PORT], the choice a user makes when several
// containers have ports) and setup.txt (the README's setup step).
func corpusLines(t *testing.T, name string) map[string]string {
	data, err := os.ReadFile(filepath.Join("testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		project, rest, ok := strings.Cut(line, " ")
		if ok && !strings.HasPrefix(project, "#") {
			out[project] = rest
		}
	}
	return out
}

// corpusProject makes an Amplify project whose API "app" has the corpus project as src/.
func corpusProject(t *testing.T, p, entrypoint, setup string) string {
	root := t.TempDir()
	src := filepath.Join(root, "amplify/backend/api/app/src")
	dir := filepath.Join("testdata", "corpus", p)
	// A project under fixed/ is another one (named in its BASE file) with the
	// files dockstack asked to change, changed.
	if base, err := os.ReadFile(filepath.Join(dir, "BASE")); err == nil {
		if err := os.CopyFS(src, os.DirFS(filepath.Join("testdata", "corpus", strings.TrimSpace(string(base))))); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml", ".env"} {
			if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
				if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	} else if err := os.CopyFS(src, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if err := corpusSetup(src, setup); err != nil {
		t.Fatalf("setup %q: %v", setup, err)
	}
	exposed := ""
	if entrypoint != "" {
		name, port, _ := strings.Cut(entrypoint, ":")
		exposed = fmt.Sprintf(`, "exposedContainer": {"name": %q`, name)
		if port != "" {
			exposed += `, "port": ` + port
		}
		exposed += "}"
	}
	files := map[string]string{
		"amplify/.config/project-config.json": `{"projectName": "corpus", "version": "3.1", "frontend": "javascript",
			"javascript": {"framework": "react", "config": {"SourceDir": "src", "DistributionDir": "build", "ServerlessContainers": true}},
			"providers": ["awscloudformation"]}`,
		"amplify/team-provider-info.json": `{"dev": {"awscloudformation": {"Region": "eu-west-1", "StackName": "amplify-corpus-dev", "DeploymentBucketName": "amplify-corpus-dev-deployment"}}}`,
		"amplify/backend/backend-config.json": `{"api": {"app": {"service": "ElasticContainer", "providerPlugin": "awscloudformation",
			"apiType": "REST", "build": true, "deploymentMechanism": "FULLY_MANAGED", "imageSource": {"type": "CUSTOM"},
			"restrictAccess": false` + exposed + `}}}`,
	}
	for name, body := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// taskSummary is what would run: each container with how it starts and what it mounts.
func taskSummary(api model.API) string {
	var b strings.Builder
	fmt.Fprintf(&b, "task: %d CPU units, %d MiB, %d replica(s); entrypoint %s:%d\n", api.Task.CPU, api.Task.Memory, api.Task.Replicas, api.Entrypoint.Container, api.Entrypoint.Port)
	for _, c := range api.Containers {
		from := c.Image
		if c.Build != nil {
			from = "build " + c.Build.Context
		}
		fmt.Fprintf(&b, "- %s (%s)", c.Name, from)
		if !c.Essential {
			b.WriteString(" non-essential")
		}
		if c.User != "" {
			fmt.Fprintf(&b, " user %s", c.User)
		}
		if c.ReadOnly {
			b.WriteString(" read-only")
		}
		b.WriteString("\n")
		for _, p := range c.Ports {
			fmt.Fprintf(&b, "    port %d/%s\n", p.Container, p.Protocol)
		}
		for _, d := range c.DependsOn {
			fmt.Fprintf(&b, "    after %s %s\n", d.Container, d.Condition)
		}
		for _, e := range c.Environment {
			fmt.Fprintf(&b, "    env %s=%s\n", e.Name, e.Value)
		}
		for _, s := range c.Secrets {
			fmt.Fprintf(&b, "    secret %s as $%s\n", s.Secret, s.EnvVar)
		}
	}
	return b.String()
}

// corpusSetup applies setup.txt steps inside src, separated by " ; ":
// "cp FROM TO", "write FILE TEXT" or "append FILE TEXT" (\n in TEXT a new line).
func corpusSetup(src, setup string) error {
	for _, step := range strings.Split(setup, " ; ") {
		if err := corpusStep(src, step); err != nil {
			return err
		}
	}
	return nil
}

func corpusStep(src, step string) error {
	verb, rest, _ := strings.Cut(step, " ")
	a, b, _ := strings.Cut(rest, " ")
	switch verb {
	case "":
		return nil
	case "cp":
		data, err := os.ReadFile(filepath.Join(src, a))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(src, b), data, 0o644)
	case "write":
		return os.WriteFile(filepath.Join(src, a), []byte(strings.ReplaceAll(b, `\n`, "\n")), 0o644)
	case "append":
		f, err := os.OpenFile(filepath.Join(src, a), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		_, err = f.WriteString(strings.ReplaceAll(b, `\n`, "\n"))
		return errors.Join(err, f.Close())
	}
	return fmt.Errorf("unknown step %q", verb)
}

// TestCorpusFilesCommitted: an imported repository's own .gitignore can name
// files it tracks (atsea's app/src); in this repository they would be left
// out of every commit, and a clean clone would test another corpus.
func TestCorpusFilesCommitted(t *testing.T) {
	out, err := exec.Command("git", "ls-files", "--others", "--ignored", "--exclude-standard", "--", "testdata/corpus").Output()
	if err != nil {
		t.Skipf("no git checkout here: %v", err)
	}
	if len(out) > 0 {
		t.Errorf("corpus files that git ignores (commit them with git add -f):\n%s", out)
	}
}
