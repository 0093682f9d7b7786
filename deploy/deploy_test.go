package deploy

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/internal/awsfake"
	"github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/model"
)

// project copies a golden case's input into a temp folder the test may change.
func project(t testing.TB, c string) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("..", "golden", c, "input")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func load(t testing.TB, dir string) *model.Backend {
	t.Helper()
	b, r := model.Load(dir, model.Options{})
	if err := r.Err(false); err != nil {
		t.Fatal(err)
	}
	return b
}

func deployer(f *awsfake.Fake, out *bytes.Buffer, opts Options) *Deployer {
	return &Deployer{C: NewClients(f.Config(), true), Out: out, Opts: opts, Poll: time.Millisecond}
}

// deployed deploys a golden case once to the fake and returns the project folder, for tests of the next deploy.
func deployed(t *testing.T, f *awsfake.Fake, c string) string {
	t.Helper()
	dir := project(t, c)
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatalf("first deploy: %v\n%s", err, out.String())
	}
	return dir
}

// edit replaces old with new in a project file.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	data, err := os.ReadFile(p)
	if err != nil || !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s has no %q: %v", file, old, err)
	}
	if err := os.WriteFile(p, bytes.ReplaceAll(data, []byte(old), []byte(new)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFirstDeployThenNoChanges(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "walkthrough")
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatalf("first deploy: %v\n%s", err, out.String())
	}
	t.Logf("first deploy:\n%s", out.String())
	for _, want := range []string{"Creating the deployment bucket amplify-demo-dev-deployment", "Uploading s3://amplify-demo-dev-deployment/dockstack/posts/", "+ apiposts (AWS::CloudFormation::Stack)", "  + Table (AWS::DynamoDB::Table)", "CREATE_COMPLETE"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("first deploy output lacks %q", want)
		}
	}
	if got := res.Outputs["apiposts"]["RootUrl"]; got == "" {
		t.Errorf("no RootUrl among the outputs: %v", res.Outputs)
	}

	before := len(f.Requests())
	out.Reset()
	res, err = deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatalf("second deploy: %v\n%s", err, out.String())
	}
	requests := f.Requests()[before:]
	t.Logf("no-change deploy: %d requests: %v", len(requests), requests)
	if !res.NoChanges || !strings.Contains(out.String(), "No changes") {
		t.Errorf("second deploy should report no changes:\n%s", out.String())
	}
	// Who am I, the bootstrap stack, the root and each nested stack's outputs
	// (1 + 4), one DescribeServices per 10 services, one DescribeImages per
	// built image, the bucket's listing, and the root's state, whose inputs tag
	// says nothing changed: no change set is made.
	if budget := 1 + 1 + 5 + 1 + 1 + 1 + 1; len(requests) > budget || slices.Contains(requests, "CreateChangeSet") {
		t.Errorf("a no-change deploy made %d requests, want at most %d: %v", len(requests), budget, requests)
	}
	for _, r := range requests {
		if r == "s3.PUT" {
			t.Error("a no-change deploy uploaded again")
		}
	}
}

func TestGuardRefusesTableReplacement(t *testing.T) {
	f := awsfake.New(t)
	dir := deployed(t, f, "walkthrough")
	edit(t, dir, "amplify/backend/storage/posts/cli-inputs.json", `"fieldName": "id"`, `"fieldName": "postId"`)
	var out bytes.Buffer
	_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	var refusal *Refusal
	if !errors.As(err, &refusal) || !strings.Contains(err.Error(), "storageposts/Table (AWS::DynamoDB::Table) would be replaced") {
		t.Fatalf("want the guard's refusal, got %v\n%s", err, out.String())
	}
	t.Logf("guard:\n%s%v", out.String(), err)
	if n := f.ChangeSets(); n != 0 {
		t.Errorf("the refused change set was not deleted: %d left", n)
	}
	if _, err := deployer(f, &out, Options{Yes: true, AllowDataLoss: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Errorf("--allow-data-loss should deploy: %v", err)
	}
}

func TestFailedResourceShowsRootCause(t *testing.T) {
	f := awsfake.New(t)
	f.FailOn("apiposts", "Resource handler returned message: \"Invalid request provided: CreateService error\"")
	var out bytes.Buffer
	_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, project(t, "walkthrough")))
	if err == nil || !strings.Contains(err.Error(), "ROLLBACK_COMPLETE") || !strings.Contains(err.Error(), "CreateService error") {
		t.Fatalf("want a rollback with its cause, got %v", err)
	}
	if !strings.Contains(out.String(), "error: apiposts CREATE_FAILED: Resource handler returned message") {
		t.Errorf("the first failure is not shown as it happens:\n%s", out.String())
	}
	// The stack is now ROLLBACK_COMPLETE: refused unless --replace-failed-stack.
	_, err = deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, project(t, "walkthrough")))
	if err == nil || !strings.Contains(err.Error(), "--replace-failed-stack") {
		t.Errorf("ROLLBACK_COMPLETE: %v", err)
	}
	if _, err := deployer(f, &out, Options{Yes: true, ReplaceFailedStack: true}).Run(context.Background(), load(t, project(t, "walkthrough"))); err != nil {
		t.Errorf("--replace-failed-stack: %v", err)
	}
}

