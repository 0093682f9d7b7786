package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/awsfake"
)

// TestHostingCommands: add hosting writes Amplify's hosting entry, the
// environment's domain and, in an empty source folder, a starter site that
// gen builds into hosting.yaml; each environment needs a domain of its own;
// update hosting changes one environment; remove hosting takes it out.
func TestHostingCommands(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{
		{"init", "--name", "demo", "--region", "eu-west-1"},
		{"configure", "project", "--containers=true"},
		{"add", "hosting", "--domain", "dev.example.com"},
		{"env", "add", "prod", "--region", "us-east-1"},
		{"update", "hosting", "--env", "prod", "--domain", "example.com", "--hosted-zone", "Z0123456789ABCDEFGHIJ"},
		{"gen"},
	} {
		if out, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v\n%s%s", step, err, out, stderr)
		}
	}
	for _, f := range []string{"src/Dockerfile", "src/nginx.conf", "src/public/index.html", "infra/hosting.yaml", "infra/hosting-certificate.yaml", "infra/buildspec-site.yml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	params, _ := os.ReadFile(filepath.Join(dir, "infra/prod.parameters.json"))
	if !strings.Contains(string(params), `"hostingElasticContainerDomain": "example.com"`) || !strings.Contains(string(params), `"hostingElasticContainerHostedZoneId": "Z0123456789ABCDEFGHIJ"`) {
		t.Errorf("prod parameters:\n%s", params)
	}
	for _, bad := range [][]string{
		{"update", "hosting", "--env", "prod", "--domain", "dev.example.com"},
		{"update", "hosting", "--env", "prod", "--domain", "Not A Domain"},
		{"add", "hosting", "--domain", "other.example.com"},
		{"add", "hosting"}, // not at a terminal: the domain must be given
	} {
		if _, _, err := run(append(bad, "--dir", dir)...); err == nil {
			t.Errorf("%v succeeded", bad)
		}
	}
	if _, _, err := run("remove", "hosting", "--yes", "--dir", dir); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/backend-config.json")); strings.Contains(string(data), "hosting") {
		t.Errorf("remove hosting left:\n%s", data)
	}
	// Sign-in needs Cognito's hosted UI: refused without it, written with it.
	if _, _, err := run("add", "hosting", "--domain", "dev.example.com", "--restrict", "--dir", dir); err == nil || !strings.Contains(err.Error(), "--hosted-ui-domain") {
		t.Errorf("add hosting --restrict without a hosted UI: %v", err)
	}
	for _, step := range [][]string{{"add", "auth", "--name", "users", "--hosted-ui-domain", "demo-login"}, {"add", "hosting", "--domain", "dev.example.com", "--restrict"}, {"gen"}} {
		if out, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v\n%s%s", step, err, out, stderr)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "infra/hosting.yaml")); !strings.Contains(string(data), "authenticate-cognito") {
		t.Error("a restricted site's hosting.yaml has no sign-in")
	}
	if _, _, err := run("remove", "hosting", "--yes", "--dir", dir); err != nil {
		t.Fatal(err)
	}
	// The site's access to tables takes effect, as an API's: the task role and the table's variable.
	if _, _, err := run("add", "hosting", "--domain", "dev.example.com", "--access", "storage/nosuch:read", "--dir", dir); err == nil || !strings.Contains(err.Error(), `no table "nosuch"`) {
		t.Errorf("--access to a missing table: %v", err)
	}
	for _, step := range [][]string{{"add", "storage", "--name", "posts", "--partition-key", "id:N"}, {"add", "hosting", "--domain", "dev.example.com", "--access", "storage/posts:read"}, {"gen"}} {
		if out, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v\n%s%s", step, err, out, stderr)
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, "infra/hosting.yaml"))
	if !strings.Contains(string(data), "STORAGE_POSTS_NAME") || !strings.Contains(string(data), "dynamodb:GetItem") {
		t.Errorf("the site's table access did not take effect:\n%s", data)
	}
}

