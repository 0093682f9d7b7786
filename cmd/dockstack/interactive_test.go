package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/dockstack/dockstack/internal/awsfake"
)

// terminalSession runs one command with a pseudo-terminal as its input, typing
// the answers when their questions appear.
type terminalSession struct {
	t      *testing.T
	master *os.File
	mu     sync.Mutex
	screen bytes.Buffer
}

func (s *terminalSession) read() {
	buf := make([]byte, 4096)
	for {
		n, err := s.master.Read(buf)
		s.mu.Lock()
		s.screen.Write(buf[:n])
		s.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// answer waits for the question, then types the keys.
func (s *terminalSession) answer(question, keys string) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.mu.Lock()
		seen := strings.Contains(s.screen.String(), question)
		s.mu.Unlock()
		if seen {
			break
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the question %q never came; the screen:\n%s", question, s.transcript())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := io.WriteString(s.master, keys); err != nil {
		s.t.Fatal(err)
	}
}

// transcript is the screen without the cursor-movement codes.
func (s *terminalSession) transcript() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	text := s.screen.String()
	for _, code := range []string{"\x1b[K", "\x1b[J", "\x1b[1A", "\x1b[2A", "\x1b[3A", "\x1b[4A", "\x1b[5A", "\r"} {
		text = strings.ReplaceAll(text, code, "")
	}
	return text
}

// interactive runs a command at a pseudo-terminal, answering its questions,
// and returns what it showed; the command must succeed.
func interactive(t *testing.T, answers [][2]string, args ...string) string {
	t.Helper()
	shown, err := interactiveErr(t, answers, args...)
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, shown)
	}
	return shown
}

// interactiveErr is interactive for a command that may fail.
func interactiveErr(t *testing.T, answers [][2]string, args ...string) (string, error) {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer master.Close()
	s := &terminalSession{t: t, master: master}
	go s.read()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetIn(tty)
	cmd.SetErr(tty)
	cmd.SetOut(&out)
	cmd.SetArgs(args)
	done := make(chan error, 1)
	go func() { done <- cmd.Execute() }()
	for _, a := range answers {
		s.answer(a[0], a[1])
	}
	err = <-done
	tty.Close()
	time.Sleep(20 * time.Millisecond)
	return s.transcript() + out.String(), err
}

const (
	enter = "\r"
	down  = "\x1b[B"
)