func TestStackBusyIsRefused(t *testing.T) {
	f := awsfake.New(t)
	var out bytes.Buffer
	dir := deployed(t, f, "walkthrough")
	f.SetStatus("amplify-demo-dev", "UPDATE_IN_PROGRESS")
	_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err == nil || !strings.Contains(err.Error(), "is UPDATE_IN_PROGRESS: another operation is running") {
		t.Errorf("got %v", err)
	}
	// With --wait the deploy waits for the operation to end, then goes on
	// (it ends after a few descriptions: a timer raced the deploy under load).
	f.BusyFor("amplify-demo-dev", "UPDATE_IN_PROGRESS", 4, "UPDATE_COMPLETE")
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true, Wait: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Errorf("--wait: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "waiting for it to end (--wait)") {
		t.Errorf("--wait said nothing:\n%s", out.String())
	}
	// It shows that operation's events from now on, not the stack's history.
	if strings.Contains(out.String(), "CREATE_COMPLETE") {
		t.Errorf("--wait showed the stack's past events:\n%s", out.String())
	}
}

// TestFromCommittedOutput: --from deploys committed gen output, and refuses it when stale.
func TestFromCommittedOutput(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "walkthrough")
	var out bytes.Buffer
	if err := os.CopyFS(filepath.Join(dir, "infra"), os.DirFS(filepath.Join("..", "golden", "walkthrough", "output"))); err != nil {
		t.Fatal(err)
	}
	if _, err := deployer(f, &out, Options{Yes: true, From: "infra"}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatalf("--from up-to-date output: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "infra", "root.yaml"), []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := deployer(f, &out, Options{Yes: true, From: "infra"}).Run(context.Background(), load(t, dir))
	var refusal *Refusal
	if !errors.As(err, &refusal) || !strings.Contains(err.Error(), "root.yaml (differs)") {
		t.Errorf("--from stale output: %v", err)
	}
}

func TestSecretsStoredNeverPrinted(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "secrets")
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if got := f.Secret("amplify-demo-dev/myapi/stripe-key"); got != "sk_live_51HvZxQ2eZvKYlo2C8s7dPq" {
		t.Errorf("stripe secret = %q", got)
	}
	// A second deploy writes no unchanged value, and restarts nothing.
	before := len(f.Requests())
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if n := count(f.Requests()[before:], "secretsmanager.PutSecretValue"); n != 0 || len(f.Restarts()) != 0 {
		t.Errorf("unchanged secrets: %d values written, restarts %v", n, f.Restarts())
	}
	// A changed value is written once, and the API's service restarts to read it.
	edit(t, dir, "amplify/backend/api/myapi/secrets/.secret-stripe", "sk_live_51HvZxQ2eZvKYlo2C8s7dPq", "sk_live_rotated")
	before = len(f.Requests())
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if n := count(f.Requests()[before:], "secretsmanager.PutSecretValue"); n != 1 || !slices.Equal(f.Restarts(), []string{"amplify-demo-dev-apimyapi"}) {
		t.Errorf("a changed secret: %d values written, restarts %v\n%s", n, f.Restarts(), out.String())
	}
	if !strings.Contains(out.String(), "Restarting the service of myapi") {
		t.Errorf("the restart is not said:\n%s", out.String())
	}
	if strings.Contains(out.String(), "sk_live") || strings.Contains(out.String(), "correct-horse") {
		t.Error("a secret value appears in the output")
	}
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// TestSecretsSkipWithoutFiles: in a clean clone the .secret-* files are not
// there; --secrets skip deploys with the cloud's values, --plan too, and a
// secret missing in the cloud is an error naming it.
func TestSecretsSkipWithoutFiles(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "secrets")
	secretFiles, _ := filepath.Glob(filepath.Join(dir, "amplify/backend/api/myapi/secrets/.secret-*"))
	var out bytes.Buffer
	for _, opts := range []Options{{Plan: true, SkipSecrets: true}, {Yes: true, SkipSecrets: true}} {
		clone := project(t, "secrets")
		os.RemoveAll(filepath.Join(clone, "amplify/backend/api/myapi/secrets"))
		_, err := deployer(f, &out, opts).Run(context.Background(), load(t, clone))
		if err == nil || !strings.Contains(err.Error(), "is not in Secrets Manager; deploy once with --secrets update") {
			t.Errorf("skip with secrets missing in the cloud (plan %v): %v", opts.Plan, err)
		}
	}
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	for _, f := range secretFiles {
		os.Remove(f)
	}
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true, SkipSecrets: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Errorf("--secrets skip from a clone without secret files: %v\n%s", err, out.String())
	}
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err == nil || !strings.Contains(err.Error(), "is missing; create it with the value, or deploy with --secrets skip") {
		t.Errorf("--secrets update without the files: %v", err)
	}
}

