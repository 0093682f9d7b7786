package deploy

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dockstack/dockstack/internal/awsfake"
	"github.com/dockstack/dockstack/model"
)

const postsService = "amplify-demo-dev-apiposts"

// neverLowered fails when a service's desired count ever went down while the
// service ran tasks (a value below the one before it, that one above zero).
func neverLowered(t *testing.T, f *awsfake.Fake) {
	t.Helper()
	for stack, counts := range f.DesiredCounts() {
		for i := 1; i < len(counts); i++ {
			if counts[i] < counts[i-1] {
				t.Errorf("%s: desired count went from %d to %d (history %v)", stack, counts[i-1], counts[i], counts)
			}
		}
	}
}

func lastCount(f *awsfake.Fake, stack string) int {
	c := f.DesiredCounts()[stack]
	if len(c) == 0 {
		return -1
	}
	return c[len(c)-1]
}

func runDeploy(t *testing.T, f *awsfake.Fake, dir string, opts Options) *Result {
	t.Helper()
	var out bytes.Buffer
	opts.Yes = true
	res, err := deployer(f, &out, opts).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, out.String())
	}
	return res
}

// TestNeverAnOutage: over every flow, the service's desired count never goes
// down while it runs, and ends at the replicas once the images exist.
func TestNeverAnOutage(t *testing.T) {
	t.Run("first deploy, followed", func(t *testing.T) {
		f := awsfake.New(t)
		runDeploy(t, f, project(t, "walkthrough"), Options{})
		if got := f.DesiredCounts()[postsService]; len(got) != 2 || got[0] != 0 || got[1] != 1 {
			t.Errorf("desired counts %v; want [0 1]: no task before the image exists, then the replica", got)
		}
		neverLowered(t, f)
	})
	t.Run("deploy again, from a clean clone", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "walkthrough")
		runDeploy(t, f, dir, Options{})
		os.Remove(filepath.Join(dir, "amplify/backend/amplify-meta.json")) // a clean clone has none
		res := runDeploy(t, f, dir, Options{})
		if !res.NoChanges || lastCount(f, postsService) != 1 {
			t.Errorf("a redeploy from a clean clone changed something (no changes: %v) or the count (%v)", res.NoChanges, f.DesiredCounts()[postsService])
		}
		neverLowered(t, f)
	})
	t.Run("--no-follow, then deploy again", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "walkthrough")
		res := runDeploy(t, f, dir, Options{NoFollow: true})
		if len(res.Waiting) != 1 || lastCount(f, postsService) != 0 {
			t.Errorf("--no-follow: waiting %v, count %v", res.Waiting, f.DesiredCounts()[postsService])
		}
		// The pipeline ran meanwhile; the next deploy gives the service its task.
		runDeploy(t, f, dir, Options{NoFollow: true})
		if lastCount(f, postsService) != 1 {
			t.Errorf("after the build, the next deploy left the count at %v", f.DesiredCounts()[postsService])
		}
		neverLowered(t, f)
	})
	t.Run("interrupted while following, then run again", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "walkthrough")
		f.PipelineOutcome("InProgress")
		interrupts := make(chan os.Signal, 1)
		var out bytes.Buffer
		d := deployer(f, &out, Options{Yes: true})
		d.Interrupts = interrupts
		var recorded model.StackOutputs
		d.Record = func(o model.StackOutputs) error { recorded = o; return nil }
		done := make(chan error, 1)
		go func() { _, err := d.Run(context.Background(), load(t, dir)); done <- err }()
		for !slices.Contains(f.Requests(), "CodePipeline_20150709.ListPipelineExecutions") {
			time.Sleep(time.Millisecond)
		}
		interrupts <- os.Interrupt
		if err := <-done; !errors.Is(err, errInterrupted) {
			t.Fatalf("interrupted deploy: %v", err)
		}
		if recorded["apiposts"]["RootUrl"] == "" {
			t.Errorf("the outputs were not recorded before following the pipeline: %v", recorded)
		}
		f.FinishRuns("Succeeded") // the pipeline went on in AWS
		f.PipelineOutcome("Succeeded")
		runDeploy(t, f, dir, Options{})
		if lastCount(f, postsService) != 1 {
			t.Errorf("the deploy after an interrupted one left the count at %v", f.DesiredCounts()[postsService])
		}
		neverLowered(t, f)
	})
	for _, c := range []string{"self-managed", "github-source"} {
		t.Run(c+": images built elsewhere", func(t *testing.T) {
			f := awsfake.New(t)
			dir := project(t, c)
			res := runDeploy(t, f, dir, Options{})
			stack := "amplify-demo-dev-apimyapi"
			if len(res.Waiting) != 1 || lastCount(f, stack) != 0 {
				t.Errorf("before the images exist: waiting %v, counts %v", res.Waiting, f.DesiredCounts())
			}
			f.PushImages("myapi")
			runDeploy(t, f, dir, Options{})
			if lastCount(f, stack) < 1 {
				t.Errorf("after the images were pushed: counts %v", f.DesiredCounts())
			}
			runDeploy(t, f, dir, Options{})
			neverLowered(t, f)
		})
	}
	t.Run("a new API beside a running one", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "walkthrough")
		runDeploy(t, f, dir, Options{})
		api := filepath.Join(dir, "amplify/backend/api")
		if err := os.CopyFS(filepath.Join(api, "second"), os.DirFS(filepath.Join(api, "posts"))); err != nil {
			t.Fatal(err)
		}
		edit(t, dir, "amplify/backend/backend-config.json", `"api": {`, `"api": {
    "second": { "service": "ElasticContainer", "apiType": "REST" },`)
		res := runDeploy(t, f, dir, Options{NoFollow: true})
		if !slices.Equal(res.Waiting, []string{"second"}) || lastCount(f, postsService) != 1 || lastCount(f, "amplify-demo-dev-apisecond") != 0 {
			t.Errorf("waiting %v, counts %v", res.Waiting, f.DesiredCounts())
		}
		neverLowered(t, f)
	})
	t.Run("scaled out by hand", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "walkthrough")
		runDeploy(t, f, dir, Options{})
		f.SetDesired(postsService, 4)
		edit(t, dir, "amplify/backend/api/posts/src/index.js", "", "// a code change\n")
		runDeploy(t, f, dir, Options{})
		if lastCount(f, postsService) != 4 {
			t.Errorf("a deploy changed a service scaled to 4 to %v", f.DesiredCounts()[postsService])
		}
		neverLowered(t, f)
	})
	t.Run("a container added to a running API", func(t *testing.T) {
		f := awsfake.New(t)
		dir := project(t, "guide-compose")
		runDeploy(t, f, dir, Options{NoFollow: true})
		runDeploy(t, f, dir, Options{NoFollow: true})
		edit(t, dir, "amplify/backend/api/myapi/src/docker-compose.yml", "services:\n", "services:\n  worker:\n    build: ./python\n")
		res := runDeploy(t, f, dir, Options{NoFollow: true})
		if len(res.Waiting) != 1 {
			t.Errorf("the new container's image does not exist yet: waiting %v", res.Waiting)
		}
		neverLowered(t, f)
		if lastCount(f, "amplify-demo-dev-apimyapi") < 1 {
			t.Errorf("the running service lost its tasks: %v", f.DesiredCounts())
		}
	})
}

