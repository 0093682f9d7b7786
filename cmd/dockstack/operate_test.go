package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/internal/awsfake"
	"github.com/dockstack/dockstack/internal/golden"
)

// deployedProject deploys the walkthrough to the fake and returns its folder.
func deployedProject(t *testing.T, f *awsfake.Fake) string {
	t.Helper()
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/walkthrough/input")); err != nil {
		t.Fatal(err)
	}
	if out, stderr, err := run("deploy", "--dir", dir, "--yes"); err != nil {
		t.Fatalf("deploy: %v\n%s%s", err, out, stderr)
	}
	return dir
}

// TestStatus: a deployed environment's status as text (golden) and JSON; a
// crash-looping service shows its events and stopped tasks' reasons and exits 1;
// an environment never deployed says so; a rolled-back stack shows its reason.
func TestStatus(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	out, stderr, err := run("status", "--dir", dir)
	if err != nil {
		t.Fatalf("status: %v\n%s", err, stderr)
	}
	golden.Check(t, "testdata/status-walkthrough.txt", []byte(out))
	out, _, err = run("status", "posts", "--dir", dir, "--output", "json")
	var st struct {
		StackStatus string `json:"stackStatus"`
		APIs        []struct {
			Name    string            `json:"name"`
			Running int               `json:"running"`
			Images  map[string]string `json:"images"`
		} `json:"apis"`
	}
	if err != nil || json.Unmarshal([]byte(out), &st) != nil || len(st.APIs) != 1 || st.APIs[0].Running != 1 || st.APIs[0].Images["api"] == "" {
		t.Errorf("status --output json: %v\n%s", err, out)
	}

	// Throttled and failing requests are retried: the status is the same.
	f.FailEvery(4)
	want, _ := os.ReadFile("testdata/status-walkthrough.txt")
	if again, _, err := run("status", "--dir", dir); err != nil || again != string(want) || f.Faults() == 0 {
		t.Errorf("status through throttling (%d faults): %v\n%s", f.Faults(), err, again)
	}
	f.FailEvery(0)

	f.CrashLoop()
	out, _, err = run("status", "--dir", dir)
	if err == nil || exitCode(err) != exitFailure || !strings.Contains(out, "! task stopped: Essential container in task exited (api: Error: Cannot find module 'express')") ||
		!strings.Contains(out, "deployment failed: tasks failed to start") || !strings.Contains(out, "0 running, 1 desired") {
		t.Errorf("crash loop: %v\n%s", err, out)
	}

	empty := awsfake.New(t)
	useFake(t, empty)
	if out, _, err := run("status", "--dir", dir); err != nil || !strings.Contains(out, "is not deployed: run dockstack deploy") {
		t.Errorf("an environment never deployed: %v\n%s", err, out)
	}
	if _, _, err := run("status", "nosuch", "--dir", dir); err != nil {
		t.Errorf("status of an api in an environment never deployed: %v", err)
	}
}

// TestStatusOfAFailedDeploy: a stack that rolled back shows its status and why.
func TestStatusOfAFailedDeploy(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/walkthrough/input")); err != nil {
		t.Fatal(err)
	}
	f.FailOn("apiposts", "Resource handler returned message: \"Invalid request provided: CreateService error\"")
	run("deploy", "--dir", dir, "--yes")
	out, _, _ := run("status", "--dir", dir)
	if !strings.Contains(out, "ROLLBACK_COMPLETE") {
		t.Errorf("status of a failed first deploy:\n%s", out)
	}
}