func TestPlanChangesNothing(t *testing.T) {
	f := awsfake.New(t)
	var out bytes.Buffer
	_, err := deployer(f, &out, Options{Plan: true}).Run(context.Background(), load(t, project(t, "secrets")))
	if err != nil || f.Secret("amplify-demo-dev/myapi/DB_PASSWORD") != "" {
		t.Fatalf("plan of the secrets case: %v; secret stored: %q", err, f.Secret("amplify-demo-dev/myapi/DB_PASSWORD"))
	}
	res, err := deployer(f, &out, Options{Plan: true}).Run(context.Background(), load(t, project(t, "walkthrough")))
	if err != nil || !res.Planned {
		t.Fatalf("plan: %v %+v", err, res)
	}
	if f.StackExists("amplify-demo-dev") {
		t.Error("--plan left the root stack (REVIEW_IN_PROGRESS) behind")
	}
	if n := f.ChangeSets(); n != 0 {
		t.Errorf("--plan left %d change sets", n)
	}
	got := FormatChanges(res.Changes, "markdown")
	if !strings.Contains(got, "| storageposts | `Table` | AWS::DynamoDB::Table | Add |  |") || !strings.Contains(got, "| bootstrap | `DeploymentBucket` |") {
		t.Errorf("markdown plan:\n%s", got)
	}
	// Nothing was written: no stack, change set, object or secret.
	writes := func(requests []string) []string {
		var w []string
		for _, r := range requests {
			if r == "CreateChangeSet" || r == "ExecuteChangeSet" || r == "s3.PUT" || strings.HasPrefix(r, "secretsmanager.Put") || strings.HasPrefix(r, "secretsmanager.Create") {
				w = append(w, r)
			}
		}
		return w
	}
	if w := writes(f.Requests()); len(w) != 0 {
		t.Errorf("a plan of a new environment wrote: %v", w)
	}
	// A plan of an existing environment uploads templates (its change set needs them) but no
	// source bundle, which would start a pipeline; the deploy after it then follows the run.
	dir := deployed(t, f, "walkthrough")
	edit(t, dir, "amplify/backend/api/posts/src/index.js", "", "// changed\n")
	before := len(f.Requests())
	var plan bytes.Buffer
	if _, err := deployer(f, &plan, Options{Plan: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plan.String(), "source.zip") {
		t.Errorf("a plan uploaded a source bundle:\n%s", plan.String())
	}
	if slices.Contains(f.Requests()[before:], "ExecuteChangeSet") {
		t.Error("a plan executed a change set")
	}
	var deploy bytes.Buffer
	if _, err := deployer(f, &deploy, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil || !strings.Contains(deploy.String(), "waiting for the run of this source bundle") {
		t.Errorf("the deploy after a plan did not follow its pipeline run (%v):\n%s", err, deploy.String())
	}
}

// TestSurvivesThrottlingAnd5xx: with every third request throttled or failing
// with a 500, a whole first deploy still succeeds through the SDK's retries
// (jittered backoff), as dockstack configures them.
func TestSurvivesThrottlingAnd5xx(t *testing.T) {
	f := awsfake.New(t)
	f.FailEvery(3)
	cfg := f.Config()
	cfg.Retryer = func() aws.Retryer { return Retryer(time.Millisecond) }
	var out bytes.Buffer
	d := &Deployer{C: NewClients(cfg, true), Out: &out, Opts: Options{Yes: true}, Poll: time.Millisecond}
	if _, err := d.Run(context.Background(), load(t, project(t, "walkthrough"))); err != nil {
		t.Fatalf("deploy through the storm: %v\n%s", err, out.String())
	}
	if f.Faults() < 10 {
		t.Errorf("only %d faults were injected; the test shows little", f.Faults())
	}
}

// TestPlanMarkdown: --plan --plan-format markdown prints a table for a pull request comment.
func TestPlanMarkdown(t *testing.T) {
	f := awsfake.New(t)
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Plan: true, PlanFormat: "markdown"}).Run(context.Background(), load(t, project(t, "walkthrough"))); err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(out.String(), "| stack |")
	golden.Check(t, "testdata/plan-walkthrough.md", []byte("| stack |"+table))
}

