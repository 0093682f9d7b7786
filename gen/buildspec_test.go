package gen

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/model"
	"gopkg.in/yaml.v3"
)

// TestBuildspecQuotesEveryValue: values from the input are shell words, never
// shell code, even where the model's own checks would have refused them.
func TestBuildspecQuotesEveryValue(t *testing.T) {
	dir := t.TempDir()
	pwned := filepath.Join(dir, "pwned")
	evil := `app"; touch ` + pwned + `; echo "`
	api := &model.API{Name: "x", SourceFile: "src/Dockerfile", GitHub: &model.GitHubSource{Path: evil}, Containers: []model.Container{{
		Name: "web", Build: &model.Build{Context: evil, Dockerfile: evil, Target: evil, Args: []model.KeyValue{{Key: "A", Value: evil}},
			Copies: []model.Copy{{Src: evil, Dst: evil}}},
	}, {
		Name: "proxy", Build: &model.Build{Context: ".", Base: evil, Copies: []model.Copy{{Src: evil, Dst: evil}}},
	}}}
	bs := parseBuildspec(t, api)
	for _, line := range append(bs.Phases.PreBuild.Commands[:1], bs.Phases.Build.Commands...) {
		// docker is not on this machine; a stand-in that does nothing runs instead.
		cmd := exec.Command("sh", "-c", "docker() { :; }; "+line)
		cmd.Env = append(os.Environ(), "CODEBUILD_SRC_DIR="+dir)
		cmd.Run()
		if _, err := os.Stat(pwned); err == nil {
			t.Fatalf("a value ran as shell code: %s", line)
		}
	}
}

// TestImageTagPerBuild: two builds of one source revision (a retry, a Release
// change) tag their images differently; the repositories let no tag move but
// latest, so the same tag twice failed the second build.
func TestImageTagPerBuild(t *testing.T) {
	bs := parseBuildspec(t, &model.API{Name: "x", SourceFile: "src/Dockerfile", Containers: []model.Container{{Name: "web", Build: &model.Build{Context: ".", Dockerfile: "Dockerfile"}}}})
	tag := func(build string) string {
		script := strings.Join(bs.Phases.PreBuild.Commands[1:], "\n") + "\nprintf %s \"$IMAGE_TAG\""
		cmd := exec.Command("sh", "-c", script)
		cmd.Env = append(os.Environ(), "CODEBUILD_RESOLVED_SOURCE_VERSION=3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY", "CODEBUILD_BUILD_NUMBER="+build)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	if a, b := tag("1"), tag("2"); a == b || a != "3sL4kqt-b1" {
		t.Errorf("tags of two builds of one revision: %q and %q", a, b)
	}
}

// TestECRLifecycleKeepsImagesInUse: no rule expires a tagged image by its age
// (a task definition in use may name an old one); the newest are kept by count.
func TestECRLifecycleKeepsImagesInUse(t *testing.T) {
	var policy struct {
		Rules []struct {
			Selection struct{ TagStatus, CountType string } `json:"selection"`
		} `json:"rules"`
	}
	if err := json.Unmarshal([]byte(ecrLifecycle), &policy); err != nil {
		t.Fatal(err)
	}
	for _, r := range policy.Rules {
		if r.Selection.TagStatus != "untagged" && r.Selection.CountType == "sinceImagePushed" {
			t.Errorf("a rule expires tagged images by age: %+v", r.Selection)
		}
	}
}

// TestParallelBuilds: a task's images build at once, and the phase fails when
// any build fails; each build takes its cache from the last image pushed.
func TestParallelBuilds(t *testing.T) {
	api := &model.API{Name: "x", SourceFile: "src/docker-compose.yml", Containers: []model.Container{
		{Name: "web", Build: &model.Build{Context: "web", Dockerfile: "Dockerfile"}},
		{Name: "worker", Build: &model.Build{Context: "worker", Dockerfile: "Dockerfile"}},
	}}
	bs := parseBuildspec(t, api)
	script := strings.Join(bs.Phases.Build.Commands, "\n")
	if !strings.Contains(script, `--cache-from "$WEB_REPOSITORY_URI:latest"`) || !strings.Contains(script, "BUILDKIT_INLINE_CACHE=1") {
		t.Errorf("no registry cache:\n%s", script)
	}
	for _, failing := range []string{"", "worker"} {
		// A stand-in docker that logs when each build starts and ends; one may fail.
		log := filepath.Join(t.TempDir(), "log")
		stub := `docker() { ctx="$(eval echo \${$#})"; echo "start $ctx" >> ` + log + `; sleep 0.2; echo "end $ctx" >> ` + log + `; [ "$ctx" != "` + failing + `" ]; }`
		err := exec.Command("sh", "-c", stub+"\n"+script).Run()
		data, _ := os.ReadFile(log)
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		if failing == "" && (err != nil || len(lines) != 4 || !strings.HasPrefix(lines[1], "start")) {
			t.Errorf("two builds, not at once (%v):\n%s", err, data)
		}
		if failing != "" && err == nil {
			t.Error("a failed build did not fail the phase")
		}
	}
}

// TestBakedBindMounts: the Dockerfile a buildspec pipes to `docker build
// --file -` for bind-mounted files is exactly FROM and one JSON-form COPY per
// mount, for a stock image and over a built one.
func TestBakedBindMounts(t *testing.T) {
	copies := []model.Copy{{Src: "proxy/nginx.conf", Dst: "/etc/nginx/conf.d/default.conf"}, {Src: "static", Dst: "/usr/share/nginx/html"}}
	api := &model.API{Name: "x", SourceFile: "src/compose.yaml", Containers: []model.Container{
		{Name: "proxy", Build: &model.Build{Context: ".", Base: "nginx:1.27", Copies: copies}},
		{Name: "app", Build: &model.Build{Context: "app", Dockerfile: "Dockerfile", Copies: copies[1:]}},
	}}
	bs := parseBuildspec(t, api)
	// A stand-in docker prints the Dockerfile it is given on stdin.
	dir := t.TempDir()
	script := `docker() { case "$*" in *"--file -"*) cat >> "$OUT/$(echo "$3" | tr -dc a-z)";; esac; }; ` + strings.Join(bs.Phases.Build.Commands, "\n")
	cmd := exec.Command("sh", "-c", script)
	cmd.Env = append(os.Environ(), "OUT="+dir, "PROXY_REPOSITORY_URI=proxyrepo", "APP_REPOSITORY_URI=apprepo")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for file, want := range map[string]string{
		"proxyrepolatest": "FROM nginx:1.27\nCOPY [\"proxy/nginx.conf\",\"/etc/nginx/conf.d/default.conf\"]\nCOPY [\"static\",\"/usr/share/nginx/html\"]\n",
		"apprepolatest":   "FROM apprepo:latest\nCOPY [\"static\",\"/usr/share/nginx/html\"]\n",
	} {
		got, _ := os.ReadFile(filepath.Join(dir, file))
		if string(got) != want {
			t.Errorf("%s: Dockerfile\n%s\nwant\n%s", file, got, want)
		}
	}
}

// parseBuildspec generates an API's buildspec and reads it back.
func parseBuildspec(t *testing.T, api *model.API) buildspec {
	t.Helper()
	data, err := Buildspec(api)
	if err != nil {
		t.Fatal(err)
	}
	var bs buildspec
	if err := yaml.Unmarshal(data, &bs); err != nil {
		t.Fatal(err)
	}
	return bs
}