// TestScale: scale sets the count and the next deploy keeps it (0 stops a crash
// loop and stays 0); --release hands the count back to deploy.
func TestScale(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	out, _, err := run("scale", "posts", "--count", "0", "--dir", dir)
	if err != nil || !strings.Contains(out, "The next deploy keeps this count") {
		t.Fatalf("scale: %v\n%s", err, out)
	}
	last := func() int { c := f.DesiredCounts()["amplify-demo-dev-apiposts"]; return c[len(c)-1] }
	if last() != 0 {
		t.Fatalf("scale to 0 left %v", f.DesiredCounts())
	}
	os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// changed\n"), 0o644)
	out, _, err = run("deploy", "--dir", dir, "--yes")
	if err != nil || last() != 0 || !strings.Contains(out, "keeps the 0 tasks `dockstack scale` set") {
		t.Errorf("the deploy after scale 0: %v, counts %v\n%s", err, f.DesiredCounts(), out)
	}
	if _, _, err := run("scale", "posts", "--release", "--dir", dir); err != nil {
		t.Fatal(err)
	}
	if out, _, err := run("deploy", "--dir", dir, "--yes"); err != nil || last() != 1 {
		t.Errorf("the deploy after --release: %v, counts %v\n%s", err, f.DesiredCounts(), out)
	}
	if _, _, err := run("scale", "posts", "--dir", dir); err == nil || exitCode(err) != exitUsage {
		t.Errorf("scale without --count: %v", err)
	}
}

// TestConsole: console prints the API's pages: service, pipeline, logs, API Gateway.
func TestConsole(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	out, _, err := run("console", "posts", "--dir", dir, "--print")
	for _, want := range []string{"/ecs/v2/clusters/amplify-demo-dev-apiposts-ClusterName/services/amplify-demo-dev-apiposts-ServiceName/health?region=us-east-1",
		"/codesuite/codepipeline/pipelines/amplify-demo-dev-apiposts-PipelineName/view", "/cloudwatch/home?region=us-east-1#logsV2:log-groups$3FlogGroupNameFilter$3Damplify-demo-dev-apiposts", "/apigateway/"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("console lacks %q: %v\n%s", want, err, out)
		}
	}
}

// TestLogs: an API's container lines, oldest first with time and container;
// --container and --filter narrow them; a project never deployed says so.
func TestLogs(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	group := "amplify-demo-dev-apiposts-ApiLogGroup" // the fake's output value for ApiLogGroup
	now := time.Now()
	f.AppLog(group, now.Add(-2*time.Hour), "too old to show")
	f.AppLog(group, now.Add(-10*time.Minute), "listening on 8080")
	f.AppLog(group, now.Add(-5*time.Minute), "ERROR no such table")
	out, _, err := run("logs", "posts", "--dir", dir)
	if err != nil || strings.Contains(out, "too old") || !strings.Contains(out, " api          listening on 8080\n") ||
		strings.Index(out, "listening") > strings.Index(out, "ERROR") {
		t.Errorf("logs: %v\n%s", err, out)
	}
	if out, _, err := run("logs", "posts", "--dir", dir, "--filter", "ERROR"); err != nil || strings.Contains(out, "listening") || !strings.Contains(out, "ERROR no such table") {
		t.Errorf("logs --filter: %v\n%s", err, out)
	}
	if _, _, err := run("logs", "posts", "--dir", dir, "--container", "nosuch"); err == nil || !strings.Contains(err.Error(), `no container "nosuch"`) {
		t.Errorf("logs of an unknown container: %v", err)
	}
	useFake(t, awsfake.New(t))
	if _, _, err := run("logs", "posts", "--dir", dir); err == nil || !strings.Contains(err.Error(), "is not deployed") {
		t.Errorf("logs of an environment never deployed: %v", err)
	}
	// An API removed from the project while its stack still runs: an error, not a crash.
	useFake(t, f)
	if _, stderr, err := run("remove", "api", "posts", "--dir", dir, "--yes"); err != nil {
		t.Fatalf("remove api: %v\n%s", err, stderr)
	}
	for _, cmd := range [][]string{{"logs", "posts"}, {"images", "posts"}, {"rollback", "posts", "--previous"}, {"scale", "posts", "--count", "1"}} {
		if _, _, err := run(append(cmd, "--dir", dir)...); err == nil || !strings.Contains(err.Error(), `no api "posts" in the project`) {
			t.Errorf("%s of an API no longer in the project: %v", cmd[0], err)
		}
	}
}