// TestChangeToOneService: a new port in the API's Dockerfile changes only that
// API's stack, re-uploads only its template and source, and deploys.
func TestChangeToOneService(t *testing.T) {
	f := awsfake.New(t)
	dir := deployed(t, f, "walkthrough")
	edit(t, dir, "amplify/backend/api/posts/src/Dockerfile", "8080", "9090")
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	stacks := map[string]bool{}
	for _, c := range res.Changes {
		stacks[c.Stack] = true
		if c.Stack == "" && c.LogicalID != "apiposts" {
			t.Errorf("root change to %s", c.LogicalID)
		}
	}
	if len(stacks) != 2 || !stacks["apiposts"] {
		t.Errorf("changes touch %v; want the root and apiposts only", stacks)
	}
	if got := strings.Count(out.String(), "Uploading "); got != 2 {
		t.Errorf("%d uploads, want 2 (the API's template and source):\n%s", got, out.String())
	}
}

// BenchmarkNoChangeDeploy measures a deploy that finds nothing to change (requests per deploy reported).
func BenchmarkNoChangeDeploy(b *testing.B) {
	f := awsfake.New(b)
	dir := project(b, "walkthrough")
	backend, _ := model.Load(dir, model.Options{})
	d := &Deployer{C: NewClients(f.Config(), true), Out: io.Discard, Opts: Options{Yes: true}, Poll: time.Millisecond}
	if _, err := d.Run(context.Background(), backend); err != nil {
		b.Fatal(err)
	}
	before := len(f.Requests())
	b.ReportAllocs()
	for b.Loop() {
		if res, err := d.Run(context.Background(), backend); err != nil || !res.NoChanges {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(f.Requests())-before)/float64(b.N), "requests/op")
}

// TestCtrlC: the first Ctrl-C during an update asks whether to cancel it
// (yes: CancelUpdateStack, then the rollback is followed); a second one stops
// following. The stack is never deleted.
func TestCtrlC(t *testing.T) {
	for _, tc := range []struct {
		name     string
		confirm  bool
		presses  int
		want     string
		finalSuf string
	}{
		{"cancel", true, 1, "ended UPDATE_ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_COMPLETE"},
		{"stop following", false, 2, "stopped following the stack", "UPDATE_IN_PROGRESS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := awsfake.New(t)
			dir := deployed(t, f, "walkthrough")
			edit(t, dir, "amplify/backend/api/posts/src/Dockerfile", "8080", "9090")
			var out bytes.Buffer
			f.SlowOperations(1000)
			interrupts := make(chan os.Signal, 2)
			d := deployer(f, &out, Options{Yes: true})
			d.Interrupts = interrupts
			asked := ""
			d.Confirm = func(q string) bool { asked = q; return tc.confirm }
			done := make(chan error, 1)
			go func() { _, err := d.Run(context.Background(), load(t, dir)); done <- err }()
			for f.Status("amplify-demo-dev") != "UPDATE_IN_PROGRESS" {
				time.Sleep(time.Millisecond)
			}
			for range tc.presses {
				interrupts <- os.Interrupt
				time.Sleep(20 * time.Millisecond)
			}
			err := <-done
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
			if !strings.Contains(asked, "Cancel the update of amplify-demo-dev") {
				t.Errorf("the first Ctrl-C did not ask; asked %q", asked)
			}
			if got := f.Status("amplify-demo-dev"); got != tc.finalSuf {
				t.Errorf("stack status %q, want %q (and never deleted)", got, tc.finalSuf)
			}
		})
	}
}

// TestPipelineFollowThrough: after the stack, deploy follows the pipeline run
// this deploy's source bundle started (matched by its S3 object version), stage
// by stage; a failed build shows its log's tail, a failed rollout the stopped tasks' reasons.
func TestPipelineFollowThrough(t *testing.T) {
	for _, tc := range []struct {
		outcome string
		want    []string
	}{
		{"Succeeded", []string{"Pipeline amplify-demo-dev-apiposts-PipelineName: succeeded", "Build/Build Succeeded", "Deploy/Deploy Succeeded"}},
		{"BuildFailed", []string{"Build/Build Failed", "Last lines of the build log (/aws/codebuild/fake; all of it: dockstack logs API --build):", "| npm ERR! missing script: build"}},
		{"DeployFailed", []string{"Stopped tasks:", "api: exit 1 Error: Cannot find module 'express'"}},
	} {
		t.Run(tc.outcome, func(t *testing.T) {
			f := awsfake.New(t)
			f.PipelineOutcome(tc.outcome, "Step 3/8 : RUN npm run build", "npm ERR! missing script: build")
			var out bytes.Buffer
			_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, project(t, "walkthrough")))
			if (err != nil) != (tc.outcome != "Succeeded") {
				t.Errorf("err = %v", err)
			}
			text := strings.Join(strings.Fields(out.String()), " ") // columns are padded
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
	// --no-follow skips it.
	f := awsfake.New(t)
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true, NoFollow: true}).Run(context.Background(), load(t, project(t, "walkthrough"))); err != nil || strings.Contains(out.String(), "waiting for the run") {
		t.Errorf("--no-follow: %v\n%s", err, out.String())
	}
}