// TestHostingOperate: a deployed hosting site shows in status as "hosting"
// (its URL, tasks, pipeline) and `console hosting` prints CloudFront's page
// first, then the service's, the pipeline's and the logs'.
func TestHostingOperate(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/hosting/input")); err != nil {
		t.Fatal(err)
	}
	if out, stderr, err := run("deploy", "--dir", dir, "--yes"); err != nil {
		t.Fatalf("deploy: %v\n%s%s", err, out, stderr)
	}
	// The site's outputs are recorded where Amplify keeps them.
	if meta, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/amplify-meta.json")); !strings.Contains(string(meta), `"CloudfrontDistributionAliasDomainName"`) {
		t.Errorf("amplify-meta.json has no hosting outputs:\n%s", meta)
	}
	out, _, err := run("status", "hosting", "--dir", dir, "--output", "json")
	if err != nil || !strings.Contains(out, `"name": "hosting"`) || !strings.Contains(out, `SiteUrl`) {
		t.Errorf("status hosting: %v\n%s", err, out)
	}
	out, _, err = run("console", "hosting", "--print", "--dir", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 4 || !strings.HasPrefix(lines[0], "https://us-east-1.console.aws.amazon.com/cloudfront/v4/home#/distributions/") ||
		!strings.Contains(lines[2], "codepipeline/pipelines/amplify-demo-dev-hostingElasticContainer-PipelineName") {
		t.Errorf("console hosting: %v\n%s", err, out)
	}
}

// TestPublish: publish deploys a project with a hosting site, following the
// site's pipeline; it is refused, changing nothing, without one.
func TestPublish(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/hosting/input")); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run("publish", "--dir", dir, "--yes")
	if err != nil || !strings.Contains(out, "Pipeline amplify-demo-dev-hostingElasticContainer-PipelineName: succeeded") || !strings.Contains(out, "Site: https://dev.example.com") {
		t.Fatalf("publish: %v\n%s%s", err, out, stderr)
	}
	plain := deployedProject(t, awsfake.New(t))
	if _, _, err := run("publish", "--dir", plain, "--yes"); err == nil || !strings.Contains(err.Error(), "no hosting site to publish") {
		t.Errorf("publish without a site: %v", err)
	}
}

// TestDeleteHosting: deleting an environment with a hosting site names its
// stacks in us-east-1 (access logs, certificate) and deletes them after the
// root stack (whose CloudFront distribution they serve), before the bootstrap
// stack; the logs' key is kept and listed.
func TestDeleteHosting(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/hosting/input")); err != nil {
		t.Fatal(err)
	}
	if out, stderr, err := run("deploy", "--dir", dir, "--yes"); err != nil {
		t.Fatalf("deploy: %v\n%s%s", err, out, stderr)
	}
	out, stderr, err := run("delete", "--dir", dir, "--yes")
	if err != nil {
		t.Fatalf("delete: %v\n%s%s", err, out, stderr)
	}
	root := strings.Index(out, "Deleting stack amplify-demo-dev\n")
	logs := strings.Index(out, "Deleting stack amplify-demo-dev-hosting-logs")
	cert := strings.Index(out, "Deleting stack amplify-demo-dev-hosting-certificate")
	boot := strings.Index(out, "Deleting stack amplify-demo-dev-bootstrap")
	if !strings.Contains(out, "and, in us-east-1, amplify-demo-dev-hosting-logs, amplify-demo-dev-hosting-certificate") || root < 0 || !(root < logs && logs < cert && cert < boot) {
		t.Errorf("delete order or plan:\n%s", out)
	}
	if !strings.Contains(out, "amplify-demo-dev-hosting-logs-LogsKey") {
		t.Errorf("the access logs' key (retained) is not listed as kept:\n%s", out)
	}
	for _, s := range []string{"amplify-demo-dev-hosting-logs", "amplify-demo-dev-hosting-certificate"} {
		if f.StackExists(s) {
			t.Errorf("%s is left", s)
		}
	}
}

// TestAddHostingSourceDirLink: a front end folder that is a link out of the
// project is refused, and nothing is written through it.
func TestAddHostingSourceDirLink(t *testing.T) {
	top := t.TempDir()
	dir, outside := filepath.Join(top, "project"), filepath.Join(top, "outside")
	os.MkdirAll(outside, 0o755)
	os.MkdirAll(dir, 0o755)
	if _, stderr, err := run("init", "--name", "demo", "--dir", dir); err != nil {
		t.Fatalf("init: %v %s", err, stderr)
	}
	os.RemoveAll(filepath.Join(dir, "src"))
	if err := os.Symlink("../outside", filepath.Join(dir, "src")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run("add", "hosting", "--domain", "dev.example.com", "--dir", dir); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("add hosting through a link out: %v", err)
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("files were written outside the project: %v", entries)
	}
}