// TestImagesAndRollback: images lists the builds marking the running one; a
// rollback runs an earlier build and moves latest with it; a deploy that
// changes no template leaves it; a crash-looping rollback says why.
func TestImagesAndRollback(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f) // build exec-1
	os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// v2\n"), 0o644)
	if _, stderr, err := run("deploy", "--dir", dir, "--yes"); err != nil { // build exec-2
		t.Fatalf("second deploy: %v\n%s", err, stderr)
	}
	out, _, err := run("images", "posts", "--dir", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 2 || !strings.HasPrefix(lines[0], "exec-2") || !strings.Contains(lines[0], "running latest") || strings.Contains(lines[1], "running") {
		t.Fatalf("images: %v\n%s", err, out)
	}
	out, _, err = run("rollback", "posts", "--previous", "--dir", dir)
	if err != nil || !strings.Contains(out, "api posts: runs exec-1, healthy") {
		t.Fatalf("rollback --previous: %v\n%s", err, out)
	}
	out, _, _ = run("images", "posts", "--dir", dir, "--output", "json")
	var images []struct {
		Tag             string
		Running, Latest bool
	}
	json.Unmarshal([]byte(out), &images)
	if len(images) != 2 || !images[1].Running || !images[1].Latest || images[0].Running || images[0].Latest {
		t.Errorf("after the rollback, exec-1 runs and is latest: %+v", images)
	}
	if out, _, err := run("deploy", "--dir", dir, "--yes"); err != nil || !strings.Contains(out, "No changes") {
		t.Errorf("a deploy after a rollback must leave it: %v\n%s", err, out)
	}
	if out, _, _ := run("status", "posts", "--dir", dir); !strings.Contains(out, "images: api=exec-1") {
		t.Errorf("status after the rollback:\n%s", out)
	}
	if _, _, err := run("rollback", "posts", "--to", "nosuch", "--dir", dir); err == nil || !strings.Contains(err.Error(), "has no image tagged nosuch") {
		t.Errorf("rollback to a tag that does not exist: %v", err)
	}
	if _, _, err := run("rollback", "posts", "--dir", dir); err == nil || exitCode(err) != exitUsage {
		t.Errorf("rollback without --to or --previous: %v", err)
	}
	f.CrashLoop()
	if _, _, err := run("rollback", "posts", "--to", "exec-2", "--dir", dir); err == nil || !strings.Contains(err.Error(), "the rollout of exec-2 failed: task stopped") {
		t.Errorf("a rollback that crash-loops: %v", err)
	}
}

// TestDelete: delete asks for the environment's name (refusing without a
// terminal or --yes), says what a failed deletion leaves and finishes when run
// again, lists what the templates retain with the command removing each (golden
// text and JSON), survives throttling, and finds nothing in an empty environment.
func TestDelete(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	root := "amplify-demo-dev"
	if _, _, err := run("delete", "--dir", dir); exitCode(err) != exitUsage || !f.StackExists(root) {
		t.Fatalf("delete without a terminal or --yes must refuse and delete nothing: %v", err)
	}
	f.FailDelete(gen.APIStackID("posts"), "Resource is in use")
	_, _, err := run("delete", "--dir", dir, "--yes")
	if err == nil || !strings.Contains(err.Error(), "partly deleted") || !strings.Contains(err.Error(), "left: "+root+", "+root+"-bootstrap") || !strings.Contains(err.Error(), "run dockstack delete again") {
		t.Fatalf("a failed deletion must say what is left and how to finish: %v", err)
	}
	if f.Status(root) != "DELETE_FAILED" {
		t.Fatalf("root stack: %s", f.Status(root))
	}
	f.FailDelete(gen.APIStackID("posts"), "")
	f.FailEvery(7) // throttled now and then
	out, stderr, err := run("delete", "--dir", dir, "--yes")
	f.FailEvery(0)
	if err != nil || f.Faults() == 0 {
		t.Fatalf("delete again, throttled (%d faults): %v\n%s", f.Faults(), err, stderr)
	}
	golden.Check(t, "testdata/delete-walkthrough.txt", []byte(out))
	if f.StackExists(root) || f.StackExists(root+"-bootstrap") {
		t.Error("stacks left after delete")
	}
	if out, _, err := run("delete", "--dir", dir); err != nil || !strings.Contains(out, "nothing to delete") {
		t.Errorf("delete of an empty environment: %v\n%s", err, out)
	}

	dir = deployedProject(t, f)
	out, stderr, err = run("delete", "--dir", dir, "--yes", "--output", "json")
	if err != nil {
		t.Fatalf("delete --output json: %v\n%s", err, stderr)
	}
	var td struct {
		Stacks []string
		Kept   []struct{ Type, ID string }
	}
	if err := json.Unmarshal([]byte(out), &td); err != nil || len(td.Stacks) != 2 || !slices.ContainsFunc(td.Kept, func(k struct{ Type, ID string }) bool { return k.Type == "AWS::DynamoDB::Table" }) {
		t.Errorf("delete --output json: %v %v\n%s", err, td, out)
	}
}