// TestNestedFailureShowsItsCause: when a resource of a nested stack fails, the
// root stack only says the embedded stack failed; deploy digs out the real cause.
func TestNestedFailureShowsItsCause(t *testing.T) {
	f := awsfake.New(t)
	f.FailOn("Service", `Resource handler returned message: "Invalid request provided: CreateService error: subnet not found"`)
	var out bytes.Buffer
	_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, project(t, "walkthrough")))
	want := `apiposts/Service CREATE_FAILED: Resource handler returned message: "Invalid request provided: CreateService error: subnet not found"`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want the nested cause %q", err, want)
	}
	if !strings.Contains(out.String(), "error: "+want) {
		t.Errorf("the cause is not shown as it happens:\n%s", out.String())
	}
}

// TestNoBundleWithoutS3Source: an API built from GitHub, or by its team
// (SELF_MANAGED), gets no source bundle and no pipeline following.
func TestNoBundleWithoutS3Source(t *testing.T) {
	for _, c := range []string{"github-source", "self-managed"} {
		f := awsfake.New(t)
		var out bytes.Buffer
		if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, project(t, c))); err != nil {
			t.Fatalf("%s: %v\n%s", c, err, out.String())
		}
		if strings.Contains(out.String(), "source.zip") || strings.Contains(out.String(), "waiting for the run") {
			t.Errorf("%s: a bundle was uploaded or a run followed:\n%s", c, out.String())
		}
	}
}

// TestCtrlCOutsideStackOperations: while deploy follows a pipeline run, or
// while an SDK call retries through throttling, the first Ctrl-C stops deploy
// at once, deleting nothing.
func TestCtrlCOutsideStackOperations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(f *awsfake.Fake)
		wait  string // a request that shows deploy reached the point to interrupt
	}{
		{"following a pipeline", func(f *awsfake.Fake) { f.PipelineOutcome("InProgress") }, "CodePipeline_20150709.ListPipelineExecutions"},
		{"retrying", func(f *awsfake.Fake) { f.FailEvery(1) }, "fault"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := awsfake.New(t)
			tc.setup(f)
			var out bytes.Buffer
			interrupts := make(chan os.Signal, 1)
			d := deployer(f, &out, Options{Yes: true})
			d.C = NewClients(retrying(f.Config()), true)
			d.Interrupts = interrupts
			d.FollowTimeout = time.Hour
			d.Poll = 50 * time.Millisecond
			done := make(chan error, 1)
			go func() { _, err := d.Run(context.Background(), load(t, project(t, "walkthrough"))); done <- err }()
			for !slices.Contains(f.Requests(), tc.wait) {
				time.Sleep(time.Millisecond)
			}
			interrupts <- os.Interrupt
			select {
			case err := <-done:
				if !errors.Is(err, errInterrupted) {
					t.Errorf("got %v, want the interruption", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Ctrl-C did not stop deploy within 5 s")
			}
			for _, r := range f.Requests() {
				if r == "DeleteStack" {
					t.Error("an interrupted deploy deleted a stack")
				}
			}
		})
	}
}

// retrying is the fake's configuration with deploy's retry policy (slow backoff).
func retrying(cfg aws.Config) aws.Config {
	cfg.Retryer = func() aws.Retryer { return Retryer(time.Second) }
	return cfg
}

// TestBootstrapRolledBack: a bootstrap stack whose creation failed is refused
// as the root's is (it has no bucket), and replaced with --replace-failed-stack.
func TestBootstrapRolledBack(t *testing.T) {
	f := awsfake.New(t)
	f.FailOn("DeploymentBucket", "Resource handler returned message: \"amplify-demo-dev-deployment already exists\"")
	var out bytes.Buffer
	dir := project(t, "walkthrough")
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err == nil {
		t.Fatal("the bootstrap stack's failure went unnoticed")
	}
	if got := f.Status("amplify-demo-dev-bootstrap"); got != "ROLLBACK_COMPLETE" {
		t.Fatalf("bootstrap is %q", got)
	}
	_, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	var refusal *Refusal
	if !errors.As(err, &refusal) || !strings.Contains(err.Error(), "amplify-demo-dev-bootstrap is ROLLBACK_COMPLETE") {
		t.Errorf("deploy over a failed bootstrap stack: %v", err)
	}
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true, ReplaceFailedStack: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Errorf("--replace-failed-stack: %v\n%s", err, out.String())
	}
	if got := f.Status("amplify-demo-dev-bootstrap"); got != "CREATE_COMPLETE" {
		t.Errorf("bootstrap is %q after --replace-failed-stack", got)
	}
}