// TestRollbackStartsNoNewerBuild: a deploy whose stack update fails and rolls
// back uploads no source bundle, so no pipeline builds code newer than the
// stack it rolled back to; when the update succeeds the bundle goes after it.
func TestRollbackStartsNoNewerBuild(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "walkthrough")
	runDeploy(t, f, dir, Options{})
	edit(t, dir, "amplify/backend/api/posts/src/index.js", "", "// new code\n")
	edit(t, dir, "amplify/backend/api/posts/src/Dockerfile", "8080", "9090") // and a template change
	f.FailOn("TaskDefinition", "Resource handler returned message: \"Invalid request provided\"")
	var out bytes.Buffer
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err == nil {
		t.Fatal("the failing update succeeded")
	}
	if strings.Contains(out.String(), "source.zip") {
		t.Errorf("a rolled-back deploy uploaded a source bundle (a build of newer code):\n%s", out.String())
	}
	// Fixed, the same change deploys, and the bundle is uploaded after the stack update.
	out.Reset()
	if _, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir)); err != nil {
		t.Fatal(err)
	}
	stackDone := strings.LastIndex(out.String(), "UPDATE_COMPLETE")
	upload := strings.Index(out.String(), "Uploading s3://amplify-demo-dev-deployment/dockstack/posts/source.zip")
	if upload < 0 || upload < stackDone {
		t.Errorf("the bundle was not uploaded after the stack update:\n%s", out.String())
	}
}

// TestCodeOnlyChange: a change of source code alone changes no template: the
// deploy executes no change set, uploads the bundle to the API's key (which
// starts its pipeline) and follows the run.
func TestCodeOnlyChange(t *testing.T) {
	f := awsfake.New(t)
	dir := project(t, "walkthrough")
	runDeploy(t, f, dir, Options{})
	edit(t, dir, "amplify/backend/api/posts/src/index.js", "", "// new code\n")
	before := len(f.Requests())
	var out bytes.Buffer
	res, err := deployer(f, &out, Options{Yes: true}).Run(context.Background(), load(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	requests := f.Requests()[before:]
	if !res.NoChanges || slices.Contains(requests, "ExecuteChangeSet") || count(requests, "s3.PUT") != 1 {
		t.Errorf("code-only change: no changes %v, requests %v", res.NoChanges, requests)
	}
	if !strings.Contains(out.String(), "waiting for the run of this source bundle") {
		t.Errorf("the run is not followed:\n%s", out.String())
	}
}