// TestEnvRemove: env remove deletes the environment's stacks, then drops it
// from team-provider-info.json; the current environment cannot go.
func TestEnvRemove(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	if _, stderr, err := run("env", "add", "test", "--dir", dir); err != nil {
		t.Fatalf("env add: %v\n%s", err, stderr)
	}
	if _, stderr, err := run("deploy", "--env", "test", "--dir", dir, "--yes"); err != nil {
		t.Fatalf("deploy test: %v\n%s", err, stderr)
	}
	if _, _, err := run("env", "remove", "dev", "--dir", dir, "--yes"); exitCode(err) != exitUsage || !f.StackExists("amplify-demo-dev") {
		t.Errorf("removing the current environment must be refused: %v", err)
	}
	out, stderr, err := run("env", "remove", "test", "--dir", dir, "--yes")
	if err != nil || !strings.Contains(out, "Deleted environment test") || f.StackExists("amplify-demo-test") || !f.StackExists("amplify-demo-dev") {
		t.Fatalf("env remove test: %v\n%s%s", err, out, stderr)
	}
	tpi, _ := os.ReadFile(dir + "/amplify/team-provider-info.json")
	if strings.Contains(string(tpi), `"test"`) || !strings.Contains(string(tpi), `"dev"`) {
		t.Errorf("team-provider-info.json after env remove test:\n%s", tpi)
	}
}

// TestBuildLog: status flags a failed build; logs --build shows the whole log of the last run's build, page
// after page, and goes with neither --follow nor an undeployed environment.
func TestBuildLog(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	var lines []string
	for i := 1; i <= 7; i++ {
		lines = append(lines, fmt.Sprintf("step %d", i))
	}
	f.PipelineOutcome("BuildFailed", lines...)
	os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// v2\n"), 0o644)
	if out, _, err := run("deploy", "--dir", dir, "--yes"); err == nil || !strings.Contains(out, "dockstack logs API --build") {
		t.Fatalf("a failed build's deploy: %v\n%s", err, out)
	}
	if out, _, err := run("status", "posts", "--dir", dir); exitCode(err) != exitFailure || !strings.Contains(out, "! the last pipeline run failed at Build: the service runs an earlier build (dockstack logs posts --build)") {
		t.Errorf("status after a failed build must say so and exit 1: %v\n%s", err, out)
	}
	out, stderr, err := run("logs", "posts", "--build", "--dir", dir)
	if err != nil || !strings.Contains(out, "(Failed), log /aws/codebuild/fake:\n"+strings.Join(lines, "\n")+"\n") {
		t.Errorf("logs --build: %v\n%s%s", err, out, stderr)
	}
	if _, _, err := run("logs", "posts", "--build", "--follow", "--dir", dir); exitCode(err) != exitUsage {
		t.Errorf("--build with --follow: %v", err)
	}
	useFake(t, awsfake.New(t))
	if _, _, err := run("logs", "posts", "--build", "--dir", dir); err == nil || !strings.Contains(err.Error(), "not deployed") {
		t.Errorf("logs --build of an environment not deployed: %v", err)
	}
}