// TestAdoptAmplifyEnvironment: an environment `amplify init` made (its root
// stack from Amplify's own template in shared/reference) is deployed to: no
// bootstrap stack (its bucket is Amplify's), and the root change set keeps
// Amplify's DeploymentBucket, AuthRole and UnauthRole.
func TestAdoptAmplifyEnvironment(t *testing.T) {
	amplifyRoot, err := os.ReadFile("../../shared/reference/amplify-outputs/init-root-stack.json")
	if err != nil {
		t.Skipf("Amplify's root stack template is not here: %v", err)
	}
	f := awsfake.New(t)
	cfn := cloudformation.NewFromConfig(f.Config())
	ctx := context.Background()
	cs, err := cfn.CreateChangeSet(ctx, &cloudformation.CreateChangeSetInput{StackName: aws.String("amplify-demo-dev-123456"), ChangeSetName: aws.String("amplify"),
		ChangeSetType: cfntypes.ChangeSetTypeCreate, TemplateBody: aws.String(string(amplifyRoot)), Parameters: []cfntypes.Parameter{
			{ParameterKey: aws.String("DeploymentBucketName"), ParameterValue: aws.String("amplify-demo-dev-123456-deployment")},
			{ParameterKey: aws.String("AuthRoleName"), ParameterValue: aws.String("amplify-demo-dev-123456-authRole")},
			{ParameterKey: aws.String("UnauthRoleName"), ParameterValue: aws.String("amplify-demo-dev-123456-unauthRole")}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cfn.ExecuteChangeSet(ctx, &cloudformation.ExecuteChangeSetInput{ChangeSetName: cs.Id}); err != nil {
		t.Fatal(err)
	}
	for f.Status("amplify-demo-dev-123456") != "CREATE_COMPLETE" {
		cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String("amplify-demo-dev-123456")})
	}
	dir := project(t, "amplify-env")
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Plan: true}).Run(ctx, load(t, dir))
	if err != nil {
		t.Fatalf("plan: %v\n%s", err, out.String())
	}
	for _, c := range res.Changes {
		if c.Stack == "" && (c.Action == "Remove" || c.Replacement == "True") {
			t.Errorf("the plan would remove or replace Amplify's %s", c.LogicalID)
		}
	}
	if !strings.Contains(out.String(), "dockstack adopts it") || f.StackExists("amplify-demo-dev-123456-bootstrap") {
		t.Errorf("no adoption said, or a bootstrap stack made:\n%s", out.String())
	}
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true}).Run(ctx, load(t, dir)); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out.String())
	}
	if f.StackExists("amplify-demo-dev-123456-bootstrap") {
		t.Error("deploy made a bootstrap stack for an Amplify environment")
	}
}

// TestHeartbeat: while deploy waits on a pipeline with nothing new to show, a
// line says what it waits for at least every 30 s (of the deploy's clock).
func TestHeartbeat(t *testing.T) {
	f := awsfake.New(t)
	f.PipelineOutcome("InProgress")
	var out bytes.Buffer
	d := deployer(f, &out, Options{Yes: true})
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	d.now = func() time.Time { mu.Lock(); defer mu.Unlock(); clock = clock.Add(7 * time.Second); return clock }
	d.FollowTimeout = 2 * time.Minute
	_, err := d.Run(context.Background(), load(t, project(t, "walkthrough")))
	if err == nil || !strings.Contains(err.Error(), "no result after") {
		t.Fatalf("want the follow to time out: %v", err)
	}
	if n := strings.Count(out.String(), "still running after"); n < 2 {
		t.Errorf("%d heartbeat lines over a 2-minute wait:\n%s", n, out.String())
	}
}

// TestUnreachableAndNoCredentials: an endpoint that refuses connections fails
// at once (no ten retries) with what to check, and missing credentials say
// what to do in one line.
func TestUnreachableAndNoCredentials(t *testing.T) {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String("http://" + addr),
		Credentials: credentials.NewStaticCredentialsProvider("AKID", "secret", ""),
		Retryer:     func() aws.Retryer { return Retryer(time.Second) }}
	var out bytes.Buffer
	d := &Deployer{C: NewClients(cfg, true), Out: &out, Opts: Options{Yes: true}, Poll: time.Millisecond}
	start := time.Now()
	_, err := d.Run(context.Background(), load(t, project(t, "walkthrough")))
	if err == nil || !strings.Contains(err.Error(), "cannot reach AWS") || !strings.Contains(err.Error(), "AWS_ENDPOINT_URL") {
		t.Errorf("unreachable endpoint: %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("an unreachable endpoint took %s to fail: it was retried", took)
	}
	cfg.Credentials = credentials.StaticCredentialsProvider{} // empty: the SDK cannot sign
	d = &Deployer{C: NewClients(cfg, true), Out: &out, Opts: Options{Yes: true}, Poll: time.Millisecond}
	if _, err := d.Run(context.Background(), load(t, project(t, "walkthrough"))); err == nil || !strings.Contains(err.Error(), "no usable AWS credentials") {
		t.Errorf("no credentials: %v", err)
	}
}

