package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/awsfake"
)

// TestDeployCommand runs `dockstack deploy` through the SDK's standard
// configuration (AWS_ENDPOINT_URL, static keys) against the fake, then checks
// what it records: amplify-meta.json outputs, the client config, the endpoint.
func TestDeployCommand(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	for _, step := range [][]string{
		{"init", "--name", "demo"},
		{"configure", "project", "--containers=true"},
		{"add", "storage", "--name", "posts", "--partition-key", "id:N"},
		{"add", "api", "--name", "posts", "--template", "express-rest", "--access", "storage/posts:read"},
	} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	// Without --yes nothing runs, and the refusal has its own exit code.
	_, _, err := run("deploy", "--dir", dir)
	if err == nil || exitCode(err) != exitRefused {
		t.Fatalf("deploy without --yes: %v (exit %d)", err, exitCode(err))
	}
	out, stderr, err := run("deploy", "--dir", dir, "--yes")
	if err != nil {
		t.Fatalf("deploy: %v\n%s\n%s", err, out, stderr)
	}
	if strings.Count(out, "REST API posts: https://fake123.execute-api.us-east-1.amazonaws.com") != 1 {
		t.Errorf("the endpoint is not printed once:\n%s", out)
	}
	// The first deploy starts the service with no tasks (no image yet); once the pipeline has
	// built the image, deploy sets its task count.
	_, second, ok := strings.Cut(out, "The images are built: starting the services' tasks")
	if !ok || !strings.Contains(second, "~ Service (AWS::ECS::Service)") {
		t.Errorf("no second change set raising the service:\n%s", out)
	}
	var meta struct {
		API map[string]struct {
			Output map[string]string `json:"output"`
		} `json:"api"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "amplify/backend/amplify-meta.json"))
	if err != nil || json.Unmarshal(data, &meta) != nil {
		t.Fatalf("amplify-meta.json: %v\n%s", err, data)
	}
	if meta.API["posts"].Output["ContainerNames"] == "" {
		t.Errorf("outputs not recorded: %s", data)
	}
	exports, _ := os.ReadFile(filepath.Join(dir, "src/aws-exports.js"))
	if !strings.Contains(string(exports), "https://fake123.execute-api.us-east-1.amazonaws.com") {
		t.Errorf("client config has no endpoint:\n%s", exports)
	}
	// gen reads no deployment state: the deployed working copy and a clean
	// clone (Amplify's .gitignore applied) give the same bytes.
	if _, _, err := run("gen", "--dir", dir); err != nil {
		t.Fatal(err)
	}
	clone := t.TempDir()
	if err := os.CopyFS(clone, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	for _, ignored := range []string{"amplify/backend/amplify-meta.json", "amplify/.config/local-env-info.json", "src/aws-exports.js", "src/amplifyconfiguration.json", "infra"} {
		os.RemoveAll(filepath.Join(clone, ignored))
	}
	if _, _, err := run("gen", "--dir", clone); err != nil {
		t.Fatal(err)
	}
	sameAsGolden(t, filepath.Join(clone, "infra"), filepath.Join(dir, "infra"))
	// A deploy that changes nothing records the outputs all the same, and the
	// output committed before the first deploy is not stale after it.
	os.Remove(filepath.Join(dir, "amplify/backend/amplify-meta.json"))
	if out, _, err := run("deploy", "--dir", dir, "--yes", "--from", "infra"); err != nil || !strings.Contains(out, "No changes") {
		t.Fatalf("second deploy: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "amplify/backend/amplify-meta.json")); err != nil {
		t.Errorf("a no-change deploy recorded nothing: %v", err)
	}
}

// TestPullAndRegion: a deploy of an environment that is not the current one
// records nothing locally; `pull --env E` makes E current and writes its
// client config from its stacks. --region applies to what is recorded too.
func TestPullAndRegion(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/two-envs/input")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "amplify/.config/local-env-info.json"), []byte(`{"envName": "dev"}`), 0o644)
	if out, stderr, err := run("deploy", "--dir", dir, "--env", "prod", "--yes", "--no-follow", "--region", "ap-southeast-2"); err != nil || !strings.Contains(out, "Recorded nothing locally: prod is not the current environment (dev)") || !strings.Contains(out, "ap-southeast-2") {
		t.Fatalf("deploy of prod: %v\n%s\n%s", err, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "src/aws-exports.js")); err == nil {
		t.Error("a deploy of prod wrote the current (dev) client config")
	}
	if out, stderr, err := run("pull", "--dir", dir, "--env", "prod", "--region", "ap-southeast-2"); err != nil {
		t.Fatalf("pull: %v\n%s\n%s", err, out, stderr)
	}
	exports, _ := os.ReadFile(filepath.Join(dir, "src/aws-exports.js"))
	meta, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/amplify-meta.json"))
	local, _ := os.ReadFile(filepath.Join(dir, "amplify/.config/local-env-info.json"))
	if !strings.Contains(string(exports), "prod-authguideauth-UserPoolId") || !strings.Contains(string(exports), `"aws_project_region": "ap-southeast-2"`) {
		t.Errorf("client config after pull --env prod:\n%s", exports)
	}
	if !strings.Contains(string(meta), `"Region": "ap-southeast-2"`) || !strings.Contains(string(local), `"prod"`) {
		t.Errorf("after pull: meta\n%s\nlocal env %s", meta, local)
	}
	if _, _, err := run("pull", "--dir", dir, "--env", "dev"); err == nil || !strings.Contains(err.Error(), "is not deployed") {
		t.Errorf("pull of an environment never deployed: %v", err)
	}
}

// TestSelfManagedPushCommands: a self-managed API's deploy names each
// repository it made and the commands that push an image there.
func TestSelfManagedPushCommands(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/self-managed/input")); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run("deploy", "--dir", dir, "--yes")
	if err != nil {
		t.Fatalf("deploy: %v\n%s\n%s", err, out, stderr)
	}
	for _, want := range []string{"Self-managed myapi, container", "push its image to amplify-demo-dev-apimyapi-", "aws ecr get-login-password --region us-east-1 | docker login", "docker push", "Waiting for images: myapi"} {
		if !strings.Contains(out, want) {
			t.Errorf("deploy output lacks %q:\n%s", want, out)
		}
	}
}

// useFake points the SDK's standard configuration (as `dockstack deploy` reads
// it) at the fake, with static keys and no profile.
func useFake(t *testing.T, f *awsfake.Fake) {
	t.Helper()
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": f.URL(), "AWS_ACCESS_KEY_ID": "AKIDFAKE", "AWS_SECRET_ACCESS_KEY": "secret",
		"AWS_EC2_METADATA_DISABLED": "true", "HOME": t.TempDir(), "AWS_PROFILE": "", "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
	} {
		t.Setenv(k, v)
	}
}

// TestPlanJSONIsOnlyJSON: `deploy --plan --plan-format json` prints only the
// JSON plan on stdout, so that it parses; progress goes to stderr.
func TestPlanJSONIsOnlyJSON(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/walkthrough/input")); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run("deploy", "--dir", dir, "--plan", "--plan-format", "json")
	if err != nil {
		t.Fatalf("plan: %v\n%s", err, stderr)
	}
	var changes []map[string]any
	if err := json.Unmarshal([]byte(out), &changes); err != nil || len(changes) == 0 {
		t.Errorf("stdout is not a JSON plan (%v):\n%s", err, out)
	}
	if !strings.Contains(stderr, "Deploying dev") {
		t.Errorf("progress is not on stderr:\n%s", stderr)
	}
}