// TestDeleteDataFailures: delete --delete-data removes the stacks, then tries
// each kept resource; what cannot go is reported with the command that removes
// it by hand (the fake serves none of the data services; moto's run of the same
// deletions is deploy's TestDeleteDataAgainstMoto).
func TestDeleteDataFailures(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	out, stderr, err := run("delete", "--delete-data", "--yes", "--dir", dir)
	if err == nil || !strings.Contains(err.Error(), "deleted environment dev's stacks, but not all of its data") ||
		!strings.Contains(err.Error(), "\n  AWS::DynamoDB::Table amplify-demo-dev-storageposts-Table: ") ||
		!strings.Contains(err.Error(), "(by hand: aws dynamodb update-table --no-deletion-protection-enabled --table-name amplify-demo-dev-storageposts-Table && aws dynamodb delete-table --table-name amplify-demo-dev-storageposts-Table)") ||
		!strings.Contains(stderr+out, "with --delete-data, the data they keep") || f.StackExists("amplify-demo-dev") {
		t.Errorf("delete --delete-data against the fake: %v\n%s%s", err, out, stderr)

	}
}

// TestOperatingCommandsInEachScenario runs every operating command on the fake's
// scenarios: a missing stack says "not deployed" (exit 1); throttling changes no
// result; a crash loop and a failed pipeline deploy leave every command working,
// and only a rollout into the crash loop fails, saying why.
func TestOperatingCommandsInEachScenario(t *testing.T) {
	commands := [][]string{{"logs", "posts"}, {"logs", "posts", "--build"}, {"images", "posts"}, {"rollback", "posts", "--to", "exec-1"},
		{"scale", "posts", "--count", "1"}, {"console", "posts", "--print"}}
	for _, sc := range []struct {
		name  string
		setup func(f *awsfake.Fake, dir string)
		fails map[string]string // command -> what its error says (others succeed)
	}{
		{"missing stack", func(f *awsfake.Fake, dir string) { useFake(t, awsfake.New(t)) }, map[string]string{
			"logs": "not deployed", "logs --build": "not deployed", "images": "not deployed", "rollback": "not deployed",
			"scale": "not deployed", "console": "not deployed"}},
		{"throttled", func(f *awsfake.Fake, dir string) { f.FailEvery(9) }, nil},
		{"crash loop", func(f *awsfake.Fake, dir string) { f.CrashLoop() }, map[string]string{"rollback": "the rollout of exec-1 failed: task stopped"}},
		{"failed deploy", func(f *awsfake.Fake, dir string) {
			f.PipelineOutcome("DeployFailed")
			os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// v2\n"), 0o644)
			run("deploy", "--dir", dir, "--yes")
		}, nil},
	} {
		t.Run(sc.name, func(t *testing.T) {
			f := awsfake.New(t)
			dir := deployedProject(t, f)
			sc.setup(f, dir)
			for _, args := range commands {
				key := args[0]
				if len(args) > 2 && args[2] == "--build" {
					key += " --build"
				}
				out, stderr, err := run(append(args, "--dir", dir)...)
				t.Logf("$ dockstack %s\n%s%s(error: %v)", strings.Join(args, " "), out, stderr, err) // the transcript, with -v
				want, fails := sc.fails[key]
				switch {
				case fails && (exitCode(err) != exitFailure || !strings.Contains(err.Error(), want)):
					t.Errorf("%v: got %v (exit %d), want %q and exit 1", args, err, exitCodeOf(err), want)
				case !fails && err != nil:
					t.Errorf("%v: %v\n%s%s", args, err, out, stderr)
				}
			}
			if sc.name == "throttled" && f.Faults() == 0 {
				t.Error("no request was throttled")
			}
			out, _, err := run("status", "posts", "--dir", dir)
			t.Logf("$ dockstack status posts\n%s(error: %v)", out, err)
			if sc.name == "failed deploy" &&
				(exitCode(err) != exitFailure || !strings.Contains(out, "! the last pipeline run failed at Deploy: the service runs an earlier build (dockstack console posts)")) {
				t.Errorf("status after a failed pipeline deploy: %v\n%s", err, out)
			}
		})
	}
}