// TestInteractiveWalkthrough answers the guide's questions through a
// pseudo-terminal and gets the same output as the walkthrough with flags.
func TestInteractiveWalkthrough(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{{"init", "--name", "demo"}, {"configure", "project", "--containers=true"}, {"add", "auth", "--name", "guideauth"}} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	interactive(t, [][2]string{
		{"Provide a friendly name for your resource", "posts\n"},
		{"What would you like to name this column", "id\n"},
		{"Please choose the data type:", down + enter}, // string -> number
	}, "add", "storage", "--dir", dir)

	transcript := interactive(t, [][2]string{
		{"Select from one of the below mentioned services:", enter}, // REST
		{"Provide a friendly name for your resource", "posts\n"},
		{"What image would you like to use", enter},                    // ExpressJS - REST template
		{"When do you want to build & deploy the Fargate task", enter}, // on every deploy
		{"Do you want to access other resources in this project from your api?", enter},
		{"Select the operations you want to permit on posts", enter}, // all four, checked
		{"Do you want to restrict API access", enter},
	}, "add", "api", "--dir", dir)
	t.Logf("transcript of the interactive add api:\n%s", transcript)
	for _, want := range []string{"API Gateway + AWS Fargate (Container-based)", "ExpressJS - REST template", "create, read, update, delete", "STORAGE_POSTS_NAME"} {
		if !strings.Contains(transcript, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	if _, stderr, err := run("gen", "--dir", dir); err != nil {
		t.Fatalf("gen: %v %s", err, stderr)
	}
	sameAsGolden(t, filepath.Join(dir, "infra"), "../../golden/walkthrough/output")
}

// TestInteractiveChecksAsItGoes: a bad answer is asked again at once, the
// GitHub source asks for its repository path, and restricting access in a
// project without auth offers to add it (Yes is not the default there).
func TestInteractiveChecksAsItGoes(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{{"init", "--name", "demo"}, {"configure", "project", "--containers=true"}} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	transcript := interactive(t, [][2]string{
		{"Select from one of the below mentioned services:", enter},
		{"Provide a friendly name for your resource", "Bad Name\n"},
		{`API name "Bad Name" must be`, "shop\n"},
		{"What image would you like to use", down + down + enter},             // Custom
		{"When do you want to build & deploy the Fargate task", down + enter}, // GitHub
		{"Please provide GitHub repository path", "github.com/o/r\n"},
		{"is not of the form https://github.com/OWNER/REPO/tree/BRANCH/PATH", "https://github.com/acme/shop/tree/main/api\n"},
		{"Do you want to restrict API access (y/N)", "y\n"},
		{"Add one now?", enter},
	}, "add", "api", "--dir", dir)
	t.Logf("transcript:\n%s", transcript)
	data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/backend-config.json"))
	for _, want := range []string{`"shop"`, `"INDENPENDENTLY_MANAGED"`, `"https://github.com/acme/shop/tree/main/api"`, `"restrictAccess": true`, `"shopauth"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("backend-config.json lacks %s:\n%s", want, data)
		}
	}
}

// TestInteractiveConfirmations: remove asks before it removes (No is the
// default; --yes skips the question) and configure project asks the guide's question.
func TestInteractiveConfirmations(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{{"init", "--name", "demo"}, {"add", "storage", "--name", "posts", "--partition-key", "id:N"}} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	interactive(t, [][2]string{{"Do you want to enable container-based deployments? (Y/n)", enter},
		{"Harden containers built from your Dockerfiles (read-only root file system, non-root user)? (y/N)", "y\n"}}, "configure", "project", "--dir", dir)
	if data, _ := os.ReadFile(filepath.Join(dir, "amplify/.config/project-config.json")); !strings.Contains(string(data), `"ServerlessContainers": true`) || !strings.Contains(string(data), `"HardenContainers": true`) {
		t.Errorf("configure project at a terminal did not enable containers and hardening:\n%s", data)
	}
	// --harden alone sets hardening, and asks nothing.
	if _, _, err := run("configure", "project", "--harden=false", "--dir", dir); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "amplify/.config/project-config.json")); !strings.Contains(string(data), `"HardenContainers": false`) || !strings.Contains(string(data), `"ServerlessContainers": true`) {
		t.Errorf("configure project --harden=false:\n%s", data)
	}
	_, err := interactiveErr(t, [][2]string{{"Remove storage posts from the project?", enter}}, "remove", "storage", "posts", "--dir", dir) // the default is No
	if err == nil || !strings.Contains(err.Error(), "not removed") {
		t.Errorf("remove answered No: %v", err)
	}
	interactive(t, nil, "remove", "storage", "posts", "--dir", dir, "--yes")
	if data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/backend-config.json")); strings.Contains(string(data), "posts") {
		t.Errorf("remove --yes left the table:\n%s", data)
	}
}

// TestInteractiveEntrypoint: at a terminal, gen asks which container is the
// entrypoint when several have ports and none is chosen (as Amplify's push
// did), and records the answer in backend-config.json.
func TestInteractiveEntrypoint(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/guide-compose/input")); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(dir, "amplify/backend/backend-config.json")
	data, _ := os.ReadFile(config)
	data = regexp.MustCompile(`,?\s*"exposedContainer":\s*\{[^}]*\}`).ReplaceAll(data, nil)
	if err := os.WriteFile(config, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run("gen", "--dir", dir); err == nil || !strings.Contains(err.Error(), "several containers have ports") {
		t.Fatalf("without a terminal gen must fail naming the choice: %v", err)
	}
	interactive(t, [][2]string{{"Select which container is the entrypoint for api myapi", enter}}, "gen", "--dir", dir)
	if data, _ := os.ReadFile(config); !strings.Contains(string(data), `"exposedContainer": {`) || !strings.Contains(string(data), `"name": "express"`) {
		t.Errorf("the choice is not in backend-config.json:\n%s", data)
	}
}

// TestInteractiveAuth: add auth at a terminal asks how users sign in and for a
// hosted UI domain (asked again when invalid), as Amplify's add auth does.
func TestInteractiveAuth(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, err := run("init", "--name", "demo", "--dir", dir); err != nil {
		t.Fatalf("init: %v %s", err, stderr)
	}
	interactive(t, [][2]string{
		{"How do you want users to be able to sign in?", down + enter}, // Username
		{"Do you want a hosted UI domain", "y\n"},
		{"Domain prefix for the hosted UI", "-Bad\n"},
		{`"-Bad" must be`, "myapp\n"},
	}, "add", "auth", "--name", "users", "--dir", dir)
	data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/auth/users/cli-inputs.json"))
	if !strings.Contains(string(data), `"usernameAttributes": []`) || !strings.Contains(string(data), `"hostedUIDomainName": "myapp"`) {
		t.Errorf("cli-inputs.json:\n%s", data)
	}
}

// TestInteractiveUpdate: update api at a terminal, with no flags, asks which
// settings to change and then each one's question.
func TestInteractiveUpdate(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{{"init", "--name", "demo"}, {"configure", "project", "--containers=true"},
		{"add", "storage", "--name", "posts", "--partition-key", "id:N"},
		{"add", "api", "--name", "posts", "--template", "express-rest", "--access", "storage/posts:read"}} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	space := " "
	interactive(t, [][2]string{
		{"What would you like to change in api posts?", space + down + down + down + down + space + enter}, // access, high availability
		{"Select the operations you want to permit on posts", space + enter},                               // + create
		{"Run the API in three availability zones?", enter},
	}, "update", "api", "posts", "--dir", dir)
	data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/backend-config.json"))
	compact := strings.Join(strings.Fields(string(data)), "")
	if !strings.Contains(compact, `"posts":["create","read"]`) || !strings.Contains(compact, `"highAvailability":true`) {
		t.Errorf("backend-config.json after the interactive update:\n%s", data)
	}
	if _, _, err := run("update", "api", "posts", "--dir", dir); err == nil || exitCode(err) != exitUsage {
		t.Errorf("update without flags and without a terminal: %v", err)
	}
}

// TestInteractiveDeploySecrets: deploy at a terminal asks before storing a
// secret, as the guide's push does; the answer decides.
func TestInteractiveDeploySecrets(t *testing.T) {
	f := awsfake.New(t)
	useFake(t, f)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../golden/secrets/input")); err != nil {
		t.Fatal(err)
	}
	transcript := interactive(t, [][2]string{
		{"Store the value of secret DB_PASSWORD", "y\n"},
		{"Store the value of secret stripe", "y\n"},
	}, "deploy", "--dir", dir, "--yes", "--no-follow")
	if f.Secret("amplify-demo-dev/myapi/DB_PASSWORD") == "" || f.Secret("amplify-demo-dev/myapi/stripe-key") == "" {
		t.Errorf("the secrets answered Yes were not stored:\n%s", transcript)
	}
}

// TestInteractiveAddHosting: at a terminal add hosting asks the guide's
// questions (the domain, Cognito sign-in, access to tables); asked for
// sign-in without a hosted UI, it offers to add a user pool with one.
func TestInteractiveAddHosting(t *testing.T) {
	dir := t.TempDir()
	for _, step := range [][]string{{"init", "--name", "demo"}, {"configure", "project", "--containers=true"}, {"add", "storage", "--name", "posts", "--partition-key", "id:N"}} {
		if _, stderr, err := run(append(step, "--dir", dir)...); err != nil {
			t.Fatalf("%v: %v %s", step, err, stderr)
		}
	}
	interactive(t, [][2]string{
		{"Provide your web app endpoint", "dev.example.com\n"},
		{"Do you want to automatically protect your web app using Amazon Cognito Hosted UI", "y\n"},
		{"Add one now?", enter},
		{"Enter a domain prefix for the hosted UI", "demo-login\n"},
		{"Do you want to access other resources in this project from your site?", enter},
		{"Select the operations you want to permit on posts", enter}, // all four, checked
	}, "add", "hosting", "--dir", dir)
	data, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/backend-config.json"))
	for _, want := range []string{`"restrictAccess": true`, `"siteauth"`, `"posts": [`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("backend-config.json lacks %s:\n%s", want, data)
		}
	}
	if cli, _ := os.ReadFile(filepath.Join(dir, "amplify/backend/auth/siteauth/cli-inputs.json")); !strings.Contains(string(cli), "demo-login") {
		t.Errorf("the added auth has no hosted UI domain:\n%s", cli)
	}
}