// TestAskSecrets: at a terminal (AskSecrets) deploy asks before storing a new
// or changed secret; No leaves the cloud's value, or fails naming a secret the
// cloud does not have.
func TestAskSecrets(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "secrets")
	var out bytes.Buffer
	d := deployer(f, &out, Options{Yes: true, AskSecrets: true})
	var asked []string
	d.Confirm = func(q string) bool { asked = append(asked, q); return strings.Contains(q, "DB_PASSWORD") }
	_, err := d.Run(context.Background(), load(t, dir))
	if err == nil || !strings.Contains(err.Error(), "is not in Secrets Manager and was not stored") || len(asked) == 0 {
		t.Errorf("declining a new secret: %v (asked %v)", err, asked)
	}
	if f.Secret("amplify-demo-dev/myapi/DB_PASSWORD") == "" {
		t.Error("the secret answered Yes was not stored")
	}
}

// BenchmarkCodeOnlyDeploy measures a deploy of a change of source code alone:
// the bundle upload starts the pipeline, and no change set is made or run
// (requests and CloudFormation writes per deploy reported; the pipeline run is followed).
func BenchmarkCodeOnlyDeploy(b *testing.B) {
	f := awsfake.New(b)
	dir := project(b, "walkthrough")
	d := &Deployer{C: NewClients(f.Config(), true), Out: io.Discard, Opts: Options{Yes: true}, Poll: time.Millisecond}
	if _, err := d.Run(context.Background(), load(b, dir)); err != nil {
		b.Fatal(err)
	}
	before := len(f.Requests())
	n := 0
	for b.Loop() {
		n++
		if err := os.WriteFile(filepath.Join(dir, "amplify/backend/api/posts/src/index.js"), []byte(fmt.Sprintf("// change %d\n", n)), 0o644); err != nil {
			b.Fatal(err)
		}
		if res, err := d.Run(context.Background(), load(b, dir)); err != nil || !res.NoChanges {
			b.Fatal(err)
		}
	}
	requests := f.Requests()[before:]
	writes := 0
	for _, r := range requests {
		if r == "CreateChangeSet" || r == "ExecuteChangeSet" {
			writes++
		}
	}
	b.ReportMetric(float64(len(requests))/float64(b.N), "requests/op")
	b.ReportMetric(float64(writes)/float64(b.N), "cfn-changesets/op")
}

// TestFollowLogs: --follow shows lines as they come, each once (CloudWatch
// Logs gives the lines at the last time shown again, and a long follow keeps
// only those IDs), and Ctrl-C (the context ending) stops it cleanly.
func TestFollowLogs(t *testing.T) {
	f := awsfake.New(t)
	dir := deployed(t, f, "walkthrough")
	group := "amplify-demo-dev-apiposts-ApiLogGroup"
	at := time.Now().Add(-time.Minute)
	f.AppLog(group, at, "first")
	f.AppLog(group, at, "at that millisecond too")
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- ShowLogs(ctx, NewClients(f.Config(), true), load(t, dir), "posts", LogsOptions{Since: time.Hour, Follow: true, Poll: time.Millisecond}, &out, time.Now)
	}()
	for !strings.Contains(out.String(), "first") {
		time.Sleep(time.Millisecond)
	}
	f.AppLog(group, time.Now(), "written while following")
	for !strings.Contains(out.String(), "written while following") {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // more polls, which must repeat nothing
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Ctrl-C ended the follow with %v", err)
	}
	for _, line := range []string{"first", "at that millisecond too", "written while following"} {
		if n := strings.Count(out.String(), line); n != 1 {
			t.Errorf("%q shown %d times:\n%s", line, n, out.String())
		}
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestHostingDeploy: a hosting site deploys: its certificate stack in
// us-east-1 first (without a hosted zone, the DNS validation record is
// printed), CloudFront's prefix list and the certificate's ARN go to the root
// stack, and deploy says where the site is and which record points its domain
// at CloudFront. (It was refused, then sent without those parameters.)
func TestHostingDeploy(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "hosting")
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{
		"Certificate of dev.example.com in us-east-1, for CloudFront (stack amplify-demo-dev-hosting-certificate)",
		"_x1.site.example. CNAME _x2.acm-validations.aws.",
		"Access logs of the site, in us-east-1 (stack amplify-demo-dev-hosting-logs)",
		"Site: https://dev.example.com",
		// The account has a zone for example.com: deploy names it rather than printing a record.
		"Route53 zone ZFAKEEXAMPLE holds dev.example.com: `dockstack update hosting --env dev --hosted-zone ZFAKEEXAMPLE`",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("deploy did not say %q:\n%s", want, out.String())
		}
	}
	root := f.StackParams("amplify-demo-dev")
	if root["hostingElasticContainerCloudFrontPrefixListId"] != "pl-fakecf" || root["hostingElasticContainerCertificateArn"] == "" || root["hostingElasticContainerDomain"] != "dev.example.com" {
		t.Errorf("root parameters: %v", root)
	}
	if res.Outputs[gen.HostingStackID]["CloudfrontDistributionAliasDomainName"] == "" {
		t.Errorf("the site's outputs were not recorded: %v", res.Outputs)
	}
	// A second deploy changes nothing in us-east-1 and prints no record again.
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "acm-validations") || !strings.Contains(out.String(), "No changes") {
		t.Errorf("second deploy was not a no-change deploy (the origin secret and certificate are stable):\n%s", out.String())
	}
	// Where the account has no public zone for the domain (its private one does not count), deploy prints the record to make.
	f.NoHostedZones()
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "dev.example.com CNAME amplify-demo-dev-hostingElasticContainer-CloudfrontDistributionAliasDomainName") {
		t.Errorf("no CNAME record to make:\n%s", out.String())
	}
}