// TestOperatingCommandsJSON: with --output json, stdout holds only JSON: an
// object a line for logs (they stream), one document for the others.
func TestOperatingCommandsJSON(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	f.AppLog("amplify-demo-dev-apiposts-ApiLogGroup", time.Now().Add(-time.Minute), "listening on 8080")
	f.PipelineOutcome("BuildFailed", "npm ERR! missing script: build")
	os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// v2\n"), 0o644)
	run("deploy", "--dir", dir, "--yes")
	lines := func(args ...string) []map[string]any {
		out, stderr, err := run(append(args, "--output", "json", "--dir", dir)...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		var docs []map[string]any
		docLines := []string{out}
		if args[0] == "logs" {
			docLines = strings.Split(strings.TrimSpace(out), "\n")
		}
		for _, l := range docLines {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("%v: a line is not JSON: %q", args, l)
			}
			docs = append(docs, m)
		}
		return docs
	}
	if got := lines("logs", "posts"); len(got) != 1 || got[0]["container"] != "api" || got[0]["message"] != "listening on 8080" {
		t.Errorf("logs: %v", got)
	}
	if got := lines("logs", "posts", "--build"); len(got) != 1 || got[0]["status"] != "Failed" || got[0]["message"] != "npm ERR! missing script: build" {
		t.Errorf("logs --build: %v", got)
	}
	if got := lines("scale", "posts", "--count", "2"); len(got) != 1 || got[0]["count"] != 2.0 || got[0]["released"] != false {
		t.Errorf("scale: %v", got)
	}
	if got := lines("rollback", "posts", "--to", "exec-1"); len(got) != 1 || got[0]["tag"] != "exec-1" || got[0]["healthy"] != true {
		t.Errorf("rollback: %v", got)
	}
	out, _, err := run("console", "posts", "--output", "json", "--dir", dir)
	var urls []string
	if err != nil || json.Unmarshal([]byte(out), &urls) != nil || len(urls) != 4 || !strings.Contains(urls[0], "/ecs/v2/clusters/") {
		t.Errorf("console: %v %q", err, out)
	}
}

// TestOperatingCommandsText: the text each operating command prints on a
// deployed walkthrough, one golden file for all (status and delete have their own).
func TestOperatingCommandsText(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	f.AppLog("amplify-demo-dev-apiposts-ApiLogGroup", time.Date(2026, 1, 1, 0, 0, 5, 0, time.UTC), "listening on 8080")
	f.PipelineOutcome("BuildFailed", "npm ERR! missing script: build", "[Container] Phase complete: BUILD State: FAILED")
	os.WriteFile(dir+"/amplify/backend/api/posts/src/index.js", []byte("// v2\n"), 0o644)
	run("deploy", "--dir", dir, "--yes")
	var b strings.Builder
	for _, args := range [][]string{{"images", "posts"}, {"logs", "posts", "--since", "1000000h"}, {"logs", "posts", "--build"},
		{"console", "posts", "--print"}, {"scale", "posts", "--count", "2"}, {"scale", "posts", "--release"}, {"rollback", "posts", "--to", "exec-1"}} {
		out, stderr, err := run(append(args, "--dir", dir)...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		fmt.Fprintf(&b, "$ dockstack %s\n%s\n", strings.Join(args, " "), out)
	}
	golden.Check(t, "testdata/operate-walkthrough.txt", []byte(b.String()))
}

// TestConsolePipeline: console pipeline [API] prints only the pipeline's page
// (the API left out when there is one); an unknown API is a usage error.
func TestConsolePipeline(t *testing.T) {
	f := awsfake.New(t)
	dir := deployedProject(t, f)
	want := "https://us-east-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/amplify-demo-dev-apiposts-PipelineName/view?region=us-east-1\n"
	for _, args := range [][]string{{"console", "pipeline"}, {"console", "pipeline", "posts"}} {
		if out, _, err := run(append(args, "--print", "--dir", dir)...); err != nil || out != want {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	for _, args := range [][]string{{"console", "nosuch"}, {"console", "pipeline", "nosuch"}, {"console", "posts", "extra"}} {
		if _, _, err := run(append(args, "--print", "--dir", dir)...); exitCode(err) != exitUsage {
			t.Errorf("%v: %v (exit %d), want a usage error", args, err, exitCodeOf(err))
		}
	}
}
