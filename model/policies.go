package model

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
)

// The patterns Amplify's custom-policies schema enforces.
var (
	policyActionRE   = regexp.MustCompile(`^[a-zA-Z0-9]+:[a-zA-Z0-9*]+$`)
	policyResourceRE = regexp.MustCompile(`^arn:aws[a-zA-Z0-9-]*:.+`)
	policySidRE      = regexp.MustCompile(`^[a-zA-Z0-9]*$`)
)

type rawStatement struct {
	Sid       string                    `json:"Sid"`
	Action    []string                  `json:"Action"`
	Resource  []string                  `json:"Resource"`
	Effect    string                    `json:"Effect"`
	Condition map[string]map[string]any `json:"Condition"`
}

// refusedKeys are IAM statement keys dockstack does not carry over; each is
// refused, never dropped, since dropping one changes what a statement allows.
var refusedKeys = map[string]string{
	"NotAction":    "list the actions to allow under Action instead",
	"NotResource":  "list the resources under Resource instead",
	"Principal":    "the statement applies to the task role; remove Principal",
	"NotPrincipal": "the statement applies to the task role; remove NotPrincipal",
}

// PolicyIssue is one problem in a custom-policies.json; Warning marks what is only risky.
type PolicyIssue struct {
	Index   int // 0-based statement index
	Warning bool
	Msg     string
}

// ParseCustomPolicies validates custom-policies.json as Amplify does and returns
// its statements. The scaffold's `[{"Action": [], "Resource": []}]` means none.
func ParseCustomPolicies(data []byte) ([]PolicyStatement, []PolicyIssue, error) {
	var raw []json.RawMessage
	if err := decodeJSON(data, &raw); err != nil {
		return nil, nil, err
	}
	var out []PolicyStatement
	var issues []PolicyIssue
	bad := func(i int, format string, args ...any) {
		issues = append(issues, PolicyIssue{Index: i, Msg: fmt.Sprintf(format, args...)})
	}
	for i, r := range raw {
		var keys map[string]json.RawMessage
		if json.Unmarshal(r, &keys) == nil {
			known := map[string]bool{"Sid": true, "Action": true, "Resource": true, "Effect": true, "Condition": true}
			for _, k := range slices.Sorted(maps.Keys(keys)) {
				if why, refused := refusedKeys[k]; refused {
					bad(i, "statement %d: %s is not supported: %s", i+1, k, why)
				} else if !known[k] {
					bad(i, "statement %d: unknown key %q (a statement has Action, Resource, Effect, Condition and Sid)", i+1, k)
				}
			}
		}
		var s rawStatement
		if err := strictUnmarshal(r, &s); err != nil {
			bad(i, "statement %d: %v (Action and Resource are arrays of strings, Effect is Allow or Deny)", i+1, err)
			continue
		}
		if len(s.Action) == 0 && len(s.Resource) == 0 {
			continue // the empty placeholder Amplify scaffolds
		}
		if len(s.Action) == 0 {
			bad(i, "statement %d has no Action; list at least one, e.g. \"s3:GetObject\"", i+1)
		}
		if len(s.Resource) == 0 {
			bad(i, "statement %d has no Resource; list at least one ARN", i+1)
		}
		for _, a := range s.Action {
			if !policyActionRE.MatchString(a) {
				bad(i, "statement %d: action %q is not of the form service:Action (e.g. s3:GetObject)", i+1, a)
			}
		}
		for _, res := range s.Resource {
			switch {
			case res == "*":
				issues = append(issues, PolicyIssue{Index: i, Warning: true,
					Msg: fmt.Sprintf("statement %d grants %v on every resource (\"*\"); name the ARNs the containers need", i+1, s.Action)})
			case !policyResourceRE.MatchString(res):
				bad(i, "statement %d: resource %q is not an ARN (arn:aws:...) or \"*\"", i+1, res)
			}
		}
		if !policySidRE.MatchString(s.Sid) {
			bad(i, "statement %d: Sid %q may hold only letters and digits (IAM's rule)", i+1, s.Sid)
		}
		switch s.Effect {
		case "":
			s.Effect = "Allow"
		case "Allow", "Deny":
		default:
			bad(i, "statement %d: Effect %q must be Allow or Deny", i+1, s.Effect)
		}
		out = append(out, PolicyStatement{Sid: s.Sid, Effect: s.Effect, Actions: s.Action, Resource: s.Resource, Condition: s.Condition})
	}
	return out, issues, nil
}
