package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestColour: colour only for a terminal that wants it; problems by severity,
// plans by mark; none through a pipe (a bytes.Buffer here).
func TestColour(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	if !wantsColour(env(nil)) || wantsColour(env(map[string]string{"NO_COLOR": "1"})) || wantsColour(env(map[string]string{"TERM": "dumb"})) {
		t.Error("NO_COLOR or TERM=dumb must turn colour off, and nothing else")
	}
	if colourful(&bytes.Buffer{}) || isTerminal(&bytes.Buffer{}) {
		t.Error("a pipe gets colour")
	}
	if liveDisplay(env(map[string]string{"TERM": "dumb"})) || !liveDisplay(env(map[string]string{"TERM": "xterm"})) {
		t.Error("TERM=dumb must get the line display, other terminals the live tree")
	}
	got := paintProblem("src/compose.yml:3: error: no port")
	if got != "src/compose.yml:3: "+red+"error:"+reset+" no port" {
		t.Errorf("error line painted %q", got)
	}
	if got := paintProblem("x: warning: w"); !strings.Contains(got, yellow+"warning:"+reset) {
		t.Errorf("warning line painted %q", got)
	}
	if got := paintProblem("x: info: i"); got != "x: info: i" {
		t.Errorf("notes stay plain, got %q", got)
	}
	plan := paintPlan("Changes:\n  + Table (AWS::DynamoDB::Table)\n    ~ Service (AWS::ECS::Service)\n  - Old (AWS::S3::Bucket)\n  ~ Pool (AWS::Cognito::UserPool)  REPLACEMENT")
	for _, want := range []string{green + "  + Table", yellow + "    ~ Service", red + "  - Old", red + "  ~ Pool"} {
		if !strings.Contains(plan, want) {
			t.Errorf("plan lacks %q:\n%q", want, plan)
		}
	}
}