// TestHostingSecrets: the site's compose secrets are stored as an API's are
// (deploy stored only the APIs' secrets, so the site's tasks could not start).
func TestHostingSecrets(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "hosting")
	os.Remove(filepath.Join(dir, "src", "Dockerfile"))
	edit(t, dir, "amplify/backend/backend-config.json", `"healthCheckPath": "/healthz"`, `"healthCheckPath": "/healthz", "exposedContainer": {"name": "web"}`)
	files := map[string]string{
		"src/docker-compose.yml": "services:\n  web:\n    build: ./web\n    ports: [\"3000:3000\"]\n    secrets: [api_key]\nsecrets:\n  api_key:\n    file: ../secrets/.secret-apikey\n",
		"src/web/Dockerfile":     "FROM public.ecr.aws/docker/library/node:22-slim\nEXPOSE 3000\n",
		"secrets/.secret-apikey": "s3cr3t-value",
	}
	for name, body := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if got := f.Secret("amplify-demo-dev/site/api_key"); got != "s3cr3t-value" {
		t.Errorf("the site's secret = %q", got)
	}
	if strings.Contains(out.String(), "s3cr3t-value") {
		t.Error("the secret's value was printed")
	}
}

// TestPlanHostingCreation: the plan of a new environment with a hosting site
// lists its us-east-1 stacks' resources too (they were left out), and creates nothing.
func TestPlanHostingCreation(t *testing.T) {
	f := awsfake.New(t)
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Plan: true}).Run(context.Background(), load(t, project(t, "hosting")))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, c := range res.Changes {
		found[c.Stack+"/"+c.LogicalID] = true
	}
	for _, want := range []string{"hosting-certificate (us-east-1)/Certificate", "hosting-logs (us-east-1)/Delivery", "hostingElasticContainer/Distribution"} {
		if !found[want] {
			t.Errorf("the plan lacks %s", want)
		}
	}
	if f.StackExists("amplify-demo-dev-hosting-certificate") {
		t.Error("a plan created the certificate stack")
	}
}

// TestHostingCertificateConfirmed: the certificate stack in us-east-1 is shown
// and needs --yes (or a yes) like the root stack; it was created unasked.
func TestHostingCertificateConfirmed(t *testing.T) {
	f := awsfake.New(t)
	var out bytes.Buffer
	_, err := deployer(f, &out, Options{}).Run(context.Background(), load(t, project(t, "hosting")))
	var refusal *Refusal
	if !errors.As(err, &refusal) || !strings.Contains(err.Error(), "not executed") {
		t.Errorf("deploy without --yes: %v", err)
	}
	if !strings.Contains(out.String(), "+ Certificate (AWS::CertificateManager::Certificate)") {
		t.Errorf("the certificate stack's changes were not shown:\n%s", out.String())
	}
	// The change set's empty stack goes with it (a deletion the fake ends when the stack is next read).
	if st, err := deployer(f, &out, Options{}).stackState(context.Background(), "amplify-demo-dev-hosting-certificate"); err != nil || st != nil {
		t.Errorf("the certificate stack was left: %v %v", st, err)
	}
}

// TestEnvFileSecretsStored: variables listed in x-dockstack-secrets are
// stored from the env files that set them (golden/env-secrets), the files
// holding them stay out of the source bundle, and no value is printed.
func TestEnvFileSecretsStored(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "env-secrets")
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"secret_key": "sk_env_51HvZxQ", "postgres_password": "correct-horse-battery"} {
		if got := f.Secret("amplify-demo-dev/myapi/" + name); got != want {
			t.Errorf("secret %s = %q, want %q", name, got, want)
		}
	}
	bundles := 0
	for key, data := range f.Objects() {
		if !strings.HasSuffix(key, "source.zip") {
			continue
		}
		bundles++
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range zr.File {
			if file.Name == ".env" || file.Name == "app.env" {
				t.Errorf("%s holds %s, a file of secret values", key, file.Name)
			}
		}
	}
	if bundles == 0 {
		t.Fatal("no source bundle was uploaded")
	}
	if strings.Contains(out.String(), "sk_env") || strings.Contains(out.String(), "correct-horse") {
		t.Errorf("a secret value appears in the output:\n%s", out.String())
	}
}
